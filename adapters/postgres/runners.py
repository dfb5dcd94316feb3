from __future__ import annotations

import logging

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.codec import converter, enum_value
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)

_SELECT = """
SELECT id, phone, name, age, goal_race, weekly_frequency, fitness_level, injury_history,
       motivation, timezone, language, onboarding_completed, created_at, whatsapp_id
FROM users"""

_UPSERT = """
INSERT INTO users (id, phone, name, age, goal_race, weekly_frequency, fitness_level, injury_history,
                   motivation, timezone, language, onboarding_completed, created_at, whatsapp_id)
VALUES (%(id)s, %(phone)s, %(name)s, %(age)s, %(goal_race)s, %(weekly_frequency)s, %(fitness_level)s,
        %(injury_history)s, %(motivation)s, %(timezone)s, %(language)s, %(onboarding_completed)s,
        COALESCE(%(created_at)s::timestamptz, now()), %(whatsapp_id)s)
ON CONFLICT (id) DO UPDATE SET
    phone = EXCLUDED.phone, whatsapp_id = EXCLUDED.whatsapp_id, name = EXCLUDED.name, age = EXCLUDED.age, goal_race = EXCLUDED.goal_race,
    weekly_frequency = EXCLUDED.weekly_frequency, fitness_level = EXCLUDED.fitness_level,
    injury_history = EXCLUDED.injury_history, motivation = EXCLUDED.motivation,
    timezone = EXCLUDED.timezone, language = EXCLUDED.language,
    onboarding_completed = EXCLUDED.onboarding_completed, updated_at = now()"""


class PostgresRunnerRepository:
    """Runners in ``users``; the phone number is unique (``users_phone_idx``)."""

    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _one(self, where: str, value: str) -> Runner | None:
        with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(f"{_SELECT} WHERE {where} = %s", [value]).fetchone()
        return converter.structure(row, Runner) if row else None

    def get(self, runner_id: str) -> Runner | None:
        return self._one("id", runner_id)

    def by_phone(self, phone: str) -> Runner | None:
        return self._one("phone", normalize_phone(phone))

    def by_whatsapp_id(self, whatsapp_id: str) -> Runner | None:
        return self._one("whatsapp_id", whatsapp_id) if whatsapp_id else None

    def save(self, runner: Runner) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(runner).items()}
        try:
            with self._pool.connection() as conn:
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
        with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(f"{_SELECT} ORDER BY created_at, id").fetchall()
        return [converter.structure(r, Runner) for r in rows]
