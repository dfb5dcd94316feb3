from __future__ import annotations

import logging

from psycopg_pool import ConnectionPool

from adapters.postgres.chat_buffer import PostgresChatBuffer
from adapters.postgres.conversations import PostgresConversationLog
from adapters.postgres.cross_training import PostgresCrossTrainingRepository
from adapters.postgres.deliveries import PostgresDeliveryLog
from adapters.postgres.facts import PostgresFactsReader
from adapters.postgres.inbox import PostgresInbox
from adapters.postgres.injuries import PostgresInjuryRepository
from adapters.postgres.migrations import apply_migrations
from adapters.postgres.outbox import PostgresOutbox
from adapters.postgres.plans import PostgresPlanRepository
from adapters.postgres.pool import create_pool
from adapters.postgres.preferences import PostgresPreferencesRepository
from adapters.postgres.runners import PostgresRunnerRepository
from adapters.postgres.runs import PostgresRunRepository
from adapters.postgres.summaries import PostgresProgressSummaryRepository
from adapters.postgres.unit_of_work import PostgresUnitOfWork

log = logging.getLogger(__name__)


class PostgresStore:
    """Every repository on one connection pool (what bootstrap holds as the ``store``)."""

    def __init__(self, pool: ConnectionPool, *, owns_pool: bool = False):
        self.pool = pool
        self._owns_pool = owns_pool
        self.runners = PostgresRunnerRepository(pool)
        self.runs = PostgresRunRepository(pool)
        self.plans = PostgresPlanRepository(pool)
        self.injuries = PostgresInjuryRepository(pool)
        self.conversations = PostgresConversationLog(pool)
        self.summaries = PostgresProgressSummaryRepository(pool)
        self.deliveries = PostgresDeliveryLog(pool)
        self.cross_training = PostgresCrossTrainingRepository(pool)
        self.preferences = PostgresPreferencesRepository(pool)
        self.facts = PostgresFactsReader(pool)           # a message's reads in one round trip

    def unit_of_work(self, *, lazy: bool = False) -> PostgresUnitOfWork:
        """Runners, runs, plans, injuries, conversations, summaries, cross-training, the outbox and
        the inbox's done/quarantine marks join it; the chat buffer and ``inbox.put`` keep their own
        transactions (what the webhook accepted must survive)."""
        return PostgresUnitOfWork(self.pool, lazy=lazy)

    def strava(self, cipher):
        """Strava's links and events (issue 24); the tokens sealed by ``cipher`` (adapters.token_cipher)."""
        from adapters.postgres.strava import PostgresStravaRepository
        return PostgresStravaRepository(self.pool, cipher)

    @classmethod
    def connect(cls, conninfo: str, *, schema: str | None = None, migrate: bool = True,
                min_size: int = 1, max_size: int = 20, timeout: float = 10.0) -> PostgresStore:
        """Open a pool on ``conninfo`` (e.g. DATABASE_URL) and bring the schema up to date."""
        pool = create_pool(conninfo, schema=schema, min_size=min_size, max_size=max_size, timeout=timeout)
        try:
            if migrate:
                apply_migrations(pool)
        except BaseException:
            pool.close()
            raise
        return cls(pool, owns_pool=True)

    def chat_buffer(self, clock) -> PostgresChatBuffer:
        return PostgresChatBuffer(self.pool, clock)


    def inbox(self, clock=None) -> PostgresInbox:
        return PostgresInbox(self.pool, clock)

    def outbox(self, clock=None) -> PostgresOutbox:
        return PostgresOutbox(self.pool, clock)

    def ping(self) -> bool:
        try:
            with self.pool.connection(timeout=2.0) as conn:
                conn.execute("SELECT 1")
            return True
        except Exception:
            log.warning("postgres ping failed", exc_info=True)
            return False

    def close(self) -> None:
        if self._owns_pool:
            self.pool.close()
