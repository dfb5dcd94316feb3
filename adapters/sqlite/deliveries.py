"""The delivery log on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from adapters.sqlite.codec import _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from application.ports.delivery import OutboundMessage

log = logging.getLogger(__name__)


class SqliteDeliveryLog:
    """``application.ports.delivery.DeliveryLog`` in ``outbound_messages`` and ``unreachable_runners``."""

    _COLUMNS = "message_id AS id, runner_id, text, sent_at, template, held_at, reason, answers, delivered_at"

    def __init__(self, db: SqliteDatabase):
        self._db = db

    @staticmethod
    def _message(row: dict) -> OutboundMessage:
        def at(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None
        return OutboundMessage(id=row["id"], runner_id=row["runner_id"], text=row["text"],
                               sent_at=datetime.fromisoformat(row["sent_at"]), template=bool(row["template"]),
                               held_at=at(row["held_at"]), reason=row["reason"], answers=row["answers"],
                               delivered_at=at(row["delivered_at"]))

    def record(self, message: OutboundMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO outbound_messages (message_id, runner_id, text, sent_at, template, held_at, reason,
                                               answers, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""",
                [message.id, message.runner_id, message.text, _ts(message.sent_at), int(message.template),
                 _ts(message.held_at), message.reason, message.answers, _ts(message.delivered_at)])

    def get(self, message_id: str) -> OutboundMessage | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"SELECT {self._COLUMNS} FROM outbound_messages WHERE message_id = ?", [message_id])
        return self._message(rows[0]) if rows else None

    def hold(self, message_id: str, reason: int, at: datetime) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("""
                UPDATE outbound_messages SET held_at = ?, reason = ?
                WHERE message_id = ? AND held_at IS NULL AND delivered_at IS NULL""",
                [_ts(at), reason, message_id]).rowcount == 1

    def held(self, runner_id: str) -> list[OutboundMessage]:
        with self._db.read() as conn:
            rows = _rows(conn, f"""
                SELECT {self._COLUMNS} FROM outbound_messages
                WHERE runner_id = ? AND held_at IS NOT NULL AND delivered_at IS NULL
                ORDER BY sent_at, seq""", [runner_id])
        return [self._message(r) for r in rows]

    def held_answer(self, inbox_message_id: str) -> OutboundMessage | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"""
                SELECT {self._COLUMNS} FROM outbound_messages
                WHERE answers = ? AND held_at IS NOT NULL ORDER BY seq LIMIT 1""", [inbox_message_id])
        return self._message(rows[0]) if rows else None

    def release(self, message_ids: Sequence[str], at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.executemany("UPDATE outbound_messages SET delivered_at = ? WHERE message_id = ? "
                             "AND delivered_at IS NULL", [[_ts(at), i] for i in message_ids])

    def mark_unreachable(self, runner_id: str, reason: int, at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO unreachable_runners (runner_id, since, reason) VALUES (?, ?, ?) "
                         "ON CONFLICT (runner_id) DO NOTHING", [runner_id, _ts(at), reason])

    def unreachable_since(self, runner_id: str) -> datetime | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT since FROM unreachable_runners WHERE runner_id = ?", [runner_id]).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def mark_reachable(self, runner_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM unreachable_runners WHERE runner_id = ?", [runner_id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        with self._db.transaction() as conn:
            return conn.execute("""
                DELETE FROM outbound_messages WHERE sent_at < ?
                AND (held_at IS NULL OR delivered_at IS NOT NULL)""", [_ts(now - older_than)]).rowcount
