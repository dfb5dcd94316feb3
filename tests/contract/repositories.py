"""The contract of the repository ports, run against every adapter.

A test module imports the ``Test*Contract`` classes and provides a ``backend`` fixture returning a
``Backend`` whose attributes are the adapters under test (fresh and empty for each test)::

    from tests.contract.repositories import *  # noqa: F401,F403

    @pytest.fixture(params=["memory", "sqlite"])
    def backend(request): ...
"""
from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest

from application.ports import ProgressSummaryRecord
from domain.conversation import Intent, Message, Role
from domain.cross_training import Activity, CrossTraining
from domain.injury import Injury, Severity, Side
from domain.plan import BLOCK_DAYS, PlanNote, Session, SessionKind, TrainingPlan, Workout
from domain.activity import Lap, Recording, Split
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner, Units

__all__ = [
    "Backend", "TestConversationLogContract", "TestInjuryRepositoryContract",
    "TestPlanRepositoryContract", "TestProgressSummaryContract", "TestRunRepositoryContract",
    "TestRunnerRepositoryContract", "TestCrossTrainingContract", "TestUnitOfWorkContract",
    "TestBulkReadsContract", "TestRunRecordsContract",
]

T0 = datetime(2024, 3, 1, 6, 30, 15, 123456, tzinfo=timezone.utc)


@attrs.define
class Backend:
    name: str
    runners: Any
    runs: Any
    plans: Any
    injuries: Any
    conversations: Any
    summaries: Any
    cross_training: Any = None
    uow: Any = None          # the store's UnitOfWork over every repository above


_phones = iter(range(10**9))


def a_runner(backend: Backend, **fields) -> Runner:
    """A stored runner with a phone no other test runner has."""
    fields.setdefault("phone", f"+5939{next(_phones):08d}")
    runner = Runner(**fields)
    backend.runners.save(runner)
    return runner


def a_plan(runner_id: str, start: date, vdot: float = 45.0, **fields) -> TrainingPlan:
    kinds = [SessionKind.EASY, SessionKind.INTERVALS, SessionKind.REST, SessionKind.THRESHOLD,
             SessionKind.CROSS_TRAINING, SessionKind.EASY, SessionKind.LONG]
    sessions = []
    for i in range(BLOCK_DAYS):
        kind = kinds[i % 7]
        runs = kind.is_run
        sessions.append(Session(
            date=start + timedelta(days=i), kind=kind, distance_km=8.5 + i if runs else 0.0,
            pace_s_per_km=(300.5 - i, 330.0) if runs else None,
            purpose=f"propósito {i}", description=f"día {i}: 2×10' umbral" if runs else ""))
    return TrainingPlan(runner_id=runner_id, start=start, sessions=sessions, vdot=vdot, **fields)


def a_season_plan(runner_id: str, start: date, **fields) -> TrainingPlan:
    """A plan whose sessions use every newer Session field: phase, workout (reps by distance and by
    time) and code, with notes and a race day."""
    plan = a_plan(runner_id, start, **fields)
    for i, session in enumerate(plan.sessions):
        session.phase = "build" if i < 7 else "taper"
    plan.sessions[1].workout = Workout(reps=5, rep_km=1.0, recovery_min=2.5, warmup_km=2.0, cooldown_km=1.5)
    plan.sessions[1].code = "moved"
    plan.sessions[3].workout = Workout(reps=3, rep_min=8.0, recovery_min=1.0, warmup_km=2.5, cooldown_km=2.0)
    plan.sessions[5].code = "strides"
    plan.sessions[0].code = "logged"
    return plan


