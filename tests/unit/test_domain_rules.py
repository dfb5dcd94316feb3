from datetime import date, timedelta

import pytest

from domain.errors import InvalidPlan, InvalidProfile, InvalidRun
from domain.plan import Session, SessionKind, TrainingPlan
from domain.run import Run
from domain.runner import Runner, normalize_phone

DAY = date(2026, 11, 24)


def test_a_negative_distance_is_refused_with_a_reason():
    with pytest.raises(InvalidRun) as error:
        Run(runner_id="r", date=DAY, distance_km=-3)
    assert "-3" in error.value.reason and "positive" in error.value.reason
    assert error.value.code == "distance_not_positive"


def test_an_rpe_of_14_is_refused_with_a_reason():
    with pytest.raises(InvalidRun) as error:
        Run(runner_id="r", date=DAY, distance_km=5, perceived_effort=14)
    assert "1–10" in error.value.reason
    assert error.value.params == {"rpe": 14}


def test_a_superhuman_pace_is_refused():
    with pytest.raises(InvalidRun) as error:
        Run(runner_id="r", date=DAY, distance_km=10, duration_s=600)
    assert error.value.code == "pace_impossible"


def test_a_plausible_run_has_a_pace():
    run = Run(runner_id="r", date=DAY, distance_km=8, duration_s=45 * 60, perceived_effort=6)
    assert run.pace_s_per_km == pytest.approx(337.5)
    assert not run.is_hard_effort


def test_whatsapp_numbers_are_normalized_to_e164():
    assert normalize_phone("593 99 123 4567") == "+593991234567"
    assert Runner(phone="593991234567").phone == "+593991234567"
    with pytest.raises(InvalidProfile):
        normalize_phone("hola")


def test_profile_rules_hold_on_assignment_too():
    runner = Runner(phone="+593991234567")
    assert runner.timezone == "America/Guayaquil" and runner.language == "es"
    with pytest.raises(InvalidProfile):
        runner.age = 150
    with pytest.raises(InvalidProfile):
        runner.weekly_frequency = 9
    assert runner.missing_onboarding_fields()[0] == "name"


def test_a_block_is_fourteen_consecutive_days():
    sessions = [Session(DAY + timedelta(days=i), SessionKind.EASY, 5.0) for i in range(14)]
    plan = TrainingPlan(runner_id="r", start=DAY, sessions=sessions, vdot=40)
    assert plan.end == DAY + timedelta(days=13)
    assert plan.total_km == 70 and plan.week_km(0) == 35
    with pytest.raises(InvalidPlan):
        TrainingPlan(runner_id="r", start=DAY, sessions=sessions[:13], vdot=40)
    with pytest.raises(InvalidPlan):
        TrainingPlan(runner_id="r", start=DAY + timedelta(days=1), sessions=sessions, vdot=40)


def test_a_run_is_remembered_in_the_runners_language():
    from datetime import datetime, timezone

    from domain.memory import MemoryKind, run_memory

    run = Run(runner_id="r", date=DAY, distance_km=10, duration_s=3000, perceived_effort=7, weather="rain",
              aches="rodilla")
    at = datetime(2026, 11, 24, tzinfo=timezone.utc)
    es = run_memory(run, at, "es")
    en = run_memory(run, at, "en")
    assert es.kind == MemoryKind.RUN and es.id == run.id
    assert es.text == "Carrera del 2026-11-24: 10 km en 50:00 (5:00/km) esfuerzo 7/10; molestias: rodilla; clima: lluvia"
    assert en.text == "Run on 2026-11-24: 10 km in 50:00 (5:00/km) RPE 7; aches: rodilla; weather: rain"


def test_soreness_lowers_the_day():
    from datetime import date

    from domain.plan import Session, SessionKind
    from domain.readiness import Advice, Reason, readiness
    day = date(2026, 12, 6)
    long_run = Session(date=day, kind=SessionKind.LONG, distance_km=12.0)
    assert readiness(day, long_run, [], [], True, soreness=2).advice is Advice.REST
    sore = readiness(day, long_run, [], [], True, soreness=1)
    assert sore.advice is Advice.EASY_INSTEAD and Reason.SORE in sore.reasons
    assert readiness(day, long_run, [], [], True).advice is Advice.RUN_AS_PLANNED
