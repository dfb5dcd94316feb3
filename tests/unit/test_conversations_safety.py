"""Issue 20, as runners write: safety first, one write policy, every part of a message, context, memory
and the words runners use — in Spanish and in English, through the whole offline coach.

The sentences are written here for these tests (not taken from any blind set). The coach runs on the
bundled E5 embedder, in-memory stores and a fixed clock: Tuesday 24 Nov 2026 in Quito.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from application.tools.arguments import LogRunArgs
from application.tools.policy import Decision, judge
from application.ports import ToolCall
from domain.conversation import Intent
from domain.injury import Severity
from tests.coach_harness import ONBOARDING_EN, ONBOARDING_ES, memory_container, onboard, onboarded_runner

TODAY = date(2026, 11, 24)
PHONE = "+593991110020"

STOP = re.compile(r"para de correr|stop running", re.I)
PROFESSIONAL = re.compile(r"médico|fisioterapeuta|doctor|physio", re.I)
EMERGENCY = re.compile(r"911|emergencias|emergency", re.I)


@pytest.fixture
def talk(tmp_path):
    """talk(lang) -> (say, container, runner): an onboarded runner; say(text) returns the reply."""
    def start(lang: str):
        say, container, runner = onboarded_runner(tmp_path, lang, PHONE)
        before = {r.id for r in container.runs().for_runner(runner.id)}

        def new_runs():
            return sorted((r for r in container.runs().for_runner(runner.id) if r.id not in before),
                          key=lambda r: r.date)
        return say, container, runner, new_runs
    return start


def stored(container, runner):
    """Everything a message could have written: runs, cross-training, injuries, race and days."""
    saved = container.runners().get(runner.id)
    return (sorted((r.date, r.distance_km) for r in container.runs().for_runner(runner.id)),
            sorted((c.day, c.minutes) for c in container.cross_training().for_runner(runner.id)),
            sorted((i.body_part, i.severity.value, i.is_active) for i in container.injuries().for_runner(runner.id)),
            (saved.race_date, saved.goal_time_s, saved.goal_race), (saved.run_days, saved.long_run_day))


def severe_parts(container, runner):
    return {i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)
            if i.severity is Severity.SEVERE}


# --- 1. safety before anything else -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,part", [
    ("es", "sali a trotar y a los 2 km senti un dolor agudo en la canilla izquierda, ahora se hincho y cojeo", "espinilla"),
    ("es", "me torci el tobiyo bajando las gradas, no puedo apoyar el pie 😣", "tobillo"),
    ("es", "el talon me duele como un 8 desde ayer, en la noche me late", "talón"),
    ("en", "felt a pop in my calf on the hill and now i cant put weight on it", "gemelo"),
    ("en", "shin pain is like 8/10 today, hurts to walk to the car", "espinilla"),
])
def test_a_musculoskeletal_red_flag_is_answered_first_and_stored_severe(talk, lang, text, part):
    say, container, runner, _ = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.RED_FLAG
    first_line = answer.text.splitlines()[0]
    assert first_line.startswith("🛑") and STOP.search(first_line) and PROFESSIONAL.search(first_line)
    assert part in severe_parts(container, runner)


@pytest.mark.parametrize("lang,text", [
    ("es", "coach en la subida senti una presion en el pecho que se me iba al brazo izquierdo"),
    ("es", "hoy me desmaye al terminar las series, ya estoy sentado"),
    ("es", "estoy mareado, no me ubico donde estoy y ya no sudo, hace full calor"),
    ("en", "chest felt really tight during the tempo and my jaw ached"),
    ("en", "my friend says im confused, it was 35 degrees out there and i threw up"),
])
def test_cardiac_and_heat_signs_send_to_emergency_services(talk, lang, text):
    say, container, runner, _ = talk(lang)
    answer = say(text)
    assert answer.intent == Intent.RED_FLAG
    assert STOP.search(answer.text) and EMERGENCY.search(answer.text)
    assert severe_parts(container, runner)            # recorded: the plan pauses around it


@pytest.mark.parametrize("lang,text,km", [
    ("es", "hice 6 km pero al final me dio un dolor agudo en la rodilla derecha y ahora esta hinchada", 6),
    ("en", "ran 5k this morning, rolled my ankle at the end, it's swollen and i'm limping", 5),
])
def test_a_run_in_the_same_message_is_still_logged_after_the_warning(talk, lang, text, km):
    say, container, runner, new_runs = talk(lang)
    answer = say(text)
    assert answer.text.startswith("🛑")
    assert [r.distance_km for r in new_runs()] == [km]
    assert severe_parts(container, runner)


@pytest.mark.parametrize("lang,flag,downplay", [
    ("es", "me duele el pecho cuando subo cuestas, como una presion", "seguro es el frio nomas jaja"),
    ("en", "i nearly passed out after the intervals, heart was racing", "prob just too much coffee lol"),
])
def test_downplaying_an_open_red_flag_gets_the_reminder_first(talk, lang, flag, downplay):
    say, _, _, _ = talk(lang)
    say(flag)
    answer = say(downplay)
    assert answer.text.startswith("🛑") and PROFESSIONAL.search(answer.text)


@pytest.mark.parametrize("lang,flag,better", [
    ("es", "corri al mediodia con full sol y me dio un mareo, deje de sudar y me senti confundida",
     "tranqui, ya me siento un poco mejor, no es para tanto"),
    ("es", "me doble el tobillo en la bajada, esta hinchado y no puedo apoyar",
     "ya esta un poquito mejor el tobillo"),
    ("en", "ran in the heat and got dizzy and confused, my skin was hot and dry",
     "feeling a bit better now, dont think its a big deal"),
    ("en", "felt a pop in my calf on the hill and now i cant put weight on it", "calf is a little better today"),
])
def test_feeling_better_does_not_downgrade_a_red_flag_before_a_professional(talk, lang, flag, better):
    say, container, runner, _ = talk(lang)
    say(flag)
    flagged = severe_parts(container, runner)
    assert flagged
    answer = say(better)
    assert severe_parts(container, runner) == flagged         # still severe: the plan stays paused
    assert PROFESSIONAL.search(answer.text) or EMERGENCY.search(answer.text)


@pytest.mark.parametrize("lang,text", [
    ("es", "hoy 8 km suaves, sin dolor en el pecho ni nada, todo bien"),
    ("en", "5 miles easy, no swelling and walking fine, knee all good"),
])
def test_a_denied_sign_is_not_a_red_flag(talk, lang, text):
    say, container, runner, _ = talk(lang)
    answer = say(text)
    assert answer.intent != Intent.RED_FLAG and "🛑" not in answer.text
    assert not severe_parts(container, runner)


def test_a_red_flag_inside_onboarding_is_answered_before_the_next_question(tmp_path):
    container, _ = memory_container(tmp_path)
    reply = container.reply_to_runner()
    answers = ONBOARDING_ES[:-1]
    runner, _ = onboard(reply, PHONE, answers)
    runner, answer = reply(PHONE, "ninguna antigua, pero ayer me desmaye corriendo")
    assert answer.text.startswith("🛑") and EMERGENCY.search(answer.text)
    assert severe_parts(container, runner)


# --- 2. one write policy, for both coaches ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "el jueves puedo hacer cuestas o todavia no?"),                 # a question with a weekday
    ("es", "y un rodaje de 3 km nomas si yo ya corro 8 😒"),                # a complaint about the plan
    ("es", "el sabado voy a meter 20 con los panas"),                       # a plan for later
    ("es", "si mañana llueve hago 10 en la caminadora?"),                   # a hypothetical
    ("es", "hoy toca 12 km segun el plan"),                                 # the plan quoted back
    ("en", "how long should my first 30k be?"),
    ("en", "gonna do 15 miles on saturday with the club"),
    ("en", "if it snows tmrw can i do 8 on the treadmill"),
    ("en", "can we move wed to thu just this week"),
    ("en", "why only 4 miles?? i already run 9 🙄"),
    ("es", "tambien cual fue mi tiempo en los 10k de loja."),                # a question with no "?"
    ("en", "also what was my half marathon time last spring"),
])
def test_questions_complaints_plans_hypotheticals_and_quotes_never_write(talk, lang, text):
    say, container, runner, _ = talk(lang)
    before = stored(container, runner)
    say(text)
    assert stored(container, runner) == before


@pytest.mark.parametrize("lang,text", [
    ("es", "de la canilla te digo, la rodilla esta bien"),
    ("en", "knee's fine btw, never had a problem with it"),
    ("es", "la rodilla que me operaron ni se siente, ya ni me acuerdo"),   # an old ache, gone
    ("en", "my old knee surgery? dont even notice it anymore"),
])
def test_a_negation_about_a_part_never_creates_an_injury(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say(text)
    assert "rodilla" not in {i.body_part for i in container.injuries().for_runner(runner.id)}


def test_the_registry_refuses_a_write_the_message_does_not_state(tmp_path):
    """The same rule for the LLM coach: its tool call is checked against the runner's message."""
    container, _ = memory_container(tmp_path)
    reply = container.reply_to_runner()
    runner, _ = onboard(reply, PHONE, ONBOARDING_EN)
    registry = container.tool_registry()
    call = ToolCall(id="1", name="log_run", arguments={"distance_km": 42.2, "is_race": True})
    refused = registry.execute(runner, call, TODAY, message="when do I start marathon pace runs?")
    assert refused.is_error and "write_not_a_fact" in refused.content
    done = registry.execute(runner, call, TODAY, message="ran the marathon today in 3:58!")
    assert not done.is_error


