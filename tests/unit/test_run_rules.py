"""domain/run_rules.py: what no run can be, and what needs the runner's word (issue 10)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import InvalidRun
from domain.run import Run
from domain.run_rules import (
    GPS_MARGIN,
    MAX_RUNS_PER_DAY,
    WORLD_RECORDS,
    check_new_run,
    fastest_possible_pace,
    predicted_pace,
    world_record_pace,
)
from domain.runner import FitnessLevel

TODAY = date(2026, 11, 24)


def run(km: float, minutes: float | None = None, day: date = TODAY, rpe: int | None = None, **kw) -> Run:
    return Run(runner_id="ana", date=day, distance_km=km,
               duration_s=round(minutes * 60) if minutes is not None else None, perceived_effort=rpe, **kw)


def codes(concerns) -> list[str]:
    return [c.code for c in concerns]


# A runner of about 10 km at 5:30/km: easy runs and a 10k in 52 min three weeks ago.
HISTORY = [run(10, 55, TODAY - timedelta(days=d), rpe=5) for d in (2, 5, 9, 12, 16, 19)] + [
    run(15, 88, TODAY - timedelta(days=7), rpe=6), run(10, 52, TODAY - timedelta(days=21), rpe=10)]


def predicted(km: float, history=HISTORY, level=FitnessLevel.INTERMEDIATE) -> float | None:
    return predicted_pace(history, km, TODAY, level)


def test_the_world_record_curve_goes_through_the_records():
    for km, seconds in WORLD_RECORDS:
        assert world_record_pace(km) == pytest.approx(seconds / km)
    assert world_record_pace(3.0) == pytest.approx(145.85, abs=0.01)    # 7:17.55 → 2:25.9/km


def test_3_km_in_9_minutes_needs_confirmation_from_history_and_for_a_newcomer():
    three = run(3, 9)   # 3:00/km: slower than the 3000 m record (2:26/km), far beyond this runner
    assert codes(check_new_run(three, HISTORY, TODAY, predicted(3))) == ["much_faster"]
    assert codes(check_new_run(three, [], TODAY, predicted(3, []))) == ["much_faster"]
    assert codes(check_new_run(three, [], TODAY, predicted(3, [], FitnessLevel.ADVANCED))) == ["much_faster"]


def test_faster_than_the_world_record_curve_is_refused():
    with pytest.raises(InvalidRun) as refused:
        check_new_run(run(3, 7), HISTORY, TODAY, predicted(3))        # 2:20/km for 3 km
    assert refused.value.code == "pace_beyond_world_record"
    with pytest.raises(InvalidRun):
        check_new_run(run(42.195, 115), HISTORY, TODAY)                # a marathon in 1:55
    with pytest.raises(InvalidRun):
        check_new_run(run(10, 24.5), HISTORY, TODAY)                   # 10 km in 24:30


def test_near_world_class_but_possible_is_a_question_not_a_refusal():
    assert "much_faster" in codes(check_new_run(run(42.195, 125), HISTORY, TODAY, predicted(42.195)))


def test_42_km_easy_in_3h20_is_far_outside_this_runners_history():
    marathon = run(42, 200, rpe=3, notes="42 km suave")
    assert codes(check_new_run(marathon, HISTORY, TODAY, predicted(42))) == ["much_longer", "much_faster"]


def test_usual_runs_need_nothing():
    assert check_new_run(run(10, 54, rpe=5), HISTORY, TODAY, predicted(10)) == []
    assert check_new_run(run(21.1, 125), HISTORY, TODAY, predicted(21.1)) == []    # < 2× the 15 km
    assert check_new_run(run(5, 24, rpe=9), HISTORY, TODAY, predicted(5)) == []     # a good 5k, not absurd
    # A beginner's first runs: nothing to compare with, nothing to ask.
    assert check_new_run(run(3, 21), [], TODAY, predicted(3, [], FitnessLevel.BEGINNER)) == []
    assert check_new_run(run(4), [run(2, day=TODAY - timedelta(days=2))], TODAY) == []


def test_the_longest_run_the_runner_stated_counts_as_history():
    assert codes(check_new_run(run(20), [], TODAY, stated_longest_km=8)) == ["much_longer"]
    assert check_new_run(run(20), [], TODAY, stated_longest_km=12) == []


def test_a_run_in_the_future_is_refused_in_the_runners_calendar():
    with pytest.raises(InvalidRun) as refused:
        check_new_run(run(8, day=TODAY + timedelta(days=1)), HISTORY, TODAY)
    assert refused.value.code == "run_in_future" and refused.value.params["day"] == "2026-11-25"
    assert check_new_run(run(8, 46, day=TODAY), HISTORY, TODAY) == []


def test_a_possible_duplicate_same_day_within_3_percent():
    morning = run(10.0, 55, rpe=5)
    assert codes(check_new_run(run(10.2, 56), [*HISTORY, morning], TODAY)) == ["possible_duplicate"]
    assert check_new_run(run(10.5, 56), [*HISTORY, morning], TODAY) == []           # 5 % apart: another run
    assert check_new_run(run(10.0, 55, day=TODAY - timedelta(days=1)), [*HISTORY, morning], TODAY) == []


def test_eleven_runs_in_one_day_are_refused():
    day = [run(5, 30) for _ in range(MAX_RUNS_PER_DAY)]
    with pytest.raises(InvalidRun) as refused:
        check_new_run(run(3, 18), day, TODAY)
    assert refused.value.code == "too_many_runs_in_day"


def test_more_than_100_km_in_several_runs_or_more_than_24_h_a_day_is_refused():
    with pytest.raises(InvalidRun) as refused:
        check_new_run(run(45), [run(30), run(30)], TODAY)
    assert refused.value.code == "day_too_long"
    assert codes(check_new_run(run(120, 900), HISTORY, TODAY)) == ["much_longer"]   # one ultra: ask, don't refuse
    with pytest.raises(InvalidRun) as refused:
        check_new_run(run(40, 13 * 60), [run(40, 12 * 60)], TODAY)
    assert refused.value.code in ("day_too_long_in_time", "day_too_long")


def test_a_corrected_run_is_not_its_own_duplicate():
    logged = run(8, 45)
    corrected = Run(runner_id="ana", date=TODAY, distance_km=8.1, duration_s=45 * 60, id=logged.id)
    assert check_new_run(corrected, [*HISTORY, logged], TODAY) == []


# --- properties ---------------------------------------------------------------------------------

distances = st.floats(min_value=0.1, max_value=300, allow_nan=False)


@given(distances, distances)
def test_the_record_pace_never_gets_faster_with_distance(a, b):
    short, long = sorted((a, b))
    assert world_record_pace(short) <= world_record_pace(long) + 1e-9


@settings(max_examples=200)
@given(km=st.floats(min_value=0.5, max_value=200), slower=st.floats(min_value=0.0, max_value=3.0),
       back=st.integers(min_value=0, max_value=365))
def test_a_lone_run_slower_than_the_records_in_the_past_is_never_refused(km, slower, back):
    pace = world_record_pace(km) * (1 + slower)
    seconds = int(pace * km) + 1
    if seconds > 24 * 3600:
        return
    candidate = Run(runner_id="ana", date=TODAY - timedelta(days=back), distance_km=km, duration_s=seconds)
    check_new_run(candidate, [], TODAY)    # no exception


@settings(max_examples=200)
@given(km=st.floats(min_value=1.0, max_value=200), faster=st.floats(min_value=0.001, max_value=0.3))
def test_a_run_beyond_the_record_curve_is_always_refused(km, faster):
    seconds = int(fastest_possible_pace(km) * km * (1 - faster))
    try:
        candidate = Run(runner_id="ana", date=TODAY, distance_km=km, duration_s=seconds)
    except InvalidRun:
        return     # the Run itself already refuses it
    with pytest.raises(InvalidRun):
        check_new_run(candidate, HISTORY, TODAY)


@given(days=st.integers(min_value=1, max_value=3650), km=st.floats(min_value=0.1, max_value=50))
def test_any_future_day_is_refused(days, km):
    with pytest.raises(InvalidRun):
        check_new_run(run(km, day=TODAY + timedelta(days=days)), [], TODAY)


@given(km=st.floats(min_value=0.5, max_value=15))
def test_no_longer_than_the_longest_and_no_time_needs_no_confirmation(km):
    assert check_new_run(run(km, day=TODAY - timedelta(days=30)), HISTORY, TODAY, predicted(km)) == []


def test_the_gps_margin_is_small():
    assert 0 < GPS_MARGIN <= 0.05
