"""InjuryRepository on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Sequence

from adapters.serialization import converter, enum_value
from adapters.sqlite.codec import _day, _flag
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from domain.injury import Injury

log = logging.getLogger(__name__)


_INJURY_COLUMNS = ("id", "runner_id", "body_part", "severity", "description", "reported_on", "resolved_on",
                   "side", "since", "pain", "pain_walking", "swelling", "sharp_pain")
_INJURY_FLAGS = ("pain_walking", "swelling", "sharp_pain")


def _injury(row: dict) -> Injury:
    row = dict(row, **{f: None if row[f] is None else bool(row[f]) for f in _INJURY_FLAGS})
    return converter.structure(row, Injury)


class SqliteInjuryRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def _upsert(self, injury: Injury) -> None:
        params = {k: enum_value(v) for k, v in converter.unstructure(injury).items()}
        params.update(reported_on=_day(injury.reported_on), resolved_on=_day(injury.resolved_on),
                      since=_day(injury.since), **{f: _flag(getattr(injury, f)) for f in _INJURY_FLAGS})
        columns = ["user_id" if c == "runner_id" else c for c in _INJURY_COLUMNS]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "user_id"))
        with self._db.transaction() as conn:
            conn.execute(f"""
                INSERT INTO injuries ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in _INJURY_COLUMNS)})
                ON CONFLICT (id) DO UPDATE SET {updates}""", {c: params[c] for c in _INJURY_COLUMNS})

    def add(self, injury: Injury) -> None:
        self._upsert(injury)

    def update(self, injury: Injury) -> None:
        self._upsert(injury)

    def for_runner(self, runner_id: str, active_only: bool = False) -> list[Injury]:
        select = ", ".join("user_id AS runner_id" if c == "runner_id" else c for c in _INJURY_COLUMNS)
        query = f"SELECT {select} FROM injuries WHERE user_id = ?"
        if active_only:
            query += " AND resolved_on IS NULL"
        with self._db.read() as conn:
            rows = _rows(conn, query + " ORDER BY seq", [runner_id])
        return [_injury(r) for r in rows]

    def active_for_runners(self, runner_ids: Sequence[str]) -> dict[str, list[Injury]]:
        """The open injuries of many runners in one query, each runner's in the order reported."""
        select = ", ".join("user_id AS runner_id" if c == "runner_id" else c for c in _INJURY_COLUMNS)
        found: dict[str, list[Injury]] = {runner_id: [] for runner_id in runner_ids}
        with self._db.read() as conn:
            rows = _rows(conn, f"SELECT {select} FROM injuries WHERE user_id IN (SELECT value FROM json_each(?)) "
                               "AND resolved_on IS NULL ORDER BY seq", [_ids(runner_ids)])
        for row in rows:
            found[row["runner_id"]].append(_injury(row))
        return found
