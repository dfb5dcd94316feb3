"""GeneratePlan: estimate fitness (VDOT), build the season's next 14-day block from the last
block's outcome, word it in the runner's language and make it the active plan."""
from __future__ import annotations

import logging
from datetime import date, timedelta

import attrs

from application.formatting import render_plan
from application.ports import (
    Clock,
    InjuryRepository,
    PlanRepository,
    RunRepository,
    VectorMemory,
)
from domain.memory import MemoryDocument, MemoryKind
from domain.plan import TrainingPlan
from domain.planning import build_block
from domain.race_day import PaceNote, RacePlan, easy_pace_note, race_plan
from domain.runner import Runner
from domain.vdot import VdotEstimate, estimate_vdot_from_runs, training_paces

log = logging.getLogger(__name__)

# Fitness is read from the last weeks of running; older runs say little about today.
LOOKBACK_DAYS = 42


@attrs.define
class GeneratedPlan:
    plan: TrainingPlan
    estimate: VdotEstimate
    # Why the prescribed easy range differs from the runner's own easy runs (None: it doesn't).
    pace_note: PaceNote | None = None
    # Prediction and pacing for the goal race, when the runner has one.
    race: RacePlan | None = None


class GeneratePlan:
    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository,
                 memory: VectorMemory, clock: Clock):
        self._runs = runs
        self._plans = plans
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, today: date, start: date | None = None) -> GeneratedPlan:
        last_plan = self._plans.active_for(runner.id)
        since = today - timedelta(days=LOOKBACK_DAYS)
        if last_plan is not None:
            since = min(since, last_plan.start)
        # Runs dated after today (an import typo, a clock skew) are no evidence of anything.
        runs = [r for r in self._runs.for_runner(runner.id, since=since) if r.date <= today]
        estimate = estimate_vdot_from_runs(runs, today, runner.fitness_level)
        if last_plan is not None and last_plan.runner_id != runner.id:
            last_plan = None
        plan = build_block(
            runner, estimate.vdot, start or today, None,
            self._injuries.for_runner(runner.id, active_only=True), runner.language, estimate.source,
            runs=runs, last_plan=last_plan,
        )
        plan = render_plan(plan, runner.language, runner.units)
        plan.created_at = self._clock.now()
        self._plans.activate(plan)
        try:
            self._memory.store(MemoryDocument(
                runner_id=runner.id, kind=MemoryKind.PLAN, created_at=self._clock.now(), id=plan.id,
                text=(_plan_text(plan, runner.language) + " " + " ".join(plan.adaptations)).strip(),
            ))
        except Exception:
            log.exception("vector memory store failed", extra={"runner_id": runner.id})
        note = easy_pace_note(training_paces(estimate.vdot), runs, today)
        race = (race_plan(estimate.vdot, runner.goal_race, runner.goal_time_s)
                if runner.goal_race is not None and runner.has_race is not False else None)
        return GeneratedPlan(plan, estimate, note, race)


def _plan_text(plan: TrainingPlan, language: str) -> str:
    if language == "en":
        return (f"Training plan {plan.start.isoformat()} to {plan.end.isoformat()}: {plan.total_km:g} km, "
                f"VDOT {plan.vdot:.1f}.")
    return (f"Plan de entrenamiento del {plan.start.isoformat()} al {plan.end.isoformat()}: {plan.total_km:g} km, "
            f"VDOT {plan.vdot:.1f}.")
