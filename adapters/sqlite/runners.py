"""RunnerRepository on SQLite."""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence

from adapters.serialization import converter, enum_value
from adapters.sqlite.codec import _day, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)


def _ids(runner_ids: Sequence[str]) -> str:
    """Many ids as one parameter: ``user_id IN (SELECT value FROM json_each(?))``."""
    return json.dumps(list(runner_ids))


_RUNNER_COLUMNS = ("id", "phone", "name", "age", "goal_race", "weekly_frequency", "fitness_level", "injury_history",
                   "motivation", "timezone", "language", "onboarding_completed", "created_at", "has_race",
                   "race_date", "race_name", "goal_time_s", "weekly_km", "longest_run_km", "run_days",
                   "long_run_day", "units", "whatsapp_id")
# A runner known only by WhatsApp user id has phone '' in SQLite (see the issue-11 schema entry).
_RUNNER_SELECT = "SELECT " + ", ".join("NULLIF(phone, '') AS phone" if c == "phone" else c
                                       for c in _RUNNER_COLUMNS) + " FROM users"


def _runner(row: dict) -> Runner:
    if row.get("run_days") is not None:
        row = dict(row, run_days=tuple(json.loads(row["run_days"])))
    return converter.structure(row, Runner)


class SqliteRunnerRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def _one(self, where: str, value: str) -> Runner | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUNNER_SELECT} WHERE {where} = ?", [value])
        return _runner(rows[0]) if rows else None

    def get(self, runner_id: str) -> Runner | None:
        return self._one("id", runner_id)

    def by_phone(self, phone: str) -> Runner | None:
        return self._one("phone", normalize_phone(phone))

    def by_whatsapp_id(self, whatsapp_id: str) -> Runner | None:
        return self._one("whatsapp_id", whatsapp_id) if whatsapp_id else None

    def save(self, runner: Runner) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(runner).items()}
        now = _ts(self._db.now())
        params.update(created_at=_ts(runner.created_at) or now, updated_at=now,
                      onboarding_completed=int(runner.onboarding_completed), phone=runner.phone or "",
                      has_race=None if runner.has_race is None else int(runner.has_race),
                      race_date=_day(runner.race_date),
                      run_days=None if runner.run_days is None else json.dumps(list(runner.run_days)))
        columns = [c for c in _RUNNER_COLUMNS] + ["updated_at"]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "created_at"))
        try:
            with self._db.transaction() as conn:
                conn.execute(f"""
                    INSERT INTO users ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})
                    ON CONFLICT (id) DO UPDATE SET {updates}""", {c: params.get(c) for c in columns})
        except sqlite3.IntegrityError as e:
            if "users.phone" in str(e):
                raise ValueError("phone already belongs to another runner") from None
            if "users.whatsapp_id" in str(e):
                raise ValueError("WhatsApp user id already belongs to another runner") from None
            raise

    def all(self) -> list[Runner]:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUNNER_SELECT} ORDER BY created_at, id")
        return [_runner(r) for r in rows]
