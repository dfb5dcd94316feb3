"""Round 9 of issue 20, through the whole offline coach and the understanding behind it.

Each sentence was written for this test, not taken from a blind set. The causes found on blind set v22:
someone named with who they are in brackets; "N more" after a run; the week given after "can my run days
be"; a shrugged "fine-ish"; chores as cross-training; "that one" pointing back at the race just named; a goal
time stated beside its question; questions about the calendar; an effort score read as a pain; a mild ache
fine during a run; the big city marathons named by their city; a place won in a race; nerves and
disappointment; a rep's split, elevation gain or the walk down read as the run; "N y medio"; an old race told
by its pace; a part's score read as a distance; a run of a day taken back; a place in the results.
"""
from __future__ import annotations

from datetime import date

import pytest

from application.understanding.body import pain_score_in
from application.understanding.corrections import parse_correction, parse_deletion
from application.understanding.cross_training import parse_cross_training
from application.understanding.dates import weekday_asked
from application.understanding.numbers import words_to_numbers
from application.understanding.race import parse_race, time_weighed
from application.understanding.run_report import parse_runs
from application.understanding.safety import read_red_flag
from application.understanding.schedule import parse_schedule
from application.understanding.speech_act import Act, clauses
from domain.conversation import Intent
from domain.pace import KM_PER_MILE
from domain.runner import GoalRace, Units
from tests.coach_harness import onboarded_runner

PHONE = "+593991119911"
TUESDAY = date(2026, 11, 24)      # the harness's clock


@pytest.fixture
def talk(tmp_path):
    def start(lang):
        say, container, runner = onboarded_runner(tmp_path, lang, PHONE)
        say("dale" if lang == "es" else "yes")
        return say, container, runner

    return start


def runs_of(container, runner):
    """The runs stored since onboarding (which stored the runner's last race)."""
    return [r for r in container.runs().for_runner(runner.id) if not r.is_race]


def aches(container, runner):
    return {i.body_part: i for i in container.injuries().for_runner(runner.id)}


# --- whose run, and how much of it -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["jess (my sis) ran her first 5k today, so proud",
                                  "la caro (mi ñaña) corrió 8 km hoy y yo feliz"])
def test_someone_named_with_who_they_are_in_brackets_ran_it(text):
    assert any(c.act is Act.SOMEONE_ELSE for c in clauses(text))


def test_someone_elses_miles_are_not_logged(talk):
    say, container, runner = talk("en")
    say("dave (hubby) ran 13 miles this morning, his longest ever")
    assert runs_of(container, runner) == []


@pytest.mark.parametrize("text,units,km", [
    ("and 3 more on the treadmill after dinner", Units.MILES, 3 * KM_PER_MILE),
    ("y otros 4 mas en la caminadora", Units.KM, 4.0),
])
def test_more_of_the_same_run_is_a_run(text, units, km):
    assert [round(r.distance_km, 2) for r in parse_runs(text, TUESDAY, units)] == [round(km, 2)]


@pytest.mark.parametrize("text", ["2 more weeks of base then speed", "did 3 more reps than planned"])
def test_more_of_something_else_is_no_distance(text):
    assert all(r.distance_km != 2 and r.distance_km != 3 or r.planned for r in parse_runs(text, TUESDAY))


def test_a_reps_split_is_not_the_sessions_time():
    runs = parse_runs("pista: 2 km suaves, 5x1000 en 3:50 3:52 3:49 3:55 y 3:58 la ultima, 1 de enfriar, 8 en total",
                      TUESDAY)
    assert [(r.distance_km, r.duration_s) for r in runs] == [(8.0, None)]


def test_a_segments_pace_is_not_the_whole_runs():
    runs = parse_runs("umbral hecho: 2 km calentando, 4 km a 4:40 y 2 de enfriar, 8 en total", TUESDAY)
    assert [(r.distance_km, r.duration_s) for r in runs] == [(8.0, None)]


@pytest.mark.parametrize("text,km,seconds", [
    ("trail del sábado: 24 km en 3h05, +1100 m, terminé bien", 24.0, 11100),
    ("long run 16 mi, 1,800 ft of climbing", 16 * KM_PER_MILE, None),
    ("cerro 15 km con 900 m de desnivel, 2h20", 15.0, 8400),
])
def test_the_climb_is_not_the_distance(text, km, seconds):
    runs = parse_runs(text, TUESDAY, Units.MILES if " mi" in text else Units.KM)
    assert [(round(r.distance_km, 2), r.duration_s) for r in runs] == [(round(km, 2), seconds)]


