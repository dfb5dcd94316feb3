"""The 14-day block builder, rule by rule, with the runners from issue 10 (properties over any
runner live in test_planning_properties.py; whole seasons in benchmarks/plan_quality.py)."""
from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from application.messages import SESSION_NAMES, name_of
from application.messages.formatting import km_text, plan_text, render_plan
from domain.block_review import Decision, review_block
from domain.errors import InvalidPlan
from domain.injury import Injury, ReturnStage, Severity, Side, triage_severity
from domain.plan import SessionKind, TrainingPlan
from domain.planning import build_block, long_run_share, reschedule_missed
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.season import (
    Phase,
    easy_days_after_race,
    recovery_week_share,
    rest_days_after_race,
    season_weeks,
    taper_days,
)
from domain.vdot import training_paces, vdot_from_race

START = date(2025, 3, 3)   # a Monday
K = SessionKind


def runner(frequency=4, level=FitnessLevel.INTERMEDIATE, goal=GoalRace.TEN_K, language="es", **kw) -> Runner:
    return Runner(phone="+593991234567", weekly_frequency=frequency, fitness_level=level,
                  goal_race=goal, language=language, **kw)


def injury(r: Runner, severity: Severity = Severity.MILD, part: str = "rodilla", resolved: bool = False,
           **triage) -> Injury:
    return Injury(runner_id=r.id, body_part=part, severity=severity, reported_on=START - timedelta(days=2),
                  resolved_on=START - timedelta(days=1) if resolved else None, **triage)


def a_run(r: Runner, day: date, km: float, minutes: float | None = None, rpe: int | None = 4,
          race: bool = False) -> Run:
    return Run(runner_id=r.id, date=day, distance_km=km, duration_s=int(minutes * 60) if minutes else None,
               perceived_effort=rpe, is_race=race)


def week(plan: TrainingPlan, w: int):
    return plan.sessions[w * 7:(w + 1) * 7]


def runs_in_week(plan: TrainingPlan, w: int) -> int:
    return sum(1 for s in week(plan, w) if s.kind.is_run)


def quality_in_week(plan: TrainingPlan, w: int) -> int:
    return sum(1 for s in week(plan, w) if s.kind.is_quality)


def consecutive_quality(plan: TrainingPlan) -> bool:
    kinds = [s.kind for s in plan.sessions]
    return any(a.is_quality and b.is_quality for a, b in itertools.pairwise(kinds))


# --- The runners of issue 10 -------------------------------------------------------------------

def test_maria_jose_gets_a_real_plan_not_eleven_km_in_two_weeks():
    mj = runner(frequency=4, goal=GoalRace.FIVE_K, name="María José", has_race=True,
                race_date=START + timedelta(weeks=10))
    race = a_run(mj, START - timedelta(days=4), 5, 25, rpe=10, race=True)
    plan = build_block(mj, vdot_from_race(5000, 1500), START, None, [], runs=[race])
    assert plan.total_km >= 40
    assert runs_in_week(plan, 0) == runs_in_week(plan, 1) == 4
    longs = [s for s in plan.sessions if s.kind is K.LONG]
    assert longs and all(s.distance_km >= 6 for s in longs)


def test_a_marathoner_on_48_km_a_week_gets_a_long_run_well_above_13_km():
    m = runner(frequency=5, goal=GoalRace.MARATHON, weekly_km=48, has_race=True,
               race_date=START + timedelta(weeks=16))
    plan = build_block(m, 42, START, None, [])
    assert 45 <= plan.week_km(0) <= 48 * 1.10
    longs = [s.distance_km for s in plan.sessions if s.kind is K.LONG]
    assert longs[0] >= 15 and min(longs) >= 12        # a lighter week's long run is ~80 %


def test_no_marathon_pace_or_threshold_in_the_days_after_a_half_marathon():
    r = runner(frequency=6, level=FitnessLevel.ADVANCED, goal=GoalRace.MARATHON, weekly_km=70)
    half = a_run(r, START - timedelta(days=1), 21.1, 85, rpe=10, race=True)
    plan = build_block(r, 55, START, None, [], runs=[half])
    easy_days = easy_days_after_race(21.1)
    assert easy_days == 8                      # one easy day per 3 km raced
    for s in plan.sessions:
        if s.date <= half.date + timedelta(days=easy_days):
            assert not s.kind.is_quality and s.kind is not K.LONG
    assert any(s.kind.is_quality for s in plan.sessions[easy_days:])
    assert any(n.code == "post_race_easy" for n in plan.notes)


