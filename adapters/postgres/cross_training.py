from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import connection
from domain.cross_training import CrossTraining

_INSERT = """
INSERT INTO cross_training (id, user_id, day, activity, minutes, distance_km, perceived_effort, notes, created_at)
VALUES (%(id)s, %(runner_id)s, %(day)s, %(activity)s, %(minutes)s, %(distance_km)s, %(perceived_effort)s,
        %(notes)s, COALESCE(%(created_at)s::timestamptz, now()))"""

_SELECT = """
SELECT id, user_id AS runner_id, day, activity, minutes, distance_km, perceived_effort, notes, created_at
FROM cross_training"""


class PostgresCrossTrainingRepository:
    """Bike, swim, strength… in ``cross_training``, apart from ``runs``."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def add(self, session: CrossTraining) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(session).items()}
        with connection(self._pool, single=True) as conn:
            conn.execute(_INSERT, params)

    def for_runner(self, runner_id: str, since: date | None = None) -> list[CrossTraining]:
        """Newest first (by day, then by when it was logged)."""
        query = _SELECT + " WHERE user_id = %(runner_id)s" + (" AND day >= %(since)s" if since is not None else "")
        query += " ORDER BY day DESC, created_at DESC, seq DESC"
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, {"runner_id": runner_id, "since": since}).fetchall()
        return [converter.structure(r, CrossTraining) for r in rows]

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[CrossTraining]]:
        """Many runners' sessions since ``since`` in one query, each runner's newest first."""
        found: dict[str, list[CrossTraining]] = {runner_id: [] for runner_id in runner_ids}
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            for row in cur.execute(_SELECT + " WHERE user_id = ANY(%(ids)s) AND day >= %(since)s"
                                   " ORDER BY user_id, day DESC, created_at DESC, seq DESC",
                                   {"ids": list(runner_ids), "since": since}):
                found[row["runner_id"]].append(converter.structure(row, CrossTraining))
        return found

    def delete(self, session_id: str) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("DELETE FROM cross_training WHERE id = %s", [session_id]).rowcount == 1
