from datetime import UTC, date, datetime

import attrs
import pytest

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import (
    FixedClock,
    InMemoryInjuryRepository,
    InMemoryRunnerRepository,
    InMemoryRunRepository,
    InMemoryVectorMemory,
)
from application.coach.onboarding import OnboardRunner
from application.training.injuries import RecordInjury
from application.training.log_run import LogRun
from domain.conversation import Intent
from tests.coach_harness import ONBOARDING_EN, ONBOARDING_ES, onboard

PHONE = "+593991234567"
TODAY = date(2026, 11, 24)   # a Tuesday


def test_a_spanish_runner_is_onboarded_one_question_at_a_time(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    runner, first = reply(PHONE, "Hola")
    assert first.intent == Intent.ONBOARDING and "¿Cómo te llamas?" in first.text
    assert runner.language == "es" and runner.timezone == "America/Guayaquil"

    runner, last = onboard(reply, PHONE, ONBOARDING_ES[1:])
    stored = container.runners().by_phone(PHONE)
    assert stored.onboarding_completed
    assert (stored.name, stored.age, stored.goal_race.value, stored.weekly_frequency,
            stored.fitness_level.value) == ("Ana", 34, "half", 4, "intermediate")
    assert (stored.has_race, stored.race_date, stored.race_name, stored.goal_time_s) == (
        True, date(2027, 3, 15), "media maratón de Quito", 2 * 3600)
    assert (stored.weekly_km, stored.longest_run_km) == (25, 14)
    assert (stored.run_days, stored.long_run_day) == ((0, 2, 4, 5), 5)
    assert stored.injury_history == "none"
    assert "¡Listo, Ana!" in last.text and "media maratón de Quito" in last.text
    assert last.buttons[0].id == "plan:create"


def test_an_english_runner_is_answered_in_english(coach):
    container, _ = coach
    runner, last = onboard(container.reply_to_runner(), "+15551234567", ONBOARDING_EN)
    assert runner.language == "en"
    assert "All set, John!" in last.text
    stored = container.runners().get(runner.id)
    assert stored.goal_race.value == "marathon" and stored.race_date == date(2027, 10, 11)
    assert stored.goal_time_s == 3 * 3600 + 30 * 60
    assert stored.run_days is None          # "any day": no preference


def test_an_unreadable_or_impossible_answer_is_asked_again_with_the_reason(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ["Hola", "Ana"])
    _, answer = reply(PHONE, "muchos")
    assert "números" in answer.text
    _, answer = reply(PHONE, "150")
    assert "150 años" in answer.text
    assert container.runners().by_phone(PHONE).age is None
    _, answer = reply(PHONE, "29")
    assert "carrera" in answer.text and [b.title for b in answer.buttons] == ["No tengo carrera"]
    _, answer = reply(PHONE, "azul")
    assert "«no tengo carrera»" in answer.text          # says what is expected


def test_a_current_ache_mentioned_in_onboarding_becomes_an_open_injury(coach):
    container, _ = coach
    answers = ONBOARDING_ES[:-1] + ["me molesta un poco la rodilla derecha"]
    runner, last = onboard(container.reply_to_runner(), PHONE, answers)
    assert "¡Listo, Ana!" in last.text
    injuries = container.injuries().for_runner(runner.id, active_only=True)
    assert [(i.body_part, i.severity.value) for i in injuries] == [("rodilla", "mild")]


def test_a_runner_can_switch_language_mid_onboarding(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    reply(PHONE, "Hola")
    runner, answer = reply(PHONE, "in English please")
    assert runner.language == "en" and "What's your name?" in answer.text


def test_several_answers_in_one_message_are_all_taken(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    reply(PHONE, "Hola")
    runner, answer = reply(PHONE, "Ana, 34 años, 4 días por semana")
    assert (runner.name, runner.age, runner.weekly_frequency) == ("Ana", 34, 4)
    assert "carrera" in answer.text                      # age was not asked again


# --- OnboardRunner on its own, with a LogRun for the recent race ---

class _Onboarding:
    def __init__(self, language: str = "es"):
        self.clock = FixedClock(datetime(2026, 11, 24, 13, 0, tzinfo=UTC))
        self.runners = InMemoryRunnerRepository()
        self.runs = InMemoryRunRepository()
        self.injuries = InMemoryInjuryRepository()
        memory = InMemoryVectorMemory(HashingEmbedder(), self.clock)
        self.onboarding = OnboardRunner(self.runners, RecordInjury(self.injuries, memory, self.clock), self.clock,
                                        log_run=LogRun(self.runs, self.injuries, memory, self.clock),
                                        injuries=self.injuries)
        self.runner, self.last = self.onboarding.start(PHONE, "Hola" if language == "es" else "Hi")

    def say(self, *texts: str):
        for text in texts:
            self.last = self.onboarding.answer(self.runner, text, TODAY)
        return self.last


def test_soy_andres_jaja_is_named_andres():
    o = _Onboarding()
    reply = o.say("soy andres jaja")
    assert o.runner.name == "Andres" and "Andres" in reply.text


def test_number_words_are_read_for_age_and_days():
    o = _Onboarding()
    o.say("Ana", "tengo cincuenta y dos años", "no tengo carrera", "10k")
    assert o.runner.age == 52 and o.runner.has_race is False and o.runner.goal_race.value == "10k"
    reply = o.say("tres")
    assert o.runner.weekly_frequency == 3
    assert [b.id for b in reply.buttons] == ["level:beginner", "level:intermediate", "level:advanced"]


def test_optional_questions_accept_a_skip_and_a_race_without_a_date_asks_for_it():
    o = _Onboarding()
    reply = o.say("Ana", "34", "quiero correr la media maratón de Quito")
    assert "fecha" in reply.text and o.runner.has_race is None
    o.say("en abril")
    assert o.runner.has_race and o.runner.race_date == date(2027, 4, 1)
    reply = o.say("no sé")                                # goal time skipped
    assert o.runner.goal_time_s is None and "días por semana" in reply.text
    o.say("4", "principiante", "0", "0")
    reply = o.say("paso")                                 # no recent race
    assert "fondo" in reply.text
    o.say("me da igual")
    assert o.runner.run_days is None
    reply = o.say("ninguna")
    assert o.runner.onboarding_completed and "Crear mi plan" in [b.title for b in reply.buttons]


def test_a_recent_race_is_stored_as_a_race_through_log_run():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "30 km", "15")
    reply = o.say("10k en 48:30 hace 3 semanas")
    assert "48:30" in reply.text
    [run] = o.runs.for_runner(o.runner.id)
    assert (run.distance_km, run.duration_s, run.date) == (10, 2910, date(2026, 11, 3))
    assert run.is_race


def test_a_past_surgery_goes_to_the_history_not_the_days_a_week():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "30", "15", "no", "martes y jueves, fondo el domingo")
    assert (o.runner.run_days, o.runner.long_run_day) == ((1, 3, 6), 6)
    reply = o.say("rodilla izquierda operada hace 5 años, menisco")
    assert o.runner.weekly_frequency == 4 and o.runner.onboarding_completed
    assert o.runner.injury_history == "rodilla izquierda operada hace 5 años, menisco"
    [surgery] = o.injuries.for_runner(o.runner.id)
    assert surgery.body_part == "rodilla" and not surgery.is_active
    assert surgery.reported_on.year == 2021 and "izquierda" in surgery.description
    assert "¡Listo" in reply.text


@pytest.mark.parametrize("answer, expected", [
    ("abc", "«25»"), ("500", "500 km"),
])
def test_a_bad_weekly_volume_is_asked_again_saying_what_is_expected(answer, expected):
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio")
    reply = o.say(answer)
    assert expected in reply.text and o.runner.weekly_km is None


def test_english_skips_and_buttons():
    o = _Onboarding("en")
    reply = o.say("I'm Sarah", "29", "Berlin Marathon on September 27")
    assert [b.title for b in reply.buttons] == ["Not sure"]
    o.say("not sure", "4", "beginner", "20", "10")
    reply = o.say("no")
    assert [b.title for b in reply.buttons] == ["Any day"]
    o.say("long run on saturdays")
    assert (o.runner.run_days, o.runner.long_run_day) == (None, 5)   # the long-run day, any other days
    reply = o.say("none")
    assert "All set, Sarah!" in reply.text and "Berlin Marathon" in reply.text


def test_a_first_message_that_introduces_the_runner_skips_known_questions():
    o = _Onboarding()
    runner, reply = o.onboarding.start("+593990000002", "Hola, soy Andrés jaja, tengo 34 años y corro 4 días por semana")
    assert (runner.name, runner.age, runner.weekly_frequency) == ("Andrés", 34, 4)
    assert "carrera" in reply.text and [b.title for b in reply.buttons] == ["No tengo carrera"]


def test_a_race_named_without_a_date_and_no_date_known_is_a_progression_cycle():
    o = _Onboarding()
    o.say("Ana", "34", "la maratón de Guayaquil")
    reply = o.say("no sé")
    assert o.runner.has_race is False and o.runner.goal_race.value == "marathon"
    assert "días por semana" in reply.text                # distance known: not asked again


def test_an_impossible_recent_race_is_asked_again_with_the_reason():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "30 km", "15")
    reply = o.say("10k en 9 minutos ayer")
    assert "humano" in reply.text and o.runs.for_runner(o.runner.id) == []
    reply = o.say("no")
    assert "fondo" in reply.text


