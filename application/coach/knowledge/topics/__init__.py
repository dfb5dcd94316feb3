"""All the knowledge-base topics, grouped by area (one module per area, sources cited there)."""
from __future__ import annotations

from application.coach.knowledge.topic import Topic
from application.coach.knowledge.topics import body, conditions, fuel, training


def _all() -> tuple[Topic, ...]:
    topics = training.TOPICS + body.TOPICS + fuel.TOPICS + conditions.TOPICS
    ids = [topic.id for topic in topics]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ValueError(f"duplicated knowledge topics: {duplicated}")
    return topics


TOPICS: tuple[Topic, ...] = _all()