def test_the_walk_down_after_a_fall_is_not_the_run():
    text = ("Llevaba 14 km, como 1h35, y en el sendero me torcí el tobillo izquierdo y me caí. Bajé unos 3 km "
            "caminando cojeando")
    assert [(r.distance_km, r.duration_s) for r in parse_runs(text, TUESDAY)] == [(14.0, 5700)]
    assert read_red_flag(text) is not None


@pytest.mark.parametrize("text,seconds", [
    ("1 min trote 1 min caminata por 25 min, unos 3.5 km nomás", 1500),
    ("did my run-walk, 2 on 1 off for 30 min, about 4 km only 😅", 1800),
])
def test_a_run_walk_is_logged_with_its_time(text, seconds):
    assert [r.duration_s for r in parse_runs(text, TUESDAY)] == [seconds]


def test_the_day_in_another_sentence_of_the_same_run_is_kept():
    text = "hoy hice mi rodaje, 40 min trotando y caminando. Como 5 km según el reloj"
    assert [(r.day, r.distance_km, r.duration_s, r.planned) for r in parse_runs(text, TUESDAY)] == \
        [(TUESDAY, 5.0, 2400, False)]


def test_a_second_run_told_late_with_its_own_day_is_logged_too():
    runs = parse_runs("6k easy done tonight, 36 min. oh and fri lunch I did 4k with work mates, 25 min", TUESDAY)
    assert [(r.day, r.distance_km) for r in runs] == [(TUESDAY, 6.0), (date(2026, 11, 20), 4.0)]


@pytest.mark.parametrize("text,half", [("como 9 y medio en total", "9.5"), ("eleven and a half miles", "11.5"),
                                       ("salgo a las 5 y media", None)])
def test_a_half_after_a_number_is_a_decimal_but_not_on_a_clock(text, half):
    converted = words_to_numbers(text, "en" if "half" in text else "es")
    assert (half in converted) if half else ("5.5" not in converted)


def test_a_day_ahead_named_for_the_race_is_not_the_runs_day():
    assert [r.day for r in parse_runs("soltura 4 km con rectas, lista pal sábado", TUESDAY)] == [TUESDAY]


def test_an_old_race_told_by_its_pace_is_not_a_run(talk):
    say, container, runner = talk("es")
    say("el tempo a 4:20 es full rápido ve, la media la corrí a 5:05 el km")
    assert runs_of(container, runner) == []


def test_a_score_said_of_a_part_is_no_distance():
    assert parse_runs("la rodilla hoy 2, casi nada", TUESDAY) == []
    assert pain_score_in("el tobillo hoy 2, casi nada") == 2


# --- aches ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Legs are wrecked, like a 9/10 effort. Quads mostly", "RPE 8/10 today, calves"])
def test_an_effort_score_is_no_pain(text):
    assert pain_score_in(text) is None
    assert read_red_flag(text) is None


def test_a_pain_score_of_eight_is_still_a_red_flag():
    assert read_red_flag("quads really sore, 8/10") is not None


@pytest.mark.parametrize("text,score", [("hoy camino mejor, un 4 de dolor", 4), ("pain level 3 this morning", 3),
                                        ("me duele un poco la rodilla de tanto cargar cajas un 2 nomás", 2)])
def test_a_pain_score_said_other_ways_is_read(text, score):
    assert pain_score_in(text) == score


def test_a_shrugged_fine_is_better_not_healed(talk):
    say, container, runner = talk("en")
    say("right calf a bit tight after the run, 2/10")
    say("calf ok-ish today")
    assert aches(container, runner)["gemelo"].is_active


def test_a_mild_ache_fine_during_a_run_closes(talk):
    say, container, runner = talk("en")
    say("left hip a little tight after, 2/10")
    say("hip was fine during, no pain at all")
    assert not aches(container, runner)["cadera"].is_active


def test_an_answer_that_it_hurts_only_when_pressed_keeps_the_ache(talk):
    say, container, runner = talk("es")
    say("me molesta un poco el gemelo izquierdo, un 2")
    say("solo cuando lo aprieto, caminando nada")
    assert aches(container, runner)["gemelo"].is_active


