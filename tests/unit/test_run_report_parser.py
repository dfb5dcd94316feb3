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
