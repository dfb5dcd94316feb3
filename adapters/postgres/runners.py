from __future__ import annotations

import logging

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from adapters.postgres.unit_of_work import connection
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)

_COLUMNS = ("id", "phone", "name", "age", "goal_race", "weekly_frequency", "fitness_level", "injury_history",
            "motivation", "timezone", "language", "onboarding_completed", "created_at", "has_race", "race_date",
            "race_name", "goal_time_s", "weekly_km", "longest_run_km", "run_days", "long_run_day", "units",
            "whatsapp_id")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM users"

_VALUES = {"created_at": "COALESCE(%(created_at)s::timestamptz, now())", "run_days": "%(run_days)s::smallint[]"}
_UPSERT = f"""
INSERT INTO users ({', '.join(_COLUMNS)})
VALUES ({', '.join(_VALUES.get(c, f'%({c})s') for c in _COLUMNS)})
ON CONFLICT (id) DO UPDATE SET
    {', '.join(f'{c} = EXCLUDED.{c}' for c in _COLUMNS if c not in ('id', 'created_at'))}, updated_at = now()"""


def _params(runner: Runner) -> dict:
    params = {k: enum_value(v) for k, v in converter.unstructure(runner).items()}
    params["run_days"] = list(runner.run_days) if runner.run_days is not None else None
    return params


class PostgresRunnerRepository:
    """Runners in ``users``; the phone number is unique (``users_phone_idx``)."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _one(self, where: str, value: str) -> Runner | None:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(f"{_SELECT} WHERE {where} = %s", [value]).fetchone()
        return converter.structure(row, Runner) if row else None

    def get(self, runner_id: str) -> Runner | None:
        return self._one("id", runner_id)

    def by_phone(self, phone: str) -> Runner | None:
        return self._one("phone", normalize_phone(phone))

    def by_whatsapp_id(self, whatsapp_id: str) -> Runner | None:
        return self._one("whatsapp_id", whatsapp_id) if whatsapp_id else None

    def save(self, runner: Runner) -> None:
        params = _params(runner)
        try:
            # A savepoint: a caller may catch the phone's conflict and go on with the unit.
            with connection(self._pool, single=True, savepoint=True) as conn:
                conn.execute(_UPSERT, params)
        except psycopg.errors.UniqueViolation as e:
            if e.diag.constraint_name == "users_phone_idx":
                # The message names no phone: these errors end up in logs.
                raise ValueError("phone already belongs to another runner") from None
            if e.diag.constraint_name == "users_whatsapp_id_idx":
                raise ValueError("WhatsApp user id already belongs to another runner") from None
            raise
        log.debug("saved runner %s", runner.id)

    def all(self) -> list[Runner]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(f"{_SELECT} ORDER BY created_at, id").fetchall()
        return [converter.structure(r, Runner) for r in rows]
