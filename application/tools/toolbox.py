"""The coach's toolbox: the application operations behind the tools, whichever coach calls them.

Both coaches reach these only through application.tools.registry, so a run logged through the LLM
and one logged offline are checked, stored and remembered the same way.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import attrs

from application.messages.formatting import render_plan
from application.ports import InjuryRepository, PlanRepository, RunnerRepository, RunRepository, VectorMemory
from application.ports.activity_files import ActivityFile
from application.tools.parsing import ArgumentError
from application.training.cross_training import CrossTrainingDetails, LogCrossTraining
from application.training.fitness import FitnessReport, fitness_report
from application.training.generate_plan import (
    FITNESS_LOOKBACK_DAYS,
    GeneratedPlan,
    GeneratePlan,
    fitness_of,
    time_off_of,
)
from application.training.import_activity import ImportActivity, ImportedRun
from application.training.injuries import InjuryOutcome, InjuryUpdate, RecordInjury, ResolveInjury, UpdateInjury
from application.training.log_run import LoggedRun, LogRun, RunDetails
from application.training.progress import ProgressSummary, SummarizeProgress
from application.training.run_changes import CorrectRun, DeleteRun, RunChanges, RunTarget
from application.training.season import SeasonView, season_view
from application.training.sessions import DayOutlook, MissedSession, outlook, record_missed
from domain.cross_training import CrossTraining, minutes_from_distance
from domain.injury import Injury, Severity
from domain.memory import Recollection
from domain.plan import TrainingPlan
from domain.readiness import Readiness, readiness
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner, Units
from domain.vdot import VdotEstimate

# Profile fields a runner may change in conversation, and how to read each.
UPDATABLE_FIELDS: dict[str, Any] = {
    "name": str, "age": int, "goal_race": GoalRace, "weekly_frequency": int, "fitness_level": FitnessLevel,
    "motivation": str, "injury_history": str, "timezone": str, "language": str,
    "has_race": bool, "race_date": lambda d: d, "race_name": str, "goal_time_s": int,
    "weekly_km": float, "longest_run_km": float, "run_days": tuple, "long_run_day": int, "units": Units,
}
# A change to any of these makes the active plan out of date: it is rebuilt from today.
PLAN_FIELDS = {"goal_race", "weekly_frequency", "fitness_level", "has_race", "race_date", "goal_time_s",
               "weekly_km", "longest_run_km", "run_days", "long_run_day"}


@attrs.define
class RunChange:
    """A corrected or deleted run: what it was, what it is now, and whether the plan was rebuilt."""
    before: Run
    run: Run | None
    plan_rebuilt: bool


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
    log_cross_training_case: LogCrossTraining | None = None
    correct_run_case: CorrectRun | None = None
    delete_run_case: DeleteRun | None = None
    update_injury_case: UpdateInjury | None = None
    knowledge_base: Any = None           # application.coach.knowledge.KnowledgeBase (optional: no embedder, no KB)
    # Issue 24: runs from the watch, and the Strava link (optional: not wired, not offered).
    import_activity_case: ImportActivity | None = None
    strava_case: Any = None              # application.training.strava.StravaSync

    # --- runs from the watch --------------------------------------------------------------------

    def import_activity(self, runner: Runner, activity: ActivityFile, today: date, *,
                        source_ref: str | None = None, is_race: bool = False, meant_easy: bool = False,
                        note: str | None = None) -> ImportedRun:
        """A recorded run logged through the same rules as a typed one (LogRun), or completing the
        run typed that day; raises NotARun / InvalidRun (nothing stored)."""
        if self.import_activity_case is None:
            raise RuntimeError("activity import is not wired")
        return self.import_activity_case(runner, activity, today, source_ref=source_ref, is_race=is_race,
                                         meant_easy=meant_easy, note=note)

    # --- runs ---------------------------------------------------------------------------------

    def log_run(self, runner: Runner, details: RunDetails, today: date, confirmed: bool = False) -> LoggedRun:
        """Raises InvalidRun (impossible) or NeedsConfirmation (unusual: nothing stored yet)."""
        return self.log_run_case(runner, details, today, confirmed=confirmed)

    def log_cross_training(self, runner: Runner, activity: str, minutes: float | None, distance_km: float | None,
                           day: date, rpe: int | None, notes: str | None) -> CrossTraining:
        if self.log_cross_training_case is None:
            raise RuntimeError("cross-training is not wired")
        if minutes is None and distance_km is not None:
            minutes = minutes_from_distance(activity, distance_km)      # a walk told by its miles
        if minutes is None:
            raise ArgumentError("minutes: how long it was is needed")
        details = CrossTrainingDetails(activity=activity, minutes=minutes, day=day, distance_km=distance_km,
                                       perceived_effort=rpe, notes=notes)
        return self.log_cross_training_case(runner, details, day).session

    def correct_run(self, runner: Runner, day: date | None, today: date, *, logged_km: float | None = None,
                    distance_km: float | None = None, duration_s: int | None = None, new_day: date | None = None,
                    confirmed: bool = False) -> RunChange:
        """The run of ``day`` (the last one when None; the one nearest ``logged_km`` that day) corrected,
        re-checked by the rules for new runs; the active plan follows the corrected history."""
        if self.correct_run_case is None:
            raise RuntimeError("run corrections are not wired")
        change = self.correct_run_case(runner, RunTarget(day=day, distance_km=logged_km),
                                       RunChanges(distance_km=distance_km, duration_s=duration_s, day=new_day),
                                       today, confirmed=confirmed)
        return RunChange(change.before, change.run, self._rebuild_if_planned(runner, today))

    def delete_run(self, runner: Runner, day: date | None, today: date, logged_km: float | None = None) -> RunChange:
        if self.delete_run_case is None:
            raise RuntimeError("run deletion is not wired")
        change = self.delete_run_case(runner, RunTarget(day=day, distance_km=logged_km), today)
        return RunChange(change.before, None, self._rebuild_if_planned(runner, today))

    def _rebuild_if_planned(self, runner: Runner, today: date) -> bool:
        """A changed history changes the plan built on it: rebuild the active block from today."""
        plan = self.plans.active_for(runner.id)
        if plan is None or plan.end < today:
            return False
        self.generate_plan_case(runner, today)
        return True

    # --- the plan -----------------------------------------------------------------------------

    def generate_plan(self, runner: Runner, today: date) -> GeneratedPlan:
        return self.generate_plan_case(runner, today)

    def active_plan(self, runner: Runner) -> TrainingPlan | None:
        return self.plans.active_for(runner.id)

    def sessions(self, runner: Runner, first: date, days: int, today: date) -> list[DayOutlook]:
        runs = self.runs.for_runner(runner.id, since=first - timedelta(days=1))
        return outlook(self.plans.active_for(runner.id), runs, first, days, today)

    def record_missed(self, runner: Runner, day: date, today: date, reason: str | None) -> MissedSession:
        plan = self.plans.active_for(runner.id)
        recent = self.runs.for_runner(runner.id, since=day - timedelta(days=7))
        missed, changed = record_missed(plan, day, today, recent)
        if changed is not None:
            self.plans.activate(render_plan(changed, runner.language, runner.units))
        return missed

    def should_i_run(self, runner: Runner, day: date, soreness: int = 0) -> Readiness:
        plan = self.plans.active_for(runner.id)
        session = plan.session_on(day) if plan else None
        recent = self.runs.for_runner(runner.id, since=day - timedelta(days=8))
        return readiness(day, session, [r for r in recent if r.date <= day],
                         self.injuries.for_runner(runner.id, active_only=True), has_plan=session is not None,
                         soreness=soreness)

    def get_progress(self, runner: Runner, today: date, days: int = 14) -> ProgressSummary:
        return self.summarize(runner, today, days)

    def fitness(self, runner: Runner, today: date) -> VdotEstimate:
        plan = self.plans.active_for(runner.id)
        recent = self.runs.for_runner(runner.id, since=today - timedelta(days=FITNESS_LOOKBACK_DAYS))
        estimate = fitness_of(self.runs, runner, today, recent, time_off_of(self.injuries.for_runner(runner.id), today))
        if plan and estimate.source == "default":
            # The plan's VDOT was read from runs that may have aged out of the window.
            return attrs.evolve(estimate, vdot=plan.vdot)
        return estimate

    def fitness_report(self, runner: Runner, today: date) -> FitnessReport:
        return fitness_report(runner, self.fitness(runner, today))

    def season(self, runner: Runner, today: date) -> SeasonView:
        """The season at a glance and the goal's fitness (application.training.season)."""
        return season_view(runner, self.fitness(runner, today), self.plans.active_for(runner.id), today)

    # --- the profile --------------------------------------------------------------------------

    def update_profile(self, runner: Runner, changes: dict[str, Any], clear: tuple[str, ...] = ()) -> dict[str, Any]:
        """Apply the changes the domain accepts; raises DomainError (nothing saved) on a bad value.
        ``clear`` names fields to empty. A change the plan depends on rebuilds the active plan."""
        applied: dict[str, Any] = {}
        updated = attrs.evolve(runner)
        for field, value in changes.items():
            if field not in UPDATABLE_FIELDS or value is None:
                continue
            kind = UPDATABLE_FIELDS[field]
            setattr(updated, field, kind(value))
            applied[field] = getattr(updated, field)
        if "goal_race" in applied and applied["goal_race"] != runner.goal_race and "goal_time_s" not in applied \
                and runner.goal_time_s is not None:
            # A goal time belongs to its distance: 2:10 for a half is no goal for a 15k.
            clear = (*clear, "goal_time_s")
        for field in clear:
            if getattr(updated, field) is not None:
                setattr(updated, field, None)
                applied[field] = None
        if applied:
            attrs.validate(updated)
            self.runners.save(updated)
            for field in applied:
                setattr(runner, field, getattr(updated, field))
        return applied

    # --- injuries -----------------------------------------------------------------------------

    def record_injury(self, runner: Runner, body_part: str, severity: Severity, description: str,
                      today: date, **triage: Any) -> InjuryOutcome:
        """Record it and, when a plan is running, rebuild the rest of the block around it."""
        injury = self.record_injury_case(runner, body_part, severity, description, today, **triage)
        adapted = None
        if self.plans.active_for(runner.id):
            adapted = self.generate_plan_case(runner, today).plan
        return InjuryOutcome(injury, adapted)

    def update_injury(self, runner: Runner, body_part: str | None, status: str, today: date,
                      **details: Any) -> InjuryUpdate:
        if self.update_injury_case is None:
            raise RuntimeError("injury updates are not wired")
        update = self.update_injury_case(runner, body_part, status, today, **details)
        if update.injury is not None and self.plans.active_for(runner.id):
            update.adapted_plan = self.generate_plan_case(runner, today).plan
        return update

    def resolve_injury(self, runner: Runner, body_part: str | None, today: date) -> list[Injury]:
        resolved = self.resolve_injury_case(runner, body_part, today)
        if resolved and self.plans.active_for(runner.id):
            self.generate_plan_case(runner, today)
        return resolved

    # --- memory and knowledge -----------------------------------------------------------------

    def search_memory(self, runner: Runner, query: str, k: int = 5) -> list[Recollection]:
        return self.memory.retrieve_context(runner.id, query, k)

    def knowledge(self, question: str, language: str) -> Any:
        if self.knowledge_base is None:
            return None
        return self.knowledge_base.answer(question, language)