def test_a_run_logged_today_is_todays_session():
    r = runner(frequency=4)
    today = a_run(r, START, 7.5, 45)
    plan = build_block(r, 45, START, None, [], runs=[today])
    assert plan.sessions[0].code == "logged" and plan.sessions[0].distance_km == 7.5
    text = render_plan(plan, "es").sessions[0].description
    assert "Ya corriste hoy 7.5 km" in text


def test_a_hard_run_yesterday_means_no_quality_today():
    r = runner(frequency=7, level=FitnessLevel.ADVANCED, run_days=(0, 1, 2, 3, 4, 5, 6))
    hard = a_run(r, START - timedelta(days=1), 10, 40, rpe=9)
    plan = build_block(r, 55, START, None, [], runs=[hard])
    assert not plan.sessions[0].kind.is_quality


def test_future_dated_runs_are_no_evidence():
    r = runner(frequency=4, weekly_km=20)
    future = [a_run(r, START + timedelta(days=300), 30, 150)]
    assert build_block(r, 45, START, None, [], runs=future).week_km(0) <= 22


# --- The runner's week ------------------------------------------------------------------------

def test_the_runners_days_and_long_run_day_are_kept():
    r = runner(frequency=4, run_days=(0, 2, 3, 5), long_run_day=5)
    plan = build_block(r, 45, START, None, [])
    for s in plan.sessions:
        if s.kind.is_run:
            assert s.date.weekday() in (0, 2, 3, 5)
        if s.kind is K.LONG:
            assert s.date.weekday() == 5
    assert sum(1 for s in plan.sessions if s.kind is K.LONG) == 2


@pytest.mark.parametrize("offset", range(7))
def test_a_block_starting_any_day_keeps_the_long_run_on_sunday(offset):
    plan = build_block(runner(frequency=4), 45, START + timedelta(days=offset), None, [])
    assert all(s.date.weekday() == 6 for s in plan.sessions if s.kind is K.LONG)
    assert not consecutive_quality(plan)


# --- Load rules ---------------------------------------------------------------------------------

def test_the_larger_evidence_wins():
    r = runner(frequency=5, weekly_km=50)
    logged = [a_run(r, START - timedelta(days=d), 5, 30) for d in range(1, 28, 3)]   # ~17 km/week
    plan = build_block(r, 45, START, None, [], runs=logged)
    assert plan.week_km(0) >= 45
    quiet = runner(frequency=5, weekly_km=15)
    busy_log = [a_run(quiet, START - timedelta(days=d), 10, 60) for d in range(1, 28, 2)]   # ~47 km/week
    assert build_block(quiet, 45, START, None, [], runs=busy_log).week_km(0) >= 40


def test_load_rises_at_most_ten_percent_and_the_long_run_keeps_its_share():
    r = runner(frequency=5, weekly_km=40)
    plan = build_block(r, 45, START, None, [])
    assert plan.week_km(1) <= plan.week_km(0) * 1.10 + 0.05
    for w in (0, 1):
        longs = [s for s in week(plan, w) if s.kind is K.LONG]
        assert longs[0].distance_km <= 0.30 * plan.week_km(w) + 0.05
        assert longs[0].distance_km == max(s.distance_km for s in week(plan, w))


def test_long_run_share_exceptions_are_few_days_and_marathoners():
    assert long_run_share(5, GoalRace.TEN_K) == 0.30
    assert long_run_share(3, GoalRace.FIVE_K) == 0.40
    assert long_run_share(2, None) == 0.5
    assert long_run_share(5, GoalRace.MARATHON) == 0.45      # Pfitzinger 36 %, Higdon 50 %
    assert long_run_share(5, GoalRace.HALF) == long_run_share(5, GoalRace("15k")) == 0.40


