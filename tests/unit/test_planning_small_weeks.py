"""A runner on a few km a week: the week keeps a run, never goes over its load, and the next block rises
at most 10 % (found by the Hypothesis property of the next block; the example is kept here)."""
from __future__ import annotations

from datetime import date, timedelta

from domain.block_review import review_block
from domain.plan import SessionKind
from domain.planning import build_block
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner


def _week_km(sessions) -> float:
    return sum(s.distance_km for s in sessions if s.kind.is_run and s.kind is not SessionKind.RACE)


def _marathoner_on_a_few_km() -> tuple[Runner, date, list[Run]]:
    # Seven weeks to a marathon, nothing said of the week, one 19 km run and a 1 km jog in the log.
    r = Runner(phone="+593991234567", goal_race=GoalRace.MARATHON, fitness_level=FitnessLevel.INTERMEDIATE,
               has_race=True, race_date=date(2025, 2, 20))
    runs = [Run(runner_id=r.id, date=date(2024, 12, 24), distance_km=19.0, duration_s=4560),
            Run(runner_id=r.id, date=date(2024, 12, 11), distance_km=1.0, duration_s=240)]
    return r, date(2025, 1, 1), runs


def test_a_lighter_week_still_has_a_run():
    r, start, runs = _marathoner_on_a_few_km()
    # (a season's first block has no lighter week: this is the block after one)
    last = build_block(r, 25.0, start - timedelta(days=14), None, [], runs=runs)
    plan = build_block(r, 25.0, start, None, [], runs=runs, last_plan=last)
    assert any(n.code == "down_week" for n in plan.notes)
    # The lighter week is lighter, not empty (before: every run dropped under a run's minimum).
    assert _week_km(plan.sessions[7:]) > 0


def test_a_workout_never_takes_the_week_over_its_load():
    r, start, runs = _marathoner_on_a_few_km()
    plan = build_block(r, 25.0, start, None, [], runs=runs)
    load = next(float(n.params["km"]) for n in plan.notes if n.code == "volume_assumed") \
        if any(n.code == "volume_assumed" for n in plan.notes) else None
    # Logged 20 km over the last four weeks: ~6.7 km a week. Before, a 6.5 km threshold session and a 3 km
    # "long" run made a 9.5 km week.
    assert load is None
    assert _week_km(plan.sessions[:7]) <= 6.7 + 0.15


def test_the_next_block_rises_at_most_ten_percent_after_a_small_block():
    r, start, runs = _marathoner_on_a_few_km()
    first = build_block(r, 25.0, start, None, [], runs=runs)
    done = [Run(runner_id=r.id, date=x.date, distance_km=x.distance_km, perceived_effort=1)
            for x in first.sessions if x.kind.is_run]
    nxt_start = first.end + timedelta(days=1)
    assert review_block(first, [*runs, *done], nxt_start) is not None
    nxt = build_block(r, 25.0, nxt_start, None, [], runs=[*runs, *done], last_plan=first)
    loading = max(_week_km(first.sessions[:7]), _week_km(first.sessions[7:]) / 0.8)
    assert 0 < _week_km(nxt.sessions[:7]) <= loading * 1.10 + 0.15
