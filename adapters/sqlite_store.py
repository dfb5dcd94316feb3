"""The embedded store: every repository port in one local SQLite file (stdlib ``sqlite3``).

For ``andes chat`` without servers: state lives in ``~/.andes/andes.sqlite3`` (see
``default_database_path``). One connection shared by all threads behind a lock
(``check_same_thread=False``), WAL journal so a second process can read while one writes, and
the same rules as PostgreSQL: foreign keys, CHECK constraints, and a partial unique index that
allows one active plan per runner.

Bootstrap::

    store = SqliteStore(default_database_path(data_dir))
    store.runners, store.runs, store.plans, ...; store.chat_buffer(clock); store.close()

or piece by piece: ``db = SqliteDatabase(path); SqliteRunnerRepository(db); SqliteChatBuffer(db, clock)``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from adapters.message_codec import buttons_from_json, buttons_to_json, storable_note
from adapters.serialization import converter, enum_value, to_json
from application.messaging.delivery import OutboundMessage
from application.ports.outbox import OutboxMessage
from application.ports import InboxItem, ProgressSummaryRecord
from domain.conversation import Intent, Message
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.milestones import PACE_RECORD_MIN_KM, RunRecords
from domain.plan import TrainingPlan
from domain.run import Run
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)

CHAT_BUFFER_SIZE = 20
CHAT_BUFFER_TTL = timedelta(hours=24)
DATABASE_FILENAME = "andes.sqlite3"


def default_database_path(data_dir: str | Path | None = None) -> Path:
    """``<data_dir>/andes.sqlite3``, ``~/.andes/andes.sqlite3`` by default."""
    base = Path(data_dir).expanduser() if data_dir else Path.home() / ".andes"
    return base / DATABASE_FILENAME


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


# --- values <-> SQLite ----------------------------------------------------------------------

def _ts(value: datetime | None) -> str | None:
    """Timestamps as fixed-width ISO text in UTC, so that text order is time order."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.isoformat(timespec="microseconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _flag(value: bool | None) -> int | None:
    """A nullable boolean as SQLite's 0/1 (NULL stays NULL: "not asked" is not "no")."""
    return None if value is None else int(value)




# --- schema -----------------------------------------------------------------------------------

