"""The one rule set every new or corrected run passes, however it enters (LLM tool, offline coach,
sheets import, a correction).

``check_new_run`` raises ``InvalidRun`` for what cannot be true (a run in the future, a pace beyond
the world records for the distance, an impossible day) and returns the ``RunConcern``s that may be
true but are far outside the runner's own history: those are stored only once the runner confirms.

Pure functions: the caller gives the runner's history and "today" in the runner's calendar.
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from domain.errors import DomainError, InvalidRun
from domain.pace import format_pace
from domain.run import Run
from domain.runner import FitnessLevel

# --- human limits -------------------------------------------------------------------------------

# Men's world records (World Athletics, worldathletics.org/records, and for 100 km / 24 h the
# IAU): (distance km, time s). Women's records are slower, so this curve bounds every runner.
WORLD_RECORDS: tuple[tuple[float, float], ...] = (
    (0.1, 9.58),              # 100 m, Bolt 2009
    (0.4, 43.03),             # 400 m, van Niekerk 2016
    (0.8, 100.91),            # 800 m, Rudisha 2012
    (1.5, 206.00),            # 1500 m, El Guerrouj 1998
    (3.0, 437.55),            # 3000 m, Ingebrigtsen 2024
    (5.0, 755.36),            # 5000 m, Cheptegei 2020
    (10.0, 1571.00),          # 10 000 m, Cheptegei 2020
    (21.0975, 3402.0),        # half marathon 56:42, Kiplimo 2025
    (42.195, 7235.0),         # marathon 2:00:35, Kiptum 2023
    (100.0, 21935.0),         # 100 km 6:05:35, Sorokin 2022 (IAU)
    (319.614, 86400.0),       # 24 h, Sorokin 2022 (IAU)
)
_LOG_D = [math.log(d) for d, _ in WORLD_RECORDS]
_PACES = [t / d for d, t in WORLD_RECORDS]

# Consumer GPS watches over-measure by a few percent (Gilgen-Ammann, Schweizer & Wyss 2020,
# "Accuracy of distance recordings in eight positioning-enabled sport watches", J Sports Sci Med
# 19:1): a pace is refused only when it beats the record curve by more than this.
GPS_MARGIN = 0.03

# A day: runs and kilometres no training day holds. Elites run twice or three times a day
# (Daniels' Running Formula, ch. 3 on doubles); 6 leaves room for a warm-up, workout and
# cool-down logged apart. 100 km in several runs is ultra-stage territory.
MAX_RUNS_PER_DAY = 6
MAX_DAY_KM_IN_SEVERAL_RUNS = 100.0
SECONDS_PER_DAY = 24 * 3600

# What asks for the runner's confirmation (issue 10): a run ≥ 2× their longest, ≥ 15 % faster than
# their fitness predicts, or a same-day run within 3 % of the distance of one already logged.
LONGER_FACTOR = 2.0
MIN_KM_FOR_LONGER_CONCERN = 5.0      # 2 → 4 km is a beginner's normal progress, not an outlier
FASTER_FRACTION = 0.15
DUPLICATE_TOLERANCE = 0.03

# Without a timed run, the pace check uses a generous ceiling on the level's cautious default VDOT
# (domain.vdot.DEFAULT_VDOT): a fit newcomer is not questioned, "3 km in 9 min" is.
NEW_RUNNER_VDOT_ALLOWANCE = 8.0
# A race or hard effort of the last 8 weeks says what the runner can do now; older evidence is
# weighed against the level's ceiling (Daniels: VDOT is re-read from races every few weeks).
FRESH_EVIDENCE_DAYS = 56


def world_record_pace(distance_km: float) -> float:
    """The world-record pace (s/km) for a distance, interpolated in log-distance between records."""
    x = math.log(max(distance_km, WORLD_RECORDS[0][0]))
    if x >= _LOG_D[-1]:
        return _PACES[-1]
    i = bisect.bisect_right(_LOG_D, x)
    if i == 0:
        return _PACES[0]
    x0, x1 = _LOG_D[i - 1], _LOG_D[i]
    return _PACES[i - 1] + (_PACES[i] - _PACES[i - 1]) * (x - x0) / (x1 - x0)


def fastest_possible_pace(distance_km: float) -> float:
    return world_record_pace(distance_km) * (1 - GPS_MARGIN)


# --- concerns -----------------------------------------------------------------------------------

@attrs.frozen
class RunConcern:
    """Something that may be true but needs the runner's word: ``code`` and ``params`` for the
    message catalogue (application/messages/*/runs.py REASONS)."""

    code: str                  # "much_longer" | "much_faster" | "possible_duplicate"
    params: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False)


def check_new_run(run: Run, history: Sequence[Run], today: date,
                  predicted_pace_s_per_km: float | None = None, *,
                  stated_longest_km: float | None = None) -> list[RunConcern]:
    """Raise InvalidRun if ``run`` cannot be true; else return what needs the runner's confirmation.

    ``history``: the runner's other runs (``run`` itself, when corrected, is left out by id).
    ``today``: the runner's local date. ``predicted_pace_s_per_km``: their all-out pace for this
    distance (see ``predicted_pace``). ``stated_longest_km``: the longest run they told the coach of.
    """
    others = [r for r in history if r.id != run.id]
    _check_date(run, today)
    _check_pace(run)
    _check_day(run, others)
    concerns: list[RunConcern] = []
    longest = max([r.distance_km for r in others] + [stated_longest_km or 0.0])
    if (longest > 0 and run.distance_km >= LONGER_FACTOR * longest
            and run.distance_km >= MIN_KM_FOR_LONGER_CONCERN):
        concerns.append(RunConcern("much_longer", {"km": round(run.distance_km, 2), "longest": round(longest, 2)}))
    pace = run.pace_s_per_km
    if pace is not None and predicted_pace_s_per_km and pace <= predicted_pace_s_per_km * (1 - FASTER_FRACTION):
        concerns.append(RunConcern("much_faster", {
            "pace": format_pace(pace), "predicted": format_pace(predicted_pace_s_per_km),
            "percent": round((1 - pace / predicted_pace_s_per_km) * 100)}))
    for other in others:
        if other.date == run.date and abs(other.distance_km - run.distance_km) <= DUPLICATE_TOLERANCE * max(
                other.distance_km, run.distance_km):
            concerns.append(RunConcern("possible_duplicate", {
                "km": round(other.distance_km, 2), "day": other.date.isoformat(), "run_id": other.id}))
            break
    return concerns


def _check_date(run: Run, today: date) -> None:
    if run.date > today:
        raise InvalidRun(f"a run on {run.date.isoformat()} is after today ({today.isoformat()}): "
                         "only runs already done can be logged", "run_in_future",
                         day=run.date.isoformat(), today=today.isoformat())


def _check_pace(run: Run) -> None:
    pace = run.pace_s_per_km
    if pace is None:
        return
    limit = fastest_possible_pace(run.distance_km)
    if pace < limit:
        raise InvalidRun(
            f"{run.distance_km:g} km at {format_pace(pace)}/km beats the world record pace for the distance "
            f"({format_pace(world_record_pace(run.distance_km))}/km): check the distance and time",
            "pace_beyond_world_record", km=round(run.distance_km, 2), pace=format_pace(pace),
            record=format_pace(world_record_pace(run.distance_km)))


def _check_day(run: Run, others: Sequence[Run]) -> None:
    same_day = [r for r in others if r.date == run.date] + [run]
    if len(same_day) > MAX_RUNS_PER_DAY:
        raise InvalidRun(f"{len(same_day)} runs on {run.date.isoformat()} is more than {MAX_RUNS_PER_DAY} in a day",
                         "too_many_runs_in_day", runs=len(same_day), limit=MAX_RUNS_PER_DAY,
                         day=run.date.isoformat())
    km = sum(r.distance_km for r in same_day)
    if len(same_day) > 1 and km > MAX_DAY_KM_IN_SEVERAL_RUNS:
        raise InvalidRun(f"{km:g} km in {len(same_day)} runs on {run.date.isoformat()} is more than "
                         f"{MAX_DAY_KM_IN_SEVERAL_RUNS:g} km in a day", "day_too_long",
                         km=round(km, 2), limit=MAX_DAY_KM_IN_SEVERAL_RUNS, day=run.date.isoformat())
    seconds = sum(r.duration_s or 0 for r in same_day)
    if seconds > SECONDS_PER_DAY:
        raise InvalidRun(f"{seconds / 3600:.1f} h of running on {run.date.isoformat()} is more than a day",
                         "day_too_long_in_time", hours=round(seconds / 3600, 1), day=run.date.isoformat())


# --- what the runner's fitness predicts ---------------------------------------------------------

def predicted_pace(history: Sequence[Run], distance_km: float, today: date,
                   fitness_level: FitnessLevel | None = None) -> float | None:
    """The runner's all-out pace (s/km) for ``distance_km`` by their VDOT (Daniels & Gilbert), from
    their recent runs; with no timed run, from a generous ceiling over their level's default."""
    from domain import (
        vdot,  # vdot imports domain.run: imported here to keep this module light
    )

    if distance_km <= 0:
        return None
    estimate = vdot.estimate_vdot_from_runs(
        [r for r in history if r.date <= today], today, fitness_level)
    value = estimate.vdot
    if estimate.code not in ("race", "all_out", "hard_effort"):
        # A default, or a floor read from comfortable runs ("at least this fit"), under-states what the
        # runner can do: the same generous ceiling applies, so a good day is not questioned.
        value = vdot.clamp_vdot(value + NEW_RUNNER_VDOT_ALLOWANCE)
    used = [r for r in history if r.id in estimate.runs_used]
    if not used or min((today - r.date).days for r in used) > FRESH_EVIDENCE_DAYS:
        # Old evidence may undersell the runner (a trail race with its climbs two months back, a hot
        # day): never question less than the level's generous ceiling. The check is there for typos
        # ("12 km in 25 min"), not to doubt an advanced runner's easy 5:25/km.
        value = max(value, vdot.clamp_vdot(vdot.DEFAULT_VDOT[fitness_level] + NEW_RUNNER_VDOT_ALLOWANCE))
    try:
        return vdot.race_time_for(value, distance_km * 1000) / distance_km
    except DomainError:   # a distance the equations cannot solve for: no prediction
        return None


def recent(history: Sequence[Run], today: date, days: int = 120) -> list[Run]:
    """The history the rules look at: the last ``days`` (longest run, fitness)."""
    since = today - timedelta(days=days)
    return [r for r in history if r.date >= since]
