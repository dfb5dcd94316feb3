"""Round 5 of issue 20 (causes found by blind set v9), through the whole offline coach.

Each sentence was written for this test, not taken from a blind set: another race weighed as the goal is
offered, and a yes makes it the goal; a thought ("estoy pensando en…") never changes it; a verb with the
runner's own clitic ("se me hizo eterno") is not someone else's run; hours of yoga are not a distance; a
past ache told in passing is history; a walk instead of a run is kept; a rep's minutes are not the run's
time; "hice los 18" is the 18 km planned; a cool-down told alone is a run; a mile raced by its clock; the
days given after "change my days to" decide the week; an ache played down is still an ache.
"""
from __future__ import annotations

from datetime import date

import pytest

from domain.conversation import Intent
from domain.runner import GoalRace
from tests.coach_harness import onboarded_runner

PHONE = "+593991112266"


@pytest.fixture
def talk(tmp_path):
    return lambda lang: onboarded_runner(tmp_path, lang, PHONE)


def _runner(container, runner):
    return container.runners().get(runner.id)


TODAY = date(2026, 11, 24)      # the harness's clock (onboarding logged an older race)


def _runs(container, runner):
    return sorted((r.date, r.distance_km, r.duration_s, r.is_race) for r in container.runs().for_runner(runner.id)
                  if r.date == TODAY)


def _cross(container, runner):
    return [(c.activity.value, c.minutes) for c in container.cross_training().for_runner(runner.id)]


@pytest.mark.parametrize("lang,weighed,answer,goal,day,goal_time", [
    ("es", "oye estoy pensando... y si en vez de la media me preparo para un 10k? hay uno el 18 de abril",
     "si dale, quiero bajar de 50 min", GoalRace.TEN_K, date(2027, 4, 18), 3000),
    ("es", "pana y si mejor me cambio al 15k de Ambato? es en mayo, nose", "de una, es el 9 de mayo",
     GoalRace.of_km(15), date(2027, 5, 9), None),
    ("en", "The marathon feels too far away honestly. There's a half on April 25th, would that be a better goal?",
     "yes let's do that, no time goal, just to finish", GoalRace.HALF, date(2027, 4, 25), None),
    ("en", "been thinking about the berlin marathon instead, sept 26. is that too much?",
     "yes please change it. same goal time", GoalRace.MARATHON, date(2027, 9, 26), 12600),
])
def test_a_goal_weighed_is_offered_and_a_yes_makes_it_the_goal(talk, lang, weighed, answer, goal, day, goal_time):
    say, container, runner = talk(lang)
    before = _runner(container, runner)
    offer = say(weighed)
    assert offer.intent == Intent.SET_RACE and offer.buttons
    kept = _runner(container, runner)
    assert (kept.goal_race, kept.race_date, kept.goal_time_s) == (before.goal_race, before.race_date,
                                                                    before.goal_time_s)
    say(answer)
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date, now.goal_time_s) == (goal, day, goal_time)


