"""A whole coach on in-memory adapters and a fixed clock, wired by the real composition root."""
from __future__ import annotations

import functools
from datetime import datetime, timezone

from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import Settings, build_container

# A Tuesday morning in Quito (UTC-5).
NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)


def memory_settings(tmp_path, **overrides) -> Settings:
    # The bundled E5 embedder, as the coach runs by default: the intent classifier is trained on it.
    values = dict(data_dir=str(tmp_path), store="memory", vector_store="memory", embeddings="e5",
                  llm_provider="offline")
    values.update(overrides)
    return Settings(**values)


@functools.lru_cache(maxsize=1)
def shared_e5():
    """One E5 model for every test coach in the process (loading it is the slow part)."""
    from adapters.e5_embedder import E5Embedder
    return E5Embedder(symmetric=True)


def memory_container(tmp_path, now: datetime = NOW, **overrides):
    settings = memory_settings(tmp_path, **overrides)
    container = build_container(settings)
    if settings.embeddings == "e5":
        container.embedder.override(providers.Object(shared_e5()))
    clock = FixedClock(now)
    container.clock.override(providers.Object(clock))
    return container, clock


# One answer per onboarding question (application/coach/onboarding.py STEPS), in order.
ONBOARDING_ES = ["Hola", "Me llamo Ana", "34", "la media maratón de Quito el 15 de marzo", "bajar de 2 horas",
                 "4 días", "intermedio", "25 km", "14", "no", "lunes, miércoles, viernes y sábado, fondo el sábado",
                 "ninguna"]
ONBOARDING_EN = ["Hi there", "My name is John", "41", "Chicago Marathon on October 11", "3:30", "5", "advanced",
                 "60", "28", "half marathon in 1:38 five weeks ago", "any day", "none"]


def onboard(reply, phone: str, answers=ONBOARDING_ES):
    last = None
    for text in answers:
        last = reply(phone, text)
    return last


def onboarded_runner(tmp_path, lang: str, phone: str):
    """(say, container, runner): a runner onboarded in ``lang`` on a whole in-memory coach; say(text)
    returns the coach's reply to it."""
    container, _ = memory_container(tmp_path)
    reply = container.reply_to_runner()
    runner, _ = onboard(reply, phone, ONBOARDING_EN if lang == "en" else ONBOARDING_ES)
    assert runner.onboarding_completed

    def say(text: str):
        return reply(phone, text)[1]
    return say, container, runner
