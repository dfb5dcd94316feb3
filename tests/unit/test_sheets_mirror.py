"""Dual-write: new runners and runs reach the old bot's sheet after the commit, paced and retried."""
from datetime import date, datetime, timezone

import attrs
import pytest

from adapters.in_memory import InMemoryConversationLog, InMemoryRunnerRepository, InMemoryRunRepository
from adapters.sheets.csv_folder import CsvFolderSpreadsheet
from application.migration.migrate import MigrateSheets
from application.migration.mirror import MirroredRunners, MirroredRuns, SheetsMirror
from application.ports.after_commit import after_commit
from application.ports.sheets import SpreadsheetUnavailable
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner  # noqa: F401


class Clock:
    def now(self):
        return datetime(2024, 4, 1, 12, tzinfo=timezone.utc)


class Time:
    """A fake clock for the mirror's pacing: sleeping moves it on."""

    def __init__(self):
        self.t = 1000.0
        self.sleeps = []

    def monotonic(self):
        return self.t

    def sleep(self, seconds):
        self.sleeps.append(round(seconds, 3))
        self.t += seconds


@pytest.fixture
def sheet(tmp_path):
    folder = tmp_path / "old-bot"
    folder.mkdir()
    # The old bot's own column order and names, with a column Andes does not know.
    (folder / "Usuarios.csv").write_text("Nombre,Teléfono,Edad,Objetivo,Nivel,Registro completo,Notas del bot\n",
                                         encoding="utf-8")
    (folder / "Carreras.csv").write_text("Fecha,Teléfono,Distancia,Tiempo,Esfuerzo,Competencia\n", encoding="utf-8")
    return CsvFolderSpreadsheet(folder)


def onboarded(phone="+593991112233"):
    return Runner(phone=phone, name="Ana", age=34, goal_race=GoalRace.HALF, weekly_frequency=4,
                  fitness_level=FitnessLevel.INTERMEDIATE, onboarding_completed=True)


def test_a_runner_who_finishes_onboarding_and_their_runs_are_appended_in_the_sheets_columns(sheet):
    runners = InMemoryRunnerRepository()
    clock = Time()
    mirror = SheetsMirror(sheet, runners, sleep=clock.sleep, monotonic=clock.monotonic)
    mirrored_runners, mirrored_runs = MirroredRunners(runners, mirror), MirroredRuns(InMemoryRunRepository(), mirror)
    ana = onboarded()
    mirrored_runners.save(attrs.evolve(ana, onboarding_completed=False))   # onboarding starts: no row of blanks
    mirrored_runners.save(ana)
    mirrored_runners.save(ana)                           # saved again: not appended twice
    mirrored_runs.add(Run(runner_id=ana.id, date=date(2024, 3, 1), distance_km=8.5, duration_s=2730,
                          perceived_effort=6))

    assert mirror.flush(5)
    assert sheet.read_tab("Usuarios") == [
        ["Nombre", "Teléfono", "Edad", "Objetivo", "Nivel", "Registro completo", "Notas del bot"],
        ["Ana", "+593991112233", "34", "half", "intermediate", "sí", ""]]
    assert sheet.read_tab("Carreras")[1] == ["2024-03-01", "+593991112233", "8.5", "45:30", "6", "no"]
    mirror.close()


def test_rows_are_queued_only_once_the_unit_of_work_commits(sheet):
    runners = InMemoryRunnerRepository()
    mirror = SheetsMirror(sheet, runners, sleep=Time().sleep)
    runs = MirroredRuns(InMemoryRunRepository(), mirror)
    ana = onboarded()
    runners.save(ana)

    with after_commit() as later:
        runs.add(Run(runner_id=ana.id, date=date(2024, 3, 1), distance_km=5))
        assert mirror.flush(1) and len(sheet.read_tab("Carreras")) == 1     # nothing while it may roll back
    later.run()                                                              # the unit committed

    assert mirror.flush(5) and len(sheet.read_tab("Carreras")) == 2
    mirror.close()


