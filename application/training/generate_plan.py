"""GeneratePlan: estimate fitness (VDOT), build the season's next 14-day block from the last
block's outcome, word it in the runner's language and make it the active plan."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from application.messages import GOAL_NAMES, SESSION_NAMES, name_of, say
from application.messages.formatting import part_with_side, render_plan
from application.ports import (
    Clock,
    InjuryRepository,
    PlanRepository,
    RunRepository,
    VectorMemory,
)
from domain.injury import Injury, ReturnStage
from domain.memory import MemoryDocument, MemoryKind
from domain.plan import SessionKind, TrainingPlan
from domain.planning import build_block
from domain.race_day import PaceNote, RacePlan, easy_pace_note, race_plan
from domain.run import Run
from domain.runner import Runner, Units
from domain.vdot import OLDER_RACE_DAYS, RECENT_WINDOW_DAYS, VdotEstimate, estimate_vdot_from_runs, training_paces

log = logging.getLogger(__name__)

# Volume and the long run are read from the last weeks of running; older runs say little about them.
LOOKBACK_DAYS = 42
# Fitness is read from the best evidence of the last ~6 months (a race told at onboarding
# included): domain.vdot.RECENT_WINDOW_DAYS. An older race still bounds the default
# (domain.vdot.OLDER_RACE_DAYS): read only when that window holds no evidence (``fitness_of``).
FITNESS_LOOKBACK_DAYS = RECENT_WINDOW_DAYS


def fitness_of(runs: RunRepository, runner: Runner, today: date, recent: list[Run],
               time_off: Sequence[tuple[date, date]]) -> VdotEstimate:
    """The runner's VDOT from ``recent`` (the look-back's runs); with nothing usable in it, the older runs are
    read too, once, for a race that bounds the default (no extra read on the usual message)."""
    estimate = estimate_vdot_from_runs(recent, today, runner.fitness_level, time_off=time_off)
    if estimate.code != "default":
        return estimate
    older = [r for r in runs.for_runner(runner.id, since=today - timedelta(days=OLDER_RACE_DAYS)) if r.date <= today]
    return estimate_vdot_from_runs(older, today, runner.fitness_level, time_off=time_off) if older else estimate


def time_off_of(injuries: Sequence[Injury], today: date) -> list[tuple[date, date]]:
    """The spells an injury stopped the runner running (no running, or walk/run only): evidence
    of lost fitness for the VDOT (Daniels' time-off table)."""
    spells = []
    for injury in injuries:
        if injury.reported_on is None or injury.return_stage not in (ReturnStage.NO_RUNNING, ReturnStage.WALK_RUN):
            continue
        start = injury.since or injury.reported_on
        spells.append((start, min(injury.resolved_on or today, today)))
    return spells


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
        history = [r for r in self._runs.for_runner(runner.id, since=today - timedelta(days=FITNESS_LOOKBACK_DAYS))
                   if r.date <= today]
        runs = [r for r in history if r.date >= since]
        injuries = self._injuries.for_runner(runner.id)
        estimate = fitness_of(self._runs, runner, today, history, time_off_of(injuries, today))
        if last_plan is not None and last_plan.runner_id != runner.id:
            last_plan = None
        plan = build_block(
            runner, estimate.vdot, start or today, None,
            [i for i in injuries if i.is_active], runner.language, estimate.source,
            runs=runs, last_plan=last_plan,
        )
        plan = render_plan(plan, runner.language, runner.units)
        plan.created_at = self._clock.now()
        self._plans.activate(plan)
        try:
            self._memory.store(MemoryDocument(
                runner_id=runner.id, kind=MemoryKind.PLAN, created_at=self._clock.now(), id=plan.id,
                text=plan_memory_text(plan, runner),
            ))
        except Exception:
            log.exception("vector memory store failed", extra={"runner_id": runner.id})
        note = easy_pace_note(training_paces(estimate.vdot), runs, today)
        race = (race_plan(estimate.vdot, runner.goal_race, runner.goal_time_s, runner.units is Units.MILES)
                if runner.goal_race is not None and runner.has_race is not False else None)
        return GeneratedPlan(plan, estimate, note, race)


def plan_memory_text(plan: TrainingPlan, runner: Runner) -> str:
    """The plan as the coach remembers it: dates, goal, weekly km, key sessions and what it was
    adapted for — a sentence or two, never the whole plan (its worded adaptations ran to ~450
    characters, 90-100 ms to embed; what the coach needs of the plan itself is in the store)."""
    language = runner.language
    quality = [s.kind.value for s in plan.sessions if s.kind.is_quality]
    key = [say(language, "memory_plan_long", km=f"{max(long_runs):g}")] if (long_runs := [
        s.distance_km for s in plan.sessions if s.kind is SessionKind.LONG]) else []
    key += [name_of(SESSION_NAMES, kind, language) for kind in dict.fromkeys(quality)]
    goal = (say(language, "memory_plan_goal", goal=name_of(GOAL_NAMES, runner.goal_race, language))
            if runner.goal_race is not None and runner.has_race is not False else "")
    text = say(language, "memory_plan", start=plan.start.isoformat(), end=plan.end.isoformat(), goal=goal,
               weeks=" / ".join(f"{plan.week_km(w):g}" for w in range(2)), vdot=f"{plan.vdot:.1f}",
               sessions=", ".join(key) or say(language, "memory_plan_easy_only"))
    parts = dict.fromkeys(part_with_side(n.params["part"], n.params.get("side", ""), language)
                          for n in plan.notes if n.params.get("part"))
    if parts:
        text += say(language, "memory_plan_adapted", parts=", ".join(parts))
    return text
