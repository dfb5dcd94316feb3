"""PreferencesRepository on SQLite (the ``coach_preferences`` table, issue 25)."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from application.ports.preferences import CoachPreferences

_SELECT = "SELECT runner_id, reminder_hour, reminder_minute, reminders_on, calendar_key FROM coach_preferences"


def _preferences(row: dict) -> CoachPreferences:
    return CoachPreferences(row["runner_id"], row["reminder_hour"], row["reminder_minute"],
                            bool(row["reminders_on"]), row["calendar_key"])


class SqlitePreferencesRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def get(self, runner_id: str) -> CoachPreferences:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_SELECT} WHERE runner_id = ?", [runner_id])
        return _preferences(rows[0]) if rows else CoachPreferences(runner_id)

    def save(self, preferences: CoachPreferences) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO coach_preferences (runner_id, reminder_hour, reminder_minute, reminders_on, calendar_key)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (runner_id) DO UPDATE SET reminder_hour = excluded.reminder_hour,
                    reminder_minute = excluded.reminder_minute, reminders_on = excluded.reminders_on,
                    calendar_key = excluded.calendar_key""",
                [preferences.runner_id, preferences.reminder_hour, preferences.reminder_minute,
                 int(preferences.reminders_on), preferences.calendar_key])

    def for_runners(self, runner_ids: Sequence[str]) -> dict[str, CoachPreferences]:
        found = {runner_id: CoachPreferences(runner_id) for runner_id in runner_ids}
        if not runner_ids:
            return found
        with self._db.read() as conn:
            rows = _rows(conn, f"{_SELECT} WHERE runner_id IN (SELECT value FROM json_each(?))", [_ids(runner_ids)])
        found.update({r["runner_id"]: _preferences(r) for r in rows})
        return found

    def by_calendar_key(self, key: str) -> CoachPreferences | None:
        if not key:
            return None
        with self._db.read() as conn:
            rows = _rows(conn, f"{_SELECT} WHERE calendar_key = ?", [key])
        return _preferences(rows[0]) if rows else None
