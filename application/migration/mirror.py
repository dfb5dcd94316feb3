"""Dual-write: every new runner and run also goes to the old bot's spreadsheet (ANDES_SHEETS_MIRROR=on).

While both systems run (the design's phase 3), the old sheet stays complete, so that going back to
the old bot loses nothing Andes learnt. The reply never waits for Google: the repositories' writes
are wrapped (``MirroredRunners``, ``MirroredRuns``, wired in bootstrap.py) and, once the message's
unit of work has committed, put on a queue that one thread empties:

* rows are appended in batches, one ``append`` per tab per batch, in the tab's own column order
  (its header row, read once, mapped by name as the import reads it);
* writes are paced under the Sheets API's quota (60 write requests a minute per user,
  https://developers.google.com/sheets/api/limits): at most ``writes_per_minute``;
* a failed write (429, 5xx, the network) is retried with exponential backoff (1 s doubling to
  5 minutes, and the server's Retry-After when it gives one) until it succeeds, the rows kept in
  order; a refusal that retrying cannot fix (403: not shared; a missing tab) is logged as an error
  and its rows dropped — the nightly validation (``NightlyValidation``) reports them.

The queue lives in the process: rows not yet written when it is killed are not written; the
nightly validation lists them (runner and run rows missing from the sheet), for an operator to
add with ``andes migrate-sheets --validate`` in hand.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from application.migration.mapping import RUNNERS, RUNS, find_tab, row_for
from application.ports import RunnerRepository, RunRepository
from application.ports.after_commit import defer_or_run
from application.ports.sheets import Spreadsheet, SpreadsheetUnavailable
from domain.pace import format_clock
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)

_T = TypeVar("_T")

FIRST_RETRY_S = 1.0
MAX_RETRY_S = 300.0
MAX_BATCH = 200


@attrs.frozen
class _Item:
    kind: str                     # RUNNERS | RUNS
    runner: Runner | None = None
    run: Run | None = None


def runner_record(runner: Runner) -> dict[str, str]:
    """A runner as the old bot's runners tab holds it (the importer reads it back the same)."""
    def text(value: object) -> str:
        return "" if value is None else str(getattr(value, "value", value))

    return {"phone": runner.phone or runner.whatsapp_id or "", "name": text(runner.name), "age": text(runner.age),
            "goal_race": text(runner.goal_race), "weekly_frequency": text(runner.weekly_frequency),
            "fitness_level": text(runner.fitness_level), "injury_history": text(runner.injury_history),
            "motivation": text(runner.motivation), "timezone": runner.timezone, "language": runner.language,
            "onboarding_completed": "sí" if runner.onboarding_completed else "no"}