@pytest.mark.parametrize("lang,weighed,answer", [
    ("es", "estoy pensando en cambiarme a la 10k de Loja en junio, q dices?", "no mejor no, sigo con la media"),
    ("en", "thinking of switching to a 10k in june instead, would that be smarter?", "nah keep the marathon"),
])
def test_a_no_to_the_offer_keeps_the_goal(talk, lang, weighed, answer):
    say, container, runner = talk(lang)
    before = _runner(container, runner)
    say(weighed)
    reply = say(answer)
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date) == (before.goal_race, before.race_date)
    assert reply.intent == Intent.SET_RACE


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("es", "Fondo listo!! 18 km en 1h52, la ultima subida se me hizo eterna", 18.0, 6720),
    ("es", "hice los 12 pero me costo full, el calor", 12.0, None),
    ("en", "did the 8, legs were dead by the end", 8.0, None),
    ("es", "6 km con 8 piques de 30 segundos rapido y 1 min suave", 6.0, None),
    ("en", "track night, 4 x 1k off 90 sec, about 9k with the warm up and cool down", 9.0, None),
])
def test_a_run_is_read_whatever_is_said_beside_it(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    say(text)
    runs = _runs(container, runner)
    assert len(runs) == 1 and runs[0][1] == km and runs[0][2] == seconds


def test_a_mile_raced_is_told_by_its_clock(talk):
    say, container, runner = talk("en")
    say("5:31 mile at the school meet!! new PR")
    assert _runs(container, runner) == [(TODAY, 1.609, 331, True)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Did 1 hr of pilates after work, core is toast"),
    ("en", "rest day from running. 2 hrs of hiking with the kids"),
])
def test_hours_of_another_sport_are_not_a_run(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert _runs(container, runner) == []
    assert _cross(container, runner)


@pytest.mark.parametrize("lang,text,minutes", [
    ("es", "no trote hoy xq me dolian las piernas, sali a caminar unos 40 minutitos nomas", 40),
    ("en", "No running today, walked to the market and back instead, about 45 min", 45),
])
def test_a_walk_instead_of_a_run_is_kept(talk, lang, text, minutes):
    say, container, runner = talk(lang)
    say(text)
    assert _runs(container, runner) == []
    assert _cross(container, runner) == [("other", minutes)]


@pytest.mark.parametrize("lang,text", [
    ("en", "the hamstring i pulled ages ago never bothers me anymore btw"),
    ("es", "la rodilla q me lesione hace siglos ya ni me molesta"),
])
def test_an_old_ache_told_in_passing_is_history(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert container.injuries().for_runner(runner.id) == []


def test_an_ache_played_down_is_still_an_ache(talk):
    say, container, runner = talk("es")
    reply = say("me molesto un poco la rodilla izquierda en la bajada, nada grave")
    assert reply.intent == Intent.INJURY_REPORT
    assert [(i.body_part, i.side.value) for i in container.injuries().for_runner(runner.id)] == [("rodilla", "left")]


@pytest.mark.parametrize("lang,text,days", [
    ("en", "new job: Mon and Wed I'm in the office till late, so change my running days to Tue, Thu, Sat, Sun",
     (1, 3, 5, 6)),
    ("en", "from now on it's tue wed fri and sun. sat always off", (1, 2, 4, 6)),
])
def test_the_days_given_decide_the_week(talk, lang, text, days):
    say, container, runner = talk(lang)
    say(text)
    assert _runner(container, runner).run_days == days


def test_work_days_are_not_running_days(talk):
    say, container, runner = talk("es")
    before = _runner(container, runner).run_days
    say("te cuento q ahora trabajo lunes miercoles y viernes todo el dia en el almacen")
    assert _runner(container, runner).run_days == before


@pytest.mark.parametrize("lang,text", [
    ("en", "Please share what pace I should run my tempo at for a 1:45 half"),
    ("es", "ñaño estoy pensando en hacer la maraton de Guayaquil en octubre, nose"),
    ("en", "RACE DONE!!! 21:40, sub 22 by 20 seconds 🎉"),
])
def test_nothing_about_the_goal_or_a_run_is_stored_from_these(talk, lang, text):
    say, container, runner = talk(lang)
    before = _runner(container, runner)
    say(text)
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date, now.goal_time_s) == (before.goal_race, before.race_date,
                                                                before.goal_time_s)
    assert all(r[1] != 10.0 for r in _runs(container, runner))


@pytest.mark.parametrize("lang,text", [
    # an announced question: what it tells is its context
    ("es", "Pregunta: las series de mañana a 4:10 o a 4:15? la semana pasada me salieron a 4:12 sin problema"),
    ("en", "Q... for a 100K with 4,000 m of climbing how much vert a week? im doing 1500 m now"),
    # the frame of the question that follows it
    ("es", "para el fondo del domingo de 20 km, q ritmo llevo? 6:00 esta bien?"),
    # a complaint announced
    ("es", "Reclamo: el plan me pone 30k el sabado, con 60k de semana me parece excesivo"),
    # a pace alone
    ("es", "las series a 4:30 mas o menos, quede muerta jaja"),
])
def test_questions_complaints_and_paces_write_nothing_and_are_not_asked_back(talk, lang, text):
    say, container, runner = talk(lang)
    before = (_runs(container, runner), _cross(container, runner))
    reply = say(text)
    assert (_runs(container, runner), _cross(container, runner)) == before
    assert reply.intent not in (Intent.CLARIFY, Intent.UNKNOWN)


def test_a_complaint_that_the_plan_is_too_much_is_answered_as_such(talk):
    say, _, _ = talk("en")
    reply = say("Complaint: 32k on Sunday in a 65k week seems way too much for me")
    assert "too much" in reply.text


def test_a_question_inside_a_message_is_answered_from_the_knowledge(talk):
    say, _, _ = talk("es")
    reply = say("pregunta de comida, q como despues del fondo? hoy solo tome un cafe jaja")
    assert reply.intent == Intent.RUNNING_QUESTION and "proteína" in reply.text


def test_a_time_told_after_its_run_completes_it(talk):
    say, container, runner = talk("en")
    say("12k easy this morning")
    say("12k was about 1h05 btw")
    assert _runs(container, runner) == [(TODAY, 12.0, 3900, False)]


def test_a_score_answers_the_coachs_question_after_one_of_the_runners_own(talk):
    say, container, runner = talk("en")
    say("left knee a bit sore after the run")
    say("is tomorrow a rest day?")
    say("meh 2 maybe. fine walking around")
    knee = container.injuries().for_runner(runner.id)[0]
    assert (knee.body_part, knee.pain) == ("rodilla", 2)


def test_a_run_told_with_an_ache_score_is_logged_and_the_ache_rescored(talk):
    say, container, runner = talk("en")
    say("right calf a bit tight, like a 2")
    say("6 easy, calf like a 1 now")
    assert [r[1] for r in _runs(container, runner)] == [6.0]
    assert container.injuries().for_runner(runner.id)[0].pain == 1


def test_an_ache_gone_is_heard_while_the_coach_asks_how_far(talk):
    say, container, runner = talk("en")
    say("left calf a bit tight, 2/10")
    say("did 25 min shakeout + strides. calf totally fine now")
    assert not container.injuries().for_runner(runner.id)[0].is_active


def test_a_fall_hurts_a_wrist(talk):
    say, container, runner = talk("en")
    reply = say("slipped on the wet bridge, my wrist is swollen and it hurts to move it")
    assert reply.intent == Intent.RED_FLAG and "wrist" in reply.text


@pytest.mark.parametrize("lang,text", [
    ("es", "ahora trabajo lunes miercoles y viernes todo el dia 😩"),
    ("en", "new job: Tue and Thu I'm in the office till late"),
])
def test_a_week_told_by_its_busy_days_asks_for_the_free_ones(talk, lang, text):
    say, container, runner = talk(lang)
    before = _runner(container, runner)
    reply = say(text)
    now = _runner(container, runner)
    assert (now.run_days, now.fitness_level) == (before.run_days, before.fitness_level)
    assert reply.intent == Intent.SET_SCHEDULE and "?" in reply.text


def test_a_request_to_set_a_race_as_the_goal_sets_it(talk):
    say, container, runner = talk("en")
    say("there's a 15k in town on may 16, can you set that as my goal? sub 75")
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date, now.goal_time_s) == (GoalRace.of_km(15), date(2027, 5, 16), 4500)


