"""The 14-day block builder: its rules, unit by unit, then as properties over any runner."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import InvalidPlan
from domain.injury import Injury, Severity, body_part_name
from domain.plan import SessionKind, TrainingPlan
from domain.planning import build_block
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.vdot import training_paces

START = date(2025, 3, 3)   # a Monday
K = SessionKind


def runner(frequency=4, level=FitnessLevel.INTERMEDIATE, goal=GoalRace.TEN_K, language="es") -> Runner:
    return Runner(phone="+593991234567", weekly_frequency=frequency, fitness_level=level,
                  goal_race=goal, language=language)


def injury(r: Runner, severity: Severity, part: str = "rodilla", resolved: bool = False) -> Injury:
    return Injury(runner_id=r.id, body_part=part, severity=severity, reported_on=START - timedelta(days=2),
                  resolved_on=START - timedelta(days=1) if resolved else None)


def week(plan: TrainingPlan, w: int):
    return plan.sessions[w * 7:(w + 1) * 7]


def runs_in_week(plan: TrainingPlan, w: int) -> int:
    return sum(1 for s in week(plan, w) if s.kind.is_run)


def quality_in_week(plan: TrainingPlan, w: int) -> int:
    return sum(1 for s in week(plan, w) if s.kind.is_quality)


def consecutive_quality(plan: TrainingPlan) -> bool:
    kinds = [s.kind for s in plan.sessions]
    return any(a.is_quality and b.is_quality for a, b in zip(kinds, kinds[1:]))


# --- The standard block -----------------------------------------------------------------------

def test_a_standard_block_has_one_session_a_day_for_two_weeks():
    plan = build_block(runner(), 45, START, None, [])
    assert len(plan.sessions) == 14
    assert [s.date for s in plan.sessions] == [START + timedelta(days=i) for i in range(14)]
    assert plan.start == START and plan.vdot == 45


def test_a_standard_block_runs_exactly_the_weekly_frequency_and_explains_nothing():
    plan = build_block(runner(frequency=4), 45, START, None, [])
    assert runs_in_week(plan, 0) == runs_in_week(plan, 1) == 4
    assert plan.adaptations == []


def test_the_long_run_closes_each_week_and_is_its_longest_run():
    plan = build_block(runner(frequency=5), 45, START, None, [])
    for w in (0, 1):
        last = week(plan, w)[-1]
        assert last.kind is K.LONG
        assert last.distance_km == max(s.distance_km for s in week(plan, w))


def test_load_progresses_in_week_two_but_by_no_more_than_ten_percent():
    plan = build_block(runner(frequency=4), 45, START, None, [])
    assert plan.week_km(0) < plan.week_km(1) <= 1.10 * plan.week_km(0)


def test_sessions_carry_the_paces_of_the_runners_vdot():
    paces = training_paces(50)
    plan = build_block(runner(frequency=5, level=FitnessLevel.ADVANCED, goal=GoalRace.HALF), 50, START,
                       None, [])
    targets = {K.THRESHOLD: paces.threshold, K.INTERVALS: paces.interval,
               K.REPETITION: paces.repetition, K.MARATHON_PACE: paces.marathon}
    for s in plan.sessions:
        if s.kind in (K.EASY, K.LONG):
            assert s.pace_s_per_km == pytest.approx(paces.easy, abs=0.1)
        elif s.kind in targets:
            fast, slow = s.pace_s_per_km
            assert fast <= targets[s.kind] <= slow and slow - fast <= 10
        else:
            assert s.pace_s_per_km is None and s.distance_km == 0


def test_a_fitter_runner_gets_faster_paces_for_the_same_sessions():
    slow = build_block(runner(), 35, START, None, [])
    fast = build_block(runner(), 60, START, None, [])
    assert [s.kind for s in slow.sessions] == [s.kind for s in fast.sessions]
    for a, b in zip(slow.sessions, fast.sessions):
        if a.kind.is_run:
            assert b.pace_s_per_km[0] < a.pace_s_per_km[0]


def test_descriptions_follow_the_runners_language():
    es = build_block(runner(language="es"), 45, START, None, [])
    en = build_block(runner(language="en"), 45, START, None, [])
    es_text = " ".join(s.purpose + s.description for s in es.sessions)
    en_text = " ".join(s.purpose + s.description for s in en.sessions)
    assert "suave" in es_text and "Descanso" in es_text
    assert "easy" in en_text and "Rest" in en_text
    assert "suave" not in en_text
    forced = build_block(runner(language="es"), 45, START, None, [], language="en")
    assert "Rest" in " ".join(s.purpose for s in forced.sessions)


def test_quality_descriptions_state_the_target_pace():
    paces = training_paces(50).per_km()
    plan = build_block(runner(frequency=4, goal=GoalRace.TEN_K), 50, START, None, [])
    threshold = next(s for s in plan.sessions if s.kind is K.THRESHOLD)
    intervals = next(s for s in plan.sessions if s.kind is K.INTERVALS)
    assert paces["threshold"] in threshold.description
    assert paces["interval"] in intervals.description
    assert f"{threshold.distance_km:g} km" in threshold.description


def test_vdot_source_is_kept():
    assert build_block(runner(), 45, START, None, [], vdot_source="race").vdot_source == "race"


@pytest.mark.parametrize("vdot", [0, 10, 19.9, 85.1, float("nan")])
def test_an_impossible_vdot_is_refused(vdot):
    with pytest.raises(InvalidPlan):
        build_block(runner(), vdot, START, None, [])


def test_negative_recent_volume_is_refused():
    with pytest.raises(InvalidPlan):
        build_block(runner(), 45, START, -5, [])


# --- Session mix by level and goal -----------------------------------------------------------

@pytest.mark.parametrize("frequency", range(1, 8))
def test_beginners_get_at_most_one_quality_session_a_week(frequency):
    plan = build_block(runner(frequency=frequency, level=FitnessLevel.BEGINNER), 32, START, None, [])
    assert quality_in_week(plan, 0) <= 1 and quality_in_week(plan, 1) <= 1


@pytest.mark.parametrize("goal", [None, *GoalRace])
def test_beginners_running_three_days_still_get_one_gentle_quality_session(goal):
    plan = build_block(runner(frequency=3, level=FitnessLevel.BEGINNER, goal=goal), 30, START, None, [])
    assert quality_in_week(plan, 0) == quality_in_week(plan, 1) == 1


def test_experienced_runners_get_two_quality_sessions_a_week_when_they_run_often():
    plan = build_block(runner(frequency=6, level=FitnessLevel.ADVANCED), 55, START, None, [])
    assert quality_in_week(plan, 0) == quality_in_week(plan, 1) == 2
    assert not consecutive_quality(plan)


@pytest.mark.parametrize("goal, expected", [
    (GoalRace.FIVE_K, K.INTERVALS), (GoalRace.TEN_K, K.THRESHOLD),
    (GoalRace.HALF, K.THRESHOLD), (GoalRace.MARATHON, K.MARATHON_PACE),
])
def test_the_goal_race_decides_the_key_session(goal, expected):
    plan = build_block(runner(frequency=5, goal=goal), 45, START, None, [])
    assert expected in {s.kind for s in plan.sessions}


def test_marathoners_do_not_do_short_repetitions_and_5k_runners_do_no_marathon_pace():
    marathon = build_block(runner(frequency=6, goal=GoalRace.MARATHON), 45, START, None, [])
    five_k = build_block(runner(frequency=6, goal=GoalRace.FIVE_K), 45, START, None, [])
    assert K.REPETITION not in {s.kind for s in marathon.sessions}
    assert K.MARATHON_PACE not in {s.kind for s in five_k.sessions}


def test_volume_grows_with_level_and_goal_distance():
    def km(level, goal):
        return build_block(runner(frequency=5, level=level, goal=goal), 45, START, None, []).week_km(0)
    assert km(FitnessLevel.BEGINNER, GoalRace.TEN_K) < km(FitnessLevel.INTERMEDIATE, GoalRace.TEN_K) \
        < km(FitnessLevel.ADVANCED, GoalRace.TEN_K)
    assert km(FitnessLevel.INTERMEDIATE, GoalRace.FIVE_K) < km(FitnessLevel.INTERMEDIATE, GoalRace.MARATHON)
    # Realistic: a beginner's week stays in the teens, an advanced marathoner's well above 40 km.
    assert km(FitnessLevel.BEGINNER, GoalRace.FIVE_K) <= 20
    assert km(FitnessLevel.ADVANCED, GoalRace.MARATHON) >= 40


# --- Unknown profile answers ------------------------------------------------------------------

def test_unknown_frequency_means_three_runs_and_says_so():
    plan = build_block(runner(frequency=None), 40, START, None, [])
    assert runs_in_week(plan, 0) == 3
    assert any("3" in a for a in plan.adaptations)


def test_unknown_level_is_treated_as_a_beginner_and_explained():
    plan = build_block(runner(level=None, frequency=5), 40, START, None, [])
    assert quality_in_week(plan, 0) <= 1
    assert any("principiante" in a for a in plan.adaptations)


# --- Recent volume ----------------------------------------------------------------------------

def test_week_one_starts_within_ten_percent_of_last_week_and_says_why():
    plan = build_block(runner(frequency=4, level=FitnessLevel.ADVANCED, goal=GoalRace.MARATHON), 55,
                       START, 20, [])
    assert plan.week_km(0) <= 22.0
    assert plan.week_km(1) <= 1.10 * plan.week_km(0)
    assert any("20" in a and "10 %" in a for a in plan.adaptations)


def test_a_runner_already_above_the_standard_volume_is_not_pushed_higher():
    plan = build_block(runner(frequency=4, level=FitnessLevel.BEGINNER, goal=GoalRace.FIVE_K), 35, START,
                       60, [])
    assert plan.week_km(0) <= 60
    assert plan.adaptations == []


def test_very_little_recent_running_means_fewer_runs_not_tiny_ones():
    plan = build_block(runner(frequency=5, level=FitnessLevel.BEGINNER), 30, START, 5, [])
    assert runs_in_week(plan, 0) < 5
    assert all(s.distance_km >= 2 for s in week(plan, 0) if s.kind.is_run)
    assert plan.week_km(0) <= 5.5
    assert len(plan.adaptations) >= 2


def test_no_running_last_week_starts_lower_than_usual():
    usual = build_block(runner(), 45, START, None, [])
    after_a_break = build_block(runner(), 45, START, 0, [])
    assert after_a_break.week_km(0) < usual.week_km(0)
    assert after_a_break.adaptations


# --- Injuries ---------------------------------------------------------------------------------

def test_a_mild_injury_turns_quality_into_shorter_easy_runs_and_shortens_the_long_run():
    r = runner(frequency=5, level=FitnessLevel.ADVANCED)
    healthy = build_block(r, 50, START, None, [])
    hurt = build_block(r, 50, START, None, [injury(r, Severity.MILD, "rodilla")])
    assert not any(s.kind.is_quality for s in hurt.sessions)
    for before, after in zip(healthy.sessions, hurt.sessions):
        if before.kind.is_quality:
            assert after.kind is K.EASY and after.distance_km < before.distance_km
        if before.kind is K.LONG:
            assert after.kind is K.LONG and after.distance_km < before.distance_km
    changed = sum(1 for s in healthy.sessions if s.kind.is_quality or s.kind is K.LONG)
    about_knee = [a for a in hurt.adaptations if "rodilla" in a]
    assert len(about_knee) >= changed


def test_a_moderate_injury_swaps_running_for_cross_training_with_optional_jogs_in_week_two():
    r = runner(frequency=4)
    plan = build_block(r, 45, START, None, [injury(r, Severity.MODERATE, "tobillo")])
    assert runs_in_week(plan, 0) == 0
    assert plan.week_km(0) == 0
    assert any(s.kind is K.CROSS_TRAINING for s in week(plan, 0))
    cross = next(s for s in plan.sessions if s.kind is K.CROSS_TRAINING)
    assert all(word in cross.description for word in ("bici", "natación", "elíptica"))
    jogs = [s for s in week(plan, 1) if s.kind.is_run]
    assert 1 <= len(jogs) <= 2
    assert all(s.kind is K.EASY and s.distance_km <= 3 for s in jogs)
    assert all("dolor" in s.description for s in jogs)
    assert any("tobillo" in a and "permite" in a for a in plan.adaptations)
    assert runs_in_week(plan, 1) + sum(1 for s in week(plan, 1) if s.kind is K.CROSS_TRAINING) == 4


def test_a_severe_injury_means_rest_and_seeing_a_professional():
    r = runner(frequency=6, language="en")
    plan = build_block(r, 45, START, None, [injury(r, Severity.SEVERE, "knee")])
    assert all(s.kind is K.REST for s in plan.sessions)
    assert plan.total_km == 0
    text = " ".join(plan.adaptations)
    assert "knee" in text and "physiotherapist" in text
    assert any("mobility" in s.description for s in plan.sessions)


def test_the_most_severe_active_injury_decides():
    r = runner()
    plan = build_block(r, 45, START, None, [injury(r, Severity.MILD, "gemelo"),
                                            injury(r, Severity.SEVERE, "tobillo")])
    assert plan.total_km == 0
    assert any("tobillo" in a for a in plan.adaptations)


def test_resolved_injuries_do_not_change_the_block():
    r = runner()
    healthy = build_block(r, 45, START, None, [])
    healed = build_block(r, 45, START, None, [injury(r, Severity.SEVERE, resolved=True)])
    assert [(s.kind, s.distance_km) for s in healthy.sessions] == \
        [(s.kind, s.distance_km) for s in healed.sessions]
    assert healed.adaptations == []


# --- Properties over any runner --------------------------------------------------------------

BODY_PARTS = ["rodilla", "tobillo", "knee", "gemelo", "cadera"]

injuries_st = st.lists(
    st.tuples(st.sampled_from(list(Severity)), st.sampled_from(BODY_PARTS), st.booleans()),
    max_size=3,
)


@settings(max_examples=200, deadline=None)
@given(
    frequency=st.one_of(st.none(), st.integers(1, 7)),
    level=st.one_of(st.none(), st.sampled_from(list(FitnessLevel))),
    goal=st.one_of(st.none(), st.sampled_from(list(GoalRace))),
    vdot=st.floats(25, 80),
    recent=st.one_of(st.none(), st.just(0.0), st.floats(0.01, 150)),
    injury_rows=injuries_st,
    language=st.sampled_from(["es", "en"]),
    start=st.dates(date(2024, 1, 1), date(2027, 12, 31)),
)
def test_any_block_keeps_the_rules(frequency, level, goal, vdot, recent, injury_rows, language, start):
    r = Runner(phone="+593991234567", weekly_frequency=frequency, fitness_level=level, goal_race=goal,
               language=language)
    injuries = [Injury(runner_id=r.id, body_part=part, severity=sev,
                       resolved_on=start - timedelta(days=1) if resolved else None)
                for sev, part, resolved in injury_rows]
    plan = build_block(r, vdot, start, recent, injuries)

    # Always 14 days, one session each.
    assert len(plan.sessions) == 14
    assert [s.date for s in plan.sessions] == [start + timedelta(days=i) for i in range(14)]

    # Never more running days than the runner has.
    allowed = frequency or 3
    assert runs_in_week(plan, 0) <= allowed and runs_in_week(plan, 1) <= allowed

    # Never two quality days in a row, across the week boundary too; beginners one a week at most.
    assert not consecutive_quality(plan)
    if level is FitnessLevel.BEGINNER:
        assert quality_in_week(plan, 0) <= 1 and quality_in_week(plan, 1) <= 1

    # Load never rises more than 10 %.
    w1, w2 = plan.week_km(0), plan.week_km(1)
    if recent is not None and recent > 0:
        assert w1 <= 1.10 * recent + 1e-9
    active = [i for i in injuries if i.is_active]
    worst = max(active, key=lambda i: i.severity.rank) if active else None
    if worst is not None and worst.severity is Severity.MODERATE and w1 == 0:
        # The one exception: after a week without running, at most two short optional jogs.
        jogs = [s for s in week(plan, 1) if s.kind.is_run]
        assert len(jogs) <= 2 and all(s.kind is K.EASY and s.distance_km <= 3 for s in jogs)
    else:
        assert w2 <= 1.10 * w1 + 1e-9

    # Injuries reshape the block, and the runner is told why, naming the body part.
    if worst is not None:
        assert any(body_part_name(worst.body_part, language) in a for a in plan.adaptations)
        if worst.severity is not Severity.MILD:
            assert runs_in_week(plan, 0) == 0
        if worst.severity is Severity.SEVERE:
            assert plan.total_km == 0
        else:
            assert not any(s.kind.is_quality for s in plan.sessions)

    # Every session is explained, runs have a distance and a pace, the rest have neither.
    for s in plan.sessions:
        assert s.purpose and s.description
        if s.kind.is_run:
            assert s.distance_km > 0
            fast, slow = s.pace_s_per_km
            assert 0 < fast <= slow
        else:
            assert s.distance_km == 0 and s.pace_s_per_km is None


@pytest.mark.parametrize("offset", range(7))
def test_a_block_starting_any_day_keeps_the_long_run_on_sunday(offset):
    start = START + timedelta(days=offset)
    plan = build_block(runner(frequency=4), 45, start, None, [])
    longs = [s.date for s in plan.sessions if s.kind is K.LONG]
    assert len(longs) == 2 and all(d.weekday() == 6 for d in longs)
    assert runs_in_week(plan, 0) == runs_in_week(plan, 1) == 4
    assert not consecutive_quality(plan)


def test_an_english_runner_reads_the_injured_body_part_in_english():
    r = runner(language="en")
    plan = build_block(r, 45, START, None, [injury(r, Severity.MILD, part="rodilla")])
    text = " ".join(plan.adaptations)
    assert "knee" in text and "rodilla" not in text