def test_the_long_run_is_capped_by_time():
    r = runner(frequency=6, level=FitnessLevel.ADVANCED, goal=GoalRace.HALF, weekly_km=110)
    plan = build_block(r, 35, START, None, [])      # slow paces: 2.5 h comes before the km cap
    easy = sum(training_paces(35).easy) / 2
    assert all(s.distance_km * easy <= 150 * 60 + 1 for s in plan.sessions if s.kind is K.LONG)


@pytest.mark.parametrize("level, most", [(FitnessLevel.BEGINNER, 1), (FitnessLevel.INTERMEDIATE, 2),
                                         (FitnessLevel.ADVANCED, 3)])
@pytest.mark.parametrize("frequency", range(2, 8))
def test_quality_sessions_by_level_never_on_consecutive_days(level, most, frequency):
    plan = build_block(runner(frequency=frequency, level=level, goal=GoalRace.TEN_K, weekly_km=frequency * 8),
                       45, START, None, [])
    assert quality_in_week(plan, 0) <= most and quality_in_week(plan, 1) <= most
    assert not consecutive_quality(plan)
    assert not (plan.sessions[-1].kind.is_quality and plan.sessions[0].kind.is_quality)


def test_experienced_runners_on_six_days_get_two_to_three_quality_sessions():
    r = runner(frequency=6, level=FitnessLevel.ADVANCED, goal=GoalRace.FIVE_K, weekly_km=60,
               has_race=True, race_date=START + timedelta(weeks=7))
    plan = build_block(r, 55, START, None, [])
    assert 2 <= quality_in_week(plan, 0) <= 3


@pytest.mark.parametrize("vdot", [0, 10, 19.9, 85.1, float("nan")])
def test_an_impossible_vdot_is_refused(vdot):
    with pytest.raises(InvalidPlan):
        build_block(runner(), vdot, START, None, [])


def test_negative_recent_volume_is_refused():
    with pytest.raises(InvalidPlan):
        build_block(runner(), 45, START, -5, [])


def test_sessions_carry_the_paces_of_the_runners_vdot():
    paces = training_paces(50)
    plan = build_block(runner(frequency=5, level=FitnessLevel.ADVANCED, goal=GoalRace.HALF, weekly_km=55),
                       50, START, None, [])
    targets = {K.THRESHOLD: paces.threshold, K.INTERVALS: paces.interval,
               K.REPETITION: paces.repetition, K.MARATHON_PACE: paces.marathon}
    for s in plan.sessions:
        if s.kind in (K.EASY, K.LONG):
            assert s.pace_s_per_km == pytest.approx(paces.easy, abs=0.1)
        elif s.kind in targets:
            fast, slow = s.pace_s_per_km
            assert fast <= targets[s.kind] <= slow
            assert s.workout is not None and s.workout.reps >= 1
        else:
            assert s.pace_s_per_km is None and s.distance_km == 0


# --- The season ---------------------------------------------------------------------------------

def test_taper_length_depends_on_the_distance():
    classic = (GoalRace.FIVE_K, GoalRace.TEN_K, GoalRace.HALF, GoalRace.MARATHON)
    assert [taper_days(g) for g in classic] == [8, 10, 14, 21]
    assert taper_days(GoalRace("15k")) == 12 and taper_days(GoalRace("3k")) == 7


def test_a_season_runs_base_build_peak_taper_with_a_lighter_week_every_fourth():
    weeks = season_weeks(START, GoalRace.MARATHON, START + timedelta(weeks=20, days=6))
    phases = [w.phase for w in weeks]
    assert phases[0] is Phase.BASE and phases[-1] is Phase.TAPER
    order = [Phase.BASE, Phase.BUILD, Phase.PEAK, Phase.TAPER]
    assert [order.index(p) for p in phases] == sorted(order.index(p) for p in phases)
    assert sum(1 for w in weeks if w.phase is Phase.TAPER) == 3
    loading = [w for w in weeks if w.phase is not Phase.TAPER]
    for i in range(len(loading) - 3):
        assert any(w.down for w in loading[i:i + 4]) or i + 4 > len(loading)
    assert weeks[-1].race_day == START + timedelta(weeks=20, days=6)
    assert weeks[-1].factor < weeks[-2].factor < weeks[-3].factor < 1