def test_a_bike_session_with_no_pain_is_logged(talk):
    say, container, runner = talk("es")
    say("hoy nada de correr. bici estatica 40 min, sin dolor")
    assert _cross(container, runner) == [("bike", 40)]


@pytest.mark.parametrize("lang,text", [
    ("es", "mi ñaño dice q el me acompaña el domingo, el corre 12 km en 60 minutos ese man vuela"),
    ("en", "my brother says he runs 10k in 45, crazy"),
])
def test_someone_elses_numbers_in_the_present_are_not_a_run(talk, lang, text):
    say, container, runner = talk(lang)
    say(text)
    assert _runs(container, runner) == []


@pytest.mark.parametrize("lang,text,goal,day", [
    ("es", "Lo he estado pensando. La maraton es mucho este año. Cambiemos el objetivo: la media de Loja, 18 de "
           "abril, quiero hacer 1:50", GoalRace.HALF, date(2027, 4, 18)),
    ("en", "Can we change my goal to the 10k in Cuenca in May? I think it's May 9", GoalRace.TEN_K, date(2027, 5, 9)),
])
def test_a_goal_change_decided_or_requested_is_made_not_offered(talk, lang, text, goal, day):
    say, container, runner = talk(lang)
    reply = say(text)
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date) == (goal, day)
    assert not reply.buttons or all("goal:" not in b.id for b in reply.buttons)


