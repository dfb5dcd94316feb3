"""ProgressSummaryRepository on SQLite."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from adapters.serialization import converter
from adapters.sqlite.codec import _day, _ts
from adapters.sqlite.database import SqliteDatabase, _rows
from adapters.sqlite.runners import _ids
from application.ports import ProgressSummaryRecord

log = logging.getLogger(__name__)


class SqliteProgressSummaryRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def claim(self, record: ProgressSummaryRecord) -> bool:
        with self._db.transaction() as conn:
            cur = conn.execute("""
                INSERT INTO progress_summaries (user_id, kind, period_start, period_end, text, sent_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, period_end) DO NOTHING""",
                [record.runner_id, record.kind, _day(record.period_start), _day(record.period_end),
                 record.text, _ts(record.sent_at)])
            return cur.rowcount == 1

    def for_runner(self, runner_id: str) -> list[ProgressSummaryRecord]:
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT user_id AS runner_id, kind, period_start, period_end, text, sent_at
                FROM progress_summaries WHERE user_id = ? ORDER BY seq""", [runner_id])
        return [converter.structure(r, ProgressSummaryRecord) for r in rows]

    def mark_sent(self, runner_id: str, kind: str, period_end: date, at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE progress_summaries SET sent_at = ? WHERE user_id = ? AND kind = ? AND period_end = ?",
                         [_ts(at), runner_id, kind, _day(period_end)])

    def undelivered(self, runner_id: str) -> list[ProgressSummaryRecord]:
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT user_id AS runner_id, kind, period_start, period_end, text, sent_at
                FROM progress_summaries WHERE user_id = ? AND sent_at IS NULL ORDER BY seq""", [runner_id])
        return [converter.structure(r, ProgressSummaryRecord) for r in rows]

    def claimed(self, kind: str, period_end: date, runner_ids: Sequence[str]) -> set[str]:
        """Which of these runners have the (kind, period_end) record already, in one query."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT user_id FROM progress_summaries WHERE kind = ? AND period_end = ? "
                                "AND user_id IN (SELECT value FROM json_each(?))",
                                [kind, _day(period_end), _ids(runner_ids)]).fetchall()
        return {row[0] for row in rows}

    def claim_many(self, records: Sequence[ProgressSummaryRecord]) -> set[tuple[str, str, date]]:
        """``claim`` for many records in one transaction; returns the keys claimed now."""
        claimed = set()
        with self._db.transaction() as conn:
            for record in records:
                cur = conn.execute("""
                    INSERT INTO progress_summaries (user_id, kind, period_start, period_end, text, sent_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, period_end) DO NOTHING""",
                    [record.runner_id, record.kind, _day(record.period_start), _day(record.period_end),
                     record.text, _ts(record.sent_at)])
                if cur.rowcount == 1:
                    claimed.add((record.runner_id, record.kind, record.period_end))
        return claimed

    def mark_sent_many(self, keys: Iterable[tuple[str, str, date]], at: datetime) -> None:
        """``mark_sent`` for many (runner, kind, period_end) keys in one transaction."""
        with self._db.transaction() as conn:
            conn.executemany(
                "UPDATE progress_summaries SET sent_at = ? WHERE user_id = ? AND kind = ? AND period_end = ?",
                [(_ts(at), runner_id, kind, _day(period_end)) for runner_id, kind, period_end in keys])
