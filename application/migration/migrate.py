"""MigrateSheets: the old bot's spreadsheet into Andes — runners, runs, conversations, memories —
and the validation that compares the two (the design's ``DataMigration``: migrateUsers,
migrateConversations, validateMigration).

``migrate()`` imports what is missing (a second run adds nothing), then validates; ``validate()``
only compares, writing nothing (the dual-write period's nightly check). Both read every tab once,
through the ``Spreadsheet`` port (the Sheets API or a folder of CSV exports).
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from application.messages import say
from application.migration.conversations import Classify, ImportConversations
from application.migration.import_sheets import DEFAULT_COUNTRY_CODE, FileReport, ImportReport, ImportSheets
from application.migration.mapping import CONVERSATIONS, RUNNERS, RUNS, SheetFormatError, Tab, find_tab, tab_from_values
from application.migration.report import MigrationReport, RowNote, RunnerComparison, TabReport, Totals
from application.migration.values import masked
from application.ports import Clock, ConversationLog, RunnerRepository, RunRepository, UnitOfWork
from application.ports.sheets import Spreadsheet
from domain.memory import MemoryDocument, MemoryKind, run_memory
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)

_INJURIES = uuid.UUID("6f3e2b1a-8c4d-4f5e-9b7a-1d2c3e4f5a6b")
StoreMemories = Callable[[Sequence[MemoryDocument]], None]


def _noon(day: date, runner: Runner) -> datetime:
    return datetime.combine(day, time(12), ZoneInfo(runner.timezone)).astimezone(timezone.utc)


class MigrateSheets:
    def __init__(self, spreadsheet: Spreadsheet, runners: RunnerRepository, runs: RunRepository,
                 conversations: ConversationLog, store_memories: StoreMemories | None = None,
                 classify: Classify | None = None, clock: Clock | None = None,
                 country_code: str | None = DEFAULT_COUNTRY_CODE, memory_batch: int = 256,
                 unit_of_work: UnitOfWork | None = None):
        """``unit_of_work``: the store's; rows are then written a thousand at a time in one
        transaction, and memories of runs only once their rows have committed."""
        self._unit_of_work = unit_of_work
        self._sheet = spreadsheet
        self._runners = runners
        self._runs = runs
        self._conversations = conversations
        self._store_memories = store_memories
        self._classify = classify
        self._clock = clock
        self._country_code = country_code
        self._memory_batch = memory_batch

    # --- the two commands ---------------------------------------------------------------------

    def migrate(self) -> MigrationReport:
        """Import what is missing, remember it, then validate. Raises SheetFormatError when a tab
        is not what it should be, SpreadsheetUnavailable when the sheet cannot be read."""
        tabs = self._read()
        report = MigrationReport(self._sheet.name)
        memories: list[MemoryDocument] = []

        def remember_run(run: Run, runner: Runner) -> None:
            # As LogRun remembers a live run (domain.memory.run_memory), dated by the run's day.
            memories.append(run_memory(run, _noon(run.date, runner), runner.language))
            if len(memories) >= self._memory_batch:
                self._flush(memories, report)

        imported = self._import_sheets().import_tabs(tabs[RUNNERS], tabs[RUNS], on_new_run=remember_run)
        for runner in imported.runners_by_phone.values():
            if runner.injury_history:
                memories.append(self._injury_history(runner))
        self._flush(memories, report)
        report.tabs += [_tab_report(imported.users), _tab_report(imported.runs)]
        if CONVERSATIONS in tabs:
            chats = self._import_conversations()
            report.tabs.append(chats(tabs[CONVERSATIONS], dict(imported.runners_by_phone)))
            report.memories += chats.remembered
        check = self._compare(tabs)
        for mine, checked in zip(report.tabs, check.tabs, strict=True):
            mine.differing = checked.differing
        report.runners = check.runners
        log.info("sheets migration: %s", report.summary())
        return report

    def validate(self) -> MigrationReport:
        """Compare the sheet with the store, writing nothing."""
        report = self._compare(self._read())
        report.validate_only = True
        log.info("sheets validation: %s", report.summary())
        return report

    # --- steps ---------------------------------------------------------------------------------

    def _read(self) -> dict[str, Tab]:
        names = self._sheet.tab_names()
        tabs: dict[str, Tab] = {}
        for kind in (RUNNERS, RUNS, CONVERSATIONS):
            name = find_tab(kind, names)
            if name is None:
                if kind == CONVERSATIONS:
                    log.warning("the spreadsheet has no conversations tab: no chat history to migrate")
                    continue
                raise SheetFormatError(f"{self._sheet.name} has no {kind} tab (tabs found: {', '.join(names)})")
            tabs[kind] = tab_from_values(name, self._sheet.read_tab(name), kind)
        return tabs

    def _import_sheets(self) -> ImportSheets:
        return ImportSheets(self._runners, self._runs, country_code=self._country_code, clock=self._clock,
                            unit_of_work=self._unit_of_work)

    def _import_conversations(self) -> ImportConversations:
        return ImportConversations(self._runners, self._conversations, self._store_memories, self._classify,
                                   self._country_code, memory_batch=self._memory_batch)

    def _compare(self, tabs: dict[str, Tab]) -> MigrationReport:
        """A dry run: what it would still import (or change) differs; per runner, the valid runs of
        the sheet against the store's."""
        dry = self._import_sheets().import_tabs(tabs[RUNNERS], tabs[RUNS], dry_run=True)
        report = MigrationReport(self._sheet.name)
        users, runs = _tab_report(dry.users), _tab_report(dry.runs)
        users.differing = ([RowNote(r, "runner not in the store") for r in dry.users.new_rows]
                           + [RowNote(r, "profile differs from the store's") for r in dry.users.changed_rows])
        runs.differing = [RowNote(r, "run not in the store") for r in dry.runs.new_rows]
        report.tabs += [users, runs]
        if CONVERSATIONS in tabs:
            chats = self._import_conversations()
            lines = chats(tabs[CONVERSATIONS], dict(dry.runners_by_phone), dry_run=True)
            lines.differing = [RowNote(r, "message not in the conversation log") for r in chats.missing_rows]
            report.tabs.append(lines)
        for tab in report.tabs:       # a comparison imports nothing: what it would import differs
            tab.imported = tab.updated = 0
        report.runners = self._totals(dry)
        return report

    def _totals(self, dry: ImportReport) -> list[RunnerComparison]:
        sheet: dict[str, list[tuple[date, float]]] = {}
        for runner_id, day, km, _ in dry.run_keys:
            sheet.setdefault(runner_id, []).append((day, km))
        comparisons = []
        for phone, runner in sorted(dry.runners_by_phone.items()):
            mine = sheet.get(runner.id, [])
            stored = self._runs.for_runner(runner.id) if self._runners.get(runner.id) is not None else []
            comparisons.append(RunnerComparison(
                runner=f"{masked(phone)} ({runner.id[:8]})",
                sheet=Totals(len(mine), sum(km for _, km in mine), max((d for d, _ in mine), default=None)),
                store=Totals(len(stored), sum(r.distance_km for r in stored), max((r.date for r in stored),
                                                                                   default=None))))
        return comparisons

    def _injury_history(self, runner: Runner) -> MemoryDocument:
        """What the runner told the old bot about past injuries, remembered like an injury they report."""
        return MemoryDocument(runner_id=runner.id, kind=MemoryKind.INJURY,
                              text=say(runner.language, "memory_injury_history", text=runner.injury_history),
                              created_at=self._clock.now() if self._clock else datetime.now(timezone.utc),
                              id=str(uuid.uuid5(_INJURIES, runner.id)), metadata={"source": "sheets"})

    def _flush(self, memories: list[MemoryDocument], report: MigrationReport) -> None:
        if memories and self._store_memories is not None:
            self._store_memories(list(memories))
            report.memories += len(memories)
        memories.clear()


def _tab_report(file: FileReport) -> TabReport:
    return TabReport(tab=file.file, read=file.read, imported=file.imported, updated=file.updated,
                     already_there=file.duplicates,
                     skipped=[RowNote(n.row, n.reason) for n in file.refused],
                     warnings=[RowNote(n.row, n.reason) for n in file.warnings],
                     ignored_columns=list(file.ignored_columns))