def test_without_a_race_a_progression_cycle_of_three_up_one_down():
    weeks = season_weeks(START, None, None, weeks=8)
    assert all(w.phase is Phase.PROGRESSION for w in weeks)
    assert [w.down for w in weeks].count(True) == 2
    r = runner(has_race=False)
    plan = build_block(r, 45, START, None, [])
    assert any(n.code == "progression_cycle" for n in plan.notes)


def test_race_week_ends_in_the_race_with_no_quality_in_the_two_days_before():
    race_day = START + timedelta(days=9)
    r = runner(frequency=5, goal=GoalRace.TEN_K, weekly_km=40, has_race=True, race_date=race_day)
    plan = build_block(r, 48, START, None, [])
    race = plan.session_on(race_day)
    assert race.kind is K.RACE and race.distance_km == 10
    for i in (1, 2):
        assert not plan.session_on(race_day - timedelta(days=i)).kind.is_quality
    assert all(not s.kind.is_run for s in plan.sessions if s.date > race_day)
    assert any(n.code == "taper" for n in plan.notes)
    assert plan.race_date == race_day


# --- The last block's outcome --------------------------------------------------------------------

def _done(plan: TrainingPlan, share: float, rpe: int = 4) -> list[Run]:
    runs, taken = [], 0.0
    total = sum(s.distance_km for s in plan.sessions if s.kind.is_run)
    for s in plan.sessions:
        if s.kind.is_run and taken + s.distance_km <= share * total + 0.01:
            runs.append(a_run(Runner(phone="+593991234567", id=plan.runner_id), s.date, s.distance_km, rpe=rpe))
            taken += s.distance_km
    return runs


@pytest.mark.parametrize("share, rpe, decision", [(1.0, 4, Decision.PROGRESS), (0.8, 4, Decision.HOLD),
                                                  (0.5, 4, Decision.REPEAT), (0.2, 4, Decision.STEP_BACK),
                                                  (1.0, 8, Decision.HOLD)])
def test_the_next_block_follows_what_was_done_in_the_last(share, rpe, decision):
    r = runner(frequency=5, weekly_km=40, has_race=False)
    first = build_block(r, 45, START, None, [])
    runs = _done(first, share, rpe)
    nxt_start = first.end + timedelta(days=1)
    outcome = review_block(first, runs, nxt_start)
    assert outcome.decision is decision
    nxt = build_block(r, 45, nxt_start, None, [], runs=runs, last_plan=first)
    last_loading = max(first.week_km(0), first.week_km(1))
    assert any(n.code == f"last_block_{decision.value}" for n in nxt.notes)
    if decision is Decision.PROGRESS:
        assert last_loading < max(nxt.week_km(0), nxt.week_km(1)) <= last_loading * 1.10 + 0.1
    elif decision is Decision.STEP_BACK:
        assert max(nxt.week_km(0), nxt.week_km(1)) < last_loading
    else:
        assert max(nxt.week_km(0), nxt.week_km(1)) <= last_loading + 0.1


# --- Missed sessions -----------------------------------------------------------------------------

def test_a_missed_quality_session_moves_to_an_easy_day_or_is_dropped_never_doubled():
    r = runner(frequency=6, level=FitnessLevel.ADVANCED, goal=GoalRace.TEN_K, weekly_km=60, has_race=False)
    plan = build_block(r, 55, START, None, [])
    q = next(s for s in plan.sessions if s.kind.is_quality)
    moved, note = reschedule_missed(plan, q.date)
    assert moved.session_on(q.date).kind is K.REST and note.code in ("moved", "dropped")
    kinds = [s.kind for s in moved.sessions]
    assert not any(a.is_quality and b.is_quality for a, b in itertools.pairwise(kinds))
    assert sum(k.is_quality for k in kinds) <= sum(s.kind.is_quality for s in plan.sessions)
    assert sum(k.is_run for k in kinds) < sum(s.kind.is_run for s in plan.sessions)
    if note.code == "moved":
        target = date.fromisoformat(note.params["to"])
        assert plan.session_on(target).kind is K.EASY and moved.session_on(target).kind is q.kind


