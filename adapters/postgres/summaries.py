from __future__ import annotations

from datetime import date, datetime

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter
from adapters.postgres.unit_of_work import connection
from application.ports import ProgressSummaryRecord

_CLAIM = """
INSERT INTO progress_summaries (user_id, kind, period_start, period_end, text, sent_at)
VALUES (%(runner_id)s, %(kind)s, %(period_start)s, %(period_end)s, %(text)s, %(sent_at)s)
ON CONFLICT ON CONSTRAINT progress_summaries_once DO NOTHING
RETURNING id"""

_SELECT = """
SELECT user_id AS runner_id, kind, period_start, period_end, text, sent_at
FROM progress_summaries WHERE user_id = %s ORDER BY id"""

_UNDELIVERED = """
SELECT user_id AS runner_id, kind, period_start, period_end, text, sent_at
FROM progress_summaries WHERE user_id = %s AND sent_at IS NULL ORDER BY id"""

_MARK_SENT = """
UPDATE progress_summaries SET sent_at = %s WHERE user_id = %s AND kind = %s AND period_end = %s"""


class PostgresProgressSummaryRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def claim(self, record: ProgressSummaryRecord) -> bool:
        """Atomic even across processes: the UNIQUE (user_id, kind, period_end) constraint decides."""
        with connection(self._pool) as conn:
            return conn.execute(_CLAIM, converter.unstructure(record)).fetchone() is not None

    def for_runner(self, runner_id: str) -> list[ProgressSummaryRecord]:
        return self._select(_SELECT, runner_id)

    def mark_sent(self, runner_id: str, kind: str, period_end: date, at: datetime) -> None:
        with connection(self._pool) as conn:
            conn.execute(_MARK_SENT, [at, runner_id, kind, period_end])

    def undelivered(self, runner_id: str) -> list[ProgressSummaryRecord]:
        return self._select(_UNDELIVERED, runner_id)

    def _select(self, query: str, runner_id: str) -> list[ProgressSummaryRecord]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, [runner_id]).fetchall()
        return [converter.structure(r, ProgressSummaryRecord) for r in rows]
