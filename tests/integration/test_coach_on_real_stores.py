"""The whole coach, wired by bootstrap, on the real parts: PostgreSQL, Redis, embedded Qdrant, E5."""
from __future__ import annotations

import pytest
from dependency_injector import providers

from adapters.postgres import PostgresStore
from adapters.redis_chat import RedisChatBuffer
from domain.conversation import Intent, Role
from tests.coach_harness import memory_container, onboard

PHONE = "+593991234567"
OTHER = "+593997654321"


@pytest.fixture
def coach(tmp_path, postgres_pool, redis_client, redis_prefix):
    container, clock = memory_container(tmp_path, vector_store="qdrant", embeddings="e5",
                                        qdrant_path=str(tmp_path / "qdrant"))
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.chat_buffer.override(providers.Object(RedisChatBuffer(redis_client, prefix=redis_prefix)))
    yield container
    container.vector_memory().close()


def test_a_runner_onboards_logs_three_runs_and_gets_a_plan(coach):
    reply = coach.reply_to_runner()
    runner, _ = onboard(reply, PHONE)
    reply(PHONE, "hoy corrí 8 km en 45 min, me siento bien")
    reply(PHONE, "ayer corrí 10k en 52 minutos, RPE 7, me duele la rodilla derecha")
    _, third = reply(PHONE, "el sábado hice 15 km en 1h 30, llovía")
    _, plan_reply = reply(PHONE, third.buttons[0].title)

    runs = coach.runs().for_runner(runner.id)
    assert sorted(r.distance_km for r in runs) == [8, 10, 15]
    plan = coach.plans().active_for(runner.id)
    assert plan is not None and len(plan.sessions) == 14 and plan_reply.intent == Intent.PLAN_REQUEST
    assert any("rodilla" in a for a in plan.adaptations)     # the knee ache shaped the block
    log = coach.conversations().for_runner(runner.id, limit=100)
    runner_messages = [m for m in log if m.role == Role.RUNNER]
    assert [m.intent for m in runner_messages[-4:]] == [Intent.LOG_RUN] * 3 + [Intent.PLAN_REQUEST]
    assert len(coach.chat_buffer().recent(runner.id)) == 20


def test_semantic_memory_recalls_the_knee_and_never_another_runners(coach):
    reply = coach.reply_to_runner()
    onboard(reply, PHONE)
    onboard(reply, OTHER, ["Hola", "Luis", "40", "10k", "3", "principiante", "no", "salud"])
    reply(PHONE, "me duele la rodilla derecha después de la tirada larga")
    reply(PHONE, "ayer corrí 12 km en 65 min con mucho calor")
    reply(OTHER, "me molesta el tobillo izquierdo")

    _, answer = reply(PHONE, "¿qué hablamos de mi rodilla?")
    assert answer.intent == Intent.MEMORY_QUESTION
    # The profile's open injuries come first (issue 20), then what was said, one "•" line each.
    first_memory = next(line for line in answer.text.split("\n") if line.startswith("•"))
    assert "rodilla" in first_memory
    assert "tobillo" not in answer.text

    _, other_answer = reply(OTHER, "¿qué hablamos de mi rodilla?")
    assert "rodilla derecha" not in other_answer.text and "12 km" not in other_answer.text
