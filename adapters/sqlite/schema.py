"""The embedded store's schema: its migrations, in order."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


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
    # issue 25 (pictures, reminders, calendar): a picture in the outbox, sent as an image message
    # with its caption; each runner's reminder hour, reminders on or off, and the key of their
    # calendar feed (rotated to revoke its link). PostgreSQL: 0012_issue25_pictures_reminders.
    [
        "ALTER TABLE outbox ADD COLUMN image BLOB",
        """CREATE TABLE coach_preferences (
            runner_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
            reminder_hour INTEGER NOT NULL DEFAULT 19 CHECK (reminder_hour BETWEEN 0 AND 23),
            reminder_minute INTEGER NOT NULL DEFAULT 0 CHECK (reminder_minute BETWEEN 0 AND 59),
            reminders_on INTEGER NOT NULL DEFAULT 1,
            calendar_key TEXT
        )""",
        "CREATE UNIQUE INDEX coach_preferences_calendar_idx ON coach_preferences (calendar_key)",
    ],
    # issue 24: runs from the watch (FIT/GPX/TCX files, Strava): where a run came from, the source's
    # id of it (an activity edited or deleted on Strava is found by it), and what the watch recorded
    # (domain.activity.Recording, as JSON). Strava's tokens per runner, encrypted. PostgreSQL: 0013.
    [
        "ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT 'typed'",
        "ALTER TABLE runs ADD COLUMN source_ref TEXT",
        "ALTER TABLE runs ADD COLUMN recording TEXT",
        "CREATE UNIQUE INDEX runs_source_ref_idx ON runs (user_id, source, source_ref) WHERE source_ref IS NOT NULL",
        """CREATE TABLE strava_links (
            runner_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
            athlete_id TEXT NOT NULL UNIQUE,
            tokens TEXT NOT NULL,
            scope TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )""",
        # Strava's webhook events wait here until handled: a rate limit or an outage delays them,
        # never drops them (application.training.strava).
        """CREATE TABLE strava_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            aspect_type TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            event_time INTEGER NOT NULL,
            updates TEXT NOT NULL DEFAULT '{}',
            received_at TEXT NOT NULL,
            next_attempt_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            done_at TEXT
        )""",
        "CREATE INDEX strava_events_due_idx ON strava_events (next_attempt_at, seq) WHERE done_at IS NULL",
    ],
    # issue 23: a reply's picture is drawn when it is sent, after the words; the outbox keeps what to
    # draw (JSON). PostgreSQL: 0016_outbox_picture_drawn_when_sent.
    [
        "ALTER TABLE outbox ADD COLUMN picture TEXT",
    ],
]

SCHEMA_VERSION = len(_MIGRATIONS)