# One entry per version (PRAGMA user_version); never edit an entry once released, append one.
_MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE users (
            id TEXT PRIMARY KEY,
            phone TEXT NOT NULL,
            name TEXT,
            age INTEGER CHECK (age > 0),
            goal_race TEXT,
            weekly_frequency INTEGER CHECK (weekly_frequency BETWEEN 1 AND 7),
            fitness_level TEXT,
            injury_history TEXT,
            motivation TEXT,
            timezone TEXT NOT NULL DEFAULT 'America/Guayaquil',
            language TEXT NOT NULL DEFAULT 'es',
            onboarding_completed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX users_phone_idx ON users (phone)",
        """CREATE TABLE runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            run_date TEXT NOT NULL,
            distance_km REAL NOT NULL CHECK (distance_km > 0),
            duration_s INTEGER CHECK (duration_s > 0),
            perceived_effort INTEGER CHECK (perceived_effort BETWEEN 1 AND 10),
            mood TEXT, aches TEXT, notes TEXT, weather TEXT,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX runs_user_date_idx ON runs (user_id, run_date DESC, created_at DESC)",
        "CREATE INDEX runs_long_idx ON runs (user_id, run_date DESC) WHERE distance_km >= 15",
        "CREATE INDEX runs_hard_effort_idx ON runs (user_id, run_date DESC) WHERE perceived_effort >= 8",
        """CREATE TABLE training_plans (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            vdot REAL NOT NULL,
            vdot_source TEXT NOT NULL DEFAULT '',
            sessions TEXT NOT NULL,
            adaptations TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL,
            CHECK (end_date >= start_date)
        )""",
        "CREATE UNIQUE INDEX plans_user_active_idx ON training_plans (user_id) WHERE active = 1",
        """CREATE TABLE conversations (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('runner', 'coach')),
            message TEXT NOT NULL,
            intent TEXT,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX conversations_user_time_idx ON conversations (user_id, created_at)",
        """CREATE TABLE injuries (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            body_part TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
            description TEXT NOT NULL DEFAULT '',
            reported_on TEXT,
            resolved_on TEXT
        )""",
        "CREATE INDEX injuries_user_idx ON injuries (user_id, seq)",
        """CREATE TABLE progress_summaries (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            text TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (user_id, kind, period_end)
        )""",
        """CREATE TABLE processed_messages (
            message_id TEXT PRIMARY KEY,
            seen_at TEXT NOT NULL
        )""",
        """CREATE TABLE chat_buffer (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            runner_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            intent TEXT,
            at TEXT NOT NULL,
            stored_at TEXT NOT NULL
        )""",
        "CREATE INDEX chat_buffer_runner_idx ON chat_buffer (runner_id, seq)",
    ],
    [
        # The durable inbox: every accepted WhatsApp message, stored before the webhook answers 200.
        """CREATE TABLE inbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            phone TEXT NOT NULL,
            kind TEXT NOT NULL,
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            received_at TEXT NOT NULL,
            done_at TEXT
        )""",
        "CREATE INDEX inbox_pending_idx ON inbox (received_at, seq) WHERE done_at IS NULL",
        "CREATE INDEX inbox_done_idx ON inbox (done_at) WHERE done_at IS NOT NULL",
    ],
    [
        # The inbox's unique message id replaced the seen-ids table.
        "DROP TABLE processed_messages",
    ],
    [
        # Issue 10 ("runs"): the runner's race, volume, schedule and units; a race is a field of the
        # run (the old "race: …" prefix of the notes moves into it); cross-training apart from runs.
        "ALTER TABLE users ADD COLUMN has_race INTEGER CHECK (has_race IN (0, 1))",
        "ALTER TABLE users ADD COLUMN race_date TEXT",
        "ALTER TABLE users ADD COLUMN race_name TEXT",
        "ALTER TABLE users ADD COLUMN goal_time_s INTEGER CHECK (goal_time_s > 0)",
        "ALTER TABLE users ADD COLUMN weekly_km REAL CHECK (weekly_km >= 0)",
        "ALTER TABLE users ADD COLUMN longest_run_km REAL CHECK (longest_run_km >= 0)",
        "ALTER TABLE users ADD COLUMN run_days TEXT",                 # JSON list of weekdays, 0 = Monday
        "ALTER TABLE users ADD COLUMN long_run_day INTEGER CHECK (long_run_day BETWEEN 0 AND 6)",
        "ALTER TABLE users ADD COLUMN units TEXT NOT NULL DEFAULT 'km' CHECK (units IN ('km', 'mi'))",
        "ALTER TABLE runs ADD COLUMN is_race INTEGER NOT NULL DEFAULT 0 CHECK (is_race IN (0, 1))",
        """UPDATE runs SET is_race = 1,
               notes = CASE WHEN notes = 'race' THEN NULL ELSE NULLIF(trim(substr(notes, 6)), '') END
           WHERE notes = 'race' OR substr(notes, 1, 5) = 'race:'""",
        """CREATE TABLE cross_training (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            activity TEXT NOT NULL CHECK (activity IN ('bike', 'swim', 'strength', 'other')),
            minutes REAL NOT NULL CHECK (minutes > 0),
            distance_km REAL CHECK (distance_km > 0),
            perceived_effort INTEGER CHECK (perceived_effort BETWEEN 1 AND 10),
            notes TEXT,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX cross_training_user_day_idx ON cross_training (user_id, day DESC)",
    ],
    # issue 11 ("whatsapp"), after the "runs" entry:
    [
        # WhatsApp business-scoped user ids (issue 11): runners and inbox items are known by user id,
        # the phone may be absent. SQLite can't drop a NOT NULL: a missing phone is stored as '' and
        # the phone's unique index skips it. Plus what we sent (to act on failure receipts), the
        # held texts and the runners WhatsApp can't reach (application.messaging.delivery).
        "ALTER TABLE users ADD COLUMN whatsapp_id TEXT",
        "CREATE UNIQUE INDEX users_whatsapp_id_idx ON users (whatsapp_id) WHERE whatsapp_id IS NOT NULL",
        "DROP INDEX users_phone_idx",
        "CREATE UNIQUE INDEX users_phone_idx ON users (phone) WHERE phone <> ''",
        "ALTER TABLE inbox ADD COLUMN whatsapp_id TEXT",
        """CREATE TABLE outbound_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            runner_id TEXT NOT NULL,
            text TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            template INTEGER NOT NULL DEFAULT 0,
            held_at TEXT,
            reason INTEGER,
            answers TEXT,
            delivered_at TEXT
        )""",
        "CREATE INDEX outbound_held_idx ON outbound_messages (runner_id, seq) WHERE held_at IS NOT NULL",
        "CREATE INDEX outbound_answers_idx ON outbound_messages (answers) WHERE answers IS NOT NULL",
        "CREATE INDEX outbound_sent_idx ON outbound_messages (sent_at)",
        """CREATE TABLE unreachable_runners (
            runner_id TEXT PRIMARY KEY,
            since TEXT NOT NULL,
            reason INTEGER NOT NULL
        )""",
    ],
    # issue 10 ("storage"), after the "whatsapp" entry:
    [
        # An injury's triage answers (NULL: not asked yet, and every row stored before) and a plan's
        # structured notes (JSON list of {code, params}) and race day. PostgreSQL: 0008.
        "ALTER TABLE injuries ADD COLUMN side TEXT CHECK (side IN ('left', 'right', 'both'))",
        "ALTER TABLE injuries ADD COLUMN since TEXT",
        "ALTER TABLE injuries ADD COLUMN pain INTEGER CHECK (pain BETWEEN 0 AND 10)",
        "ALTER TABLE injuries ADD COLUMN pain_walking INTEGER CHECK (pain_walking IN (0, 1))",
        "ALTER TABLE injuries ADD COLUMN swelling INTEGER CHECK (swelling IN (0, 1))",
        "ALTER TABLE injuries ADD COLUMN sharp_pain INTEGER CHECK (sharp_pain IN (0, 1))",
        "ALTER TABLE training_plans ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE training_plans ADD COLUMN race_date TEXT",
    ],
    # issue 12 ("storage"): PostgreSQL 0009.
    [
        # A runner's messages are answered in the order they sent them (WhatsApp's timestamp), one
        # queue per sender (InboxItem.sender: the WhatsApp user id, else the phone's digits, computed
        # here for the rows stored before); done with the message's effects, or quarantined.
        "ALTER TABLE inbox ADD COLUMN sent_at TEXT",
        "ALTER TABLE inbox ADD COLUMN sender TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE inbox ADD COLUMN quarantine_reason TEXT",
        """UPDATE inbox SET sender = coalesce(nullif(whatsapp_id, ''), (
               WITH RECURSIVE digits (i, out) AS (
                   SELECT 1, ''
                   UNION ALL
                   SELECT i + 1, out || CASE WHEN substr(inbox.phone, i, 1) BETWEEN '0' AND '9'
                                             THEN substr(inbox.phone, i, 1) ELSE '' END
                   FROM digits WHERE i <= length(inbox.phone))
               SELECT out FROM digits ORDER BY i DESC LIMIT 1))""",
        # pending_for(sender): an index scan, already in answer order (the ORDER BY repeats the
        # expression: SQLite matches an indexed expression by its text).
        """CREATE INDEX inbox_sender_pending_idx ON inbox (sender, coalesce(sent_at, received_at), received_at, seq)
           WHERE done_at IS NULL""",
        # The outbox (application.ports.outbox); buttons as a JSON list of {"id", "title"}.
        """CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            runner_id TEXT NOT NULL,
            recipient TEXT NOT NULL,
            text TEXT NOT NULL,
            buttons TEXT NOT NULL DEFAULT '[]',
            answers TEXT,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'read', 'held', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            created_at TEXT NOT NULL,
            next_attempt_at TEXT NOT NULL,
            wamid TEXT,
            error TEXT
        )""",
        "CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending')",
        """CREATE INDEX outbox_runner_due_idx ON outbox (runner_id, created_at, seq)
           WHERE status IN ('pending', 'sending')""",
        "CREATE INDEX outbox_wamid_idx ON outbox (wamid) WHERE wamid IS NOT NULL",
        "CREATE INDEX outbox_answers_idx ON outbox (answers, created_at, seq) WHERE answers IS NOT NULL",
        "CREATE INDEX outbox_final_idx ON outbox (created_at) WHERE status NOT IN ('pending', 'sending')",
    ],
    # issue 13 ("dbcost"): a run report's records read from an index; when each runner last wrote
    # (the scheduler's batches). PostgreSQL: 0010.
    [
        "CREATE INDEX runs_user_date_totals_idx ON runs (user_id, run_date, distance_km, duration_s, id)",
        "CREATE INDEX conversations_runner_last_idx ON conversations (user_id, created_at DESC) "
        "WHERE role = 'runner'",
    ],
    # issue 12: how far an answer by the model got (its tool rounds, committed). PostgreSQL: 0011.
    [
        "ALTER TABLE inbox ADD COLUMN progress TEXT",
    ],
]

SCHEMA_VERSION = len(_MIGRATIONS)


class SqliteDatabase:
    """One SQLite file (or ``":memory:"``), shared by the repositories below, safe across threads."""

    def __init__(self, path: str | Path = ":memory:", *, clock=None, timeout: float = 10.0):
        self.path = str(path)
        self.clock = clock or _SystemClock()
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; writes use explicit BEGIN IMMEDIATE.
        self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                     check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._unit_depth = 0          # > 0 while a unit of work is open (only its thread holds the lock)
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self.migrate()

    def migrate(self) -> list[int]:
        """Apply the pending schema versions; a no-op when the file is up to date."""
        applied = []
        for version, statements in enumerate(_MIGRATIONS, start=1):
            with self.transaction() as conn:
                # Read inside the write transaction: another process may have just migrated.
                if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                    continue
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            applied.append(version)
            log.info("sqlite store %s: schema version %d", self.path, version)
        return applied

    @property
    def schema_version(self) -> int:
        with self.read() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all or nothing, and no other thread in between.

        Inside a unit of work it is a savepoint of the unit's transaction: a failed statement
        undoes only itself, and the unit decides whether everything is committed."""
        with self._lock:
            if self._unit_depth:
                self._conn.execute("SAVEPOINT repository")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK TO repository")
                    self._conn.execute("RELEASE repository")
                    raise
                else:
                    self._conn.execute("RELEASE repository")
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def begin_unit(self) -> None:
        """Open (or, on the thread that holds it, join) the unit of work's transaction. The lock is
        held until ``end_unit``: other threads wait, as for any write."""
        self._lock.acquire()
        try:
            if self._unit_depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._unit_depth += 1
        except BaseException:
            self._lock.release()
            raise

    def end_unit(self, commit: bool) -> None:
        """Leave the unit; the outermost one commits, or rolls back when ``commit`` is False."""
        try:
            self._unit_depth -= 1
            if self._unit_depth == 0:
                self._conn.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            self._lock.release()

    def now(self) -> datetime:
        return self.clock.now()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _rows(conn: sqlite3.Connection, query: str, params: Any = ()) -> list[dict]:
    return [dict(r) for r in conn.execute(query, params).fetchall()]


