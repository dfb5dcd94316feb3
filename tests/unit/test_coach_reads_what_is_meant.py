"""Round 3 of issue 20, through the whole offline coach: what a message means decides what is stored.

Each case was written for this test (not taken from a blind set): questions, suppositions, plans and
other people's runs never write; the time of day is not the run's time; the reason for a schedule
change is not a training day; a mild ache said to be gone is closed, inside a run report too; a new
message is not a yes to the coach's open "¿Lo guardo igual?".
"""
from __future__ import annotations

from datetime import date

import pytest

from domain.conversation import Intent
from domain.runner import long_run_day_for
from tests.coach_harness import onboarded_runner

PHONE = "+593991112244"


@pytest.fixture
def talk(tmp_path):
    """talk(lang) -> (say, container, runner): an onboarded runner; say(text) returns the reply."""
    return lambda lang: onboarded_runner(tmp_path, lang, PHONE)


def _stored(container, runner):
    return (sorted((r.date, r.distance_km, r.duration_s) for r in container.runs().for_runner(runner.id)),
            sorted((c.day, c.activity.value, c.minutes) for c in container.cross_training().for_runner(runner.id)))


@pytest.mark.parametrize("lang,text", [
    ("es", "Una consulta: para la 15k de marzo a que ritmo hago los fondos? mi 10k en agosto fue 55:10"),
    ("es", "pregunta, puedo meter 20 el sabado? la semana pasada hice 17 y bien"),
    ("es", "si mañana hago 14 km estaria bien o me paso?"),
    ("es", "si me inscribiera en la media de abril, llegaria?"),
    ("es", "mi ñaño corrio 21k ayer en 1:50, que crack"),
    ("es", "hoy tengo la carrera de 5k en la noche, full nervios"),
    ("es", "ah ok, la 15k el 20. a ver si llego"),
    ("en", "my husband wants to know if I can do the 10k on saturday, it's 6 miles"),
    ("en", "my sister ran 13 miles yesterday in 2:05!"),
    ("en", "Heading out for 8 easy today unless you want something else"),
    ("en", "Best run since the marathon in April!"),
    ("en", "took 3 gels. legs felt dead the last 4 km but ok"),
])
def test_what_is_not_a_run_of_the_runner_writes_nothing(talk, lang, text):
    say, container, runner = talk(lang)
    before = _stored(container, runner)
    say(text)
    assert _stored(container, runner) == before


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "sali a las 6:15, hice 10 km en 58 minutos", 10, 58 * 60),
    ("es", "hice quince kilometros en una hora con veinte minutos", 15, 80 * 60),
    ("en", "went out at 5:45am, 6 km in 35 min", 6, 35 * 60),
])
def test_the_time_of_day_is_not_the_runs_time(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    say(text)
    runs = [(r.distance_km, r.duration_s) for r in container.runs().for_runner(runner.id) if not r.is_race]
    assert (km, seconds) in runs


@pytest.mark.parametrize("lang,text,minutes", [
    ("es", "hice 45 min de pesas y core en el gym", 45),
    ("es", "hoy descanso, solo 20 minutos de estiramientos y movilidad", 20),
    ("en", "did 40 min of arms and abs at the gym", 40),
])
def test_cross_training_takes_its_minutes_from_the_whole_sentence(talk, lang, text, minutes):
    say, container, runner = talk(lang)
    say(text)
    assert [c.minutes for c in container.cross_training().for_runner(runner.id)] == [minutes]


@pytest.mark.parametrize("lang,text,days", [
    ("es", "cambia mis dias a martes, jueves y domingo porque los lunes y miercoles trabajo tarde", (1, 3, 6)),
    ("es", "mejor lunes, miercoles y sabado. Los martes y jueves tengo clases", (0, 2, 5)),
    ("en", "can you switch my days to tue thu sat? mondays are soccer day", (1, 3, 5)),
])
def test_the_reason_for_a_schedule_change_is_not_a_training_day(talk, lang, text, days):
    say, container, runner = talk(lang)
    say(text)
    stored = container.runners().get(runner.id)
    assert stored.run_days == days


@pytest.mark.parametrize("days,current,expected", [
    ((0, 2, 4, 5), 6, 5),       # Sunday given up: the long run moves to Saturday
    ((1, 3, 6), 6, 6),          # still a running day: kept
    ((0, 1, 3), 5, 3),          # no weekend day left: the last day
    ((1, 3), None, None),       # none was set: none is invented
])
def test_the_long_run_day_follows_the_running_days(days, current, expected):
    assert long_run_day_for(days, current) == expected


@pytest.mark.parametrize("lang,ache,gone", [
    ("es", "me molesta un poquito la rodilla, un 2 de 10", "la rodilla ya ni me acorde, normal"),
    ("es", "siento la pantorrilla algo cargada, 2/10", "hice 8 km en 48 min, la pantorrilla ni la senti"),
    ("en", "left hip a bit tight today, maybe 2/10", "hip didn't bother me at all on today's run"),
])
def test_a_mild_ache_said_to_be_gone_is_closed(talk, lang, ache, gone):
    say, container, runner = talk(lang)
    say(ache)
    assert container.injuries().for_runner(runner.id, active_only=True)
    say(gone)
    assert container.injuries().for_runner(runner.id, active_only=True) == []


def test_a_moderate_injury_that_did_not_hurt_once_is_better_not_closed(talk):
    say, container, runner = talk("en")
    say("my knee hurts, 5/10 after the long run")
    say("ran 5 km today, knee didn't hurt")
    open_injuries = container.injuries().for_runner(runner.id, active_only=True)
    assert [i.body_part for i in open_injuries] == ["rodilla"]


@pytest.mark.parametrize("lang,text", [
    ("es", "la pantorrilla un poco cargada despues de correr, como 2/10"),
    ("en", "my right calf is a little tight after the run, 2/10"),
])
def test_an_ache_after_a_run_is_an_ache_not_a_run_to_ask_about(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert reply.intent in (Intent.INJURY_REPORT, Intent.INJURY_UPDATE)
    assert [i.pain for i in container.injuries().for_runner(runner.id, active_only=True)] == [2]


def test_a_new_message_is_not_a_yes_to_the_coachs_open_question(talk):
    say, container, runner = talk("es")
    say("hoy corri 8 km en 45 min")
    before = _stored(container, runner)
    asked = say("hoy corri 8 km en 45 min")     # the same run again: the coach asks before saving it twice
    assert asked.intent is Intent.CLARIFY
    say("si me meto a la 15k de enero, llego?")
    assert _stored(container, runner) == before


@pytest.mark.parametrize("lang,text", [
    ("es", "mi reina hizo hoy su primera 10k! 58 minutos, feliz"),
    ("es", "mi sobrino el pepe corrio 15k ayer en 1:20"),
    ("en", "my flatmate tom ran 12 km today and I stayed on the couch lol"),
    ("en", "Didn't race. Watched with a coffee, Liam did 19:40"),
    ("en", "tempo tonight, 10k planned. swam 30 min this morning"),
])
def test_someone_elses_run_and_a_run_for_tonight_are_not_logged(talk, lang, text):
    say, container, runner = talk(lang)
    before = _stored(container, runner)[0]
    say(text)
    assert _stored(container, runner)[0] == before


@pytest.mark.parametrize("lang,first,second", [
    ("es", "hoy 9 km en 50 min", "jaja no ignora eso, era lo que hizo mi hermano, lo pegue por error"),
    ("en", "8 km in 44 min today", "scratch that, that was my wife's run, not mine"),
])
def test_a_run_taken_back_right_after_is_deleted(talk, lang, first, second):
    say, container, runner = talk(lang)
    before = _stored(container, runner)[0]
    say(first)
    assert len(_stored(container, runner)[0]) == len(before) + 1
    say(second)
    assert _stored(container, runner)[0] == before


@pytest.mark.parametrize("lang,text", [
    ("es", "mi ñaño hizo 21k en 1:45, que crack"),
    ("es", "ningun mareo, ninguna palpitacion, todo bien hoy"),
    ("en", "up at the crack of dawn for 6 easy miles, no dizziness at all"),
])
def test_praise_and_denied_signs_are_no_red_flag(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert not [i for i in container.injuries().for_runner(runner.id, active_only=True) if i.severity.value == "severe"]


@pytest.mark.parametrize("lang,text", [
    ("es", "subiendo unas gradas me falto el aire como nunca, tuve que pararme"),
    ("es", "anoche en la cama senti el corazon rapidito y raro"),
    ("en", "got winded walking up the stairs at work, never happens to me"),
])
def test_breathlessness_out_of_proportion_and_a_racing_heart_are_red_flags(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert reply.intent == Intent.RED_FLAG
    assert [i for i in container.injuries().for_runner(runner.id, active_only=True) if i.severity.value == "severe"]


@pytest.mark.parametrize("lang,text,verdict_words", [
    ("es", "pregunta, puedo meter 30 el domingo? la semana pasada hice 12 y bien", "salto grande"),
    ("en", "can I do 45 km on Sunday?", "big jump"),
])
def test_a_distance_asked_for_a_day_is_weighed_not_logged(talk, lang, text, verdict_words):
    say, container, runner = talk(lang)
    before = _stored(container, runner)
    reply = say(text)
    assert verdict_words in reply.text
    assert _stored(container, runner) == before


@pytest.mark.parametrize("lang,text", [
    ("es", "el sabado puedo correr?"),
    ("en", "can I run on saturday?"),
])
def test_a_question_about_another_day_is_answered_for_that_day(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    saturday = "sáb" if lang == "es" else "Sat"
    assert saturday in reply.text


@pytest.mark.parametrize("lang,text,minutes", [
    ("es", "hoy no corri, fui a mi clase de yoga una hora", 60),
    ("es", "hoy solo camine media hora, no corri", 30),
    ("en", "went with the run club but only walked, 5 km, 1 hr", 60),
])
def test_another_sport_beside_a_run_denied_is_logged(talk, lang, text, minutes):
    say, container, runner = talk(lang)
    before = _stored(container, runner)[0]
    say(text)
    assert [c.minutes for c in container.cross_training().for_runner(runner.id)] == [minutes]
    assert _stored(container, runner)[0] == before


@pytest.mark.parametrize("lang,text,part,pain", [
    ("es", "8 km suaves en 48 min. siento templado el isquio izquierdo, como un 3 de 10", "isquiotibial", 3),
    ("es", "la canilla derecha me molesta un poco, tipo 3, nose si es por la pista", "espinilla", 3),
    ("en", "yoga 1 hour at lunch. left hamstring abit tight, like 2/10", "isquiotibial", 2),
])
def test_an_ache_told_with_a_session_is_recorded(talk, lang, text, part, pain):
    say, container, runner = talk(lang)
    say(text)
    found = [(i.body_part, i.pain) for i in container.injuries().for_runner(runner.id, active_only=True)]
    assert (part, pain) in found


def test_the_injuries_on_record_are_a_memory_question(talk):
    say, container, runner = talk("es")
    say("me duele la rodilla izquierda, 2/10")
    reply = say("que lesiones tengo?")
    assert reply.intent == Intent.MEMORY_QUESTION and "rodilla" in reply.text


@pytest.mark.parametrize("lang,text,days", [
    ("es", "cambio de planes, me movieron de turno y ahora solo puedo entrenar martes, jueves, sabado y domingo. "
           "los lunes ya no puedo", (1, 3, 5, 6)),
    ("en", "also can we switch my days to mon wed sat? my classes changed for next semester, tue thu are impossible",
     (0, 2, 5)),
    ("en", "I'm swapping to Mon Wed Fri Sun from next week, new job means I'm working Saturdays", (0, 2, 4, 6)),
])
def test_a_new_week_of_training_days_is_stored_whatever_else_it_says(talk, lang, text, days):
    say, container, runner = talk(lang)
    say(text)
    assert container.runners().get(runner.id).run_days == days


@pytest.mark.parametrize("lang,text", [
    ("es", "el domingo 12 km en 1h10 y el lunes 6 km suave"),
    ("en", "jayden ran 9:05 for 3k at practice, insane"),
    ("en", "Mia wants to do the 10K the same weekend as my half, good idea for her?"),
])
def test_runs_on_named_days_and_other_peoples_plans_do_not_rewrite_the_week(talk, lang, text):
    say, container, runner = talk(lang)
    before = container.runners().get(runner.id).run_days
    say(text)
    assert container.runners().get(runner.id).run_days == before


@pytest.mark.parametrize("lang,text", [
    ("es", "el pulso llego a 181 en las ultimas cuestas"),
    ("en", "placed 4th in my age group lol"),
])
def test_a_remark_with_nothing_to_store_is_answered_not_asked_about(talk, lang, text):
    say, container, runner = talk(lang)
    assert say(text).intent is not Intent.CLARIFY


def test_a_question_about_a_symptom_never_closes_the_injury(talk):
    say, container, runner = talk("en")
    say("my left foot goes numb at the end of runs, 2/10")
    say("today my toes felt like they were dragging when I walked up the stairs is that normal")
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["pie"]


@pytest.mark.parametrize("lang,text,km,day", [
    ("es", "el medico me dijo que todavia no haga la maraton, asi que decidi cambiar mi objetivo a la carrera de "
           "15 km del 14 de marzo", 15.0, date(2027, 3, 14)),
    ("es", "la carrera cambio de fecha y choca con un viaje. Me cambio al trail de 30K el 21 de marzo", 30.0,
     date(2027, 3, 21)),
    ("en", "I've entered the full marathon instead of the half!! Same day, 11th April", 42.195, date(2027, 4, 11)),
])
def test_a_new_goal_race_is_the_one_changed_to_not_the_one_given_up(talk, lang, text, km, day):
    say, container, runner = talk(lang)
    say(text)
    stored = container.runners().get(runner.id)
    assert stored.race_date == day
    assert stored.goal_race is not None and abs(stored.goal_race.distance_km - km) < 0.2


def test_a_goal_time_said_for_the_race_is_stored(talk):
    say, container, runner = talk("en")
    say("goal for that one: 3:50 now")
    assert container.runners().get(runner.id).goal_time_s == 3 * 3600 + 50 * 60


@pytest.mark.parametrize("lang,text", [
    ("es", "mi mejor vez en 10k fue como 52 min, ahi en agosto"),
    ("es", "el plan me pone 8 x 400 a 4:30 el jueves, ni a palos llego 😂 en mi ultimo 5k hice 5:40 el km"),
    ("es", "hoy iba a hacer 10 km pero a los 3 me dolio la barriga y regrese caminando"),
    ("en", "bf smashed his 10 miler, 1:21!! so proud"),
    ("en", "and a 12 miler on saturday, when exactly am I supposed to do that"),
    ("en", "would it be smarter to run the half easy the first time? like if I went for 2:10"),
])
def test_records_quotes_plans_and_other_peoples_runs_are_not_logged(talk, lang, text):
    say, container, runner = talk(lang)
    before = _stored(container, runner)[0]
    say(text)
    assert _stored(container, runner)[0] == before


@pytest.mark.parametrize("lang,text", [
    ("es", "el sabado hay una 5k de navidad en el barrio, me inscribi 🎄"),
    ("en", "my sis is training for a 100k ultra lol. nuts"),
])
def test_a_tune_up_race_or_someone_elses_race_keeps_the_goal(talk, lang, text):
    say, container, runner = talk(lang)
    goal = container.runners().get(runner.id)
    say(text)
    after = container.runners().get(runner.id)
    assert (after.goal_race, after.race_date, after.goal_time_s) == (goal.goal_race, goal.race_date, goal.goal_time_s)


@pytest.mark.parametrize("lang,text", [
    ("es", "No, dolor de pecho no. Mareo tampoco."),
    ("es", "antes con la rodilla que me lesione en el 2018 ya estaria cojeando, ahora nada"),
])
def test_signs_denied_after_them_or_supposed_are_no_red_flag(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert not [i for i in container.injuries().for_runner(runner.id, active_only=True) if i.severity.value == "severe"]


@pytest.mark.parametrize("lang,text", [
    ("es", "hoy 12 km suaves pero me dolio la canilla izquierda desde el km 6, en un punto especifico, 4 de 10"),
    ("en", "mid tempo my heart did a skip then flutter thing for 20 sec, watch spiked to 215"),
])
def test_focal_bone_pain_and_a_fluttering_heart_are_red_flags(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert [i for i in container.injuries().for_runner(runner.id, active_only=True) if i.severity.value == "severe"]
    assert "🛑" in reply.text


def test_a_street_named_after_a_date_is_not_the_runs_day(talk):
    say, container, runner = talk("es")
    say("hoy 6 km en 36 min por la 10 de agosto")
    assert [r.date for r in container.runs().for_runner(runner.id) if r.distance_km == 6] == [date(2026, 11, 24)]


@pytest.mark.parametrize("lang,text,seconds", [
    ("es", "TERMINEEEE 🎉 52:48 el tiempo oficial 🥳", 52 * 60 + 48),
    ("en", "54:10 😭 missed it by 10 sec", 54 * 60 + 10),
])
def test_a_finish_time_on_race_day_is_the_race(talk, lang, text, seconds):
    import attrs

    from domain.runner import GoalRace
    say, container, runner = talk(lang)
    today = date(2026, 11, 24)
    container.runners().save(attrs.evolve(container.runners().get(runner.id), goal_race=GoalRace("10k"),
                                          race_date=today))
    say(text)
    races = [(r.distance_km, r.duration_s, r.date) for r in container.runs().for_runner(runner.id)
             if r.is_race and r.date == today]
    assert races == [(10.0, seconds, today)]


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "q mas ñaño 🤙 hoy me fui al cerro, 14 km de trail con subidas bacanes, 1h45", 14.0, 6300),
    ("en", "tonight 8k at the reservoir 48:20, legs ok", 8.0, 2900),
    ("en", "Last Chance Half: 1:36:10 🔥 PR by over a min", 21.098, 5770),
])
def test_greetings_evening_runs_and_races_named_by_distance_are_logged(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    say(text)
    assert (km, seconds) in [(round(r.distance_km, 3), r.duration_s) for r in container.runs().for_runner(runner.id)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Slipped on the wet steps on the way out, went down hard"),
    ("es", "dolor de pecho no, pero se me nublo un rato la vista, se me iba todo negro"),
])
def test_a_hard_fall_and_a_greying_out_are_red_flags(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert reply.intent == Intent.RED_FLAG
    assert "pecho" not in [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)]


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "hoy camine y trote media hora, como dos kilometros y medio", 2.5, 1800),
    ("es", "hice 9 km, con 4 km a ritmo de tempo, 55 min total", 9.0, 3300),
    ("en", "did 4k easy this morning, 28ish mins", 4.0, 1680),
])
def test_run_walks_totals_and_rough_times_are_one_run(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    say(text)
    assert (km, seconds) in [(r.distance_km, r.duration_s) for r in container.runs().for_runner(runner.id)]
    assert container.cross_training().for_runner(runner.id) == []


def test_a_run_only_asked_about_beside_a_fact_is_not_logged(talk):
    say, container, runner = talk("es")
    before = _stored(container, runner)[0]
    say("Pregunta: para el tempo de mañana, 8 km a 4:50 esta bn o me paso? Mi ultimo 10k fue en 50 min")
    assert _stored(container, runner)[0] == before
