"""SummarizeProgress: what the runner did over a period, compared with before and with the plan."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from application.messages import say, short_date
from application.ports import CrossTrainingRepository, InjuryRepository, PlanRepository, RunRepository
from application.training import measures
from application.training.generate_plan import FITNESS_LOOKBACK_DAYS
from application.understanding.body import part_name
from domain.cross_training import CrossTraining
from domain.pace import format_clock
from domain.plan import TrainingPlan
from domain.run import Run
from domain.runner import Runner, Units
from domain.vdot import estimate_vdot_from_runs

log = logging.getLogger(__name__)


@attrs.define
class ProgressSummary:
    period_start: date
    period_end: date
    runs: int
    total_km: float
    total_time_s: int
    average_pace_s_per_km: float | None
    longest_km: float
    average_effort: float | None
    previous_km: float
    planned_runs: int | None          # running sessions the active plan had in the period, up to today
    vdot: float | None
    open_injuries: list[str]
    cross_training_minutes: float = 0.0   # bike, swim, strength: counted apart from running
    # Where the VDOT came from: the estimate's code and its run ("race", km, time, day).
    vdot_basis: dict[str, str] = attrs.field(factory=dict)

    @property
    def change_pct(self) -> float | None:
        if not self.previous_km:
            return None
        return round((self.total_km - self.previous_km) / self.previous_km * 100)

    def as_dict(self) -> dict:
        d = attrs.asdict(self)
        d["period_start"] = self.period_start.isoformat()
        d["period_end"] = self.period_end.isoformat()
        d["change_pct"] = self.change_pct
        return d

    def text(self, language: str, units: Units = Units.KM) -> str:
        days = (self.period_end - self.period_start).days + 1
        if not self.runs:
            lines = [say(language, "progress_none", days=days)]
            if self.cross_training_minutes:
                lines.append(say(language, "progress_cross", minutes=f"{self.cross_training_minutes:g}"))
            return "\n".join(lines)
        head = say(language, "progress_head_one" if self.runs == 1 else "progress_head",
                   start=short_date(self.period_start, language), end=short_date(self.period_end, language),
                   runs=self.runs, distance=measures.distance(self.total_km, units))
        if self.total_time_s:
            head += f", {format_clock(self.total_time_s)}"
        lines = [head]
        if self.average_pace_s_per_km:
            lines.append(say(language, "progress_pace", pace=measures.pace(self.average_pace_s_per_km, units)))
        lines.append(say(language, "progress_longest", distance=measures.distance(self.longest_km, units)))
        if self.average_effort:
            lines.append(say(language, "progress_effort", rpe=f"{self.average_effort:.1f}"))
        if self.change_pct is not None:
            sign = "+" if self.change_pct >= 0 else ""
            lines.append(say(language, "progress_change", change=f"{sign}{self.change_pct:.0f}"))
        if self.planned_runs:
            lines.append(say(language, "progress_plan", done=min(self.runs, self.planned_runs),
                             planned=self.planned_runs))
        if self.cross_training_minutes:
            lines.append(say(language, "progress_cross", minutes=f"{self.cross_training_minutes:g}"))
        if self.vdot:
            basis = self.vdot_basis
            if basis.get("day") and basis.get("code") in ("race", "all_out", "rpe_effort"):
                lines.append(say(language, f"progress_vdot_{basis['code']}", vdot=f"{self.vdot:.1f}",
                                 distance=measures.distance(float(basis["km"]), units), time=basis["time"],
                                 day=short_date(date.fromisoformat(basis["day"]), language)))
            else:
                lines.append(f"VDOT: {self.vdot:.1f}")
        if self.open_injuries:
            parts = ", ".join(part_name(p, language) for p in self.open_injuries)
            lines.append(say(language, "progress_injuries", parts=parts))
        return "\n".join(lines)


class SummarizeProgress:
    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository,
                 cross_training: CrossTrainingRepository | None = None):
        self._cross_training = cross_training
        self._runs = runs
        self._plans = plans
        self._injuries = injuries

    def __call__(self, runner: Runner, today: date, days: int = 14) -> ProgressSummary:
        start, previous_start = _period(today, days)
        since = min(previous_start, today - timedelta(days=FITNESS_LOOKBACK_DAYS))
        history = self._runs.for_runner(runner.id, since=since)
        sessions = self._cross_training.for_runner(runner.id, since=start) if self._cross_training else []
        return summarize(runner, today, days, history, self._plans.active_for(runner.id),
                         [i.body_part for i in self._injuries.for_runner(runner.id, active_only=True)], sessions)

    def for_runners(self, runners: Sequence[Runner], today: date, days: int = 14) -> dict[str, ProgressSummary]:
        """``__call__`` for many runners, with one query per repository (the scheduler's batches).

        A repository without a bulk method (``for_runners``, ``active_for_runners``) is asked runner by
        runner. A runner whose summary cannot be computed is left out (and logged)."""
        ids = [r.id for r in runners]
        start, previous_start = _period(today, days)
        since = min(previous_start, today - timedelta(days=FITNESS_LOOKBACK_DAYS))
        histories = self._runs.for_runners(ids, since)
        plans = _bulk(self._plans, "active_for_runners", ids, lambda i: self._plans.active_for(i))
        injuries = _bulk(self._injuries, "active_for_runners", ids,
                         lambda i: self._injuries.for_runner(i, active_only=True))
        cross: dict[str, list] = {}
        if self._cross_training is not None:
            repo = self._cross_training
            bulk = getattr(repo, "for_runners", None)
            cross = bulk(ids, start) if bulk else {i: repo.for_runner(i, since=start) for i in ids}
        found = {}
        for runner in runners:
            try:
                found[runner.id] = summarize(runner, today, days, histories.get(runner.id, []), plans.get(runner.id),
                                             [i.body_part for i in injuries.get(runner.id, [])],
                                             cross.get(runner.id, []))
            except Exception:
                log.exception("progress summary failed", extra={"runner_id": runner.id})
        return found


def _period(today: date, days: int) -> tuple[date, date]:
    start = today - timedelta(days=days - 1)
    return start, start - timedelta(days=days)


def _bulk(repo: object, method: str, ids: list[str], one: Callable[[str], Any]) -> dict[str, Any]:
    bulk = getattr(repo, method, None)
    return bulk(ids) if bulk is not None else {i: one(i) for i in ids}


def summarize(runner: Runner, today: date, days: int, history: Sequence[Run], plan: TrainingPlan | None,
              open_injuries: list[str], cross_training: Sequence[CrossTraining]) -> ProgressSummary:
    """The summary of the ``days`` ending ``today`` from what was loaded: ``history`` holds the runs
    since the previous period's start and the VDOT look-back (generate_plan.FITNESS_LOOKBACK_DAYS)."""
    start, previous_start = _period(today, days)
    runs = [r for r in history if start <= r.date <= today]
    previous = [r for r in history if previous_start <= r.date < start]
    timed = [r for r in runs if r.duration_s]
    efforts = [r.perceived_effort for r in runs if r.perceived_effort]
    planned = None
    if plan:
        planned = sum(1 for s in plan.sessions if s.kind.is_run and start <= s.date <= today)
    vdot, basis = None, {}
    if runs:
        lookback = today - timedelta(days=FITNESS_LOOKBACK_DAYS)
        estimate = estimate_vdot_from_runs([r for r in history if r.date >= lookback], today, runner.fitness_level)
        vdot, basis = estimate.vdot, {"code": estimate.code, **estimate.params}
    return ProgressSummary(
        period_start=start,
        period_end=today,
        runs=len(runs),
        total_km=round(sum(r.distance_km for r in runs), 2),
        total_time_s=sum(r.duration_s or 0 for r in runs),
        average_pace_s_per_km=(sum(r.duration_s or 0 for r in timed) / sum(r.distance_km for r in timed)
                               if timed else None),
        longest_km=max((r.distance_km for r in runs), default=0.0),
        average_effort=(sum(efforts) / len(efforts)) if efforts else None,
        previous_km=round(sum(r.distance_km for r in previous), 2),
        planned_runs=planned,
        vdot=vdot,
        open_injuries=open_injuries,
        cross_training_minutes=round(sum(s.minutes for s in cross_training if start <= s.day <= today), 1),
        vdot_basis=basis,
    )