# --- repositories -----------------------------------------------------------------------------

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


_RUN_SELECT = """
SELECT id, user_id AS runner_id, run_date AS date, distance_km, duration_s, perceived_effort,
       mood, aches, notes, weather, created_at, is_race
FROM runs"""


def _run_params(run: Run, db: SqliteDatabase) -> list[Any]:
    return [_day(run.date), run.distance_km, run.duration_s, run.perceived_effort, run.mood, run.aches,
            run.notes, run.weather, int(run.is_race)]


class SqliteRunRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def add(self, run: Run) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO runs (run_date, distance_km, duration_s, perceived_effort, mood, aches, notes,
                                  weather, is_race, id, user_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                _run_params(run, self._db) + [run.id, run.runner_id, _ts(run.created_at) or _ts(self._db.now())])

    def get(self, run_id: str) -> Run | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE id = ?", [run_id])
        return converter.structure(rows[0], Run) if rows else None

    def update(self, run: Run) -> None:
        """Date, distance, time, effort and notes change; the runner and when it was logged stay."""
        with self._db.transaction() as conn:
            conn.execute("""
                UPDATE runs SET run_date = ?, distance_km = ?, duration_s = ?, perceived_effort = ?, mood = ?,
                                aches = ?, notes = ?, weather = ?, is_race = ?
                WHERE id = ?""", _run_params(run, self._db) + [run.id])

    def delete(self, run_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM runs WHERE id = ?", [run_id]).rowcount == 1

    def on_day(self, runner_id: str, day: date) -> list[Run]:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id = ? AND run_date = ? ORDER BY created_at DESC, seq DESC",
                         [runner_id, _day(day)])
        return [converter.structure(r, Run) for r in rows]

    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        """Newest first (by run date, then by when it was logged)."""
        query = f"{_RUN_SELECT} WHERE user_id = ?"
        params: list[Any] = [runner_id]
        if since is not None:
            query += " AND run_date >= ?"
            params.append(_day(since))
        query += " ORDER BY run_date DESC, created_at DESC, seq DESC LIMIT ?"
        params.append(limit or -1)
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [converter.structure(r, Run) for r in rows]

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[Run]]:
        """Many runners' runs since ``since`` in one query (the scheduler's batches), newest first."""
        found: dict[str, list[Run]] = {runner_id: [] for runner_id in runner_ids}
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id IN (SELECT value FROM json_each(?)) AND run_date >= ? "
                               "ORDER BY user_id, run_date DESC, created_at DESC, seq DESC",
                         [_ids(runner_ids), _day(since)])
        for row in rows:
            found[row["runner_id"]].append(converter.structure(row, Run))
        return found

    def records(self, runner_id: str, since: date, exclude: Sequence[str] = ()) -> RunRecords:
        """One aggregate over the window, whatever the runner's history."""
        paced = "duration_s IS NOT NULL AND distance_km >= ?"
        with self._db.read() as conn:
            row = conn.execute(f"""
                SELECT count(*), coalesce(max(distance_km), 0), count(CASE WHEN {paced} THEN 1 END),
                       min(CASE WHEN {paced} THEN CAST(duration_s AS REAL) / distance_km END)
                FROM runs WHERE user_id = ? AND run_date >= ? AND id NOT IN (SELECT value FROM json_each(?))""",
                [PACE_RECORD_MIN_KM, PACE_RECORD_MIN_KM, runner_id, _day(since), _ids(exclude)]).fetchone()
        return RunRecords(runs=row[0], longest_km=float(row[1]), paced_runs=row[2], fastest_pace_s_per_km=row[3])

    def longest(self, runner_id: str, since: date, limit: int = 2) -> list[Run]:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_RUN_SELECT} WHERE user_id = ? AND run_date >= ? "
                               "ORDER BY distance_km DESC, seq LIMIT ?", [runner_id, _day(since), limit])
        return [converter.structure(r, Run) for r in rows]


class SqliteCrossTrainingRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def add(self, session: CrossTraining) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO cross_training (id, user_id, day, activity, minutes, distance_km, perceived_effort,
                                            notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [session.id, session.runner_id, _day(session.day), enum_value(session.activity), session.minutes,
                 session.distance_km, session.perceived_effort, session.notes,
                 _ts(session.created_at) or _ts(self._db.now())])

    def for_runner(self, runner_id: str, since: date | None = None) -> list[CrossTraining]:
        query = """
            SELECT id, user_id AS runner_id, day, activity, minutes, distance_km, perceived_effort, notes, created_at
            FROM cross_training WHERE user_id = ?"""
        params: list[Any] = [runner_id]
        if since is not None:
            query += " AND day >= ?"
            params.append(_day(since))
        with self._db.read() as conn:
            rows = _rows(conn, query + " ORDER BY day DESC, created_at DESC, seq DESC", params)
        return [converter.structure(r, CrossTraining) for r in rows]

    def delete(self, session_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM cross_training WHERE id = ?", [session_id]).rowcount == 1

    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[CrossTraining]]:
        """Many runners' sessions since ``since`` in one query, each runner's newest first."""
        found: dict[str, list[CrossTraining]] = {runner_id: [] for runner_id in runner_ids}
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT id, user_id AS runner_id, day, activity, minutes, distance_km, perceived_effort, notes,
                       created_at
                FROM cross_training WHERE user_id IN (SELECT value FROM json_each(?)) AND day >= ?
                ORDER BY user_id, day DESC, created_at DESC, seq DESC""", [_ids(runner_ids), _day(since)])
        for row in rows:
            found[row["runner_id"]].append(converter.structure(row, CrossTraining))
        return found


_PLAN_SELECT = """
SELECT id, user_id AS runner_id, start_date AS start, sessions, vdot, vdot_source, adaptations,
       active, created_at, notes, race_date
