"""Cross-training, corrections and deletions, race, schedule and units read from runners' messages."""
from datetime import date

import pytest

from application.understanding.corrections import parse_correction, parse_deletion
from application.understanding.cross_training import parse_cross_training
from application.understanding.race import parse_race
from application.understanding.schedule import parse_schedule, parse_units
from domain.runner import GoalRace, Units

TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize("text, activity, minutes, km, day", [
    ("hoy hice 40 min de bici", "bike", 40, None, TUESDAY),
    ("ayer nadé 1500 m en 35 minutos", "swim", 35, 1.5, date(2026, 11, 23)),
    ("una hora de pesas", "strength", 60, None, TUESDAY),
    ("rode my bike 30 km in 1h10", "bike", 70, 30, TUESDAY),
    ("did 45 minutes of yoga on Sunday", "other", 45, None, date(2026, 11, 22)),
])
def test_cross_training(text, activity, minutes, km, day):
    report = parse_cross_training(text, TUESDAY)
    assert (report.activity, report.minutes, report.distance_km, report.day) == (activity, minutes, km, day)


def test_a_run_is_not_cross_training():
    assert parse_cross_training("corrí 5 km", TUESDAY) is None


def test_corrections_of_the_last_run_and_of_a_day():
    fix = parse_correction("me equivoqué, fueron 6 km no 8", TUESDAY)
    assert fix.target.is_last and fix.target.distance_km == 8 and fix.distance_km == 6
    fix = parse_correction("the run on Tuesday was 12k not 10", TUESDAY)
    assert (fix.target.day, fix.target.distance_km, fix.distance_km) == (date(2026, 11, 17), 10, 12)
    fix = parse_correction("perdón, era 10 km en 50 minutos, no 45", TUESDAY)
    assert (fix.distance_km, fix.duration_s, fix.target.distance_km) == (10, 3000, None)
    fix = parse_correction("fue el lunes, no el martes", TUESDAY)
    assert (fix.day, fix.target.day) == (date(2026, 11, 23), date(2026, 11, 17))
    fix = parse_correction("actually it was 8 miles not 6", TUESDAY)
    assert fix.distance_km == pytest.approx(12.875, abs=0.01)
    assert parse_correction("hoy corrí 8 km", TUESDAY) is None


@pytest.mark.parametrize("text, day, km", [
    ("borra mi última carrera", None, None),
    ("remove my last run", None, None),
    ("delete yesterday's run", date(2026, 11, 23), None),
    ("elimina el entreno del martes", date(2026, 11, 17), None),
    ("borra el de 10 km de ayer", date(2026, 11, 23), 10),
])
def test_deletions(text, day, km):
    target = parse_deletion(text, TUESDAY)
    assert (target.day, target.distance_km) == (day, km)


def test_not_a_deletion():
    assert parse_deletion("hoy corrí 8 km", TUESDAY) is None
    assert parse_deletion("borra eso", TUESDAY) is None


def test_race_date_name_distance_and_goal():
    race = parse_race("mi media maratón es el 15 de marzo", TUESDAY)
    assert (race.has_race, race.goal_race, race.race_date) == (True, GoalRace.HALF, date(2027, 3, 15))
    race = parse_race("quiero bajar de 50 min en los 10k de la Ruta de las Iglesias en abril", TUESDAY)
    assert (race.goal_race, race.goal_time_s, race.race_date, race.date_approximate) == (
        GoalRace.TEN_K, 3000, date(2027, 4, 1), True)
    assert race.race_name == "10k de la Ruta de las Iglesias"
    race = parse_race("I want to run a sub-4 marathon", TUESDAY)
    assert (race.goal_race, race.goal_time_s, race.race_date, race.has_race) == (GoalRace.MARATHON, 4 * 3600,
                                                                                None, None)
    race = parse_race("Boston Marathon on April 20, goal 3:15", TUESDAY)
    assert (race.race_name, race.race_date, race.goal_time_s) == ("Boston Marathon", date(2027, 4, 20), 11700)
    assert parse_race("mi objetivo es sub 40 en el 10k", TUESDAY).goal_time_s == 2400


def test_no_race():
    assert parse_race("no tengo carrera", TUESDAY).has_race is False
    assert parse_race("no race planned", TUESDAY).has_race is False
    assert parse_race("hoy corrí 8 km", TUESDAY) is None


