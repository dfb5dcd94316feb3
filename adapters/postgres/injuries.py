from __future__ import annotations

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import connection
from domain.injury import Injury

_UPSERT = """
INSERT INTO injuries (id, user_id, body_part, severity, description, reported_on, resolved_on)
VALUES (%(id)s, %(runner_id)s, %(body_part)s, %(severity)s, %(description)s, %(reported_on)s,
        %(resolved_on)s)
ON CONFLICT (id) DO UPDATE SET
    body_part = EXCLUDED.body_part, severity = EXCLUDED.severity, description = EXCLUDED.description,
    reported_on = EXCLUDED.reported_on, resolved_on = EXCLUDED.resolved_on"""

_SELECT = """
SELECT id, user_id AS runner_id, body_part, severity, description, reported_on, resolved_on
FROM injuries WHERE user_id = %s"""


class PostgresInjuryRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _upsert(self, injury: Injury) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(injury).items()}
        with connection(self._pool) as conn:
            conn.execute(_UPSERT, params)

    def add(self, injury: Injury) -> None:
        self._upsert(injury)

    def update(self, injury: Injury) -> None:
        self._upsert(injury)

    def for_runner(self, runner_id: str, active_only: bool = False) -> list[Injury]:
        """In the order they were reported."""
        query = _SELECT + (" AND resolved_on IS NULL" if active_only else "") + " ORDER BY seq"
        with connection(self._pool) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, [runner_id]).fetchall()
        return [converter.structure(r, Injury) for r in rows]
