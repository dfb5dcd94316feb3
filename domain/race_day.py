"""Race-day predictions, a pacing plan for the goal race, and why prescribed paces may differ from
the runner's own easy runs. Pure: codes and numbers, the application words them."""
from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import median

import attrs

from domain.pace import KM_PER_MILE
from domain.run import Run
from domain.runner import GoalRace
from domain.vdot import TrainingPaces, is_race, race_time_for

# A goal more than 3 % faster than the VDOT prediction is ambitious: Daniels' tables assume
# race-specific training, and even then few runners beat their equivalent time by more than that.
AMBITIOUS_MARGIN = 0.03
# Negative split: the first half ~1 % slower than the second (Daniels, Pfitzinger: run the first
# half even or slightly slower; a fast start costs far more than it gains). The 5k and 10k are run
# even (they are short enough that a controlled first km is all it takes).
NEGATIVE_SPLIT = 0.01


@attrs.frozen
class Split:
    km: float          # distance at the end of this split
    elapsed_s: float   # clock time at that point
    pace_s_per_km: float


@attrs.frozen
class RacePlan:
    goal: GoalRace
    predicted_s: float          # what the current VDOT predicts
    target_s: float             # what the plan paces for: the goal time, unless it is out of reach
    goal_s: int | None
    code: str                   # "no_goal" | "goal_within_reach" | "goal_ambitious"
    negative: bool
    splits: tuple[Split, ...]


def pacing_splits(distance_km: float, target_s: float, split_km: float = 1.0,
                  negative: bool = True) -> tuple[Split, ...]:
    """Splits every ``split_km`` (and the finish) for a race of ``target_s`` seconds.

    Even: the same pace throughout. Negative: the first half NEGATIVE_SPLIT slower than the
    average and the second half as much faster, so the total is exactly ``target_s``.
    """
    avg = target_s / distance_km
    half = distance_km / 2
    first = avg * (1 + NEGATIVE_SPLIT) if negative else avg
    second = avg * (1 - NEGATIVE_SPLIT) if negative else avg
    marks = [round(split_km * i, 3) for i in range(1, math.floor(distance_km / split_km + 1e-9) + 1)]
    if not marks or marks[-1] < distance_km - 1e-6:
        marks.append(distance_km)
    splits = []
    for km in marks:
        elapsed = first * min(km, half) + second * max(0.0, km - half)
        pace = first if km <= half + 1e-9 else second
        splits.append(Split(km=round(km, 3), elapsed_s=round(elapsed, 1), pace_s_per_km=round(pace, 1)))
    return tuple(splits)


def race_plan(vdot: float, goal: GoalRace, goal_time_s: int | None = None, per_mile: bool = False) -> RacePlan:
    predicted = race_time_for(vdot, goal.distance_km * 1000)
    if goal_time_s is None:
        code, target = "no_goal", predicted
    elif goal_time_s < predicted * (1 - AMBITIOUS_MARGIN):
        # Pacing for a time the runner can't hold means a blow-up: pace for the prediction.
        code, target = "goal_ambitious", predicted
    else:
        code, target = "goal_within_reach", float(goal_time_s)
    # Even pace for races up to ~12 km; a slight negative split from 15 km up (Daniels: hold back
    # the first part of the long races; Pfitzinger: the half and marathon are paced evenly to slightly negative).
    negative = goal.distance_km >= 14
    # WhatsApp-length: km splits for 5k and 10k, every 5 km for the half and the marathon (in miles: every
    # mile, every 5 miles, as a runner on miles reads the course's markers).
    split_km = (5.0 if goal.distance_km >= 14 else 1.0) * (KM_PER_MILE if per_mile else 1.0)
    return RacePlan(goal=goal, predicted_s=predicted, target_s=target, goal_s=goal_time_s, code=code,
                    negative=negative, splits=pacing_splits(goal.distance_km, target, split_km, negative))


# --- The runner's easy runs vs the prescribed easy range -------------------------------------

EASY_WINDOW_DAYS = 28
FAST_TOLERANCE_S = 10      # easy runs this much faster than E's fast end: running easy days too hard
SLOW_TOLERANCE_S = 30      # this much slower than E's slow end: heat, hills, altitude, or an old VDOT


@attrs.frozen
class PaceNote:
    code: str                  # "easy_too_fast" | "easy_slower_than_range"
    params: dict[str, str]


def easy_pace_note(paces: TrainingPaces, runs: list[Run], today: date) -> PaceNote | None:
    """Why the plan's easy range differs from the runner's own easy runs, or None when it doesn't.

    Easy runs are the runner's non-race runs rated RPE ≤ 5 (or unrated) of the last 4 weeks.
    Daniels: E pace builds the aerobic base; running it faster adds fatigue, not fitness. Slower
    than the range is fine (heat, hills, altitude — Quito sits at 2,850 m), but if it is always
    much slower the VDOT may come from an old or favourable race.
    """
    since = today - timedelta(days=EASY_WINDOW_DAYS)
    easy = [r.pace_s_per_km for r in runs
            if r.pace_s_per_km is not None and since <= r.date <= today and not is_race(r)
            and (r.perceived_effort is None or r.perceived_effort <= 5)]
    if len(easy) < 2:
        return None
    typical = median(easy)
    fast, slow = paces.easy
    params = {"typical": f"{typical:.0f}", "fast": f"{fast:.0f}", "slow": f"{slow:.0f}", "runs": str(len(easy))}
    if typical < fast - FAST_TOLERANCE_S:
        return PaceNote("easy_too_fast", params)
    if typical > slow + SLOW_TOLERANCE_S:
        return PaceNote("easy_slower_than_range", params)
    return None


# --- A pace the runner asks about, against its training zone ---------------------------------

ZONES = ("easy", "marathon", "threshold", "interval", "repetition")
# The spread the plan prescribes around a one-pace zone (Daniels gives M, T, I and R as single paces;
# a few seconds either way is the same effort).
ZONE_SPREAD_S = 3.0


def zone_range(paces: TrainingPaces, zone: str) -> tuple[float, float]:
    """(fast, slow) seconds per km of one of Daniels' zones: the easy range, or a single pace ± the spread."""
    if zone == "easy":
        return paces.easy
    single = {"marathon": paces.marathon, "threshold": paces.threshold, "interval": paces.interval,
              "repetition": paces.repetition}[zone]
    return (single - ZONE_SPREAD_S, single + ZONE_SPREAD_S)


def pace_against_zone(paces: TrainingPaces, zone: str, pace_s_per_km: float) -> str:
    """"faster" | "within" | "slower": "is 8:30/mi ok for my easy runs?" answered from the runner's VDOT.

    Easy is Daniels' range; a quality pace is hit within the plan's spread (running T or I faster than
    prescribed adds stress without the benefit the session is for). The words say that slower than easy is
    still easy (heat, hills, altitude), as for the runner's own easy runs (``easy_pace_note``)."""
    fast, slow = zone_range(paces, zone)
    if round(pace_s_per_km) < round(fast):
        return "faster"
    if round(pace_s_per_km) > round(slow):
        return "slower"
    return "within"
