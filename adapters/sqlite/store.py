"""Every repository on one SQLite file."""
from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from adapters.sqlite.chat_buffer import SqliteChatBuffer
from adapters.sqlite.conversations import SqliteConversationLog
from adapters.sqlite.cross_training import SqliteCrossTrainingRepository
from adapters.sqlite.database import SqliteDatabase
from adapters.sqlite.deliveries import SqliteDeliveryLog
from adapters.sqlite.inbox import SqliteInbox
from adapters.sqlite.injuries import SqliteInjuryRepository
from adapters.sqlite.outbox import SqliteOutbox
from adapters.sqlite.plans import SqlitePlanRepository
from adapters.sqlite.preferences import SqlitePreferencesRepository
from adapters.sqlite.runners import SqliteRunnerRepository
from adapters.sqlite.runs import SqliteRunRepository
from adapters.sqlite.summaries import SqliteProgressSummaryRepository
from adapters.sqlite.unit_of_work import SqliteUnitOfWork

log = logging.getLogger(__name__)

MIN_FREE_BYTES = 16 * 1024 * 1024     # below this the disk counts as full: a day's replies need more


class SqliteStore:
    """Every repository on one SQLite file (what bootstrap holds as the ``store``)."""

    def __init__(self, path: str | Path = ":memory:", *, clock=None):
        self.db = SqliteDatabase(path, clock=clock)
        self.runners = SqliteRunnerRepository(self.db)
        self.runs = SqliteRunRepository(self.db)
        self.plans = SqlitePlanRepository(self.db)
        self.injuries = SqliteInjuryRepository(self.db)
        self.conversations = SqliteConversationLog(self.db)
        self.summaries = SqliteProgressSummaryRepository(self.db)
        self.deliveries = SqliteDeliveryLog(self.db)
        self.cross_training = SqliteCrossTrainingRepository(self.db)
        self.preferences = SqlitePreferencesRepository(self.db)

    def unit_of_work(self) -> SqliteUnitOfWork:
        return SqliteUnitOfWork(self.db)

    @property
    def path(self) -> str:
        return self.db.path

    def chat_buffer(self, clock) -> SqliteChatBuffer:
        return SqliteChatBuffer(self.db, clock)


    def inbox(self, clock=None) -> SqliteInbox:
        return SqliteInbox(self.db, clock)

    def outbox(self, clock=None) -> SqliteOutbox:
        return SqliteOutbox(self.db, clock)

    def strava(self, cipher):
        """Strava's links and events (issue 24); the tokens sealed by ``cipher`` (adapters.token_cipher)."""
        from adapters.sqlite.strava import SqliteStravaRepository
        return SqliteStravaRepository(self.db, cipher)

    def ping(self) -> bool:
        """A committed write (the schema version written back as it is): a read-only file or
        directory, or a full disk, fails it where a read would still answer; and ``MIN_FREE_BYTES``
        left on the file's disk, when the next write of a reply would fail."""
        try:
            if self.db.path != ":memory:":
                free = shutil.disk_usage(Path(self.db.path).expanduser().parent).free
                if free < MIN_FREE_BYTES:
                    log.error("sqlite store: %d bytes left on its disk", free)
                    return False
            with self.db.transaction() as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute(f"PRAGMA user_version = {int(version)}")
            return True
        except (sqlite3.Error, OSError):
            log.warning("sqlite store: the health write failed", exc_info=True)
            return False

    def close(self) -> None:
        self.db.close()
