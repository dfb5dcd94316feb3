"""ImportSheets: bring the old system's Google Sheets (CSV exports) of runners and runs into the store.

Idempotent: runners are matched by phone (created or updated), and a run is skipped when the runner
already has one with the same date, distance and duration, so importing the same files again adds
nothing. Every row the domain refuses is reported with its sheet row number (the header is row 1)
and the domain's own reason; nothing is silently dropped. After a real import the store is read back
to check that every valid row of the CSVs is there.
"""
from __future__ import annotations

import csv
import functools
import io
import logging
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from application.migration.mapping import RUNNERS, RUNS, SheetFormatError, Tab, tab_from_values
from application.migration.values import Refused, day, duration_s, masked, number, whole, yes_no
from application.migration.values import distance_km as parse_distance
from application.migration.values import phone as parse_phone
from application.ports import Clock, RunnerRepository, RunRepository, UnitOfWork
from application.ports.after_commit import after_commit, defer_or_run
from application.training.local_time import local_today
from application.understanding.profile_answers import goal_in, level_in
from application.understanding.text import fold
from domain.errors import DomainError
from domain.run import Run
from domain.run_rules import check_new_run
from domain.runner import Runner

log = logging.getLogger(__name__)

__all__ = ["ImportSheets", "SheetFormatError", "parse_duration"]
parse_duration = duration_s      # the name the CSV import's callers know

Source = str | Path | TextIO


@attrs.frozen
class RowNote:
    row: int          # the sheet's row number: the header is row 1, the first runner row 2
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@attrs.define
class FileReport:
    file: str
    read: int = 0             # non-blank data rows
    imported: int = 0         # new runners / runs
    updated: int = 0          # runners already there whose profile changed
    duplicates: int = 0       # already in the store (or earlier in the file): nothing to do
    refused: list[RowNote] = attrs.field(factory=list)
    warnings: list[RowNote] = attrs.field(factory=list)    # imported, with a value left out
    ignored_columns: list[str] = attrs.field(factory=list)
    new_rows: list[int] = attrs.field(factory=list)        # the rows counted in ``imported``
    changed_rows: list[int] = attrs.field(factory=list)    # the rows counted in ``updated``

    @property
    def accepted(self) -> int:
        return self.imported + self.updated + self.duplicates

    def summary(self) -> str:
        lines = [f"{self.file}: {self.read} rows read, {self.imported} imported, {self.updated} updated, "
                 f"{self.duplicates} already there, {len(self.refused)} refused"]
        lines += [f"  refused {n}" for n in self.refused]
        lines += [f"  warning {n}" for n in self.warnings]
        if self.ignored_columns:
            lines.append(f"  columns ignored: {', '.join(self.ignored_columns)}")
        return "\n".join(lines)


@attrs.define
class StoreCheck:
    """The valid rows of the CSVs, looked up in the store after the import."""
    runners_expected: int
    runners_found: int
    runs_expected: int
    runs_found: int

    @property
    def ok(self) -> bool:
        return (self.runners_found, self.runs_found) == (self.runners_expected, self.runs_expected)

    def summary(self) -> str:
        mark = "OK" if self.ok else "MISMATCH"
        return (f"store check {mark}: {self.runners_found} of {self.runners_expected} runners and "
                f"{self.runs_found} of {self.runs_expected} runs of the CSVs are in the store")


@attrs.define
class ImportReport:
    users: FileReport
    runs: FileReport
    check: StoreCheck | None      # None for a dry run
    dry_run: bool = False
    # What the sheets hold, as the store should have it (the migration's validation reads them).
    runners_by_phone: dict[str, Runner] = attrs.field(factory=dict, repr=False)
    run_keys: set[tuple[str, date, float, int | None]] = attrs.field(factory=set, repr=False)

    @property
    def ok(self) -> bool:
        """Every row accepted and, after a real import, every valid row found in the store."""
        return not self.users.refused and not self.runs.refused and (self.check is None or self.check.ok)

    def summary(self) -> str:
        parts = ["DRY RUN: nothing was written"] if self.dry_run else []
        parts += [self.users.summary(), self.runs.summary()]
        if self.check is not None:
            parts.append(self.check.summary())
        return "\n".join(parts)


