"""A season to race day: which phase each week is in and how much of the runner's load it carries.

Periodisation follows Daniels' Running Formula (four phases: foundation, early quality, transition
quality, final quality) and Pfitzinger's Advanced Marathoning (base → lactate threshold/endurance →
race preparation → taper), named here base, build, peak and taper:

* the taper's length depends on the distance (Pfitzinger & Douglas; Mujika & Padilla 2003, "Scientific
  bases for precompetition tapering": cut volume 40–60 %, keep intensity): 5k 8 days, 10k 10 days,
  half 14 days, marathon 21 days;
* before the taper: peak is the last 4 weeks, build the 6 before them, base whatever comes first
  (a short season skips base: the runner already trains);
* a lighter week (≈ 80 %) every fourth week of loading: "3 up + 1 down" (Pfitzinger; Daniels
  recommends holding a load 3–4 weeks before raising it). Down weeks are counted back from the
  taper, so they never fall right before it;
* without a race: a progression cycle, 3 weeks up and 1 down, on the calendar's weeks;
* after a race: one easy day per 3 km raced before quality resumes (Daniels: one easy day per
  3,000 m of racing; the older "one day per mile" rule is close for the long races).

Pure: no I/O.
"""
from __future__ import annotations

import enum
import math
from datetime import date, timedelta

import attrs

from domain.runner import GoalRace

WEEK = 7


class Phase(str, enum.Enum):
    BASE = "base"
    BUILD = "build"
    PEAK = "peak"
    TAPER = "taper"
    RECOVERY = "recovery"        # the days after a race, easy only
    PROGRESSION = "progression"  # no race: 3 up + 1 down


# Taper length by distance (km → days), interpolated for any distance between the anchors:
# 5k 8 days, 10k 10, half 14, marathon 21 (Pfitzinger & Douglas; Mujika & Padilla 2003); a 3k
# needs about a week; beyond the marathon, three weeks still (ultra plans taper 2–3 weeks).
TAPER_ANCHORS: tuple[tuple[float, int], ...] = ((3.0, 7), (5.0, 8), (10.0, 10), (21.0975, 14), (42.195, 21))
DOWN_WEEK_FACTOR = 0.80
CYCLE_WEEKS = 4                  # 3 loading weeks + 1 lighter one
RACE_WEEK_SHARE = 0.50         # race week's volume at most half the loading week (Mujika: −41–60 %)
TAPER_FLOOR = 0.40               # race week's volume, as a share of the peak (Mujika: −40–60 %)
PEAK_MAX_WEEKS = 4
BUILD_WEEKS = 6


