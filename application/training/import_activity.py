"""ImportActivity: a run recorded by the watch (a FIT/GPX/TCX file sent on WhatsApp, a Strava
activity) logged through the same rules as a typed run (LogRun), or completing the run the runner
already typed that day, or updating the run an edited Strava activity made.

What the recording says to the coach (``ImportedRun.notes``, codes the messages word):

* ``race_evidence``: a race or time trial (the runner's caption says so, or Strava marks it a race)
  is stored ``is_race``: fitness (domain.vdot) takes it as race evidence;
* ``easy_at_threshold``: the plan (or the runner) called the day easy, and the heart rate averaged
  threshold (domain.activity.easy_at_threshold, Daniels' bands with Tanaka's HRmax);
* ``altitude``: the run was high up (Quito, 2,850 m) or hilly, and its pace is judged as the flat,
  sea-level pace of the same effort (domain.activity.flat_sea_level_pace): said with the number.
"""
from __future__ import annotations

import logging
from datetime import date

import attrs

from application.ports import Clock, PlanRepository, RunRepository, VectorMemory
from application.ports.activity_files import ActivityFile
from application.training.local_time import local_day
from application.training.log_run import LogRun, RunDetails, history_for_rules, run_concerns
from domain.activity import (
    climb_allowance_s_per_km,
    easy_at_threshold,
    flat_sea_level_pace,
    max_hr_for_age,
)
from domain.errors import DomainError
from domain.injury import Injury
from domain.plan import SessionKind
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)

# A file for a run already typed the same day completes it when the distances agree this well:
# a watch and a runner's round number ("10 km") differ by a few percent (issue 24: 5 %).
SAME_RUN_TOLERANCE = 0.05
# The pace allowance is worth telling when it is at least this many seconds per km.
ALLOWANCE_WORTH_SAYING_S = 5.0
# A run is hilly when its climbing explains this much of its pace (~1.25 % average net grade).
HILLY_S_PER_KM = 10.0
EASY_KINDS = frozenset({SessionKind.EASY, SessionKind.LONG})


class NotARun(DomainError):
    """The file is another sport (a ride, a swim): nothing is stored."""

    def __init__(self, sport: str):
        super().__init__(f"the activity is {sport or 'not a run'}, not a run", "activity_not_a_run", sport=sport)


@attrs.define
class ImportedRun:
    run: Run
    outcome: str                         # "logged" | "completed" (a typed run) | "updated" (an edited activity)
    new_injuries: list[Injury] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)
    flat_pace_s_per_km: float | None = None   # the pace judged on flat ground at sea level, when it differs