def test_a_missed_easy_run_is_just_dropped():
    plan = build_block(runner(frequency=5, weekly_km=40), 45, START, None, [])
    easy = next(s for s in plan.sessions if s.kind is K.EASY)
    moved, note = reschedule_missed(plan, easy.date)
    assert note.code == "dropped" and moved.session_on(easy.date).kind is K.REST


# --- Injuries -------------------------------------------------------------------------------------

def test_triage_red_flags_mean_no_running_and_a_professional():
    assert triage_severity(3, swelling=True) is Severity.SEVERE
    assert triage_severity(2) is Severity.MILD and triage_severity(4) is Severity.MODERATE
    r = runner(frequency=5, weekly_km=40)
    hurt = injury(r, Severity.MODERATE, "tobillo", side=Side.LEFT, pain=4, swelling=True)
    assert hurt.red_flags == ("swelling",) and hurt.return_stage is ReturnStage.NO_RUNNING
    plan = build_block(r, 45, START, None, [hurt])
    assert plan.total_km == 0
    rendered = render_plan(plan, "es")
    text = " ".join(rendered.adaptations)
    assert "tobillo izquierdo" in text and "hinchazón" in text and "fisioterapeuta" in text


def test_the_right_knee_is_named_and_the_plan_changes():
    """The bug: "me duele la rodilla derecha" gave ankle bullets and an unchanged plan."""
    r = runner(frequency=5, weekly_km=40)
    healthy = build_block(r, 45, START, None, [])
    knee = injury(r, Severity.MILD, "rodilla", side=Side.RIGHT, pain=2)
    plan = build_block(r, 45, START, None, [knee])
    assert [(s.kind, s.distance_km) for s in plan.sessions] != [(s.kind, s.distance_km) for s in healthy.sessions]
    assert not any(s.kind.is_quality for s in plan.sessions)
    for lang, words in (("es", "rodilla derecha"), ("en", "right knee")):
        text = " ".join(render_plan(plan, lang).adaptations)
        assert words in text and "tobillo" not in text and "ankle" not in text


def test_walk_run_stage_then_easy_jogs_gated_by_pain():
    r = runner(frequency=4, weekly_km=30)
    plan = build_block(r, 45, START, None, [injury(r, Severity.MODERATE, "gemelo", side=Side.RIGHT, pain=3)])
    assert not any(s.kind.is_quality or s.kind is K.LONG for s in plan.sessions)
    assert [s.code for s in week(plan, 0) if s.kind.is_run] == ["walk_run", "walk_run"]
    assert all(s.distance_km <= 4 for s in plan.sessions if s.kind.is_run)
    assert any(s.kind is K.CROSS_TRAINING for s in plan.sessions)
    desc = " ".join(s.description for s in render_plan(plan, "es").sessions)
    assert "2/10" in desc and "caminar" in desc


def test_the_worst_active_injury_decides_and_resolved_ones_change_nothing():
    r = runner()
    plan = build_block(r, 45, START, None, [injury(r, Severity.MILD, "gemelo"),
                                            injury(r, Severity.SEVERE, "tobillo")])
    assert plan.total_km == 0
    healthy = build_block(r, 45, START, None, [])
    healed = build_block(r, 45, START, None, [injury(r, Severity.SEVERE, resolved=True)])
    assert [(s.kind, s.distance_km) for s in healthy.sessions] == [(s.kind, s.distance_km) for s in healed.sessions]


# --- Words -----------------------------------------------------------------------------------------

def test_the_long_run_is_a_fondo_and_km_have_at_most_two_decimals():
    assert name_of(SESSION_NAMES, K.LONG, "es") == "fondo"
    assert name_of(SESSION_NAMES, K.INTERVALS, "es") == "series"
    assert km_text(12.3456) == "12.35" and km_text(7.0) == "7"
    r = runner(frequency=5, goal=GoalRace.TEN_K, weekly_km=40)
    text = plan_text(render_plan(build_block(r, 45, START, None, []), "es"), "es", START)
    assert "fondo" in text and "tirada larga" not in text and "umbral" in text.lower() + "umbral"
    en = plan_text(render_plan(build_block(runner(language="en"), 45, START, None, []), "en"), "en")
    assert "long run" in en and "fondo" not in en


