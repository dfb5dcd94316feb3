"""ImportActivity on in-memory adapters, and the reply a runner reads (issue 24)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

from application.messages.activity_text import activity_reply, run_summary
from application.ports.activity_files import ActivityFile
from application.training.import_activity import NotARun
from application.training.log_run import RunDetails
from domain.activity import (
    Lap,
    Recording,
    Split,
    altitude_slowing,
    climb_allowance_s_per_km,
    easy_at_threshold,
    flat_sea_level_pace,
    max_hr_for_age,
)
from domain.errors import InvalidRun
from domain.plan import BLOCK_DAYS, Session, SessionKind, TrainingPlan
from domain.runner import FitnessLevel, GoalRace, Runner, Units
from domain.vdot import estimate_vdot_from_runs

DAY = date(2026, 12, 5)
TODAY = date(2026, 12, 5)
DEMO = Recording(started_at=datetime(2026, 12, 5, 11, 30, tzinfo=timezone.utc), moving_s=3130, elapsed_s=3190,
                 elevation_gain_m=145.0, elevation_loss_m=145.0, avg_hr=152, max_hr=171, avg_cadence_spm=172,
                 splits=tuple(Split(i, 1.0, 288 if i == 9 else 309) for i in range(1, 11)) + (Split(11, 0.2, 60),),
                 laps=tuple(Lap(i, 1.0, 300) for i in range(1, 11)) + (Lap(11, 0.2, 60),), altitude_m=2850.0)


def activity(distance_km=10.2, recording=DEMO, sport="running", **kw) -> ActivityFile:
    return ActivityFile(format="fit", sport=sport, distance_km=distance_km, recording=recording, **kw)


@pytest.fixture
def runner(coach):
    container, _ = coach
    runner = Runner(phone="+593991234567", name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="salud",
                    onboarding_completed=True)
    container.runners().save(runner)
    return runner


def test_the_reply_is_what_a_runner_wants_to_see(coach, runner):
    container, _ = coach
    imported = container.tools().import_activity(runner, activity(), TODAY)
    assert imported.outcome == "logged"
    assert activity_reply(imported.run, imported.outcome, imported.notes, runner, TODAY) == \
        "✅ 10.2 km en 52:10 (5:07/km), +145 m, FC media 152 · el km más rápido el 9 (4:48)"
    english = attrs.evolve(runner, language="en")
    assert run_summary(imported.run, "en") == \
        "10.2 km in 52:10 (5:07/km), +145 m, avg HR 152 · fastest km: #9 (4:48)"
    miles = attrs.evolve(english, units=Units.MILES)
    assert activity_reply(imported.run, "logged", [], miles, TODAY).startswith("✅ 6.34 mi in 52:10 (8:14/mi)")


def test_it_goes_through_the_same_rules_as_a_typed_run(coach, runner):
    container, _ = coach
    with pytest.raises(InvalidRun):            # a car's track: faster than any human
        container.tools().import_activity(runner, activity(distance_km=40.0), TODAY)
    future = attrs.evolve(DEMO, started_at=datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc))
    with pytest.raises(InvalidRun):
        container.tools().import_activity(runner, activity(recording=future), TODAY)
    with pytest.raises(NotARun):
        container.tools().import_activity(runner, activity(sport="cycling"), TODAY)
    assert container.runs().for_runner(runner.id) == []


def test_a_typed_run_within_5_percent_is_completed_not_doubled(coach, runner):
    container, _ = coach
    typed = container.log_run()(runner, RunDetails(distance_km=10, duration_s=3120, perceived_effort=6,
                                                   notes="con Juan"), TODAY).run
    imported = container.tools().import_activity(runner, activity(), TODAY)
    assert imported.outcome == "completed" and imported.run.id == typed.id
    [run] = container.runs().for_runner(runner.id)
    assert (run.distance_km, run.duration_s, run.perceived_effort, run.notes, run.source) == \
        (10.2, 3130, 6, "con Juan", "fit")
    assert run.recording == DEMO


def test_a_typed_run_more_than_5_percent_away_stays_a_run_of_its_own(coach, runner):
    container, _ = coach
    container.log_run()(runner, RunDetails(distance_km=9.6, duration_s=3000), TODAY)     # 6 % short
    assert container.tools().import_activity(runner, activity(), TODAY).outcome == "logged"
    assert sorted(r.distance_km for r in container.runs().for_runner(runner.id)) == [9.6, 10.2]


def test_the_same_activity_again_updates_its_run(coach, runner):
    container, _ = coach
    first = container.tools().import_activity(runner, activity(), TODAY, source_ref="987")
    edited = container.tools().import_activity(runner, activity(distance_km=10.0), TODAY, source_ref="987")
    assert edited.outcome == "updated" and edited.run.id == first.run.id
    assert [r.distance_km for r in container.runs().for_runner(runner.id)] == [10.0]
    assert container.import_activity().delete(runner, "fit", "987").id == first.run.id
    assert container.runs().for_runner(runner.id) == []


def test_a_race_from_the_watch_is_race_evidence_for_fitness(coach, runner):
    container, _ = coach
    imported = container.tools().import_activity(runner, activity(), TODAY, is_race=True)
    assert imported.run.is_race and "race_evidence" in imported.notes
    estimate = estimate_vdot_from_runs(container.runs().for_runner(runner.id), TODAY)
    assert estimate.source == "race"
    # a race high up and over hills is said at its flat, sea-level worth
    assert "altitude" in imported.notes and imported.flat_pace_s_per_km < imported.run.pace_s_per_km - 5


def test_an_easy_day_run_at_threshold_heart_rate_is_noted(coach, runner):
    container, _ = coach
    days = [DAY + timedelta(days=i) for i in range(BLOCK_DAYS)]
    container.plans().activate(TrainingPlan(runner_id=runner.id, start=DAY, vdot=45.0, sessions=[
        Session(d, SessionKind.EASY if d == DAY else SessionKind.REST, 10.0 if d == DAY else 0.0) for d in days]))
    limit = 0.88 * max_hr_for_age(34)                  # 184 → threshold from 162
    hard = attrs.evolve(DEMO, avg_hr=int(limit) + 2)
    imported = container.tools().import_activity(runner, activity(recording=hard), TODAY)
    assert "easy_at_threshold" in imported.notes
    reply = activity_reply(imported.run, imported.outcome, imported.notes, runner, TODAY)
    assert "era un rodaje suave, pero tu FC media (163) fue de umbral (≥ 162 para tu edad)" in reply


def test_an_easy_run_at_easy_heart_rate_is_not_noted(coach, runner):
    container, _ = coach
    imported = container.tools().import_activity(runner, activity(), TODAY, meant_easy=True)
    assert "easy_at_threshold" not in imported.notes


def test_interval_laps_are_shown_auto_laps_are_not(coach, runner):
    container, _ = coach
    reps = attrs.evolve(DEMO, laps=(Lap(1, 2.0, 600), *(Lap(i, 0.4, 80) for i in range(2, 8)), Lap(8, 2.0, 660)))
    imported = container.tools().import_activity(runner, activity(recording=reps), TODAY)
    reply = activity_reply(imported.run, "logged", [], runner, TODAY)
    assert "Series: 2 km 10:00 (5:00/km), 400 m 1:20 (3:20/km)" in reply
    auto = container.tools().import_activity(runner, activity(distance_km=5.0, recording=attrs.evolve(
        DEMO, moving_s=1500, laps=tuple(Lap(i, 1.0, 300) for i in range(1, 6)))), TODAY)
    assert "Series" not in activity_reply(auto.run, "logged", [], runner, TODAY)


# --- the coaching rules behind the notes -------------------------------------------------------

def test_threshold_heart_rate_bands_follow_daniels_with_tanakas_max():
    assert max_hr_for_age(34) == 184 and max_hr_for_age(60) == 166
    assert easy_at_threshold(162, 184) and not easy_at_threshold(145, 184)     # 88 % of 184 = 161.9
    assert not easy_at_threshold(None, 184) and not easy_at_threshold(160, None)


def test_altitude_and_hills_slow_the_pace_by_the_cited_amounts():
    assert altitude_slowing(0) == 0 and altitude_slowing(1000) == 0
    assert altitude_slowing(2850) == pytest.approx(0.02775)           # Quito: ~2.8 %
    assert altitude_slowing(5000) == 0.03                              # capped at the acclimatised figure
    # 100 m of net climb over 10 km is a 1 % average grade: ~8 s/km
    assert climb_allowance_s_per_km(10.0, 100.0, 0.0) == pytest.approx(8.0)
    assert climb_allowance_s_per_km(10.0, 100.0, 100.0) == pytest.approx(4.0)
    assert climb_allowance_s_per_km(10.0, 100.0, None) == pytest.approx(4.0)     # unknown descent: a loop
    flat = flat_sea_level_pace(300.0, 10.0, Recording(elevation_gain_m=100.0, elevation_loss_m=0.0, altitude_m=2850.0))
    assert flat == pytest.approx((300.0 - 8.0) / 1.02775)