class _StoreBehindTheDomain(InMemoryRunnerRepository):
    """A store that keeps only the fields it had before the race/volume/schedule fields existed."""

    def save(self, runner):
        copy = attrs.evolve(runner, has_race=None, race_date=None, race_name=None, goal_time_s=None, weekly_km=None,
                            longest_run_km=None, run_days=None, long_run_day=None)
        super().save(copy)


def test_onboarding_completes_on_a_store_that_keeps_fewer_fields_than_the_domain():
    clock = FixedClock(datetime(2026, 11, 24, 13, 0, tzinfo=UTC))
    runners, injuries = _StoreBehindTheDomain(), InMemoryInjuryRepository()
    onboarding = OnboardRunner(runners, RecordInjury(injuries, InMemoryVectorMemory(HashingEmbedder(), clock), clock),
                               clock)
    onboarding.start(PHONE, "Hola")
    for text in ONBOARDING_ES[1:]:
        reply = onboarding.answer(runners.by_phone(PHONE), text, TODAY)   # reloaded each message, as in a chat
    assert "¡Listo, Ana!" in reply.text and runners.by_phone(PHONE).onboarding_completed


def test_a_fast_recent_race_is_stored_without_a_confirmation_question():
    # No history to compare it with: the runner's answer is the confirmation (LogRun confirmed=True).
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "6", "avanzado", "80", "25")
    reply = o.say("gané mi categoría en la 10k de Guayaquil, 34:50, hace dos semanas")
    [run] = o.runs.for_runner(o.runner.id)
    assert (run.distance_km, run.duration_s, run.is_race, run.date) == (10, 2090, True, date(2026, 11, 10))
    assert "34:50" in reply.text