class TestRunnerRepositoryContract:
    def test_every_field_survives_save_get_and_by_phone(self, backend):
        runner = Runner(
            phone="+593 99 123 4567", name="Ana María Núñez", age=34, goal_race=GoalRace.HALF,
            weekly_frequency=4, fitness_level=FitnessLevel.INTERMEDIATE,
            injury_history="fascitis plantar 2022", motivation="correr la media de Quito",
            timezone="America/Bogota", language="en", onboarding_completed=True, created_at=T0)
        backend.runners.save(runner)

        assert backend.runners.get(runner.id) == runner
        # WhatsApp sends the number without '+': it still finds the runner.
        assert backend.runners.by_phone("593991234567") == runner
        assert backend.runners.all() == [runner]

    def test_race_volume_schedule_and_units_survive(self, backend):
        runner = Runner(phone="+593 99 765 4321", name="María José", goal_race=GoalRace.MARATHON, created_at=T0,
                        has_race=True, race_date=date(2025, 4, 27), race_name="Maratón de Quito",
                        goal_time_s=4 * 3600 - 1, weekly_km=48.5, longest_run_km=21.1, run_days=(0, 2, 4, 6),
                        long_run_day=6, units=Units.MILES)
        backend.runners.save(runner)
        assert backend.runners.get(runner.id) == runner
        runner.has_race, runner.race_date, runner.race_name, runner.goal_time_s = False, None, None, None
        runner.run_days, runner.long_run_day, runner.units = None, None, Units.KM
        backend.runners.save(runner)
        assert backend.runners.by_phone(runner.phone) == runner

    def test_defaults_survive_a_minimal_profile(self, backend):
        runner = a_runner(backend)
        stored = backend.runners.get(runner.id)
        assert (stored.name, stored.age, stored.goal_race, stored.fitness_level) == (None, None, None, None)
        assert (stored.timezone, stored.language, stored.onboarding_completed) == (
            "America/Guayaquil", "es", False)
        assert stored.missing_onboarding_fields() == runner.missing_onboarding_fields()
        assert (stored.has_race, stored.race_date, stored.weekly_km, stored.run_days, stored.long_run_day,
                stored.units) == (None, None, None, None, None, Units.KM)

    def test_unknown_runner_is_none(self, backend):
        a_runner(backend)
        assert backend.runners.get("no-such-id") is None
        assert backend.runners.by_phone("+15550000000") is None

    def test_saving_again_updates_the_runner(self, backend):
        runner = a_runner(backend, name="Luis", created_at=T0)
        runner.name, runner.age, runner.goal_race = "Luis Andrade", 41, GoalRace.MARATHON
        runner.weekly_frequency, runner.onboarding_completed, runner.language = 5, True, "en"
        backend.runners.save(runner)

        assert backend.runners.get(runner.id) == runner
        assert len(backend.runners.all()) == 1

    def test_any_race_distance_is_stored_and_read_back(self, backend):
        # The goal is a distance stored by its code: the four codes of the old enum read back as
        # they were, and any other distance ("15k", "10mi", "21.5k") round-trips (issue 21).
        for code in ("15k", "10mi", "21.5k", "half"):
            runner = a_runner(backend, phone=f"+5939900{len(code):05d}{ord(code[0]) % 10}")
            runner.goal_race = GoalRace(code)
            backend.runners.save(runner)
            stored = backend.runners.get(runner.id)
            assert stored.goal_race is GoalRace(code) and stored.goal_race.value == code
            assert stored.goal_race.distance_km == GoalRace(code).distance_km

    def test_a_runner_can_change_phone(self, backend):
        runner = a_runner(backend, phone="+593990000001")
        runner.phone = "+593990000002"
        backend.runners.save(runner)
        assert backend.runners.by_phone("+593990000001") is None
        assert backend.runners.by_phone("+593990000002").id == runner.id

    def test_a_phone_belongs_to_one_runner(self, backend):
        first = a_runner(backend, phone="+593990000003")
        with pytest.raises(ValueError):
            backend.runners.save(Runner(phone="593990000003", name="impostor"))
        assert backend.runners.by_phone("+593990000003").id == first.id
        assert backend.runners.get(first.id).name is None
        assert len(backend.runners.all()) == 1

    def test_all_lists_every_runner(self, backend):
        ids = {a_runner(backend).id for _ in range(3)}
        assert {r.id for r in backend.runners.all()} == ids