def test_a_score_of_the_open_ache_beside_a_question_is_kept_and_the_question_answered(talk):
    say, container, runner = talk("es")
    say("me dio un tirón en el isquio izquierdo, un 5, cojeo un poco")
    reply = say("Hoy camino mejor, un 3 de dolor. Crees que el sábado pueda hacer el fondo aunque sea suave?")
    assert aches(container, runner)["isquiotibial"].pain == 3
    assert "correr" in reply.text        # (the answer: no running until a professional has seen it)


def test_an_old_injury_told_is_heard_as_history(talk):
    say, container, runner = talk("es")
    reply = say("tuve una fascitis en ese pie hace 3 años pero esto es distinto")
    assert aches(container, runner) == {}
    assert "Qué bueno" not in reply.text


# --- other sports -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,minutes", [("an hour shoveling snow off the drive instead of a run", 60),
                                          ("45 min cortando el césped, eso cuenta?", 45),
                                          ("rode bikes with the kids, 40 minutes", 40)])
def test_chores_and_rides_are_cross_training(text, minutes):
    found = parse_cross_training(text, TUESDAY)
    assert found is not None and found.minutes == minutes


def test_a_walk_told_with_a_greeting_and_a_feeling_is_logged(talk):
    say, container, runner = talk("es")
    say("Buenas! Hoy solo salí a caminar con mi mamá por el parque, 40 minutos tranquilo, me sentí bien.")
    assert [c.minutes for c in container.cross_training().for_runner(runner.id)] == [40]


def test_someone_named_walking_is_not_the_runner(talk):
    say, container, runner = talk("en")
    say("Karen walked 3 miles with her book club this morning, she loves it")
    assert list(container.cross_training().for_runner(runner.id)) == []


# --- goal race ------------------------------------------------------------------------------------------

def test_that_one_points_back_at_the_race_just_named():
    race = parse_race("the club is doing the Riverside 10K on 6th December so I'm changing my race to that one, "
                      "the marathon can wait", TUESDAY)
    assert race.goal_race == GoalRace.of_km(10) and race.race_date == date(2026, 12, 6)


def test_changing_to_that_one_sets_the_goal(talk):
    say, container, runner = talk("en")
    say("ok so the office team is doing the Harbour 5K on 20th December so I'm changing my race to that one lol")
    runner = container.runners().get(runner.id)
    assert (runner.goal_race, runner.race_date) == (GoalRace.of_km(5), date(2026, 12, 20))


def test_a_goal_time_stated_beside_its_question_is_kept(talk):
    say, container, runner = talk("en")
    reply = say("target is sub 3:15. doable??")
    assert container.runners().get(runner.id).goal_time_s == 3 * 3600 + 15 * 60
    assert reply.intent is Intent.SET_RACE


def test_a_time_in_minutes_is_weighed():
    assert time_weighed("is 45 min possible?", GoalRace.of_km(10)) == 45 * 60


def test_a_big_city_marathon_named_by_its_city_is_a_marathon(talk):
    say, container, runner = talk("es")
    say("ya es oficial: berlin es mi carrera ahora, no la de Quito. 24 de septiembre, quiero bajar de 4 horas")
    runner = container.runners().get(runner.id)
    assert (runner.goal_race, runner.race_date, runner.goal_time_s) == \
        (GoalRace.of_km(42.195), date(2027, 9, 24), 4 * 3600)


def test_a_place_won_in_a_race_is_offered_as_the_goal(talk):
    say, container, runner = talk("en")
    reply = say("AHHH I got a ballot place for Tokyo!!! can't believe it")
    assert container.runners().get(runner.id).goal_race == GoalRace.of_km(42.195)     # Chicago still
    assert container.runners().get(runner.id).race_name == "Chicago Marathon"
    assert reply.buttons
    say("yes!! march 7")
    runner = container.runners().get(runner.id)
    assert runner.race_date == date(2027, 3, 7)


def test_the_goal_race_named_in_other_words_is_not_a_new_one(talk):
    say, container, runner = talk("en")
    reply = say("Chicago marathon is in October, feels so far away. the distance honestly scares me")
    assert not reply.buttons
    assert container.runners().get(runner.id).race_date == date(2027, 10, 11)