def test_every_session_is_explained_in_the_runners_language():
    plan = build_block(runner(frequency=5, weekly_km=40), 45, START, None, [])
    for lang, word in (("es", "suave"), ("en", "easy")):
        rendered = render_plan(plan, lang)
        assert all(s.description for s in rendered.sessions)
        assert word in " ".join(s.description for s in rendered.sessions)
    quality = next(s for s in render_plan(plan, "es").sessions if s.kind.is_quality)
    assert "×" in quality.description


# --- Fitness, race day and pace notes in words ----------------------------------------------------

def test_fitness_race_plan_and_pace_notes_are_worded_from_codes():
    from application.messages.formatting import fitness_text, pace_note_text, race_plan_text
    from domain.race_day import PaceNote, race_plan
    from domain.vdot import estimate_vdot_from_runs
    r = runner()
    race = a_run(r, START - timedelta(days=3), 10, 41 + 21 / 60, rpe=10, race=True)
    typo = a_run(r, START, 3, 9, rpe=None)
    est = estimate_vdot_from_runs([race, typo], START, FitnessLevel.INTERMEDIATE)
    es, en = fitness_text(est, "es"), fitness_text(est, "en")
    assert "41:21" in es and "carrera" in es and "demasiado rápidos" in es
    assert "41:21" in en and "too fast" in en
    plan_es = race_plan_text(race_plan(est.vdot, GoalRace.MARATHON, 3 * 3600 + 20 * 60), est.vdot, "es")
    assert "maratón" in plan_es and "km 5: " in plan_es and "3:20:00" in plan_es
    note = PaceNote("easy_too_fast", {"typical": "300", "fast": "323", "slow": "363", "runs": "3"})
    assert "5:00/km" in pace_note_text(note, "es") and "5:23–6:03" in pace_note_text(note, "en")


def test_a_moved_session_is_rendered_and_the_stored_adaptations_survive():
    r = runner(frequency=6, level=FitnessLevel.ADVANCED, weekly_km=60, has_race=False)
    plan = render_plan(build_block(r, 55, START, None, []), "es")
    stored = attrs_evolve_without_notes(plan)
    q = next(s for s in stored.sessions if s.kind.is_quality)
    moved, note = reschedule_missed(stored, q.date)
    again = render_plan(moved, "es")
    assert again.adaptations == plan.adaptations
    assert again.session_on(q.date).description == "No se hizo: seguimos adelante."
    if note.code == "moved":
        assert again.session_on(date.fromisoformat(note.params["to"])).description.startswith("Movida aquí")


def attrs_evolve_without_notes(plan: TrainingPlan) -> TrainingPlan:
    import attrs
    return attrs.evolve(plan, notes=[])       # what the store gives back: words, no codes


def test_rebuilding_the_day_a_block_starts_keeps_its_load():
    r = runner(frequency=5, weekly_km=40, has_race=False)
    first = build_block(r, 45, START, None, [])
    again = build_block(r, 45, START, None, [], last_plan=first)
    assert [(s.kind, s.distance_km) for s in again.sessions] == [(s.kind, s.distance_km) for s in first.sessions]


def test_a_runner_in_miles_reads_miles():
    from domain.runner import Units
    plan = build_block(runner(frequency=5, weekly_km=40, language="en"), 45, START, None, [])
    rendered = render_plan(plan, "en", Units.MILES)
    easy = next(s for s in rendered.sessions if s.kind is K.EASY)
    assert " mi " in easy.description and "/mi" in easy.description and " km" not in easy.description
    # A prescribed distance in miles reads in tenths ("4.3 mi", not "4.29 mi").
    assert f"{round(easy.distance_km / 1.609344, 1):g} mi" in plan_text(rendered, "en", units=Units.MILES)


def _km(sessions) -> float:
    return sum(s.distance_km for s in sessions if s.kind.is_run and s.kind is not K.RACE)


