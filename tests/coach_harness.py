"""A whole coach on in-memory adapters and a fixed clock, wired by the real composition root."""
from __future__ import annotations

from datetime import datetime, timezone

from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import Settings, build_container

# A Tuesday morning in Quito (UTC-5).
NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)


def memory_settings(tmp_path, **overrides) -> Settings:
    values = dict(data_dir=str(tmp_path), store="memory", vector_store="memory", embeddings="hashing",
                  llm_provider="offline")
    values.update(overrides)
    return Settings(**values)


def memory_container(tmp_path, now: datetime = NOW, **overrides):
    container = build_container(memory_settings(tmp_path, **overrides))
    clock = FixedClock(now)
    container.clock.override(providers.Object(clock))
    return container, clock


ONBOARDING_ES = ["Hola", "Me llamo Ana", "34", "media maratón", "4 días", "intermedio", "ninguna",
                 "Quiero bajar de 2 horas en la media de Quito"]
ONBOARDING_EN = ["Hi there", "My name is John", "41", "marathon", "5", "advanced", "none",
                 "I want to qualify for Boston"]


def onboard(reply, phone: str, answers=ONBOARDING_ES):
    last = None
    for text in answers:
        last = reply(phone, text)
    return last
