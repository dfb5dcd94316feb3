"""Plan quality: synthetic runners followed through a whole season, every rule checked every week.

Run from the repository root:  python -m benchmarks.plan_quality   (exit status 1 on any violation)

Each runner (beginner 5k to advanced marathon, 2–7 days a week, with and without a race, with
injuries, missed weeks, tune-up races, hard-feeling easy days and typo'd runs) is simulated the way
the app works: a block is built (GeneratePlan's domain calls: estimate_vdot_from_runs, build_block
with the log and the last block), the runner "logs" what they did day by day (completing most
sessions, missing some, racing, getting hurt), and the next block is built when this one ends,
after an injury report, or after a race. Rules checked (the names printed):

  block_shape        14 days, one session a day, km with at most 2 decimals
  near_empty         a loading week carries ≥ 55 % of the runner's evidence volume (said or logged)
                     and a marathoner on ~48 km/week gets a long run > 13 km
  weekly_rise        planned week ≤ 1.10 × the last week (or the last loading week, after a
                     lighter/taper/injured week); the first week ≤ 1.10 × the evidence
  down_week          no 5 consecutive loading weeks without a lighter one (≤ 90 %)
  long_run           long run ≤ its share of the week (30 %; documented exceptions), ≤ 150 min
                     (180 marathon) at easy pace, ≤ the goal race's cap
  quality_count      quality sessions per week ≤ beginner 1 / intermediate 2 / advanced 3
  quality_adjacent   never two quality sessions on consecutive days (across blocks too)
  post_race          no quality or long run within one day per 3 km after a race
  run_days           runs only on the runner's days; the long run on their long-run day
  logged_today       a run already logged on the block's first day is that day's session
  injury_named       every active injury changes the plan and its note names the part and side
  injury_stage       red flags: no running; walk/run stage: no quality, no long run; any: no quality
  taper              race day is a race session; taper weeks lighter than the peak; no quality in
                     the 2 days before the race
  reschedule         a missed key session moves to an easy day or is dropped, never doubles up
  vdot_outlier       an implausible logged effort never becomes the VDOT basis
"""
from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from domain.injury import Injury, Side, triage_severity
from domain.plan import BLOCK_DAYS, SessionKind, TrainingPlan
from domain.planning import (
    GOAL_LONG_RUN_CAP_KM,
    build_block,
    long_run_minutes,
    long_run_share,
    max_quality,
    reschedule_missed,
    runner_days,
)
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.season import easy_days_after_race
from domain.vdot import (
    LEVEL_CEILING,
    estimate_vdot_from_runs,
    race_time_for,
    training_paces,
)

K = SessionKind
L = FitnessLevel
G = GoalRace
SEASON_START = date(2026, 1, 5)
RULES = ("block_shape", "near_empty", "weekly_rise", "down_week", "long_run", "quality_count",
         "quality_adjacent", "post_race", "run_days", "logged_today", "injury_named", "injury_stage", "taper",
         "reschedule", "vdot_outlier")


@attrs.frozen
class InjuryEvent:
    day: int                 # season day it is reported
    part: str
    side: Side | None
    pain: int
    lasts: int               # days until resolved
    swelling: bool = False
    pain_walking: bool = False


@attrs.frozen
class Profile:
    name: str
    level: FitnessLevel
    goal: GoalRace | None
    days: int
    vdot: float
    weeks: int = 12                          # season length (race in this many weeks) or cycle length
    race: bool = True
    weekly_km: float | None = None
    longest_km: float | None = None
    run_days: tuple[int, ...] | None = None
    long_run_day: int | None = None
    missed_weeks: tuple[int, ...] = ()
    completion: float = 0.95                 # share of sessions done
    easy_rpe: int = 4
    injuries: tuple[InjuryEvent, ...] = ()
    tune_up_race_day: int | None = None      # season day of a tune-up race
    tune_up_km: float = 10.0
    last_race_days_ago: int = 10             # the recent 5k (or longer race) before the season
    last_race_km: float = 5.0
    typo_run_day: int | None = None          # logs "3 km in 9 minutes" that day
    log_before_build: bool = False           # logs a run in the morning of each build day


