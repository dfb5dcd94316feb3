"""LogRun: store a run, remember it, and notice aches."""
from __future__ import annotations

import logging
from datetime import date

import attrs

from application.ports import Clock, InjuryRepository, RunRepository, VectorMemory
from domain.injury import Injury, Severity
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)


@attrs.define
class RunDetails:
    """What the runner told about a run, before the domain validates it."""

    distance_km: float
    day: date | None = None
    duration_s: int | None = None
    perceived_effort: int | None = None
    mood: str | None = None
    aches: str | None = None
    notes: str | None = None
    weather: str | None = None
    ache_parts: list[str] = attrs.field(factory=list)


@attrs.define
class LoggedRun:
    run: Run
    new_injuries: list[Injury]


class LogRun:
    def __init__(self, runs: RunRepository, injuries: InjuryRepository, memory: VectorMemory, clock: Clock):
        self._runs = runs
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, details: RunDetails, today: date) -> LoggedRun:
        """Raises domain.errors.InvalidRun (with a reason for the runner) when the run is impossible."""
        run = Run(
            runner_id=runner.id,
            date=details.day or today,
            distance_km=details.distance_km,
            duration_s=details.duration_s,
            perceived_effort=details.perceived_effort,
            mood=details.mood,
            aches=details.aches,
            notes=details.notes,
            weather=details.weather,
            created_at=self._clock.now(),
        )
        self._runs.add(run)
        new_injuries = self._note_aches(runner, details.ache_parts, details.aches or details.notes or "", run.date)
        # Semantic memory is a convenience: the run is already safe in the store if this fails.
        try:
            self._memory.update_after_run(run, runner.language)
        except Exception:
            log.exception("vector memory update failed", extra={"runner_id": runner.id})
        return LoggedRun(run, new_injuries)

    def _note_aches(self, runner: Runner, parts: list[str], description: str, day: date) -> list[Injury]:
        open_parts = {i.body_part for i in self._injuries.for_runner(runner.id, active_only=True)}
        added = []
        for part in parts:
            if part in open_parts:
                continue
            injury = Injury(runner_id=runner.id, body_part=part, severity=Severity.MILD,
                            description=description, reported_on=day)
            self._injuries.add(injury)
            added.append(injury)
        return added