@pytest.mark.parametrize("text,decision", [
    ("hice 10 km en 50 min", Decision.WRITE),
    ("y un fondo de 2.7 km?", Decision.REFUSE),
    ("fondo de 2.7 km, mañana descanso?", Decision.CONFIRM),      # a run inferred with no verb of it done
])
def test_the_policy_decides_from_the_speech_act(text, decision):
    assert judge("log_run", text, LogRunArgs(distance_km=2.7)).decision is decision


@pytest.mark.parametrize("lang,text,question", [
    ("es", "fondo de 9 km, mañana descanso?", "¿Lo guardo igual?"),
    ("en", "long run 9 km, rest tomorrow?", "save it anyway?"),
])
def test_an_unsure_run_is_asked_about_with_buttons_before_it_is_written(talk, lang, text, question):
    say, container, runner, new_runs = talk(lang)
    answer = say(text)
    assert question in answer.text and len(answer.buttons) == 2 and new_runs() == []
    say("si" if lang == "es" else "yes")
    assert [r.distance_km for r in new_runs()] == [9]


# --- 3. every part of a message ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "hoy 6 km suaves + 30 min de pesas en el gym"),
    ("en", "6k easy today plus 30 min of weights"),
])
def test_a_run_and_another_sport_are_both_logged(talk, lang, text):
    say, container, runner, new_runs = talk(lang)
    say(text)
    assert [r.distance_km for r in new_runs()] == [6]
    assert [(c.activity.value, c.minutes) for c in container.cross_training().for_runner(runner.id)] == [
        ("strength", 30)]


