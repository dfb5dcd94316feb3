from __future__ import annotations

from collections.abc import Sequence

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import connection
from domain.injury import Injury

_COLUMNS = ("id", "runner_id", "body_part", "severity", "description", "reported_on", "resolved_on",
            "side", "since", "pain", "pain_walking", "swelling", "sharp_pain")
_UPSERT = f"""
INSERT INTO injuries ({', '.join('user_id' if c == 'runner_id' else c for c in _COLUMNS)})
VALUES ({', '.join(f'%({c})s' for c in _COLUMNS)})
ON CONFLICT (id) DO UPDATE SET
    {', '.join(f'{c} = EXCLUDED.{c}' for c in _COLUMNS if c not in ('id', 'runner_id'))}"""

_SELECT = f"""
SELECT {', '.join('user_id AS runner_id' if c == 'runner_id' else c for c in _COLUMNS)}
FROM injuries"""


class PostgresInjuryRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _upsert(self, injury: Injury) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(injury).items()}
        with connection(self._pool, single=True, pipelined=True) as conn:
            conn.execute(_UPSERT, params)

    def add(self, injury: Injury) -> None:
        self._upsert(injury)

    def update(self, injury: Injury) -> None:
        self._upsert(injury)

    def for_runner(self, runner_id: str, active_only: bool = False) -> list[Injury]:
        """In the order they were reported."""
        query = _SELECT + " WHERE user_id = %s" + (" AND resolved_on IS NULL" if active_only else "") + " ORDER BY seq"
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, [runner_id]).fetchall()
        return [converter.structure(r, Injury) for r in rows]

    def active_for_runners(self, runner_ids: Sequence[str]) -> dict[str, list[Injury]]:
        """The open injuries of many runners in one query, each runner's in the order reported."""
        found: dict[str, list[Injury]] = {runner_id: [] for runner_id in runner_ids}
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            for row in cur.execute(_SELECT + " WHERE user_id = ANY(%s) AND resolved_on IS NULL ORDER BY seq",
                                   [list(runner_ids)]):
                found[row["runner_id"]].append(converter.structure(row, Injury))
        return found
