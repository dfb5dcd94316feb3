"""The inbox on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from adapters.message_codec import storable_note
from adapters.sqlite.codec import _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from application.ports import InboxItem

log = logging.getLogger(__name__)


class SqliteInbox:
    """``Inbox`` in the ``inbox`` table: accepted messages, pending until answered.

    Its writes are ``SqliteDatabase.transaction``s: inside a unit of work (on the thread that holds
    it) they are savepoints of the unit, so ``done``/``quarantine`` commit or roll back with the
    message's effects. ``put`` too, when called inside a unit: one connection has one transaction
    (the webhook calls it outside any unit, and it commits at once)."""

    _COLUMNS = "message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, progress"

    def __init__(self, db: SqliteDatabase, clock=None):
        self._db = db
        self._clock = clock or db.clock

    def put(self, item: InboxItem) -> bool:
        with self._db.transaction() as conn:
            cur = conn.execute("""
                INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, sender)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""",
                [item.message_id, item.phone or "", item.kind, item.type, item.text, _ts(item.received_at),
                 item.whatsapp_id, _ts(item.sent_at), item.sender])
            return cur.rowcount == 1

    def _select(self, query: str, params: Sequence[Any]) -> list[InboxItem]:
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [InboxItem(message_id=r["message_id"], phone=r["phone"] or None, kind=r["kind"], type=r["type"],
                          text=r["text"], received_at=datetime.fromisoformat(r["received_at"]),
                          whatsapp_id=r["whatsapp_id"],
                          sent_at=datetime.fromisoformat(r["sent_at"]) if r["sent_at"] else None,
                          progress=r["progress"])
                for r in rows]

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        return self._select(f"""
            SELECT {self._COLUMNS} FROM inbox WHERE done_at IS NULL ORDER BY received_at, seq LIMIT ?""", [limit])

    def pending_for(self, sender: str, limit: int = 100) -> list[InboxItem]:
        return self._select(f"""
            SELECT {self._COLUMNS} FROM inbox WHERE sender = ? AND done_at IS NULL
            ORDER BY coalesce(sent_at, received_at), received_at, seq LIMIT ?""", [sender, limit])

    def first_pending_for(self, sender: str) -> InboxItem | None:
        # SQLite has one writer: a unit that has written holds the database's write lock, so no put
        # commits between this read and the unit's end, and one that committed before is seen.
        first = self.pending_for(sender, 1)
        return first[0] if first else None

    def is_done(self, message_id: str) -> bool:
        with self._db.read() as conn:
            row = conn.execute("SELECT done_at IS NOT NULL FROM inbox WHERE message_id = ?", [message_id]).fetchone()
        return bool(row and row[0])

    def done(self, message_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET done_at = ? WHERE message_id = ? AND done_at IS NULL",
                         [_ts(self._clock.now()), message_id])

    def save_progress(self, message_id: str, progress: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET progress = ? WHERE message_id = ? AND done_at IS NULL",
                         [progress, message_id])

    def quarantine(self, message_id: str, reason: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET done_at = ?, quarantine_reason = ? WHERE message_id = ? AND done_at IS NULL",
                         [_ts(self._clock.now()), storable_note(reason), message_id])

    def quarantined(self, message_id: str) -> str | None:
        """The reason an item was quarantined (None: not quarantined, or unknown): for the operator."""
        with self._db.read() as conn:
            row = conn.execute("SELECT quarantine_reason FROM inbox WHERE message_id = ?", [message_id]).fetchone()
        return row[0] if row else None

    def purge_done(self, older_than: timedelta) -> int:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?",
                                [_ts(self._clock.now() - older_than)]).rowcount