def test_another_race_named_after_an_offer_is_read_as_itself(talk):
    say, container, runner = talk("es")
    say("y si mejor me voy a la de 10k de junio?")
    say("mejor cambio mi meta a la 15K de Cuenca, 12 de abril, quiero 1:20")
    runner = container.runners().get(runner.id)
    assert (runner.goal_race, runner.race_date, runner.goal_time_s) == \
        (GoalRace.of_km(15), date(2027, 4, 12), 80 * 60)


def test_a_weighed_race_of_a_month_is_offered_with_its_month(talk):
    say, container, runner = talk("es")
    reply = say("oye y si mejor me voy a la de 10k de junio?")
    assert "en junio" in reply.text


# --- the calendar, feelings, results ------------------------------------------------------------------------

@pytest.mark.parametrize("text,guess", [("20th December is a sunday right?", 6), ("el 20 de diciembre cae domingo?", 6),
                                        ("what day is december 20?", None)])
def test_a_calendar_question_is_read(text, guess):
    assert weekday_asked(text, TUESDAY) == (date(2026, 12, 20), guess)


def test_a_calendar_question_is_answered(talk):
    say, container, runner = talk("en")
    assert "Sunday" in say("dec 20 is a saturday right?").text
    assert "No" in say("dec 20 is a saturday right?").text


@pytest.mark.parametrize("lang,text", [("en", "honestly the marathon scares me a bit, it's so long"),
                                        ("es", "q nervios la media, siento que no voy a llegar")])
