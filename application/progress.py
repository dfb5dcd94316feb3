"""SummarizeProgress: what the runner did over a period, compared with before and with the plan."""
from __future__ import annotations

from datetime import date, timedelta

import attrs

from application import measures
from application.generate_plan import LOOKBACK_DAYS
from application.messages import say, short_date
from application.ports import CrossTrainingRepository, InjuryRepository, PlanRepository, RunRepository
from application.understanding.body import part_name
from domain.pace import format_clock
from domain.runner import Runner, Units
from domain.vdot import estimate_vdot_from_runs


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
        start = today - timedelta(days=days - 1)
        previous_start = start - timedelta(days=days)
        history = self._runs.for_runner(runner.id, since=previous_start)
        runs = [r for r in history if start <= r.date <= today]
        previous = [r for r in history if r.date < start]
        timed = [r for r in runs if r.duration_s]
        efforts = [r.perceived_effort for r in runs if r.perceived_effort]
        plan = self._plans.active_for(runner.id)
        planned = None
        if plan:
            planned = sum(1 for s in plan.sessions if s.kind.is_run and start <= s.date <= today)
        vdot = None
        if runs:
            vdot = estimate_vdot_from_runs(
                self._runs.for_runner(runner.id, since=today - timedelta(days=LOOKBACK_DAYS)),
                today, runner.fitness_level).vdot
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
            open_injuries=[i.body_part for i in self._injuries.for_runner(runner.id, active_only=True)],
            cross_training_minutes=self._cross_minutes(runner, start, today),
        )

    def _cross_minutes(self, runner: Runner, start: date, today: date) -> float:
        if self._cross_training is None:
            return 0.0
        sessions = self._cross_training.for_runner(runner.id, since=start)
        return round(sum(s.minutes for s in sessions if s.day <= today), 1)
