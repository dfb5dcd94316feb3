"""StravaRepository on PostgreSQL: the links (tokens sealed by a TokenCipher) and the waiting events."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from adapters.postgres.unit_of_work import connection
from adapters.token_cipher import TokenCipher
from application.ports.strava import StravaEvent, StravaLink


class PostgresStravaRepository:
    def __init__(self, pool: ConnectionPool, cipher: TokenCipher):
        self._pool = pool
        self._cipher = cipher

    def save_link(self, link: StravaLink) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("DELETE FROM strava_links WHERE athlete_id = %s AND runner_id <> %s",
                         [link.athlete_id, link.runner_id])
            conn.execute("""
                INSERT INTO strava_links (runner_id, athlete_id, tokens, scope, updated_at)
                VALUES (%s, %s, %s, %s, now())
                ON CONFLICT (runner_id) DO UPDATE SET athlete_id = excluded.athlete_id, tokens = excluded.tokens,
                    scope = excluded.scope, updated_at = now()""",
                [link.runner_id, link.athlete_id, self._cipher.seal(link.tokens), link.tokens.scope])

    def _link(self, column: str, value: str) -> StravaLink | None:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            row = cur.execute(f"SELECT runner_id, athlete_id, tokens FROM strava_links WHERE {column} = %s",
                              [value]).fetchone()
        if row is None:
            return None
        tokens = self._cipher.open(row["tokens"])
        return StravaLink(row["runner_id"], row["athlete_id"], tokens) if tokens else None

    def link_for_runner(self, runner_id: str) -> StravaLink | None:
        return self._link("runner_id", runner_id)

    def link_for_athlete(self, athlete_id: str) -> StravaLink | None:
        return self._link("athlete_id", athlete_id)

    def forget_link(self, runner_id: str) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("DELETE FROM strava_links WHERE runner_id = %s", [runner_id]).rowcount == 1

    def add_event(self, event: StravaEvent, at: datetime) -> bool:
        with connection(self._pool, single=True) as conn:
            return conn.execute("""
                INSERT INTO strava_events (id, object_type, object_id, aspect_type, owner_id, event_time, updates,
                                           received_at, next_attempt_at)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING""",
                [event.id, event.object_type, event.object_id, event.aspect_type, event.owner_id, event.event_time,
                 Jsonb(event.updates), at, at]).rowcount == 1

    def due_events(self, now: datetime, limit: int = 50) -> Sequence[StravaEvent]:
        with connection(self._pool, read=True) as conn, conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute("""
                SELECT id, object_type, object_id, aspect_type, owner_id, event_time, updates, received_at, attempts
                FROM strava_events WHERE done_at IS NULL AND next_attempt_at <= %s
                ORDER BY next_attempt_at, seq LIMIT %s""", [now, limit]).fetchall()
        return [StravaEvent(**row) for row in rows]

    def event_done(self, event_id: str) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("UPDATE strava_events SET done_at = now() WHERE id = %s", [event_id])

    def event_later(self, event_id: str, at: datetime) -> None:
        with connection(self._pool, single=True) as conn:
            conn.execute("UPDATE strava_events SET next_attempt_at = %s, attempts = attempts + 1 WHERE id = %s",
                         [at, event_id])