def test_nerves_about_the_race_are_heard(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert reply.intent is Intent.SMALL_TALK and "semanas" in reply.text or "weeks" in reply.text


def test_disappointment_with_an_ache_is_heard(talk):
    say, container, runner = talk("es")
    say("me dio un tirón en el gemelo derecho, un 6, cojeo")
    reply = say("qué pena, justo iba bien para la media")
    assert reply.intent is Intent.SMALL_TALK and "salud" in reply.text


def test_time_enough_for_the_race_with_an_ache_is_answered(talk):
    say, container, runner = talk("es")
    say("me dio un tirón en el gemelo derecho, un 6, cojeo")
    reply = say("si me dan el alta la otra semana, alcanzo todavía?")
    assert "semanas" in reply.text and "salud" in reply.text


@pytest.mark.parametrize("text,n", [("quedé 7mo en mi categoría!!", 7), ("came 3rd in my age group", 3)])
def test_a_place_in_the_results_is_celebrated(talk, text, n):
    say, container, runner = talk("es")
    assert str(n) in say(text).text


def test_a_race_pacing_question_gets_the_race_plan(talk):
    say, container, runner = talk("es")
    reply = say("el sábado es la 10K del colegio, a q ritmo salgo?")
    assert reply.intent is Intent.PACE_QUESTION and "10k" in reply.text.lower()


def test_no_greeting_words_no_greeting(talk):
    say, container, runner = talk("es")
    assert say("la primera vez jaja").intent is not Intent.GREETING


def test_chat_about_the_weather_is_not_out_of_scope(talk):
    say, container, runner = talk("es")
    assert say("q calor que hacía en el malecón").intent is not Intent.OUT_OF_SCOPE


def test_heading_out_now_is_a_plan(talk):
    say, container, runner = talk("es")
    reply = say("ya salgo al parque")
    assert reply.intent is Intent.SMALL_TALK and runs_of(container, runner) == []


def test_a_pace_complaint_is_answered_as_one(talk):
    say, container, runner = talk("es")
    reply = say("las series a 4:15 son demasiado rápidas pana")
    assert "ritmos" in reply.text and runs_of(container, runner) == []


# --- corrections and deletions -------------------------------------------------------------------------------

def test_a_total_set_against_the_old_total_corrects_the_session():
    found = parse_correction("wait the tempo bit was only 3k not 4k, stopped at the lights. so 7k total not 8", TUESDAY)
    assert (found.target.distance_km, found.distance_km) == (8.0, 7.0)


def test_the_chips_time_corrects_the_race():
    assert parse_correction("uy el chip dice 44:51, mejor todavía", TUESDAY).duration_s == 44 * 60 + 51


def test_a_run_of_a_day_taken_back_is_deleted(talk):
    say, container, runner = talk("es")
    say("el domingo hice 10 km en 58 min")
    say("ok gracias")
    say("oye ignora lo del domingo, ese fue el 10k de mi prima, me confundí con las fotos")
    assert runs_of(container, runner) == []
    assert parse_deletion("forget the one from saturday, that was my brother's", TUESDAY).day == date(2026, 11, 21)


def test_more_of_the_same_run_is_logged_after_it(talk):
    say, container, runner = talk("en")
    say("ran 5k to work this morning")
    say("and 3 more on the treadmill after work lol")
    assert sorted(r.distance_km for r in runs_of(container, runner)) == [3.0, 5.0]


# --- days -------------------------------------------------------------------------------------------------

def test_the_days_given_after_can_my_run_days_be_are_the_week():
    days = parse_schedule("new shifts from next week, im on mon wed nights. could my run days be tue thu sat sun")
    assert days.run_days == (1, 3, 5, 6)


# --- found chatting as a runner (andes chat, new phones and data directories) ------------------------------

def test_the_runners_own_amount_beside_someone_elses_is_logged():
    runs = parse_runs("ayer salí con mi pana, él hizo 15 y yo 9 en 62 min", TUESDAY)
    assert [(r.day, r.distance_km, r.duration_s) for r in runs] == [(date(2026, 11, 23), 9.0, 3720)]


def test_nerves_about_a_distance_never_run_are_heard(talk):
    say, container, runner = talk("es")
    reply = say("uff q nervios, nunca he corrido más de 12")
    assert reply.intent is Intent.SMALL_TALK and "semanas" in reply.text


def test_a_session_asked_about_right_after_an_ache_is_answered_by_the_ache(talk):
    say, container, runner = talk("en")
    say("right ankle a bit sore on the stairs, like 3/10")
    reply = say("does that mean no tempo on thursday?")
    assert reply.intent is Intent.INJURY_UPDATE and "ankle" in reply.text


def test_a_run_still_ahead_beside_a_session_done_is_said_so(talk):
    say, container, runner = talk("en")
    reply = say("5k easy tonight with the club + 15 min stretching")
    assert [c.minutes for c in container.cross_training().for_runner(runner.id)] == [15]
    assert runs_of(container, runner) == [] and "plan" in reply.text


# --- after the second blind set of round 9 (v23): the causes, with sentences written for these tests ---------

@pytest.mark.parametrize("text,open_parts", [
    ("la espinilla me duele más, ahora es en un punto, como si fuera el hueso, si la aprieto me duele full", ()),
    ("al caminar si, un poco, y en la noche a veces me despierta", ("espinilla",)),
    ("shin throbs at night now and there's one spot on the bone", ()),
])
def test_a_bones_focal_pain_and_pain_at_night_are_red_flags(text, open_parts):
    assert read_red_flag(text, open_parts) is not None


@pytest.mark.parametrize("text", ["desde mi punto de vista la rodilla está bien", "me despierto a las 5 para correr"])
def test_a_point_of_view_and_an_alarm_clock_are_no_red_flags(text):
    assert read_red_flag(text, ()) is None


def test_a_sign_told_apart_from_a_new_ache_is_the_open_aches(talk):
    say, container, runner = talk("en")
    say("my left toes went numb on the run and they're still numb an hour later")
    reply = say("Still numb this morning. My right knee is a little sore too, 2/10")
    assert reply.intent is Intent.RED_FLAG and "foot" in reply.text
    found = aches(container, runner)
    assert found["rodilla"].severity.value == "mild" and found["pie"].severity.value == "severe"


def test_a_doctors_easy_running_is_repeated_and_the_alarm_kept(talk):
    say, container, runner = talk("en")
    say("had chest tightness on my run this morning and had to stop")
    reply = say("saw the doc, ECG normal. she said easy running is ok until the stress test next week")
    assert "easy" in reply.text and aches(container, runner)["pecho"].severity.value == "severe"


def test_a_sign_gone_after_a_doctor_closes_the_ache(talk):
    say, container, runner = talk("en")
    say("my left foot went numb on the long run and it's still numb an hour later")
    say("doctor thinks it's a pinched nerve, said running is ok if it doesn't get worse")
    say("the numbness is finally gone 🙌")
    assert not aches(container, runner)["pie"].is_active


def test_a_condition_of_not_getting_worse_is_no_worsening():
    from application.understanding.body import trend_in
    assert trend_in("physio said I can run as long as it doesn't get worse") != "worse"


@pytest.mark.parametrize("text,expected", [("10.3 mi, 1:38:10, easy. no chest stuff at all", None),
                                           ("better. 1 maybe", 1)])
def test_a_decimal_is_no_pain_score(text, expected):
    from application.understanding.body import bare_pain_score
    assert bare_pain_score(text) == expected


def test_someone_elses_run_then_the_runners_own_walk():
    parts = clauses("hubby ran 8 miles tonight and i walked the dog 40 min with him")
    assert [c.act for c in parts] == [Act.SOMEONE_ELSE, Act.FACT]
    assert parse_runs("hubby ran 8 miles tonight and i walked the dog 40 min with him", TUESDAY) == []


@pytest.mark.parametrize("text", ["ok fine. 8 easy. sigh", "bueno ya. 6 suaves"])
def test_giving_in_then_an_amount_is_a_plan(text):
    assert Act.FUTURE in {c.act for c in clauses(text)}


@pytest.mark.parametrize("text", ["the plan says 20 mi on sunday, that's not happening",
                                  "el plan me sigue poniendo 18 el sábado, eso ya no sirve"])
def test_the_plan_refused_is_a_complaint(text):
    assert Act.COMPLAINT in {c.act for c in clauses(text)}


@pytest.mark.parametrize("text", ["dude its a 10k 😭", "es solo un 5k jaja"])
def test_what_a_race_is_is_no_run(text):
    assert parse_runs(text, TUESDAY) == []


def test_strides_after_a_run_are_no_run_of_their_own():
    assert parse_runs("We also did strides at the end, 8 x 100m. does that count", TUESDAY) == []


def test_a_race_done_on_a_day_ahead_is_a_plan():
    assert Act.FUTURE in {c.act for c in clauses("Tom and I are doing the Riverside 10K together on saturday")}


def test_a_jog_with_a_club_is_no_race():
    assert [r.is_race for r in parse_runs("saturday I did a 5k jog with the club kids, 34 min", TUESDAY)] == [False]


def test_the_day_of_the_race_sentence_is_the_races(talk):
    say, container, runner = talk("en")
    say("knee feels better today, like 2. i can race tmrw right?? it's just a 5k")
    from datetime import datetime, timezone
    container.clock()._now = datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)
    say("ok i raced. 19:41 pr 🔥")
    races = [r for r in container.runs().for_runner(runner.id) if r.is_race and r.duration_s == 19 * 60 + 41]
    assert [r.date for r in races] == [date(2026, 11, 25)]


