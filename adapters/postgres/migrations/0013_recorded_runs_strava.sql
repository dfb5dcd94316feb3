-- Issue 24: runs from the watch (FIT/GPX/TCX files sent on WhatsApp, Strava). Where a run came from,
-- the source's own id of it (an activity edited or deleted on Strava is found by it), and what the
-- watch recorded (domain.activity.Recording: start time, moving/elapsed time, splits, elevation,
-- heart rate, cadence, laps) as jsonb. Strava's tokens per runner, encrypted (Fernet) by the adapter.
ALTER TABLE runs ADD COLUMN source text NOT NULL DEFAULT 'typed';
ALTER TABLE runs ADD COLUMN source_ref text;
ALTER TABLE runs ADD COLUMN recording jsonb;
CREATE UNIQUE INDEX runs_source_ref_idx ON runs (user_id, source, source_ref) WHERE source_ref IS NOT NULL;

CREATE TABLE strava_links (
    runner_id text PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    athlete_id text NOT NULL UNIQUE,
    tokens text NOT NULL,
    scope text NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Strava's webhook events wait here until handled: a rate limit or an outage delays them, never
-- drops them. The id is the event's own identity (object, aspect, time): Strava's retries are one row.
CREATE TABLE strava_events (
    seq bigserial PRIMARY KEY,
    id text NOT NULL UNIQUE,
    object_type text NOT NULL,
    object_id text NOT NULL,
    aspect_type text NOT NULL,
    owner_id text NOT NULL,
    event_time bigint NOT NULL,
    updates jsonb NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    done_at timestamptz
);
CREATE INDEX strava_events_due_idx ON strava_events (next_attempt_at, seq) WHERE done_at IS NULL;
