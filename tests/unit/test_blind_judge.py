"""The blind-set scorer (benchmarks.blind.judge): a race told once is one run stored as a race."""
from datetime import date

from benchmarks.blind import State, judge

RACE = [{"type": "run", "date": "2027-01-16", "distance_km": 5.0, "duration_s": 1248, "effort": "race"},
        {"type": "race_result", "date": "2027-01-16", "distance_km": 5.0, "time_s": 1248}]


def _state(runs):
    return State(runs=runs, cross={}, injuries={}, race=(), days=())


def test_one_run_stored_as_a_race_answers_the_run_and_the_race_result():
    verdict = judge(_state({}), _state({"r1": (date(2027, 1, 16), 5.0, 1248, True)}), RACE)
    assert not verdict.missed and not verdict.wrong
    assert verdict.fields_exact == verdict.fields_total == 6


def test_a_race_stored_as_a_plain_run_misses_the_race_result():
    verdict = judge(_state({}), _state({"r1": (date(2027, 1, 16), 5.0, 1248, False)}), RACE)
    assert verdict.missed == ["race_result 2027-01-16 5.0 km stored as a run, not a race"]


def test_nothing_stored_misses_both():
    verdict = judge(_state({}), _state({}), RACE)
    assert len(verdict.missed) == 2


def test_a_run_moved_to_another_day_answers_a_delete_and_a_run():
    moved = [{"type": "delete_run", "date": "2026-11-18"},
             {"type": "run", "date": "2026-11-19", "distance_km": 3.0, "duration_s": 1800, "effort": "easy"}]
    before = _state({"r1": (date(2026, 11, 18), 3.0, 1800, False)})
    after = _state({"r1": (date(2026, 11, 19), 3.0, 1800, False)})
    verdict = judge(before, after, moved)
    assert not verdict.missed and not verdict.wrong
    # Left where it was, the run is neither deleted nor moved.
    assert judge(before, before, moved).missed


def test_the_briefs_other_part_is_any_part_outside_its_list():
    wrist = [{"type": "injury", "body_part": "other", "side": "right", "pain": 6, "severity": "severe"}]
    before = State(runs={}, cross={}, injuries={}, race=(), days=())
    stored = State(runs={}, cross={}, injuries={"i1": ("muñeca", "right", "severe", 6, True)}, race=(), days=())
    assert not judge(before, stored, wrist).missed
    # A knee is not "other".
    knee = State(runs={}, cross={}, injuries={"i1": ("rodilla", "right", "severe", 6, True)}, race=(), days=())
    assert judge(before, knee, wrist).missed


def test_a_severe_ache_already_stored_and_open_is_not_missed_when_told_again():
    worse = [{"type": "injury", "body_part": "ankle", "side": "right", "pain": None, "severity": "severe"}]
    stored = State(runs={}, cross={}, injuries={"i1": ("tobillo", "right", "severe", 8, True)}, race=(), days=())
    assert not judge(stored, stored, worse).missed
    mild = State(runs={}, cross={}, injuries={"i1": ("tobillo", "right", "mild", 2, True)}, race=(), days=())
    assert judge(mild, mild, worse).missed
