from __future__ import annotations

from datetime import datetime, timedelta, timezone

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from application.ports import InboxItem


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class PostgresInbox:
    """``Inbox`` in the ``inbox`` table: accepted messages, pending until answered.

    ``done_at`` and the purge cut-off come from the application's clock, like the chat buffer's."""

    def __init__(self, pool: ConnectionPool, clock=None):
        self._pool = pool
        self._clock = clock or _SystemClock()

    def put(self, item: InboxItem) -> bool:
        with self._pool.connection() as conn:
            return conn.execute("""
                INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id)
                VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (message_id) DO NOTHING""",
                [item.message_id, item.phone, item.kind, item.type, item.text, item.received_at,
                 item.whatsapp_id]).rowcount == 1

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute("""
                SELECT message_id, phone, kind, type, text, received_at, whatsapp_id FROM inbox
                WHERE done_at IS NULL ORDER BY received_at, seq LIMIT %s""", [limit]).fetchall()
        return [InboxItem(**dict(r, received_at=r["received_at"].astimezone(timezone.utc))) for r in rows]

    def done(self, message_id: str) -> None:
        with self._pool.connection() as conn:
            conn.execute("UPDATE inbox SET done_at = %s WHERE message_id = %s AND done_at IS NULL",
                         [self._clock.now(), message_id])

    def purge_done(self, older_than: timedelta) -> int:
        with self._pool.connection() as conn:
            return conn.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < %s",
                                [self._clock.now() - older_than]).rowcount
