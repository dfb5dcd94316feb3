"""LogRun with the rules, CorrectRun, DeleteRun and LogCrossTraining on the in-memory coach."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from application.messages import reason, say
from application.training.cross_training import CrossTrainingDetails
from application.training.log_run import NeedsConfirmation, RunDetails, confirmation_question
from application.training.run_changes import RunChanges, RunNotFound, RunTarget
from domain.cross_training import Activity, InvalidCrossTraining
from domain.errors import InvalidRun
from domain.runner import FitnessLevel, GoalRace, Runner
from tests.coach_harness import memory_container

TODAY = date(2026, 11, 24)


@pytest.fixture
def world(tmp_path):
    container, clock = memory_container(tmp_path)
    runner = Runner(phone="+593991234567", name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="salud",
                    onboarding_completed=True)
    container.runners().save(runner)
    return container, clock, runner


def log(container, runner, km, minutes=None, back=0, **kw):
    return container.log_run()(runner, RunDetails(distance_km=km, duration_s=minutes and int(minutes * 60),
                                                  day=TODAY - timedelta(days=back), **kw), TODAY)


def a_history(container, runner):
    for back in (2, 4, 6, 9, 11):
        log(container, runner, 10, 56, back=back, perceived_effort=5)


def memories(container, runner, query):
    return [m.document for m in container.vector_memory().retrieve_context(runner.id, query, 20)]


# --- LogRun and the rules -------------------------------------------------------------------------

def test_three_km_in_nine_minutes_waits_for_confirmation_then_is_stored(world):
    container, _, runner = world
    a_history(container, runner)
    details = RunDetails(distance_km=3, duration_s=9 * 60)
    with pytest.raises(NeedsConfirmation) as asked:
        container.log_run()(runner, details, TODAY)
    assert [c.code for c in asked.value.concerns] == ["much_faster"]
    assert len(container.runs().for_runner(runner.id)) == 5          # nothing stored
    # What the coach can say, in both languages.
    concern = asked.value.concerns[0]
    assert "más rápido" in reason("es", concern) and "faster" in reason("en", concern)
    assert "confirm" in reason("en", asked.value)
    assert confirmation_question("es", asked.value.concerns).startswith("Antes de guardarlo: un ritmo de 3:00/km")
    assert "Shall I log it" in confirmation_question("en", asked.value.concerns)

    logged = container.log_run()(runner, asked.value.details, TODAY, confirmed=True)
    assert container.runs().get(logged.run.id) == logged.run


def test_a_run_dated_tomorrow_is_refused_never_stored_as_today(world):
    container, _, runner = world
    with pytest.raises(InvalidRun) as refused:
        container.log_run()(runner, RunDetails(distance_km=8, day=TODAY + timedelta(days=1)), TODAY, confirmed=True)
    assert refused.value.code == "run_in_future"
    assert "todavía no llega" in reason("es", refused.value)
    assert container.runs().for_runner(runner.id) == []


def test_the_same_run_twice_asks_first(world):
    container, _, runner = world
    log(container, runner, 8, 45)
    with pytest.raises(NeedsConfirmation) as asked:
        log(container, runner, 8.1, 46)
    assert [c.code for c in asked.value.concerns] == ["possible_duplicate"]
    assert len(container.runs().for_runner(runner.id)) == 1


def test_a_race_is_a_field_of_the_run(world):
    container, _, runner = world
    logged = log(container, runner, 10, 50, is_race=True, notes="10k de Guayaquil")
    stored = container.runs().get(logged.run.id)
    assert stored.is_race is True and stored.notes == "10k de Guayaquil"


# --- CorrectRun -----------------------------------------------------------------------------------

def test_six_not_eight_corrects_the_last_run_and_its_memory(world):
    container, clock, runner = world
    earlier = log(container, runner, 10, 55, back=1).run
    clock.advance(timedelta(minutes=5))
    last = log(container, runner, 8, 48).run
    change = container.correct_run()(runner, "last", RunChanges(distance_km=6), TODAY)
    assert change.before.id == last.id and change.run.distance_km == 6 and change.run.duration_s == 48 * 60
    assert [r.distance_km for r in container.runs().for_runner(runner.id)] == [6, 10]
    assert container.runs().get(earlier.id).distance_km == 10
    [memory] = [d for d in memories(container, runner, "km") if d.id == last.id]
    assert "6 km" in memory.text and "8 km" not in memory.text
    assert change.plan_may_change is False


def test_correct_by_day_and_by_the_wrong_distance(world):
    container, clock, runner = world
    monday = TODAY - timedelta(days=1)
    log(container, runner, 12, 70, back=1)
    clock.advance(timedelta(minutes=1))
    log(container, runner, 6, 36, back=1)
    change = container.correct_run()(runner, RunTarget(day=monday, distance_km=12), RunChanges(distance_km=11), TODAY)
    assert change.before.distance_km == 12 and change.run.distance_km == 11
    assert sorted(r.distance_km for r in container.runs().on_day(runner.id, monday)) == [6, 11]
    moved = container.correct_run()(runner, monday, RunChanges(day=TODAY - timedelta(days=2)), TODAY)
    assert moved.run.date == TODAY - timedelta(days=2) and moved.before.distance_km == 6


def test_a_correction_passes_the_rules(world):
    container, _, runner = world
    a_history(container, runner)
    with pytest.raises(InvalidRun):
        container.correct_run()(runner, "last", RunChanges(day=TODAY + timedelta(days=3)), TODAY)
    with pytest.raises(InvalidRun) as refused:     # 25 km in the same 56 min: beyond the world record
        container.correct_run()(runner, "last", RunChanges(distance_km=25), TODAY)
    assert refused.value.code == "pace_beyond_world_record"
    longer = RunChanges(distance_km=25, duration_s=25 * 6 * 60)
    with pytest.raises(NeedsConfirmation) as asked:
        container.correct_run()(runner, "last", longer, TODAY)
    assert [c.code for c in asked.value.concerns] == ["much_longer"]
    assert container.correct_run()(runner, "last", longer, TODAY, confirmed=True).run.distance_km == 25


def test_nothing_to_correct_or_delete(world):
    container, _, runner = world
    with pytest.raises(RunNotFound) as missing:
        container.correct_run()(runner, None, RunChanges(distance_km=6), TODAY)
    assert missing.value.code == "run_not_found" and reason("es", missing.value) == "no encontré ese entreno"
    with pytest.raises(RunNotFound):
        container.delete_run()(runner, TODAY - timedelta(days=3), TODAY)


# --- DeleteRun ------------------------------------------------------------------------------------

def test_delete_the_last_run_and_forget_it_with_an_active_plan_flag(world):
    container, clock, runner = world
    kept = log(container, runner, 10, 55, back=1).run
    clock.advance(timedelta(minutes=1))
    gone = log(container, runner, 7, 40).run
    container.generate_plan()(runner, TODAY)
    change = container.delete_run()(runner, "last", TODAY)
    assert change.run.id == gone.id and change.plan_may_change is True
    assert container.runs().for_runner(runner.id) == [kept]
    ids = {d.id for d in memories(container, runner, "km")}
    assert kept.id in ids and gone.id not in ids


# --- cross-training -------------------------------------------------------------------------------

def test_forty_minutes_of_bike_is_not_running_km(world):
    container, _, runner = world
    log(container, runner, 8, 45)
    logged = container.log_cross_training()(runner, CrossTrainingDetails(activity="bike", minutes=40), TODAY)
    assert logged.session.activity is Activity.BIKE and logged.session.day == TODAY
    container.log_cross_training()(runner, CrossTrainingDetails(activity=Activity.SWIM, minutes=30,
                                                                day=TODAY - timedelta(days=2)), TODAY)
    third = container.log_cross_training()(runner, CrossTrainingDetails(activity="strength", minutes=20), TODAY)
    assert third.week_minutes == 90
    assert [r.distance_km for r in container.runs().for_runner(runner.id)] == [8]
    assert len(container.cross_training().for_runner(runner.id)) == 3
    assert "No suma" in say("es", "cross_training_logged", minutes=40, activity=say("es", "activity_bike"),
                            distance="", day="mar 24/11")


@pytest.mark.parametrize("details, code", [
    (CrossTrainingDetails(activity="yoga-ninja", minutes=30), "cross_training_activity_unknown"),
    (CrossTrainingDetails(activity="bike", minutes=0), "cross_training_minutes_out_of_range"),
    (CrossTrainingDetails(activity="bike", minutes=2000), "cross_training_minutes_out_of_range"),
    (CrossTrainingDetails(activity="swim", minutes=30, distance_km=-1), "cross_training_distance_not_positive"),
    (CrossTrainingDetails(activity="bike", minutes=30, day=TODAY + timedelta(days=1)), "cross_training_in_future"),
])
def test_impossible_cross_training_is_refused_with_a_reason(world, details, code):
    container, _, runner = world
    with pytest.raises(InvalidCrossTraining) as refused:
        container.log_cross_training()(runner, details, TODAY)
    assert refused.value.code == code
    assert reason("es", refused.value) != refused.value.reason and reason("en", refused.value)
    assert container.cross_training().for_runner(runner.id) == []


# --- the unit of work, as bootstrap wires it -------------------------------------------------------

@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_the_containers_unit_of_work_rolls_back_a_whole_message(tmp_path, store):
    container, _ = memory_container(tmp_path, store=store)
    runner = Runner(phone="+593991234568", name="Luis")
    container.runners().save(runner)
    uow = container.unit_of_work()
    assert container.unit_of_work() is uow
    with pytest.raises(RuntimeError), uow:
        container.log_run()(runner, RunDetails(distance_km=8, ache_parts=["rodilla"]), TODAY)
        container.generate_plan()(runner, TODAY)
        raise RuntimeError("the reply failed")
    assert container.runs().for_runner(runner.id) == []
    assert container.injuries().for_runner(runner.id) == []
    assert container.plans().active_for(runner.id) is None
    with uow:
        container.log_run()(runner, RunDetails(distance_km=8), TODAY)
    assert len(container.runs().for_runner(runner.id)) == 1