class TestRunRepositoryContract:
    def test_every_field_survives(self, backend):
        runner = a_runner(backend)
        run = Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=10.123, duration_s=3125,
                  perceived_effort=7, mood="cansado pero feliz 😅", aches="gemelo derecho",
                  notes="cuestas en el parque", weather="lluvia, 12 °C", created_at=T0, is_race=True)
        backend.runs.add(run)
        assert backend.runs.for_runner(runner.id) == [run]
        assert backend.runs.get(run.id) == run

    def test_a_recorded_run_survives_and_is_found_by_its_source_id(self, backend):
        runner, other = a_runner(backend), a_runner(backend)
        recording = Recording(
            started_at=datetime(2024, 3, 1, 11, 30, tzinfo=timezone.utc), moving_s=3130, elapsed_s=3200,
            elevation_gain_m=145.5, elevation_loss_m=140.0, avg_hr=152, max_hr=171, avg_cadence_spm=172,
            splits=(Split(1, 1.0, 305, 12.0, 148), Split(2, 0.5, 150, None, None)),
            laps=(Lap(1, 1.0, 240, 165, 170), Lap(2, 0.4, 120, 130, 140)), altitude_m=2850.0)
        run = Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=10.2, duration_s=3130, created_at=T0,
                  source="strava", source_ref="123456", recording=recording)
        backend.runs.add(run)
        assert backend.runs.get(run.id) == run
        assert backend.runs.by_source(runner.id, "strava", "123456") == run
        assert backend.runs.by_source(other.id, "strava", "123456") is None
        assert backend.runs.by_source(runner.id, "strava", "999") is None
        edited = attrs.evolve(run, distance_km=10.0, recording=attrs.evolve(recording, avg_hr=150))
        backend.runs.update(edited)
        assert backend.runs.for_runner(runner.id) == [edited]

    def test_a_minimal_run_survives(self, backend):
        runner = a_runner(backend)
        run = Run(runner_id=runner.id, date=date(2024, 3, 2), distance_km=5)
        backend.runs.add(run)
        [stored] = backend.runs.for_runner(runner.id)
        assert attrs.evolve(stored, created_at=None) == run
        assert stored.is_race is False

    def test_get_update_delete(self, backend):
        runner = a_runner(backend)
        run = Run(runner_id=runner.id, date=date(2024, 3, 2), distance_km=8, duration_s=2700, created_at=T0)
        other = Run(runner_id=runner.id, date=date(2024, 3, 3), distance_km=5, created_at=T0)
        backend.runs.add(run)
        backend.runs.add(other)
        assert backend.runs.get("no-such-run") is None

        corrected = attrs.evolve(run, distance_km=6.0, duration_s=2000, date=date(2024, 3, 1), is_race=True,
                                 notes="fueron 6, no 8")
        backend.runs.update(corrected)
        assert backend.runs.get(run.id) == corrected
        assert [r.id for r in backend.runs.for_runner(runner.id)] == [other.id, run.id]

        assert backend.runs.delete(run.id) is True
        assert backend.runs.delete(run.id) is False
        assert backend.runs.get(run.id) is None
        assert backend.runs.for_runner(runner.id) == [other]

    def test_on_day_latest_logged_first(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        day = date(2024, 3, 5)
        morning = Run(runner_id=ana.id, date=day, distance_km=10, created_at=T0)
        evening = Run(runner_id=ana.id, date=day, distance_km=4, created_at=T0 + timedelta(hours=9))
        for run in (morning, Run(runner_id=ana.id, date=day - timedelta(days=1), distance_km=7, created_at=T0),
                    evening, Run(runner_id=luis.id, date=day, distance_km=3, created_at=T0)):
            backend.runs.add(run)
        assert backend.runs.on_day(ana.id, day) == [evening, morning]
        assert backend.runs.on_day(ana.id, day + timedelta(days=1)) == []

    def test_newest_first_with_since_and_limit(self, backend):
        runner = a_runner(backend)
        days = [date(2024, 3, d) for d in (3, 1, 10, 7, 5)]
        for i, day in enumerate(days):
            backend.runs.add(Run(runner_id=runner.id, date=day, distance_km=5 + i,
                                 created_at=T0 + timedelta(minutes=i)))

        assert [r.date.day for r in backend.runs.for_runner(runner.id)] == [10, 7, 5, 3, 1]
        assert [r.date.day for r in backend.runs.for_runner(runner.id, limit=2)] == [10, 7]
        assert [r.date.day for r in backend.runs.for_runner(runner.id, since=date(2024, 3, 5))] == [10, 7, 5]
        assert [r.date.day for r in backend.runs.for_runner(
            runner.id, since=date(2024, 3, 4), limit=1)] == [10]
        assert backend.runs.for_runner(runner.id, since=date(2024, 4, 1)) == []

    def test_two_runs_the_same_day_latest_logged_first(self, backend):
        runner = a_runner(backend)
        morning = Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=5, created_at=T0)
        evening = Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=3,
                      created_at=T0 + timedelta(hours=10))
        backend.runs.add(morning)
        backend.runs.add(evening)
        assert [r.id for r in backend.runs.for_runner(runner.id)] == [evening.id, morning.id]

    def test_a_runner_never_sees_another_runners_runs(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        backend.runs.add(Run(runner_id=ana.id, date=date(2024, 3, 1), distance_km=8))
        assert backend.runs.for_runner(luis.id) == []
        assert [r.runner_id for r in backend.runs.for_runner(ana.id)] == [ana.id]


class TestPlanRepositoryContract:
    def test_every_field_survives(self, backend):
        runner = a_runner(backend)
        plan = a_plan(runner.id, date(2024, 3, 4), vdot=47.3, created_at=T0,
                      adaptations=["sin series: molestia en la rodilla", "volumen -10 %"],
                      vdot_source="10k en 45:00 (2024-02-18)")
        backend.plans.activate(plan)
        assert backend.plans.active_for(runner.id) == plan
        assert backend.plans.history(runner.id) == [plan]

    def test_notes_and_race_date_survive(self, backend):
        runner = a_runner(backend)
        notes = [PlanNote("injury_no_quality", {"part": "rodilla", "side": "izquierda"}),
                 PlanNote("low_data"),
                 PlanNote("race_in_days", {"days": "12", "race": "Maratón de Quito — 42,195 km"})]
        plan = a_plan(runner.id, date(2024, 3, 4), created_at=T0, notes=notes, race_date=date(2024, 4, 28),
                      adaptations=["sin series: molestia en la rodilla"])
        backend.plans.activate(plan)
        stored = backend.plans.active_for(runner.id)
        assert stored == plan
        assert stored.notes[0] == PlanNote("injury_no_quality", {"part": "rodilla", "side": "izquierda"})
        assert stored.notes[1].params == {} and stored.race_date == date(2024, 4, 28)
        assert backend.plans.history(runner.id) == [plan]

    def test_a_plan_without_notes_or_race_keeps_the_defaults(self, backend):
        runner = a_runner(backend)
        plan = a_plan(runner.id, date(2024, 3, 4), created_at=T0)
        backend.plans.activate(plan)
        stored = backend.plans.active_for(runner.id)
        assert (stored.notes, stored.race_date) == ([], None)
        assert all((s.phase, s.workout, s.code) == ("", None, "") for s in stored.sessions)

    def test_session_phase_workout_and_code_survive(self, backend):
        runner = a_runner(backend)
        plan = a_season_plan(runner.id, date(2024, 3, 4), created_at=T0)
        backend.plans.activate(plan)
        stored = backend.plans.active_for(runner.id)
        assert stored.sessions == plan.sessions
        assert stored.sessions[1].workout == Workout(reps=5, rep_km=1.0, recovery_min=2.5, warmup_km=2.0,
                                                     cooldown_km=1.5)
        assert stored.sessions[3].workout.rep_min == 8.0 and stored.sessions[3].workout.rep_km == 0.0
        assert [s.code for s in stored.sessions[:6]] == ["logged", "moved", "", "", "", "strides"]
        assert {s.phase for s in stored.sessions[7:]} == {"taper"}
        assert isinstance(stored.sessions[0].kind, SessionKind) and stored.sessions[0].pace_s_per_km == (300.5, 330.0)
        assert backend.plans.history(runner.id) == [plan]

    def test_changing_a_plan_after_activating_it_changes_nothing_stored(self, backend):
        runner = a_runner(backend)
        plan = a_season_plan(runner.id, date(2024, 3, 4), created_at=T0, notes=[PlanNote("low_data")])
        backend.plans.activate(plan)
        expected = copy.deepcopy(plan)
        plan.notes.append(PlanNote("extra"))
        plan.notes[0].params["x"] = "y"
        plan.sessions[1].workout.reps = 99
        plan.race_date = date(2030, 1, 1)
        assert backend.plans.active_for(runner.id) == expected
        loaded = backend.plans.active_for(runner.id)
        loaded.notes.clear()
        loaded.sessions[0].code = "changed"
        assert backend.plans.active_for(runner.id) == expected

    def test_no_plan_yet(self, backend):
        runner = a_runner(backend)
        assert backend.plans.active_for(runner.id) is None
        assert backend.plans.history(runner.id) == []

    def test_activating_deactivates_the_old_plan(self, backend):
        runner = a_runner(backend)
        old = a_plan(runner.id, date(2024, 3, 4), vdot=44)
        new = a_plan(runner.id, date(2024, 3, 18), vdot=45)
        backend.plans.activate(old)
        backend.plans.activate(new)

        assert backend.plans.active_for(runner.id).id == new.id
        history = backend.plans.history(runner.id)
        assert [(p.id, p.active) for p in history] == [(new.id, True), (old.id, False)]

    def test_plans_belong_to_their_runner(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        anas = a_plan(ana.id, date(2024, 3, 4))
        backend.plans.activate(anas)
        assert backend.plans.active_for(luis.id) is None
        assert backend.plans.history(luis.id) == []

        backend.plans.activate(a_plan(luis.id, date(2024, 3, 4)))
        assert backend.plans.active_for(ana.id).id == anas.id   # Luis's plan left Ana's alone


class TestInjuryRepositoryContract:
    def test_every_field_survives_and_update_resolves(self, backend):
        runner = a_runner(backend)
        knee = Injury(runner_id=runner.id, body_part="rodilla izquierda", severity=Severity.MODERATE,
                      description="duele al bajar escaleras", reported_on=date(2024, 3, 1))
        shin = Injury(runner_id=runner.id, body_part="tibia", reported_on=date(2024, 3, 5))
        backend.injuries.add(knee)
        backend.injuries.add(shin)
        assert backend.injuries.for_runner(runner.id) == [knee, shin]

        knee.resolved_on = date(2024, 3, 20)
        knee.severity = Severity.MILD
        backend.injuries.update(knee)
        assert backend.injuries.for_runner(runner.id) == [knee, shin]
        assert backend.injuries.for_runner(runner.id, active_only=True) == [shin]

    def test_triage_fields_survive_and_update(self, backend):
        runner = a_runner(backend)
        knee = Injury(runner_id=runner.id, body_part="rodilla", severity=Severity.SEVERE,
                      description="se hinchó después del fondo", reported_on=date(2024, 3, 10),
                      side=Side.LEFT, since=date(2024, 3, 8), pain=7, pain_walking=True, swelling=True,
                      sharp_pain=False)
        backend.injuries.add(knee)
        [stored] = backend.injuries.for_runner(runner.id)
        assert stored == knee
        assert stored.side is Side.LEFT and stored.pain == 7
        # False is an answer ("no sharp pain"), not a missing one.
        assert (stored.pain_walking, stored.swelling, stored.sharp_pain) == (True, True, False)
        assert stored.red_flags == ("swelling", "pain_walking")

        knee.side, knee.pain, knee.pain_walking, knee.swelling, knee.sharp_pain = Side.BOTH, 0, False, None, True
        knee.since = date(2024, 3, 1)
        backend.injuries.update(knee)
        assert backend.injuries.for_runner(runner.id, active_only=True) == [knee]
        knee.side = Side.RIGHT
        knee.resolved_on = date(2024, 3, 30)
        backend.injuries.update(knee)
        assert backend.injuries.for_runner(runner.id) == [knee]
        assert backend.injuries.for_runner(runner.id, active_only=True) == []

    def test_triage_not_asked_yet_stays_none(self, backend):
        runner = a_runner(backend)
        backend.injuries.add(Injury(runner_id=runner.id, body_part="gemelo"))
        [stored] = backend.injuries.for_runner(runner.id)
        assert (stored.side, stored.since, stored.pain, stored.pain_walking, stored.swelling,
                stored.sharp_pain) == (None, None, None, None, None, None)

    def test_changing_an_injury_without_update_changes_nothing_stored(self, backend):
        runner = a_runner(backend)
        ankle = Injury(runner_id=runner.id, body_part="tobillo", side=Side.RIGHT, pain=3)
        backend.injuries.add(ankle)
        expected = copy.deepcopy(ankle)
        ankle.pain, ankle.swelling = 9, True
        assert backend.injuries.for_runner(runner.id) == [expected]
        loaded = backend.injuries.for_runner(runner.id)[0]
        loaded.side = Side.LEFT
        assert backend.injuries.for_runner(runner.id) == [expected]

    def test_injuries_belong_to_their_runner(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        backend.injuries.add(Injury(runner_id=ana.id, body_part="tobillo", severity=Severity.SEVERE))
        assert backend.injuries.for_runner(luis.id) == []
        assert len(backend.injuries.for_runner(ana.id, active_only=True)) == 1


def a_message(runner_id: str, i: int, role: Role = Role.RUNNER, intent: Intent | None = None) -> Message:
    return Message(runner_id=runner_id, role=role, text=f"mensaje {i}: ¿cómo voy?", at=T0 + timedelta(seconds=i),
                   intent=intent)


class TestConversationLogContract:
    def test_messages_come_back_oldest_first_with_every_field(self, backend):
        runner = a_runner(backend)
        messages = [a_message(runner.id, 0, intent=Intent.LOG_RUN), a_message(runner.id, 1, Role.COACH),
                    a_message(runner.id, 2)]
        for m in messages:
            backend.conversations.append(m)
        assert backend.conversations.for_runner(runner.id) == messages

    def test_a_message_and_its_answer_are_kept_together_in_order(self, backend):
        runner = a_runner(backend)
        asked = a_message(runner.id, 0)
        answered = attrs.evolve(a_message(runner.id, 1, Role.COACH), at=asked.at)    # the same instant
        backend.conversations.append(asked, answered)
        backend.conversations.append()
        assert backend.conversations.for_runner(runner.id) == [asked, answered]

    def test_the_last_limit_messages_oldest_first(self, backend):
        runner = a_runner(backend)
        messages = [a_message(runner.id, i) for i in range(7)]
        for m in messages:
            backend.conversations.append(m)
        assert backend.conversations.for_runner(runner.id, limit=3) == messages[-3:]

    def test_set_intent_fills_in_the_stored_message(self, backend):
        runner = a_runner(backend)
        first, second = a_message(runner.id, 0), a_message(runner.id, 1)
        backend.conversations.append(first)
        backend.conversations.append(second)
        backend.conversations.set_intent(first.id, Intent.INJURY_REPORT)
        backend.conversations.set_intent("unknown-id", Intent.GREETING)   # no error

        stored = backend.conversations.for_runner(runner.id)
        assert [m.intent for m in stored] == [Intent.INJURY_REPORT, None]

    def test_messages_belong_to_their_runner(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        backend.conversations.append(a_message(ana.id, 0))
        assert backend.conversations.for_runner(luis.id) == []


class TestProgressSummaryContract:
    def record(self, runner_id, kind="biweekly", end=date(2024, 3, 14), text="2 semanas: 48 km"):
        return ProgressSummaryRecord(runner_id=runner_id, kind=kind, period_start=end - timedelta(days=13),
                                     period_end=end, text=text, sent_at=T0)

    def test_a_summary_is_claimed_once(self, backend):
        runner = a_runner(backend)
        first = self.record(runner.id)
        assert backend.summaries.claim(first) is True
        assert backend.summaries.claim(self.record(runner.id, text="otra vez")) is False
        assert backend.summaries.for_runner(runner.id) == [first]

    def test_another_kind_or_period_or_runner_is_another_summary(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        assert backend.summaries.claim(self.record(ana.id))
        assert backend.summaries.claim(self.record(ana.id, kind="monthly"))
        assert backend.summaries.claim(self.record(ana.id, end=date(2024, 3, 28)))
        assert backend.summaries.claim(self.record(luis.id))
        assert len(backend.summaries.for_runner(ana.id)) == 3
        assert [r.runner_id for r in backend.summaries.for_runner(luis.id)] == [luis.id]


    def test_undelivered_until_marked_sent_oldest_first(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        older = attrs.evolve(self.record(ana.id, end=date(2024, 3, 14)), sent_at=None)
        newer = attrs.evolve(self.record(ana.id, kind="monthly", end=date(2024, 3, 31)), sent_at=None)
        delivered = self.record(ana.id, kind="plan_renewal", end=date(2024, 3, 20))     # sent_at=T0
        for record in (older, delivered, newer, attrs.evolve(self.record(luis.id), sent_at=None)):
            assert backend.summaries.claim(record)
        assert backend.summaries.undelivered(ana.id) == [older, newer]

        later = T0 + timedelta(days=20)
        backend.summaries.mark_sent(ana.id, "biweekly", date(2024, 3, 14), later)
        assert backend.summaries.undelivered(ana.id) == [newer]
        [stored] = [r for r in backend.summaries.for_runner(ana.id) if r.kind == "biweekly"]
        assert stored.sent_at == later
        # Another runner's record of the same kind and period is untouched; an unknown one is a no-op.
        assert [r.runner_id for r in backend.summaries.undelivered(luis.id)] == [luis.id]
        backend.summaries.mark_sent(ana.id, "biweekly", date(2020, 1, 1), later)
        assert backend.summaries.undelivered(ana.id) == [newer]


class TestCrossTrainingContract:
    def test_every_field_survives_newest_first(self, backend):
        runner = a_runner(backend)
        bike = CrossTraining(runner_id=runner.id, day=date(2024, 3, 2), activity=Activity.BIKE, minutes=40,
                             distance_km=15.5, perceived_effort=6, notes="bici estática 🚴", created_at=T0)
        swim = CrossTraining(runner_id=runner.id, day=date(2024, 3, 4), activity="swim", minutes=30.5,
                             created_at=T0 + timedelta(days=2))
        gym = CrossTraining(runner_id=runner.id, day=date(2024, 3, 4), activity=Activity.STRENGTH, minutes=45,
                            created_at=T0 + timedelta(days=2, hours=3))
        for session in (bike, swim, gym):
            backend.cross_training.add(session)
        assert backend.cross_training.for_runner(runner.id) == [gym, swim, bike]
        assert backend.cross_training.for_runner(runner.id, since=date(2024, 3, 3)) == [gym, swim]

    def test_delete_and_runners_apart(self, backend):
        ana, luis = a_runner(backend), a_runner(backend)
        session = CrossTraining(runner_id=ana.id, day=date(2024, 3, 2), activity=Activity.OTHER, minutes=60)
        backend.cross_training.add(session)
        assert backend.cross_training.for_runner(luis.id) == []
        assert backend.runs.for_runner(ana.id) == []          # never a run
        assert backend.cross_training.delete(session.id) is True
        assert backend.cross_training.delete(session.id) is False
        assert backend.cross_training.for_runner(ana.id) == []


class _NoMemory:
    def store(self, document): ...
    def update_after_run(self, run, language="es"): ...
    def forget(self, runner_id, document_id): ...


class _Clock:
    def now(self):
        return T0


class _Boom(Exception):
    pass


class TestUnitOfWorkContract:
    """"Log a run + record an ache + rebuild the plan" is saved whole or not at all."""

    def _change(self, backend, runner, old_plan_id):
        from application.training.injuries import RecordInjury
        from application.training.log_run import LogRun, RunDetails

        today = date(2024, 3, 10)
        LogRun(backend.runs, backend.injuries, _NoMemory(), _Clock())(
            runner, RunDetails(distance_km=8, duration_s=2880, aches="rodilla", ache_parts=["rodilla"]), today)
        RecordInjury(backend.injuries, _NoMemory(), _Clock())(runner, "tobillo", Severity.MODERATE, "torcedura", today)
        new_plan = a_plan(runner.id, today, vdot=44.0)
        backend.plans.activate(new_plan)
        # Inside the unit the change is visible to every repository.
        assert len(backend.runs.for_runner(runner.id)) == 2
        assert {i.body_part for i in backend.injuries.for_runner(runner.id)} == {"rodilla", "tobillo"}
        assert backend.plans.active_for(runner.id).id == new_plan.id
        return new_plan

    def _before(self, backend):
        runner = a_runner(backend, name="Ana")
        backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 1), distance_km=6, created_at=T0))
        old = a_plan(runner.id, date(2024, 3, 1))
        backend.plans.activate(old)
        return runner, old

    def test_a_unit_that_raises_saves_nothing(self, backend):
        runner, old = self._before(backend)
        with pytest.raises(_Boom):
            with backend.uow:
                self._change(backend, runner, old.id)
                runner.name = "Ana Lucía"
                backend.runners.save(runner)
                raise _Boom()
        assert [r.distance_km for r in backend.runs.for_runner(runner.id)] == [6]
        assert backend.injuries.for_runner(runner.id) == []
        assert backend.plans.active_for(runner.id).id == old.id
        assert [p.id for p in backend.plans.history(runner.id)] == [old.id]
        assert backend.runners.get(runner.id).name == "Ana"

    def test_a_unit_that_ends_saves_everything(self, backend):
        runner, old = self._before(backend)
        with backend.uow:
            new_plan = self._change(backend, runner, old.id)
        assert len(backend.runs.for_runner(runner.id)) == 2
        assert {i.body_part for i in backend.injuries.for_runner(runner.id)} == {"rodilla", "tobillo"}
        assert backend.plans.active_for(runner.id).id == new_plan.id
        assert [(p.id, p.active) for p in backend.plans.history(runner.id)] == [(new_plan.id, True), (old.id, False)]

    def test_a_nested_unit_joins_the_outer_one(self, backend):
        runner, old = self._before(backend)
        with pytest.raises(_Boom):
            with backend.uow:
                with backend.uow:     # e.g. a use case that opens its own unit, called by the message's
                    backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 2), distance_km=9))
                backend.cross_training.add(CrossTraining(runner_id=runner.id, day=date(2024, 3, 2),
                                                         activity=Activity.BIKE, minutes=30))
                raise _Boom()
        assert [r.distance_km for r in backend.runs.for_runner(runner.id)] == [6]
        assert backend.cross_training.for_runner(runner.id) == []
        # And the unit can be used again afterwards.
        with backend.uow:
            backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 3), distance_km=7))
        assert [r.distance_km for r in backend.runs.for_runner(runner.id)] == [7, 6]

    def test_a_failed_statement_inside_a_unit_leaves_the_rest(self, backend):
        runner, _ = self._before(backend)
        with backend.uow:
            backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 4), distance_km=5))
            with pytest.raises(ValueError):     # the phone belongs to Ana: refused, the unit goes on
                backend.runners.save(Runner(phone=runner.phone, name="impostor"))
            backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 5), distance_km=4))
        assert [r.distance_km for r in backend.runs.for_runner(runner.id)] == [4, 5, 6]

    def test_writes_outside_a_unit_still_commit_on_their_own(self, backend):
        runner, _ = self._before(backend)
        backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, 6), distance_km=3))
        assert len(backend.runs.for_runner(runner.id)) == 2

    def test_units_on_several_threads_do_not_mix(self, backend):
        import threading

        runner, _ = self._before(backend)
        errors: list[BaseException] = []

        def work(i: int) -> None:
            try:
                with backend.uow:
                    backend.runs.add(Run(runner_id=runner.id, date=date(2024, 2, 1) + timedelta(days=i),
                                         distance_km=1 + i))
                    if i % 2:
                        raise _Boom()
            except _Boom:
                pass
            except BaseException as e:   # pragma: no cover - reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert errors == []
        assert sorted(r.distance_km for r in backend.runs.for_runner(runner.id)) == [1, 3, 5, 6, 7]


