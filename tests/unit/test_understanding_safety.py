"""The readers behind issue 20: red flags, what each clause of a message does, and the write policy."""
from __future__ import annotations

from datetime import date

import attrs
import pytest

from application.tools.arguments import SetRaceArgs, SetScheduleArgs
from application.tools.policy import Decision, judge
from application.understanding.body import bare_pain_score, body_parts_in
from application.understanding.safety import CARDIAC, HEAT, MUSCULOSKELETAL, read_red_flag, says_seen_by_professional
from application.understanding.speech_act import Act, acts
from domain.runner import GoalRace


@pytest.mark.parametrize("text,kind", [
    ("me dio un dolor agudo en la canilla", MUSCULOSKELETAL),
    ("se me hincho el tobillo y no puedo apoyar", MUSCULOSKELETAL),
    ("amaneci cojeando de la rodilla", MUSCULOSKELETAL),
    ("senti como un pop atras del talon", MUSCULOSKELETAL),
    ("se me durmio el pie, lo tengo adormecido y con hormigueo", MUSCULOSKELETAL),
    ("me cai en la bajada y me raspe la rodilla", MUSCULOSKELETAL),
    ("el gemelo me duele como un 9", MUSCULOSKELETAL),
    ("knee is swollen and i'm limping", MUSCULOSKELETAL),
    ("opresion en el pecho subiendo la cuesta", CARDIAC),
    ("el corazon se me puso a mil y no bajaba", CARDIAC),
    ("casi me desmayo al terminar", CARDIAC),
    ("tight chest and pain going into my left arm", CARDIAC),
    ("watch said 205 while i was standing", CARDIAC),
    ("me despierto en la noche ahogado", CARDIAC),
    ("estoy confundido y ya no sudo", HEAT),
    ("threw up and my head is pounding, it was so hot", HEAT),
    ("mareado con este sol, full calor", HEAT),
    # Palpitations at rest, near-fainting, a heat stroke's signs, dark urine (written for these tests).
    ("en la oficina el corazon se me acelero solito por un rato largo", CARDIAC),
    ("siento que se me saltan latidos cuando estoy acostado", CARDIAC),
    ("my heart keeps skipping beats at night", CARDIAC),
    ("got up too fast after the run, the room was spinning and i almost collapsed", CARDIAC),
    ("despues del fondo se me puso todo negro un segundo", CARDIAC),
    ("ran at noon and i think my sweating has stopped, feel hot", HEAT),
    ("after the hot half my pee came out dark brown", HEAT),
    ("la orina me salio bien oscura despues de correr al sol", HEAT),
])
def test_red_flags_as_runners_write_them(text, kind):
    flag = read_red_flag(text)
    assert flag is not None and flag.kind == kind


@pytest.mark.parametrize("text", [
    "hoy 10 km suaves, todo bien",
    "sin dolor en el pecho, tranqui",
    "no swelling, walking fine",
    "si me duele el pecho que hago?",            # a question about a sign, not the sign
    "what if i get dizzy in the heat?",
    "me duele un poco la rodilla, un 3",
    "i fell asleep after the long run lol",
    "la caminadora marcaba 8 km",
    "disculpe la confusion, fue el jueves no el miercoles",   # a mix-up in the chat, not heat illness
    "sorry for the confusion, i meant saturday",
    "im a bit confused about the plan this week",
])
def test_no_red_flag_where_there_is_none(text):
    assert read_red_flag(text) is None


@pytest.mark.parametrize("text", [
    "sali a las 12 con full sol y al final estaba confundida, no sabia donde estaba",
    "got really confused near the end of the run, it was so hot",
    "mi ñaño dice que hablaba raro despues de la carrera, con un calor tremendo",
])
def test_the_confusion_of_heat_illness_is_still_a_red_flag(text):
    flag = read_red_flag(text)
    assert flag is not None and flag.kind == "heat"


def test_a_red_flag_is_recorded_whatever_else_the_message_says():
    """Safety first in the write policy: "no pude terminar" reads as a negation, and the warning
    sign in the same message is still stored (severe)."""
    from application.tools.arguments import RecordInjuryArgs
    from domain.injury import Severity
    text = "no pude terminar el fondo, me dio un mareo fuerte y casi me desmayo en la vereda"
    assert judge("record_injury", text, RecordInjuryArgs(body_part="corazón", severity=Severity.SEVERE)).writes
    assert not judge("record_injury", "no me dolio nada hoy", RecordInjuryArgs(body_part="rodilla",
                                                                              severity=Severity.SEVERE)).writes


def test_a_sign_without_a_part_uses_the_open_ache():
    flag = read_red_flag("amaneci cojeando 😬", open_parts=("espinilla",))
    assert flag is not None and flag.parts == ("espinilla",)


