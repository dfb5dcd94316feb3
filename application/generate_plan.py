"""GeneratePlan: estimate fitness (VDOT), build the next 14-day block, make it the active plan."""
from __future__ import annotations

import logging
from datetime import date, timedelta

import attrs

from application.ports import Clock, InjuryRepository, PlanRepository, RunRepository, VectorMemory
from domain.memory import MemoryDocument, MemoryKind
from domain.plan import TrainingPlan
from domain.planning import build_block
from domain.runner import Runner
from domain.vdot import VdotEstimate, estimate_vdot_from_runs

log = logging.getLogger(__name__)

# Fitness is read from the last weeks of running; older runs say little about today.
LOOKBACK_DAYS = 42


@attrs.define
class GeneratedPlan:
    plan: TrainingPlan
    estimate: VdotEstimate


class GeneratePlan:
    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository,
                 memory: VectorMemory, clock: Clock):
        self._runs = runs
        self._plans = plans
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, today: date, start: date | None = None) -> GeneratedPlan:
        runs = self._runs.for_runner(runner.id, since=today - timedelta(days=LOOKBACK_DAYS))
        estimate = estimate_vdot_from_runs(runs, today, runner.fitness_level)
        recent_weekly_km = _recent_weekly_km(runs, today)
        plan = build_block(
            runner, estimate.vdot, start or today, recent_weekly_km,
            self._injuries.for_runner(runner.id, active_only=True), runner.language, estimate.source,
        )
        plan.created_at = self._clock.now()
        self._plans.activate(plan)
        try:
            self._memory.store(MemoryDocument(
                runner_id=runner.id, kind=MemoryKind.PLAN, created_at=self._clock.now(), id=plan.id,
                text=(_plan_text(plan, runner.language) + " " + " ".join(plan.adaptations)).strip(),
            ))
        except Exception:
            log.exception("vector memory store failed", extra={"runner_id": runner.id})
        return GeneratedPlan(plan, estimate)


def _recent_weekly_km(runs, today: date) -> float | None:
    """Last week's volume, the base the next block may raise by at most 10 %.

    The busier of 'the last 7 days' and 'the 14-day weekly average', so one missed week of
    logging doesn't halve the next block. None when the runner logged nothing lately.
    """
    last_7 = sum(r.distance_km for r in runs if r.date > today - timedelta(days=7))
    last_14 = sum(r.distance_km for r in runs if r.date > today - timedelta(days=14))
    best = max(last_7, last_14 / 2)
    return round(best, 1) if best else None


def _plan_text(plan: TrainingPlan, language: str) -> str:
    if language == "en":
        return (f"Training plan {plan.start.isoformat()} to {plan.end.isoformat()}: {plan.total_km:g} km, "
                f"VDOT {plan.vdot:.1f}.")
    return (f"Plan de entrenamiento del {plan.start.isoformat()} al {plan.end.isoformat()}: {plan.total_km:g} km, "
            f"VDOT {plan.vdot:.1f}.")
