from __future__ import annotations

from collections.abc import Iterable, Sequence
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
        with connection(self._pool, single=True) as conn:
            return conn.execute(_CLAIM, converter.unstructure(record)).fetchone() is not None

    def for_runner(self, runner_id: str) -> list[ProgressSummaryRecord]:
        return self._select(_SELECT, runner_id)

    def mark_sent(self, runner_id: str, kind: str, period_end: date, at: datetime) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute(_MARK_SENT, [at, runner_id, kind, period_end])

    def undelivered(self, runner_id: str) -> list[ProgressSummaryRecord]:
        return self._select(_UNDELIVERED, runner_id)

    def _select(self, query: str, runner_id: str) -> list[ProgressSummaryRecord]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, [runner_id]).fetchall()
        return [converter.structure(r, ProgressSummaryRecord) for r in rows]

    def claimed(self, kind: str, period_end: date, runner_ids: Sequence[str]) -> set[str]:
        """Which of these runners have the (kind, period_end) record already, in one query."""
        with connection(self._pool, read=True) as conn:
            rows = conn.execute("SELECT user_id FROM progress_summaries "
                                "WHERE kind = %s AND period_end = %s AND user_id = ANY(%s)",
                                [kind, period_end, list(runner_ids)]).fetchall()
        return {row[0] for row in rows}

    def claim_many(self, records: Sequence[ProgressSummaryRecord]) -> set[tuple[str, str, date]]:
        """``claim`` for many records in one statement; returns the (runner, kind, period_end) keys
        claimed now (the others were there already)."""
        if not records:
            return set()
        with connection(self._pool, single=True) as conn:
            rows = conn.execute("""
                INSERT INTO progress_summaries (user_id, kind, period_start, period_end, text, sent_at)
                SELECT * FROM unnest(%s::text[], %s::text[], %s::date[], %s::date[], %s::text[], %s::timestamptz[])
                ON CONFLICT ON CONSTRAINT progress_summaries_once DO NOTHING
                RETURNING user_id, kind, period_end""",
                [[r.runner_id for r in records], [r.kind for r in records], [r.period_start for r in records],
                 [r.period_end for r in records], [r.text for r in records],
                 [r.sent_at for r in records]]).fetchall()
        return {(runner_id, kind, period_end) for runner_id, kind, period_end in rows}

    def mark_sent_many(self, keys: Iterable[tuple[str, str, date]], at: datetime) -> None:
        """``mark_sent`` for many (runner, kind, period_end) keys in one statement."""
        keys = list(keys)
        if not keys:
            return
        with connection(self._pool, single=True) as conn:
            conn.execute("""
                UPDATE progress_summaries AS s SET sent_at = %s
                FROM unnest(%s::text[], %s::text[], %s::date[]) AS k (user_id, kind, period_end)
                WHERE s.user_id = k.user_id AND s.kind = k.kind AND s.period_end = k.period_end""",
                [at, [k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys]])
