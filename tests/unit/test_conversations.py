"""Every intent, in Spanish and in English, through the whole coach as a runner would write it.

The coach runs on its embedded defaults' understanding (the bundled E5 embedder behind the intent
classifier), in-memory stores and a fixed clock: Tuesday 24 Nov 2026 in Quito.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.conversation import Intent
from domain.runner import Units
from tests.coach_harness import onboarded_runner

TODAY = date(2026, 11, 24)
PHONE = "+593991112233"


@pytest.fixture
def talk(tmp_path):
    """talk(lang) -> (say, container, runner): an onboarded runner; say(text) returns the reply."""
    def start(lang: str):
        say, container, runner = onboarded_runner(tmp_path, lang, PHONE)
        # Onboarding may log the recent race the runner told about; the tests look at what comes after.
        _ONBOARDING_RUNS[runner.id] = {r.id for r in container.runs().for_runner(runner.id)}
        return say, container, runner
    return start


_ONBOARDING_RUNS: dict[str, set[str]] = {}


def runs_of(container, runner):
    """The runs logged after onboarding, oldest first."""
    before = _ONBOARDING_RUNS.get(runner.id, set())
    return sorted((r for r in container.runs().for_runner(runner.id) if r.id not in before), key=lambda r: r.date)


# --- runs --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "hoy corrí 8 km en 45 min, me duele la rodilla"),
    ("en", "ran 8 km in 45 min today, my knee hurts a bit"),
])
def test_a_run_with_an_ache_is_logged_once_and_the_ache_noted(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.LOG_RUN
    assert [(r.distance_km, r.duration_s, r.date) for r in runs_of(container, runner)] == [(8, 2700, TODAY)]
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["rodilla"]
    assert "8 km" in answer.text and "45:00" in answer.text


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "ayer hice 10 km a 5:30", 10, 3300),
    ("en", "this morning I ran 10 miles at 8:30 pace", 16.09, 5100),
])
def test_a_pace_given_run_gets_its_duration_from_the_pace(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.LOG_RUN
    [run] = runs_of(container, runner)
    assert run.distance_km == pytest.approx(km, abs=0.01) and run.duration_s == pytest.approx(seconds, abs=2)


@pytest.mark.parametrize("lang,text", [
    ("es", "hice 6x1000 a 3:25 rec 2 min"),
    ("en", "did 6x1000 at 3:25 with 2 min recovery"),
])
def test_intervals_are_logged_not_lost(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.LOG_RUN
    [run] = runs_of(container, runner)
    assert run.distance_km >= 6
    assert "6×1 km" in answer.text


@pytest.mark.parametrize("lang,text", [
    ("es", "el domingo 12 km en 1h10, el lunes 6 km suave y hoy 8 km en 44 min"),
    ("en", "sunday 12 km in 1h10, monday 6 km easy and today 8 km in 44 min"),
])
def test_several_runs_in_one_message_are_each_logged_on_their_day(talk, lang, text):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.LOG_RUN
    assert [(r.date, r.distance_km) for r in runs_of(container, runner)] == [
        (date(2026, 11, 22), 12), (date(2026, 11, 23), 6), (TODAY, 8)]


@pytest.mark.parametrize("lang,text", [
    ("es", "mañana voy a correr 10k"),
    ("en", "I want to run a sub-4 marathon"),
])
def test_a_planned_run_or_a_goal_is_not_logged(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert runs_of(container, runner) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "hoy hice 40 min de bici"),
    ("en", "did 40 minutes on the bike today"),
])
def test_cross_training_is_counted_apart_from_running(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.LOG_CROSS_TRAINING
    assert runs_of(container, runner) == []
    [session] = container.cross_training().for_runner(runner.id)
    assert session.minutes == 40


@pytest.mark.parametrize("lang,log,fix", [
    ("es", "hoy corrí 8 km en 48 min", "me equivoqué, fueron 6 km no 8"),
    ("en", "ran 8 km in 48 min today", "oops, it was 6 km not 8"),
])
def test_a_correction_changes_the_run_instead_of_logging_another(talk, lang, log, fix):
    say, container, runner = talk(lang)
    say(log)
    answer = say(fix)
    assert answer.intent == Intent.CORRECT_RUN
    assert [r.distance_km for r in runs_of(container, runner)] == [6]


@pytest.mark.parametrize("lang,log,delete", [
    ("es", "hoy corrí 8 km en 48 min", "borra mi ultima carrera"),
    ("en", "ran 8 km in 48 min today", "delete my last run"),
])
def test_a_run_can_be_deleted(talk, lang, log, delete):
    say, container, runner = talk(lang)
    say(log)
    answer = say(delete)
    assert answer.intent == Intent.DELETE_RUN and "8 km" in answer.text
    assert runs_of(container, runner) == []


# --- the plan ------------------------------------------------------------------------------------

def _with_plan(say):
    say("ayer corrí 10 km en 55 min" if True else "")
    return say("crear mi plan")


@pytest.mark.parametrize("lang,text", [
    ("es", "hoy no pude entrenar, llovió"),
    ("en", "couldn't train today, it rained all day"),
])
def test_a_missed_session_is_understood(talk, lang, text):
    say, container, runner = talk(lang)
    _with_plan(say)
    answer = say(text)
    assert answer.intent == Intent.MISSED_SESSION
    assert runs_of(container, runner)[-1].date < TODAY    # nothing logged for today


@pytest.mark.parametrize("lang,text", [
    ("es", "¿debería correr hoy o mejor descanso?"),
    ("en", "should I run today or rest?"),
])
def test_should_i_run_is_answered_from_the_plan_and_the_load(talk, lang, text):
    say, container, runner = talk(lang)
    _with_plan(say)
    answer = say(text)
    assert answer.intent == Intent.SHOULD_I_RUN and answer.text


@pytest.mark.parametrize("lang,text", [
    ("es", "que toca mañana?"),
    ("en", "what's on for tomorrow?"),
])
def test_tomorrow_is_read_from_the_plan(talk, lang, text):
    say, container, runner = talk(lang)
    _with_plan(say)
    answer = say(text)
    assert answer.intent == Intent.SESSION_QUERY
    tomorrow = container.plans().active_for(runner.id).session_on(TODAY + timedelta(days=1))
    assert tomorrow is not None


@pytest.mark.parametrize("lang,button", [("es", "¿Qué toca hoy?"), ("en", "What's today?")])
def test_today_accounts_for_a_run_already_logged(talk, lang, button):
    say, container, runner = talk(lang)
    _with_plan(say)
    say("hoy corrí 8 km en 46 min" if lang == "es" else "ran 8 km in 46 min today")
    answer = say(button)
    # Whether today was a run or a rest day in the plan, the answer says the 8 km are done.
    assert answer.intent == Intent.SESSION_QUERY and "8 km" in answer.text


@pytest.mark.parametrize("lang,text", [("es", "mi plan porfa"), ("en", "show me my plan")])
def test_the_plan(talk, lang, text):
    say, container, runner = talk(lang)
    say("ayer corrí 10 km en 55 min")
    answer = say(text)
    assert answer.intent == Intent.PLAN_REQUEST
    assert container.plans().active_for(runner.id) is not None


@pytest.mark.parametrize("lang,text", [("es", "como me fue esta semana?"), ("en", "how did my week go?")])
def test_how_did_my_week_go(talk, lang, text):
    say, container, runner = talk(lang)
    say("ayer corrí 10 km en 55 min")
    answer = say(text)
    assert answer.intent == Intent.PROGRESS and "10" in answer.text


@pytest.mark.parametrize("lang,text", [("es", "a que ritmo tengo q correr?"), ("en", "what pace should I run my easy runs at?")])
def test_paces(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.PACE_QUESTION and "VDOT" in answer.text


# --- race, week, units, profile -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "mi media maratón es el 15 de marzo"),
    ("en", "my half marathon is on March 15"),
])
def test_the_race_date_is_set(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.SET_RACE
    saved = container.runners().get(runner.id)
    assert saved.race_date == date(2027, 3, 15) and saved.goal_race.value == "half"


@pytest.mark.parametrize("lang,text", [
    ("es", "prefiero entrenar lunes, miércoles y sábado"),
    ("en", "I'd rather train monday, wednesday and saturday"),
])
def test_preferred_days(talk, lang, text):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.SET_SCHEDULE
    assert container.runners().get(runner.id).run_days == (0, 2, 5)


@pytest.mark.parametrize("lang,text,run", [
    ("es", "prefiero que me hables en millas", "hoy corrí 5 millas en 42 min"),
    ("en", "use miles please", "ran 5 miles in 42 min today"),
])
def test_units_are_used_in_every_reply_after(talk, lang, text, run):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.SET_UNITS
    assert container.runners().get(runner.id).units is Units.MILES
    assert "5 mi" in say(run).text


@pytest.mark.parametrize("lang,text,age", [("es", "ahora tengo cincuenta y dos años", 52), ("en", "I'm 52 now", 52)])
def test_profile_update(talk, lang, text, age):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.PROFILE_UPDATE
    assert container.runners().get(runner.id).age == age


# --- knowledge and conversation -------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [("es", "que es el umbral?"), ("en", "what's a tempo run?")])
def test_a_term_is_explained(talk, lang, text):
    say, _, _ = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.RUNNING_QUESTION and len(answer.text) > 60


@pytest.mark.parametrize("lang,text", [("es", "¿es malo correr dos dias seguidos?"),
                                       ("en", "is it ok to run two days in a row?")])
def test_a_general_question_is_answered_not_brushed_off(talk, lang, text):
    say, _, _ = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.RUNNING_QUESTION and "Anytime" not in answer.text


@pytest.mark.parametrize("lang,text,part", [
    ("es", "me duele la rodilla derecha", "rodilla derecha"),
    ("en", "my right knee hurts", "right knee"),
])
def test_an_injury_names_the_part_and_side_and_asks_for_triage(talk, lang, text, part):
    say, container, runner = talk(lang)
    say("ayer corrí 10 km en 55 min")
    say("crear mi plan")
    answer = say(text)
    assert answer.intent == Intent.INJURY_REPORT
    assert part in answer.text
    [injury] = container.injuries().for_runner(runner.id, active_only=True)
    assert injury.body_part == "rodilla" and injury.side == "right"
    plan = container.plans().active_for(runner.id)
    assert any(part in a for a in plan.adaptations), plan.adaptations


@pytest.mark.parametrize("lang,report,update", [
    ("es", "me duele el tobillo", "el tobillo ya esta mucho mejor"),
    ("en", "my ankle hurts", "my ankle is much better now"),
])
def test_an_injury_update(talk, lang, report, update):
    say, _, _ = talk(lang)
    say(report)
    assert say(update).intent == Intent.INJURY_UPDATE


@pytest.mark.parametrize("lang,text", [("es", "¿qué hablamos de mi rodilla?"), ("en", "what did I tell you about my knee?")])
def test_memory(talk, lang, text):
    say, _, _ = talk(lang)
    say("hoy corrí 8 km en 45 min, me duele la rodilla" if lang == "es" else "ran 8 km in 45 min, my knee hurts")
    answer = say(text)
    assert answer.intent == Intent.MEMORY_QUESTION


@pytest.mark.parametrize("lang,text,intent", [
    ("es", "holaaa", Intent.GREETING), ("en", "hey coach!", Intent.GREETING),
    ("es", "gracias!! 🙌", Intent.SMALL_TALK), ("en", "thanks a lot", Intent.SMALL_TALK),
    ("es", "que puedes hacer?", Intent.HELP), ("en", "what can you do?", Intent.HELP),
    ("es", "quien gano el partido de la tri ayer?", Intent.OUT_OF_SCOPE),
    ("en", "can you recommend a good pizza place?", Intent.OUT_OF_SCOPE),
])
def test_small_talk_help_and_out_of_scope(talk, lang, text, intent):
    say, _, _ = talk(lang)
    assert say(text).intent == intent


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_unclear_message_gets_a_question_with_buttons_not_a_shrug(talk, lang):
    say, container, runner = talk(lang)
    answer = say("mmm 8")
    assert answer.intent == Intent.CLARIFY and 1 <= len(answer.buttons) <= 3
    assert runs_of(container, runner) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "cuantas calorias quemo corriendo 10 km"),
    ("en", "how many calories do I burn running 10 km?"),
    ("es", "no puedo correr el jueves, tengo viaje"),
])
def test_questions_and_days_off_never_log_a_run_or_rewrite_the_week(talk, lang, text):
    say, container, runner = talk(lang)
    before = container.runners().get(runner.id).run_days
    say(text)
    assert runs_of(container, runner) == []
    assert container.runners().get(runner.id).run_days == before


@pytest.mark.parametrize("lang,report,answer", [
    ("es", "me duele el gemelo derecho", "como un 4/10, no me duele al caminar y no esta hinchado"),
    ("en", "my right calf hurts", "about 4/10, it doesn't hurt to walk and it's not swollen"),
])
def test_answers_to_the_triage_questions_update_the_injury(talk, lang, report, answer):
    say, container, runner = talk(lang)
    say(report)
    reply = say(answer)
    assert reply.intent == Intent.INJURY_UPDATE
    [injury] = container.injuries().for_runner(runner.id, active_only=True)
    assert (injury.pain, injury.pain_walking, injury.swelling) == (4, False, False)
    assert injury.is_active and not injury.red_flags


@pytest.mark.parametrize("lang,text", [
    ("es", "quiero correr un maratón en menos de 4 horas"),
    ("en", "I want to run a sub-4 marathon"),
])
def test_a_new_goal_race_does_not_keep_the_old_races_name_or_date(talk, lang, text):
    say, container, runner = talk(lang)
    answer = say(text)
    saved = container.runners().get(runner.id)
    assert answer.intent == Intent.SET_RACE and saved.goal_race.value == "marathon" and saved.goal_time_s == 4 * 3600
    if runner.goal_race.value != "marathon":        # the onboarding race was another distance
        assert saved.race_name is None and saved.race_date is None


def test_the_race_date_answered_after_the_goal_completes_the_same_race(talk):
    say, container, runner = talk("es")
    say("quiero correr un maratón en menos de 4 horas")
    answer = say("el 11 de octubre")
    saved = container.runners().get(runner.id)
    assert answer.intent == Intent.SET_RACE
    assert (saved.goal_race.value, saved.goal_time_s, saved.race_date) == ("marathon", 4 * 3600, date(2027, 10, 11))


@pytest.mark.parametrize("lang,log,fix", [
    ("es", "hoy corrí 10 km en 55 min", "me equivoqué, fueron 6 km no 8"),
    ("en", "ran 10 km in 55 min today", "oops, it was 6 km not 8"),
])
def test_a_correction_of_a_run_that_does_not_exist_changes_nothing(talk, lang, log, fix):
    say, container, runner = talk(lang)
    say(log)
    before = [(r.id, r.distance_km, r.duration_s) for r in container.runs().for_runner(runner.id)]
    answer = say(fix)
    assert answer.intent == Intent.CORRECT_RUN
    assert [(r.id, r.distance_km, r.duration_s) for r in container.runs().for_runner(runner.id)] == before


@pytest.mark.parametrize("lang,text,part", [
    ("es", "hoy 10k en 52 min y me molesta un poco el talon, mañana descanso?", "talón"),
    ("en", "10k today in 52 min, heel a bit sore, rest tomorrow?", "talón"),
])
def test_a_run_that_comes_with_a_question_is_logged_and_the_question_answered(talk, lang, text, part):
    say, container, runner = talk(lang)
    answer = say(text)
    assert [(r.distance_km, r.duration_s) for r in runs_of(container, runner)] == [(10, 3120)]
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == [part]
    assert answer.text.count("\n\n") >= 1          # the run's lines, then the answer to the question


def test_opening_words_without_a_run_do_not_hide_the_run():
    from application.understanding.run_report import parse_runs
    [run] = parse_runs("ayer no corri pero hoy si, 7 km en 40", TODAY)
    assert (run.day, run.distance_km, run.duration_s, run.planned) == (TODAY, 7, 2400, False)


def test_confirming_one_run_of_a_message_does_not_log_the_others_again(talk):
    say, container, runner = talk("es")
    asked = say("hoy 5 km en 30 min y ayer 40 km en 3h30")
    assert asked.intent == Intent.CLARIFY and asked.text.count("5 km en 30:00") == 1
    say("Sí, guárdalo")
    assert sorted((r.date, r.distance_km) for r in runs_of(container, runner)) == [
        (date(2026, 11, 23), 40), (TODAY, 5)]


# --- a bare yes or no to the coach's offer to build a plan ------------------------------------------

@pytest.mark.parametrize("lang,yes", [("es", "sí, dale 👍"), ("es", "ya"), ("es", "de una coach"),
                                      ("en", "yes please"), ("en", "sure, let's do it"), ("en", "yes pls"),
                                      ("en", "yup make my plan"), ("es", "siii porfis"), ("es", "si armame el plan")])
def test_yes_to_the_offer_after_onboarding_builds_the_plan(talk, lang, yes):
    say, container, runner = talk(lang)        # onboarding ended with "¿Lo creamos?" / "Shall we?"
    answer = say(yes)
    assert answer.intent == Intent.PLAN_REQUEST
    assert container.plans().active_for(runner.id) is not None


@pytest.mark.parametrize("lang,question,yes", [("es", "que toca mañana?", "bueno"),
                                               ("en", "what's on tomorrow?", "ok")])
def test_yes_to_the_offer_when_there_is_no_plan_builds_it(talk, lang, question, yes):
    say, container, runner = talk(lang)
    offer = say(question)                      # "Aún no tienes un plan activo. ¿Te armo uno de 14 días?"
    assert container.plans().active_for(runner.id) is None and "?" in offer.text
    assert say(yes).intent == Intent.PLAN_REQUEST
    assert container.plans().active_for(runner.id) is not None


@pytest.mark.parametrize("lang,no,declined", [("es", "todavía no, gracias", "sin plan por ahora"),
                                              ("en", "not yet", "no plan for now")])
def test_no_to_the_offer_builds_nothing_and_says_how_to_ask_later(talk, lang, no, declined):
    say, container, runner = talk(lang)
    answer = say(no)
    assert declined in answer.text
    assert container.plans().active_for(runner.id) is None


@pytest.mark.parametrize("lang,text,intent", [("es", "ya corrí 5 km en 30 min", Intent.LOG_RUN),
                                              ("es", "gracias", Intent.SMALL_TALK),
                                              ("en", "thanks", Intent.SMALL_TALK)])
def test_more_than_a_yes_after_the_offer_is_understood_as_what_it_says(talk, lang, text, intent):
    say, container, runner = talk(lang)
    assert say(text).intent == intent
    assert container.plans().active_for(runner.id) is None


def test_a_yes_with_no_offer_before_it_builds_nothing(talk):
    say, container, runner = talk("es")
    say("hoy corrí 8 km en 45 min")
    say("crear mi plan")
    plan = container.plans().active_for(runner.id)
    say("dale")                                # after the plan itself: nothing was offered
    assert container.plans().active_for(runner.id) == plan


@pytest.mark.parametrize("lang,text,noted", [
    ("es", "hoy corri ocho km en 46 min 😅 me duele un poco la rodilla", "Anoté la molestia en tu rodilla."),
    ("en", "ran 8k in 46 min today, my knee hurts", "I noted the discomfort in your knee."),
])
def test_the_ache_of_a_run_is_noted_in_words_a_runner_would_use(talk, lang, text, noted):
    say, container, runner = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.LOG_RUN and noted in answer.text