def test_a_warm_up_and_a_cool_down_told_alone_are_two_runs(talk):
    say, container, runner = talk("en")
    say("also ran 2k warm up before and 3k cool down after")
    assert [r[1] for r in _runs(container, runner)] == [2.0, 3.0]


def test_right_as_a_tag_is_not_a_side(talk):
    say, container, runner = talk("en")
    say("left knee a little achy like a 2")
    reply = say("knee is fine now. tmrw is a rest day right?")
    assert "left knee" in reply.text and "right knee" not in reply.text


def test_an_ache_and_a_question_in_one_message_are_both_answered(talk):
    say, container, runner = talk("en")
    say("yes")     # the plan offer after onboarding
    say("right calf a bit tight, 2/10")
    reply = say("calf is fine now. what's on tomorrow?")
    assert not container.injuries().for_runner(runner.id)[0].is_active
    assert "\n\n" in reply.text      # the ache, then tomorrow's session


def test_a_race_run_today_after_signing_up_is_a_race_not_a_goal(talk):
    say, container, runner = talk("es")
    before = _runner(container, runner)
    say("hoy corri la carrera 10K del Parque La Carolina, me inscribi ayer!! hice 49:10 🥳")
    now = _runner(container, runner)
    assert (now.goal_race, now.race_date) == (before.goal_race, before.race_date)
    assert _runs(container, runner) == [(TODAY, 10.0, 2950, True)]


@pytest.mark.parametrize("lang,text", [
    ("es", "eso si al llegar a la meta me maree full y casi me caigo, creo q fue xq no comi nada"),
    ("es", "amaneci peor, ya no puedo ni apoyar el pie, esta morado"),
])
def test_red_flags_after_eso_si_and_with_ni(talk, lang, text):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.RED_FLAG