def test_a_short_run_logged_today_does_not_empty_the_next_week():
    # One run a week, 1 km logged today on it, no other evidence: week 2 still carries the assumed load
    # (5.6 km: a season's first block has no cutback week), not 10 % over the 1 km.
    r = Runner(phone="+593991234567", run_days=(0,))
    today = date(2025, 4, 7)            # a Monday; ISO week 16 is a cutback week
    plan = build_block(r, 35.0, today, runs=[Run(runner_id=r.id, date=today, distance_km=1.0, duration_s=400)])
    assert plan.sessions[0].code == "logged" and _km(plan.sessions[:7]) == 1.0
    assert [s.distance_km for s in plan.sessions[7:] if s.kind.is_run] == [5.6]
    assert any(n.code == "volume_assumed" for n in plan.notes)


def test_a_repeated_load_never_rises_over_the_last_block():
    # A threshold session (6.5 km at its smallest) and a long run on a ~9.5 km week: the long run
    # takes what the budget leaves, so repeating the block does not add 6 %.
    r = Runner(phone="+593991234567", fitness_level=FitnessLevel.INTERMEDIATE)
    start = date(2025, 1, 1)
    log = [Run(runner_id=r.id, date=date(2024, 12, 24), distance_km=9.0, duration_s=2160),
           Run(runner_id=r.id, date=date(2024, 12, 11), distance_km=14.0, duration_s=3360)]
    first = build_block(r, 25.0, start, runs=log)
    done = [Run(runner_id=r.id, date=s.date, distance_km=s.distance_km) for s in first.sessions[:7] if s.kind.is_run]
    nxt_start = first.end + timedelta(days=1)
    assert review_block(first, [*log, *done], nxt_start).decision is Decision.REPEAT
    nxt = build_block(r, 25.0, nxt_start, runs=[*log, *done], last_plan=first)
    assert _km(nxt.sessions[:7]) <= max(_km(first.sessions[:7]), _km(first.sessions[7:]))


def test_an_easy_only_injury_holds_the_load():
    # The easy-only stage shrinks easy runs by 20 % and the long run by 30 %: with different long
    # runs in each week, week 2 had tipped over week 1's 10 %. While easing an injury it holds.
    r = Runner(phone="+593991234567", goal_race=GoalRace.FIVE_K, weekly_frequency=5, has_race=False)
    start = date(2025, 1, 1)
    log = [Run(runner_id=r.id, date=date(2024, 12, 24), distance_km=38.0, duration_s=9120),
           Run(runner_id=r.id, date=date(2024, 12, 11), distance_km=2.0, duration_s=480)]
    hurt = Injury(runner_id=r.id, body_part="rodilla", severity=Severity.MILD, reported_on=start - timedelta(days=3))
    plan = build_block(r, 25.0, start, None, [hurt], runs=log)
    assert any(n.code == "injury_easy_only" for n in plan.notes)
    assert _km(plan.sessions[7:]) <= _km(plan.sessions[:7])


def test_a_small_week_does_not_hold_two_quality_sessions_over_its_budget():
    # An advanced runner logging ~12 km a week on 7 days: two quality sessions (5.9 + 6.5 km at
    # their smallest) and a long run made week 2 28 % bigger than week 1.
    r = Runner(phone="+593991234567", goal_race=GoalRace.MARATHON, fitness_level=FitnessLevel.ADVANCED,
               has_race=False, run_days=(0, 1, 2, 3, 4, 5, 6))
    start = date(2025, 1, 4)
    log = [Run(runner_id=r.id, date=start - timedelta(days=1), distance_km=k, duration_s=int(k * 240))
           for k in (1.0, 1.0, 10.0)]
    plan = build_block(r, 25.0, start, runs=log)
    assert _km(plan.sessions[7:]) <= _km(plan.sessions[:7]) * 1.10 + 0.05


# --- Issue 21: proportionate injury care, recovery after a race, beginners -------------------

def test_a_mild_three_of_ten_ache_keeps_easy_running():
    # The issue: "a 3/10 knee ache with no swelling turned the next 14 days into rest only".
    r = runner(frequency=4, weekly_km=30)
    knee = injury(r, triage_severity(3, pain_walking=False, swelling=False), "rodilla", side=Side.LEFT, pain=3,
                  swelling=False, pain_walking=False)
    assert knee.return_stage is ReturnStage.EASY_ONLY
    plan = build_block(r, 45, START, None, [knee])
    assert plan.total_km >= 0.6 * 2 * 30
    assert not any(s.kind.is_quality for s in plan.sessions)