PROFILES: tuple[Profile, ...] = (
    Profile("maria_jose_5k", L.INTERMEDIATE, G.FIVE_K, 4, 38.3, weeks=10),
    Profile("beginner_5k_3d", L.BEGINNER, G.FIVE_K, 3, 30, weeks=8),
    Profile("beginner_5k_2d", L.BEGINNER, G.FIVE_K, 2, 28, weeks=8, weekly_km=8),
    Profile("beginner_10k_3d_missed", L.BEGINNER, G.TEN_K, 3, 32, weeks=12, missed_weeks=(4, 5)),
    Profile("beginner_half_4d", L.BEGINNER, G.HALF, 4, 34, weeks=16, weekly_km=20, longest_km=10),
    Profile("beginner_marathon_4d", L.BEGINNER, G.MARATHON, 4, 35, weeks=20, weekly_km=30, longest_km=14),
    Profile("inter_10k_4d_knee", L.INTERMEDIATE, G.TEN_K, 4, 42, weeks=12, weekly_km=30,
            injuries=(InjuryEvent(20, "rodilla", Side.RIGHT, 3, 12),)),
    Profile("inter_10k_5d_days", L.INTERMEDIATE, G.TEN_K, 5, 45, weeks=10, weekly_km=40,
            run_days=(0, 2, 3, 5, 6), long_run_day=5, last_race_days_ago=2, last_race_km=15.0),
    Profile("inter_half_5d_tuneup", L.INTERMEDIATE, G.HALF, 5, 44, weeks=14, weekly_km=40, longest_km=16,
            tune_up_race_day=50),
    Profile("inter_half_3d_hard_easy", L.INTERMEDIATE, G.HALF, 3, 40, weeks=12, weekly_km=25, easy_rpe=7),
    Profile("marathoner_48km", L.INTERMEDIATE, G.MARATHON, 5, 42, weeks=18, weekly_km=48, tune_up_race_day=64,
            tune_up_km=21.1),
    Profile("inter_marathon_6d_ankle", L.INTERMEDIATE, G.MARATHON, 6, 46, weeks=18, weekly_km=55, longest_km=22,
            injuries=(InjuryEvent(40, "tobillo", Side.LEFT, 6, 16, swelling=True),)),
    Profile("inter_nogoal_3d", L.INTERMEDIATE, None, 3, 38, weeks=12, race=False),
    Profile("inter_10k_norace", L.INTERMEDIATE, G.TEN_K, 4, 40, weeks=12, race=False, weekly_km=28),
    Profile("advanced_5k_6d", L.ADVANCED, G.FIVE_K, 6, 58, weeks=10, weekly_km=60, last_race_days_ago=1,
            last_race_km=10.0),
    Profile("advanced_10k_7d", L.ADVANCED, G.TEN_K, 7, 60, weeks=12, weekly_km=75, longest_km=20),
    Profile("advanced_half_6d_low", L.ADVANCED, G.HALF, 6, 55, weeks=12, weekly_km=50, completion=0.6),
    Profile("advanced_marathon_7d", L.ADVANCED, G.MARATHON, 7, 62, weeks=18, weekly_km=90, longest_km=30,
            last_race_days_ago=1, last_race_km=21.1, tune_up_race_day=80),
    Profile("advanced_marathon_5d_calf", L.ADVANCED, G.MARATHON, 5, 56, weeks=16, weekly_km=70, longest_km=26,
            injuries=(InjuryEvent(30, "gemelo", Side.RIGHT, 2, 8),)),
    Profile("advanced_nogoal_5d", L.ADVANCED, None, 5, 55, weeks=12, race=False, weekly_km=60),
    Profile("inter_5k_typo", L.INTERMEDIATE, G.FIVE_K, 4, 40, weeks=8, typo_run_day=10),
    Profile("beginner_nogoal_3d_logtoday", L.BEGINNER, None, 3, 30, weeks=8, race=False, log_before_build=True),
    Profile("inter_marathon_4d_missed", L.INTERMEDIATE, G.MARATHON, 4, 44, weeks=20, weekly_km=45,
            missed_weeks=(7,), log_before_build=True),
    Profile("unknown_level_10k", L.BEGINNER, G.TEN_K, 3, 33, weeks=10),
)


