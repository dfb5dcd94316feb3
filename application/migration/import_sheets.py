"""ImportSheets: bring the old system's Google Sheets (CSV exports) of runners and runs into the store.

Idempotent: runners are matched by phone (created or updated), and a run is skipped when the runner
already has one with the same date, distance and duration, so importing the same files again adds
nothing. Every row the domain refuses is reported with its sheet row number (the header is row 1)
and the domain's own reason; nothing is silently dropped. After a real import the store is read back
to check that every valid row of the CSVs is there.
"""
from __future__ import annotations

import csv
import io
import logging
import re
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from application.ports import Clock, RunnerRepository, RunRepository
from application.training.local_time import local_today
from application.understanding.profile_answers import goal_in, level_in
from application.understanding.text import fold
from domain.errors import DomainError
from domain.run import Run
from domain.run_rules import check_new_run
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)

Source = str | Path | TextIO


class SheetFormatError(ValueError):
    """A file is not the expected sheet (a required column is missing, it is empty...)."""


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


# --- reading the sheets ----------------------------------------------------------------------------

_USER_COLUMNS = {
    "phone": ("phone", "telefono", "tel", "celular", "movil", "whatsapp", "numero", "phone_number",
              "numero_de_telefono", "telefono_whatsapp", "mobile"),
    "name": ("name", "nombre", "nombre_completo", "full_name"),
    "age": ("age", "edad"),
    "goal_race": ("goal", "objetivo", "goal_race", "carrera", "carrera_objetivo", "meta", "race"),
    "weekly_frequency": ("frequency", "frecuencia", "weekly_frequency", "dias_por_semana", "veces_por_semana",
                         "runs_per_week", "frecuencia_semanal"),
    "fitness_level": ("level", "nivel", "fitness_level", "nivel_de_condicion", "experiencia"),
    "injury_history": ("injuries", "lesiones", "injury_history", "historial_de_lesiones", "lesiones_previas"),
    "motivation": ("motivation", "motivacion", "por_que_corres"),
    "timezone": ("timezone", "zona_horaria", "time_zone", "tz"),
    "language": ("language", "idioma", "lang"),
    "onboarding_completed": ("onboarding_completed", "onboarding", "completado", "registro_completo"),
}

_RUN_COLUMNS = {
    "phone": _USER_COLUMNS["phone"],
    "date": ("date", "fecha", "run_date", "dia"),
    "distance_km": ("distance_km", "distance", "distancia", "distancia_km", "km", "kms"),
    "duration": ("duration", "duracion", "tiempo", "time", "duration_min", "minutos"),
    "perceived_effort": ("rpe", "esfuerzo", "perceived_effort", "effort", "esfuerzo_percibido"),
    "mood": ("mood", "animo", "estado_de_animo", "sensacion"),
    "aches": ("aches", "molestias", "dolores", "dolor"),
    "notes": ("notes", "notas", "comentarios", "observaciones", "comments"),
    "weather": ("weather", "clima"),
    "is_race": ("is_race", "race", "competencia", "es_carrera", "fue_carrera"),
}


def _params(params: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items() if k != "run_id")


def _column_key(header: str) -> str:
    """'Teléfono (WhatsApp)' -> 'telefono'; 'Distancia km' -> 'distancia_km'."""
    text = re.sub(r"\(.*?\)", "", fold(header))
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


@attrs.define
class _Sheet:
    name: str
    columns: dict[str, int]        # our field -> column index
    ignored: list[str]
    rows: list[tuple[int, list[str]]]   # (sheet row number, cells)


