"""The season at a glance and the goal's fitness, from the runner's profile, their fitness and the
active plan (domain.season_outline holds the rules; this gathers what they need)."""
from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from domain.plan import SessionKind, TrainingPlan
from domain.planning import START_SHARE, peak_weekly_km
from domain.runner import FitnessLevel, Runner
from domain.season_outline import GoalFitness, SeasonOutline, goal_fitness, season_outline
from domain.vdot import VdotEstimate


@attrs.frozen
class SeasonView:
    estimate: VdotEstimate
    outline: SeasonOutline | None
    goal: GoalFitness | None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"vdot": round(self.estimate.vdot, 1)}
        if self.outline is not None:
            o = self.outline
            data["season"] = {
                "race_date": o.race_date.isoformat(), "goal": o.goal.value,
                "phases": [{"phase": p.value, "from": a.isoformat(), "to": b.isoformat()} for p, a, b in o.phases()],
                "peak_week": {"start": o.peak.start.isoformat(), "km": o.peak.km},
                "longest_run": {"week_of": o.longest.start.isoformat(), "km": o.longest.long_km},
                "taper_start": o.taper_start.isoformat() if o.taper_start else None,
            }
        if self.goal is not None:
            g = self.goal
            data["goal_fitness"] = {
                "goal_vdot": g.target_vdot, "vdot_now": round(g.vdot, 1), "gap": g.gap, "weeks_left": g.weeks_left,
                "reachable_vdot": g.reachable_vdot, "realistic": g.realistic, "predicted_now_s": round(g.predicted_s),
                "aim_s": round(g.aim_s), "goal_s": g.goal_s,
            }
        return data


def _load(runner: Runner, plan: TrainingPlan | None) -> float:
    if plan is not None:
        weeks = [plan.week_km(w) for w in range(2)]
        if max(weeks) > 0:
            return max(weeks)
    if runner.weekly_km:
        return runner.weekly_km
    level = runner.fitness_level or FitnessLevel.BEGINNER
    return peak_weekly_km(level, runner.goal_race) * START_SHARE


def _longest(runner: Runner, plan: TrainingPlan | None) -> float:
    planned = max((s.distance_km for s in plan.sessions if s.kind is SessionKind.LONG), default=0.0) if plan else 0.0
    return max(runner.longest_run_km or 0.0, planned)


def season_view(runner: Runner, estimate: VdotEstimate, plan: TrainingPlan | None, today: date) -> SeasonView:
    outline = season_outline(runner, today, _load(runner, plan), _longest(runner, plan), estimate.vdot)
    goal = None
    if runner.goal_race is not None and runner.has_race is not False:
        weeks = (runner.race_date - today).days // 7 if runner.race_date and runner.race_date >= today else 12
        goal = goal_fitness(estimate.vdot, runner.goal_race, runner.goal_time_s, weeks, runner.fitness_level)
    return SeasonView(estimate, outline, goal)

