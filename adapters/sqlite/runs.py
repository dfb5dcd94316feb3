"""RunRepository on SQLite."""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from adapters.serialization import converter, to_json
from adapters.sqlite.codec import _day, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from domain.milestones import PACE_RECORD_MIN_KM, RunRecords
from domain.run import Run

log = logging.getLogger(__name__)


_RUN_SELECT = """
SELECT id, user_id AS runner_id, run_date AS date, distance_km, duration_s, perceived_effort,
       mood, aches, notes, weather, created_at, is_race, source, source_ref, recording
FROM runs"""


def _run(row: dict[str, Any]) -> Run:
    """A row as a Run (the recording is JSON text)."""
    recorded = row.get("recording")
    return converter.structure(dict(row, recording=json.loads(recorded) if recorded else None), Run)


def _run_params(run: Run, db: SqliteDatabase) -> list[Any]:
    return [_day(run.date), run.distance_km, run.duration_s, run.perceived_effort, run.mood, run.aches,
            run.notes, run.weather, int(run.is_race), run.source, run.source_ref,
            to_json(run.recording) if run.recording is not None else None]


class SqliteRunRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def add(self, run: Run) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO runs (run_date, distance_km, duration_s, perceived_effort, mood, aches, notes,
                                  weather, is_race, source, source_ref, recording, id, user_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                _run_params(run, self._db) + [run.id, run.runner_id, _ts(run.created_at) or _ts(self._db.now())])

    def get(self, run_id: str) -> Run | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE id = ?", [run_id])
        return _run(rows[0]) if rows else None

    def update(self, run: Run) -> None:
        """Date, distance, time, effort and notes change; the runner and when it was logged stay."""
        with self._db.transaction() as conn:
            conn.execute("""
                UPDATE runs SET run_date = ?, distance_km = ?, duration_s = ?, perceived_effort = ?, mood = ?,
                                aches = ?, notes = ?, weather = ?, is_race = ?, source = ?, source_ref = ?,
                                recording = ?
                WHERE id = ?""", _run_params(run, self._db) + [run.id])

    def delete(self, run_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM runs WHERE id = ?", [run_id]).rowcount == 1

    def on_day(self, runner_id: str, day: date) -> list[Run]:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id = ? AND run_date = ? ORDER BY created_at DESC, seq DESC",
                         [runner_id, _day(day)])
        return [_run(r) for r in rows]

    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        """Newest first (by run date, then by when it was logged)."""
        query = f"{_RUN_SELECT} WHERE user_id = ?"
        params: list[Any] = [runner_id]
        if since is not None:
            query += " AND run_date >= ?"
            params.append(_day(since))
        query += " ORDER BY run_date DESC, created_at DESC, seq DESC LIMIT ?"
        params.append(limit or -1)
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [_run(r) for r in rows]

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[Run]]:
        """Many runners' runs since ``since`` in one query (the scheduler's batches), newest first."""
        found: dict[str, list[Run]] = {runner_id: [] for runner_id in runner_ids}
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id IN (SELECT value FROM json_each(?)) AND run_date >= ? "
                               "ORDER BY user_id, run_date DESC, created_at DESC, seq DESC",
                         [_ids(runner_ids), _day(since)])
        for row in rows:
            found[row["runner_id"]].append(_run(row))
        return found

    def records(self, runner_id: str, since: date, exclude: Sequence[str] = ()) -> RunRecords:
        """One aggregate over the window, whatever the runner's history."""
        paced = "duration_s IS NOT NULL AND distance_km >= ?"
        with self._db.read() as conn:
            row = conn.execute(f"""
                SELECT count(*), coalesce(max(distance_km), 0), count(CASE WHEN {paced} THEN 1 END),
                       min(CASE WHEN {paced} THEN CAST(duration_s AS REAL) / distance_km END)
                FROM runs WHERE user_id = ? AND run_date >= ? AND id NOT IN (SELECT value FROM json_each(?))""",
                [PACE_RECORD_MIN_KM, PACE_RECORD_MIN_KM, runner_id, _day(since), _ids(exclude)]).fetchone()
        return RunRecords(runs=row[0], longest_km=float(row[1]), paced_runs=row[2], fastest_pace_s_per_km=row[3])

    def longest(self, runner_id: str, since: date, limit: int = 2) -> list[Run]:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id = ? AND run_date >= ? "
                               "ORDER BY distance_km DESC, seq LIMIT ?", [runner_id, _day(since), limit])
        return [_run(r) for r in rows]

    def by_source(self, runner_id: str, source: str, source_ref: str) -> Run | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id = ? AND source = ? AND source_ref = ?",
                         [runner_id, source, source_ref])
        return _run(rows[0]) if rows else None
