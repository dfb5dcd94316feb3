from datetime import date

import pytest

from application.understanding.run_report import parse_run_report

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize("text, km, seconds, rpe", [
    ("hoy corrí 8 km en 45 min, me duele la rodilla", 8, 2700, None),
    ("corrí 10k en 52 minutos, RPE 7, me molesta la rodilla", 10, 3120, 7),
    ("ran 5 miles in 42:30", 8.047, 2550, None),
    ("Ayer hice 21 km en 1:55, me sentí genial", 21, 6900, None),       # 1:55 read as h:mm by pace
    ("corri una media maraton en 1:52:10", 21.098, 6730, None),
    ("trote 6,5 km en 40 minutos y 30 segundos", 6.5, 2430, None),
    ("ran 10 km in 1 hour and 5 minutes, 8/10", 10, 3900, 8),
    ("hoy corrí cinco km en treinta minutos", 5, 1800, None),
    ("el sábado hice 15 km en 1h 30", 15, 5400, None),
    ("corrí 12 km en una hora y 5 minutos, esfuerzo 6", 12, 3900, 6),
])
def test_run_reports_in_spanish_and_english(text, km, seconds, rpe):
    report = parse_run_report(text, TODAY)
    assert report.distance_km == pytest.approx(km, abs=0.01)
    assert report.duration_s == seconds
    assert report.perceived_effort == rpe
    assert report.mentions_running


def test_aches_mood_weather_and_day_are_read():
    report = parse_run_report("Ayer corrí 10 km con lluvia, me sentí cansado y me duele el tobillo", TODAY)
    assert report.aches == ["tobillo"]
    assert report.mood == "tired"
    assert report.weather == "rain"
    assert report.day == date(2026, 11, 23)
    assert parse_run_report("el sábado hice 15 km", TODAY).day == date(2026, 11, 21)


def test_impossible_values_are_kept_for_the_domain_to_refuse():
    assert parse_run_report("corrí -3 km", TODAY).distance_km == -3
    assert parse_run_report("corrí 5 km, RPE 14", TODAY).perceived_effort == 14


def test_a_run_without_distance_is_incomplete():
    report = parse_run_report("corrí un montón hoy", TODAY)
    assert report.mentions_running and not report.is_complete


@pytest.mark.parametrize("text, km, seconds", [
    ("Ayer salí a trotar 6 km por La Carolina, 38 minutos", 6, 2280),
    ("Tirada larga de 18 km en 1h45", 18, 6300),
    ("corrí 15 km en una hora y media", 15, 5400),
    ("Corrí 8 km a ritmo de 5:30", 8, 2640),          # a pace, not the run's time
])
def test_trotar_compact_hours_half_hours_and_paces(text, km, seconds):
    report = parse_run_report(text, TODAY)
    assert (report.distance_km, report.duration_s) == (km, seconds)


# --- parse_runs: every run in a message, issue 9's examples and their English twins ---

from application.understanding.run_report import IntervalSet, parse_runs
from domain.runner import Units


def test_a_pace_given_run_takes_its_time_from_the_pace():
    [run] = parse_runs("10 km a 5:30", TODAY)
    assert (run.distance_km, run.pace_s_per_km, run.duration_s) == (10, 330, 55 * 60)
    [run] = parse_runs("ran 10 km at 5:30/km", TODAY)
    assert run.duration_s == 55 * 60


def test_a_pace_said_with_miles_is_per_mile_not_the_duration():
    [run] = parse_runs("this morning I ran 10 miles at 8:30 pace", TODAY)
    assert run.distance_km == pytest.approx(16.093, abs=0.01)
    assert run.pace_s_per_km == pytest.approx(510 / 1.609344, abs=0.1)
    assert run.duration_s == 10 * 510 and run.day == TODAY and not run.planned


def test_intervals_are_read_with_pace_and_recovery_and_the_distance_is_flagged():
    [run] = parse_runs("hice 6x1000 a 3:25 rec 2 min", TODAY)
    assert run.intervals == (IntervalSet(reps=6, rep_distance_km=1.0, pace_s_per_km=205, recovery_s=120),)
    assert run.distance_km == 6 and run.distance_estimated and run.duration_s is None
    assert run.kind == "intervals"
    [run] = parse_runs("did 8x400m in 90 sec with 200m jog, 2 km warm-up and 2 km cool-down", TODAY)
    [reps] = run.intervals
    assert (reps.reps, reps.rep_distance_km, reps.pace_s_per_km) == (8, 0.4, 225)
    assert run.distance_km == pytest.approx(7.2) and not run.distance_estimated


