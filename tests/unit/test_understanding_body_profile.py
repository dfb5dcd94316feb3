"""Injury triage readers and onboarding answers."""
from datetime import date

import pytest

from application.understanding import profile_answers as answers
from application.understanding.body import (
    body_parts_in,
    pain_score_in,
    pain_walking_in,
    read_triage,
    side_in,
    since_days_in,
    swelling_in,
    trend_in,
    triggers_in,
)

TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize("text, side", [
    ("me duele la rodilla derecha", "right"), ("tobillo izquierdo", "left"), ("my left knee", "left"),
    ("right calf", "right"), ("me duelen las dos rodillas", None), ("me duele la rodilla", None),
])
def test_side(text, side):
    assert side_in(text) == side


def test_triage_readers_in_spanish():
    assert pain_score_in("dolor 6/10") == 6
    assert pain_score_in("me duele como un 7 de 10") == 7
    assert pain_walking_in("me duele al caminar") is True
    assert pain_walking_in("no me duele al caminar") is False
    assert swelling_in("está hinchado") is True
    assert swelling_in("no está hinchado") is False
    assert since_days_in("desde hace 3 días", TUESDAY) == 3
    assert since_days_in("hace una semana", TUESDAY) == 7
    assert since_days_in("desde el lunes", TUESDAY) == 1
    assert triggers_in("me duele al bajar escaleras") == ["stairs_down"]
    assert trend_in("está mejor") == "better" and trend_in("hoy está peor") == "worse"


def test_triage_in_english_all_at_once():
    triage = read_triage("my left knee hurts when I walk, about a 4 out of 10, swollen, since Monday", TUESDAY)
    assert triage.parts == ("rodilla",) and triage.side == "left" and triage.pain_score == 4
    assert triage.pain_walking and triage.swelling and triage.since_days == 1
    assert trend_in("it's getting better") == "better" and trend_in("worse today") == "worse"


def test_meniscus_names_the_knee_and_a_surgery_is_noticed():
    assert body_parts_in("menisco") == ["rodilla"]
    assert read_triage("rodilla izquierda operada hace 5 años, menisco", TUESDAY).surgery


@pytest.mark.parametrize("text, name", [
    ("soy andres jaja", "Andres"), ("Me llamo Ana", "Ana"), ("My name is John", "John"),
    ("jeje soy Pedro 😅", "Pedro"), ("andres xd", "Andres"), ("maría josé", "María José"),
    ("Ana, 34 años, 4 días por semana", "Ana"), ("soy principiante", None), ("Hola", None), ("Hi there", None),
])
def test_names_keep_the_runners_spelling_without_laughter(text, name):
    assert answers.name_in(text) == name


def test_ages_and_days_in_words_and_never_from_years_ago():
    assert answers.age_in("tengo cincuenta y dos años") == 52
    assert answers.age_in("I'm 41") == 41
    assert answers.frequency_in("tres") == 3
    assert answers.frequency_in("5 veces por semana") == 5
    assert answers.frequency_in("three days a week") == 3
    history = "rodilla izquierda operada hace 5 años, menisco"
    assert answers.frequency_in(history) is None and answers.age_in(history) is None


def test_a_past_surgery_is_read_as_history():
    [past] = answers.past_injuries_in("rodilla izquierda operada hace 5 años, menisco", TUESDAY)
    assert (past.part, past.side, past.surgery, past.when.year) == ("rodilla", "left", True, 2021)


def test_skips_volumes_and_a_recent_race():
    assert all(answers.is_skip(t) for t in ("no sé", "paso", "skip", "not sure", "me da igual"))
    assert not answers.is_skip("1:50")
    assert answers.distance_km_in("unos 30 km") == 30
    assert answers.distance_km_in("20 millas") == pytest.approx(32.19, abs=0.01)
    assert answers.distance_km_in("nada, recién empiezo") == 0
    race = answers.recent_race_in("10k en 48:30 hace 3 semanas", TUESDAY)
    assert (race.distance_km, race.duration_s, race.day, race.is_race) == (10, 2910, date(2026, 11, 3), True)
    assert answers.recent_race_in("hice 10k", TUESDAY) is None


def test_a_typo_in_the_introduction_is_not_part_of_the_name():
    from application.understanding import profile_answers
    assert profile_answers.name_in("soi Pedro") == "Pedro"


def test_number_words_in_a_short_english_answer_are_read():
    """"twenty nine" alone reads as Spanish to the language guess: found in chat, the age was refused."""
    from application.understanding.profile_answers import age_in, frequency_in
    assert age_in("twenty nine") == 29 and age_in("im twenty-nine") == 29
    assert frequency_in("five") == 5
    assert age_in("veintinueve") == 29 and frequency_in("cuatro") == 4


def test_a_tight_or_loaded_muscle_is_an_ache():
    """Found in chat: "calf is a bit tight" after a run was logged without the ache."""
    from application.understanding.body import PAIN_WORDS
    from application.understanding.text import fold, has_any
    assert has_any(fold("ran ten miles today in 1:25, calf is a bit tight"), PAIN_WORDS)
    assert has_any(fold("tengo el gemelo cargado"), PAIN_WORDS)
