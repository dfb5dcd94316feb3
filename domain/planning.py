"""Builds a runner's next 14-day block: the season's phase, their volume, their week, their body.

The rules (checked for any runner by tests/unit/test_planning_properties.py and, season-long, by
``python -m benchmarks.plan_quality``):

* volume: the larger evidence wins — what the runner says (``weekly_km``), what they logged, what
  the last block asked of them (reviewed by ``domain.block_review``); with no evidence, a modest
  default by level and goal. Never a near-empty plan: runs are at least 3 km (2.5 for beginners)
  and fewer runs beat tiny ones;
* weekly rise ≤ 10 % over the last loading week; a lighter week every 4th week (``domain.season``);
* the long run ≤ 30 % of the week (``long_run_share`` lists the documented exceptions), ≤ 150 min
  (180 for a marathon) at easy pace, and capped by the goal race;
* quality sessions by level (beginner 1, intermediate 2, advanced 2–3), never on consecutive
  days (the block's first day looks at yesterday too);
* after a race: one easy day per 3 km raced before quality resumes (Daniels);
* the runner's days and long-run day are kept; a run already logged today is today's session;
* an injury always changes the block, named by part and side (``domain.injury`` stages).

The domain returns kinds, numbers and codes (``Session.code``, ``TrainingPlan.notes``); the
application words them. Pure: no I/O.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from domain.block_review import SHORT_BREAK_DAYS, BlockOutcome, Decision, review_block
from domain.errors import InvalidPlan
from domain.injury import Injury, ReturnStage
from domain.plan import (
    BLOCK_DAYS,
    PlanNote,
    Session,
    SessionKind,
    TrainingPlan,
    Workout,
)
from domain.race_day import zone_range
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.season import (
    PEAK_MAX_WEEKS,
    Phase,
    WeekSpec,
    distance_family,
    easy_days_after_race,
    interpolate,
    recovery_week_share,
    rest_days_after_race,
    taper_days,
    taper_share,
    week_spec,
)
from domain.vdot import VDOT_MAX, VDOT_MIN, TrainingPaces, is_race, training_paces

K = SessionKind
WEEK = 7
DEFAULT_FREQUENCY = 3

# Weekdays (0 = Monday … 6 = Sunday) by weekly frequency when the runner named none: the long run
# on Sunday, rest days spread between hard days.
RUN_DAYS: dict[int, tuple[int, ...]] = {
    1: (6,), 2: (2, 6), 3: (1, 3, 6), 4: (1, 3, 4, 6), 5: (0, 1, 3, 4, 6), 6: (0, 1, 2, 3, 4, 6),
    7: (0, 1, 2, 3, 4, 5, 6),
}
DEFAULT_LONG_DAY = 6

# Where the season's volume climbs to (km/week) by level and goal; the ≤ 10 % rule gets there.
# Ranges from Daniels' and Pfitzinger's plans for recreational runners (Pfitzinger's marathon
# schedules start at 55 mi ≈ 88 km for the experienced; Higdon's novice plans peak near 40–60 km).
# Any other distance is interpolated on its km between these anchors (5k, 10k, half, marathon).
PEAK_WEEKLY_KM: dict[FitnessLevel, tuple[tuple[float, float], ...]] = {
    FitnessLevel.BEGINNER: ((5.0, 25), (10.0, 30), (21.0975, 40), (42.195, 55)),
    FitnessLevel.INTERMEDIATE: ((5.0, 40), (10.0, 48), (21.0975, 55), (42.195, 72)),
    FitnessLevel.ADVANCED: ((5.0, 60), (10.0, 70), (21.0975, 80), (42.195, 100)),
}


BUILD_TO_PEAK_WEEKS = 16


def weeks_to_peak_phase(day: date, goal: GoalRace | None, race_day: date) -> float:
    """Weeks from ``day`` to the start of the race-specific (peak) phase: the 4 weeks before the taper."""
    return ((race_day - timedelta(days=taper_days(goal))) - day).days / WEEK - PEAK_MAX_WEEKS


def season_volume_cap(peak: float, start_km: float, weeks_to_peak: float) -> float:
    """The most a week may carry ``weeks_to_peak`` weeks before the peak phase: the runner's
    starting volume until BUILD_TO_PEAK_WEEKS before it, then a steady climb to the peak."""
    if peak <= start_km or weeks_to_peak <= 0:
        return peak
    share = max(0.0, 1 - weeks_to_peak / BUILD_TO_PEAK_WEEKS)
    return round(start_km + (peak - start_km) * share, 1)


def peak_weekly_km(level: FitnessLevel, goal: GoalRace | None) -> float:
    return round(interpolate(PEAK_WEEKLY_KM[level], goal.distance_km if goal else 5.0), 1)
# With no evidence of the runner's volume, where a season starts (about 70 % of the peak).
START_SHARE = 0.70
# The most a level averages per run: few days a week mean a smaller week, not huge runs.
MAX_AVERAGE_RUN_KM = {FitnessLevel.BEGINNER: 8.0, FitnessLevel.INTERMEDIATE: 13.0, FitnessLevel.ADVANCED: 17.0}
# A marathoner's runs are longer (Higdon's Novice 1 peaks at 40 mi in four runs, ~16 km a run;
# FIRST's three-run plans reach 20 mi long runs): the weekly ceiling must leave room for 29–32 km.
MARATHON_AVERAGE_RUN_KM = {FitnessLevel.BEGINNER: 14.0, FitnessLevel.INTERMEDIATE: 17.0, FitnessLevel.ADVANCED: 20.0}
# Higdon's novice half: four runs reaching ~40 km a week, 10 km a run.
HALF_AVERAGE_RUN_KM = {FitnessLevel.BEGINNER: 10.0, FitnessLevel.INTERMEDIATE: 14.0, FitnessLevel.ADVANCED: 18.0}
MIN_RUN_KM = {FitnessLevel.BEGINNER: 2.5, FitnessLevel.INTERMEDIATE: 3.0, FitnessLevel.ADVANCED: 3.0}
EASY_RUN_MIN_S = 30 * 60
GROWTH = 1.08            # a loading week's rise over the last one (< the 10 % ceiling)
MAX_RISE = 1.10
# Long-run caps: Daniels (L ≤ 150 min; marathoners up to ~3 h, Pfitzinger/Hanson) and by race.
LONG_RUN_MINUTES = 150
MARATHON_LONG_RUN_MINUTES = 180
# The longest run a season builds to, by distance (km → km), and how far beyond the race it goes:
# 5k 13, 10k 16–18 (Daniels' 5–15 km plans: L up to ~25 % of the week, 90–120 min); the half:
# the distance (Pfitzinger, Faster Road Racing: 15–17 mi long runs for the half's experienced
# runners, a bit beyond 21 km), a beginner ~16–18 km (Higdon's novice half peaks at 10 mi);
# the marathon: 32 km (20 mi: Pfitzinger, Advanced Marathoning; Higdon) — or 3 h at easy pace,
# whichever comes first (Daniels: a long run ≤ 150 min, marathoners up to ~3 h; Hansons cap it
# at 16 mi / ~3 h for the slower runner).
LONG_RUN_TARGET: tuple[tuple[float, float], ...] = ((3.0, 10.0), (5.0, 13.0), (10.0, 17.0),
                                                    (21.0975, 22.0), (42.195, 32.0))
LONG_RUN_TARGET_LEVEL = {FitnessLevel.BEGINNER: 0.82, FitnessLevel.INTERMEDIATE: 1.0,
                         FitnessLevel.ADVANCED: 1.08}
LONG_RUN_GROWTH_KM = 2.0  # a week's long run grows by at most ~2 km over the last (Pfitzinger: 1–2 mi)


def asked_distance(asked_km: float, planned_km: float | None, longest_recent_km: float | None,
                   nursing_an_ache: bool = False, long_day: bool = True) -> tuple[str, float]:
    """"¿Puedo meter 16 el domingo?": the verdict on a distance the runner asks to run one day, and the
    most a coach would say yes to. What the body already knows sets it: the longer of the day's planned
    run and the longest run of the last weeks, plus one long-run step (LONG_RUN_GROWTH_KM, Pfitzinger's
    1–2 mi a week). Codes: "as_planned" (within the plan's run), "stretch" (more, within one step),
    "too_much" (beyond it: the cap is the answer), "hold_for_ache" (an open niggle: the plan's run, already
    adapted to it, is the cap; load is not raised while symptoms last, as return-to-run guidance has it),
    "stretch_easy_day" (a day the plan keeps easy or for a workout, a step longer at most, all easy),
    "second_long_run" (such a day stretched beyond one step: the week's long
    run is already planned, and the long run stays the week's one long effort — Daniels keeps L to ~25–30 %
    of the week's mileage and every other run shorter)."""
    if nursing_an_ache and planned_km and asked_km > planned_km * 1.05:
        return "hold_for_ache", planned_km
    if not long_day and planned_km:
        cap = round(planned_km + LONG_RUN_GROWTH_KM, 1)
        if asked_km <= planned_km * 1.05:
            return "as_planned", cap
        return ("stretch_easy_day", cap) if asked_km <= cap else ("second_long_run", cap)
    known = max(planned_km or 0.0, longest_recent_km or 0.0)
    cap = round(known + LONG_RUN_GROWTH_KM, 1) if known else asked_km
    if planned_km and asked_km <= planned_km * 1.05:
        return "as_planned", cap
    if asked_km <= cap:
        return "stretch", cap
    return "too_much", cap


def long_run_target_km(goal: GoalRace | None, level: FitnessLevel) -> float:
    """The longest run the season builds to, for this race and level (see LONG_RUN_TARGET)."""
    if goal is None:
        return interpolate(LONG_RUN_TARGET, 10.0) * LONG_RUN_TARGET_LEVEL[level]
    factor = LONG_RUN_TARGET_LEVEL[level] if goal.distance_km < 30 else min(1.0, LONG_RUN_TARGET_LEVEL[level])
    return round(interpolate(LONG_RUN_TARGET, goal.distance_km) * factor, 1)

# Quality sessions by phase and goal, best first (Daniels' phases: R early, I and T later, race
# specific at the end; Pfitzinger: LT and marathon-pace runs for the long races).
QUALITY_KINDS: dict[Phase, dict[GoalRace | None, tuple[SessionKind, ...]]] = {
    Phase.BASE: {GoalRace.FIVE_K: (K.REPETITION, K.THRESHOLD), GoalRace.TEN_K: (K.REPETITION, K.THRESHOLD),
                 GoalRace.HALF: (K.THRESHOLD, K.REPETITION), GoalRace.MARATHON: (K.THRESHOLD, K.REPETITION),
                 None: (K.REPETITION, K.THRESHOLD)},
    Phase.BUILD: {GoalRace.FIVE_K: (K.INTERVALS, K.REPETITION, K.THRESHOLD),
                  GoalRace.TEN_K: (K.INTERVALS, K.THRESHOLD, K.REPETITION),
                  GoalRace.HALF: (K.THRESHOLD, K.INTERVALS, K.REPETITION),
                  GoalRace.MARATHON: (K.THRESHOLD, K.MARATHON_PACE, K.INTERVALS),
                  None: (K.THRESHOLD, K.INTERVALS, K.REPETITION)},
    Phase.PEAK: {GoalRace.FIVE_K: (K.INTERVALS, K.REPETITION, K.THRESHOLD),
                 GoalRace.TEN_K: (K.THRESHOLD, K.INTERVALS, K.REPETITION),
                 GoalRace.HALF: (K.THRESHOLD, K.MARATHON_PACE, K.INTERVALS),
                 GoalRace.MARATHON: (K.MARATHON_PACE, K.THRESHOLD, K.INTERVALS),
                 None: (K.THRESHOLD, K.INTERVALS, K.REPETITION)},
    Phase.TAPER: {GoalRace.FIVE_K: (K.INTERVALS, K.REPETITION), GoalRace.TEN_K: (K.THRESHOLD, K.INTERVALS),
                  GoalRace.HALF: (K.THRESHOLD, K.MARATHON_PACE), GoalRace.MARATHON: (K.MARATHON_PACE, K.THRESHOLD),
                  None: (K.THRESHOLD, K.REPETITION)},
}
QUALITY_KINDS[Phase.PROGRESSION] = QUALITY_KINDS[Phase.BUILD]
QUALITY_KINDS[Phase.RECOVERY] = QUALITY_KINDS[Phase.BASE]
# A beginner's one quality session: strides/short reps for short races, short threshold for long.
BEGINNER_QUALITY = {GoalRace.FIVE_K: K.REPETITION, GoalRace.TEN_K: K.REPETITION, GoalRace.HALF: K.THRESHOLD,
                    GoalRace.MARATHON: K.THRESHOLD, None: K.REPETITION}
NO_QUALITY_BEFORE_RACE_DAYS = 2     # the last two days before a race are easy or rest
MILD_FACTOR = 0.8                   # easy-only stage: the week shrinks by 20 %, the long run by 30 %
MILD_LONG_FACTOR = 0.7
RETURN_RUN_KM = 3.0                 # walk/run stage: test sessions of at most 3 km
WALK_RUN_SESSIONS = 2
HARD_RPE = 8


def quality_sessions_per_week(level: FitnessLevel, runs_per_week: int) -> int:
    """Beginner 1, intermediate 2, advanced 2–3 (3 only on 6+ days); fewer on few days (Daniels:
    at most 2–3 Q days a week, each followed by easy days)."""
    if runs_per_week <= 2:
        return 1 if level is not FitnessLevel.BEGINNER and runs_per_week == 2 else 0
    if level is FitnessLevel.BEGINNER:
        return 1
    if runs_per_week == 3:
        return 1
    if level is FitnessLevel.ADVANCED and runs_per_week >= 6:
        return 3
    return 2


def max_quality(level: FitnessLevel) -> int:
    return {FitnessLevel.BEGINNER: 1, FitnessLevel.INTERMEDIATE: 2, FitnessLevel.ADVANCED: 3}[level]


def long_run_share(runs_per_week: int, goal: GoalRace | None) -> float:
    """The most of a week's km the long run may take.

    30 % for most runners (Daniels: L ≤ 25–30 % of weekly mileage). Documented exceptions, where
    the 30 % cap would stall the long run the race needs and the literature's rule wins:
    * 3 runs a week: 40 % (50 % for the half and longer), 2 runs: 50 %, 1 run: all of it — with so
      few runs the week cannot be split otherwise (Higdon's 3-day novice plans put 40–50 % in the
      long run; FIRST's 3-run marathon plans, up to 20 mi of ~35 mi);
    * the half and races up to 30 km: 40 % (Pfitzinger's Faster Road Racing half schedules run
      15–17 mi long runs in 40–50 mi weeks, 35–40 %; Higdon's novice half, 10 mi of ~25 mi);
    * the marathon (and longer): 45 % (Pfitzinger's 18/55 runs 20 mi in 55 mi weeks, 36 %;
      Higdon's Novice 1 runs 20 mi in a 40 mi week, 50 %): the 29–32 km long run comes first.
    """
    family = distance_family(goal)
    if runs_per_week <= 1:
        return 1.0
    if runs_per_week == 2 or (runs_per_week == 3 and family in (GoalRace.HALF, GoalRace.MARATHON)):
        return 0.5
    if family is GoalRace.MARATHON:
        return 0.45
    if runs_per_week == 3:
        return 0.40
    return 0.40 if family is GoalRace.HALF else 0.30


def long_run_floor(level: FitnessLevel, longest_km: float, cap_km: float, phase: Phase) -> float:
    """The shortest long run a week may hold: a beginner's own recent longest run, lighter weeks
    included (the other runs give way); the taper alone goes below it. Start from what the runner
    already does (Daniels' first principle; Higdon's novice plans build on the current long run).
    Experienced runners shorten the long run in a lighter week (Pfitzinger's recovery weeks)."""
    if level is not FitnessLevel.BEGINNER or phase is Phase.TAPER:
        return 0.0
    return min(longest_km, cap_km)


def long_run_minutes(goal: GoalRace | None) -> int:
    return MARATHON_LONG_RUN_MINUTES if distance_family(goal) is GoalRace.MARATHON else LONG_RUN_MINUTES


def runner_days(runner: Runner) -> tuple[tuple[int, ...], int]:
    """(the weekdays the runner runs, their long-run day)."""
    if runner.run_days:
        days = tuple(sorted({d % 7 for d in runner.run_days}))
    else:
        days = RUN_DAYS[runner.weekly_frequency or DEFAULT_FREQUENCY]
    if runner.long_run_day is not None and runner.long_run_day in days:
        long_day = runner.long_run_day
    elif DEFAULT_LONG_DAY in days:
        long_day = DEFAULT_LONG_DAY
    elif 5 in days:
        long_day = 5
    else:
        long_day = days[-1]
    return days, long_day


def _adjacent(a: int, b: int) -> bool:
    return (a - b) % 7 in (1, 6)


def quality_weekdays(days: tuple[int, ...], long_day: int, count: int) -> list[int]:
    """Weekdays for ``count`` quality sessions: never next to each other (Sunday touches Monday),
    away from the long run when there is room (not the day after it, then not the day before)."""
    candidates = [d for d in days if d != long_day]
    # Best first: not touching the long run; then the day before it; the day after it last.
    candidates.sort(key=lambda d: (_adjacent(d, long_day) and (d - long_day) % 7 == 1,
                                   _adjacent(d, long_day), abs(((d - long_day) % 7) - 3.5)))
    chosen: list[int] = []
    for d in candidates:
        if len(chosen) == count:
            break
        if all(not _adjacent(d, c) for c in chosen):
            chosen.append(d)
    return chosen


# --- Evidence of the runner's volume -----------------------------------------------------------

def logged_weekly_km(runs: Sequence[Run], before: date) -> float:
    """The runner's weekly km from the log: the busier of the last 7 days and the average of the
    last 3 weeks (so one unlogged week doesn't halve it). Future-dated runs are ignored."""
    def km(lo: int, hi: int) -> float:
        return sum(r.distance_km for r in runs if before - timedelta(days=hi) <= r.date < before - timedelta(days=lo))
    last7 = km(0, 7)
    avg3 = km(0, 21) / 3
    return round(max(last7, avg3), 1)


def longest_recent_run(runs: Sequence[Run], before: date, days: int = 42) -> float:
    return max((r.distance_km for r in runs if before - timedelta(days=days) <= r.date < before), default=0.0)


@attrs.frozen
class Volume:
    load_km: float           # the loading-week volume for the block's first week
    peak_km: float
    longest_km: float        # longest recent run known (0: unknown)
    source: str              # "said" | "logged" | "last_block" | "default"
    outcome: BlockOutcome | None


def _week_load_of(plan: TrainingPlan, goal: GoalRace | None, race_date: date | None) -> float:
    """The loading volume behind a past block: its loading weeks' km; only when it had none, its
    lighter weeks' km over their factor (taper and race weeks say nothing of the load)."""
    loading, lighter = 0.0, 0.0
    for w in range(BLOCK_DAYS // WEEK):
        days = plan.sessions[w * WEEK:(w + 1) * WEEK]
        km = sum(s.distance_km for s in days if s.kind.is_run and s.kind is not K.RACE and s.code != "logged")
        spec = week_spec(plan.start + timedelta(weeks=w), goal, race_date)
        if spec.phase in (Phase.TAPER, Phase.RECOVERY) or spec.race_day:
            continue
        if spec.down:
            lighter = max(lighter, km / spec.factor)
        else:
            loading = max(loading, km)
    return loading or lighter


def volume_evidence(runner: Runner, level: FitnessLevel, n_days: int, start: date, runs: Sequence[Run],
                    recent_weekly_km: float | None, last_plan: TrainingPlan | None) -> Volume:
    goal = runner.goal_race
    family = distance_family(goal)
    average = MARATHON_AVERAGE_RUN_KM if family is GoalRace.MARATHON else \
        HALF_AVERAGE_RUN_KM if family is GoalRace.HALF else MAX_AVERAGE_RUN_KM
    cap = n_days * average[level]
    said = runner.weekly_km or 0.0
    logged = max(logged_weekly_km(runs, start), recent_weekly_km or 0.0)
    # A log shorter than 3 weeks (one race, a couple of runs) says little of the runner's volume
    # or longest run: it only floors the default (María José's single 5k must not make a
    # 1.7 km/week plan, nor cap a marathoner's long run at 7 km).
    # The log tells the runner's volume when it spans 3 weeks, or holds 2+ runs in the last 7 days.
    log_covers = any(r.date <= start - timedelta(days=21) for r in runs) or \
        sum(1 for r in runs if start - timedelta(days=7) <= r.date < start) >= 2
    # The log's longest run counts only when the log tells the runner's whole story (it covers 3
    # weeks and is not far below what they say they run).
    log_complete = log_covers and logged * 1.25 >= said
    longest = max(runner.longest_run_km or 0.0, longest_recent_run(runs, start) if log_complete else 0.0)
    outcome = review_block(last_plan, runs, start) if last_plan is not None else None
    peak = min(peak_weekly_km(level, goal), cap)
    race_day = runner.race_date if runner.has_race is not False and goal is not None else None
    if said and race_day is not None and race_day >= start:
        # The season climbs to its peak volume over the weeks before the race-specific phase, not
        # in its first weeks: Daniels' phase I holds the runner's mileage while it settles;
        # Pfitzinger's schedules reach peak mileage over ~12–16 weeks.
        peak = max(min(peak, said), season_volume_cap(peak, said, weeks_to_peak_phase(start, goal, race_day)))
    codes = {n.code for n in last_plan.notes} if last_plan is not None else set()
    # A block cut only for a niggle (easy only) and rebuilt within its first days: its weeks are not the runner's load
    niggle_cut = last_plan is not None and "injury_easy_only" in codes and not codes & {
        "injury_no_running", "injury_walk_run"} and (start - last_plan.start).days <= SHORT_BREAK_DAYS
    if outcome is not None and last_plan is not None and not niggle_cut:
        last_load = _week_load_of(last_plan, goal, runner.race_date if runner.has_race is not False else None)
        if last_load > 0:
            if outcome.decision is Decision.PROGRESS:
                load = last_load * GROWTH
            elif outcome.decision is Decision.STEP_BACK:
                weeks = max(1, (min(start, last_plan.end + timedelta(days=1)) - last_plan.start).days / WEEK)
                load = max(outcome.done_km / weeks * MAX_RISE, 0.6 * last_load)
            else:
                load = last_load
            peak = max(peak, min(last_load, cap))
            return Volume(round(min(load, max(peak, last_load)), 1), peak, longest, "last_block", outcome)
    if not said and not log_covers:
        default = peak * START_SHARE
        if logged < default:
            return Volume(round(default, 1), peak, longest, "default", None)
    if last_plan is not None and outcome is None and last_plan.start <= start <= last_plan.end \
            and not any(n.code.startswith("injury_") for n in last_plan.notes):
        # Rebuilt the day a block starts (an injury report, a new request): keep that block's load — unless an
        # injury had cut it (its weeks are not the runner's load: a niggle gone on day 1 gives the load back).
        race = runner.race_date if runner.has_race is not False else None
        first = week_spec(last_plan.start, goal, race)
        same_day = (sum(x.distance_km for x in last_plan.sessions[:WEEK] if x.kind.is_run and x.kind is not K.RACE)
                    if first.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK, Phase.PROGRESSION) and not first.race_day
                    else _week_load_of(last_plan, goal, race))
        if same_day > 0:
            return Volume(round(same_day, 1), max(peak, min(same_day, cap)), longest, "last_block", None)
    evidence = max(said, logged)
    if evidence > 0:
        source = "said" if said >= logged else "logged"
        # A runner already above the level's peak keeps their volume: the plan never cuts it.
        peak = max(peak, min(evidence, cap * 1.2))
        return Volume(round(evidence, 1), peak, longest, source, None)
    return Volume(round(peak * START_SHARE, 1), peak, longest, "default", None)


# --- Shaping a week ------------------------------------------------------------------------------

@attrs.define
class _Day:
    day: date
    kind: SessionKind = K.REST
    km: float = 0.0
    phase: str = ""
    code: str = ""
    workout: Workout | None = None
    fixed: bool = False        # logged today / race day: allocation leaves it alone


def _quality_workout(kind: SessionKind, week_km: float, level: FitnessLevel, paces: TrainingPaces) -> Workout:
    """Daniels' limits per session: T ≤ 10 % of the week's km, I ≤ 8 % (and ≤ 10 km), R ≤ 5 %
    (and ≤ 8 km), M ≤ 20 % (and ≤ 29 km). Warm-up and cool-down at easy pace."""
    beginner = level is FitnessLevel.BEGINNER
    warm, cool = (1.5, 1.0) if beginner else (2.0, 1.5)
    if kind is K.THRESHOLD:
        work = min(10.0, max(2.0 if beginner else 3.0, 0.10 * week_km))
        reps = max(2, round(work))
        return Workout(reps=reps, rep_km=1.0, recovery_min=1.0, warmup_km=warm, cooldown_km=cool)
    if kind is K.INTERVALS:
        work = min(10.0, max(2.4, 0.08 * week_km))
        rep = 0.8 if work < 4 else 1.0
        reps = max(3, round(work / rep))
        return Workout(reps=reps, rep_km=rep, recovery_min=round(rep * paces.interval / 60), warmup_km=warm,
                       cooldown_km=cool)
    if kind is K.REPETITION:
        work = min(8.0, max(1.6 if beginner else 2.0, 0.05 * week_km))
        rep = 0.2 if beginner or work < 2.4 else 0.4
        reps = max(4, round(work / rep))
        return Workout(reps=reps, rep_km=rep, recovery_min=round(rep * paces.repetition / 60 + 0.5),
                       warmup_km=warm, cooldown_km=cool)
    # Marathon pace: one continuous block.
    work = min(29.0, max(5.0, 0.20 * week_km))
    return Workout(reps=1, rep_km=round(work), warmup_km=warm, cooldown_km=cool)


def _workout_km(w: Workout) -> float:
    return round(w.warmup_km + w.reps * w.rep_km + w.cooldown_km, 1)


def _pace_range(kind: SessionKind, paces: TrainingPaces) -> tuple[float, float] | None:
    zone = _ZONE_OF.get(kind)
    if zone is None:
        return None
    fast, slow = zone_range(paces, zone)
    return (round(fast, 1), round(slow, 1))


_ZONE_OF = {K.EASY: "easy", K.LONG: "easy", K.THRESHOLD: "threshold", K.INTERVALS: "interval",
            K.REPETITION: "repetition", K.MARATHON_PACE: "marathon", K.RACE: "marathon"}


def _round_km(x: float) -> float:
    return math.floor(x * 10 + 1e-6) / 10


def _allocate_week(week: list[_Day], budget: float, share: float, level: FitnessLevel,
                   long_cap: float, paces: TrainingPaces, notes: list[PlanNote], long_floor: float = 0.0,
                   long_max: float | None = None) -> None:
    """Share ``budget`` km among the week's running days: quality sessions by their structure, the
    long run up to its cap, the rest in equal easy runs of at least MIN_RUN_KM (dropping easy days,
    then quality, rather than scheduling tiny runs). Never more than the budget.

    ``long_floor``: the long run never falls below what the runner already runs (their recent
    longest), whatever its share of the week — a beginner who runs 6 km is not given a 3 km
    "long" run (start from what the runner does: Daniels' first principle, and Galloway/Higdon's
    novice plans build on the current long run)."""
    free = [d for d in week if d.kind.is_run and not d.fixed]
    budget = max(0.0, budget - sum(d.km for d in week if d.fixed and d.kind is not K.RACE))
    min_run = MIN_RUN_KM[level]
    if level is not FitnessLevel.BEGINNER:
        # An easy run is worth its time from about 30 minutes (Daniels: E runs of at least 30 min): a 30 mi/week
        # runner is not given 2.2 mi outings — fewer, fuller runs instead.
        min_run = max(min_run, _round_km(EASY_RUN_MIN_S / paces.easy[1]))
    if level is FitnessLevel.BEGINNER and free:
        # A beginner on a few km a week keeps their days, with shorter run/walk outings (20–25 min:
        # Couch to 5K's first weeks) rather than one lonely run or none.
        min_run = 1.5 if budget < min_run * len(free) else min_run
    while True:
        quality = [d for d in free if d.kind.is_quality]
        easy = [d for d in free if d.kind is K.EASY]
        longs = [d for d in free if d.kind is K.LONG]
        for d in quality:
            d.workout = _quality_workout(d.kind, budget, level, paces)
            d.km = _workout_km(d.workout)
        q_km = sum(d.km for d in quality)
        rest = budget - q_km
        n_easy = len(easy)
        long_km = 0.0
        if longs:
            # The long run takes its cap first (what the week allows), the easy days share the rest.
            long_km = min(long_cap, rest - n_easy * min_run if n_easy else rest)
            # A floor (1.3 × the shortest run) so the long run stands out — but only from the room
            # the budget leaves (never below a run's minimum): a 6.5 km threshold session plus a
            # 3.9 km floor on a 9.8 km budget made a repeated load rise 6 %.
            room = max(rest - n_easy * min_run, min_run)
            long_km = max(long_km, min(long_cap, min_run * 1.3, room))
        if longs and not n_easy and not quality:
            # The week's one run: a "long run" is long beside the week's other runs, and alone it is just
            # the week's run. It takes the week (a runner on a few km is given one 5 km run, not an empty
            # week because a 2.7 km "long" run fell under a run's minimum).
            lone = min(rest, long_cap if long_max is None else max(long_max, long_cap))
            if lone >= min_run:
                longs[0].kind = K.EASY
                continue
        easy_km = (rest - long_km) / n_easy if n_easy else 0.0
        if longs and n_easy and easy_km > long_km:
            # The long run stays the week's longest; what the easy days cannot take goes to the
            # workouts' warm-up and cool-down (Daniels: 2–3 km and more on each side of a Q session),
            # up to 3 km more each — so a 4-day week is not capped by its long run's share.
            surplus = (easy_km - long_km) * n_easy
            easy_km = long_km
            for d in quality:
                extra = _round_km(min(3.0, surplus / len(quality)))
                if d.workout is not None and extra > 0:
                    d.workout = attrs.evolve(d.workout, warmup_km=d.workout.warmup_km + _round_km(extra / 2),
                                             cooldown_km=d.workout.cooldown_km + extra - _round_km(extra / 2))
                    d.km = _workout_km(d.workout)
        others = q_km + n_easy * _round_km(easy_km) + sum(d.km for d in week if d.fixed and d.kind is not K.RACE)
        if longs and share < 1.0 and (n_easy or quality) and long_km > share * (others + long_km):
            # Fewer or shorter other runs than the budget assumed: the long run keeps its share.
            long_km = share * others / (1 - share)
        if longs and long_floor > long_km:
            long_km = min(long_floor, max(rest, 0.0))
            if n_easy and (rest - long_km) / n_easy < min_run:
                easy_km = 0.0          # the easy days give way (dropped below) before the long run does
            elif n_easy:
                easy_km = min((rest - long_km) / n_easy, long_km)
        # Two quality sessions and a long run that overrun the week's budget: one quality session
        # becomes easy (Daniels caps T at 10 % and I at 8 % of the week; at ~13 km two of them
        # would be almost the whole week, and week 2 rose 28 % over week 1).
        over = len(quality) >= 2 and bool(longs) and q_km + len(longs) * long_km > budget + 0.05
        # ...and one workout whose structure (warm-up, the work, cool-down) leaves the long run less than a run:
        # the long run's minimum must not take the week over its budget (a 6.5 km threshold and a 3 km long run
        # on a 6.7 km week); the workout turns easy, the runs stay.
        over = over or bool(quality) and bool(longs) and q_km + len(longs) * long_km + n_easy * max(easy_km, 0.0) \
            > budget + 0.05
        if rest < 0 or over or (n_easy and easy_km < min_run) or (longs and long_km < min_run) \
                or (quality and not easy and not longs and rest < 0):
            # Too little to go round: drop an easy day, then turn quality into easy, then drop runs.
            # A beginner keeps the days they run: their one workout turns easy before a day is lost.
            keep_days = level is FitnessLevel.BEGINNER and bool(quality) and bool(easy)
            victim = quality[-1] if (over and rest >= 0) or keep_days else \
                (easy[0] if easy else (quality[-1] if quality else (longs[0] if longs else None)))
            if victim is None:
                return
            if victim.kind.is_quality:
                victim.kind, victim.workout = K.EASY, None
            else:
                victim.kind, victim.km = K.REST, 0.0
                free.remove(victim)
                if not any(n.code == "fewer_runs" for n in notes):
                    notes.append(PlanNote("fewer_runs", {}))
            continue
        for d in easy:
            d.km = _round_km(easy_km)
        for d in longs:
            d.km = _round_km(long_km)
        return


# --- The block -----------------------------------------------------------------------------------

def _worst_injury(injuries: Sequence[Injury]) -> Injury | None:
    active = [i for i in injuries if i.is_active]
    order = {ReturnStage.NO_RUNNING: 0, ReturnStage.WALK_RUN: 1, ReturnStage.EASY_ONLY: 2, ReturnStage.NORMAL: 3}
    return min(active, key=lambda i: (order[i.return_stage], -i.severity.rank)) if active else None


def _injury_params(injury: Injury) -> dict[str, str]:
    return {"part": injury.body_part.strip(), "side": injury.side.value if injury.side else "",
            "flags": ",".join(injury.red_flags), "stage": injury.return_stage.value}


def _adapt_to_injury(days: list[_Day], injury: Injury, notes: list[PlanNote]) -> None:
    stage = injury.return_stage
    params = _injury_params(injury)
    if stage is ReturnStage.NO_RUNNING:
        cancelled = 0
        for d in days:
            if d.code == "race_day":
                d.fixed = False                 # no racing on a red flag either
                notes.append(PlanNote("injury_skip_race", {**params, "day": d.day.isoformat()}))
            if d.kind.is_run and not d.fixed:
                d.kind, d.km, d.workout, d.code = K.REST, 0.0, None, "mobility"
                cancelled += 1
        notes.append(PlanNote("injury_no_running", {**params, "cancelled": str(cancelled)}))
        notes.append(PlanNote("injury_see_professional", params))
        return
    if stage is ReturnStage.WALK_RUN:
        # Week 1: cross-training, with up to two walk/run tests; week 2: short easy jogs if pain ≤ 2.
        for d in days:
            if d.code == "race_day":            # no race in the walk/run stage
                d.kind, d.km, d.fixed, d.code = K.REST, 0.0, False, "mobility"
                notes.append(PlanNote("injury_skip_race", {**params, "day": d.day.isoformat()}))
        for w in (0, 1):
            runs = [d for d in days[w * WEEK:(w + 1) * WEEK] if d.kind.is_run and not d.fixed]
            tests = runs[:WALK_RUN_SESSIONS] if w == 0 else runs[:3]
            for d in runs:
                d.workout = None
                if d in tests:
                    d.kind, d.km = K.EASY, min(d.km or RETURN_RUN_KM, RETURN_RUN_KM if w == 0 else RETURN_RUN_KM + 1)
                    d.code = "walk_run" if w == 0 else "return_run"
                else:
                    d.kind, d.km, d.code = K.CROSS_TRAINING, 0.0, "cross_training_injury"
        notes.append(PlanNote("injury_walk_run", params))
        return
    # EASY_ONLY: no intensity, a shorter week and long run.
    for d in days:
        if d.fixed:
            continue
        if d.kind.is_quality:
            d.kind, d.workout, d.km, d.code = K.EASY, None, _round_km(d.km * MILD_FACTOR), "easy_instead_quality"
        elif d.kind is K.LONG:
            d.km, d.code, d.workout = _round_km(d.km * MILD_LONG_FACTOR), "long_shortened", None
        elif d.kind is K.EASY:
            d.km = _round_km(d.km * MILD_FACTOR)
    # While the runner is still easing an injury the load holds, it does not build: week 2 never
    # exceeds week 1 (the week's runs and its long run shrink by different factors, which could
    # tip week 2 over week 1's 10 %). Return-to-run guidance progresses only once symptom-free.
    week1 = sum(d.km for d in days[:WEEK] if d.kind.is_run and d.kind is not K.RACE)
    later = [d for d in days[WEEK:] if d.kind.is_run and d.kind is not K.RACE and not d.fixed]
    week2 = sum(d.km for d in later)
    if week2 > week1 > 0:
        for d in later:
            d.km = _round_km(d.km * week1 / week2)
    notes.append(PlanNote("injury_easy_only", params))


def build_block(runner: Runner, vdot: float, start: date, recent_weekly_km: float | None = None,
                injuries: Sequence[Injury] = (), language: str | None = None, vdot_source: str = "",
                *, runs: Sequence[Run] = (), last_plan: TrainingPlan | None = None,
                season_start: date | None = None) -> TrainingPlan:
    """The runner's next 14 days from ``start`` (today). ``runs``: the last weeks of the log (it
    shows today's run, recent races and volume); ``last_plan``: the block before, whose outcome
    sets this one's load. ``language`` is kept for callers; texts are rendered by the application.
    """
    del language
    if not (isinstance(vdot, (int, float)) and math.isfinite(vdot) and VDOT_MIN <= vdot <= VDOT_MAX):
        raise InvalidPlan(f"a VDOT of {vdot} is outside {VDOT_MIN:g}–{VDOT_MAX:g}: no sensible paces")
    if recent_weekly_km is not None and not (math.isfinite(recent_weekly_km) and recent_weekly_km >= 0):
        raise InvalidPlan(f"{recent_weekly_km} km last week is not possible")
    runs = [r for r in runs if r.date <= start]          # a future-dated run is no evidence
    notes: list[PlanNote] = []
    if runner.weekly_frequency is None and not runner.run_days:
        notes.append(PlanNote("frequency_unknown", {"days": str(DEFAULT_FREQUENCY)}))
    level = runner.fitness_level or FitnessLevel.BEGINNER
    if runner.fitness_level is None:
        notes.append(PlanNote("level_unknown", {}))
    goal = runner.goal_race
    race_date = runner.race_date if runner.has_race is not False and goal is not None else None
    if race_date is not None and race_date < start:
        race_date = None
    if goal is None:
        notes.append(PlanNote("no_goal", {}))
    elif race_date is None:
        notes.append(PlanNote("progression_cycle", {}))

    paces = training_paces(vdot)
    run_days, long_weekday = runner_days(runner)
    volume = volume_evidence(runner, level, len(run_days), start, runs, recent_weekly_km, last_plan)
    if volume.source == "default":
        notes.append(PlanNote("volume_assumed", {"km": f"{volume.load_km:g}"}))
    elif volume.outcome is not None and volume.outcome.elapsed_days > SHORT_BREAK_DAYS:
        o = volume.outcome     # a block rebuilt in its first days has no verdict worth telling
        notes.append(PlanNote(f"last_block_{o.decision.value}",
                              {"done": f"{o.done_km:g}", "planned": f"{o.planned_km:g}",
                               "pct": str(round(o.completion * 100)), "hard_easy": str(o.hard_easy_days)}))
    easy_mid = (paces.easy[0] + paces.easy[1]) / 2
    race_cap = long_run_target_km(goal, level)
    time_cap = long_run_minutes(goal) * 60 / easy_mid
    long_cap_base = min(race_cap, time_cap)

    def long_cap(week: int) -> float:
        """This week's long-run ceiling: the season's target, and ~2 km a week over the longest
        recent run (a lighter week does not grow it)."""
        if volume.longest_km <= 0:
            return long_cap_base
        grown = volume.longest_km + LONG_RUN_GROWTH_KM * (1 + sum(1 for sp in specs[1:week + 1] if not sp.down))
        return min(long_cap_base, max(grown, volume.longest_km * 1.15))

    # Days where quality may not fall: after a recent race, the day after yesterday's hard run.
    no_quality: set[date] = set()
    post_race: set[date] = set()       # easy days after any recent race: no quality, no long run
    for race in (r for r in runs if is_race(r)):
        window = easy_days_after_race(race.distance_km)
        post_race.update(race.date + timedelta(days=i) for i in range(1, window + 1))
        if race.date + timedelta(days=window) >= start and not any(n.code == "post_race_easy" for n in notes):
            notes.append(PlanNote("post_race_easy", {"km": f"{round(race.distance_km, 2):g}",
                                                     "day": race.date.isoformat(), "days": str(window)}))
    no_quality |= post_race
    yesterday = start - timedelta(days=1)
    if any(r.date == yesterday and ((r.perceived_effort or 0) >= HARD_RPE or is_race(r)) for r in runs) or (
            last_plan is not None and (s := last_plan.session_on(yesterday)) is not None and s.kind.is_quality):
        no_quality.add(start)
    if race_date is not None:
        for i in range(1, NO_QUALITY_BEFORE_RACE_DAYS + 1):
            no_quality.add(race_date - timedelta(days=i))

    days = [_Day(day=start + timedelta(days=i)) for i in range(BLOCK_DAYS)]
    today_runs = [r for r in runs if r.date == start]
    loads = [volume.load_km, 0.0]
    specs: list[WeekSpec] = []
    for w in range(BLOCK_DAYS // WEEK):
        spec = week_spec(start + timedelta(weeks=w), goal, race_date, season_start)
        if spec.down and volume.outcome is None:
            # A season never opens with a lighter week, nor makes its second one lighter: the 3 + 1 cycle
            # (Pfitzinger; Daniels: hold a load 3–4 weeks before the next step) absorbs load not yet run.
            spec = attrs.evolve(spec, factor=1.0, down=False)
        specs.append(spec)
        if w == 1:
            grow = volume.outcome is None or volume.outcome.decision is Decision.PROGRESS
            grow = grow and spec.phase in (Phase.BASE, Phase.BUILD, Phase.PROGRESSION) and not specs[0].down \
                and not spec.down
            loads[1] = min(loads[0] * GROWTH, max(volume.peak_km, loads[0])) if grow else loads[0]
            if not specs[0].down:
                week1_km = sum(d.km for d in days[:WEEK] if d.kind.is_run and d.kind is not K.RACE)
                if today_runs and week1_km < loads[0] * specs[0].factor:
                    # Week 1 fell short only because today's logged run took a day (1 km on the only
                    # run day): that says nothing against the evidence (what they said, logged or
                    # the default), so week 2 holds the load — no ratchet down to a near-empty week,
                    # and no growth either, week 1 did not carry the load (Daniels: raise a load only
                    # after holding it).
                    loads[1] = min(loads[1], loads[0])
                else:
                    # Grow from what week 1 really holds (its runs rarely add up to the exact budget).
                    loads[1] = min(loads[1], max(week1_km, 0.1) * GROWTH / max(spec.factor, 0.01))
        week = days[w * WEEK:(w + 1) * WEEK]
        q_weekdays = quality_weekdays(run_days, long_weekday, quality_sessions_per_week(level, len(run_days)))
        if spec.phase is Phase.BASE and level is not FitnessLevel.ADVANCED:
            # Daniels' phase I is mostly easy running: one quality day fewer (never none).
            q_weekdays = q_weekdays[:max(1, len(q_weekdays) - 1)]
        if spec.phase is Phase.TAPER:
            q_weekdays = q_weekdays[:max(1, len(q_weekdays) - 1)]
        family = distance_family(goal)
        kinds = (BEGINNER_QUALITY[family],) if level is FitnessLevel.BEGINNER else QUALITY_KINDS[spec.phase][family]
        for d in week:
            d.phase = spec.phase.value
            wd = d.day.weekday()
            if race_date is not None and d.day == race_date:
                d.kind, d.km, d.fixed, d.code = K.RACE, round(goal.distance_km, 2) if goal else 0.0, True, "race_day"
                continue
            if race_date is not None and d.day > race_date:
                continue      # the season ends with the race: rest until the next block
            if wd not in run_days:
                continue
            if wd == long_weekday and not (spec.race_day is not None):
                d.kind = K.LONG
            elif wd in q_weekdays:
                d.kind = kinds[q_weekdays.index(wd) % len(kinds)]
            else:
                d.kind = K.EASY
            if d.kind.is_quality and d.day in no_quality:
                d.kind, d.code = K.EASY, "post_race_easy" if d.day in post_race else d.code
            if d.kind is K.LONG and d.day in post_race:
                d.kind, d.code = K.EASY, "post_race_easy"
        if w == 0 and today_runs:
            d0 = days[0]
            raced = any(is_race(r) for r in today_runs)
            d0.kind = K.RACE if raced else (K.LONG if d0.kind is K.LONG else K.EASY)
            d0.km = round(sum(r.distance_km for r in today_runs), 2)
            d0.fixed, d0.code, d0.workout = True, "logged", None
            hard_today = (today_runs[0].perceived_effort or 0) >= HARD_RPE or raced
            if any(d.kind.is_quality for d in week[1:2]) and hard_today:
                week[1].kind = K.EASY
        budget = loads[w] * spec.factor
        share = long_run_share(len(run_days), goal)
        floor = long_run_floor(level, volume.longest_km, long_cap_base, spec.phase)
        _allocate_week(week, budget, share, level, max(min(long_cap(w), budget * share), floor), paces, notes,
                       long_floor=floor, long_max=long_cap(w))

    if specs[0].down or (len(specs) > 1 and specs[1].down):
        notes.append(PlanNote("down_week", {"week": "1" if specs[0].down else "2"}))
    if any(s.phase is Phase.TAPER for s in specs):
        notes.append(PlanNote("taper", {"race_day": race_date.isoformat() if race_date else ""}))

    if race_date is not None and goal is not None:
        _taper_from_its_first_day(days, goal, race_date)
    if distance_family(goal) is GoalRace.MARATHON and level is not FitnessLevel.BEGINNER:
        _marathon_pace_in_long_runs(days)
    _recover_from_races(days, runs, notes)
    if level is FitnessLevel.BEGINNER and _true_beginner(runner, volume):
        for d in days:
            if d.kind in (K.EASY, K.LONG) and not d.fixed and not d.code:
                d.code = "run_walk"
        notes.append(PlanNote("run_walk", {}))
    injury = _worst_injury(injuries)
    if injury is not None:
        _adapt_to_injury(days, injury, notes)

    sessions = [Session(date=d.day, kind=d.kind, distance_km=round(d.km, 2) if d.kind.is_run else 0.0,
                        pace_s_per_km=_pace_range(d.kind, paces) if d.kind.is_run else None,
                        phase=d.phase, workout=d.workout, code=d.code) for d in days]
    return TrainingPlan(runner_id=runner.id, start=start, sessions=sessions, vdot=vdot, vdot_source=vdot_source,
                        notes=notes, race_date=race_date)


# Marathon-pace work inside the long run in the build and peak (Pfitzinger, Advanced Marathoning:
# "marathon-pace runs" of 12–16 mi with 8–14 mi at MP; Hansons' and Daniels' M-pace long runs):
# the last part at marathon pace, up to 30 % of the run in the build and 40 % in the peak, ≤ 16 km,
# in a week with no separate MP session.
MP_LONG_MIN_KM = 20.0
MP_SHARE = {Phase.BUILD.value: 0.30, Phase.PEAK.value: 0.40}
MP_LONG_MAX_KM = 16.0


def _marathon_pace_in_long_runs(days: list[_Day]) -> None:
    """One dose of marathon pace a week: a long run takes it only in a week without an MP session."""
    for i, d in enumerate(days):
        week = days[i - i % WEEK:i - i % WEEK + WEEK]
        if any(x.kind is K.MARATHON_PACE for x in week):
            continue
        if d.kind is K.LONG and not d.fixed and not d.code and d.phase in MP_SHARE and d.km >= MP_LONG_MIN_KM:
            mp = _round_km(min(MP_LONG_MAX_KM, d.km * MP_SHARE[d.phase]))
            d.code = "long_mp"
            d.workout = Workout(reps=1, rep_km=mp, warmup_km=_round_km(d.km - mp), cooldown_km=0.0)


def _taper_from_its_first_day(days: list[_Day], goal: GoalRace, race_date: date) -> None:
    """The taper begins on its day, not on the next week's Monday: easy and long runs inside the
    taper window of a week that is not yet a taper week shrink progressively like the taper's
    (Mujika & Padilla 2003: a progressive taper over the last 8–21 days, by distance)."""
    taper = taper_days(goal)
    for d in days:
        left = (race_date - d.day).days
        if 0 < left <= taper and d.phase != Phase.TAPER.value and d.kind in (K.EASY, K.LONG) and not d.fixed:
            d.km = _round_km(d.km * taper_share(left, taper))


def _true_beginner(runner: Runner, volume: Volume) -> bool:
    """Someone who cannot yet run 30 minutes without stopping: under ~10 km a week and no run of
    4 km or more (Galloway's run-walk; the NHS Couch to 5K starts every beginner on intervals)."""
    said = runner.weekly_km if runner.weekly_km is not None else volume.load_km
    return said < 10 and (volume.longest_km or 0.0) < 4


def _recover_from_races(days: list[_Day], runs: Sequence[Run], notes: list[PlanNote]) -> None:
    """The days after a race: rest (or cross-training) first, then a lighter week of easy running
    (``season.rest_days_after_race``, ``season.recovery_week_share``); quality is already kept out
    for one easy day per 3 km raced."""
    for race in (r for r in runs if is_race(r)):
        all_out = race.perceived_effort is None or race.perceived_effort >= 7
        rest_days = rest_days_after_race(race.distance_km, all_out)
        share = recovery_week_share(race.distance_km, all_out)
        touched = False
        for d in days:
            after = (d.day - race.date).days
            if not 1 <= after <= WEEK or d.fixed or not d.kind.is_run:
                continue
            touched = True
            if after <= rest_days:
                d.kind, d.km, d.workout, d.code = K.REST, 0.0, None, "post_race_rest"
            else:
                # No long run and no workout in the week after a race: easy running only.
                d.km = max(_round_km(d.km * share), 0.0)
                if d.kind is not K.EASY:
                    d.kind, d.workout, d.code = K.EASY, None, "post_race_easy"
        if touched:
            notes.append(PlanNote("post_race_recovery", {"km": f"{round(race.distance_km, 2):g}",
                                                         "day": race.date.isoformat(), "rest_days": str(rest_days),
                                                         "pct": str(round(share * 100))}))


# --- A missed session -----------------------------------------------------------------------------

def reschedule_missed(plan: TrainingPlan, day: date, today: date | None = None) -> tuple[TrainingPlan, PlanNote]:
    """What to do with a key session the runner missed on ``day`` (Pfitzinger: never cram missed
    work; move it only when the week has room, else drop it).

    * a quality session moves to the next easy day of the same week that is not next to another
      quality session nor the day before the long run (it takes that easy day's place: nothing
      doubles up); otherwise it is dropped;
    * a long run moves to the next day or the one after if it is an easy day not next to quality;
      otherwise it is dropped and the next week's long run stands;
    * an easy run is simply dropped.
    The day itself becomes rest. Returns the new plan and a note (code "moved" or "dropped").
    """
    missed = plan.session_on(day)
    if missed is None or not missed.kind.is_run or missed.kind is K.RACE:
        return plan, PlanNote("nothing_to_move", {"day": day.isoformat()})
    sessions = [attrs.evolve(s) for s in plan.sessions]
    idx = next(i for i, s in enumerate(sessions) if s.date == day)
    first_allowed = max(day + timedelta(days=1), today or day)
    week_end = plan.start + timedelta(days=((idx // WEEK) + 1) * WEEK - 1)

    def quality_at(i: int) -> bool:
        return 0 <= i < len(sessions) and sessions[i].kind.is_quality

    target = None
    if missed.kind.is_quality or missed.kind is K.LONG:
        horizon = week_end if missed.kind.is_quality else min(week_end, day + timedelta(days=2))
        for j, s in enumerate(sessions):
            if not (first_allowed <= s.date <= horizon) or s.kind is not K.EASY or s.code == "logged":
                continue
            if quality_at(j - 1) or quality_at(j + 1) and missed.kind.is_quality or \
                    (missed.kind.is_quality and j + 1 < len(sessions) and sessions[j + 1].kind is K.LONG):
                continue
            if missed.kind is K.LONG and (quality_at(j - 1) or quality_at(j + 1)):
                continue
            target = j
            break
    rest = attrs.evolve(missed, kind=K.REST, distance_km=0.0, pace_s_per_km=None, workout=None, code="missed",
                        purpose="", description="")
    if target is None:
        sessions[idx] = rest
        note = PlanNote("dropped", {"day": day.isoformat(), "kind": missed.kind.value})
    else:
        old = sessions[target]
        sessions[target] = attrs.evolve(missed, date=old.date, code="moved", phase=old.phase, purpose="",
                                        description="")
        sessions[idx] = rest
        note = PlanNote("moved", {"day": day.isoformat(), "to": old.date.isoformat(), "kind": missed.kind.value})
    # The note is returned, not added to plan.notes: a stored plan's notes are already worded in
    # its adaptations, and the caller tells the runner what moved.
    return attrs.evolve(plan, sessions=sessions), note