def test_a_paragraph_reporting_four_runs_gives_four_runs_on_their_days():
    text = ("el lunes 8 km en 45, el miercoles 6x800 a 2:50 rec 90 seg, el sabado fondo de 18 km en 1h50, "
            "y hoy 5 suave")
    runs = parse_runs(text, TODAY)
    assert [(r.day, r.distance_km) for r in runs] == [
        (date(2026, 11, 23), 8), (date(2026, 11, 18), 4.8), (date(2026, 11, 21), 18), (TODAY, 5)]
    assert runs[0].duration_s == 45 * 60
    assert runs[1].intervals[0].rep_distance_km == 0.8 and runs[1].duration_s is None   # the rep time isn't the run's
    assert runs[1].intervals[0].recovery_s == 90
    assert (runs[2].duration_s, runs[2].kind) == (110 * 60, "long")
    assert runs[3].kind == "easy"
    runs = parse_runs("Monday 5 miles easy, Wednesday 8 km in 40:10, yesterday a 10k race in 41:30", TODAY)
    assert [r.day for r in runs] == [date(2026, 11, 23), date(2026, 11, 18), date(2026, 11, 23)]
    assert runs[2].is_race and runs[2].duration_s == 41 * 60 + 30


@pytest.mark.parametrize("text, km, seconds", [
    ("corrí 21 km en 1h45", 21, 6300),
    ("corrí 15 km en una hora y media", 15, 5400),
    ("corrí 12 km en una hora y cuarto", 12, 4500),
    ("corrí cuarenta minutos, 7 km", 7, 2400),
    ("hice diez mil metros en 50 minutos", 10, 3000),
    ("ran ten miles in an hour and a half", 16.093, 5400),
])
def test_times_and_distances_in_words(text, km, seconds):
    [run] = parse_runs(text, TODAY)
    assert run.distance_km == pytest.approx(km, abs=0.01) and run.duration_s == seconds


def test_miles_are_converted_when_said_or_when_the_runner_uses_miles():
    [run] = parse_runs("corrí 5 millas", TODAY)
    assert run.distance_km == pytest.approx(8.047, abs=0.01)
    [run] = parse_runs("ran 6 today", TODAY, units=Units.MILES)
    assert run.distance_km == pytest.approx(9.656, abs=0.01)
    [run] = parse_runs("ran 6 km today", TODAY, units=Units.MILES)
    assert run.distance_km == 6


def test_a_race_is_recognised_from_how_it_is_told():
    [run] = parse_runs("gané mi categoría en la 10k de Guayaquil, 34:50", TODAY)
    assert (run.is_race, run.distance_km, run.duration_s) == (True, 10, 34 * 60 + 50)
    [run] = parse_runs("I raced a 5k on Saturday in 22:10", TODAY)
    assert run.is_race and run.day == date(2026, 11, 21)
    [run] = parse_runs("hoy corrí 10k en 52 minutos", TODAY)
    assert not run.is_race


@pytest.mark.parametrize("text", ["mañana voy a correr 10k", "I want to run a sub-4 marathon",
                                  "quiero correr 15 km el sábado", "tomorrow I'm going to run 8 miles"])
def test_a_planned_or_wished_run_is_never_a_done_run(text):
    assert all(run.planned for run in parse_runs(text, TODAY))


def test_a_done_run_and_a_planned_one_in_one_message():
    done, planned = parse_runs("hoy corrí 8 y mañana voy a correr 10", TODAY)
    assert (done.distance_km, done.planned) == (8, False)
    assert (planned.distance_km, planned.planned, planned.day) == (10, True, date(2026, 11, 25))
    [run] = parse_runs("esta mañana corrí 6 km", TODAY)      # morning, not tomorrow
    assert run.day == TODAY and not run.planned


def test_effort_mood_weather_and_aches_in_english_and_spanish():
    [run] = parse_runs("ran 6 miles in 50 minutes, felt great, RPE 6, a bit hot, my left calf hurts", TODAY)
    assert (run.perceived_effort, run.mood, run.weather, run.aches) == (6, "great", "hot", ["gemelo"])
    [run] = parse_runs("ayer corrí 10 km con lluvia, cansado, dolor 6/10 en la rodilla", TODAY)
    assert (run.perceived_effort, run.mood, run.weather, run.aches) == (None, "tired", "rain", ["rodilla"])
    assert run.day == date(2026, 11, 23)


