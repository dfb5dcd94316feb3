"""One SQLite file shared by every repository, behind a lock."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from adapters.sqlite import schema
from adapters.sqlite.codec import _SystemClock

log = logging.getLogger(__name__)


class SqliteDatabase:
    """One SQLite file (or ``":memory:"``), shared by the repositories below, safe across threads."""

    def __init__(self, path: str | Path = ":memory:", *, clock=None, timeout: float = 10.0):
        self.path = str(path)
        self.clock = clock or _SystemClock()
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; writes use explicit BEGIN IMMEDIATE.
        self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                     check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._unit_depth = 0          # > 0 while a unit of work is open (only its thread holds the lock)
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self.migrate()

    def migrate(self) -> list[int]:
        """Apply the pending schema versions; a no-op when the file is up to date."""
        applied = []
        for version, statements in enumerate(schema._MIGRATIONS, start=1):
            with self.transaction() as conn:
                # Read inside the write transaction: another process may have just migrated.
                if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                    continue
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            applied.append(version)
            log.info("sqlite store %s: schema version %d", self.path, version)
        return applied

    @property
    def schema_version(self) -> int:
        with self.read() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all or nothing, and no other thread in between.

        Inside a unit of work it is a savepoint of the unit's transaction: a failed statement
        undoes only itself, and the unit decides whether everything is committed."""
        with self._lock:
            if self._unit_depth:
                self._conn.execute("SAVEPOINT repository")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK TO repository")
                    self._conn.execute("RELEASE repository")
                    raise
                else:
                    self._conn.execute("RELEASE repository")
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def begin_unit(self) -> None:
        """Open (or, on the thread that holds it, join) the unit of work's transaction. The lock is
        held until ``end_unit``: other threads wait, as for any write."""
        self._lock.acquire()
        try:
            if self._unit_depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._unit_depth += 1
        except BaseException:
            self._lock.release()
            raise

    def end_unit(self, commit: bool) -> None:
        """Leave the unit; the outermost one commits, or rolls back when ``commit`` is False."""
        try:
            self._unit_depth -= 1
            if self._unit_depth == 0:
                self._conn.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            self._lock.release()

    def now(self) -> datetime:
        return self.clock.now()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _rows(conn: sqlite3.Connection, query: str, params: Any = ()) -> list[dict]:
    return [dict(r) for r in conn.execute(query, params).fetchall()]
