"""PreferencesRepository on PostgreSQL (the ``coach_preferences`` table, migration 0012)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres.unit_of_work import connection
from application.ports.preferences import CoachPreferences

_SELECT = "SELECT runner_id, reminder_hour, reminder_minute, reminders_on, calendar_key FROM coach_preferences"


def _preferences(row: dict[str, Any]) -> CoachPreferences:
    return CoachPreferences(row["runner_id"], row["reminder_hour"], row["reminder_minute"],
                            row["reminders_on"], row["calendar_key"])


class PostgresPreferencesRepository:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def _select(self, where: str, params: list[Any]) -> list[CoachPreferences]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            return [_preferences(r) for r in cur.execute(f"{_SELECT} WHERE {where}", params).fetchall()]

    def get(self, runner_id: str) -> CoachPreferences:
        found = self._select("runner_id = %s", [runner_id])
        return found[0] if found else CoachPreferences(runner_id)

    def save(self, preferences: CoachPreferences) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("""
                INSERT INTO coach_preferences (runner_id, reminder_hour, reminder_minute, reminders_on, calendar_key)
                VALUES (%s, %s, %s, %s, %s)
                ON CONFLICT (runner_id) DO UPDATE SET reminder_hour = excluded.reminder_hour,
                    reminder_minute = excluded.reminder_minute, reminders_on = excluded.reminders_on,
                    calendar_key = excluded.calendar_key""",
                [preferences.runner_id, preferences.reminder_hour, preferences.reminder_minute,
                 preferences.reminders_on, preferences.calendar_key])

    def for_runners(self, runner_ids: Sequence[str]) -> dict[str, CoachPreferences]:
        found = {runner_id: CoachPreferences(runner_id) for runner_id in runner_ids}
        if runner_ids:
            found.update({p.runner_id: p for p in self._select("runner_id = ANY(%s)", [list(runner_ids)])})
        return found

    def by_calendar_key(self, key: str) -> CoachPreferences | None:
        found = self._select("calendar_key = %s", [key]) if key else []
        return found[0] if found else None
