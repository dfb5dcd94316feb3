"""LogRun, GeneratePlan, SummarizeProgress, RecordInjury on in-memory adapters."""
from datetime import date, timedelta

import pytest

from application.training.log_run import RunDetails
from domain.errors import InvalidRun
from domain.injury import Severity
from domain.memory import MemoryKind
from domain.runner import FitnessLevel, GoalRace, Runner

TODAY = date(2026, 11, 24)


@pytest.fixture
def runner(coach):
    container, _ = coach
    runner = Runner(phone="+593991234567", name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="salud",
                    onboarding_completed=True)
    container.runners().save(runner)
    return runner


def test_log_run_stores_remembers_and_notes_aches(coach, runner):
    container, _ = coach
    logged = container.log_run()(runner, RunDetails(distance_km=8, duration_s=2700, perceived_effort=6,
                                                    aches="rodilla", ache_parts=["rodilla"]), TODAY)
    assert container.runs().for_runner(runner.id) == [logged.run]
    assert [i.body_part for i in logged.new_injuries] == ["rodilla"]
    memories = container.vector_memory().retrieve_context(runner.id, "8 km rodilla", 5)
    assert any(m.document.kind == MemoryKind.RUN and "8 km" in m.document.text for m in memories)
    # The same ache again is the same open injury, not a new one.
    again = container.log_run()(runner, RunDetails(distance_km=5, ache_parts=["rodilla"]), TODAY)
    assert again.new_injuries == [] and len(container.injuries().for_runner(runner.id)) == 1


def test_log_run_refuses_impossible_runs_and_stores_nothing(coach, runner):
    container, _ = coach
    with pytest.raises(InvalidRun):
        container.log_run()(runner, RunDetails(distance_km=-3), TODAY)
    with pytest.raises(InvalidRun):
        container.log_run()(runner, RunDetails(distance_km=5, perceived_effort=14), TODAY)
    assert container.runs().for_runner(runner.id) == []


def test_generate_plan_reads_fitness_from_runs_and_replaces_the_active_plan(coach, runner):
    container, _ = coach
    log = container.log_run()
    for back, km, minutes, rpe in [(1, 10, 45, 9), (3, 6, 36, 5), (5, 12, 72, 6)]:
        log(runner, RunDetails(distance_km=km, duration_s=minutes * 60, perceived_effort=rpe,
                               day=TODAY - timedelta(days=back)), TODAY)
    first = container.generate_plan()(runner, TODAY)
    assert first.estimate.source in ("runs", "race") and first.plan.vdot == pytest.approx(first.estimate.vdot)
    # A 10 km in 45:00 at RPE 9 is a VDOT of about 45, discounted a little.
    assert 40 < first.plan.vdot <= 45.5
    second = container.generate_plan()(runner, TODAY + timedelta(days=1))
    plans = container.plans()
    assert plans.active_for(runner.id).id == second.plan.id
    assert [p.active for p in plans.history(runner.id)] == [True, False]
    # The load rule: week 1 of the block is at most 10 % above the last week's 28 km.
    assert first.plan.week_km(0) <= 28 * 1.1 + 0.05


def test_progress_compares_with_the_previous_period_and_the_plan(coach, runner):
    container, _ = coach
    log = container.log_run()
    log(runner, RunDetails(distance_km=10, duration_s=3000, day=TODAY - timedelta(days=20)), TODAY)
    log(runner, RunDetails(distance_km=8, duration_s=2400, perceived_effort=5, day=TODAY - timedelta(days=2)), TODAY)
    log(runner, RunDetails(distance_km=7, duration_s=2100, perceived_effort=7, day=TODAY), TODAY)
    summary = container.summarize_progress()(runner, TODAY, 14)
    assert (summary.runs, summary.total_km, summary.previous_km) == (2, 15, 10)
    assert summary.change_pct == 50 and summary.average_pace_s_per_km == pytest.approx(300)
    assert summary.average_effort == 6 and summary.longest_km == 8
    assert "2 entrenos, 15 km" in summary.text("es") and "+50 %" in summary.text("es")
    assert "2 runs, 15 km" in summary.text("en")


def test_record_injury_keeps_one_open_injury_per_body_part(coach, runner):
    container, _ = coach
    record = container.record_injury()
    first = record(runner, "rodilla", Severity.MILD, "molestia", TODAY)
    worse = record(runner, "rodilla", Severity.SEVERE, "no puedo caminar", TODAY)
    assert worse.id == first.id and worse.severity == Severity.SEVERE
    container.resolve_injury()(runner, "rodilla", TODAY)
    assert container.injuries().for_runner(runner.id, active_only=True) == []
    assert container.injuries().for_runner(runner.id)[0].resolved_on == TODAY


def test_a_right_knee_changes_the_plan_and_is_named_with_its_side(coach, runner):
    """Issue 10: "me duele la rodilla derecha" gave ankle bullets and an unchanged plan."""
    from domain.injury import Side
    container, _ = coach
    before = container.generate_plan()(runner, TODAY).plan
    container.record_injury()(runner, "rodilla", Severity.MILD, "me duele la rodilla derecha", TODAY,
                              side=Side.RIGHT, pain=2)
    after = container.generate_plan()(runner, TODAY).plan
    assert [(s.kind, s.distance_km) for s in after.sessions] != [(s.kind, s.distance_km) for s in before.sessions]
    text = " ".join(after.adaptations)
    assert "rodilla derecha" in text and "tobillo" not in text
    assert not any(s.kind.is_quality for s in after.sessions)


def test_the_next_block_is_built_from_the_last_and_todays_run(coach, runner):
    container, _ = coach
    first = container.generate_plan()(runner, TODAY).plan
    log = container.log_run()
    for s in first.sessions:
        if s.kind.is_run:
            log(runner, RunDetails(distance_km=s.distance_km, duration_s=int(s.distance_km * 360),
                                   perceived_effort=4, day=s.date), s.date)
    nxt_day = first.end + timedelta(days=1)
    log(runner, RunDetails(distance_km=6, duration_s=2200, perceived_effort=4, day=nxt_day), nxt_day)
    second = container.generate_plan()(runner, nxt_day)
    plan = second.plan
    assert plan.sessions[0].code == "logged" and plan.sessions[0].distance_km == 6
    assert any("subimos" in a for a in plan.adaptations)       # all done: the load goes up a little
    assert plan.week_km(1) <= max(first.week_km(0), first.week_km(1)) * 1.10 * 1.10
