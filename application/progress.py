"""SummarizeProgress: what the runner did over a period, compared with before and with the plan."""
from __future__ import annotations

from datetime import date, timedelta

import attrs

from application.generate_plan import LOOKBACK_DAYS
from application.messages import say, short_date
from application.ports import InjuryRepository, PlanRepository, RunRepository
from application.understanding.body import part_name
from domain.pace import format_clock, format_pace
from domain.runner import Runner
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

    def text(self, language: str) -> str:
        days = (self.period_end - self.period_start).days + 1
        if not self.runs:
            return say(language, "progress_none", days=days)
        es = language != "en"
        lines = [
            (f"📈 Del {short_date(self.period_start, 'es')} al {short_date(self.period_end, 'es')}: "
             f"{self.runs} carreras, {self.total_km:.1f} km")
            if es else
            (f"📈 {short_date(self.period_start, 'en')} – {short_date(self.period_end, 'en')}: "
             f"{self.runs} runs, {self.total_km:.1f} km")
        ]
        if self.total_time_s:
            lines[0] += f", {format_clock(self.total_time_s)}"
        if self.average_pace_s_per_km:
            lines.append(("Ritmo medio: " if es else "Average pace: ")
                         + f"{format_pace(self.average_pace_s_per_km)}/km")
        lines.append(("Carrera más larga: " if es else "Longest run: ") + f"{self.longest_km:.1f} km")
        if self.average_effort:
            lines.append(("Esfuerzo medio (RPE): " if es else "Average effort (RPE): ") + f"{self.average_effort:.1f}")
        if self.change_pct is not None:
            sign = "+" if self.change_pct >= 0 else ""
            lines.append(f"Volumen vs. periodo anterior: {sign}{self.change_pct:.0f} %" if es
                          else f"Volume vs. previous period: {sign}{self.change_pct:.0f} %")
        if self.planned_runs:
            lines.append(f"Cumplimiento del plan: {min(self.runs, self.planned_runs)}/{self.planned_runs} sesiones"
                          if es else
                          f"Plan completion: {min(self.runs, self.planned_runs)}/{self.planned_runs} sessions")
        if self.vdot:
            lines.append(f"VDOT: {self.vdot:.1f}")
        if self.open_injuries:
            parts = ", ".join(part_name(p, language) for p in self.open_injuries)
            lines.append(f"Ojo con: {parts}" if es else f"Watch out for: {parts}")
        return "\n".join(lines)


class SummarizeProgress:
    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository):
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
            since = today - timedelta(days=LOOKBACK_DAYS)
            vdot = estimate_vdot_from_runs(self._runs.for_runner(runner.id, since=since),
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
        )