@pytest.mark.parametrize("answer,day", [
    ("5k en 25:00 el mes pasado", date(2026, 10, 25)),     # a month ago
    ("5k en 25:00", date(2026, 11, 10)),                   # not said: two weeks ago, never today
])
def test_a_recent_race_without_its_day_is_not_taken_for_a_race_today(answer, day):
    o = _Onboarding()
    o.say("Maria Jose", "31", "no tengo carrera", "10", "4", "intermedio", "20", "10")
    o.say(answer)
    [run] = o.runs.for_runner(o.runner.id)
    assert (run.distance_km, run.duration_s, run.is_race, run.date) == (5, 1500, True, day)
    assert o.runner.goal_race.value == "10k"                # a bare "10" to the distance question


@pytest.mark.parametrize("language,text,race", [
    ("en", "I'm Sam, 29, training for the Boston Marathon on April 19, goal 3:30", "Boston Marathon"),
    ("es", "soy Ana, 34, voy por la media de Quito el 15 de marzo", "media de Quito"),
])
def test_a_first_answer_that_tells_everything_is_read_whole(language, text, race):
    o = _Onboarding(language)
    o.say(text)
    assert o.runner.name in ("Sam", "Ana") and o.runner.age in (29, 34)
    assert o.runner.has_race and o.runner.race_name == race and o.runner.race_date is not None


