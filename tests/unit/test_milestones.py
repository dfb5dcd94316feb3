from datetime import date, timedelta

from domain.milestones import MilestoneKind, milestones, week_km
from domain.run import Run

MONDAY = date(2026, 11, 23)


def run(day_offset, km, minutes=None):
    return Run(runner_id="r", date=MONDAY + timedelta(days=day_offset), distance_km=km,
               duration_s=minutes * 60 if minutes else None)


def test_a_longer_run_than_ever_is_a_record_once_there_is_history():
    history = [run(-7, 8, 48), run(-5, 10, 60)]
    longest = run(0, 12, 75)
    assert [m.kind for m in milestones(longest, history + [longest])] == [MilestoneKind.LONGEST_RUN]
    assert milestones(longest, history)[0].previous_best == 10
    assert milestones(run(0, 12, 75), history[:1]) == []          # one earlier run is no history


def test_a_faster_pace_counts_only_over_comparable_distances():
    history = [run(-7, 8, 48), run(-5, 5, 29), run(-3, 1, 4)]      # the 1 km at 4:00/km doesn't count
    quick = run(0, 5, 28)                                         # 5:36/km beats 5:48/km
    found = milestones(quick, history)
    assert [m.kind for m in found] == [MilestoneKind.FASTEST_PACE]
    assert found[0].previous_best == 29 * 60 / 5
    assert milestones(run(0, 2, 7), history) == []                # too short to be a pace record


def test_the_week_is_monday_to_sunday():
    history = [run(-1, 10), run(0, 5), run(3, 6)]
    sunday = run(6, 12)
    assert week_km(sunday, history) == 23
    assert week_km(run(7, 4), history + [sunday]) == 4           # the next Monday starts afresh