@pytest.mark.parametrize("lang,text", [
    ("es", "ayer bici 50 min y el domingo nade 30 min"),
    ("en", "bike 50 min yesterday and swam 30 min on sunday"),
])
def test_two_other_sports_on_different_days_are_each_logged_on_their_day(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say(text)
    assert sorted((c.day, c.activity.value, c.minutes) for c in container.cross_training().for_runner(runner.id)) == [
        (date(2026, 11, 22), "swim", 30), (date(2026, 11, 23), "bike", 50)]


# --- 4. context ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,report,score", [
    ("es", "me molesta un poco el gemelo derecho", "un 4"),
    ("en", "my right calf is a bit sore", "like a 4"),
])
def test_a_lone_pain_score_answers_the_coachs_question(talk, lang, report, score):
    say, container, runner, _ = talk(lang)
    asked = say(report)
    assert "0" in asked.text and "10" in asked.text                # "¿Del 0 al 10 cuánto duele?"
    say(score)
    [calf] = container.injuries().for_runner(runner.id, active_only=True)
    assert calf.body_part == "gemelo" and calf.pain == 4


@pytest.mark.parametrize("lang,text", [
    ("es", "me duele abajo de la rodilla, en el hueso de adelante"),
    ("en", "it hurts just below the knee, on the front of the bone"),
])
def test_below_the_knee_is_the_shin(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say(text)
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["espinilla"]


@pytest.mark.parametrize("lang,text", [
    ("es", "la canilla ya no me duele 🙌"),
    ("en", "shin doesn't hurt anymore 🙌"),
])
def test_an_ache_said_to_be_gone_is_closed(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say("me duele la canilla derecha, un 3/10" if lang == "es" else "my right shin is sore, 3/10")
    say(text)
    assert container.injuries().for_runner(runner.id, active_only=True) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "la canilla ni me dolio en el rodaje"),
    ("es", "la canilla no me dolio nada hoy"),
    ("en", "shin didnt hurt at all on the jog"),
])
def test_one_run_without_pain_is_better_not_healed(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say("me duele la canilla derecha, un 3/10" if lang == "es" else "my right shin is sore, 3/10")
    say(text)
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["espinilla"]


@pytest.mark.parametrize("lang,text", [
    ("es", "la canilla bien mientras corria"),
    ("en", "shin fine during the run"),
])
def test_fine_for_part_of_the_day_does_not_close_the_ache(talk, lang, text):
    say, container, runner, _ = talk(lang)
    say("me duele la canilla derecha, un 3/10" if lang == "es" else "my right shin is sore, 3/10")
    say(text)
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["espinilla"]


@pytest.mark.parametrize("lang,text,km", [
    ("es", "a los 3 km me dio un dolor fuerte en el pecho, pare y regrese caminando a la casa", 3),
    ("en", "2 miles in, chest felt like a vice so i stopped and walked home, took 15 min", 3.22),
])
def test_walking_home_after_a_red_flag_is_not_another_sport(talk, lang, text, km):
    say, container, runner, new_runs = talk(lang)
    say(text)
    assert container.cross_training().for_runner(runner.id) == []
    assert [round(r.distance_km, 2) for r in new_runs()] == [km]


@pytest.mark.parametrize("lang,text", [
    ("es", "una pregunta, a que ritmo salgo en la de 10k? 8 km es lo mas largo que he corrido"),
    ("en", "what pace for the 10k on sunday? 6 miles is the longest run i've done"),
])
def test_the_longest_run_ever_is_history_not_a_run_today(talk, lang, text):
    say, container, runner, new_runs = talk(lang)
    say(text)
    assert new_runs() == []


@pytest.mark.parametrize("lang,text", [
    ("es", "el año pasado hice la media de Guayaquil en 1:52, fue en octubre"),
    ("en", "i ran a half marathon in 1:49 last april"),
    ("en", "nah i meant a race i did. half 1:41:30 on september 14th"),
    ("es", "no, te hablo de mi carrera: media maraton 1:47:10 el 20 de septiembre"),
])
def test_a_past_race_never_replaces_the_goal_race(talk, lang, text):
    say, container, runner, _ = talk(lang)
    goal = container.runners().get(runner.id)
    say(text)
    saved = container.runners().get(runner.id)
    assert (saved.race_date, saved.goal_time_s, saved.goal_race) == (goal.race_date, goal.goal_time_s, goal.goal_race)


# --- 5. memory from the profile ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("es", "oye cual era mi tiempo objetivo? ya me olvide", "2:00:00"),
    ("es", "q dias te dije q entreno?", "lun"),
    ("en", "what's my goal race again?", "Chicago"),
    ("en", "did i tell u my goal time?", "3:30:00"),
])
def test_memory_questions_are_answered_from_the_profile(talk, lang, text, expected):
    say, container, runner, _ = talk(lang)
    before = stored(container, runner)
    answer = say(text)
    assert answer.intent == Intent.MEMORY_QUESTION and expected in answer.text
    assert stored(container, runner) == before