def test_a_goal_time_changed_is_set(talk):
    say, container, runner = talk("en")
    say("ok decided, changing my marathon goal to 3:20. 3:30 feels soft")
    assert container.runners().get(runner.id).goal_time_s == 3 * 3600 + 20 * 60


def test_bare_minutes_after_a_cross_training_are_its_minutes():
    assert parse_cross_training("swim again 35. shoulder fine", TUESDAY).minutes == 35


@pytest.mark.parametrize("text", ["Hoy no salí a correr. Solo caminé 40 minutos con el perro.",
                                  "yo solo caminé una hora con el coche del bebé mientras ella corría"])
def test_a_walk_beside_a_run_denied_or_someone_elses_is_logged(talk, text):
    say, container, runner = talk("es")
    say(text)
    assert len(list(container.cross_training().for_runner(runner.id))) == 1


def test_the_session_denied_is_not_the_run_told_beside_it():
    runs = parse_runs("Hoy no hice el fondo. Fui con los sobrinos al parque y troté un poquito, unos 3 km", TUESDAY)
    assert [(r.distance_km, r.planned) for r in runs] == [(3.0, False)]


def test_core_after_a_runs_plus_is_its_own_session():
    from application.understanding.cross_training import split_activities
    _, others = split_activities("Martes regenerativo: 7k a 5:30 + 15' de core", TUESDAY)
    assert [(o.activity, o.minutes) for o in others] == [("strength", 15)]


def test_the_official_time_corrects_the_race(talk):
    say, container, runner = talk("es")
    say("hoy 10K en 45:10 en la carrera del barrio")
    say("ojo corrijo: el tiempo oficial del 10K salió 44:58")
    assert [r.duration_s for r in container.runs().for_runner(runner.id) if r.date == TUESDAY] == [44 * 60 + 58]


def test_fresh_for_tomorrow_is_no_plan():
    assert Act.FUTURE not in {c.act for c in clauses("sábado 5k suaves + 4 rectas, piernas frescas para mañana")}


