"""Round 7 of issue 20, through the whole offline coach and the domain rules behind it.

Each sentence was written for this test, not taken from a blind set: a pace asked for a training zone is
answered against the runner's own zone (not with a general text about heart rate); a race announced with
"!!" before its name is not a run today; a day's amount told after its day ("sabado 8 y domingo fondo de
16") is that day's run; a race told with its month only says the day is a guess.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from application.messages import say as phrase
from application.understanding.pace_asked import asked_pace
from application.understanding.run_report import parse_runs
from domain.conversation import Intent
from domain.pace import KM_PER_MILE
from domain.race_day import pace_against_zone, zone_range
from domain.runner import Units
from domain.vdot import training_paces
from tests.coach_harness import onboarded_runner

PHONE = "+593991117711"
MONDAY = date(2027, 2, 15)


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


# --- the zone a pace is asked for ----------------------------------------------------------------------

def test_a_pace_is_judged_against_its_zone_from_the_vdot():
    paces = training_paces(45.0)
    fast, slow = paces.easy
    assert pace_against_zone(paces, "easy", fast - 15) == "faster"
    assert pace_against_zone(paces, "easy", (fast + slow) / 2) == "within"
    assert pace_against_zone(paces, "easy", slow + 20) == "slower"
    # A single-pace zone is hit within the plan's spread, not anywhere near it.
    assert pace_against_zone(paces, "threshold", paces.threshold + 1) == "within"
    assert pace_against_zone(paces, "threshold", paces.threshold - 10) == "faster"
    assert pace_against_zone(paces, "interval", paces.interval + 12) == "slower"
    # The zone's range is the one the plan prescribes (Daniels' E range; T as one pace).
    assert zone_range(paces, "easy") == paces.easy
    low, high = zone_range(paces, "threshold")
    assert low < paces.threshold < high


@pytest.mark.parametrize("text,units,seconds,zone", [
    ("is 8:30/mi ok for my easy runs?", Units.MILES, 510 / KM_PER_MILE, "easy"),
    ("Q: 10:45 a mile too slow for recovery days??", Units.MILES, 645 / KM_PER_MILE, "easy"),
    ("6:00 el km esta bien pa mis rodajes suaves?", Units.KM, 360, "easy"),
    ("tempo at 4:45 too quick?", Units.KM, 285, "threshold"),
    ("las series a 4:30 estan bien o muy rapido?", Units.KM, 270, "interval"),
    ("el fondo del domingo a 7:10 esta bien?", Units.KM, 430, "easy"),
    ("what pace for my easy runs? i do 5:50/km", Units.KM, 350, "easy"),
])
def test_the_pace_and_zone_asked_are_read(text, units, seconds, zone):
    asked = asked_pace(text, units)
    assert asked is not None
    assert asked.seconds_per_km == pytest.approx(seconds)
    assert asked.zone == zone


@pytest.mark.parametrize("text", [
    "a las 6:30 salgo al rodaje suave?",       # a time of day
    "can i do my easy run at 6:30 tonight?",   # the hour it is run at
    "corro 10 km suave mañana",                # no pace
    "my half was 1:52:10, easy pace now?",     # a finish time
])
def test_what_is_not_a_pace_asked_is_not_read_as_one(text):
    asked = asked_pace(text, Units.KM)
    assert asked is None or asked.zone is None


def _easy_range(reply_text: str) -> tuple[int, int]:
    """The runner's easy range as the paces table shows it (seconds), read from the reply."""
    m = re.search(r"(?:Easy|Suave): (\d+):(\d\d)–(\d+):(\d\d)", reply_text)
    assert m, reply_text
    return int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))


def test_a_pace_asked_for_easy_runs_is_answered_with_the_runners_own_easy_range(talk):
    say, container, runner = talk("en")
    fast_reply = say("Q: is 3:30/km ok for my easy runs?")
    assert fast_reply.intent == Intent.PACE_QUESTION
    assert fast_reply.text.startswith("3:30/km is faster than your easy pace")
    fast, slow = _easy_range(fast_reply.text)
    middle = (fast + slow) // 2
    asked = f"{middle // 60}:{middle % 60:02d}"
    within = say(f"would {asked} per km be fine for easy days?")
    assert within.intent == Intent.PACE_QUESTION
    assert within.text.startswith(f"{asked}/km is right in your easy range")
    assert runs_of(container, runner) == []


def test_a_pace_asked_for_intervals_in_spanish_is_judged_and_writes_nothing(talk):
    say, container, runner = talk("es")
    reply = say("las series de mañana a 9:00 el km estan bien o muy lento?")
    assert reply.intent == Intent.PACE_QUESTION
    assert reply.text.startswith("9:00/km es más lento que tu ritmo de intervalos")
    assert runs_of(container, runner) == []


def test_a_run_told_with_its_easy_pace_is_still_a_run(talk):
    say, container, runner = talk("en")
    reply = say("ran 8k easy at 6:10/km this morning")
    assert reply.intent == Intent.LOG_RUN
    assert [r.distance_km for r in runs_of(container, runner)] == [8.0]


# --- a race announced with "!!" -------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "race tmrw!! the reindeer dash 5k"),
    ("en", "big day tomorrow!!! 10k downtown, any last tips?"),
    ("es", "mañana corro!!! 10k en Ibarra"),
    ("es", "el domingo carrera!! la 15k de la Mitad del Mundo"),
])
def test_a_race_announced_before_its_name_is_no_run_today(talk, lang, text):
    say, container, runner = talk(lang)
    reply = say(text)
    assert reply.intent != Intent.CLARIFY
    assert runs_of(container, runner) == []


# --- a day's amount told after its day ------------------------------------------------------------------

@pytest.mark.parametrize("text,units,runs", [
    ("sabado 8 y domingo fondo de 16", Units.KM, [(date(2027, 2, 13), 8.0), (date(2027, 2, 14), 16.0)]),
    ("sat 5 easy, sun long run 11", Units.MILES, [(date(2027, 2, 13), 8.047), (date(2027, 2, 14), 17.703)]),
    ("did 4 sat and long run sun 9", Units.MILES, [(date(2027, 2, 13), 6.437), (date(2027, 2, 14), 14.484)]),
    ("el domingo 12 suave", Units.KM, [(date(2027, 2, 14), 12.0)]),
])
def test_the_amount_after_its_day_is_that_days_run(text, units, runs):
    found = [(r.day, round(r.distance_km, 3)) for r in parse_runs(text, MONDAY, units)]
    assert found == runs


@pytest.mark.parametrize("text", [
    "el sabado 10 de abril corro la media",     # a date
    "domingo 7 am salgo con el club",           # a time of day
    "el sabado 3 amigos se apuntaron",          # a count
])
def test_a_number_after_a_day_that_is_no_distance_is_no_run(text):
    assert parse_runs(text, MONDAY, Units.KM) == []


# --- a race told by its month only ----------------------------------------------------------------------

def test_a_race_told_by_its_month_says_the_day_is_kept_for_now(talk):
    say, container, runner = talk("es")
    reply = say("ya decidi, me inscribo en la 10k de Loja en mayo")
    assert reply.intent == Intent.SET_RACE
    kept = container.runners().get(runner.id).race_date
    assert kept is not None and kept.month == 5
    assert "cuando sepas el día exacto" in reply.text


def test_the_ache_hold_reply_names_no_unit():
    # A runner on miles read "we build the km back up".
    for lang in ("es", "en"):
        assert not re.search(r"(?<!\w)km(?!\w)", phrase(lang, "asked_distance_hold_for_ache", day="x", session="y"))