def test_what_i_said_about_an_ache_is_answered_from_the_open_injuries(talk):
    say, _, _, _ = talk("es")
    say("me molesta la rodilla izquierda al bajar gradas, un 3")
    answer = say("que te dije de mi rodilla?")
    assert answer.intent == Intent.MEMORY_QUESTION and "rodilla izquierda" in answer.text


# --- 6. the words runners use -------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "hoy hice doce kilometros en una hora y dos minutos 💪", 12, 3720),
    ("es", "listo, 7 km y medio en 45 min, full cansado pero bacan", 7.5, 2700),
    ("en", "did three miles in thirty one minutes 🔥", 4.83, 1860),
])
def test_numbers_in_words_halves_and_emojis(talk, lang, text, km, seconds):
    say, _, _, new_runs = talk(lang)
    say(text)
    [run] = new_runs()
    assert run.distance_km == pytest.approx(km, abs=0.01) and run.duration_s == seconds


@pytest.mark.parametrize("lang,text", [
    ("es", "nose, me da igual bro"),
    ("es", "chevere ñaño, gracias 🙌"),
    ("en", "lol ok ty, gonna crash now"),
])
def test_everyday_words_write_nothing(talk, lang, text):
    say, container, runner, _ = talk(lang)
    before = stored(container, runner)
    say(text)
    assert stored(container, runner) == before