FROM training_plans"""


def _plan(row: dict) -> TrainingPlan:
    row = dict(row, sessions=json.loads(row["sessions"]), adaptations=json.loads(row["adaptations"]),
               notes=json.loads(row["notes"]))
    return converter.structure(row, TrainingPlan)


class SqlitePlanRepository:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def activate(self, plan: TrainingPlan) -> None:
        """Deactivate the runner's plan and store this one as active, in one transaction."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE training_plans SET active = 0 WHERE user_id = ? AND active = 1 AND id <> ?",
                         [plan.runner_id, plan.id])
            conn.execute("""
                INSERT INTO training_plans (id, user_id, start_date, end_date, vdot, vdot_source, sessions,
                                            adaptations, notes, race_date, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                ON CONFLICT (id) DO UPDATE SET
                    start_date = excluded.start_date, end_date = excluded.end_date, vdot = excluded.vdot,
                    vdot_source = excluded.vdot_source, sessions = excluded.sessions,
                    adaptations = excluded.adaptations, notes = excluded.notes,
                    race_date = excluded.race_date, active = 1""",
                [plan.id, plan.runner_id, _day(plan.start), _day(plan.end), plan.vdot, plan.vdot_source,
                 to_json(plan.sessions), to_json(list(plan.adaptations)), to_json(list(plan.notes)),
                 _day(plan.race_date), _ts(plan.created_at) or _ts(self._db.now())])

    def active_for(self, runner_id: str) -> TrainingPlan | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id = ? AND active = 1", [runner_id])
        return _plan(rows[0]) if rows else None

    def history(self, runner_id: str) -> list[TrainingPlan]:
        """Newest first."""
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id = ? ORDER BY seq DESC", [runner_id])
        return [_plan(r) for r in rows]

    def active_for_runners(self, runner_ids: Sequence[str]) -> dict[str, TrainingPlan]:
        """The active plan of each of these runners that has one, in one query."""
        with self._db.read() as conn:
            rows = _rows(conn, f"{_PLAN_SELECT} WHERE user_id IN (SELECT value FROM json_each(?)) AND active = 1",
                         [_ids(runner_ids)])
        return {row["runner_id"]: _plan(row) for row in rows}


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


class SqliteConversationLog:
    def __init__(self, db: SqliteDatabase):
        self._db = db

    def append(self, *messages: Message) -> None:
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO conversations (id, user_id, role, message, intent, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [[m.id, m.runner_id, enum_value(m.role), m.text, enum_value(m.intent), _ts(m.at)] for m in messages])

    def set_intent(self, message_id: str, intent: Intent) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE conversations SET intent = ? WHERE id = ?", [enum_value(intent), message_id])

    def for_runner(self, runner_id: str, limit: int = 50) -> list[Message]:
        """Oldest first, the last ``limit``."""
        with self._db.read() as conn:
            rows = _rows(conn, """
                SELECT * FROM (
                    SELECT id, user_id AS runner_id, role, message AS text, intent, created_at AS at, seq
                    FROM conversations WHERE user_id = ? ORDER BY created_at DESC, seq DESC LIMIT ?
                ) ORDER BY at, seq""", [runner_id, limit])
        return [converter.structure(r, Message) for r in rows]

    def last_from_runners(self, runner_ids: Sequence[str]) -> dict[str, datetime]:
        """When each of these runners last wrote (runners who never did are left out), in one query."""
        with self._db.read() as conn:
            rows = conn.execute("""
                SELECT user_id, max(created_at) FROM conversations
                WHERE user_id IN (SELECT value FROM json_each(?)) AND role = 'runner' GROUP BY user_id""",
                [_ids(runner_ids)]).fetchall()
        return {runner_id: converter.structure(at, datetime) for runner_id, at in rows}


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


