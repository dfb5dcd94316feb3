from __future__ import annotations

from datetime import timedelta

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import own_transaction
from domain.conversation import Message

CHAT_BUFFER_SIZE = 20
CHAT_BUFFER_TTL = timedelta(hours=24)


class PostgresChatBuffer:
    """The last ``size`` messages per runner, dropped ``ttl`` after the runner's last message.

    For deployments with PostgreSQL but without Redis. Appends for one runner are serialised
    with a transaction-level advisory lock, so the buffer never keeps more than ``size``.
    """

    def __init__(self, pool: ConnectionPool, clock, size: int = CHAT_BUFFER_SIZE, ttl: timedelta = CHAT_BUFFER_TTL):
        self._pool = pool
        self._clock = clock
        self._size = size
        self._ttl = ttl

    def _lock_and_expire(self, conn: psycopg.Connection, runner_id: str) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('andes.chat_buffer'), hashtext(%s))", [runner_id])
        conn.execute("""
            DELETE FROM chat_buffer WHERE runner_id = %(r)s
            AND (SELECT max(stored_at) FROM chat_buffer WHERE runner_id = %(r)s) < %(cutoff)s""",
            {"r": runner_id, "cutoff": self._clock.now() - self._ttl})

    def append(self, *messages: Message) -> None:
        with own_transaction(self._pool) as conn:
            for message in messages:
                params = {k: enum_value(v) for k, v in converter.unstructure(message).items()}
                params.update(stored_at=self._clock.now(), size=self._size)
                self._lock_and_expire(conn, message.runner_id)
                conn.execute("""
                    INSERT INTO chat_buffer (runner_id, message_id, role, text, intent, at, stored_at)
                    VALUES (%(runner_id)s, %(id)s, %(role)s, %(text)s, %(intent)s, %(at)s, %(stored_at)s)""",
                    params)
                conn.execute("""
                    DELETE FROM chat_buffer WHERE runner_id = %(runner_id)s AND seq NOT IN (
                        SELECT seq FROM chat_buffer WHERE runner_id = %(runner_id)s
                        ORDER BY seq DESC LIMIT %(size)s)""", params)

    def recent(self, runner_id: str) -> list[Message]:
        """Oldest first."""
        with own_transaction(self._pool) as conn:
            self._lock_and_expire(conn, runner_id)
            with conn.cursor(row_factory=dict_row) as cur:
                rows = cur.execute("""
                    SELECT message_id AS id, runner_id, role, text, intent, at
                    FROM chat_buffer WHERE runner_id = %s ORDER BY seq""", [runner_id]).fetchall()
        return [converter.structure(r, Message) for r in rows]

    def clear(self, runner_id: str) -> None:
        with own_transaction(self._pool) as conn:
            conn.execute("DELETE FROM chat_buffer WHERE runner_id = %s", [runner_id])

    def purge_expired(self) -> int:
        """Drop the buffers of runners silent for longer than the expiry; returns how many messages."""
        with own_transaction(self._pool) as conn:
            return conn.execute("""
                DELETE FROM chat_buffer WHERE runner_id IN (
                    SELECT runner_id FROM chat_buffer GROUP BY runner_id HAVING max(stored_at) < %s)""",
                [self._clock.now() - self._ttl]).rowcount