class TestBulkReadsContract:
    """What the scheduler reads for a batch of runners in one query each: the same as asking
    runner by runner."""

    def _world(self, backend):
        ana, luis, eva = a_runner(backend, name="Ana"), a_runner(backend, name="Luis"), a_runner(backend, name="Eva")
        for n, day in enumerate([date(2024, 3, 1), date(2024, 3, 9), date(2024, 3, 9), date(2024, 2, 1)]):
            backend.runs.add(Run(runner_id=ana.id, date=day, distance_km=5 + n, duration_s=1800 + n,
                                 created_at=T0 + timedelta(minutes=n)))
        backend.runs.add(Run(runner_id=luis.id, date=date(2024, 3, 5), distance_km=12, created_at=T0))
        backend.plans.activate(a_plan(ana.id, date(2024, 3, 1)))
        old = a_plan(luis.id, date(2024, 2, 1))
        backend.plans.activate(old)
        backend.plans.activate(a_plan(luis.id, date(2024, 2, 15)))
        backend.injuries.add(Injury(runner_id=ana.id, body_part="rodilla", reported_on=date(2024, 3, 1)))
        backend.injuries.add(Injury(runner_id=ana.id, body_part="tobillo", reported_on=date(2024, 3, 2)))
        backend.injuries.add(Injury(runner_id=luis.id, body_part="cadera", reported_on=date(2024, 1, 2),
                                    resolved_on=date(2024, 1, 20)))
        return ana, luis, eva

    def test_runs_of_many_runners_since_a_day(self, backend):
        ana, luis, eva = self._world(backend)
        since = date(2024, 3, 1)
        found = backend.runs.for_runners([ana.id, luis.id, eva.id], since)
        assert set(found) == {ana.id, luis.id, eva.id}
        for runner in (ana, luis, eva):
            assert found[runner.id] == backend.runs.for_runner(runner.id, since=since)
        assert [r.distance_km for r in found[ana.id]] == [7, 6, 5]      # newest first, then latest logged
        assert found[eva.id] == []

    def test_active_plans_and_open_injuries_of_many_runners(self, backend):
        ana, luis, eva = self._world(backend)
        ids = [ana.id, luis.id, eva.id]
        plans = backend.plans.active_for_runners(ids)
        assert plans == {ana.id: backend.plans.active_for(ana.id), luis.id: backend.plans.active_for(luis.id)}
        injuries = backend.injuries.active_for_runners(ids)
        assert injuries[ana.id] == backend.injuries.for_runner(ana.id, active_only=True)
        assert [i.body_part for i in injuries[ana.id]] == ["rodilla", "tobillo"]
        assert injuries[luis.id] == [] and injuries[eva.id] == []

    def test_cross_training_of_many_runners_since_a_day(self, backend):
        ana, luis, _ = self._world(backend)
        for day in (date(2024, 2, 1), date(2024, 3, 3)):
            backend.cross_training.add(CrossTraining(runner_id=ana.id, day=day, activity=Activity.BIKE, minutes=40))
        found = backend.cross_training.for_runners([ana.id, luis.id], date(2024, 3, 1))
        assert found == {ana.id: backend.cross_training.for_runner(ana.id, since=date(2024, 3, 1)), luis.id: []}
        assert [s.day for s in found[ana.id]] == [date(2024, 3, 3)]

    def test_when_each_runner_last_wrote(self, backend):
        ana, luis, eva = self._world(backend)
        for m in (a_message(ana.id, 0), a_message(ana.id, 5), a_message(ana.id, 9, Role.COACH),
                  a_message(eva.id, 9, Role.COACH)):
            backend.conversations.append(m)
        last = backend.conversations.last_from_runners([ana.id, luis.id, eva.id])
        assert last == {ana.id: T0 + timedelta(seconds=5)}      # coach messages do not count

    def test_claims_of_many_records_at_once(self, backend):
        ana, luis, eva = self._world(backend)
        end = date(2024, 3, 14)

        def record(runner_id, kind="biweekly"):
            return ProgressSummaryRecord(runner_id=runner_id, kind=kind, period_start=end - timedelta(days=13),
                                         period_end=end, text=f"resumen de {runner_id}")

        assert backend.summaries.claim(record(ana.id))
        assert backend.summaries.claimed("biweekly", end, [ana.id, luis.id, eva.id]) == {ana.id}
        assert backend.summaries.claimed("monthly", end, [ana.id]) == set()
        claimed = backend.summaries.claim_many([record(ana.id), record(luis.id), record(eva.id, "monthly")])
        assert claimed == {(luis.id, "biweekly", end), (eva.id, "monthly", end)}
        assert backend.summaries.claim_many([]) == set()
        assert backend.summaries.for_runner(luis.id) == [record(luis.id)]
        backend.summaries.mark_sent_many([(luis.id, "biweekly", end), (eva.id, "monthly", end)], T0)
        backend.summaries.mark_sent_many([], T0)
        assert backend.summaries.undelivered(luis.id) == [] and backend.summaries.undelivered(eva.id) == []
        assert [r.runner_id for r in backend.summaries.undelivered(ana.id)] == [ana.id]
        [stored] = backend.summaries.for_runner(eva.id)
        assert stored.sent_at == T0