@pytest.mark.parametrize("yes", ["sí", "si, varias", "claro"])
def test_a_bare_yes_to_the_injury_question_is_asked_which_before_onboarding_ends(yes):
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "30", "15", "no", "me da igual")
    reply = o.say(yes)
    assert not o.runner.onboarding_completed and "¿Cuál?" in reply.text
    reply = o.say("me duele el talón derecho desde hace una semana")
    assert o.runner.onboarding_completed and "¡Listo" in reply.text
    [heel] = o.injuries.for_runner(o.runner.id, active_only=True)
    assert heel.body_part == "talón"


@pytest.mark.parametrize("answer", ["nose, solo terminarla", "solo quiero terminarla", "idk, just finish it"])
def test_just_finishing_is_no_goal_time(answer):
    o = _Onboarding()
    o.say("Ana", "34", "la 10k de Cuenca el 12 de abril")
    reply = o.say(answer)
    assert o.runner.has_race and o.runner.goal_time_s is None
    assert "días por semana" in reply.text or "days a week" in reply.text


# --- answers the way runners give them (issue 20: "every answer inside onboarding") ---

@pytest.mark.parametrize("language,days,expected", [
    ("es", "mar jue y sab", (1, 3, 5)),
    ("es", "todos los dias menos el lunes", (1, 2, 3, 4, 5, 6)),
    ("es", "martes, jueves y el finde", (1, 3, 5, 6)),
    ("en", "tue thu sat sun", (1, 3, 5, 6)),
    ("en", "every day except sunday", (0, 1, 2, 3, 4, 5)),
])
def test_the_days_themselves_answer_how_many_days_and_the_rest_is_still_asked(language, days, expected):
    o = _Onboarding(language)
    o.say("Ana", "34", "no tengo carrera" if language == "es" else "no race", "10k")
    reply = o.say(days)
    assert o.runner.weekly_frequency == len(expected) and o.runner.run_days == expected
    assert [b.id for b in reply.buttons][0] == "level:beginner"
    o.say("intermedio" if language == "es" else "intermediate", "25", "12")
    # The days came early: the recent-race question is still asked, then the injuries (not the days again).
    assert [b.id for b in o.last.buttons] == ["onboarding:no"] and not o.runner.onboarding_completed
    o.say("no", "ninguna" if language == "es" else "none")
    assert o.runner.onboarding_completed and o.runner.run_days == expected


def test_unos_veinte_is_about_twenty_not_one():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k", "4", "intermedio")
    o.say("unos veinte")
    assert o.runner.weekly_km == 20


def test_volume_told_when_days_were_asked_is_kept_and_the_days_asked_again():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "10k")
    reply = o.say("corro unos veinte km x semana")
    assert o.runner.weekly_frequency is None and "días" in reply.text
    assert o.runner.weekly_km == 20
    o.say("4", "intermedio")
    assert "salida más larga" in o.last.text     # the volume is not asked again


