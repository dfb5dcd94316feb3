"""Dates (dateparser + weekdays read here) and number words (text2num) at their edges."""
import warnings
from datetime import date

import pytest

from application.understanding.dates import parse_day
from application.understanding.numbers import words_to_numbers

TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize("text, past, future", [
    ("ayer", date(2026, 11, 23), date(2026, 11, 23)),
    ("anteayer corrí", date(2026, 11, 22), date(2026, 11, 22)),
    ("el martes", date(2026, 11, 17), date(2026, 12, 1)),        # dateparser: None; read here
    ("el domingo pasado", date(2026, 11, 22), date(2026, 11, 22)),
    ("el próximo sábado", date(2026, 11, 28), date(2026, 11, 28)),
    ("on Saturday", date(2026, 11, 21), date(2026, 11, 28)),
    ("15 de marzo", date(2026, 3, 15), date(2027, 3, 15)),
    ("mi media es el 15 de marzo", date(2026, 3, 15), date(2027, 3, 15)),
    ("April 26", date(2026, 4, 26), date(2027, 4, 26)),
    ("hace 3 semanas", date(2026, 11, 3), date(2026, 11, 3)),
    ("hace una semana", date(2026, 11, 17), date(2026, 11, 17)),
    ("three days ago", date(2026, 11, 21), date(2026, 11, 21)),
    ("mañana", date(2026, 11, 25), date(2026, 11, 25)),
    ("esta mañana", TUESDAY, TUESDAY),                            # the morning, not tomorrow
])
def test_days_in_spanish_and_english(text, past, future):
    assert parse_day(text, TUESDAY, "past") == past
    assert parse_day(text, TUESDAY, "future") == future


def test_a_day_month_date_a_few_days_ahead_is_not_moved_a_year_back():
    # dateparser with PREFER_DATES_FROM=past reads "30/11" on 24/11 as 30/11/2025; a run a year ago
    # is not what the runner meant: the date stays ahead and the run rules refuse it visibly.
    assert parse_day("30/11", TUESDAY, "past") == date(2026, 11, 30)
    assert parse_day("30/11", TUESDAY, "future") == date(2026, 11, 30)
    assert parse_day("10/11", TUESDAY, "past") == date(2026, 11, 10)
    assert parse_day("30/11/2025", TUESDAY, "past") == date(2025, 11, 30)


def test_scores_and_distances_are_not_dates():
    for text in ("dolor 6/10", "RPE 8/10", "10 km en 45 min", "corrí 8 km"):
        assert parse_day(text, TUESDAY) is None


def test_a_month_alone_is_its_first_day():
    assert parse_day("en abril", TUESDAY, "future") == date(2027, 4, 1)


@pytest.mark.parametrize("text, lang, expected", [
    ("tengo cincuenta y dos años", "es", "tengo 52 años"),
    ("una hora y cuarto", "es", "1 h 15 min"),                  # alpha2digit alone: "una hora y 4º"
    ("corrí una hora y media", "es", "corrí 1 h 30 min"),
    ("dos horas y cuarto", "es", "2 h 15 min"),
    ("media hora", "es", "30 min"),
    ("diez mil metros", "es", "10000 metros"),
    ("cuarenta minutos", "es", "40 minutos"),
    ("tres", "es", "3"),
    ("dos días por semana", "es", "2 días por semana"),
    ("un 10k", "es", "un 10k"),                                 # "un" is not a number here
    ("an hour and a half", "en", "1 h 30 min"),
    ("I ran ten miles", "en", "i ran 10 miles"),
    ("a mile", "en", "1 mile"),
])
def test_number_words(text, lang, expected):
    assert words_to_numbers(text, lang) == expected


def test_library_warnings_never_escape():
    with warnings.catch_warnings():
        warnings.simplefilter("error")       # any warning would fail here
        parse_day("15 de marzo", TUESDAY)
        parse_day("el martes pasado", TUESDAY)
        words_to_numbers("cincuenta y dos", "es")


def test_a_compound_number_before_a_unit_is_read_whole():
    from application.understanding.numbers import words_to_numbers
    assert words_to_numbers("hice diez km en cincuenta y dos minutos", "es") == "hice 10 km en 52 minutos"
    assert words_to_numbers("treinta y un minutos", "es") == "31 minutos"
    assert words_to_numbers("corri dos km", "es") == "corri 2 km"


@pytest.mark.parametrize("text, expected", [        # found in chat: a race "last month" was filed today
    ("half in 1:48 last month", date(2026, 10, 25)),
    ("la media en 1:52 el mes pasado", date(2026, 10, 25)),
    ("la semana pasada corrí 10 km", date(2026, 11, 17)),
    ("last week", date(2026, 11, 17)),
    ("el martes de la semana pasada", date(2026, 11, 17)),     # a named day wins over the period
])
def test_a_period_back_is_about_that_long_ago(text, expected):
    assert parse_day(text, TUESDAY, "past") == expected