@pytest.mark.parametrize("lang,text", [
    ("en", "sorry ignore that 10k, it was my brother's screenshot, I got confused"),
    ("en", "took a gel at 10 km like you said, worked great"),
    ("es", "los ultimos 4 a ritmo de maraton, como a 5:10"),
    ("en", "guy from work did parkrun today in 18 flat, unreal"),
    ("en", "sarah from the club ran 20 today, she's nuts"),
    ("es", "el domingo es el intercolegial de 5 km, si o si tengo q correr"),
])
def test_these_store_no_run_and_raise_no_flag(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert _runs(container, runner) == [] and reply.intent != Intent.RED_FLAG


def test_back_in_a_year_is_not_the_back(talk):
    say, container, runner = talk("en")
    say("right achilles a bit tight, the one that bugged me back in 22. 2/10")
    assert [i.body_part for i in container.injuries().for_runner(runner.id)] == ["tendón de Aquiles"]


@pytest.mark.parametrize("lang,text,days", [
    ("en", "from next month I want to run Mon Wed Sat Sun, Tuesday club moves to Friday", (0, 2, 5, 6)),
    ("es", "ya no puedo lunes y miercoles 😩 desde ahora solo puedo martes, jueves y domingo", (1, 3, 6)),
    ("es", "me cambiaron el turno 🙄 desde ahora solo puedo entrenar martes, jueves, sabado y domingo", (1, 3, 5, 6)),
    ("en", "big news, new shifts so can we switch my run days to tue thu sat sun? still 4", (1, 3, 5, 6)),
])
def test_new_training_days_told_with_their_reasons(talk, lang, text, days):
    say, container, runner = talk(lang)
    say(text)
    assert _runner(container, runner).run_days == days


def test_a_race_result_after_done_is_logged_as_a_race(talk):
    say, container, runner = talk("en")
    say("Race done!! 44:10 for the 10K, PB by 2 min 🎉")
    assert _runs(container, runner) == [(TODAY, 10.0, 2650, True)]


def test_where_the_runner_stopped_is_how_far_they_ran(talk):
    say, container, runner = talk("es")
    say("a los 4 km me dio un calambre feo en el gemelo y pare, regrese caminando")
    assert [r[1] for r in _runs(container, runner)] == [4.0]


@pytest.mark.parametrize("lang,text,km", [
    ("es", "a los 3 km ya no aguante la canilla, me duele full en un puntito y camino cojeando", 3.0),
    ("en", "around 9k felt a pop in my right calf, couldn't push off, had to hobble home", 9.0),
])
def test_a_red_flag_where_the_run_ended_keeps_the_run(talk, lang, text, km):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.RED_FLAG
    assert [r[1] for r in _runs(container, runner)] == [km]


@pytest.mark.parametrize("lang,text", [
    ("es", "saliendo a correr, hoy si tarde xq me quede limpiando la casa"),
    ("es", "el muslo igual, ni mejor ni peor"),
    ("es", "Coach consulta: para sub 50 tengo q ir a 5:00 el km, los tempos a q ritmo deberian ser?"),
    ("en", "hubby (Dan) ran 15k this morning, showing off 🙄"),
])
def test_these_write_nothing(talk, lang, text):
    say, container, runner = talk(lang)
    before = (_runner(container, runner), container.injuries().for_runner(runner.id))
    reply = say(text)
    assert _runs(container, runner) == [] and reply.intent != Intent.RED_FLAG
    assert (_runner(container, runner), container.injuries().for_runner(runner.id)) == before


def test_a_total_told_after_a_logged_run_puts_its_distance_right(talk):
    say, container, runner = talk("en")
    say("easy run this morning, 8 km")
    say("around 9.3km total as per watch")
    assert [r[1] for r in _runs(container, runner)] == [9.3]


@pytest.mark.parametrize("lang,text,km,seconds", [
    ("en", "easy 5 after work, 44 min", 5.0, 2640),
    ("es", "y en la noche otros 4 soltando, 26 min", 4.0, 1560),
    ("en", "yo back from track. 8x200 at like 0:40-0:42, 1 mi wu 1 cd, prob like three miles total", 4.828, None),
    ("en", "MILE TIME TRIAL 6:02 new pr", 1.609, 362),
    ("es", "hoy el tempo: 2 km calentando, 4 km a 5:00 y 2 km soltando", 8.0, None),
])
def test_more_ways_runs_are_told(talk, lang, text, km, seconds):
    say, container, runner = talk(lang)
    say(text)
    runs = _runs(container, runner)
    assert [(r[1], r[2]) for r in runs] == [(km, seconds)]


@pytest.mark.parametrize("lang,text,activity", [
    ("en", "did 40 min on the peloton, easy spin", "bike"),
    ("es", "hoy jugue pelota con los panas una hora", "other"),
])
def test_more_sports(talk, lang, text, activity):
    say, container, runner = talk(lang)
    say(text)
    assert [c[0] for c in _cross(container, runner)] == [activity]


def test_a_correction_with_a_paused_watch(talk):
    say, container, runner = talk("en")
    say("10k easy this morning")
    say("wait it was 10.8, my watch was paused at a light")
    assert [r[1] for r in _runs(container, runner)] == [10.8]


def test_a_second_session_with_its_total_is_a_run_of_its_own(talk):
    say, container, runner = talk("en")
    say("4 easy this morning")
    say("pm workout: 6x400 at 90 w 200 jog, like 5 km total w wu/cd")
    assert sorted(r[1] for r in _runs(container, runner)) == [4.0, 5.0]


def test_a_run_before_a_named_day_is_todays(talk):
    say, container, runner = talk("es")
    say("5 km suaves pa soltar antes del domingo, 29 min")
    assert _runs(container, runner) == [(TODAY, 5.0, 1740, False)]


@pytest.mark.parametrize("lang,text", [
    ("es", "ah y me cai bajando unas gradas jajaja nada grave"),
    ("en", "lol I fell on the trail today, all good though"),
])
def test_a_fall_played_down_is_still_a_red_flag(talk, lang, text):
    say, container, runner = talk(lang)
    assert say(text).intent == Intent.RED_FLAG


@pytest.mark.parametrize("lang,text", [
    ("en", "wait what's my goal race again, I changed it and now I'm confused"),
    ("es", "ella si troto 8 km, esta mas en forma que yo jaja"),
    ("es", "hoy no corri. mi esposo si fue a correr 12 km y yo mirando"),
    ("es", "regrese caminando como 2 km despues del calambre, ahorita con hielo"),
])
def test_no_run_and_no_red_flag_from_these(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert _runs(container, runner) == [] and reply.intent != Intent.RED_FLAG


def test_hours_minutes_and_seconds_written_with_an_h(talk):
    say, container, runner = talk("es")
    say("ya 10 km, 1h02:30, suave")
    assert _runs(container, runner) == [(TODAY, 10.0, 3750, False)]


@pytest.mark.parametrize("lang,flag,cleared", [
    ("es", "me cai en la vereda jaja, me raspe la rodilla", "ya me vio el doctor, solo un raspon, puedo correr dice"),
    ("en", "took a tumble on the trail, knee is scraped up", "physio cleared me to run, easy for a week"),
])
def test_a_professionals_clearance_lifts_the_pause(talk, lang, flag, cleared):
    say, container, runner = talk(lang)
    assert say(flag).intent == Intent.RED_FLAG
    reply = say(cleared)
    assert not [i for i in container.injuries().for_runner(runner.id) if i.is_active]
    assert reply.intent == Intent.INJURY_UPDATE


def test_not_cleared_keeps_the_pause(talk):
    say, container, runner = talk("es")
    say("me cai feo bajando del cerro, me duele full el tobillo")
    say("ya me vio el doctor, dice q no puedo correr hasta el lunes")
    assert [i for i in container.injuries().for_runner(runner.id) if i.is_active]


def test_weeks_to_a_race_are_not_a_pain_score(talk):
    say, container, runner = talk("es")
    say("me molesta un poco el gemelo derecho, 2/10")
    reply = say("pana pierdo 3 semanas a 7 de la maraton, chuta madre")
    assert reply.intent != Intent.RED_FLAG and _runs(container, runner) == []


def test_an_hour_and_ten_is_not_a_pain_of_ten(talk):
    # Chatting as a runner: "en una hora diez" read "a 10" inside "hora" as a 10/10 pain → a false red flag.
    say, container, runner = talk("es")
    reply = say("hoy hice doce km en una hora diez, full cansada, la canilla derecha me molesto un poquito nada serio")
    assert reply.intent != Intent.RED_FLAG
    assert [(i.body_part, i.severity.value) for i in container.injuries().for_runner(runner.id)] == [
        ("espinilla", "mild")]


def test_an_undecided_goal_change_is_offered_and_mejor_no_declines_it(talk):
    say, container, runner = talk("es")
    say("me molesta un poco la rodilla, 2/10")
    before = _runner(container, runner)
    offer = say("nose si cambiarme a la 10k de Cuenca en junio en vez de la media 🤔")
    assert offer.buttons and (_runner(container, runner).goal_race == before.goal_race)
    say("no mejor no, sigo con la media")
    knee = container.injuries().for_runner(runner.id)[0]
    assert (_runner(container, runner).goal_race, knee.pain, knee.is_active) == (before.goal_race, 2, True)