@pytest.mark.parametrize("language,race,later,day", [
    ("es", "la media de Guayaquil en octubre, nose la fecha exacta", "el 4 de octubre creo", 4),
    ("es", "la media de Guayaquil en octubre", "el 4", 4),
    ("en", "chicago marathon sometime in october", "the 10th", 10),
])
def test_a_race_month_is_kept_said_and_its_day_taken_when_it_comes(language, race, later, day):
    o = _Onboarding(language)
    o.say("Ana", "34")
    reply = o.say(race)
    assert o.runner.race_date == date(2027, 10, 1)
    assert ("1/10" in reply.text or "Oct 1" in reply.text) and ("exacto" in reply.text or "exact" in reply.text)
    reply = o.say(later)
    assert o.runner.race_date == date(2027, 10, day) and o.runner.goal_time_s is None
    assert "1:50" in reply.text                  # the goal time is still asked
    o.say("sub 2" if language == "es" else "sub 4")
    assert o.runner.goal_time_s in (2 * 3600, 4 * 3600)


def test_a_lower_case_race_name_is_kept_as_its_name():
    o = _Onboarding("en")
    o.say("Mike", "41", "chicago marathon oct 10")
    assert o.runner.race_name == "Chicago Marathon" and o.runner.race_date == date(2027, 10, 10)


def test_a_runner_on_miles_is_asked_the_longest_run_in_miles():
    o = _Onboarding("en")
    o.say("Mike", "41", "no race", "marathon", "4", "intermediate")
    reply = o.say("about 25 miles a week")
    assert o.runner.units.value == "mi" and "in miles?" in reply.text
    o.say("13")
    assert o.runner.longest_run_km == pytest.approx(20.92, abs=0.01)


def test_no_race_and_no_distance_is_general_fitness_in_the_summary():
    o = _Onboarding()
    o.say("Ana", "34", "no tengo carrera", "me da igual", "3", "principiante", "10", "5", "no", "me da igual")
    reply = o.say("ninguna")
    assert o.runner.onboarding_completed and o.runner.goal_race is None
    assert "ponerte en forma" in reply.text and "None" not in reply.text


@pytest.mark.parametrize("language,text,side,pain", [
    ("es", "me duele la rodilla izquierda hace una semana, como un 3", "left", 3),
    ("en", "my right achilles is a bit sore, 2/10", "right", 2),
])
def test_an_ache_told_at_the_end_is_stored_with_its_side_and_pain_and_acknowledged(language, text, side, pain):
    o = _Onboarding(language)
    o.say("Ana", "34", "no tengo carrera" if language == "es" else "no race", "10k", "3",
          "intermedio" if language == "es" else "intermediate", "20", "10", "no",
          "me da igual" if language == "es" else "any day")
    reply = o.say(text)
    [ache] = o.injuries.for_runner(o.runner.id, active_only=True)
    assert (ache.side.value, ache.pain, ache.severity.value) == (side, pain, "mild")
    assert ("Anoté la molestia" in reply.text or "Noted the ache" in reply.text) and o.runner.onboarding_completed


@pytest.mark.parametrize("answer,name", [("soy la Dani 😊", "Dani"), ("soy el Pancho", "Pancho"), ("la Vero", "Vero")])
def test_the_article_before_a_first_name_is_not_the_name(answer, name):
    o = _Onboarding()
    o.say(answer)
    assert o.runner.name == name


@pytest.mark.parametrize("answer", ["creo q el 12", "hice 7 el domingo", "nose"])
def test_an_answer_to_another_question_is_not_taken_as_the_name(answer):
    o = _Onboarding()
    o.say(answer)
    assert o.runner.name is None


