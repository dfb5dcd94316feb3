"""The unit of work on SQLite."""
from __future__ import annotations

import logging

from adapters.sqlite.database import SqliteDatabase

log = logging.getLogger(__name__)


class SqliteUnitOfWork:
    """``UnitOfWork`` on a SqliteDatabase: BEGIN IMMEDIATE … COMMIT around the block, ROLLBACK when
    it raises; every repository on the database writes into it (their own transactions become
    savepoints) and reads what it wrote. Nested blocks on the same thread join the outer one."""

    def __init__(self, db: SqliteDatabase):
        self._db = db

    def __enter__(self) -> SqliteUnitOfWork:
        self._db.begin_unit()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._db.end_unit(commit=exc_type is None)
        return None