class ImportActivity:
    def __init__(self, runs: RunRepository, plans: PlanRepository, memory: VectorMemory, log_run: LogRun,
                 clock: Clock):
        self._runs = runs
        self._plans = plans
        self._memory = memory
        self._log_run = log_run
        self._clock = clock

    def __call__(self, runner: Runner, activity: ActivityFile, today: date, *, source_ref: str | None = None,
                 is_race: bool = False, meant_easy: bool = False, note: str | None = None) -> ImportedRun:
        """Raises NotARun, and InvalidRun when the run is impossible (a car's GPS track)."""
        if not activity.is_run:
            raise NotARun(activity.sport)
        recording = activity.recording
        day = local_day(runner, recording.started_at) if recording.started_at else today
        duration = recording.moving_s or recording.elapsed_s
        race = is_race or activity.is_race
        outcome, run, injuries = self._store(runner, activity, day, today, duration, race, source_ref, note)
        notes: list[str] = []
        if run.is_race:
            notes.append("race_evidence")
        plan = self._plans.active_for(runner.id)
        planned = plan.session_on(day) if plan else None
        easy = meant_easy or (planned is not None and planned.kind in EASY_KINDS)
        if (easy and not run.is_race and runner.age
                and easy_at_threshold(recording.avg_hr, max_hr_for_age(runner.age))):
            notes.append("easy_at_threshold")
        flat = None
        if run.pace_s_per_km is not None:
            flat = flat_sea_level_pace(run.pace_s_per_km, run.distance_km, recording)
            hills = climb_allowance_s_per_km(run.distance_km, recording.elevation_gain_m, recording.elevation_loss_m)
            # Said when it changes the reading: a race or time trial (its time is fitness evidence),
            # or a hilly run (its slow pace is the hills, not the legs). Every run in Quito is high up:
            # saying so after each would be noise.
            if run.pace_s_per_km - flat >= ALLOWANCE_WORTH_SAYING_S and (run.is_race or hills >= HILLY_S_PER_KM):
                notes.append("altitude")
            if run.pace_s_per_km - flat < 1.0:
                flat = None
        return ImportedRun(run, outcome, injuries, notes, flat)

    def _store(self, runner: Runner, activity: ActivityFile, day: date, today: date, duration: int | None,
               race: bool, source_ref: str | None, note: str | None) -> tuple[str, Run, list[Injury]]:
        recording = activity.recording
        if source_ref is not None:
            known = self._runs.by_source(runner.id, activity.format, source_ref)
            if known is not None:          # an edited activity: the same run, its new numbers
                return "updated", self._replace(runner, known, activity, day, today, duration, race, source_ref), []
        typed = self._typed_same_run(runner, day, activity.distance_km)
        if typed is not None:              # typed first, file after: one run, the file's numbers
            return "completed", self._replace(runner, typed, activity, day, today, duration, race, source_ref), []
        # Recorded, not typed: no typo to confirm, so the "unusual" concerns don't hold it back; the
        # impossible (a future day, a pace beyond the world records) is still refused.
        logged = self._log_run(runner, RunDetails(
            distance_km=round(activity.distance_km, 3), day=day, duration_s=duration, notes=note or activity.name,
            is_race=race, source=activity.format, source_ref=source_ref, recording=recording), today,
            confirmed=True)
        return "logged", logged.run, logged.new_injuries

    def _typed_same_run(self, runner: Runner, day: date, distance_km: float) -> Run | None:
        candidates = [r for r in self._runs.on_day(runner.id, day)
                      if r.recording is None and abs(r.distance_km - distance_km) <= SAME_RUN_TOLERANCE * distance_km]
        return min(candidates, key=lambda r: abs(r.distance_km - distance_km), default=None)

    def _replace(self, runner: Runner, run: Run, activity: ActivityFile, day: date, today: date,
                 duration: int | None, race: bool, source_ref: str | None) -> Run:
        """The stored run with the recording's numbers; what the runner said (effort, mood, aches,
        notes) stays. Built through Run's validators: an impossible recording raises InvalidRun."""
        updated = Run(runner_id=run.runner_id, date=day, distance_km=round(activity.distance_km, 3),
                      duration_s=duration or run.duration_s, perceived_effort=run.perceived_effort, mood=run.mood,
                      aches=run.aches, notes=run.notes or activity.name, weather=run.weather, id=run.id,
                      created_at=run.created_at, is_race=run.is_race or race, source=activity.format,
                      source_ref=source_ref or run.source_ref, recording=activity.recording)
        run_concerns(updated, runner, history_for_rules(self._runs, runner.id, day, today), today)  # the impossible
        self._runs.update(updated)
        try:
            self._memory.update_after_run(updated, runner.language)
        except Exception:
            log.exception("vector memory update failed", extra={"runner_id": run.runner_id})
        return updated

    def delete(self, runner: Runner, source: str, source_ref: str) -> Run | None:
        """The run a deleted activity made, deleted (None when there was none)."""
        known = self._runs.by_source(runner.id, source, source_ref)
        if known is None:
            return None
        self._runs.delete(known.id)
        try:
            self._memory.forget(runner.id, known.id)
        except Exception:
            log.exception("vector memory forget failed", extra={"runner_id": runner.id})
        return known