def _read_sheet(source: Source, known: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> _Sheet:
    if isinstance(source, (str, Path)):
        name = Path(source).name
        with open(source, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    else:
        name = getattr(source, "name", "<csv>")
        text = source.read().lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not records:
        raise SheetFormatError(f"{name} is empty")
    aliases = {alias: field for field, names in known.items() for alias in names}
    columns: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(records[0]):
        field = aliases.get(_column_key(header))
        if field is None or field in columns:
            if header.strip():
                ignored.append(header.strip())
            continue
        columns[field] = index
    missing = [f for f in required if f not in columns]
    if missing:
        raise SheetFormatError(
            f"{name} has no {' / '.join(missing)} column (columns found: {', '.join(records[0]) or 'none'})")
    rows = [(number, cells) for number, cells in enumerate(records[1:], start=2) if any(c.strip() for c in cells)]
    return _Sheet(name, columns, ignored, rows)


def _cell(sheet: _Sheet, cells: list[str], field: str) -> str | None:
    index = sheet.columns.get(field)
    if index is None or index >= len(cells):
        return None
    value = cells[index].strip()
    return value or None


# --- values ----------------------------------------------------------------------------------------

class _Refused(Exception):
    pass


def _number(text: str, what: str) -> float:
    # '10,5', '10.5 km', '34 años', '7/10'
    m = re.fullmatch(r"\s*(-?\d+(?:[.,]\d+)?)\s*(?:/\s*10)?\s*[^\d]*", text)
    if not m:
        raise _Refused(f"{what} '{text}' is not a number")
    return float(m.group(1).replace(",", "."))


def _whole(text: str, what: str) -> int:
    value = _number(text, what)
    if value != int(value):
        raise _Refused(f"{what} '{text}' is not a whole number")
    return int(value)


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d")


def _date(text: str) -> date:
    day_part = re.split(r"[ T]", text.strip(), maxsplit=1)[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(day_part, fmt).date()
        except ValueError:
            continue
    raise _Refused(f"date '{text}' is not a date (use 2024-03-01 or 01/03/2024)")


def parse_duration(text: str) -> int:
    """Seconds from 'mm:ss', 'h:mm:ss' or minutes ('45', '45,5', '45 min')."""
    t = text.strip()
    m = re.fullmatch(r"(\d+):([0-5]\d)(?::([0-5]\d))?", t)
    if m:
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        return a * 3600 + b * 60 + int(c) if c is not None else a * 60 + b
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(?:min|mins|minutos|minutes|m|')?", t, re.IGNORECASE)
    if m:
        return int(round(float(m.group(1).replace(",", ".")) * 60))
    raise _Refused(f"duration '{text}' is not mm:ss, h:mm:ss or minutes")


_YES = {"si", "sí", "yes", "true", "1", "x", "completo", "completed", "done"}
_LANGUAGES = {"es": "es", "espanol": "es", "spanish": "es", "castellano": "es",
              "en": "en", "ingles": "en", "english": "en"}


def _phone(raw: str, country_code: str | None) -> str:
    """E.164 from what the sheet has: '+593 99…', '593 99…', '00593 99…' or national '099…'."""
    compact = re.sub(r"[\s\-().]", "", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("0"):
        if not country_code:
            raise _Refused(f"'{raw}' is a national number: give the country code to import it")
        compact = f"+{country_code}{compact[1:]}"
    return normalize_phone(compact)


def _masked(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return f"…{digits[-4:]}" if len(digits) > 4 else "…"


# --- the use case ----------------------------------------------------------------------------------

_RunKey = tuple[str, date, float, int | None]


def _key(run: Run) -> _RunKey:
    return (run.runner_id, run.date, round(run.distance_km, 3), run.duration_s)


DEFAULT_COUNTRY_CODE = "593"    # Ecuador: national numbers like 099 123 4567 become +593 99 123 4567


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class ImportSheets:
    def __init__(self, runners: RunnerRepository, runs: RunRepository,
                 country_code: str | None = DEFAULT_COUNTRY_CODE, clock: Clock | None = None):
        """``country_code`` turns national numbers (a leading 0) into international ones, as WhatsApp
        sends them; with None such rows are refused. ``clock`` says what "today" is (in each
        runner's time zone): a run dated after it is refused, like any run the coach is told of."""
        self._runners = runners
        self._runs = runs
        self._country_code = country_code.lstrip("+") if country_code else None
        self._clock = clock or _SystemClock()

    def __call__(self, users_csv: Source, runs_csv: Source, *, dry_run: bool = False) -> ImportReport:
        """Raises SheetFormatError when a file is not a sheet of runners / runs; repository errors
        abort the import (run it again once fixed: what was imported is not imported twice)."""
        users_sheet = _read_sheet(users_csv, _USER_COLUMNS, ("phone",))
        runs_sheet = _read_sheet(runs_csv, _RUN_COLUMNS, ("phone", "date", "distance_km"))

        # Runners of this import by phone: in a dry run they are not in the store.
        known: dict[str, Runner] = {}
        users = self._import_users(users_sheet, known, dry_run)
        user_phones = set(known)
        expected_keys: set[_RunKey] = set()
        runs = self._import_runs(runs_sheet, known, expected_keys, dry_run)
        check = None if dry_run else self._check(user_phones, expected_keys)
        report = ImportReport(users=users, runs=runs, check=check, dry_run=dry_run)
        log.info("sheets import%s: runners %d new, %d updated, %d refused; runs %d new, %d duplicates, %d refused",
                 " (dry run)" if dry_run else "", users.imported, users.updated, len(users.refused),
                 runs.imported, runs.duplicates, len(runs.refused))
        return report

    # runners -----------------------------------------------------------------------------------

    def _import_users(self, sheet: _Sheet, known: dict[str, Runner], dry_run: bool) -> FileReport:
        report = FileReport(sheet.name, ignored_columns=sheet.ignored)
        for row, cells in sheet.rows:
            report.read += 1
            warnings: list[str] = []
            try:
                phone = _phone(_cell(sheet, cells, "phone") or "", self._country_code)
                existing = known.get(phone) or self._runners.by_phone(phone)
                runner = self._runner_from_row(sheet, cells, phone, existing, warnings)
            except (DomainError, _Refused) as refusal:
                report.refused.append(RowNote(row, str(refusal)))
                continue
            report.warnings += [RowNote(row, w) for w in warnings]
            if existing is None:
                report.imported += 1
            elif runner == existing:
                report.duplicates += 1
            else:
                report.updated += 1
            if not dry_run and runner != existing:
                self._runners.save(runner)
            known[phone] = runner
        return report

    def _runner_from_row(self, sheet: _Sheet, cells: list[str], phone: str, existing: Runner | None,
                         warnings: list[str]) -> Runner:
        def cell(field: str) -> str:              # "" when empty: every use below is behind `if cell(...)`
            return _cell(sheet, cells, field) or ""

        fields: dict[str, Any] = {}
        if cell("name"):
            fields["name"] = cell("name")
        if cell("age"):
            fields["age"] = _whole(cell("age"), "age")
        if cell("goal_race"):
            goal = goal_in(cell("goal_race"))
            if goal is None:
                warnings.append(f"goal '{cell('goal_race')}' is not a race distance: left empty")
            else:
                fields["goal_race"] = goal
        if cell("weekly_frequency"):
            fields["weekly_frequency"] = _whole(cell("weekly_frequency"), "weekly frequency")
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
                raise _Refused(f"time zone '{cell('timezone')}' is unknown (e.g. America/Guayaquil)") from None
            fields["timezone"] = cell("timezone")
        if cell("language"):
            fields["language"] = _LANGUAGES.get(fold(cell("language")), cell("language"))

        if existing is None:
            runner = Runner(phone=phone, **fields)          # the domain validates age, frequency, language
        else:
            runner = attrs.evolve(existing, **fields)
        if cell("onboarding_completed"):
            completed = fold(cell("onboarding_completed")) in _YES
        else:
            completed = not runner.missing_onboarding_fields()
        # An import never takes a finished onboarding back.
        runner.onboarding_completed = completed or (existing is not None and existing.onboarding_completed)
        return runner

    # runs ----------------------------------------------------------------------------------------

    def _import_runs(self, sheet: _Sheet, known: dict[str, Runner], expected: set[_RunKey],
                     dry_run: bool) -> FileReport:
        report = FileReport(sheet.name, ignored_columns=sheet.ignored)
        # Each runner's runs: in the store, then as this import adds them (the rules see both).
        history: dict[str, list[Run]] = {}
        now = self._clock.now()
        for row, cells in sheet.rows:
            report.read += 1
            try:
                run, runner = self._run_from_row(sheet, cells, known)
            except (DomainError, _Refused) as refusal:
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
                self._runs.add(run)
            runs.append(run)
            report.imported += 1
        return report

    def _run_from_row(self, sheet: _Sheet, cells: list[str], known: dict[str, Runner]) -> tuple[Run, Runner]:
        def cell(field: str) -> str | None:
            return _cell(sheet, cells, field)

        def given(field: str) -> str:             # a cell already checked to be there
            return cell(field) or ""

        phone = _phone(cell("phone") or "", self._country_code)
        runner = known.get(phone) or self._runners.by_phone(phone)
        if runner is None:
            raise _Refused(f"runner unknown: no runner has the phone ending {_masked(phone)}")
        known.setdefault(phone, runner)
        if not cell("date"):
            raise _Refused("the date is empty")
        if not cell("distance_km"):
            raise _Refused("the distance is empty")
        effort = _number(given("perceived_effort"), "RPE") if cell("perceived_effort") else None
        if effort is not None and effort != int(effort):
            raise _Refused(f"RPE '{cell('perceived_effort')}' is not a whole number")
        notes, is_race = cell("notes"), bool(cell("is_race")) and fold(cell("is_race") or "") in _YES
        if notes and (notes == "race" or notes.startswith("race:")):     # the old system's race marker
            notes, is_race = notes[5:].strip() or None, True
        run = Run(                           # the domain refuses impossible distances, durations, RPEs
            runner_id=runner.id,
            date=_date(given("date")),
            distance_km=_number(given("distance_km"), "distance"),
            duration_s=parse_duration(given("duration")) if cell("duration") else None,
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
