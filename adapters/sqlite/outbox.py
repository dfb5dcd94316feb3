"""The outbox on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from adapters.message_codec import buttons_from_json, buttons_to_json, picture_from_json, picture_to_json, storable_note
from adapters.sqlite.codec import _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from application.ports.outbox import OutboxMessage

log = logging.getLogger(__name__)


class SqliteOutbox:
    """``application.ports.outbox.Outbox`` in the ``outbox`` table. Writes join the open unit of work, like
    the inbox's. ``claim`` is one conditional UPDATE in a BEGIN IMMEDIATE transaction: SQLite lets
    one writer at a time into a database file (https://www.sqlite.org/lang_transaction.html), so two
    senders, even in two processes, never both claim one message. ``clock`` is unused: every method
    that needs the time takes it."""

    _COLUMNS = ("id, runner_id, recipient, text, buttons, answers, status, attempts, created_at, next_attempt_at, "
                "wamid, error, image, picture")

    def __init__(self, db: SqliteDatabase, clock=None):
        self._db = db
        self._clock = clock

    def _select(self, query: str, params: Sequence[Any]) -> list[OutboxMessage]:
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [OutboxMessage(
            id=r["id"], runner_id=r["runner_id"], to=r["recipient"], text=r["text"],
            buttons=buttons_from_json(r["buttons"]), answers=r["answers"], status=r["status"],
            attempts=r["attempts"], created_at=datetime.fromisoformat(r["created_at"]),
            next_attempt_at=datetime.fromisoformat(r["next_attempt_at"]), wamid=r["wamid"], error=r["error"],
            image=bytes(r["image"]) if r["image"] is not None else None, picture=picture_from_json(r["picture"]))
            for r in rows]

    def add(self, message: OutboxMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO outbox (id, runner_id, recipient, text, buttons, answers, status, attempts, created_at,
                                    next_attempt_at, wamid, error, image, picture)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                [message.id, message.runner_id, message.to, message.text, buttons_to_json(message.buttons),
                 message.answers, message.status, message.attempts, _ts(message.created_at),
                 _ts(message.next_attempt_at), message.wamid, storable_note(message.error), message.image,
                 picture_to_json(message.picture)])

    def get(self, message_id: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE id = ?", [message_id])
        return found[0] if found else None

    def by_wamid(self, wamid: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE wamid = ? ORDER BY seq LIMIT 1", [wamid])
        return found[0] if found else None

    def for_answer(self, inbox_message_id: str) -> list[OutboxMessage]:
        return self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE answers = ? ORDER BY created_at, seq",
                            [inbox_message_id])

    def due(self, now: datetime, limit: int = 100, runner_id: str | None = None) -> list[OutboxMessage]:
        # The status lists are spelled as in the partial indexes' predicates, so that they apply.
        if runner_id is None:
            return self._select(f"""
                SELECT {self._COLUMNS} FROM outbox
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?
                ORDER BY created_at, seq LIMIT ?""", [_ts(now), limit])
        return self._select(f"""
            SELECT {self._COLUMNS} FROM outbox
            WHERE runner_id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?
            ORDER BY created_at, seq LIMIT ?""", [runner_id, _ts(now), limit])

    def claim(self, message_id: str, now: datetime, lease_until: datetime) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("""
                UPDATE outbox SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?""",
                [_ts(lease_until), message_id, _ts(now)]).rowcount == 1

    def claim_next(self, runner_id: str, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        with self._db.transaction() as conn:
            first = conn.execute("""
                SELECT id FROM outbox WHERE runner_id = ? AND status IN ('pending', 'sending')
                ORDER BY created_at, seq LIMIT 1""", [runner_id]).fetchone()
            if first is None:
                return None
            claimed = conn.execute("""
                UPDATE outbox SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?""",
                [_ts(lease_until), first[0], _ts(now)]).rowcount == 1
        return self.get(first[0]) if claimed else None

    def update(self, message: OutboxMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, wamid = ?, error = ?
                WHERE id = ?""",
                [message.status, message.attempts, _ts(message.next_attempt_at), message.wamid,
                 storable_note(message.error), message.id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        # Not pending or sending: FINAL plus "sent" (the CHECK allows no other status).
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM outbox WHERE status NOT IN ('pending', 'sending') AND created_at < ?",
                                [_ts(now - older_than)]).rowcount
