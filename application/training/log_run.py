"""LogRun: check a run against the rules, store it, remember it, and notice aches."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from application.ports import Clock, InjuryRepository, RunRepository, VectorMemory
from domain.activity import TYPED, Recording
from domain.errors import DomainError
from domain.injury import Injury, Severity
from domain.run import Run
from domain.run_rules import RunConcern, check_new_run, predicted_pace
from domain.runner import Runner
from domain.vdot import RECENT_WINDOW_DAYS

log = logging.getLogger(__name__)

# The history the rules compare a run with: its day's runs and the last ~4 months for the longest
# run; fitness (domain.vdot) looks at 8 weeks. Only the 8 weeks are loaded, with the two longest runs
# of the 4 months (two: a corrected run is left out of its own comparison).
HISTORY_DAYS = 120


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
    is_race: bool = False
    # A run from the watch (application.training.import_activity): where from, and what it recorded.
    source: str = TYPED
    source_ref: str | None = None
    recording: Recording | None = None


@attrs.define
class LoggedRun:
    run: Run
    new_injuries: list[Injury]


class NeedsConfirmation(DomainError):
    """The run may be true but is far outside the runner's history: nothing was stored. Ask the
    runner (``concerns``: codes and params for application/messages REASONS); when they confirm,
    call LogRun again with the same ``details`` and ``confirmed=True``.

    A DomainError (code ``run_needs_confirmation``), so a caller that only knows refusals still
    answers sensibly."""

    def __init__(self, concerns: Sequence[RunConcern], details: RunDetails, run: Run):
        codes = ", ".join(c.code for c in concerns)
        super().__init__(f"the run needs the runner's confirmation ({codes})", "run_needs_confirmation",
                         concerns=codes)
        self.concerns = list(concerns)
        self.details = details
        self.run = run


def confirmation_question(language: str, concerns: Sequence[RunConcern]) -> str:
    """"Antes de guardarlo: 3 km a 3:00/km es un 27 % más rápido…. ¿Lo registro así?" """
    from application.messages import reason, say

    return say(language, "run_confirm_question", concerns="; ".join(reason(language, c) for c in concerns))


def history_for_rules(runs: RunRepository, runner_id: str, day: date, today: date) -> list[Run]:
    """What run_concerns needs, bounded whatever the runner's history: the runs since 8 weeks
    before the run's day (its day's runs, the fitness), and the longest runs of the last 4 months."""
    start = min(day, today)
    recent = runs.for_runner(runner_id, since=start - timedelta(days=RECENT_WINDOW_DAYS))
    loaded = {r.id for r in recent}
    return recent + [r for r in runs.longest(runner_id, since=start - timedelta(days=HISTORY_DAYS))
                     if r.id not in loaded]


def week_runs(runs: RunRepository, runner_id: str, day: date) -> list[Run]:
    """The runner's runs of the Monday-to-Sunday week of ``day`` (domain.milestones.week_km)."""
    monday = day - timedelta(days=day.weekday())
    return [r for r in runs.for_runner(runner_id, since=monday) if r.date <= monday + timedelta(days=6)]


def run_concerns(run: Run, runner: Runner, history: Sequence[Run], today: date) -> list[RunConcern]:
    """The domain rules with what the application knows of the runner (raises InvalidRun)."""
    others = [r for r in history if r.id != run.id]
    predicted = predicted_pace(others, run.distance_km, today, runner.fitness_level) if run.duration_s else None
    return check_new_run(run, others, today, predicted, stated_longest_km=runner.longest_run_km)


class LogRun:
    def __init__(self, runs: RunRepository, injuries: InjuryRepository, memory: VectorMemory, clock: Clock):
        self._runs = runs
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, details: RunDetails, today: date, confirmed: bool = False) -> LoggedRun:
        """``today`` is the runner's local date (application.training.local_time.local_today).

        Raises domain.errors.InvalidRun (with a code for the runner) when the run is impossible,
        e.g. dated after today (it is never stored as today), and NeedsConfirmation when it is far
        outside the runner's history and ``confirmed`` is False; nothing is stored in either case."""
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
            is_race=details.is_race,
            source=details.source,
            source_ref=details.source_ref,
            recording=details.recording,
            created_at=self._clock.now(),
        )
        concerns = run_concerns(run, runner, history_for_rules(self._runs, runner.id, run.date, today), today)
        if concerns and not confirmed:
            raise NeedsConfirmation(concerns, details, run)
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
