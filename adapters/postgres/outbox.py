"""``application.ports.outbox.Outbox`` in the ``outbox`` table (0009)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from adapters.message_codec import buttons_from_json, buttons_to_list, picture_from_json, picture_to_dict, storable_note
from adapters.postgres.unit_of_work import connection, write_with_commit
from application.ports.outbox import OutboxMessage

_COLUMNS = ("id, runner_id, recipient, text, buttons, answers, status, attempts, created_at, next_attempt_at, "
            "wamid, error, image, picture")
# Literal status lists, spelled as in the partial indexes' predicates so that the planner uses them.
# "Not pending or sending" is FINAL plus "sent": the table's CHECK allows no other status.


def _jsonb(value: dict[str, Any] | None) -> Jsonb | None:
    return Jsonb(value) if value is not None else None


def _message(row: dict[str, Any]) -> OutboxMessage:
    return OutboxMessage(
        id=row["id"], runner_id=row["runner_id"], to=row["recipient"], text=row["text"],
        buttons=buttons_from_json(row["buttons"]), answers=row["answers"], status=row["status"],
        attempts=row["attempts"], created_at=row["created_at"].astimezone(timezone.utc),
        next_attempt_at=row["next_attempt_at"].astimezone(timezone.utc), wamid=row["wamid"], error=row["error"],
        image=bytes(row["image"]) if row["image"] is not None else None, picture=picture_from_json(row["picture"]))


class PostgresOutbox:
    """Every method works in the open unit of work (``connection(pool)``), else in a transaction of
    its own. ``claim`` is one conditional UPDATE: under READ COMMITTED a second sender updating the
    same row waits for the first to commit, then re-checks the WHERE on the new row version and finds
    it leased (https://www.postgresql.org/docs/15/transaction-iso.html#XACT-READ-COMMITTED), so two
    senders, in any processes, never both claim one message. ``clock`` is unused: every method that
    needs the time takes it."""

    def __init__(self, pool: ConnectionPool, clock=None):
        self._pool = pool
        self._clock = clock

    def _select(self, query: str, params: list[Any]) -> list[OutboxMessage]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            return [_message(r) for r in cur.execute(query, params).fetchall()]

    def add(self, message: OutboxMessage) -> None:
        # In a message's unit it goes with the COMMIT (the sender sends what committed; a read of the
        # outbox in the unit sends it first).
        write_with_commit(self._pool, """
            INSERT INTO outbox (id, runner_id, recipient, text, buttons, answers, status, attempts, created_at,
                                next_attempt_at, wamid, error, image, picture)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING""",
            [message.id, message.runner_id, message.to, message.text,
             Jsonb(buttons_to_list(message.buttons)), message.answers, message.status,
             message.attempts, message.created_at, message.next_attempt_at, message.wamid,
             storable_note(message.error), message.image, _jsonb(picture_to_dict(message.picture))])

    def get(self, message_id: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {_COLUMNS} FROM outbox WHERE id = %s", [message_id])
        return found[0] if found else None

    def by_wamid(self, wamid: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {_COLUMNS} FROM outbox WHERE wamid = %s ORDER BY seq LIMIT 1", [wamid])
        return found[0] if found else None

    def for_answer(self, inbox_message_id: str) -> list[OutboxMessage]:
        return self._select(f"SELECT {_COLUMNS} FROM outbox WHERE answers = %s ORDER BY created_at, seq",
                            [inbox_message_id])

    def due(self, now: datetime, limit: int = 100, runner_id: str | None = None) -> list[OutboxMessage]:
        if runner_id is None:
            return self._select(f"""
                SELECT {_COLUMNS} FROM outbox
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= %s
                ORDER BY created_at, seq LIMIT %s""", [now, limit])
        return self._select(f"""
            SELECT {_COLUMNS} FROM outbox
            WHERE runner_id = %s AND status IN ('pending', 'sending') AND next_attempt_at <= %s
            ORDER BY created_at, seq LIMIT %s""", [runner_id, now, limit])

    def claim(self, message_id: str, now: datetime, lease_until: datetime) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("""
                UPDATE outbox SET status = 'sending', next_attempt_at = %s, attempts = attempts + 1
                WHERE id = %s AND status IN ('pending', 'sending') AND next_attempt_at <= %s
                RETURNING id""", [lease_until, message_id, now]).fetchone() is not None

    def claim_next(self, runner_id: str, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        # The runner's oldest open message (outbox_runner_due_idx), taken only if it is due: one
        # statement, so order and lease are decided together (a concurrent claim re-checks the WHERE).
        with connection(self._pool, single=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(f"""
                UPDATE outbox SET status = 'sending', next_attempt_at = %(lease)s, attempts = attempts + 1
                WHERE id = (SELECT id FROM outbox WHERE runner_id = %(runner)s AND status IN ('pending', 'sending')
                            ORDER BY created_at, seq LIMIT 1)
                  AND status IN ('pending', 'sending') AND next_attempt_at <= %(now)s
                RETURNING {_COLUMNS}""", {"lease": lease_until, "runner": runner_id, "now": now}).fetchone()
        return _message(row) if row else None

    def update(self, message: OutboxMessage) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("""
                UPDATE outbox SET status = %s, attempts = %s, next_attempt_at = %s, wamid = %s, error = %s
                WHERE id = %s""",
                [message.status, message.attempts, message.next_attempt_at, message.wamid,
                 storable_note(message.error), message.id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        with connection(self._pool, single=True) as conn:
            return conn.execute("""
                DELETE FROM outbox WHERE status NOT IN ('pending', 'sending') AND created_at < %s""",
                [now - older_than]).rowcount