def test_an_ache_told_in_the_question_about_it_is_noted(talk):
    say, container, runner = talk("es")
    say("es normal q me duela la rodilla? la izquierda, poquito, como un 2")
    assert aches(container, runner)["rodilla"].pain == 2


def test_run_walk_minutes_are_no_distance():
    assert [r.distance_km for r in parse_runs("ya hice lo de hoy, 3 min trote 1 caminando, 6 veces, 24 min",
                                               TUESDAY)] == [None]


def test_a_what_if_signing_up_is_weighed():
    from application.understanding.race import weighs_a_new_goal
    assert weighs_a_new_goal("y si en vez de la media me inscribo a la de 10K de mayo?")


def test_not_going_out_today_is_a_day_off(talk):
    say, container, runner = talk("es")
    reply = say("uff que lluvia, hoy no salgo")
    assert reply.intent is Intent.MISSED_SESSION and "no cambia nada" in reply.text


def test_the_day_beside_the_distance_is_the_runs():
    runs = parse_runs("Hoy descansé pero el fin de semana hice 20 km el sábado en 2h10 y el domingo 8 suaves",
                      date(2026, 11, 23))
    assert [(r.day, r.distance_km) for r in runs] == [(date(2026, 11, 21), 20.0), (date(2026, 11, 22), 8.0)]


def test_the_time_put_right_after_a_wait():
    found = parse_correction("nombe espera, ese es el tiempo de mi ñaño 😅 yo hice 21:05", TUESDAY)
    assert found is not None and found.duration_s == 21 * 60 + 5


def test_not_even_a_one_is_no_pain():
    assert pain_score_in("y la rodilla hoy nada, ni un 1") == 0


def test_an_outing_told_then_its_numbers_keeps_its_day():
    runs = parse_runs("el sábado pasado fui con mi pana a correr por el cerro, como 11 km en 1h30 y me encantó",
                      TUESDAY)
    assert [(r.day, r.distance_km, r.planned) for r in runs] == [(date(2026, 11, 21), 11.0, False)]


def test_a_run_told_with_a_race_weighed_is_logged_and_the_race_offered(talk):
    say, container, runner = talk("es")
    reply = say("el sábado fui a correr al cerro, unos 14 km en 1h50, y ahora estoy pensando en cambiarme al trail "
                "de 30K de junio en vez de la media, qué dice?")
    assert [r.distance_km for r in runs_of(container, runner)] == [14.0]
    assert reply.buttons and "meta 1:50" not in reply.text


# --- regressions the re-runs of the retired sets found, kept fixed ----------------------------------------

def test_as_if_nothing_of_an_ache_is_no_complaint():
    assert Act.COMPLAINT not in {c.act for c in clauses("el isquio cero dolor, como si nada")}


def test_a_doctors_easy_running_till_a_test_does_not_clear_the_alarm(talk):
    say, container, runner = talk("en")
    say("had chest tightness on my run this morning and had to stop")
    say("dr visit done, ecg normal. said easy running is fine til the stress test, no hard efforts")
    assert aches(container, runner)["pecho"].is_active


def test_a_day_off_with_an_ache_keeps_the_ache(talk):
    say, container, runner = talk("es")
    say("no voy a correr hoy, descanso. los cuádriceps cargaditos de ayer, como un 2 de 10")
    assert "cuádriceps" in aches(container, runner)


def test_just_thinking_of_another_goal_is_weighed_not_set(talk):
    say, container, runner = talk("en")
    reply = say("I am thinking to change the goal to the Boston half in april if my doctor says ok. just thinking")
    assert container.runners().get(runner.id).race_date == date(2027, 10, 11) and reply.buttons


def test_a_race_asked_about_with_the_plan_logs_nothing(talk):
    say, container, runner = talk("en")
    say("There's a 5k in the park on Sunday with my team. Can I race it or does it mess up the plan?")
    assert runs_of(container, runner) == []


def test_time_enough_asked_without_a_question_mark(talk):
    say, container, runner = talk("es")
    reply = say("para la media me da tiempo si paro una semana")
    assert reply.intent is not Intent.CLARIFY


def test_a_session_moved_to_another_day_is_answered_as_a_move(talk):
    say, container, runner = talk("es")
    reply = say("el sábado no puedo hacer el fondo, tengo un matrimonio, lo paso al domingo?")
    assert reply.intent is Intent.SESSION_QUERY and "mover" in reply.text