@attrs.define
class Report:
    violations: Counter = attrs.field(factory=Counter)
    examples: dict[str, list[str]] = attrs.field(factory=dict)
    blocks: int = 0
    weeks: int = 0

    def fail(self, rule: str, who: str, what: str) -> None:
        self.violations[rule] += 1
        self.examples.setdefault(rule, [])
        if len(self.examples[rule]) < 3:
            self.examples[rule].append(f"{who}: {what}")


def _week_volume(sessions: Sequence) -> float:
    return sum(s.distance_km for s in sessions if s.kind.is_run and s.kind is not K.RACE)


def _make_runner(p: Profile) -> Runner:
    return Runner(phone="+593990000001", name=p.name, goal_race=p.goal, weekly_frequency=p.days,
                  fitness_level=None if p.name.startswith("unknown") else p.level,
                  has_race=p.race and p.goal is not None,
                  race_date=SEASON_START + timedelta(weeks=p.weeks, days=6) if p.race and p.goal else None,
                  weekly_km=p.weekly_km, longest_run_km=p.longest_km, run_days=p.run_days,
                  long_run_day=p.long_run_day)


def _run_for(runner: Runner, day: date, km: float, pace: float, rpe: int, race: bool = False,
             aches: str | None = None) -> Run:
    return Run(runner_id=runner.id, date=day, distance_km=round(km, 2), duration_s=int(km * pace),
               perceived_effort=rpe, is_race=race, aches=aches)


def simulate(p: Profile, report: Report) -> None:
    rng = random.Random(p.name)
    runner = _make_runner(p)
    paces = training_paces(p.vdot)
    # A recent 5k (or a time trial) for the runners who have one; the others start from defaults.
    runs: list[Run] = [_run_for(runner, SEASON_START - timedelta(days=p.last_race_days_ago), p.last_race_km,
                                race_time_for(p.vdot, p.last_race_km * 1000) / p.last_race_km, 10, race=True)]
    end = (runner.race_date + timedelta(days=1)) if runner.race_date else SEASON_START + timedelta(weeks=p.weeks)
    injuries: list[Injury] = []
    day = SEASON_START
    last_plan: TrainingPlan | None = None
    timeline: dict[date, SessionKind] = {}
    week_history: list[tuple[date, float, bool, bool]] = []   # (week start, km, special, exempt)
    first = True
    while day < end:
        if p.log_before_build and day < end:
            runs.append(_run_for(runner, day, 5.0, paces.easy[1], 4))
        active = [i for i in injuries if i.is_active]
        estimate = estimate_vdot_from_runs(runs, day, runner.fitness_level)
        if p.typo_run_day is not None and estimate.vdot > LEVEL_CEILING[runner.fitness_level]:
            report.fail("vdot_outlier", p.name, f"VDOT {estimate.vdot} on {day}")
        plan = build_block(runner, estimate.vdot, day, None, active, runs=runs, last_plan=last_plan)
        report.blocks += 1
        check_block(p, runner, plan, runs, active, last_plan, report, first)
        first = False
        # Simulate the block day by day; stop early on an injury report or a race (the app rebuilds).
        rebuild_on = plan.end + timedelta(days=1)
        for s in plan.sessions:
            d = s.date
            if d >= rebuild_on or d >= end:
                break
            timeline[d] = s.kind
            season_day = (d - SEASON_START).days
            for i in injuries:
                if i.is_active and i.reported_on and (d - i.reported_on).days >= _lasts(p, i):
                    i.resolved_on = d
            event = next((e for e in p.injuries if e.day == season_day), None)
            if event is not None:
                injuries.append(Injury(runner_id=runner.id, body_part=event.part, side=event.side,
                                       pain=event.pain, swelling=event.swelling, pain_walking=event.pain_walking,
                                       severity=triage_severity(event.pain, event.pain_walking, event.swelling),
                                       reported_on=d, description=str(event.lasts)))
                rebuild_on = d + timedelta(days=1)
            if p.tune_up_race_day == season_day:
                runs.append(_run_for(runner, d, p.tune_up_km, race_time_for(p.vdot, p.tune_up_km * 1000) / p.tune_up_km,
                                     10, race=True))
                timeline[d] = K.RACE
                rebuild_on = min(rebuild_on, d + timedelta(days=1))
                continue
            if p.typo_run_day == season_day:
                runs.append(_run_for(runner, d, 3.0, 180.0, 8))
                continue
            if s.code == "logged" or not s.kind.is_run:
                continue
            week_no = season_day // 7
            if week_no in p.missed_weeks or rng.random() > p.completion:
                continue
            pace = {K.EASY: paces.easy[1], K.LONG: paces.easy[1], K.THRESHOLD: paces.threshold,
                    K.INTERVALS: (paces.interval + paces.easy[0]) / 2, K.REPETITION: (paces.repetition + paces.easy[1]) / 2,
                    K.MARATHON_PACE: paces.marathon, K.RACE: race_time_for(p.vdot, s.distance_km * 1000) / s.distance_km
                    }[s.kind]
            rpe = 10 if s.kind is K.RACE else (p.easy_rpe if s.kind in (K.EASY, K.LONG) else 8)
            runs.append(_run_for(runner, d, s.distance_km * rng.uniform(0.95, 1.02), pace, rpe, s.kind is K.RACE))
        # Weeks as planned (the part of the block that was lived).
        lived = [s for s in plan.sessions if s.date < rebuild_on]
        for w in range(0, len(lived), 7):
            chunk = lived[w:w + 7]
            if len(chunk) == 7:
                # Exempt from "a lighter week every 4th": taper, race, injury, post-race, logged days.
                exempt = bool(active) or any(
                    s.kind is K.RACE or s.phase in ("taper", "recovery") for s in chunk) or any(
                    s.code in ("post_race_easy", "logged") for s in chunk) or (
                    runner.race_date is not None and chunk[-1].date > runner.race_date)
                # After a lighter week the rise is measured from the last loading week.
                special = exempt or any(n.code in ("down_week", "taper") for n in plan.notes)
                week_history.append((chunk[0].date, _week_volume(chunk), special, exempt))
        last_plan = plan
        day = rebuild_on
    check_timeline(p, runner, timeline, runs, report)
    check_weeks(p, week_history, report)