@pytest.mark.parametrize("language,answer", [
    ("es", "me dolia la rodilla izq hace un mes pero ya nada"),
    ("es", "tuve fascitis plantar pero ya bn"),
    ("en", "my knee hurt last month, fine now"),
])
def test_an_ache_that_is_over_is_history_not_an_open_injury(language, answer):
    o = _Onboarding(language)
    o.say("Ana", "34", "no tengo carrera" if language == "es" else "no race", "10k", "3",
          "intermedio" if language == "es" else "intermediate", "20", "10", "no",
          "me da igual" if language == "es" else "any day")
    o.say(answer)
    assert o.runner.onboarding_completed and not o.injuries.for_runner(o.runner.id, active_only=True)


def test_a_guessed_day_of_the_month_completes_a_race_month():
    o = _Onboarding()
    o.say("Ana", "34", "la 10k de Quito en abril, nose q dia")
    o.say("creo q el 12")
    assert o.runner.race_date == date(2027, 4, 12)


def test_veinte_y_cuatro_is_twenty_four():
    o = _Onboarding()
    o.say("Kevin", "veinte y cuatro")
    assert o.runner.age == 24


def test_no_race_said_before_it_is_asked_is_kept():
    o = _Onboarding()
    o.say("Kevin")
    reply = o.say("no tengo carrera todavia")       # asked the age
    assert o.runner.age is None and o.runner.has_race is False and "años" in reply.text
    reply = o.say("24")
    assert "distancia" in reply.text                 # the race is not asked again: the distance is


@pytest.mark.parametrize("no", ["nah", "nel", "not really"])
def test_no_said_the_way_people_text_passes_an_optional_question(no):
    o = _Onboarding("en")
    o.say("Tom", "52", "no race", "10k", "3", "beginner", "8", "4")
    reply = o.say(no)                                  # asked for a recent race
    assert [b.id for b in reply.buttons] == ["onboarding:any_day"]


def test_an_approximate_goal_time_is_read_and_days_a_week_are_not_a_goal_time():
    o = _Onboarding("en")
    o.say("Priya", "29", "Bengaluru half in feb, feb 21")
    o.say("around 2:10")
    assert o.runner.goal_time_s == 2 * 3600 + 10 * 60
    o2 = _Onboarding("en")
    o2.say("Priya", "29", "Bengaluru half in feb, feb 21", "hmm no idea really")
    o2.say("4 days a week")
    assert o2.runner.goal_time_s is None and o2.runner.weekly_frequency == 4


# --- answers out of order (round 8: found chatting as a runner) ---

def test_an_answer_to_a_later_question_is_taken_and_the_question_asked_again_kindly():
    flow = _Onboarding("es")
    flow.say("soy Lucía, 41 años")
    reply = flow.say("intermedia")          # the race was asked: the level is taken, not refused
    assert flow.runner.fitness_level.value == "intermediate"
    assert "¡Anotado!" in reply.text and "carrera" in reply.text and "No logré" not in reply.text


@pytest.mark.parametrize("language,answer,goal", [
    ("es", "no tengo carrera todavía, quiero hacer mi primer 10k", "10k"),
    ("en", "no race yet but i wanna do a half in the spring", "half"),
])
def test_the_distance_said_with_no_race_is_the_goal(language, answer, goal):
    flow = _Onboarding(language)
    flow.say("Sam" if language == "en" else "Sam", "30")
    reply = flow.say(answer)
    assert flow.runner.has_race is False and flow.runner.goal_race.value == goal
    assert "distance" not in reply.text and "distancia" not in reply.text


def test_miles_told_out_of_order_are_read_as_miles():
    flow = _Onboarding("en")
    flow.say("Jo", "28", "no race")
    flow.say("12 miles a week, longest was 5 miles")        # the distance to train for was asked
    assert flow.runner.units.value == "mi"
    assert (round(flow.runner.weekly_km, 1), round(flow.runner.longest_run_km, 1)) == (19.3, 8.1)


@pytest.mark.parametrize("answer", ["any day works", "cualquier día me sirve", "I'm flexible"])
def test_any_day_said_in_words_passes_the_days_question(answer):
    from application.understanding.profile_answers import is_skip
    assert is_skip(answer)
