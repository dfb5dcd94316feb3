"""CrossTrainingRepository on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from adapters.serialization import converter, enum_value
from adapters.sqlite.codec import _day, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from domain.cross_training import CrossTraining

log = logging.getLogger(__name__)


class SqliteCrossTrainingRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def add(self, session: CrossTraining) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO cross_training (id, user_id, day, activity, minutes, distance_km, perceived_effort,
                                            notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [session.id, session.runner_id, _day(session.day), enum_value(session.activity), session.minutes,
                 session.distance_km, session.perceived_effort, session.notes,
                 _ts(session.created_at) or _ts(self._db.now())])

    def for_runner(self, runner_id: str, since: date | None = None) -> list[CrossTraining]:
        query = """
            SELECT id, user_id AS runner_id, day, activity, minutes, distance_km, perceived_effort, notes, created_at
            FROM cross_training WHERE user_id = ?"""
        params: list[Any] = [runner_id]
        if since is not None:
            query += " AND day >= ?"
            params.append(_day(since))
        with self._db.read() as conn:
            rows = _rows(conn, query + " ORDER BY day DESC, created_at DESC, seq DESC", params)
        return [converter.structure(r, CrossTraining) for r in rows]

    def delete(self, session_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM cross_training WHERE id = ?", [session_id]).rowcount == 1

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[CrossTraining]]:
        """Many runners' sessions since ``since`` in one query, each runner's newest first."""
        found: dict[str, list[CrossTraining]] = {runner_id: [] for runner_id in runner_ids}
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT id, user_id AS runner_id, day, activity, minutes, distance_km, perceived_effort, notes,
                       created_at
                FROM cross_training WHERE user_id IN (SELECT value FROM json_each(?)) AND day >= ?
                ORDER BY user_id, day DESC, created_at DESC, seq DESC""", [_ids(runner_ids), _day(since)])
        for row in rows:
            found[row["runner_id"]].append(converter.structure(row, CrossTraining))
        return found