class TestRunRecordsContract:
    """Milestones are measured against aggregates the store computes over a window."""

    def test_records_over_a_window_match_the_runs_themselves(self, backend):
        from domain.milestones import RunRecords

        runner, other = a_runner(backend), a_runner(backend)
        runs = [Run(runner_id=runner.id, date=date(2024, 3, d), distance_km=km, duration_s=s, created_at=T0)
                for d, km, s in ((1, 5.5, 1800), (3, 12.25, 4500), (5, 2.0, 500), (7, 8.0, None), (9, 10.0, 2950))]
        runs.append(Run(runner_id=runner.id, date=date(2024, 1, 1), distance_km=30, duration_s=9000, created_at=T0))
        for run in runs + [Run(runner_id=other.id, date=date(2024, 3, 2), distance_km=42, duration_s=9000)]:
            backend.runs.add(run)
        since = date(2024, 3, 1)
        window = [r for r in runs if r.date >= since]
        records = backend.runs.records(runner.id, since)
        assert records == RunRecords.of(window)
        assert (records.runs, records.longest_km, records.paced_runs) == (5, 12.25, 3)
        assert records.fastest_pace_s_per_km == pytest.approx(295.0)        # 10 km in 2950 s; 2 km is too short
        without = backend.runs.records(runner.id, since, exclude=[runs[4].id, runs[1].id])
        assert without == RunRecords.of([r for r in window if r.id not in {runs[4].id, runs[1].id}])
        assert backend.runs.records(runner.id, date(2025, 1, 1)) == RunRecords()

    def test_the_longest_runs_of_a_window(self, backend):
        runner = a_runner(backend)
        for d, km in ((1, 5.0), (2, 21.1), (3, 9.0), (4, 21.1)):
            backend.runs.add(Run(runner_id=runner.id, date=date(2024, 3, d), distance_km=km, created_at=T0))
        assert [(r.date.day, r.distance_km) for r in backend.runs.longest(runner.id, date(2024, 3, 1))] == [
            (2, 21.1), (4, 21.1)]
        assert [r.distance_km for r in backend.runs.longest(runner.id, date(2024, 3, 3), limit=3)] == [21.1, 9.0]
