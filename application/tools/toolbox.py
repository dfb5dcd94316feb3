"""The coach's toolbox: what either coach (LLM or offline) can do for a runner.

Both coaches call these same operations, so a run logged through the LLM and one logged
offline are stored and remembered the same way.
"""
from __future__ import annotations

from datetime import date, timedelta

import attrs

from application.generate_plan import LOOKBACK_DAYS, GeneratedPlan, GeneratePlan
from application.injuries import RecordInjury, ResolveInjury
from application.log_run import LoggedRun, LogRun, RunDetails
from application.ports import InjuryRepository, PlanRepository, RunnerRepository, RunRepository, VectorMemory
from application.progress import ProgressSummary, SummarizeProgress
from domain.injury import Injury, Severity
from domain.memory import Recollection
from domain.plan import TrainingPlan
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.vdot import VdotEstimate, estimate_vdot_from_runs

# Profile fields a runner may change in conversation, and how to read each.
UPDATABLE_FIELDS = {
    "name": str, "age": int, "goal_race": GoalRace, "weekly_frequency": int, "fitness_level": FitnessLevel,
    "motivation": str, "injury_history": str, "timezone": str, "language": str,
}


@attrs.define
class InjuryOutcome:
    injury: Injury
    adapted_plan: TrainingPlan | None


@attrs.define
class CoachTools:
    runners: RunnerRepository
    runs: RunRepository
    plans: PlanRepository
    injuries: InjuryRepository
    memory: VectorMemory
    log_run_case: LogRun
    generate_plan_case: GeneratePlan
    record_injury_case: RecordInjury
    resolve_injury_case: ResolveInjury
    summarize: SummarizeProgress

    def log_run(self, runner: Runner, details: RunDetails, today: date) -> LoggedRun:
        return self.log_run_case(runner, details, today)

    def generate_plan(self, runner: Runner, today: date) -> GeneratedPlan:
        return self.generate_plan_case(runner, today)

    def get_progress(self, runner: Runner, today: date, days: int = 14) -> ProgressSummary:
        return self.summarize(runner, today, days)

    def update_profile(self, runner: Runner, changes: dict) -> dict:
        """Apply the changes the domain accepts; raises DomainError (nothing saved) on a bad value."""
        applied = {}
        updated = attrs.evolve(runner)
        for field, value in changes.items():
            if field not in UPDATABLE_FIELDS or value is None:
                continue
            kind = UPDATABLE_FIELDS[field]
            setattr(updated, field, kind(value))
            applied[field] = getattr(updated, field)
        if applied:
            self.runners.save(updated)
            for field in applied:
                setattr(runner, field, getattr(updated, field))
        return applied

    def record_injury(self, runner: Runner, body_part: str, severity: Severity, description: str,
                      today: date) -> InjuryOutcome:
        """Record it and, when a plan is running, rebuild the rest of the block around it."""
        injury = self.record_injury_case(runner, body_part, severity, description, today)
        adapted = None
        if self.plans.active_for(runner.id):
            adapted = self.generate_plan_case(runner, today).plan
        return InjuryOutcome(injury, adapted)

    def resolve_injury(self, runner: Runner, body_part: str | None, today: date) -> list[Injury]:
        return self.resolve_injury_case(runner, body_part, today)

    def search_memory(self, runner: Runner, query: str, k: int = 5) -> list[Recollection]:
        return self.memory.retrieve_context(runner.id, query, k)

    def active_plan(self, runner: Runner) -> TrainingPlan | None:
        return self.plans.active_for(runner.id)

    def fitness(self, runner: Runner, today: date) -> VdotEstimate:
        plan = self.plans.active_for(runner.id)
        estimate = estimate_vdot_from_runs(self.runs.for_runner(runner.id, since=today - timedelta(days=LOOKBACK_DAYS)),
                                           today, runner.fitness_level)
        if plan and estimate.source == "default":
            # The plan's VDOT was read from runs that may have aged out of the window.
            return attrs.evolve(estimate, vdot=plan.vdot)
        return estimate