def test_the_goal_races_pacing_asked_gets_the_race_plan(talk):
    say, container, runner = talk("es")
    reply = say("q ritmo debería llevar en la media para bajar de 2 horas?")
    assert reply.intent is Intent.PACE_QUESTION


# --- after v24, measured blind at the end of round 9: the causes, with sentences written for these tests ------

@pytest.mark.parametrize("text,km,seconds", [("9k ez 45", 9.0, 2700), ("3.5 today 38 min. legs heavy", 3.5, 2280),
                                             ("fondo de 21 km, 2h05, el más largo hasta ahora", 21.0, 7500)])
def test_runs_told_in_few_words_are_read(text, km, seconds):
    assert [(r.distance_km, r.duration_s, r.planned) for r in parse_runs(text, TUESDAY)] == [(km, seconds, False)]


def test_a_greeting_before_today_is_no_question():
    assert [r.planned for r in parse_runs("Qué más ñaño, hoy 9 km por el parque, 50 min", TUESDAY)] == [False]


def test_numbers_in_words_make_a_run_told():
    assert any(c.done for c in clauses("Hoy siete kilómetros, 41 minutos. Una pregunta, cuánta agua tomo?"))


def test_a_milestone_beside_the_run_is_no_history():
    assert Act.HISTORY not in {c.act for c in clauses("fondo de 19 hoy!! 1h55, el más largo que he hecho")}
    assert Act.HISTORY in {c.act for c in clauses("lo más largo que he corrido son 12 km")}


def test_a_rest_day_told_with_the_race_before_is_no_run():
    assert not [r for r in parse_runs("hoy nada, piernas reventadas del 21K, descanso", TUESDAY) if not r.planned]


def test_someone_elses_bike_beside_the_runners_run():
    assert parse_cross_training("7 km con mi sobrino, él en bici y yo corriendo, 45 min", TUESDAY) is None


def test_the_plant_is_a_workplace():
    from application.understanding.body import body_parts_in
    assert body_parts_in("hoy nada, doble turno en la planta") == []
    assert body_parts_in("me duele la planta del pie") == ["pie"]


def test_a_run_told_as_done_as_the_plan_said():
    assert any(c.done and c.act is Act.FACT for c in clauses("Hoy nueve kilómetros con cambios de ritmo, como me puso"))
    assert Act.QUOTE in {c.act for c in clauses("hoy tocaban 8 km según el plan")}


def test_a_long_run_moved_for_good_changes_the_week(talk):
    say, container, runner = talk("en")
    say("Can you move my long run to Saturdays from now on? Sundays are family day. So Tue Wed Thu Sat plus Fri.")
    assert container.runners().get(runner.id).run_days == (1, 2, 3, 4, 5)


def test_a_goal_time_for_a_race_is_no_run():
    assert not [r for r in parse_runs("meta para el 15K: 1h30, osea a 6 el km", TUESDAY) if not r.planned]


def test_running_itself_denied_beside_a_race_named_is_no_run():
    runs = parse_runs("Fui a la 10K pero solo a ver a mis amigas, no corrí aunque me moría de ganas", TUESDAY)
    assert not [r for r in runs if not r.planned]


@pytest.mark.parametrize("phone,zone", [("+447700900123", "Europe/London"), ("919800000001", "Asia/Kolkata"),
                                        ("+593991119911", "America/Guayaquil"), ("+15125550100", "America/Guayaquil")])
def test_a_new_runners_time_zone_is_read_from_their_number(phone, zone):
    from domain.runner import timezone_for_phone
    assert timezone_for_phone(phone) == zone


def test_a_runner_from_the_uk_is_given_the_uk_emergency_number(tmp_path):
    from tests.coach_harness import ONBOARDING_EN, memory_container, onboard
    container, _ = memory_container(tmp_path)
    reply = container.reply_to_runner()
    onboard(reply, "+447700900456", ONBOARDING_EN)
    answer = reply("+447700900456", "chest pain on my run this morning, had to stop")[1]
    assert answer.intent is Intent.RED_FLAG and "999" in answer.text


def test_nerves_with_a_doubt_told_are_heard(talk):
    say, container, runner = talk("es")
    reply = say("uff q nervios la media nose si llego")
    assert reply.intent is Intent.SMALL_TALK and "semanas" in reply.text