def _params(params: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items() if k != "run_id")


def _read_sheet(source: Source, kind: str) -> Tab:
    """A CSV export of one tab (comma, semicolon or tab separated; a BOM is fine)."""
    if isinstance(source, (str, Path)):
        name = Path(source).name
        with open(source, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    else:
        name = getattr(source, "name", "<csv>")
        text = source.read().lstrip("\ufeff")
    return tab_from_values(name, read_csv_text(text), kind)


def read_csv_text(text: str) -> list[list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


_LANGUAGES = {"es": "es", "espanol": "es", "spanish": "es", "castellano": "es",
              "en": "en", "ingles": "en", "english": "en"}


# --- the use case ----------------------------------------------------------------------------------

_RunKey = tuple[str, date, float, int | None]


def _key(run: Run) -> _RunKey:
    return (run.runner_id, run.date, round(run.distance_km, 3), run.duration_s)


ROWS_PER_UNIT = 1000
DEFAULT_COUNTRY_CODE = "593"    # Ecuador: national numbers like 099 123 4567 become +593 99 123 4567


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class ImportSheets:
    def __init__(self, runners: RunnerRepository, runs: RunRepository,
                 country_code: str | None = DEFAULT_COUNTRY_CODE, clock: Clock | None = None,
                 unit_of_work: UnitOfWork | None = None, rows_per_unit: int = ROWS_PER_UNIT):
        """``country_code`` turns national numbers (a leading 0) into international ones, as WhatsApp
        sends them; with None such rows are refused. ``clock`` says what "today" is (in each
        runner's time zone): a run dated after it is refused, like any run the coach is told of.
        ``unit_of_work``: rows are written ``rows_per_unit`` at a time in one transaction (a commit
        per row bounded the import by the database's log flushes), and ``on_new_run`` hears of a
        run once its transaction has committed."""
        self._unit_of_work = unit_of_work
        self._rows_per_unit = rows_per_unit
        self._runners = runners
        self._runs = runs
        self._country_code = country_code.lstrip("+") if country_code else None
        self._clock = clock or _SystemClock()
        self._on_new_run: Callable[[Run, Runner], None] | None = None
        self._batch: list[Run] | None = None          # runs of the open chunk, when written together

    def __call__(self, users_csv: Source, runs_csv: Source, *, dry_run: bool = False) -> ImportReport:
        """Raises SheetFormatError when a file is not a sheet of runners / runs; repository errors
        abort the import (run it again once fixed: what was imported is not imported twice)."""
        return self.import_tabs(_read_sheet(users_csv, RUNNERS), _read_sheet(runs_csv, RUNS), dry_run=dry_run)

    def import_tabs(self, users_sheet: Tab, runs_sheet: Tab, *, dry_run: bool = False,
                    on_new_run: Callable[[Run, Runner], None] | None = None) -> ImportReport:
        """The same from tabs already read (the Sheets API, application.migration.sources).
        ``on_new_run`` is told of each run stored (the migration remembers them)."""
        self._on_new_run = on_new_run
        # Runners of this import by phone: in a dry run they are not in the store.
        known: dict[str, Runner] = {}
        users = self._import_users(users_sheet, known, dry_run)
        user_phones = set(known)
        expected_keys: set[_RunKey] = set()
        runs = self._import_runs(runs_sheet, known, expected_keys, dry_run)
        check = None if dry_run else self._check(user_phones, expected_keys)
        report = ImportReport(users=users, runs=runs, check=check, dry_run=dry_run, runners_by_phone=known,
                              run_keys=expected_keys)
        log.info("sheets import%s: runners %d new, %d updated, %d refused; runs %d new, %d duplicates, %d refused",
                 " (dry run)" if dry_run else "", users.imported, users.updated, len(users.refused),
                 runs.imported, runs.duplicates, len(runs.refused))
        return report

    def _in_units(self, rows: list[tuple[int, list[str]]], dry_run: bool) -> Iterator[tuple[int, list[str]]]:
        """The rows, ``rows_per_unit`` at a time inside one unit of work; the work deferred while
        a unit was open runs once it has committed. A failure rolls back the open chunk only (what
        committed stays, and a second import skips it)."""
        if self._unit_of_work is None or dry_run:
            yield from rows
            return
        add_many = getattr(self._runs, "add_many", None)
        for start in range(0, len(rows), self._rows_per_unit):
            with after_commit() as later:
                with self._unit_of_work:
                    self._batch = [] if add_many is not None else None
                    yield from rows[start:start + self._rows_per_unit]
                    if self._batch and add_many is not None:
                        add_many(self._batch)     # in the chunk's transaction, before its commit
                    self._batch = None
                later.run()

    def _add_run(self, run: Run) -> None:
        """Stored now, or with its chunk's other runs (a repository that takes them in one go)."""
        if self._batch is not None:
            self._batch.append(run)
        else:
            self._runs.add(run)

    # runners -----------------------------------------------------------------------------------

    def _import_users(self, sheet: Tab, known: dict[str, Runner], dry_run: bool) -> FileReport:
        report = FileReport(sheet.name, ignored_columns=sheet.ignored)
        for row, cells in self._in_units(sheet.rows, dry_run):
            report.read += 1
            warnings: list[str] = []
            try:
                phone = parse_phone(sheet.cell(cells, "phone") or "", self._country_code)
                existing = known.get(phone) or self._runners.by_phone(phone)
                runner = self._runner_from_row(sheet, cells, phone, existing, warnings)
            except (DomainError, Refused) as refusal:
                report.refused.append(RowNote(row, str(refusal)))
                continue
            report.warnings += [RowNote(row, w) for w in warnings]
            if existing is None:
                report.imported += 1
                report.new_rows.append(row)
            elif runner == existing:
                report.duplicates += 1
            else:
                report.updated += 1
                report.changed_rows.append(row)
            if not dry_run and runner != existing:
                self._runners.save(runner)
            known[phone] = runner
        return report

    def _runner_from_row(self, sheet: Tab, cells: list[str], phone: str, existing: Runner | None,
                         warnings: list[str]) -> Runner:
        def cell(field: str) -> str:              # "" when empty: every use below is behind `if cell(...)`
            return sheet.cell(cells, field) or ""

        fields: dict[str, Any] = {}
        if cell("name"):
            fields["name"] = cell("name")
        if cell("age"):
            fields["age"] = whole(cell("age"), "age")
        if cell("goal_race"):
            goal = goal_in(cell("goal_race"))
            if goal is None:
                warnings.append(f"goal '{cell('goal_race')}' is not a race distance: left empty")
            else:
                fields["goal_race"] = goal
        if cell("weekly_frequency"):
            fields["weekly_frequency"] = whole(cell("weekly_frequency"), "weekly frequency")
        if cell("fitness_level"):
            level = level_in(cell("fitness_level"))
            if level is None:
                warnings.append(f"level '{cell('fitness_level')}' is not beginner, intermediate or advanced: "
                                "left empty")
            else:
                fields["fitness_level"] = level
        for text_field in ("injury_history", "motivation"):
            if cell(text_field):
                fields[text_field] = cell(text_field)
        if cell("timezone"):
            try:
                ZoneInfo(cell("timezone"))
            except (ZoneInfoNotFoundError, ValueError):
                raise Refused(f"time zone '{cell('timezone')}' is unknown (e.g. America/Guayaquil)") from None
            fields["timezone"] = cell("timezone")
        if cell("language"):
            fields["language"] = _LANGUAGES.get(fold(cell("language")), cell("language"))

        if existing is None:
            runner = Runner(phone=phone, **fields)          # the domain validates age, frequency, language
        else:
            runner = attrs.evolve(existing, **fields)
        if cell("onboarding_completed"):
            completed = yes_no(cell("onboarding_completed"), "onboarding completed")
        else:
            completed = not runner.missing_onboarding_fields()
        # An import never takes a finished onboarding back.
        runner.onboarding_completed = completed or (existing is not None and existing.onboarding_completed)
        return runner

    # runs ----------------------------------------------------------------------------------------

    def _import_runs(self, sheet: Tab, known: dict[str, Runner], expected: set[_RunKey],
                     dry_run: bool) -> FileReport:
        report = FileReport(sheet.name, ignored_columns=sheet.ignored)
        # Each runner's runs: in the store, then as this import adds them (the rules see both).
        history: dict[str, list[Run]] = {}
        now = self._clock.now()
        for row, cells in self._in_units(sheet.rows, dry_run):
            report.read += 1
            try:
                run, runner = self._run_from_row(sheet, cells, known)
            except (DomainError, Refused) as refusal:
                report.refused.append(RowNote(row, str(refusal)))
                continue
            runs = history.get(run.runner_id)
            if runs is None:
                runs = history[run.runner_id] = self._runs.for_runner(run.runner_id)
            key = _key(run)
            if key in {_key(r) for r in runs}:
                expected.add(key)
                report.duplicates += 1
                continue
            # The rules every run passes (domain.run_rules): what cannot be true is refused; what
            # would need the runner's confirmation in a chat is imported with a warning.
            try:
                concerns = check_new_run(run, runs, local_today(runner, now))
            except DomainError as refusal:
                report.refused.append(RowNote(row, str(refusal)))
                continue
            report.warnings += [RowNote(row, f"{c.code}: {_params(c.params)}") for c in concerns]
            expected.add(key)
            if not dry_run:
                self._add_run(run)
                if self._on_new_run is not None:
                    defer_or_run(functools.partial(self._on_new_run, run, runner))
            runs.append(run)
            report.imported += 1
            report.new_rows.append(row)
        return report

    def _run_from_row(self, sheet: Tab, cells: list[str], known: dict[str, Runner]) -> tuple[Run, Runner]:
        def cell(field: str) -> str | None:
            return sheet.cell(cells, field)

        def given(field: str) -> str:             # a cell already checked to be there
            return cell(field) or ""

        phone = parse_phone(cell("phone") or "", self._country_code)
        runner = known.get(phone) or self._runners.by_phone(phone)
        if runner is None:
            raise Refused(f"runner unknown: no runner has the phone ending {masked(phone)}")
        known.setdefault(phone, runner)
        if not cell("date"):
            raise Refused("the date is empty")
        if not cell("distance_km"):
            raise Refused("the distance is empty")
        effort = number(given("perceived_effort"), "RPE") if cell("perceived_effort") else None
        if effort is not None and effort != int(effort):
            raise Refused(f"RPE '{cell('perceived_effort')}' is not a whole number")
        notes, is_race = cell("notes"), bool(cell("is_race")) and yes_no(cell("is_race") or "", "race")
        if notes and (notes == "race" or notes.startswith("race:")):     # the old system's race marker
            notes, is_race = notes[5:].strip() or None, True
        run = Run(                           # the domain refuses impossible distances, durations, RPEs
            runner_id=runner.id,
            date=day(given("date")),
            distance_km=parse_distance(given("distance_km")),
            duration_s=duration_s(given("duration")) if cell("duration") else None,
            perceived_effort=int(effort) if effort is not None else None,
            mood=cell("mood"), aches=cell("aches"), notes=notes, weather=cell("weather"), is_race=is_race,
        )
        return run, runner

    # verification ----------------------------------------------------------------------------------

    def _check(self, phones: set[str], expected: set[_RunKey]) -> StoreCheck:
        runners_found = 0
        for phone in phones:
            if self._runners.by_phone(phone) is not None:
                runners_found += 1
        runs_found = 0
        by_runner: dict[str, list[_RunKey]] = {}
        for key in expected:
            by_runner.setdefault(key[0], []).append(key)
        for runner_id, keys in by_runner.items():
            in_store = {_key(r) for r in self._runs.for_runner(runner_id)}
            runs_found += sum(1 for k in keys if k in in_store)
        return StoreCheck(len(phones), runners_found, len(expected), runs_found)
