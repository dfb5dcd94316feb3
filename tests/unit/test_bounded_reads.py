"""Every message reads a bounded part of a runner's history: a window or a limit, never all of it."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import Settings, build_container
from domain.run import Run
from domain.vdot import RECENT_WINDOW_DAYS

NOW = datetime(2026, 3, 18, 15, 0, tzinfo=timezone.utc)
ONBOARDING = ["Hola", "soy Caro", "29", "10k de Guayaquil el 4 de octubre", "50 min", "4", "intermedio",
              "25 km", "12", "no", "lunes miercoles viernes y domingo, fondo el domingo", "ninguna"]
# The widest window a message may read runs over: the run report's records (a year, aggregated by
# the store) and the LLM log_run's (400 days); loads of runs themselves stay within the fitness
# window (the best race of the last ~6 months, domain.vdot.RECENT_WINDOW_DAYS) + a week.
MAX_LOAD_DAYS = RECENT_WINDOW_DAYS + 7


class WatchedRuns:
    def __init__(self, inner):
        self._inner = inner
        self.loads: list[tuple[str, date | None, int | None]] = []

    def for_runner(self, runner_id, since=None, limit=None):
        self.loads.append(("for_runner", since, limit))
        return self._inner.for_runner(runner_id, since=since, limit=limit)

    def __getattr__(self, name):
        return getattr(self._inner, name)


@pytest.fixture
def coach(tmp_path):
    container = build_container(Settings(store="memory", vector_store="memory", embeddings="hashing",
                                         llm_provider="offline", data_dir=str(tmp_path)))
    container.clock.override(providers.Object(FixedClock(NOW)))
    store = container.store()
    store.runs = WatchedRuns(store.runs)
    return container, store.runs


def test_a_run_report_for_a_runner_with_years_of_runs_loads_only_recent_weeks(coach):
    container, runs = coach
    reply = container.reply_to_runner()
    for text in ONBOARDING:
        reply("+593990000001", text)
    runner = container.runners().by_phone("+593990000001")
    today = NOW.date()
    for i in range(1500):          # a run every other day for ~8 years, the last two days ago
        runs.add(Run(runner_id=runner.id, date=today - timedelta(days=2 + 2 * i), distance_km=5 + i % 9,
                     duration_s=(5 + i % 9) * 330, created_at=NOW - timedelta(days=2 + 2 * i)))
    runs.loads.clear()
    _, answer = reply("+593990000001", "hoy corrí 8 km en 45 min")
    assert "8 km" in answer.text
    assert runs.loads, "the run report reads the runner's runs"
    for _, since, limit in runs.loads:
        assert limit or (since is not None and (today - since).days <= MAX_LOAD_DAYS), runs.loads