@pytest.mark.parametrize("text", ["me vieron en emergencia, es un esguince grado 2",
                                  "the ER doctor said it was heat exhaustion", "rx sin fractura, bota 2 semanas"])
def test_being_seen_by_a_professional(text):
    assert says_seen_by_professional(text)


@pytest.mark.parametrize("text,expected", [
    ("me duele la canilla", ["espinilla"]), ("molestia abajo de la rodilla", ["espinilla"]),
    ("pain at the back of my left ankle", ["tendón de Aquiles"]), ("la planta del pie", ["pie"]),
    ("empeine", ["pie"]), ("hammy is tight", ["isquiotibial"]), ("when will i come back from this", []),
])
def test_body_words(text, expected):
    assert body_parts_in(text) == expected


@pytest.mark.parametrize("text,score", [("un 3", 3), ("like a 4 maybe", 4), ("bueno casi, un 1", 1), ("7/10", 7),
                                        ("hice 3", None), ("un 30", None)])
def test_a_lone_pain_score(text, score):
    assert bare_pain_score(text) == score


@pytest.mark.parametrize("text,act", [
    ("hice 10 km en 52 min", Act.FACT),
    ("el martes puedo hacer series o todavia no?", Act.QUESTION),
    ("q es mejor para el 21k", Act.QUESTION),
    ("mañana voy a hacer 12", Act.FUTURE),
    ("gonna do 8 tmrw", Act.FUTURE),
    ("si llueve el sabado hago caminadora", Act.HYPOTHETICAL),
    ("hoy toca 10 km de rodaje", Act.QUOTE),
    ("la rodilla esta bien", Act.NEGATION),
    ("y un fondo de 2.7 km si yo ya hago 6 😒", Act.COMPLAINT),
    ("dale", Act.ANSWER),
    # A question with no "?" after "también", "dime", "remind me": still a question, never a run.
    ("tambien cual fue mi tiempo en la media de cuenca.", Act.QUESTION),
    ("dime cuanto corri el domingo", Act.QUESTION),
    ("also what was my 10k time in october", Act.QUESTION),
    ("remind me how far my long run was last week", Act.QUESTION),
    ("tambien hice 5 km ayer", Act.FACT),
])
def test_what_a_clause_does(text, act):
    assert act in acts(text)


RUNNER = attrs.make_class("RunnerLike", ["race_date", "goal_race"])(date(2027, 3, 14), GoalRace.HALF)


@pytest.mark.parametrize("tool,text,args,decision", [
    ("set_schedule", "prefiero entrenar lunes, miercoles y viernes", None, Decision.WRITE),
    ("set_schedule", "lunes miercoles viernes y domingo", None, Decision.WRITE),
    ("set_schedule", "can we move wed to tues just for next week", None, Decision.REFUSE),
    ("set_schedule", "tengo cita el martes", None, Decision.REFUSE),
    ("record_injury", "hace años tuve un desgarro en el isquio", None, Decision.REFUSE),
    ("record_injury", "me duele el isquio desde ayer", None, Decision.WRITE),
    ("set_race", "half marathon 1:38:00 on october 18th", SetRaceArgs(race_date=date(2027, 10, 18)), Decision.REFUSE),
    ("set_race", "nueva meta: la media de Cuenca el 18 de octubre", SetRaceArgs(race_date=date(2027, 10, 18)),
     Decision.WRITE),
    ("set_race", "mi media es el 14 de marzo", SetRaceArgs(race_date=date(2027, 3, 14)), Decision.WRITE),
    ("log_run", "estoy como a 5 km del carro", None, Decision.REFUSE),
    ("log_run", "why only 4 miles?? i already run 9", None, Decision.REFUSE),
])
def test_the_write_rules(tool, text, args, decision):
    assert judge(tool, text, args, runner=RUNNER).decision is decision


def test_the_coachs_own_question_frames_the_answer():
    assert judge("set_race", "el 11 de octubre").decision is Decision.REFUSE
    assert judge("set_race", "el 11 de octubre", answering="set_race").decision is Decision.WRITE


def test_a_call_without_the_runners_message_is_not_judged():
    assert judge("set_schedule", None, SetScheduleArgs(run_days=["monday"])).decision is Decision.WRITE


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_warning_sign_has_its_words_in_each_language(lang):
    """The warning names the signs it read: a sign without a phrase would crash the answer."""
    from application.messages import CATALOGUES
    from application.understanding import safety
    missing = [sign for sign, _, _ in safety._SIGNS if f"sign_{sign}" not in CATALOGUES[lang].PHRASES]
    assert missing == []