@pytest.mark.parametrize("text, days, long_day", [
    ("prefiero entrenar lunes, miércoles y sábado", (0, 2, 5), None),
    ("long run on saturdays", None, 5),      # the long-run day only, not a one-day week
    ("fondo los domingos", None, 6),
    ("tue thu sat sun, long run on sunday", (1, 3, 5, 6), 6),      # short forms in a list
    ("lunes, miércoles y viernes; fondo el domingo", (0, 2, 4, 6), 6),
    ("de lunes a viernes", (0, 1, 2, 3, 4), None),
    ("I can run Tuesday, Thursday and Sunday, long run Sunday", (1, 3, 6), 6),
    # The days given as the reason are not running days: busy, bad, work, class, family.
    ("switch me to Tue Thu Sun pls. Mondays and Fridays are busy at work now", (1, 3, 6), None),
    ("mejor lunes, jueves y sabado, los miercoles tengo turno en el hospital", (0, 3, 5), None),
    ("quiero correr martes miercoles y domingo que el sabado tengo partido de futbol", (1, 2, 6), None),
    ("mon wed fri from now on, thursdays i have class till 9", (0, 2, 4), None),
    ("entreno martes y jueves, el lunes no puedo", (1, 3), None),
])
def test_schedule(text, days, long_day):
    preference = parse_schedule(text)
    assert (preference.run_days, preference.long_run_day) == (days, long_day)


def test_no_schedule():
    assert parse_schedule("hola") is None


@pytest.mark.parametrize("text, units", [
    ("prefiero millas", Units.MILES), ("use km", Units.KM), ("in miles please", Units.MILES),
    ("kilómetros, no millas", Units.KM), ("millas", Units.MILES), ("hola", None),
])
def test_units(text, units):
    assert parse_units(text) == units


def test_a_plain_report_with_a_no_is_not_a_correction():
    assert parse_correction("hoy corrí 10 km, no me dolió nada", TUESDAY) is None
    assert parse_correction("it was 12k not 10", TUESDAY).distance_km == 12


def test_a_day_the_runner_cannot_run_is_not_one_of_their_days():
    from application.understanding.schedule import parse_schedule
    assert parse_schedule("no puedo correr el jueves, tengo viaje") is None
    assert parse_schedule("prefiero lunes y miercoles, no el viernes").run_days == (0, 2)


# --- Any race distance (issue 21) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "code", "km"), [
    ("quiero correr la Últimas Noticias de 15k", "15k", 15.0),
    ("cambia mi objetivo a 15k", "15k", 15.0),
    ("10 millas", "10mi", 16.0934),
    ("I want to run a 10 mile race", "10mi", 16.0934),
    ("a 10 miler on march 14", "10mi", 16.0934),
    ("un trail de 25 km", "25k", 25.0),
    ("la media de guayaquil", "half", 21.0975),
    ("30k", "30k", 30.0),
    ("a 3k", "3k", 3.0),
    ("mi primera carrera de 8 km", "8k", 8.0),
    ("quince k", "15k", 15.0),
    ("12k", "12k", 12.0),
    ("15 km", "15k", 15.0),
    ("la maraton de quito", "marathon", 42.195),
])
def test_any_race_distance_is_a_goal(text, code, km):
    from application.understanding.profile_answers import goal_in
    goal = goal_in(text)
    assert goal is not None and goal.value == code and goal.distance_km == pytest.approx(km, abs=0.01)


def test_weekly_volume_is_not_a_race_distance():
    from application.understanding.profile_answers import goal_in
    assert goal_in("corro 30 km por semana") is None
    assert goal_in("I run 25 km a week") is None


@pytest.mark.parametrize("text, day", [
    # A weekday named on that weekday is today (sent Sunday 22 Nov), unless "pasado"/"last" says otherwise.
    ("Domingo. Caminé 45 min con la perrita por el parque, todo bien", date(2026, 11, 22)),
    ("Sunday. walked the dog 40 min, all good", date(2026, 11, 22)),
    ("el domingo pasado nadé 30 min", date(2026, 11, 15)),
    ("bici ayer 1 hora", date(2026, 11, 21)),
])
def test_the_day_of_another_sport_is_read_from_the_message(text, day):
    from application.understanding.cross_training import split_activities
    _, others = split_activities(text, date(2026, 11, 22))
    assert [o.day for o in others] == [day]


def test_a_correction_names_its_run_by_a_short_day_and_reads_the_runners_units():
    sunday = date(2026, 11, 22)
    fixed = parse_correction("oh wait, Fri was 9 not 7, my watch died", sunday, Units.MILES)
    assert fixed.target.day == date(2026, 11, 20)
    assert fixed.target.distance_km == pytest.approx(11.27, abs=0.01)
    assert fixed.distance_km == pytest.approx(14.48, abs=0.01)


def test_a_goal_chosen_in_the_present_is_a_goal_not_a_past_race():
    from application.tools.policy import Decision, judge
    from application.tools.arguments import SetRaceArgs
    from domain.runner import GoalRace, Runner
    runner = Runner(phone="+593990000111", goal_race=GoalRace.HALF, has_race=True, race_date=date(2027, 3, 7))
    for text in ("mejor me preparo para una de 15k", "i'd rather run a 10 miler"):
        args = SetRaceArgs(goal_race="15k" if "15k" in text else "10mi")
        assert judge("set_race", text, args, runner=runner).decision is Decision.WRITE