def test_a_message_without_a_run_gives_no_run():
    assert parse_runs("¿qué toca hoy?", TODAY) == []
    assert parse_runs("borra mi última carrera", TODAY) == []


def test_a_run_that_did_not_happen_is_not_done():
    assert parse_runs("hoy no pude entrenar, llovió", TODAY) == []
    assert parse_runs("no corrí hoy", TODAY) == []
    assert all(r.planned for r in parse_runs("no corrí los 10 km que tocaban", TODAY))
    assert all(r.planned for r in parse_runs("I didn't run my 8 miles today", TODAY))


def test_a_training_run_over_a_race_distance_is_not_a_race():
    [run] = parse_runs("did a 10k tempo in 45:30 yesterday", TODAY)
    assert not run.is_race and run.kind == "tempo" and run.day == date(2026, 11, 23)
    [run] = parse_runs("corrí la media maratón de Quito en 1:58:30", TODAY)
    assert run.is_race and run.duration_s == 7110


@pytest.mark.parametrize("text, km, seconds, pace", [
    ("corrí 5 km en 25'30''", 5, 1530, None),
    ("trote 8k en 48 minutos y medio", 8, 2910, None),
    ("corri 6 km en 36min", 6, 2160, None),
    ("ran 10k in 1h05m", 10, 3900, None),
    ("corri 5 km a 6 min/km", 5, 1800, 360),
    ("ran 4 miles at 9 min per mile", 6.437, 2160, 335.5),
])
def test_written_time_and_pace_forms(text, km, seconds, pace):
    [run] = parse_runs(text, TODAY)
    assert run.distance_km == pytest.approx(km, abs=0.01) and run.duration_s == seconds
    assert run.pace_s_per_km == (pytest.approx(pace, abs=0.1) if pace else None)


def test_a_recovery_in_minutes_and_seconds():
    [run] = parse_runs("10x400 a 85 seg rec 1' 30''", TODAY)
    [reps] = run.intervals
    assert (reps.reps, reps.rep_distance_km, reps.pace_s_per_km, reps.recovery_s) == (10, 0.4, 212.5, 90)


def test_timed_reps_and_a_stated_total():
    [run] = parse_runs("5x5 min a ritmo umbral con 1 min de trote", TODAY)
    assert run.intervals == (IntervalSet(reps=5, rep_duration_s=300, recovery_s=60),)
    assert run.distance_km is None and run.duration_s is None and not run.distance_estimated
    [run] = parse_runs("hoy pista: 12x400 en 80 seg, rec 200 m trotando, 10 km en total", TODAY)
    assert run.distance_km == 10 and not run.distance_estimated
    assert run.intervals[0].pace_s_per_km == 200


# --- cases found on the corpus' TRAIN split ---------------------------------------------------------

def test_a_slow_rep_time_is_read_as_the_pace_per_km():
    from application.understanding.run_report import parse_runs
    [run] = parse_runs("hoy series 10x400 a 3:45 rec 1 min", date(2026, 11, 24))
    assert run.intervals[0].pace_s_per_km == 225 and run.intervals[0].recovery_s == 60


def test_english_number_words_in_a_short_message():
    from application.understanding.run_report import parse_runs
    [run] = parse_runs("ran five km in twenty five minutes", date(2026, 11, 24))
    assert (run.distance_km, run.duration_s) == (5, 1500)


def test_a_race_named_by_its_distance():
    from application.understanding.run_report import parse_runs
    [run] = parse_runs("finished the quito half yesterday in 1:48:20!!", date(2026, 11, 24))
    assert run.distance_km == pytest.approx(21.0975, abs=0.001) and run.is_race and run.duration_s == 6500
    assert run.day == date(2026, 11, 23)


def test_days_after_their_runs():
    from application.understanding.run_report import parse_runs
    runs = parse_runs("ran 10 km in 50 min today and 5 km in 27 min yesterday", date(2026, 11, 24))
    assert [(r.day.day, r.distance_km, r.duration_s) for r in runs] == [(24, 10, 3000), (23, 5, 1620)]


@pytest.mark.parametrize("text", ["cuantas calorias quemo corriendo 10 km", "how many calories do I burn running 10 km?"])
def test_a_question_about_a_run_is_not_a_run_done(text):
    from application.understanding.run_report import parse_runs
    assert all(r.planned for r in parse_runs(text, date(2026, 11, 24)))