def run_record(run: Run, phone: str) -> dict[str, str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return {"phone": phone, "date": run.date.isoformat(), "distance_km": f"{run.distance_km:g}",
            "duration": format_clock(run.duration_s) if run.duration_s else "",
            "perceived_effort": text(run.perceived_effort), "mood": text(run.mood), "aches": text(run.aches),
            "notes": text(run.notes), "weather": text(run.weather), "is_race": "sí" if run.is_race else "no"}


class SheetsMirror:
    def __init__(self, spreadsheet: Spreadsheet, runners: RunnerRepository, *, writes_per_minute: int = 50,
                 max_batch: int = MAX_BATCH, sleep: Callable[[float], None] = time.sleep,
                 monotonic: Callable[[], float] = time.monotonic):
        self._sheet = spreadsheet
        self._runners = runners
        self._interval = 60.0 / writes_per_minute
        self._max_batch = max_batch
        self._sleep = sleep
        self._monotonic = monotonic
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._tabs: dict[str, tuple[str, list[str]]] = {}       # kind -> (tab, header)
        self._next_write = 0.0
        self._idle = threading.Condition()
        self._pending = 0
        self.written = 0          # rows appended (for the operator and the tests)
        self.dropped = 0          # rows given up on (a refusal retrying cannot fix)
        self._thread = threading.Thread(target=self._work, name="sheets-mirror", daemon=True)
        self._thread.start()

    # --- what the repositories tell it (after the commit) -------------------------------------------

    def runner_added(self, runner: Runner) -> None:
        defer_or_run(lambda: self._put(_Item(RUNNERS, runner=runner)))

    def run_added(self, run: Run) -> None:
        defer_or_run(lambda: self._put(_Item(RUNS, run=run)))

    def _put(self, item: _Item) -> None:
        with self._idle:
            self._pending += 1
        self._queue.put(item)

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every queued row is written (or given up); False if ``timeout`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        self.flush(timeout=10.0)
        self._queue.put(None)
        self._thread.join(timeout=5)

    # --- the thread ------------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)
                    break
                batch.append(more)
            try:
                self._write(batch)
            except Exception:      # never lose the thread: log, count, go on
                log.exception("sheets mirror: writing %d rows failed for good", len(batch))
                self.dropped += len(batch)
            finally:
                with self._idle:
                    self._pending -= len(batch)
                    self._idle.notify_all()

    def _write(self, batch: Sequence[_Item]) -> None:
        for kind in (RUNNERS, RUNS):          # a runner's row before their runs'
            items = [i for i in batch if i.kind == kind]
            if not items:
                continue
            tab, header = self._tab(kind)
            rows = [row_for(header, kind, self._record(i)) for i in items]
            self._append(tab, rows)
            self.written += len(rows)

    def _record(self, item: _Item) -> dict[str, str]:
        if item.runner is not None:
            return runner_record(item.runner)
        assert item.run is not None
        runner = self._runners.get(item.run.runner_id)
        phone = (runner.phone or runner.whatsapp_id or "") if runner is not None else ""
        return run_record(item.run, phone)

    def _tab(self, kind: str) -> tuple[str, list[str]]:
        if kind not in self._tabs:
            names: list[str] = self._retrying(self._sheet.tab_names)
            tab = find_tab(kind, names)
            if tab is None:
                raise SpreadsheetUnavailable(f"{self._sheet.name} has no {kind} tab", retryable=False)
            header: list[str] = self._retrying(lambda: self._sheet.header(tab))
            self._tabs[kind] = (tab, header)
        return self._tabs[kind]

    def _append(self, tab: str, rows: list[list[str]]) -> None:
        self._retrying(lambda: self._sheet.append_rows(tab, rows))

    def _retrying(self, call: Callable[[], _T]) -> _T:
        wait = FIRST_RETRY_S
        while True:
            # Pace every request under the quota.
            now = self._monotonic()
            if now < self._next_write:
                self._sleep(self._next_write - now)
            self._next_write = max(now, self._next_write) + self._interval
            try:
                return call()
            except SpreadsheetUnavailable as error:
                if not error.retryable:
                    raise
                delay = error.retry_after_s or wait
                log.warning("sheets mirror: %s; retrying in %.0f s", error, delay)
                self._sleep(delay)
                wait = min(wait * 2, MAX_RETRY_S)


class MirroredRunners:
    """The runner repository, telling the mirror of each runner who finishes onboarding (the old
    bot's runners tab lists runners with a profile: a half-onboarded one would be a row of blanks)."""

    def __init__(self, inner: RunnerRepository, mirror: SheetsMirror):
        self._inner = inner
        self._mirror = mirror

    def save(self, runner: Runner) -> None:
        before = self._inner.get(runner.id) if runner.onboarding_completed else None
        self._inner.save(runner)
        if runner.onboarding_completed and (before is None or not before.onboarding_completed):
            self._mirror.runner_added(runner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class MirroredRuns:
    """The run repository, telling the mirror of each new run."""

    def __init__(self, inner: RunRepository, mirror: SheetsMirror):
        self._inner = inner
        self._mirror = mirror

    def add(self, run: Run) -> None:
        self._inner.add(run)
        self._mirror.run_added(run)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)
