"""Plan quality, as a running coach would review it: personas followed through a whole season.

Run from the repository root:  python -m benchmarks.plan_quality   (exit status 1 below 100 %)

Each persona (beginner to advanced; 3k to marathon, 15k and 10 miles included; 2–7 days a week;
a race told at onboarding 1 day to 6 months old; injuries of each severity and an old surgery;
runners on miles) is followed the way the app works: the VDOT is estimated from the log
(``estimate_vdot_from_runs``), the next 14-day block is built (``build_block``) from the log and
the last block, and the runner "logs" what the plan says day by day — easy runs (some without an
effort rating), workouts, a time trial, a missed week — until race day. The outcome targets
below are what a coach checks; each names its source. A target applies only to the personas it
speaks of; its pass rate is printed. tests/unit/test_plan_quality_targets.py breaks each rule on
purpose and shows its target fail.
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import attrs

from application.messages.formatting import plan_text, render_plan
from domain.injury import Injury, ReturnStage, Side, triage_severity
from domain.plan import Session, SessionKind, TrainingPlan
from domain.planning import build_block
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner, Units
from domain.season import distance_family, easy_days_after_race, rest_days_after_race
from domain.vdot import (
    DEFAULT_VDOT,
    RECENT_WINDOW_DAYS,
    estimate_vdot_from_runs,
    race_time_for,
    time_off_factor,
    training_paces,
    vdot_from_race,
)

K = SessionKind
L = FitnessLevel
SEASON_START = date(2026, 1, 5)          # a Monday


@attrs.frozen
class Hurt:
    day: int                 # season day it is reported
    pain: int
    lasts: int               # days until it is gone
    part: str = "rodilla"
    swelling: bool = False
    pain_walking: bool = False


@attrs.frozen
class Persona:
    name: str
    level: FitnessLevel
    goal: str | None         # a GoalRace code; None: no race (a progression cycle)
    days: int
    vdot: float              # true fitness
    weeks: int = 16          # race in this many weeks
    weekly_km: float | None = None
    longest_km: float | None = None
    race_km: float | None = 5.0          # the race told at onboarding …
    race_days_ago: int = 45              # … this many days before the season starts
    hurt: Hurt | None = None
    old_surgery: bool = False
    miles: bool = False
    time_trial_day: int | None = 42      # a 5k time trial ("una prueba de 5k a full")
    missed_week: int | None = 5          # a week with no running at all


P = Persona
PERSONAS: tuple[Persona, ...] = (
    # The six runners.
    P("beginner_quito_15k", L.BEGINNER, "15k", 3, 25.5, 16, 12, 6, 5.0, 120),
    P("five_k_25min_sub24", L.INTERMEDIATE, "5k", 4, 38.3, 10, 25, 8, 5.0, 40),
    P("marathon_330_48km", L.INTERMEDIATE, "marathon", 5, 46.2, 22, 48, 18, 21.0975, 60),
    P("half_yesterday", L.INTERMEDIATE, "10k", 5, 45, 12, 40, 18, 21.0975, 1),
    P("english_miles_half", L.INTERMEDIATE, "half", 4, 42, 14, 35, 14, 10.0, 30, miles=True),
    P("shin_pain_mild", L.INTERMEDIATE, "10k", 4, 40, 12, 30, 12, 10.0, 50, hurt=Hurt(10, 3, 10, "espinilla")),
    # Beginners.
    P("beginner_5k_3d", L.BEGINNER, "5k", 3, 28, 10, 10, 5, 5.0, 30),
    P("beginner_5k_2d", L.BEGINNER, "5k", 2, 27, 8, 8, 4, 5.0, 90),
    P("beginner_5k_38min", L.BEGINNER, "10k", 3, 22.5, 12, 10, 5, 5.0, 110),   # "5k en 38 min en agosto"
    P("beginner_3k_3d_walkrun", L.BEGINNER, "3k", 3, 24, 8, 5, 2, None),
    P("beginner_10k_3d", L.BEGINNER, "10k", 3, 31, 12, 15, 7, 5.0, 150),
    P("beginner_10k_4d_surgery", L.BEGINNER, "10k", 4, 32, 12, 18, 8, 5.0, 60, old_surgery=True),
    P("beginner_8k_3d", L.BEGINNER, "8k", 3, 30, 10, 14, 6, 5.0, 100),
    P("beginner_half_4d", L.BEGINNER, "half", 4, 33, 18, 22, 10, 10.0, 75),
    P("beginner_half_3d_miles", L.BEGINNER, "half", 3, 32, 18, 20, 10, 10.0, 120, miles=True),
    P("beginner_marathon_4d", L.BEGINNER, "marathon", 4, 35, 24, 32, 16, 21.0975, 150),
    P("beginner_10mi_4d", L.BEGINNER, "10mi", 4, 33, 14, 20, 9, 10.0, 40),
    P("beginner_no_race_3d", L.BEGINNER, None, 3, 29, 10, 12, 6, 5.0, 20),
    # Intermediates.
    P("inter_5k_5d", L.INTERMEDIATE, "5k", 5, 42, 10, 35, 12, 5.0, 30),
    P("inter_5k_3d_miles", L.INTERMEDIATE, "5k", 3, 40, 10, 25, 10, 10.0, 60, miles=True),
    P("inter_10k_5d", L.INTERMEDIATE, "10k", 5, 44, 12, 40, 15, 10.0, 25),
    P("inter_10k_4d_moderate", L.INTERMEDIATE, "10k", 4, 42, 12, 32, 12, 10.0, 35, hurt=Hurt(20, 5, 10, "gemelo")),
    P("inter_12k_4d", L.INTERMEDIATE, "12k", 4, 43, 12, 35, 13, 10.0, 80),
    P("inter_15k_5d", L.INTERMEDIATE, "15k", 5, 44, 14, 40, 15, 10.0, 45),
    P("inter_15k_3d_surgery", L.INTERMEDIATE, "15k", 3, 41, 14, 28, 12, 5.0, 100, old_surgery=True),
    P("inter_10mi_5d_miles", L.INTERMEDIATE, "10mi", 5, 45, 14, 42, 16, 10.0, 60, miles=True),
    P("inter_half_5d", L.INTERMEDIATE, "half", 5, 45, 16, 45, 16, 10.0, 30),
    P("inter_half_4d_severe", L.INTERMEDIATE, "half", 4, 43, 16, 38, 15, 21.0975, 170,
      hurt=Hurt(30, 6, 14, "tobillo", swelling=True)),
    P("inter_25k_5d", L.INTERMEDIATE, "25k", 5, 46, 16, 48, 18, 21.0975, 90),
    P("inter_30k_5d", L.INTERMEDIATE, "30k", 5, 46, 18, 50, 20, 21.0975, 60),
    P("inter_marathon_4d", L.INTERMEDIATE, "marathon", 4, 44, 20, 45, 18, 21.0975, 120),
    P("inter_marathon_6d_miles", L.INTERMEDIATE, "marathon", 6, 47, 20, 55, 22, 21.0975, 40, miles=True),
    P("inter_marathon_5d_walking_pain", L.INTERMEDIATE, "marathon", 5, 45, 20, 50, 20, 10.0, 30,
      hurt=Hurt(50, 4, 10, "cadera", pain_walking=True)),
    P("inter_trail_21_5k", L.INTERMEDIATE, "21.5k", 4, 42, 14, 35, 14, 10.0, 60),
    P("inter_no_race_4d", L.INTERMEDIATE, None, 4, 42, 12, 30, 12, 10.0, 60),
    P("inter_no_onboarding_race", L.INTERMEDIATE, "10k", 4, 42, 12, 30, 12, None),
    # Advanced.
    P("adv_5k_6d", L.ADVANCED, "5k", 6, 58, 10, 65, 18, 5.0, 20),
    P("adv_10k_7d", L.ADVANCED, "10k", 7, 60, 12, 80, 22, 10.0, 60),
    P("adv_15k_6d", L.ADVANCED, "15k", 6, 56, 12, 70, 20, 10.0, 30),
    P("adv_half_6d", L.ADVANCED, "half", 6, 57, 14, 75, 24, 21.0975, 120),
    P("adv_half_5d_mild", L.ADVANCED, "half", 5, 55, 14, 60, 20, 10.0, 40, hurt=Hurt(25, 2, 7, "tendón de Aquiles")),
    P("adv_marathon_6d", L.ADVANCED, "marathon", 6, 60, 18, 90, 30, 21.0975, 50),
    P("adv_marathon_7d_miles", L.ADVANCED, "marathon", 7, 62, 18, 100, 32, 21.0975, 180, miles=True),
    P("adv_marathon_5d_surgery", L.ADVANCED, "marathon", 5, 55, 18, 70, 26, 10.0, 30, old_surgery=True),
    P("adv_no_race_5d", L.ADVANCED, None, 5, 55, 12, 60, 20, 10.0, 30),
)


@attrs.define
class Season:
    """What happened: every block as built, the planned days lived, the runs logged."""
    persona: Persona
    runner: Runner
    blocks: list[tuple[date, TrainingPlan, float, bool]] = attrs.field(factory=list)  # (day, plan, vdot, hurt)
    lived: dict[date, Session] = attrs.field(factory=dict)
    runs: list[Run] = attrs.field(factory=list)
    injuries: list[Injury] = attrs.field(factory=list)
    history_injury: Injury | None = None


def make_runner(p: Persona) -> Runner:
    goal = GoalRace(p.goal) if p.goal else None
    race_day = SEASON_START + timedelta(weeks=p.weeks, days=6) if goal else None
    return Runner(phone="+593990000001", name=p.name, goal_race=goal, weekly_frequency=p.days, fitness_level=p.level,
                  has_race=goal is not None, race_date=race_day, weekly_km=p.weekly_km, longest_run_km=p.longest_km,
                  units=Units.MILES if p.miles else Units.KM)


def _run(runner: Runner, day: date, km: float, seconds: float, rpe: int | None, race: bool = False) -> Run:
    return Run(runner_id=runner.id, date=day, distance_km=round(km, 2), duration_s=int(seconds),
               perceived_effort=rpe, is_race=race)


def _race_run(runner: Runner, day: date, km: float, vdot: float) -> Run:
    return _run(runner, day, km, race_time_for(vdot, km * 1000), 10, race=True)


def simulate(p: Persona) -> Season:
    rng = random.Random(p.name)
    runner = make_runner(p)
    season = Season(p, runner)
    paces = training_paces(p.vdot)
    if p.race_km:
        season.runs.append(_race_run(runner, SEASON_START - timedelta(days=p.race_days_ago), p.race_km, p.vdot))
    if p.old_surgery:   # "me operaron el menisco hace 6 años, ya no me duele": history, closed
        past = SEASON_START - timedelta(days=6 * 365)
        season.history_injury = Injury(runner_id=runner.id, body_part="rodilla", description="menisco operado",
                                       reported_on=past, resolved_on=past)
        season.injuries.append(season.history_injury)
    race_day = runner.race_date
    end = race_day + timedelta(days=1) if race_day else SEASON_START + timedelta(weeks=p.weeks)
    day, last_plan = SEASON_START, None
    while day < end:
        hurt_now = [i for i in season.injuries if i.is_active]
        spells = [(i.reported_on, min(i.resolved_on or day, day)) for i in season.injuries
                  if i.reported_on and i.return_stage in (ReturnStage.NO_RUNNING, ReturnStage.WALK_RUN)]
        window = [r for r in season.runs if (day - r.date).days <= RECENT_WINDOW_DAYS]
        estimate = estimate_vdot_from_runs(window, day, runner.fitness_level, time_off=spells)
        plan = build_block(runner, estimate.vdot, day, None, hurt_now, runs=[r for r in season.runs if r.date <= day],
                           last_plan=last_plan)
        season.blocks.append((day, plan, estimate.vdot, bool(hurt_now)))
        rebuild = plan.end + timedelta(days=1)
        for s in plan.sessions:
            d = s.date
            if d >= rebuild or d >= end:
                break
            season.lived[d] = s
            n = (d - SEASON_START).days
            for i in season.injuries:
                if i.is_active and i.description.isdigit() and i.reported_on \
                        and (d - i.reported_on).days >= int(i.description):
                    i.resolved_on = d
            if p.hurt is not None and n == p.hurt.day:
                h = p.hurt
                season.injuries.append(Injury(
                    runner_id=runner.id, body_part=h.part, side=Side.RIGHT, pain=h.pain, swelling=h.swelling,
                    pain_walking=h.pain_walking, severity=triage_severity(h.pain, h.pain_walking, h.swelling),
                    reported_on=d, description=str(h.lasts)))
                rebuild = d + timedelta(days=1)
            if p.missed_week is not None and n // 7 == p.missed_week:
                continue
            if p.time_trial_day == n and not any(i.is_active for i in season.injuries):
                season.runs.append(_race_run(runner, d, 5.0, p.vdot))     # "prueba de 5k a full"
                rebuild = min(rebuild, d + timedelta(days=1))
                continue
            if not s.kind.is_run or s.code == "logged":
                continue
            km = s.distance_km * rng.uniform(0.97, 1.02)
            if s.kind is K.RACE:
                season.runs.append(_race_run(runner, d, s.distance_km, p.vdot))
            elif s.kind in (K.EASY, K.LONG):
                # Easy running at the slow end of the easy range, rated or not ("salí 7 km en 42 min").
                season.runs.append(_run(runner, d, km, km * paces.easy[1] * rng.uniform(0.98, 1.03),
                                        rng.choice((3, 4, None))))
            else:
                pace = {K.THRESHOLD: paces.threshold, K.INTERVALS: (paces.interval + paces.easy[0]) / 2,
                        K.REPETITION: (paces.repetition + paces.easy[1]) / 2,
                        K.MARATHON_PACE: (paces.marathon + paces.easy[0]) / 2}[s.kind]
                season.runs.append(_run(runner, d, km, km * pace, 7))
        last_plan, day = plan, rebuild
    return season


# --- The targets ------------------------------------------------------------------------------
# Each returns None (does not apply to this persona) or (passed, detail).

Result = tuple[bool, str] | None


def _week_km(sessions: Sequence[Session]) -> float:
    return sum(s.distance_km for s in sessions if s.kind.is_run and s.kind is not K.RACE)


def _weeks(season: Season) -> list[tuple[date, list[Session]]]:
    days = sorted(season.lived)
    out: list[tuple[date, list[Session]]] = []
    for start in days[::7]:
        chunk = [season.lived[d] for d in days if start <= d < start + timedelta(days=7)]
        if len(chunk) == 7:
            out.append((start, chunk))
    return out


def _races(season: Season) -> list[Run]:
    return [r for r in season.runs if r.is_race]


def _longs(season: Season) -> list[Session]:
    return [s for s in season.lived.values() if s.kind is K.LONG]


def estimate_from_best_race(season: Season) -> Result:
    """Daniels' Running Formula ch. 5: train at the VDOT of your best recent race (time trials
    count); easy runs never lower it; only time off does (Daniels' time-off table). After easy runs
    are logged the estimate stays within 1 % of that race's VDOT (less the time-off adjustment)."""
    checked, worst = 0, ""
    for day, _plan, vdot, hurt in season.blocks:
        races = [r for r in season.runs if r.is_race and 0 <= (day - r.date).days <= RECENT_WINDOW_DAYS]
        easy_logged = any(r.date > max((x.date for x in races), default=day) and not r.is_race
                          for r in season.runs if r.date <= day)
        if not races or not easy_logged or hurt or any(i.reported_on and i.reported_on > SEASON_START
                                                      for i in season.injuries):
            continue
        best = max(vdot_from_race(r.distance_km * 1000, r.duration_s or 0) for r in races)
        logged = sorted({r.date for r in season.runs if r.date <= day and r.date >= min(x.date for x in races)})
        gaps = [(b - a).days - 1 for a, b in zip(logged, logged[1:], strict=False)]
        low = best * time_off_factor(max(gaps, default=0)) * 0.99
        checked += 1
        if not low <= vdot <= best * 1.01:
            return False, f"{day}: VDOT {vdot:.1f}, best race {best:.1f}"
        worst = f"{checked} blocks"
    return (True, worst) if checked else None


def first_block_volume(season: Season) -> Result:
    """Daniels/Pfitzinger: a plan starts from what the runner runs now. The first loading week is
    within ±15 % of the weekly km they said (uninjured, not just after a race, not a taper)."""
    p = season.persona
    _, plan, _, hurt = season.blocks[0]
    if not p.weekly_km or hurt or (p.race_km and p.race_days_ago <= 14):
        return None
    week = plan.sessions[:7]
    if any(s.phase == "taper" for s in week):
        return None
    km = _week_km(week)
    return abs(km - p.weekly_km) <= 0.15 * p.weekly_km, f"week 1 {km:.1f} km vs {p.weekly_km} said"


def marathon_longest_run(season: Season) -> Result:
    """Pfitzinger (Advanced Marathoning), Daniels, Hansons: a marathon build reaches a long run of
    29–32 km (20 mi), or about 2.5–3 h for the slower runner, whichever comes first."""
    p = season.persona
    if season.runner.goal_race is None or distance_family(season.runner.goal_race) is not GoalRace.MARATHON \
            or p.weeks < 12 or p.hurt is not None:
        return None
    longest = max((s.distance_km for s in _longs(season)), default=0.0)
    easy_mid = sum(training_paces(p.vdot).easy) / 2
    minutes = longest * easy_mid / 60
    return (29 <= longest <= 35 or (minutes >= 150 and longest <= 35)), f"longest {longest} km ({minutes:.0f} min)"


def half_longest_run(season: Season) -> Result:
    """Pfitzinger (Faster Road Racing), Higdon: a half-marathon-type build (15k–30k) reaches a long
    run about the race distance (≥ 90 % of it, or of 25 km for a 30k; ≥ 60 % for a beginner, whose
    weekly volume may only rise ~10 % a week: Higdon's novice half peaks at 10 mi, 76 %), and not far
    beyond it (≤ 125 %, or the distance + 6 km: Pfitzinger's
    15k–10 mi schedules run 14–16 mi long runs)."""
    p, goal = season.persona, season.runner.goal_race
    if goal is None or distance_family(goal) is not GoalRace.HALF or p.weeks < 10 or p.hurt is not None:
        return None
    longest = max((s.distance_km for s in _longs(season)), default=0.0)
    need = (0.60 if p.level is L.BEGINNER else 0.90) * min(goal.distance_km, 25.0)
    cap = max(1.25 * goal.distance_km, goal.distance_km + 6)
    return need <= longest <= cap, f"longest {longest} km for a {goal.distance_km:g} km race (≥ {need:.1f})"


RACE_SPECIFIC = {GoalRace.MARATHON: (K.MARATHON_PACE,), GoalRace.HALF: (K.THRESHOLD, K.MARATHON_PACE),
                 GoalRace.TEN_K: (K.THRESHOLD, K.INTERVALS), GoalRace.FIVE_K: (K.INTERVALS, K.REPETITION)}


def race_specific_work(season: Season) -> Result:
    """Daniels (phases III–IV) and Pfitzinger: the build and peak carry race-specific work —
    marathon-pace runs for the marathon, threshold for the half, threshold/intervals for the 10k,
    intervals/reps for the 5k (at least 3 sessions; a beginner at least 2 quality sessions)."""
    p, goal = season.persona, season.runner.goal_race
    if goal is None or p.weeks < 10 or p.hurt is not None:
        return None
    built = [s for s in season.lived.values() if s.phase in ("build", "peak")]
    if p.level is L.BEGINNER:
        count = sum(1 for s in built if s.kind.is_quality)
        return count >= 2, f"{count} quality sessions in build/peak"
    kinds = RACE_SPECIFIC[distance_family(goal) or GoalRace.FIVE_K]
    count = sum(1 for s in built if s.kind in kinds)
    return count >= 3, f"{count} sessions of {[k.value for k in kinds]} in build/peak"


def recovery_after_race(season: Season) -> Result:
    """Daniels: one easy day per 3 km raced before quality (no long run either); Pfitzinger: no
    running (rest or cross-training) the first day(s) after a race of 15 km or more."""
    checked = 0
    for race in _races(season):
        for i in range(1, easy_days_after_race(race.distance_km) + 1):
            s = season.lived.get(race.date + timedelta(days=i))
            if s is None or s.code == "logged":
                continue
            checked += 1
            if s.kind.is_quality or s.kind is K.LONG:
                return False, f"{s.kind.value} {i} day(s) after a {race.distance_km} km race"
            if i <= rest_days_after_race(race.distance_km) and s.kind.is_run:
                return False, f"a run {i} day(s) after a {race.distance_km} km race"
    return (True, f"{checked} days checked") if checked else None


def beginner_long_run_floor(season: Season) -> Result:
    """Start from what the runner already does (Daniels' first principle; Higdon's novice plans
    build on the current long run): a beginner's long run never falls below their recent longest,
    except in a lighter, taper or post-race week, or with an injury."""
    p = season.persona
    if p.level is not L.BEGINNER or not p.longest_km:
        return None
    hurt_days = {d for d in season.lived for i in season.injuries
                 if i.reported_on and i.reported_on <= d <= (i.resolved_on or d) and i is not season.history_injury}
    for _, week in _weeks(season):
        special = any(s.phase in ("taper", "recovery") or s.code.startswith("post_race") or s.date in hurt_days
                      for s in week)
        if special:
            continue
        longs = [s.distance_km for s in week if s.kind is K.LONG]
        if longs and min(longs) < p.longest_km - 0.05:
            return False, f"long run {min(longs)} km below the {p.longest_km} km she runs"
    return True, ""


def easy_pace_from_real_fitness(season: Season) -> Result:
    """Daniels: easy pace is 59–74 % of VO2max — always slower than any race pace. The plan's fast
    easy pace is never faster than the pace of the race the runner told us."""
    p = season.persona
    if not p.race_km:
        return None
    race_pace = race_time_for(p.vdot, p.race_km * 1000) / p.race_km
    for day, _plan, vdot, _ in season.blocks:
        fast = training_paces(vdot).easy[0]
        if fast < race_pace:
            return False, f"{day}: easy from {fast:.0f} s/km, faster than race pace {race_pace:.0f}"
    return True, ""


def easy_pace_holds_usual_runs(season: Season) -> Result:
    """Daniels: E pace is 59–74 % of VO2max and most of the week is easy. Read from the runner's first easy or
    unrated runs alone (no race, no hard effort), the plan's easy range holds the pace they run them at — not
    a pace far slower, as a floor read as fitness gave ("6 km en 38 min" → easy at 8:12–9:09/km) — unless the
    level's cautious default caps it (then the plan errs slow by design)."""
    easy = [r for r in season.runs if not r.is_race and (r.perceived_effort or 0) <= 5 and r.duration_s][:6]
    if len(easy) < 3:
        return None
    est = estimate_vdot_from_runs(easy, easy[-1].date, season.runner.fitness_level)
    fast, slow = training_paces(est.vdot).easy
    paces = sorted((r.duration_s or 0) / r.distance_km for r in easy)
    typical = paces[len(paces) // 2]
    capped = est.vdot >= DEFAULT_VDOT[season.runner.fitness_level] - 0.05
    ok = typical <= slow * 1.05 and (typical >= fast - 1 or capped)
    return ok, f"usual {typical:.0f} s/km vs easy {fast:.0f}–{slow:.0f} (VDOT {est.vdot:.1f}, {est.code})"


def volume_builds(season: Season) -> Result:
    """Pfitzinger/Daniels: a season builds the weekly volume towards the level's peak (≤ 10 % at a
    time): a runner below ~85 % of that peak reaches at least 115 % of their first week."""
    p = season.persona
    if season.runner.race_date is None or p.weeks < 10 or p.hurt is not None:
        return None
    weeks = _weeks(season)
    first = _week_km(weeks[0][1])
    from domain.planning import peak_weekly_km
    if first >= 0.85 * peak_weekly_km(p.level, season.runner.goal_race):
        return None
    top = max(_week_km(w) for _, w in weeks)
    return top >= 1.15 * first, f"peak week {top:.1f} km vs first {first:.1f}"


def taper_before_race(season: Season) -> Result:
    """Mujika & Padilla (2003), Pfitzinger: volume falls 40–60 % into race week, intensity stays;
    the 6 days before the race ≤ 70 % of the season's biggest week, and race day is the race."""
    race_day = season.runner.race_date
    if race_day is None:
        return None
    weeks = _weeks(season)
    top = max(_week_km(w) for _, w in weeks)
    race = season.lived.get(race_day)
    if race is None or race.kind is not K.RACE:
        return False, "race day is not a race"
    km = _week_km([s for d, s in season.lived.items() if race_day - timedelta(days=6) <= d < race_day])
    return km <= 0.70 * top, f"race week {km:.1f} km vs peak {top:.1f}"


def _block_weeks(season: Season) -> list[float]:
    """The weeks as the blocks laid them out (7 days from each block's start), as far as lived."""
    weeks = []
    for _, plan, _, _ in season.blocks:
        lived = [s for s in plan.sessions if season.lived.get(s.date) is s]
        weeks += [_week_km(lived[i:i + 7]) for i in range(0, len(lived) - 6, 7)]
    return weeks


def cut_back_weeks(season: Season) -> Result:
    """Pfitzinger's 3:1 and Daniels' hold-then-raise: no more than 4 loading weeks in a row
    without a lighter one (≤ 90 % of the recent biggest week)."""
    weeks = _block_weeks(season)
    streak = 0
    for i in range(1, len(weeks)):
        lighter = weeks[i] <= 0.9 * max(weeks[max(0, i - 4):i])
        streak = 0 if lighter else streak + 1
        if streak >= 5:
            return False, f"5 loading weeks in a row up to week {i + 1}"
    return True, ""


def mild_injury_keeps_running(season: Season) -> Result:
    """Pain-monitoring model (Silbernagel 2007): an ache ≤ 3/10, no swelling, no pain walking
    keeps easy running (no workouts) with a check-in: the block after the report keeps ≥ 50 % of
    the runner's volume."""
    hurt = season.persona.hurt
    if hurt is None or hurt.pain > 3 or hurt.swelling or hurt.pain_walking:
        return None
    hurt_at = next((i for i, (_, _, _, h) in enumerate(season.blocks) if h), None)
    if hurt_at is None:
        return None
    # The block before the report (not the latest unhurt block, which may come after it).
    before = next((plan for _, plan, _, h in reversed(season.blocks[:hurt_at]) if not h), None)
    after = season.blocks[hurt_at][1]
    if before is None:
        return None
    was, now = _week_km(before.sessions[:7]), _week_km(after.sessions[:7])
    quality = any(s.kind.is_quality for s in after.sessions)
    return now >= 0.5 * was and not quality, f"{now:.1f} km after vs {was:.1f} before, quality={quality}"


def red_flag_stops_running(season: Season) -> Result:
    """Sports medicine: swelling, pain walking or pain ≥ 6/10 stop running and send the runner to a
    physiotherapist or doctor."""
    hurt = season.persona.hurt
    if hurt is None or not (hurt.swelling or hurt.pain_walking or hurt.pain >= 6):
        return None
    after = next((plan for day, plan, _, h in season.blocks if h), None)
    if after is None:
        return None
    runs = [s for s in after.sessions if s.kind.is_run and s.code != "logged"]
    referred = any(n.code == "injury_see_professional" for n in after.notes)
    return not runs and referred, f"{len(runs)} runs planned, referred={referred}"


def old_surgery_is_history(season: Season) -> Result:
    """An old, healed injury or surgery is history, not an open injury: the plan is the one the
    runner would get without it."""
    if season.history_injury is None:
        return None
    day, plan, vdot, _ = season.blocks[0]
    clean = build_block(season.runner, vdot, day, None, [], runs=[r for r in season.runs if r.date < day])
    got = [(s.kind, s.distance_km) for s in plan.sessions]
    want = [(s.kind, s.distance_km) for s in clean.sessions]
    return got == want, "" if got == want else "the old surgery changed the plan"


def runner_units(season: Season) -> Result:
    """A runner on miles reads miles everywhere: no km in the plan's lines."""
    if not season.persona.miles:
        return None
    for day, plan, _, _ in season.blocks:
        text = plan_text(render_plan(plan, "en", Units.MILES), "en", units=Units.MILES)
        if "km" in text.replace("kms", ""):
            line = next(x for x in text.splitlines() if "km" in x)
            return False, f"{day}: {line[:90]}"
    return True, ""


TARGETS: dict[str, Callable[[Season], Result]] = {
    "estimate_from_best_race": estimate_from_best_race,
    "easy_pace_holds_usual_runs": easy_pace_holds_usual_runs,
    "first_block_volume": first_block_volume,
    "marathon_longest_run": marathon_longest_run,
    "half_longest_run": half_longest_run,
    "race_specific_work": race_specific_work,
    "recovery_after_race": recovery_after_race,
    "beginner_long_run_floor": beginner_long_run_floor,
    "easy_pace_from_real_fitness": easy_pace_from_real_fitness,
    "volume_builds": volume_builds,
    "taper_before_race": taper_before_race,
    "cut_back_weeks": cut_back_weeks,
    "mild_injury_keeps_running": mild_injury_keeps_running,
    "red_flag_stops_running": red_flag_stops_running,
    "old_surgery_is_history": old_surgery_is_history,
    "runner_units": runner_units,
}


def review(personas: Sequence[Persona] = PERSONAS,
           targets: Sequence[str] = tuple(TARGETS)) -> dict[str, list[tuple[str, bool, str]]]:
    """target → [(persona, passed, detail)] over the personas it applies to."""
    results: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    for p in personas:
        season = simulate(p)
        for name in targets:
            outcome = TARGETS[name](season)
            if outcome is not None:
                results[name].append((p.name, outcome[0], outcome[1]))
    return results


def pass_rate(rows: list[tuple[str, bool, str]]) -> float:
    return sum(1 for _, ok, _ in rows if ok) / len(rows) if rows else 1.0


def main() -> int:
    results = review()
    print(f"{len(PERSONAS)} personas followed through their season\n")
    print(f"{'target':<30} {'pass':>6} {'of':>4}  rate")
    failed = False
    for name in TARGETS:
        rows = results.get(name, [])
        ok = sum(1 for _, passed, _ in rows if passed)
        failed |= ok < len(rows) or not rows
        print(f"{name:<30} {ok:>6} {len(rows):>4}  {pass_rate(rows):6.1%}")
    for name in TARGETS:
        misses = [(who, detail) for who, passed, detail in results.get(name, []) if not passed]
        if misses:
            print(f"\n{name}:")
            for who, detail in misses[:5]:
                print(f"  - {who}: {detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
