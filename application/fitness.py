"""The runner's fitness as the coach explains it: VDOT, training paces, race-day predictions and a
pacing plan for the goal race (domain.vdot holds the rules; this gathers them for one runner)."""
from __future__ import annotations

from typing import Any, Sequence

import attrs

from domain.pace import format_clock, format_pace
from domain.run import Run
from domain.runner import Runner
from domain.vdot import VdotEstimate, predicted_race_times, race_time_for, training_paces


@attrs.frozen
class FitnessReport:
    estimate: VdotEstimate
    paces: dict[str, str]                 # easy, marathon, threshold, interval, repetition: "m:ss-m:ss" per km
    predictions: dict[str, float]         # race → seconds
    goal_time_s: float | None             # the runner's goal, else the prediction for their race
    goal_distance_km: float | None
    splits: tuple[tuple[float, float], ...] = ()   # (km mark, elapsed seconds) for the goal race
    language: str = "es"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "vdot": round(self.estimate.vdot, 1),
            "vdot_source": self.estimate.source,
            "vdot_explanation": self.estimate.explanation(self.language),
            "paces_per_km": self.paces,
            "predictions": {k: format_clock(v) for k, v in self.predictions.items()},
        }
        if self.goal_distance_km and self.goal_time_s:
            data["goal_race"] = {"distance_km": self.goal_distance_km, "time": format_clock(self.goal_time_s),
                                 "average_pace_per_km": format_pace(self.goal_time_s / self.goal_distance_km),
                                 "splits": [{"km": km, "elapsed": format_clock(t)} for km, t in self.splits]}
        return data


def fitness_report(runner: Runner, estimate: VdotEstimate, recent: Sequence[Run]) -> FitnessReport:
    predictions = predicted_race_times(estimate.vdot)
    goal_km = runner.goal_race.distance_km if runner.goal_race else None
    goal_s: float | None = None
    splits: tuple[tuple[float, float], ...] = ()
    if goal_km:
        goal_s = float(runner.goal_time_s) if runner.goal_time_s else race_time_for(estimate.vdot, goal_km * 1000)
        splits = pacing_splits(goal_km, goal_s)
    return FitnessReport(estimate, training_paces(estimate.vdot).per_km(), predictions, goal_s, goal_km, splits,
                         runner.language)


def pacing_splits(distance_km: float, goal_s: float) -> tuple[tuple[float, float], ...]:
    """An even-to-slightly-negative split: the first half 1 % slower than the average pace, the
    second half 1 % faster (Daniels: even pacing is the most economical; a small negative split
    guards against the common too-fast start). Marks every 5 km, and the finish."""
    average = goal_s / distance_km
    half = distance_km / 2
    marks = [float(k) for k in range(5, int(distance_km) + 1, 5) if k < distance_km] + [distance_km]
    if distance_km <= 5:
        marks = [float(k) for k in range(1, int(distance_km) + 1) if k < distance_km] + [distance_km]
    result = []
    for km in marks:
        first = min(km, half) * average * 1.01
        second = max(0.0, km - half) * average * 0.99
        result.append((round(km, 3), round(first + second)))
    return tuple(result)
