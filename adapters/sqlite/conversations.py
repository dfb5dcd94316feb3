"""ConversationLog on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from adapters.serialization import converter, enum_value
from adapters.sqlite.codec import _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from domain.conversation import Intent, Message

log = logging.getLogger(__name__)


class SqliteConversationLog:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def append(self, *messages: Message) -> None:
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO conversations (id, user_id, role, message, intent, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [[m.id, m.runner_id, enum_value(m.role), m.text, enum_value(m.intent), _ts(m.at)] for m in messages])

    def set_intent(self, message_id: str, intent: Intent) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE conversations SET intent = ? WHERE id = ?", [enum_value(intent), message_id])

    def for_runner(self, runner_id: str, limit: int = 50) -> list[Message]:
        """Oldest first, the last ``limit``."""
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT * FROM (
                    SELECT id, user_id AS runner_id, role, message AS text, intent, created_at AS at, seq
                    FROM conversations WHERE user_id = ? ORDER BY created_at DESC, seq DESC LIMIT ?
                ) ORDER BY at, seq""", [runner_id, limit])
        return [converter.structure(r, Message) for r in rows]

    def last_from_runners(self, runner_ids: Sequence[str]) -> dict[str, datetime]:
        """When each of these runners last wrote (runners who never did are left out), in one query."""
        with self._db.read() as conn:
            rows = conn.execute("""
                SELECT user_id, max(created_at) FROM conversations
                WHERE user_id IN (SELECT value FROM json_each(?)) AND role = 'runner' GROUP BY user_id""",
                [_ids(runner_ids)]).fetchall()
        return {runner_id: converter.structure(at, datetime) for runner_id, at in rows}