class SqliteChatBuffer:
    """The last ``size`` messages per runner, dropped ``ttl`` after the runner's last message."""

    def __init__(self, db: SqliteDatabase, clock=None, size: int = CHAT_BUFFER_SIZE,
                 ttl: timedelta = CHAT_BUFFER_TTL):
        self._db = db
        self._clock = clock or db.clock
        self._size = size
        self._ttl = ttl

    def _expire(self, conn: sqlite3.Connection, runner_id: str) -> None:
        last = conn.execute("SELECT max(stored_at) FROM chat_buffer WHERE runner_id = ?", [runner_id]).fetchone()[0]
        if last is not None and self._clock.now() - datetime.fromisoformat(last) > self._ttl:
            conn.execute("DELETE FROM chat_buffer WHERE runner_id = ?", [runner_id])

    def append(self, *messages: Message) -> None:
        with self._db.transaction() as conn:
            for message in messages:
                self._expire(conn, message.runner_id)
                conn.execute("""
                    INSERT INTO chat_buffer (runner_id, message_id, role, text, intent, at, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    [message.runner_id, message.id, enum_value(message.role), message.text,
                     enum_value(message.intent), _ts(message.at), _ts(self._clock.now())])
                conn.execute("""
                    DELETE FROM chat_buffer WHERE runner_id = ? AND seq NOT IN (
                        SELECT seq FROM chat_buffer WHERE runner_id = ? ORDER BY seq DESC LIMIT ?)""",
                    [message.runner_id, message.runner_id, self._size])

    def recent(self, runner_id: str) -> list[Message]:
        """Oldest first."""
        with self._db.transaction() as conn:
            self._expire(conn, runner_id)
            rows = _rows(conn, """
                SELECT message_id AS id, runner_id, role, text, intent, at
                FROM chat_buffer WHERE runner_id = ? ORDER BY seq""", [runner_id])
        return [converter.structure(r, Message) for r in rows]

    def clear(self, runner_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM chat_buffer WHERE runner_id = ?", [runner_id])


class SqliteInbox:
    """``Inbox`` in the ``inbox`` table: accepted messages, pending until answered.

    Its writes are ``SqliteDatabase.transaction``s: inside a unit of work (on the thread that holds
    it) they are savepoints of the unit, so ``done``/``quarantine`` commit or roll back with the
    message's effects. ``put`` too, when called inside a unit: one connection has one transaction
    (the webhook calls it outside any unit, and it commits at once)."""

    _COLUMNS = "message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, progress"

    def __init__(self, db: SqliteDatabase, clock=None):
        self._db = db
        self._clock = clock or db.clock

    def put(self, item: InboxItem) -> bool:
        with self._db.transaction() as conn:
            cur = conn.execute("""
                INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id, sent_at, sender)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""",
                [item.message_id, item.phone or "", item.kind, item.type, item.text, _ts(item.received_at),
                 item.whatsapp_id, _ts(item.sent_at), item.sender])
            return cur.rowcount == 1

    def _select(self, query: str, params: Sequence[Any]) -> list[InboxItem]:
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [InboxItem(message_id=r["message_id"], phone=r["phone"] or None, kind=r["kind"], type=r["type"],
                          text=r["text"], received_at=datetime.fromisoformat(r["received_at"]),
                          whatsapp_id=r["whatsapp_id"],
                          sent_at=datetime.fromisoformat(r["sent_at"]) if r["sent_at"] else None,
                          progress=r["progress"])
                for r in rows]

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        return self._select(f"""
            SELECT {self._COLUMNS} FROM inbox WHERE done_at IS NULL ORDER BY received_at, seq LIMIT ?""", [limit])

    def pending_for(self, sender: str, limit: int = 100) -> list[InboxItem]:
        return self._select(f"""
            SELECT {self._COLUMNS} FROM inbox WHERE sender = ? AND done_at IS NULL
            ORDER BY coalesce(sent_at, received_at), received_at, seq LIMIT ?""", [sender, limit])

    def first_pending_for(self, sender: str) -> InboxItem | None:
        # SQLite has one writer: a unit that has written holds the database's write lock, so no put
        # commits between this read and the unit's end, and one that committed before is seen.
        first = self.pending_for(sender, 1)
        return first[0] if first else None

    def is_done(self, message_id: str) -> bool:
        with self._db.read() as conn:
            row = conn.execute("SELECT done_at IS NOT NULL FROM inbox WHERE message_id = ?", [message_id]).fetchone()
        return bool(row and row[0])

    def done(self, message_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET done_at = ? WHERE message_id = ? AND done_at IS NULL",
                         [_ts(self._clock.now()), message_id])

    def save_progress(self, message_id: str, progress: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET progress = ? WHERE message_id = ? AND done_at IS NULL",
                         [progress, message_id])

    def quarantine(self, message_id: str, reason: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE inbox SET done_at = ?, quarantine_reason = ? WHERE message_id = ? AND done_at IS NULL",
                         [_ts(self._clock.now()), storable_note(reason), message_id])

    def quarantined(self, message_id: str) -> str | None:
        """The reason an item was quarantined (None: not quarantined, or unknown): for the operator."""
        with self._db.read() as conn:
            row = conn.execute("SELECT quarantine_reason FROM inbox WHERE message_id = ?", [message_id]).fetchone()
        return row[0] if row else None

    def purge_done(self, older_than: timedelta) -> int:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?",
                                [_ts(self._clock.now() - older_than)]).rowcount


class SqliteOutbox:
    """``application.ports.outbox.Outbox`` in the ``outbox`` table. Writes join the open unit of work, like
    the inbox's. ``claim`` is one conditional UPDATE in a BEGIN IMMEDIATE transaction: SQLite lets
    one writer at a time into a database file (https://www.sqlite.org/lang_transaction.html), so two
    senders, even in two processes, never both claim one message. ``clock`` is unused: every method
    that needs the time takes it."""

    _COLUMNS = ("id, runner_id, recipient, text, buttons, answers, status, attempts, created_at, next_attempt_at, "
                "wamid, error")

    def __init__(self, db: SqliteDatabase, clock=None):
        self._db = db
        self._clock = clock

    def _select(self, query: str, params: Sequence[Any]) -> list[OutboxMessage]:
        with self._db.read() as conn:
            rows = _rows(conn, query, params)
        return [OutboxMessage(
            id=r["id"], runner_id=r["runner_id"], to=r["recipient"], text=r["text"],
            buttons=buttons_from_json(r["buttons"]), answers=r["answers"], status=r["status"],
            attempts=r["attempts"], created_at=datetime.fromisoformat(r["created_at"]),
            next_attempt_at=datetime.fromisoformat(r["next_attempt_at"]), wamid=r["wamid"], error=r["error"])
            for r in rows]

    def add(self, message: OutboxMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO outbox (id, runner_id, recipient, text, buttons, answers, status, attempts, created_at,
                                    next_attempt_at, wamid, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                [message.id, message.runner_id, message.to, message.text, buttons_to_json(message.buttons),
                 message.answers, message.status, message.attempts, _ts(message.created_at),
                 _ts(message.next_attempt_at), message.wamid, storable_note(message.error)])

    def get(self, message_id: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE id = ?", [message_id])
        return found[0] if found else None

    def by_wamid(self, wamid: str) -> OutboxMessage | None:
        found = self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE wamid = ? ORDER BY seq LIMIT 1", [wamid])
        return found[0] if found else None

    def for_answer(self, inbox_message_id: str) -> list[OutboxMessage]:
        return self._select(f"SELECT {self._COLUMNS} FROM outbox WHERE answers = ? ORDER BY created_at, seq",
                            [inbox_message_id])

    def due(self, now: datetime, limit: int = 100, runner_id: str | None = None) -> list[OutboxMessage]:
        # The status lists are spelled as in the partial indexes' predicates, so that they apply.
        if runner_id is None:
            return self._select(f"""
                SELECT {self._COLUMNS} FROM outbox
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?
                ORDER BY created_at, seq LIMIT ?""", [_ts(now), limit])
        return self._select(f"""
            SELECT {self._COLUMNS} FROM outbox
            WHERE runner_id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?
            ORDER BY created_at, seq LIMIT ?""", [runner_id, _ts(now), limit])

    def claim(self, message_id: str, now: datetime, lease_until: datetime) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("""
                UPDATE outbox SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?""",
                [_ts(lease_until), message_id, _ts(now)]).rowcount == 1

    def claim_next(self, runner_id: str, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        with self._db.transaction() as conn:
            first = conn.execute("""
                SELECT id FROM outbox WHERE runner_id = ? AND status IN ('pending', 'sending')
                ORDER BY created_at, seq LIMIT 1""", [runner_id]).fetchone()
            if first is None:
                return None
            claimed = conn.execute("""
                UPDATE outbox SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
                WHERE id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?""",
                [_ts(lease_until), first[0], _ts(now)]).rowcount == 1
        return self.get(first[0]) if claimed else None

    def update(self, message: OutboxMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, wamid = ?, error = ?
                WHERE id = ?""",
                [message.status, message.attempts, _ts(message.next_attempt_at), message.wamid,
                 storable_note(message.error), message.id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        # Not pending or sending: FINAL plus "sent" (the CHECK allows no other status).
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM outbox WHERE status NOT IN ('pending', 'sending') AND created_at < ?",
                                [_ts(now - older_than)]).rowcount


class SqliteDeliveryLog:
    """``application.messaging.delivery.DeliveryLog`` in ``outbound_messages`` and ``unreachable_runners``."""

    _COLUMNS = "message_id AS id, runner_id, text, sent_at, template, held_at, reason, answers, delivered_at"

    def __init__(self, db: SqliteDatabase):
        self._db = db

    @staticmethod
    def _message(row: dict) -> OutboundMessage:
        def at(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None
        return OutboundMessage(id=row["id"], runner_id=row["runner_id"], text=row["text"],
                               sent_at=datetime.fromisoformat(row["sent_at"]), template=bool(row["template"]),
                               held_at=at(row["held_at"]), reason=row["reason"], answers=row["answers"],
                               delivered_at=at(row["delivered_at"]))

    def record(self, message: OutboundMessage) -> None:
        with self._db.transaction() as conn:
            conn.execute("""
                INSERT INTO outbound_messages (message_id, runner_id, text, sent_at, template, held_at, reason,
                                               answers, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""",
                [message.id, message.runner_id, message.text, _ts(message.sent_at), int(message.template),
                 _ts(message.held_at), message.reason, message.answers, _ts(message.delivered_at)])

    def get(self, message_id: str) -> OutboundMessage | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"SELECT {self._COLUMNS} FROM outbound_messages WHERE message_id = ?", [message_id])
        return self._message(rows[0]) if rows else None

    def hold(self, message_id: str, reason: int, at: datetime) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("""
                UPDATE outbound_messages SET held_at = ?, reason = ?
                WHERE message_id = ? AND held_at IS NULL AND delivered_at IS NULL""",
                [_ts(at), reason, message_id]).rowcount == 1

    def held(self, runner_id: str) -> list[OutboundMessage]:
        with self._db.read() as conn:
            rows = _rows(conn, f"""
                SELECT {self._COLUMNS} FROM outbound_messages
                WHERE runner_id = ? AND held_at IS NOT NULL AND delivered_at IS NULL
                ORDER BY sent_at, seq""", [runner_id])
        return [self._message(r) for r in rows]

    def held_answer(self, inbox_message_id: str) -> OutboundMessage | None:
        with self._db.read() as conn:
            rows = _rows(conn, f"""
                SELECT {self._COLUMNS} FROM outbound_messages
                WHERE answers = ? AND held_at IS NOT NULL ORDER BY seq LIMIT 1""", [inbox_message_id])
        return self._message(rows[0]) if rows else None

    def release(self, message_ids: Sequence[str], at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.executemany("UPDATE outbound_messages SET delivered_at = ? WHERE message_id = ? "
                             "AND delivered_at IS NULL", [[_ts(at), i] for i in message_ids])

    def mark_unreachable(self, runner_id: str, reason: int, at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO unreachable_runners (runner_id, since, reason) VALUES (?, ?, ?) "
                         "ON CONFLICT (runner_id) DO NOTHING", [runner_id, _ts(at), reason])

    def unreachable_since(self, runner_id: str) -> datetime | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT since FROM unreachable_runners WHERE runner_id = ?", [runner_id]).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def mark_reachable(self, runner_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM unreachable_runners WHERE runner_id = ?", [runner_id])

    def purge(self, older_than: timedelta, now: datetime) -> int:
        with self._db.transaction() as conn:
            return conn.execute("""
                DELETE FROM outbound_messages WHERE sent_at < ?
                AND (held_at IS NULL OR delivered_at IS NOT NULL)""", [_ts(now - older_than)]).rowcount


class SqliteUnitOfWork:
    """``UnitOfWork`` on a SqliteDatabase: BEGIN IMMEDIATE … COMMIT around the block, ROLLBACK when
    it raises; every repository on the database writes into it (their own transactions become
    savepoints) and reads what it wrote. Nested blocks on the same thread join the outer one."""

    def __init__(self, db: SqliteDatabase):
        self._db = db

    def __enter__(self) -> SqliteUnitOfWork:
        self._db.begin_unit()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._db.end_unit(commit=exc_type is None)
        return None


class SqliteStore:
    """Every repository on one SQLite file (what bootstrap holds as the ``store``)."""

    def __init__(self, path: str | Path = ":memory:", *, clock=None):
        self.db = SqliteDatabase(path, clock=clock)
        self.runners = SqliteRunnerRepository(self.db)
        self.runs = SqliteRunRepository(self.db)
        self.plans = SqlitePlanRepository(self.db)
        self.injuries = SqliteInjuryRepository(self.db)
        self.conversations = SqliteConversationLog(self.db)
        self.summaries = SqliteProgressSummaryRepository(self.db)
        self.deliveries = SqliteDeliveryLog(self.db)
        self.cross_training = SqliteCrossTrainingRepository(self.db)

    def unit_of_work(self) -> SqliteUnitOfWork:
        return SqliteUnitOfWork(self.db)

    @property
    def path(self) -> str:
        return self.db.path

    def chat_buffer(self, clock) -> SqliteChatBuffer:
        return SqliteChatBuffer(self.db, clock)


    def inbox(self, clock=None) -> SqliteInbox:
        return SqliteInbox(self.db, clock)

    def outbox(self, clock=None) -> SqliteOutbox:
        return SqliteOutbox(self.db, clock)

    def ping(self) -> bool:
        try:
            with self.db.read() as conn:
                conn.execute("SELECT 1")
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        self.db.close()
