from __future__ import annotations

import logging
from collections.abc import Sequence

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, to_jsonb
from adapters.postgres.unit_of_work import connection
from domain.plan import TrainingPlan

log = logging.getLogger(__name__)

_SELECT = """
SELECT id, user_id AS runner_id, start_date AS start, sessions, vdot, vdot_source,
       adaptations, active, created_at, notes, race_date
FROM training_plans"""

_UPSERT = """
INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, vdot_source, sessions,
                            adaptations, notes, race_date, active, created_at)
VALUES (%(id)s, %(runner_id)s, %(start)s, %(end)s, %(vdot)s, %(vdot_source)s, %(sessions)s,
        %(adaptations)s, %(notes)s, %(race_date)s, true, COALESCE(%(created_at)s::timestamptz, now()))
ON CONFLICT (id) DO UPDATE SET
    start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, vdot = EXCLUDED.vdot,
    vdot_source = EXCLUDED.vdot_source, sessions = EXCLUDED.sessions,
    adaptations = EXCLUDED.adaptations, notes = EXCLUDED.notes, race_date = EXCLUDED.race_date,
    active = true"""


def _plan(row: dict) -> TrainingPlan:
    # jsonb comes back as lists and dicts; cattrs turns them into Sessions (ISO dates, pace tuples).
    return converter.structure(row, TrainingPlan)


class PostgresPlanRepository:
    """Plans in ``training_plans``; ``plans_user_active_idx`` allows one active plan per runner."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def activate(self, plan: TrainingPlan) -> None:
        """Deactivate the runner's plan and store this one as active, in one transaction.

        The runner's row is locked first, so two activations for the same runner run one
        after the other instead of one failing on the unique index.
        """
        params = {
            "id": plan.id, "runner_id": plan.runner_id, "start": plan.start, "end": plan.end,
            "vdot": plan.vdot, "vdot_source": plan.vdot_source, "sessions": to_jsonb(plan.sessions),
            "adaptations": to_jsonb(list(plan.adaptations)), "notes": to_jsonb(list(plan.notes)),
            "race_date": plan.race_date, "created_at": plan.created_at,
        }
        # connection() is atomic already: a savepoint inside a unit, else a transaction of its own.
        with connection(self._pool, pipelined=True) as conn:      # three statements, one round trip
            conn.execute("SELECT 1 FROM users WHERE id = %s FOR NO KEY UPDATE", [plan.runner_id])
            conn.execute(
                "UPDATE training_plans SET active = false WHERE user_id = %s AND active AND id <> %s",
                [plan.runner_id, plan.id])
            conn.execute(_UPSERT, params)
        log.debug("activated plan %s for runner %s", plan.id, plan.runner_id)

    def active_for(self, runner_id: str) -> TrainingPlan | None:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(f"{_SELECT} WHERE user_id = %s AND active", [runner_id]).fetchone()
        return _plan(row) if row else None

    def history(self, runner_id: str) -> list[TrainingPlan]:
        """Newest first."""
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(f"{_SELECT} WHERE user_id = %s ORDER BY seq DESC", [runner_id]).fetchall()
        return [_plan(r) for r in rows]

    def active_for_runners(self, runner_ids: Sequence[str]) -> dict[str, TrainingPlan]:
        """The active plan of each of these runners that has one, in one query."""
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(f"{_SELECT} WHERE user_id = ANY(%s) AND active", [list(runner_ids)]).fetchall()
        return {row["runner_id"]: _plan(row) for row in rows}
