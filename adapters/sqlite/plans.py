"""PlanRepository on SQLite."""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from adapters.serialization import converter, to_json
from adapters.sqlite.codec import _day, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from domain.plan import TrainingPlan

log = logging.getLogger(__name__)


_PLAN_SELECT = """
SELECT id, user_id AS runner_id, start_date AS start, sessions, vdot, vdot_source, adaptations,
       active, created_at, notes, race_date
FROM training_plans"""


def _plan(row: dict) -> TrainingPlan:
    row = dict(row, sessions=json.loads(row["sessions"]), adaptations=json.loads(row["adaptations"]),
               notes=json.loads(row["notes"]))
    return converter.structure(row, TrainingPlan)


class SqlitePlanRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def activate(self, plan: TrainingPlan) -> None:
        """Deactivate the runner's plan and store this one as active, in one transaction."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE training_plans SET active = 0 WHERE user_id = ? AND active = 1 AND id <> ?",
                         [plan.runner_id, plan.id])
            conn.execute("""
                INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, vdot_source, sessions,
                                            adaptations, notes, race_date, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                ON CONFLICT (id) DO UPDATE SET
                    start_date = excluded.start_date, end_date = excluded.end_date, vdot = excluded.vdot,
                    vdot_source = excluded.vdot_source, sessions = excluded.sessions,
                    adaptations = excluded.adaptations, notes = excluded.notes,
                    race_date = excluded.race_date, active = 1""",
                [plan.id, plan.runner_id, _day(plan.start), _day(plan.end), plan.vdot, plan.vdot_source,
                 to_json(plan.sessions), to_json(list(plan.adaptations)), to_json(list(plan.notes)),
                 _day(plan.race_date), _ts(plan.created_at) or _ts(self._db.now())])

    def active_for(self, runner_id: str) -> TrainingPlan | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id = ? AND active = 1", [runner_id])
        return _plan(rows[0]) if rows else None

    def history(self, runner_id: str) -> list[TrainingPlan]:
        """Newest first."""
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id = ? ORDER BY seq DESC", [runner_id])
        return [_plan(r) for r in rows]

    def active_for_runners(self, runner_ids: Sequence[str]) -> dict[str, TrainingPlan]:
        """The active plan of each of these runners that has one, in one query."""
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id IN (SELECT value FROM json_each(?)) AND active = 1",
                         [_ids(runner_ids)])
        return {row["runner_id"]: _plan(row) for row in rows}
