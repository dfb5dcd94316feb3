"""``application.ports.delivery.DeliveryLog`` in ``outbound_messages`` and ``unreachable_runners`` (0007)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.unit_of_work import connection, write_with_commit
from application.ports.delivery import OutboundMessage

_COLUMNS = "message_id AS id, runner_id, text, sent_at, template, held_at, reason, answers, delivered_at"


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(timezone.utc) if value is not None else None


def _message(row: dict[str, Any]) -> OutboundMessage:
    return OutboundMessage(id=row["id"], runner_id=row["runner_id"], text=row["text"],
                           sent_at=_utc(row["sent_at"]) or row["sent_at"], template=row["template"],
                           held_at=_utc(row["held_at"]), reason=row["reason"], answers=row["answers"],
                           delivered_at=_utc(row["delivered_at"]))


class PostgresDeliveryLog:
    """Joins the open unit of work, like the inbox and the outbox: releasing held texts into a reply
    that is then rolled back must not lose them."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _rows(self, query: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            return cur.execute(query, params).fetchall()

    def record(self, message: OutboundMessage) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("""
                INSERT INTO outbound_messages (message_id, runner_id, text, sent_at, template, held_at, reason,
                                               answers, delivered_at)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (message_id) DO NOTHING""",
                [message.id, message.runner_id, message.text, message.sent_at, message.template,
                 message.held_at, message.reason, message.answers, message.delivered_at])

    def get(self, message_id: str) -> OutboundMessage | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM outbound_messages WHERE message_id = %s", [message_id])
        return _message(rows[0]) if rows else None

    def hold(self, message_id: str, reason: int, at: datetime) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("""
                UPDATE outbound_messages SET held_at = %s, reason = %s
                WHERE message_id = %s AND held_at IS NULL AND delivered_at IS NULL""",
                [at, reason, message_id]).rowcount == 1

    def held(self, runner_id: str) -> list[OutboundMessage]:
        # In a message's unit, with the writes it held (one round trip); read once the pipeline synced.
        with connection(self._pool, read=True, pipelined=True) as conn:
            cur = conn.cursor(row_factory=dict_row)
            cur.execute(f"""
                SELECT {_COLUMNS} FROM outbound_messages
                WHERE runner_id = %s AND held_at IS NOT NULL AND delivered_at IS NULL
                ORDER BY sent_at, seq""", [runner_id])
        with cur:
            return [_message(r) for r in cur.fetchall()]

    def held_answer(self, inbox_message_id: str) -> OutboundMessage | None:
        rows = self._rows(f"""
            SELECT {_COLUMNS} FROM outbound_messages
            WHERE answers = %s AND held_at IS NOT NULL ORDER BY seq LIMIT 1""", [inbox_message_id])
        return _message(rows[0]) if rows else None

    def release(self, message_ids: Sequence[str], at: datetime) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("UPDATE outbound_messages SET delivered_at = %s "
                         "WHERE message_id = ANY(%s) AND delivered_at IS NULL", [at, list(message_ids)])

    def mark_unreachable(self, runner_id: str, reason: int, at: datetime) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("INSERT INTO unreachable_runners (runner_id, since, reason) VALUES (%s, %s, %s) "
                         "ON CONFLICT (runner_id) DO NOTHING", [runner_id, at, reason])

    def unreachable_since(self, runner_id: str) -> datetime | None:
        rows = self._rows("SELECT since FROM unreachable_runners WHERE runner_id = %s", [runner_id])
        return _utc(rows[0]["since"]) if rows else None

    def mark_reachable(self, runner_id: str) -> None:
        # In a message's unit it goes with the next statement that needs the connection, or the COMMIT.
        write_with_commit(self._pool, "DELETE FROM unreachable_runners WHERE runner_id = %s", [runner_id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        with connection(self._pool, single=True) as conn:
            return conn.execute("""
                DELETE FROM outbound_messages WHERE sent_at < %s
                AND (held_at IS NULL OR delivered_at IS NOT NULL)""", [now - older_than]).rowcount
