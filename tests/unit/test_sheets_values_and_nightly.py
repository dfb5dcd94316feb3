"""The old bot's cells as people typed them, and the dual-write period's nightly validation."""
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from adapters.sheets.report_folder import ReportFolder
from application.migration import values
from application.migration.mapping import RUNS, find_tab, row_for, tab_from_values
from application.migration.nightly import NightlyValidation
from application.migration.report import MigrationReport, RunnerComparison, Totals

GYE = ZoneInfo("America/Guayaquil")


@pytest.mark.parametrize("text, km", [("8km", 8.0), ("8 km", 8.0), ("8,5", 8.5), ("21.1K", 21.1),
                                      ("5 mi", 8.047), ("3 millas", 4.828), ("800 m", 0.8), ("10 kms", 10.0)])
def test_distances_as_typed(text, km):
    assert values.distance_km(text) == pytest.approx(km, abs=0.001)


@pytest.mark.parametrize("text, seconds", [("45 min", 2700), ("45", 2700), ("45'", 2700), ("52:30", 3150),
                                           ("1:20:00", 4800), ("1h 20min", 4800), ("2 horas", 7200),
                                           ("45,5 minutos", 2730)])
def test_durations_as_typed(text, seconds):
    assert values.duration_s(text) == seconds


@pytest.mark.parametrize("text, day", [("01/03/2024", date(2024, 3, 1)), ("2024-03-01", date(2024, 3, 1)),
                                       ("1.3.2024", date(2024, 3, 1)), ("3 de marzo de 2024", date(2024, 3, 3)),
                                       ("March 3, 2024", date(2024, 3, 3)), ("01/03/2024 18:30", date(2024, 3, 1))])
def test_dates_as_text_day_first(text, day):
    assert values.day(text) == day


@pytest.mark.parametrize("text", ["ayer", "hace 2 días", "marzo", "32/13/2024", "pronto"])
def test_what_is_not_a_date_is_refused_with_the_reason(text):
    with pytest.raises(values.Refused, match="is not a date"):
        values.day(text)


def test_a_time_is_read_in_the_runners_zone_and_kept_in_utc():
    assert values.moment("01/03/2024 19:45", GYE) == datetime(2024, 3, 2, 0, 45, tzinfo=timezone.utc)
    assert values.moment("01/03/2024", GYE) == datetime(2024, 3, 1, 17, tzinfo=timezone.utc)     # noon there


@pytest.mark.parametrize("text, answer", [("sí", True), ("Si", True), ("SI", True), ("x", True), ("yes", True),
                                          ("no", False), ("No.", False), ("0", False)])
def test_yes_and_no(text, answer):
    assert values.yes_no(text, "race") is answer


def test_yes_or_no_refuses_anything_else():
    with pytest.raises(values.Refused, match="not yes or no"):
        values.yes_no("tal vez", "race")


def test_columns_are_found_by_name_whatever_their_order_or_accents():
    rows = [["Notas", "Distancia (km)", "Teléfono", "FECHA"], ["", "8km", "099", "1/3/2024"]]
    tab = tab_from_values("Carreras", rows, RUNS)
    assert tab.columns == {"notes": 0, "distance_km": 1, "phone": 2, "date": 3}
    assert row_for(["Fecha", "Extra", "Teléfono", "Distancia"], RUNS, {"date": "2024-03-01", "phone": "+593",
                                                                          "distance_km": "8"}) == [
        "2024-03-01", "", "+593", "8"]
    assert find_tab(RUNS, ["Usuarios", "Carreras", "Chat"]) == "Carreras"


class Clock:
    def __init__(self, at):
        self.at = at

    def now(self):
        return self.at


def report(same=True):
    sheet = Totals(3, 30.0, date(2024, 3, 10))
    store = sheet if same else Totals(2, 20.0, date(2024, 3, 3))
    return MigrationReport("old bot", runners=[RunnerComparison("…2233 (abc)", sheet, store)], validate_only=True)


def test_the_nightly_validation_runs_once_a_night_after_three_in_ecuador(tmp_path, caplog):
    runs = []

    def validate():
        runs.append(1)
        return report(same=False)

    clock = Clock(datetime(2024, 3, 11, 7, 30, tzinfo=timezone.utc))        # 02:30 in Guayaquil
    nightly = NightlyValidation(validate, clock, ReportFolder(tmp_path))
    assert nightly() is None and runs == []
    clock.at = datetime(2024, 3, 11, 8, 5, tzinfo=timezone.utc)             # 03:05
    first = nightly()
    assert first is not None and not first.ok and runs == [1]
    assert nightly() is None and runs == [1]                                # once that night
    written = (tmp_path / "validation-2024-03-11.txt").read_text(encoding="utf-8")
    assert "≠ …2233 (abc): 3 runs, 30.0 km" in written
    assert "nightly sheets validation: sheets validation DIFFERS" in caplog.text
    clock.at = datetime(2024, 3, 12, 8, 5, tzinfo=timezone.utc)
    assert nightly() is not None and runs == [1, 1]                         # the next night


def test_a_validation_that_cannot_run_is_tried_again_at_the_next_tick(tmp_path):
    calls = []

    def validate():
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("sheets down")
        return report()

    nightly = NightlyValidation(validate, Clock(datetime(2024, 3, 11, 9, tzinfo=timezone.utc)), ReportFolder(tmp_path))
    assert nightly() is None
    assert nightly() is not None and nightly() is None