def _lasts(p: Profile, injury: Injury) -> int:
    return int(injury.description)


def check_block(p: Profile, runner: Runner, plan: TrainingPlan, runs: list[Run], active: list[Injury],
                last_plan: TrainingPlan | None, report: Report, first: bool) -> None:
    who = f"{p.name}@{plan.start}"
    level = runner.fitness_level or L.BEGINNER
    days, long_day = runner_days(runner)
    sessions = plan.sessions
    report.weeks += 2
    # block_shape
    if len(sessions) != BLOCK_DAYS or any(s.date != plan.start + timedelta(days=i) for i, s in enumerate(sessions)):
        report.fail("block_shape", who, "not 14 consecutive days")
    if any(round(s.distance_km, 2) != s.distance_km for s in sessions):
        report.fail("block_shape", who, "km with more than 2 decimals")
    paces = training_paces(plan.vdot)
    easy_mid = sum(paces.easy) / 2
    covered = any(r.date <= plan.start - timedelta(days=21) for r in runs) or \
        sum(1 for r in runs if plan.start - timedelta(days=7) <= r.date < plan.start) >= 2
    evidence = max(p.weekly_km or 0.0, _logged(runs, plan.start) if covered else 0.0)
    returning = last_plan is not None and any(n.code.startswith(("injury_", "last_block_step_back"))
                                              for n in last_plan.notes)
    for w in range(2):
        week = sessions[w * 7:(w + 1) * 7]
        vol = _week_volume(week)
        after_race = runner.race_date is not None and week[-1].date > runner.race_date
        special = active or returning or after_race or any(s.kind is K.RACE or s.phase in ("taper", "recovery") or s.code for s in week) or any(
            n.code in ("down_week", "last_block_step_back") for n in plan.notes)
        # near_empty
        if not special and evidence and vol < 0.55 * evidence:
            report.fail("near_empty", who, f"week {w + 1}: {vol:.1f} km vs evidence {evidence:.1f}")
        if not special and not evidence and vol < {L.BEGINNER: 8, L.INTERMEDIATE: 15, L.ADVANCED: 25}[level]:
            report.fail("near_empty", who, f"week {w + 1}: {vol:.1f} km with no evidence")
        longs = [s for s in week if s.kind is K.LONG]
        if p.goal is G.MARATHON and (p.weekly_km or 0) >= 45 and not special and not any(s.distance_km > 13 for s in longs):
            report.fail("near_empty", who, f"marathoner's long run {[s.distance_km for s in longs]}")
        # long_run
        for s in longs:
            share = long_run_share(len(days), p.goal)
            if s.distance_km > share * vol + 0.15:
                report.fail("long_run", who, f"{s.distance_km} km of {vol:.1f} (> {share:.0%})")
            if s.distance_km * easy_mid / 60 > long_run_minutes(p.goal) + 1:
                report.fail("long_run", who, f"{s.distance_km} km is over {long_run_minutes(p.goal)} min")
            if s.distance_km > GOAL_LONG_RUN_CAP_KM[p.goal]:
                report.fail("long_run", who, f"{s.distance_km} km over the race cap")
        # quality_count
        q = sum(1 for s in week if s.kind.is_quality)
        if q > max_quality(level):
            report.fail("quality_count", who, f"week {w + 1}: {q} quality sessions for a {level.value}")
    # first week vs evidence
    if first and evidence and _week_volume(sessions[:7]) > 1.10 * evidence + 0.3:
        report.fail("weekly_rise", who, f"first week {_week_volume(sessions[:7]):.1f} vs evidence {evidence:.1f}")
    # run_days
    for s in sessions:
        if s.kind.is_run and s.kind is not K.RACE and s.code != "logged" and s.date.weekday() not in days:
            report.fail("run_days", who, f"run on weekday {s.date.weekday()}")
        if s.kind is K.LONG and s.date.weekday() != long_day:
            report.fail("run_days", who, f"long run on weekday {s.date.weekday()} not {long_day}")
    # logged_today
    today_km = round(sum(r.distance_km for r in runs if r.date == plan.start), 2)
    if today_km and (sessions[0].code != "logged" or abs(sessions[0].distance_km - today_km) > 0.01):
        report.fail("logged_today", who, f"logged {today_km} km today, plan says {sessions[0].kind.value}")
    # post_race (races before the block)
    for r in runs:
        if r.is_race and r.date <= plan.start:
            for i in range(1, easy_days_after_race(r.distance_km) + 1):
                s = plan.session_on(r.date + timedelta(days=i))
                if s is not None and (s.kind.is_quality or s.kind is K.LONG):
                    report.fail("post_race", who, f"{s.kind.value} {i} days after a {r.distance_km} km race")
    # injuries
    if active:
        baseline = build_block(runner, plan.vdot, plan.start, None, [], runs=runs, last_plan=last_plan)
        if [(s.kind, s.distance_km) for s in baseline.sessions] == [(s.kind, s.distance_km) for s in sessions]:
            report.fail("injury_named", who, "the injury did not change the plan")
        for inj in active:
            named = [n for n in plan.notes if n.params.get("part") == inj.body_part
                     and n.params.get("side") == (inj.side.value if inj.side else "")]
            if not named:
                report.fail("injury_named", who, f"no note names {inj.body_part} {inj.side}")
        worst = min(active, key=lambda i: ("no_running", "walk_run", "easy_only", "normal").index(i.return_stage.value))
        stage = worst.return_stage.value
        runs_planned = [s for s in sessions if s.kind.is_run and s.code != "logged"]
        if stage == "no_running" and runs_planned:
            report.fail("injury_stage", who, f"{len(runs_planned)} runs despite red flags")
        if stage == "walk_run" and any(s.kind.is_quality or s.kind is K.LONG for s in sessions):
            report.fail("injury_stage", who, "quality or long run in the walk/run stage")
        if any(s.kind.is_quality for s in sessions):
            report.fail("injury_stage", who, "quality with an active injury")
    # taper and race day
    if runner.race_date and plan.start <= runner.race_date <= plan.end:
        race = plan.session_on(runner.race_date)
        if race is None or race.kind is not K.RACE:
            report.fail("taper", who, "race day is not a race session")
        for i in (1, 2):
            s = plan.session_on(runner.race_date - timedelta(days=i))
            if s is not None and s.kind.is_quality:
                report.fail("taper", who, f"quality {i} days before the race")
    # reschedule: miss the first key session still ahead
    key = next((s for s in sessions[1:] if s.kind.is_quality or s.kind is K.LONG), None)
    if key is not None:
        moved, note = reschedule_missed(plan, key.date, key.date + timedelta(days=1))
        kinds = [s.kind for s in moved.sessions]
        if any(a.is_quality and b.is_quality for a, b in itertools.pairwise(kinds)):
            report.fail("reschedule", who, "moved into a consecutive quality day")
        for w in range(2):
            before = sum(1 for s in sessions[w * 7:(w + 1) * 7] if s.kind.is_run)
            after = sum(1 for s in moved.sessions[w * 7:(w + 1) * 7] if s.kind.is_run)
            if after > before:
                report.fail("reschedule", who, "more runs after moving a session")
            if sum(1 for s in moved.sessions[w * 7:(w + 1) * 7] if s.kind.is_quality) > \
                    sum(1 for s in sessions[w * 7:(w + 1) * 7] if s.kind.is_quality):
                report.fail("reschedule", who, "more quality after moving a session")
        if note.code == "moved":
            target = next(s for s in plan.sessions if s.date.isoformat() == note.params["to"])
            if target.kind is not K.EASY:
                report.fail("reschedule", who, f"moved onto a {target.kind.value} day")


