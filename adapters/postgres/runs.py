from __future__ import annotations

import logging
from datetime import date

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter
from domain.run import Run

log = logging.getLogger(__name__)

_INSERT = """
INSERT INTO runs (id, user_id, run_date, distance_km, duration_s, perceived_effort,
                  mood, aches, notes, weather, created_at)
VALUES (%(id)s, %(runner_id)s, %(date)s, %(distance_km)s, %(duration_s)s, %(perceived_effort)s,
        %(mood)s, %(aches)s, %(notes)s, %(weather)s, COALESCE(%(created_at)s::timestamptz, now()))"""

_SELECT = """
SELECT id, user_id AS runner_id, run_date AS date, distance_km, duration_s, perceived_effort,
       mood, aches, notes, weather, created_at
FROM runs WHERE user_id = %(runner_id)s"""


class PostgresRunRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def add(self, run: Run) -> None:
        with self._pool.connection() as conn:
            conn.execute(_INSERT, converter.unstructure(run))
        log.debug("added run %s for runner %s", run.id, run.runner_id)

    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        """Newest first (by run date, then by when it was logged)."""
        query = _SELECT
        if since is not None:
            query += " AND run_date >= %(since)s"
        query += " ORDER BY run_date DESC, created_at DESC, seq DESC"
        if limit:
            query += " LIMIT %(limit)s"
        with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, {"runner_id": runner_id, "since": since, "limit": limit}).fetchall()
        return [converter.structure(r, Run) for r in rows]
