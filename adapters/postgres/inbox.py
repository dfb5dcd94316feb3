from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.message_codec import storable_note
from adapters.postgres.unit_of_work import autocommitted, connection, write_with_commit
from application.ports import InboxItem

_COLUMNS = "message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, progress"


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


def _item(row: dict[str, Any]) -> InboxItem:
    sent_at = row["sent_at"]
    return InboxItem(**dict(row, received_at=row["received_at"].astimezone(timezone.utc),
                            sent_at=sent_at.astimezone(timezone.utc) if sent_at is not None else None))


PUT_TIMEOUT_S = 1.0
# A sender's pending items in answer order. order_at = COALESCE(sent_at, received_at) (0009): the
# order of inbox_sender_pending_idx.
_PENDING_FOR = f"""
    SELECT {_COLUMNS} FROM inbox WHERE sender = %s AND done_at IS NULL
    ORDER BY order_at, received_at, seq LIMIT %s"""
# The sender's arrivals against the check before one of their items is marked done: an insert
# holds this advisory lock shared (inserts of one sender do not wait for each other), the check
# takes it exclusive for the rest of its unit (``first_pending_for``). Without it, a message that
# committed between the check's read and the unit's commit was answered after a later one.
_ARRIVALS = "hashtext('inbox:' || %s)"

INSERT = f"""
    WITH arriving AS (SELECT pg_advisory_xact_lock_shared({_ARRIVALS}))
    INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, sender)
    SELECT %s::text, %s::text, %s::text, %s::text, %s::text, %s::timestamptz, %s::text, %s::timestamptz, %s::text
    FROM arriving ON CONFLICT (message_id) DO NOTHING"""


def insert_params(item: InboxItem) -> list[Any]:
    sender = item.sender
    return [sender, item.message_id, item.phone, item.kind, item.type, item.text, item.received_at,
            item.whatsapp_id, item.sent_at, sender]


class PostgresInbox:
    """``Inbox`` in the ``inbox`` table: accepted messages, pending until answered.

    ``put`` is a transaction of its own, even inside a unit of work (what the webhook accepted must
    be stored before it answers, whatever happens to the unit); every other method works in the
    open unit of work (``connection(pool)``), so ``done`` commits or rolls back with the message's
    effects. ``done_at`` and the purge cut-off come from the application's clock."""

    def __init__(self, pool: ConnectionPool, clock=None):
        self._pool = pool
        self._clock = clock or _SystemClock()

    def put(self, item: InboxItem) -> bool:
        # The webhook answers Meta within a second: waiting longer for a connection (a database
        # coming back from an outage) only piles up threads that answer no one.
        with autocommitted(self._pool, timeout=PUT_TIMEOUT_S) as conn:     # never in a unit
            return conn.execute(INSERT, insert_params(item)).rowcount == 1

    def _select(self, query: str, params: list[Any]) -> list[InboxItem]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, params).fetchall()
        return [_item(r) for r in rows]

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        return self._select(f"""
            SELECT {_COLUMNS} FROM inbox WHERE done_at IS NULL ORDER BY received_at, seq LIMIT %s""", [limit])

    def pending_for(self, sender: str, limit: int = 100) -> list[InboxItem]:
        return self._select(_PENDING_FOR, [sender, limit])

    def first_pending_for(self, sender: str) -> InboxItem | None:
        # Two statements (the lock, then the read: a statement reads what had committed when it
        # began), sent together with the writes the unit held, and read once the pipeline synced at
        # its end: one round trip (a fetch inside the pipeline would sync, and its end sync again).
        with connection(self._pool, pipelined=True) as conn:
            conn.execute(f"SELECT pg_advisory_xact_lock({_ARRIVALS})", [sender])
            cur = conn.cursor(row_factory=dict_row)
            cur.execute(_PENDING_FOR, [sender, 1])
        with cur:
            row = cur.fetchone()
        return _item(row) if row else None

    def is_done(self, message_id: str) -> bool:
        with connection(self._pool, read=True) as conn:
            row = conn.execute("SELECT done_at IS NOT NULL FROM inbox WHERE message_id = %s",
                               [message_id]).fetchone()
        return bool(row and row[0])

    def done(self, message_id: str) -> None:
        # In a message's unit it goes with the COMMIT (the answer's last write).
        write_with_commit(self._pool, "UPDATE inbox SET done_at = %s WHERE message_id = %s AND done_at IS NULL",
                          [self._clock.now(), message_id])

    def save_progress(self, message_id: str, progress: str) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("UPDATE inbox SET progress = %s WHERE message_id = %s AND done_at IS NULL",
                         [progress, message_id])

    def quarantine(self, message_id: str, reason: str) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("""
                UPDATE inbox SET done_at = %s, quarantine_reason = %s
                WHERE message_id = %s AND done_at IS NULL""", [self._clock.now(), storable_note(reason), message_id])

    def quarantined(self, message_id: str) -> str | None:
        """The reason an item was quarantined (None: not quarantined, or unknown): for the operator."""
        with connection(self._pool, read=True) as conn:
            row = conn.execute("SELECT quarantine_reason FROM inbox WHERE message_id = %s",
                               [message_id]).fetchone()
        return row[0] if row else None

    def purge_done(self, older_than: timedelta) -> int:
        with connection(self._pool, single=True) as conn:
            return conn.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < %s",
                                [self._clock.now() - older_than]).rowcount
