from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import connection, write_with_commit
from domain.conversation import Intent, Message

_INSERT = "INSERT INTO conversations (id, user_id, role, message, intent, created_at) VALUES "
_ROW = "(%s, %s, %s, %s, %s, %s)"

_LAST = """
SELECT * FROM (
    SELECT id, user_id AS runner_id, role, message AS text, intent, created_at AS at, seq
    FROM conversations WHERE user_id = %s
    ORDER BY created_at DESC, seq DESC LIMIT %s
) AS last ORDER BY at, seq"""


class PostgresConversationLog:
    """Every message, in ``conversations``."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def append(self, *messages: Message) -> None:
        if not messages:
            return
        params = [value for m in messages
                  for value in (m.id, m.runner_id, enum_value(m.role), m.text, enum_value(m.intent), m.at)]
        # One statement, whatever the count; in a message's unit it goes with the COMMIT.
        write_with_commit(self._pool, _INSERT + ", ".join([_ROW] * len(messages)), params)

    def set_intent(self, message_id: str, intent: Intent) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("UPDATE conversations SET intent = %s WHERE id = %s",
                         [enum_value(intent), message_id])

    def for_runner(self, runner_id: str, limit: int = 50) -> list[Message]:
        """Oldest first, the last ``limit``."""
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(_LAST, [runner_id, limit]).fetchall()
        return [converter.structure(r, Message) for r in rows]

    def last_from_runners(self, runner_ids: Sequence[str]) -> dict[str, datetime]:
        """When each of these runners last wrote (runners who never did are left out), in one query."""
        with connection(self._pool, read=True) as conn:
            # One probe of conversations_runner_last_idx per runner (0010), however long the chat.
            rows = conn.execute("""
                SELECT ids.id, (SELECT created_at FROM conversations
                                WHERE user_id = ids.id AND role = 'runner' ORDER BY created_at DESC LIMIT 1)
                FROM unnest(%s::text[]) AS ids (id)""", [list(runner_ids)]).fetchall()
        return {runner_id: at for runner_id, at in rows if at is not None}
