"""StravaRepository on SQLite: the links (tokens sealed by a TokenCipher) and the waiting events."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from adapters.sqlite.codec import _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.token_cipher import TokenCipher
from application.ports.strava import StravaEvent, StravaLink


class SqliteStravaRepository:
    def __init__(self, db: SqliteDatabase, cipher: TokenCipher):
        self._db = db
        self._cipher = cipher

    def save_link(self, link: StravaLink) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM strava_links WHERE athlete_id = ? AND runner_id <> ?",
                         [link.athlete_id, link.runner_id])
            conn.execute("""
                INSERT INTO strava_links (runner_id, athlete_id, tokens, scope, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (runner_id) DO UPDATE SET athlete_id = excluded.athlete_id, tokens = excluded.tokens,
                    scope = excluded.scope, updated_at = excluded.updated_at""",
                [link.runner_id, link.athlete_id, self._cipher.seal(link.tokens), link.tokens.scope,
                 _ts(self._db.now())])

    def _link(self, where: str, value: str) -> StravaLink | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"SELECT runner_id, athlete_id, tokens FROM strava_links WHERE {where} = ?", [value])
        if not rows:
            return None
        tokens = self._cipher.open(rows[0]["tokens"])
        return StravaLink(rows[0]["runner_id"], rows[0]["athlete_id"], tokens) if tokens else None

    def link_for_runner(self, runner_id: str) -> StravaLink | None:
        return self._link("runner_id", runner_id)

    def link_for_athlete(self, athlete_id: str) -> StravaLink | None:
        return self._link("athlete_id", athlete_id)

    def forget_link(self, runner_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM strava_links WHERE runner_id = ?", [runner_id]).rowcount == 1

    def add_event(self, event: StravaEvent, at: datetime) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("""
                INSERT INTO strava_events (id, object_type, object_id, aspect_type, owner_id, event_time, updates,
                                           received_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                [event.id, event.object_type, event.object_id, event.aspect_type, event.owner_id, event.event_time,
                 json.dumps(event.updates), _ts(at), _ts(at)]).rowcount == 1

    def due_events(self, now: datetime, limit: int = 50) -> Sequence[StravaEvent]:
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT id, object_type, object_id, aspect_type, owner_id, event_time, updates, received_at, attempts
                FROM strava_events WHERE done_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, seq LIMIT ?""", [_ts(now), limit])
        return [StravaEvent(id=r["id"], object_type=r["object_type"], object_id=r["object_id"],
                            aspect_type=r["aspect_type"], owner_id=r["owner_id"], event_time=r["event_time"],
                            updates=json.loads(r["updates"]), received_at=datetime.fromisoformat(r["received_at"]),
                            attempts=r["attempts"]) for r in rows]

    def event_done(self, event_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE strava_events SET done_at = ? WHERE id = ?", [_ts(self._db.now()), event_id])

    def event_later(self, event_id: str, at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE strava_events SET next_attempt_at = ?, attempts = attempts + 1 WHERE id = ?",
                         [_ts(at), event_id])