def test_pain_of_six_or_a_red_flag_stops_running():
    r = runner(frequency=4, weekly_km=30)
    assert injury(r, triage_severity(6), "rodilla", pain=6).return_stage is ReturnStage.NO_RUNNING
    assert injury(r, Severity.SEVERE, "rodilla", pain=2, pain_walking=True).return_stage is ReturnStage.NO_RUNNING
    assert injury(r, triage_severity(5), "rodilla", pain=5).return_stage is ReturnStage.WALK_RUN


def test_the_days_after_a_half_are_rest_then_a_lighter_easy_week():
    # The issue: the day after a half marathon the plan had 8.7 km and week 1 was full volume.
    r = runner(frequency=5, weekly_km=40, level=FitnessLevel.INTERMEDIATE)
    half = Run(runner_id=r.id, date=START - timedelta(days=1), distance_km=21.1, duration_s=98 * 60, is_race=True)
    fresh = build_block(r, 46, START, None, [])
    plan = build_block(r, 46, START, None, [], runs=[half])
    assert [s.kind for s in plan.sessions[:1]] == [K.REST]            # day after: no running
    assert plan.session_on(START + timedelta(days=1)).kind is K.REST  # two days after a half
    assert plan.week_km(0) <= 0.75 * fresh.week_km(0)
    assert not any(s.kind.is_quality for s in plan.sessions[:easy_days_after_race(21.1) - 1])
    assert any(n.code == "post_race_recovery" for n in plan.notes)


def test_recovery_scales_with_the_distance_raced():
    assert rest_days_after_race(5) == 0 and rest_days_after_race(10) == 1
    assert rest_days_after_race(21.1) == 2 and rest_days_after_race(42.2) == 3
    assert recovery_week_share(5) > recovery_week_share(10) > recovery_week_share(21.1) > recovery_week_share(42.2)
    assert recovery_week_share(42.2) == 0.5


def test_a_beginner_long_run_is_never_below_what_she_already_runs():
    # The issue: 12 km/week, longest 6 km, got a 3.3 km "long" run.
    r = runner(frequency=3, weekly_km=12, level=FitnessLevel.BEGINNER)
    r.longest_run_km = 6.0
    plan = build_block(r, 28, START, None, [])
    longs = [s.distance_km for s in plan.sessions if s.kind is K.LONG]
    assert longs and min(longs) >= 6.0
    assert plan.week_km(0) >= 0.85 * 12


def test_a_true_beginner_gets_run_walk():
    r = runner(frequency=3, weekly_km=5, level=FitnessLevel.BEGINNER)
    r.longest_run_km = 2.0
    plan = build_block(r, 25, START, None, [])
    runs = [s for s in plan.sessions if s.kind.is_run]
    assert runs and all(s.code == "run_walk" for s in runs if not s.kind.is_quality)
    assert any("caminando" in s.description for s in render_plan(plan, "es").sessions)


def test_a_marathoner_runs_marathon_pace_inside_the_long_run_once_a_week():
    # Pfitzinger's MP long runs: the last part of the long run at marathon pace in the build and peak,
    # never in a week that already has a separate marathon-pace session.
    r = runner(frequency=3, goal=GoalRace.MARATHON, weekly_km=55, longest_run_km=24, has_race=True,
               race_date=START + timedelta(weeks=12, days=6))
    plan = build_block(r, 46.2, START, None, [])
    for w in range(2):
        days = week(plan, w)
        mp_long = [s for s in days if s.code == "long_mp"]
        if mp_long:
            assert len(mp_long) == 1 and not any(s.kind is K.MARATHON_PACE for s in days)
        for s in mp_long:
            assert s.workout.rep_km <= 0.4 * s.distance_km + 0.05 and s.workout.rep_km <= 16
            assert "ritmo maratón" in render_plan(plan, "es").session_on(s.date).description
    assert any(s.code == "long_mp" for s in plan.sessions)
