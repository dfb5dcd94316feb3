from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, dumps
from adapters.postgres.unit_of_work import connection
from domain.milestones import PACE_RECORD_MIN_KM, RunRecords
from domain.run import Run

log = logging.getLogger(__name__)

_INSERT = """
INSERT INTO runs (id, user_id, run_date, distance_km, duration_s, perceived_effort,
                  mood, aches, notes, weather, is_race, source, source_ref, recording, created_at)
VALUES (%(id)s, %(runner_id)s, %(date)s, %(distance_km)s, %(duration_s)s, %(perceived_effort)s,
        %(mood)s, %(aches)s, %(notes)s, %(weather)s, %(is_race)s, %(source)s, %(source_ref)s, %(recording)s,
        COALESCE(%(created_at)s::timestamptz, now()))"""

_UPDATE = """
UPDATE runs SET run_date = %(date)s, distance_km = %(distance_km)s, duration_s = %(duration_s)s,
    perceived_effort = %(perceived_effort)s, mood = %(mood)s, aches = %(aches)s, notes = %(notes)s,
    weather = %(weather)s, is_race = %(is_race)s, source = %(source)s, source_ref = %(source_ref)s,
    recording = %(recording)s
WHERE id = %(id)s"""

_COLUMNS = """
SELECT id, user_id AS runner_id, run_date AS date, distance_km, duration_s, perceived_effort,
       mood, aches, notes, weather, is_race, created_at, source, source_ref, recording
FROM runs"""
_SELECT = _COLUMNS + " WHERE user_id = %(runner_id)s"


def _params(run: Run) -> dict[str, Any]:
    """The run as query parameters (the recording as jsonb)."""
    plain = converter.unstructure(run)
    plain["recording"] = Jsonb(plain["recording"], dumps=dumps) if run.recording is not None else None
    return plain


class PostgresRunRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def add(self, run: Run) -> None:
        with connection(self._pool, single=True, pipelined=True) as conn:
            conn.execute(_INSERT, _params(run))
        log.debug("added run %s for runner %s", run.id, run.runner_id)

    def add_many(self, runs: Sequence[Run]) -> None:
        """Many new runs in one pipelined ``executemany`` (the sheets migration: one round trip per
        run bounded it)."""
        if not runs:
            return
        with connection(self._pool, single=True) as conn, conn.cursor() as cur:
            cur.executemany(_INSERT, [converter.unstructure(run) for run in runs])

    def get(self, run_id: str) -> Run | None:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(_COLUMNS + " WHERE id = %s", [run_id]).fetchone()
        return converter.structure(row, Run) if row else None

    def update(self, run: Run) -> None:
        """Date, distance, time, effort and notes change; the runner and when it was logged stay."""
        with connection(self._pool, single=True) as conn:
            conn.execute(_UPDATE, _params(run))

    def delete(self, run_id: str) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("DELETE FROM runs WHERE id = %s", [run_id]).rowcount == 1

    def on_day(self, runner_id: str, day: date) -> list[Run]:
        """Latest logged first."""
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(_SELECT + " AND run_date = %(day)s ORDER BY created_at DESC, seq DESC",
                               {"runner_id": runner_id, "day": day}).fetchall()
        return [converter.structure(r, Run) for r in rows]

    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        """Newest first (by run date, then by when it was logged)."""
        query = _SELECT
        if since is not None:
            query += " AND run_date >= %(since)s"
        query += " ORDER BY run_date DESC, created_at DESC, seq DESC"
        if limit:
            query += " LIMIT %(limit)s"
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(query, {"runner_id": runner_id, "since": since, "limit": limit}).fetchall()
        return [converter.structure(r, Run) for r in rows]

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[Run]]:
        """Many runners' runs since ``since`` in one query (the scheduler's batches), newest first."""
        query = _COLUMNS + (" WHERE user_id = ANY(%(ids)s) AND run_date >= %(since)s"
                            " ORDER BY user_id, run_date DESC, created_at DESC, seq DESC")
        found: dict[str, list[Run]] = {runner_id: [] for runner_id in runner_ids}
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            for row in cur.execute(query, {"ids": list(runner_ids), "since": since}):
                found[row["runner_id"]].append(converter.structure(row, Run))
        return found

    def records(self, runner_id: str, since: date, exclude: Sequence[str] = ()) -> RunRecords:
        """One aggregate over the window (runs_user_date_idx), whatever the runner's history."""
        with connection(self._pool, read=True) as conn:
            row = conn.execute("""
                SELECT count(*), coalesce(max(distance_km), 0)::float8,
                       count(*) FILTER (WHERE duration_s IS NOT NULL AND distance_km >= %(min_km)s),
                       min(duration_s::float8 / distance_km::float8)
                           FILTER (WHERE duration_s IS NOT NULL AND distance_km >= %(min_km)s)
                FROM runs WHERE user_id = %(runner_id)s AND run_date >= %(since)s AND id <> ALL(%(exclude)s)""",
                {"runner_id": runner_id, "since": since, "exclude": list(exclude),
                 "min_km": PACE_RECORD_MIN_KM}).fetchone()
        assert row is not None
        return RunRecords(runs=row[0], longest_km=row[1], paced_runs=row[2], fastest_pace_s_per_km=row[3])

    def longest(self, runner_id: str, since: date, limit: int = 2) -> list[Run]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(_SELECT + " AND run_date >= %(since)s ORDER BY distance_km DESC, seq LIMIT %(limit)s",
                               {"runner_id": runner_id, "since": since, "limit": limit}).fetchall()
        return [converter.structure(r, Run) for r in rows]

    def by_source(self, runner_id: str, source: str, source_ref: str) -> Run | None:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(_SELECT + " AND source = %(source)s AND source_ref = %(ref)s",
                              {"runner_id": runner_id, "source": source, "ref": source_ref}).fetchone()
        return converter.structure(row, Run) if row else None