class Flaky:
    """A sheet that answers 429 a few times, then takes the rows."""

    def __init__(self, inner, failures, retryable=True):
        self.inner, self.failures, self.retryable = inner, failures, retryable
        self.name = inner.name
        self.appends = 0

    def tab_names(self):
        return self.inner.tab_names()

    def header(self, tab):
        return self.inner.header(tab)

    def append_rows(self, tab, rows):
        self.appends += 1
        if self.failures:
            self.failures -= 1
            raise SpreadsheetUnavailable("Google Sheets answered 429: quota", retryable=self.retryable)
        self.inner.append_rows(tab, rows)


def test_a_write_over_the_quota_is_retried_with_backoff_and_nothing_is_lost(sheet):
    runners = InMemoryRunnerRepository()
    flaky = Flaky(sheet, failures=3)
    clock = Time()
    mirror = SheetsMirror(flaky, runners, writes_per_minute=300, sleep=clock.sleep, monotonic=clock.monotonic)
    ana = onboarded()
    runners.save(ana)
    runs = MirroredRuns(InMemoryRunRepository(), mirror)
    for day in (1, 2, 3):
        runs.add(Run(runner_id=ana.id, date=date(2024, 3, day), distance_km=5 + day))

    assert mirror.flush(5)
    assert [row[0] for row in sheet.read_tab("Carreras")[1:]] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    assert [s for s in clock.sleeps if s >= 1] == [1.0, 2.0, 4.0]       # backoff 1, 2, 4 s; pacing 0.2 s
    assert mirror.written == 3 and mirror.dropped == 0
    mirror.close()


def test_writes_are_paced_under_the_quota(sheet):
    runners = InMemoryRunnerRepository()
    clock = Time()
    mirror = SheetsMirror(sheet, runners, writes_per_minute=6, max_batch=1, sleep=clock.sleep,
                          monotonic=clock.monotonic)
    ana = onboarded()
    runners.save(ana)
    runs = MirroredRuns(InMemoryRunRepository(), mirror)
    for day in (1, 2, 3, 4):
        runs.add(Run(runner_id=ana.id, date=date(2024, 3, day), distance_km=5))

    assert mirror.flush(5)
    # tab_names, header, then one append per run (max_batch=1): each request 10 s after the last.
    assert clock.sleeps and all(s == 10.0 for s in clock.sleeps)
    assert len(sheet.read_tab("Carreras")) == 5
    mirror.close()


def test_a_refusal_retrying_cannot_fix_is_dropped_logged_and_counted(sheet, caplog):
    runners = InMemoryRunnerRepository()
    mirror = SheetsMirror(Flaky(sheet, failures=1, retryable=False), runners, sleep=Time().sleep)
    ana = onboarded()
    runners.save(ana)
    MirroredRuns(InMemoryRunRepository(), mirror).add(Run(runner_id=ana.id, date=date(2024, 3, 1), distance_km=5))

    assert mirror.flush(5)
    assert mirror.dropped == 1 and "failed for good" in caplog.text
    mirror.close()


def test_what_the_mirror_writes_the_migration_reads_back_the_same(sheet):
    """The dual-write period's check: rows the mirror appended validate against the store."""
    runners, runs = InMemoryRunnerRepository(), InMemoryRunRepository()
    mirror = SheetsMirror(sheet, runners, sleep=Time().sleep)
    ana = onboarded()
    MirroredRunners(runners, mirror).save(ana)
    for day, km, seconds in ((1, 8.5, 2730), (3, 21.0975, 6750), (5, 5, None)):
        MirroredRuns(runs, mirror).add(Run(runner_id=ana.id, date=date(2024, 3, day), distance_km=km,
                                           duration_s=seconds, is_race=day == 3))
    assert mirror.flush(5)

    report = MigrateSheets(sheet, runners, runs, InMemoryConversationLog(), clock=Clock()).validate()

    assert report.ok, report.text()
    assert [(r.sheet.runs, r.store.runs) for r in report.runners] == [(3, 3)]
    mirror.close()
