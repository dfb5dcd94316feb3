-- Issue 25 (pictures, reminders, calendar): a picture in the outbox, sent as WhatsApp's image
-- message with the row's text as its caption; each runner's session-reminder time, reminders on or
-- off ("no me recuerdes"), and the key of their calendar feed (rotated to revoke its link).
ALTER TABLE outbox ADD COLUMN image bytea;
CREATE TABLE coach_preferences (
    runner_id text PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    reminder_hour integer NOT NULL DEFAULT 19 CHECK (reminder_hour BETWEEN 0 AND 23),
    reminder_minute integer NOT NULL DEFAULT 0 CHECK (reminder_minute BETWEEN 0 AND 59),
    reminders_on boolean NOT NULL DEFAULT true,
    calendar_key text UNIQUE
);