def interpolate(anchors: tuple[tuple[float, float], ...] | tuple[tuple[float, int], ...], x: float) -> float:
    """Linear between the (x, y) anchors, flat beyond the ends."""
    if x <= anchors[0][0]:
        return float(anchors[0][1])
    for (x0, y0), (x1, y1) in zip(anchors, anchors[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return float(anchors[-1][1])


def distance_family(goal: GoalRace | None) -> GoalRace | None:
    """The classic distance whose training a race is closest to (the tables of quality sessions):
    up to 6 km trains like a 5k, up to 13 km like a 10k, up to 32 km like a half, beyond like a
    marathon (Daniels groups 15k–25k with the half's T-heavy training; Pfitzinger's 30k+ with the
    marathon's long runs)."""
    if goal is None:
        return None
    km = goal.distance_km
    if km <= 6.5:
        return GoalRace.FIVE_K
    if km <= 13:
        return GoalRace.TEN_K
    if km <= 32:
        return GoalRace.HALF
    return GoalRace.MARATHON


def taper_days(goal: GoalRace | None) -> int:
    return round(interpolate(TAPER_ANCHORS, goal.distance_km)) if goal else 0


def short_build(goal: GoalRace, days_to_race: int) -> bool:
    """Too few days to the race for the season to hold its peak weeks and its taper: a goal chosen now
    would be raced off the fitness the runner already has (the season skips base and build first)."""
    return days_to_race < taper_days(goal) + PEAK_MAX_WEEKS * WEEK


def easy_days_after_race(race_km: float) -> int:
    """Days of easy running (no quality) after a race: one per 3 km raced (Daniels), at least 2."""
    return max(2, math.ceil(race_km / 3))


def rest_days_after_race(race_km: float, all_out: bool = True) -> int:
    """Days off running (rest or cross-training) right after a race: none after a short one, a day
    after a 10k–15k, two after a half or 25k, three after a marathon (Pfitzinger, Advanced
    Marathoning ch. 9: no running or only cross-training the first days after a marathon;
    Daniels: recovery grows with the distance raced). A race run below all-out (a training run in
    a race, RPE ≤ 6) needs a day less."""
    days = 0 if race_km < 8 else 1 if race_km < 15 else 2 if race_km < 30 else 3
    return max(0, days - (0 if all_out else 1))


def recovery_week_share(race_km: float, all_out: bool = True) -> float:
    """The share of a normal week's volume the week after a race keeps: 85 % after a 5k down to 50 %
    after a marathon (Pfitzinger's post-marathon weeks run ~50 % of the peak, rebuilding over 3–4
    weeks; shorter races cost proportionally less). Half the cut for a race not run all out."""
    cut = min(0.5, 0.1 + race_km / 84.39)
    return round(1 - (cut if all_out else cut / 2), 2)


@attrs.frozen
class WeekSpec:
    start: date
    phase: Phase
    factor: float        # share of the reference (loading) volume this week carries
    down: bool = False   # a lighter week of the 3 + 1 cycle
    race_day: date | None = None


def taper_share(days_to_race: float, taper: int) -> float:
    """A taper day's share of the loading volume, ``days_to_race`` before the race."""
    return _taper_factor(days_to_race, taper)


def _taper_factor(days_to_race_mid: float, taper: int) -> float:
    """Volume share for a taper week, from the days left to the race at the week's middle.

    Falls linearly from ~100 % at the taper's start to TAPER_FLOOR in race week (a progressive,
    not a step taper: Mujika & Padilla 2003).
    """
    share = max(0.0, min(1.0, days_to_race_mid / taper))
    return round(TAPER_FLOOR + (1 - TAPER_FLOOR) * share, 3)


def week_spec(week_start: date, goal: GoalRace | None, race_date: date | None,
              season_start: date | None = None) -> WeekSpec:
    """The phase and volume share of the week that starts on ``week_start``.

    ``season_start`` (when the runner began training for this race) splits the weeks before the
    taper into base, build and peak; without it the split is made on the weeks left from
    ``week_start``, which is what a block built today knows.
    """
    if race_date is None or goal is None or race_date < week_start:
        # A progression cycle on calendar weeks: ISO weeks 4, 8, 12… are the lighter ones.
        down = week_start.isocalendar()[1] % CYCLE_WEEKS == 0
        return WeekSpec(week_start, Phase.PROGRESSION, DOWN_WEEK_FACTOR if down else 1.0, down)
    taper = taper_days(goal)
    mid = week_start + timedelta(days=3)
    week_end = week_start + timedelta(days=WEEK - 1)
    race_in_week = race_date if race_date <= week_end else None
    days_mid = (race_date - mid).days
    if days_mid < taper:
        factor = _taper_factor(days_mid, taper)
        if race_in_week is not None:
            # Race week is the taper's lowest: 40–60 % below the peak (Mujika & Padilla 2003).
            factor = min(factor, RACE_WEEK_SHARE)
        return WeekSpec(week_start, Phase.TAPER, factor, False, race_in_week)
    taper_start = race_date - timedelta(days=taper)
    weeks_before_taper = math.ceil((taper_start - week_start).days / WEEK)   # ≥ 1 here
    down = weeks_before_taper % CYCLE_WEEKS == 0
    if season_start is None:
        # Counted back from the taper (Daniels' 24-week plan gives each phase ~6 weeks; the last
        # 4 before the taper are race-specific): what a block built today can know.
        peak_weeks, build_weeks = PEAK_MAX_WEEKS, BUILD_WEEKS
    else:
        total = max(1, math.ceil((taper_start - season_start).days / WEEK))
        peak_weeks = min(PEAK_MAX_WEEKS, max(1, round(total * 0.25)))
        build_weeks = max(1, round(total * 0.35)) if total > 2 else 0
    if weeks_before_taper <= peak_weeks:
        phase = Phase.PEAK
    elif weeks_before_taper <= peak_weeks + build_weeks:
        phase = Phase.BUILD
    else:
        phase = Phase.BASE
    return WeekSpec(week_start, phase, DOWN_WEEK_FACTOR if down else 1.0, down)


def season_weeks(start: date, goal: GoalRace | None, race_date: date | None,
                 weeks: int | None = None) -> list[WeekSpec]:
    """The season's weeks from ``start`` to race week (or ``weeks`` of a progression cycle)."""
    if race_date is None or goal is None or race_date < start:
        return [week_spec(start + timedelta(weeks=i), None, None) for i in range(weeks or CYCLE_WEEKS)]
    count = (race_date - start).days // WEEK + 1
    return [week_spec(start + timedelta(weeks=i), goal, race_date, start) for i in range(count)]
