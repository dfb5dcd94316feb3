"""The season at a glance and the goal's fitness: what a coach tells a runner about the months ahead.

* ``goal_fitness``: the VDOT the goal time needs (Daniels & Gilbert), how far it is from today's,
  and whether the weeks left make it realistic. Daniels (Running Formula, ch. 4) raises a runner's
  training VDOT by about one point after 4–6 weeks of steady training; novices improve faster,
  experienced runners slower. A goal beyond that is said plainly, with the time a coach would aim
  for instead. The plan trains at today's paces, and races at the goal's only when it is in reach.
* ``season_outline``: the weeks to race day projected by the planner's own rules (phases, the ≤ 10 %
  rise, lighter weeks, the long run's growth and target, the taper): the peak week, the longest run
  and when the taper starts. The 14-day blocks adapt it to what the runner really does.

Pure: no I/O, no words.
"""
from __future__ import annotations

import math
from datetime import date, timedelta

import attrs

from domain.planning import (
    GROWTH,
    LONG_RUN_GROWTH_KM,
    long_run_minutes,
    long_run_share,
    long_run_target_km,
    peak_weekly_km,
    runner_days,
    season_volume_cap,
    weeks_to_peak_phase,
)
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.season import Phase, week_spec
from domain.vdot import VDOT_MAX, VDOT_MIN, race_time_for, training_paces, vdot_from_race

# VDOT points a runner can expect to gain per 4 weeks of consistent training (Daniels: about one
# point every 4–6 weeks; novices faster, seasoned runners slower).
VDOT_GAIN_PER_4_WEEKS = {FitnessLevel.BEGINNER: 1.5, FitnessLevel.INTERMEDIATE: 1.0, FitnessLevel.ADVANCED: 0.5}
# The most a season can add, whatever its length (gains flatten after ~6 months).
MAX_SEASON_GAIN = {FitnessLevel.BEGINNER: 6.0, FitnessLevel.INTERMEDIATE: 4.0, FitnessLevel.ADVANCED: 2.0}
TOLERANCE = 0.3          # a VDOT point's fraction lost in rounding a goal time


@attrs.frozen
class GoalFitness:
    goal: GoalRace
    vdot: float                  # today's
    predicted_s: float           # today's fitness over the goal distance
    weeks_left: int
    reachable_vdot: float        # today's plus what the weeks left can add
    goal_s: int | None = None
    target_vdot: float | None = None   # what the goal time needs
    realistic: bool = True
    aim_s: float = 0.0           # the time to aim for: the goal when realistic, else what is reachable

    @property
    def gap(self) -> float:
        return round((self.target_vdot or self.vdot) - self.vdot, 1)


def goal_fitness(vdot: float, goal: GoalRace, goal_time_s: int | None, weeks_left: int,
                 level: FitnessLevel | None) -> GoalFitness:
    lvl = level or FitnessLevel.BEGINNER
    gain = min(MAX_SEASON_GAIN[lvl], VDOT_GAIN_PER_4_WEEKS[lvl] * max(0, weeks_left) / 4)
    reachable = min(VDOT_MAX, vdot + gain)
    metres = goal.distance_km * 1000
    predicted = race_time_for(vdot, metres)
    if goal_time_s is None:
        return GoalFitness(goal, vdot, predicted, weeks_left, round(reachable, 1),
                           aim_s=race_time_for(reachable, metres))
    target = min(VDOT_MAX, max(VDOT_MIN, vdot_from_race(metres, goal_time_s)))
    realistic = target <= reachable + TOLERANCE
    aim = float(goal_time_s) if realistic else race_time_for(reachable, metres)
    return GoalFitness(goal, vdot, predicted, weeks_left, round(reachable, 1), goal_time_s, round(target, 1),
                       realistic, aim)


@attrs.frozen
class SeasonWeek:
    start: date
    phase: Phase
    km: float
    long_km: float
    down: bool = False


@attrs.frozen
class SeasonOutline:
    race_date: date
    goal: GoalRace
    weeks: tuple[SeasonWeek, ...]
    start: date | None = None         # today: the first week's days before it are past

    def phases(self) -> list[tuple[Phase, date, date]]:
        """Each phase with its first and last day, in order."""
        out: list[tuple[Phase, date, date]] = []
        for w in self.weeks:
            end = min(w.start + timedelta(days=6), self.race_date)
            if out and out[-1][0] is w.phase:
                out[-1] = (w.phase, out[-1][1], end)
            else:
                out.append((w.phase, max(w.start, self.start or w.start), end))
        return out

    @property
    def peak(self) -> SeasonWeek:
        """The biggest week (the last of equals: the one nearest the race)."""
        return max(self.weeks, key=lambda w: (round(w.km), w.start))

    @property
    def longest(self) -> SeasonWeek:
        """The week of the longest run (the last of equals)."""
        return max(self.weeks, key=lambda w: (round(w.long_km, 1), w.start))

    @property
    def taper_start(self) -> date | None:
        return next((w.start for w in self.weeks if w.phase is Phase.TAPER), None)


def season_outline(runner: Runner, start: date, load_km: float, longest_km: float, vdot: float) -> SeasonOutline | None:
    """The weeks from ``start`` to the runner's race, projected by the planner's rules from the
    current loading volume and longest run. None without a race ahead."""
    goal, race = runner.goal_race, runner.race_date
    if goal is None or race is None or runner.has_race is False or race < start:
        return None
    level = runner.fitness_level or FitnessLevel.BEGINNER
    days, _ = runner_days(runner)
    peak = max(peak_weekly_km(level, goal), load_km)
    easy_mid = sum(training_paces(vdot).easy) / 2
    cap = min(long_run_target_km(goal, level), long_run_minutes(goal) * 60 / easy_mid)
    share = long_run_share(len(days), goal)
    monday = start - timedelta(days=start.weekday())
    load, longest = load_km, longest_km
    weeks: list[SeasonWeek] = []
    for i in range(math.ceil(((race - monday).days + 1) / 7)):
        week_start = monday + timedelta(weeks=i)
        spec = week_spec(week_start, goal, race)
        if i and not spec.down and spec.phase is not Phase.TAPER:
            cap_now = season_volume_cap(peak, load_km, weeks_to_peak_phase(week_start, goal, race))
            load = max(load, min(load * GROWTH, cap_now))
        km = load * spec.factor
        long_km = min(cap, km * share, (longest + LONG_RUN_GROWTH_KM) if longest else cap)
        if spec.race_day is not None:
            long_km = 0.0
        elif not spec.down and spec.phase is not Phase.TAPER:
            longest = max(longest, long_km)
        weeks.append(SeasonWeek(week_start, spec.phase, round(km, 1), round(long_km, 1), spec.down))
    return SeasonOutline(race, goal, tuple(weeks), start)
