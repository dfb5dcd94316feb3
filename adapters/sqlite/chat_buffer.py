"""The chat buffer on SQLite (without Redis)."""
from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta

from adapters.serialization import converter, enum_value
from adapters.sqlite.codec import CHAT_BUFFER_SIZE, CHAT_BUFFER_TTL, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from domain.conversation import Message

log = logging.getLogger(__name__)


class SqliteChatBuffer:
    """The last ``size`` messages per runner, dropped ``ttl`` after the runner's last message."""

    def __init__(self, db: SqliteDatabase, clock=None, size: int = CHAT_BUFFER_SIZE,
                 ttl: timedelta = CHAT_BUFFER_TTL):
        self._db = db
        self._clock = clock or db.clock
        self._size = size
        self._ttl = ttl

    def _expire(self, conn: sqlite3.Connection, runner_id: str) -> None:
        last = conn.execute("SELECT max(stored_at) FROM chat_buffer WHERE runner_id = ?", [runner_id]).fetchone()[0]
        if last is not None and self._clock.now() - datetime.fromisoformat(last) > self._ttl:
            conn.execute("DELETE FROM chat_buffer WHERE runner_id = ?", [runner_id])

    def append(self, *messages: Message) -> None:
        with self._db.transaction() as conn:
            for message in messages:
                self._expire(conn, message.runner_id)
                conn.execute("""
                    INSERT INTO chat_buffer (runner_id, message_id, role, text, intent, at, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    [message.runner_id, message.id, enum_value(message.role), message.text,
                     enum_value(message.intent), _ts(message.at), _ts(self._clock.now())])
                conn.execute("""
                    DELETE FROM chat_buffer WHERE runner_id = ? AND seq NOT IN (
                        SELECT seq FROM chat_buffer WHERE runner_id = ? ORDER BY seq DESC LIMIT ?)""",
                    [message.runner_id, message.runner_id, self._size])

    def recent(self, runner_id: str) -> list[Message]:
        """Oldest first."""
        with self._db.transaction() as conn:
            self._expire(conn, runner_id)
            rows = _rows(conn, """
                SELECT message_id AS id, runner_id, role, text, intent, at
                FROM chat_buffer WHERE runner_id = ? ORDER BY seq""", [runner_id])
        return [converter.structure(r, Message) for r in rows]

    def clear(self, runner_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM chat_buffer WHERE runner_id = ?", [runner_id])
