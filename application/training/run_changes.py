"""CorrectRun and DeleteRun: "me equivoqué, fueron 6 km no 8", "borra mi último entreno".

Both find the run (the last one logged, or one of a given day), change the store and the vector
memory, and say whether the runner has an active plan the caller may rebuild. A correction passes
the same rules as a new run (domain.run_rules), confirmations included.
"""
from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs

from application.ports import PlanRepository, RunRepository, VectorMemory
from application.training.log_run import (
    NeedsConfirmation,
    RunDetails,
    history_for_rules,
    run_concerns,
)
from domain.errors import InvalidRun
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)

_EPOCH = datetime.min.replace(tzinfo=UTC)
# "The last run" is looked for among the runs of the last weeks (a correction is about a recent one).
LAST_RUN_LOOKBACK_DAYS = 60


@attrs.frozen
class RunTarget:
    """Which run: ``day`` None means the last one logged; with a day, the one whose distance is
    nearest ``distance_km`` (the distance the runner says was wrong), else the last logged that day."""

    day: date | None = None
    distance_km: float | None = None
    run_id: str | None = None

    @classmethod
    def of(cls, target: RunTarget | date | str | None) -> RunTarget:
        """Also accepts a day, ``"last"`` / None, or any object with ``day`` (and ``distance_km``)."""
        if isinstance(target, RunTarget):
            return target
        if target is None or target == "last":
            return cls()
        if isinstance(target, date):
            return cls(day=target)
        day = getattr(target, "day", None)
        return cls(day=day if isinstance(day, date) else None,
                   distance_km=getattr(target, "distance_km", None) or getattr(target, "old_distance_km", None))


@attrs.frozen
class RunChanges:
    """The new values; None leaves a field as it was."""

    distance_km: float | None = None
    duration_s: int | None = None
    day: date | None = None
    perceived_effort: int | None = None
    is_race: bool | None = None

    @classmethod
    def of(cls, changes: RunChanges | object) -> RunChanges:
        if isinstance(changes, RunChanges):
            return changes
        return cls(**{f.name: getattr(changes, f.name, None) for f in attrs.fields(cls)})

    def as_dict(self) -> dict[str, Any]:
        renamed = {"day": "date"}
        return {renamed.get(k, k): v for k, v in attrs.asdict(self).items() if v is not None}


@attrs.define
class RunChange:
    run: Run                  # the run as it is now (for a deletion: as it was)
    before: Run
    plan_may_change: bool     # the runner has an active plan: the caller may rebuild it


class RunNotFound(InvalidRun):
    def __init__(self, target: RunTarget):
        where = target.day.isoformat() if target.day else "last"
        super().__init__(f"no run found ({where})", "run_not_found", day=where)


DISTANCE_MATCH = 0.15     # a run "of 8 km" is one logged within 15 % of it


def find_run(runs: RunRepository, runner_id: str, target: RunTarget, today: date) -> Run:
    if target.run_id:
        run = runs.get(target.run_id)
        if run is not None and run.runner_id == runner_id:
            return run
        raise RunNotFound(target)
    if target.day is not None:
        candidates = runs.on_day(runner_id, target.day)
    else:
        candidates = runs.for_runner(runner_id, since=today - timedelta(days=LAST_RUN_LOOKBACK_DAYS)) or \
            runs.for_runner(runner_id, limit=1)
    if not candidates:
        raise RunNotFound(target)
    if target.distance_km is not None:
        # "fueron 6 no 8": the run logged as 8 km. None near it: no such run, rather than change another
        # (the last one may be a half marathon logged at onboarding).
        wanted = target.distance_km
        nearest = min(candidates, key=lambda r: abs(r.distance_km - wanted))
        if abs(nearest.distance_km - wanted) > DISTANCE_MATCH * max(wanted, 1.0):
            raise RunNotFound(target)
        return nearest
    # The last one logged (created_at), whatever day it was for.
    return max(enumerate(candidates), key=lambda t: (t[1].created_at or _EPOCH, -t[0]))[1]


class CorrectRun:
    def __init__(self, runs: RunRepository, plans: PlanRepository, memory: VectorMemory):
        self._runs = runs
        self._plans = plans
        self._memory = memory

    def __call__(self, runner: Runner, target: RunTarget | date | str | None, changes: RunChanges | object,
                 today: date, confirmed: bool = False) -> RunChange:
        """Raises RunNotFound, InvalidRun (the corrected run is impossible, e.g. in the future) or
        NeedsConfirmation (far outside the runner's history, unless ``confirmed``)."""
        before = find_run(self._runs, runner.id, RunTarget.of(target), today)
        after = attrs.evolve(before, **RunChanges.of(changes).as_dict())   # the Run validates itself
        concerns = run_concerns(after, runner, history_for_rules(self._runs, runner.id, after.date, today), today)
        if concerns and not confirmed:
            raise NeedsConfirmation(concerns, _details(after), after)
        self._runs.update(after)
        try:
            self._memory.update_after_run(after, runner.language)   # replaces the run's memory (same id)
        except Exception:
            log.exception("vector memory update failed", extra={"runner_id": runner.id})
        return RunChange(after, before, self._plans.active_for(runner.id) is not None)


class DeleteRun:
    def __init__(self, runs: RunRepository, plans: PlanRepository, memory: VectorMemory):
        self._runs = runs
        self._plans = plans
        self._memory = memory

    def __call__(self, runner: Runner, target: RunTarget | date | str | None, today: date) -> RunChange:
        """Raises RunNotFound when there is no such run."""
        run = find_run(self._runs, runner.id, RunTarget.of(target), today)
        self._runs.delete(run.id)
        try:
            self._memory.forget(runner.id, run.id)
        except Exception:
            log.exception("vector memory forget failed", extra={"runner_id": runner.id})
        return RunChange(run, run, self._plans.active_for(runner.id) is not None)


def _details(run: Run) -> RunDetails:
    return RunDetails(distance_km=run.distance_km, day=run.date, duration_s=run.duration_s,
                      perceived_effort=run.perceived_effort, mood=run.mood, aches=run.aches, notes=run.notes,
                      weather=run.weather, is_race=run.is_race)
