from __future__ import annotations

from datetime import timedelta

from psycopg_pool import ConnectionPool

DEFAULT_TTL = timedelta(days=7)

# A new id is inserted; a known one only counts again once its mark has expired.
_FIRST_TIME = """
INSERT INTO processed_messages (message_id) VALUES (%(id)s)
ON CONFLICT (message_id) DO UPDATE SET seen_at = now()
    WHERE processed_messages.seen_at < now() - %(ttl)s::interval
RETURNING message_id"""


class PostgresMessageDeduplicator:
    """Incoming message ids in ``processed_messages`` (for deployments without Redis)."""

    def __init__(self, pool: ConnectionPool, ttl: timedelta = DEFAULT_TTL):
        self._pool = pool
        self._ttl = ttl

    def first_time(self, message_id: str) -> bool:
        with self._pool.connection() as conn:
            return conn.execute(_FIRST_TIME, {"id": message_id, "ttl": self._ttl}).fetchone() is not None

    def purge_expired(self) -> int:
        """Forget ids older than the expiry; returns how many."""
        with self._pool.connection() as conn:
            return conn.execute("DELETE FROM processed_messages WHERE seen_at < now() - %s::interval",
                                [self._ttl]).rowcount
