-- Andes: the coach's permanent record.
-- Tables are created in the first schema of the connection's search_path.

CREATE TABLE users (
    id                   text PRIMARY KEY,
    phone                text NOT NULL,
    name                 text,
    age                  smallint CHECK (age > 0),
    goal_race            text,
    weekly_frequency     smallint CHECK (weekly_frequency BETWEEN 1 AND 7),
    fitness_level        text,
    injury_history       text,
    motivation           text,
    timezone             text NOT NULL DEFAULT 'America/Guayaquil',
    language             text NOT NULL DEFAULT 'es',
    onboarding_completed boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
-- One runner per phone number (E.164 with a leading '+').
CREATE UNIQUE INDEX users_phone_idx ON users (phone);

CREATE TABLE runs (
    id               text PRIMARY KEY,
    seq              bigint GENERATED ALWAYS AS IDENTITY,
    user_id          text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    run_date         date NOT NULL,
    distance_km      numeric NOT NULL CONSTRAINT runs_distance_positive CHECK (distance_km > 0),
    duration_s       integer CONSTRAINT runs_duration_positive CHECK (duration_s > 0),
    perceived_effort smallint CONSTRAINT runs_effort_scale CHECK (perceived_effort BETWEEN 1 AND 10),
    mood             text,
    aches            text,
    notes            text,
    weather          text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX runs_user_date_idx ON runs (user_id, run_date DESC, created_at DESC);
-- Long runs and hard efforts: what progress summaries and plan adaptation look for.
CREATE INDEX runs_long_idx ON runs (user_id, run_date DESC) WHERE distance_km >= 15;
CREATE INDEX runs_hard_effort_idx ON runs (user_id, run_date DESC) WHERE perceived_effort >= 8;

CREATE TABLE training_plans (
    id          text PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    start_date  date NOT NULL,
    end_date    date NOT NULL,
    vdot        double precision NOT NULL,
    vdot_source text NOT NULL DEFAULT '',
    sessions    jsonb NOT NULL,
    adaptations jsonb NOT NULL DEFAULT '[]'::jsonb,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT training_plans_dates CHECK (end_date >= start_date)
);
-- The database itself guarantees at most one active plan per runner.
CREATE UNIQUE INDEX plans_user_active_idx ON training_plans (user_id) WHERE active;
CREATE INDEX plans_user_history_idx ON training_plans (user_id, seq DESC);

CREATE TABLE conversations (
    id         text PRIMARY KEY,
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('runner', 'coach')),
    message    text NOT NULL,
    intent     text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_user_time_idx ON conversations (user_id, created_at);

CREATE TABLE injuries (
    id          text PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body_part   text NOT NULL,
    severity    text NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
    description text NOT NULL DEFAULT '',
    reported_on date,
    resolved_on date
);
CREATE INDEX injuries_user_idx ON injuries (user_id, seq);
CREATE INDEX injuries_active_idx ON injuries (user_id) WHERE resolved_on IS NULL;

CREATE TABLE progress_summaries (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text NOT NULL,
    period_start date NOT NULL,
    period_end   date NOT NULL,
    text         text NOT NULL,
    sent_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- A summary is sent once per runner, kind and period.
    CONSTRAINT progress_summaries_once UNIQUE (user_id, kind, period_end)
);