@pytest.mark.parametrize("text, km, seconds", [     # found in chat: "half in 1:48" was not a distance
    ("half in 1:48 last month", 21.098, 6480),          # stored to the metre
    ("una media en 1:52", 21.098, 6720),
    ("corrí media hora", None, 1800),                 # half an hour is no half marathon
    ("ran for half an hour", None, 1800),
])
def test_a_half_marathon_named_half_or_media_before_its_time(text, km, seconds):
    report = parse_run_report(text, date(2026, 11, 24))
    assert (report.distance_km, report.duration_s) == (km, seconds)


@pytest.mark.parametrize("text, units, km", [
    # A total with no unit is in the message's unit (or the runner's): the whole session, not the reps.
    ("Tempo 4x2mi @ 6:35. 11 total.", "mi", 17.70),
    ("8 x 400, total 7", "km", 7),
    ("hoy 6x400 con 2 km de calentamiento y 1 de enfriamiento, 8 total", "km", 8),
    # Warm-up + main set + cool-down are the parts of one session, added up.
    ("Tempo: 3k calentamiento + 6k a 4:05 + 2k enfriamiento", "km", 11),
    ("2 mi warm up, 5 mi tempo at 7:00, 1 mi cool down", "mi", 12.87),
    # A main distance with only its warm-up said stays as said; a total in minutes is a time.
    ("10 km con 2 km de calentamiento", "km", 10),
    ("series 5x1k, total 45 min", "km", 5),
])
def test_a_workout_is_its_whole_distance(text, units, km):
    from domain.runner import Units
    report = parse_run_report(text, TODAY, Units.MILES if units == "mi" else Units.KM)
    assert report.distance_km == pytest.approx(km, abs=0.01)


def test_a_summed_session_does_not_take_its_main_pace_as_the_whole_time():
    report = parse_run_report("3k calentamiento + 6k a 4:05 + 2k enfriamiento", TODAY)
    assert report.duration_s is None


@pytest.mark.parametrize("text, units, km, seconds", [
    # The hours of sleep, a shift or a workday around the run are not the run's time.
    ("hoy 8 suave, dormi 5 horas nomas", "km", 8, None),
    ("after a 12 hour shift, 5k in 31 min", "km", 5, 1860),
    ("corri 10 km en 1 h, despues de un turno de 24 horas", "km", 10, 3600),
    ("long run 3 hrs today, 28 km", "km", 28, 10800),
    # How long a symptom lasted is not the run's time either.
    ("6 km y me dio un mareo, se me paso en 5 minutos", "km", 6, None),
    ("3 miles, then a side stitch that lasted 15 min", "mi", 4.83, None),
    # A bare number followed by how it was run is the distance, wherever it stands.
    ("Night shift done, 5 easy. Slept 4 hrs lol", "mi", 8.05, None),
    ("despues del trabajo 8 suave por la carolina", "km", 8, None),
])
def test_the_day_around_the_run_is_not_the_run(text, units, km, seconds):
    from domain.runner import Units
    report = parse_run_report(text, TODAY, Units.MILES if units == "mi" else Units.KM)
    assert report.distance_km == pytest.approx(km, abs=0.01)
    assert report.duration_s == seconds


def test_easy_runs_counted_are_not_a_distance():
    from application.understanding.run_report import parse_runs
    assert parse_runs("this week 3 easy runs and a long one", TODAY) == []


@pytest.mark.parametrize("text", [
    "the tingling shows up on every run longer than 3 miles",
    "me pasa cada vez que corro mas de 12 km",
])
def test_a_kind_of_run_is_not_a_run(text):
    from application.understanding.run_report import parse_runs
    assert all(r.distance_km is None for r in parse_runs(text, TODAY))


def test_a_run_longer_than_a_distance_is_still_that_run():
    assert parse_run_report("hoy corri mas de 10 km", TODAY).distance_km == 10


def test_how_hard_it_felt_is_the_effort_when_no_number_is_given():
    # Borg CR-10 in runners' words: "a tope" is all but all out, "full cansada" is hard; nothing said, nothing read.
    from datetime import date

    from application.understanding.run_report import parse_runs
    day = date(2027, 1, 14)
    assert parse_runs("hoy sali a trotar 5 km en 33 min, full cansada 🥵", day)[0].perceived_effort == 8
    assert parse_runs("10k en 50 min a tope", day)[0].perceived_effort == 9
    assert parse_runs("5 km suave en 35 min", day)[0].perceived_effort is None
    assert parse_runs("10 km en 55 min, rpe 6", day)[0].perceived_effort == 6
