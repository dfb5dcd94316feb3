"""The runner's fitness as the coach explains it: VDOT, training paces, race-day predictions and a
pacing plan for the goal race (domain.vdot and domain.race_day hold the rules; this gathers them)."""
from __future__ import annotations

from typing import Any

import attrs

from application.messages.formatting import fitness_text
from domain.pace import format_clock, format_pace
from domain.race_day import RacePlan, race_plan
from domain.runner import Runner, Units
from domain.vdot import VdotEstimate, predicted_race_times, training_paces


@attrs.frozen
class FitnessReport:
    estimate: VdotEstimate
    paces: dict[str, str]                 # easy, marathon, threshold, interval, repetition: "m:ss-m:ss" per km
    predictions: dict[str, float]         # race → seconds
    race: RacePlan | None = None          # prediction and splits for the runner's goal race
    language: str = "es"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "vdot": round(self.estimate.vdot, 1),
            "vdot_source": self.estimate.source,
            "vdot_explanation": fitness_text(self.estimate, self.language),
            "paces_per_km": self.paces,
            "predictions": {k: format_clock(v) for k, v in self.predictions.items()},
        }
        if self.race is not None:
            data["goal_race"] = {
                "distance": self.race.goal.value, "predicted": format_clock(self.race.predicted_s),
                "target": format_clock(self.race.target_s), "assessment": self.race.code,
                "negative_split": self.race.negative,
                "splits": [{"km": round(s.km, 2), "elapsed": format_clock(s.elapsed_s),
                            "pace_per_km": format_pace(s.pace_s_per_km)} for s in self.race.splits],
            }
        return data


def fitness_report(runner: Runner, estimate: VdotEstimate) -> FitnessReport:
    race = race_plan(estimate.vdot, runner.goal_race, runner.goal_time_s, runner.units is Units.MILES) \
        if runner.goal_race else None
    return FitnessReport(estimate, training_paces(estimate.vdot).per_km(), predicted_race_times(estimate.vdot),
                         race, runner.language)