def _logged(runs: list[Run], before: date) -> float:
    def km(lo: int, hi: int) -> float:
        return sum(r.distance_km for r in runs if before - timedelta(days=hi) <= r.date < before - timedelta(days=lo))
    return max(km(0, 7), km(0, 21) / 3)


def check_timeline(p: Profile, runner: Runner, timeline: dict[date, SessionKind], runs: list[Run],
                   report: Report) -> None:
    days = sorted(timeline)
    for a, b in itertools.pairwise(days):
        if (b - a).days == 1 and timeline[a].is_quality and timeline[b].is_quality:
            report.fail("quality_adjacent", p.name, f"quality on {a} and {b}")


def check_weeks(p: Profile, weeks: list[tuple[date, float, bool, bool]], report: Report) -> None:
    for i in range(1, len(weeks)):
        start, vol, _, _ = weeks[i]
        ref = weeks[i - 1][1]
        if weeks[i - 1][2] and i >= 2:
            ref = max(ref, weeks[i - 2][1])
        if ref > 0 and vol > ref * 1.10 + 0.3:
            report.fail("weekly_rise", p.name, f"week of {start}: {vol:.1f} km after {ref:.1f}")
    streak = 0
    for i in range(1, len(weeks)):
        lighter = weeks[i][1] <= 0.9 * max(w[1] for w in weeks[max(0, i - 4):i]) or weeks[i][3]
        streak = 0 if lighter else streak + 1
        if streak >= 5:
            report.fail("down_week", p.name, f"5 loading weeks without a lighter one up to {weeks[i][0]}")
            streak = 0


def main() -> int:
    report = Report()
    for profile in PROFILES:
        simulate(profile, report)
    print(f"{len(PROFILES)} runners, {report.blocks} blocks, {report.weeks} planned weeks checked\n")
    print(f"{'rule':<18} violations")
    for rule in RULES:
        print(f"{rule:<18} {report.violations[rule]}")
    total = sum(report.violations.values())
    print(f"{'TOTAL':<18} {total}")
    for rule, examples in report.examples.items():
        print(f"\n{rule}:")
        for e in examples:
            print(f"  - {e}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
