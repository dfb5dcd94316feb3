-- Issue 10 ("runs"): the runner's race, volume, schedule and units; a race is a field of the run
-- (the old "race: …" prefix of the notes moves into it); cross-training kept apart from runs.
ALTER TABLE users
    ADD COLUMN has_race       boolean,
    ADD COLUMN race_date      date,
    ADD COLUMN race_name      text,
    ADD COLUMN goal_time_s    integer CONSTRAINT users_goal_time_positive CHECK (goal_time_s > 0),
    ADD COLUMN weekly_km      double precision CONSTRAINT users_weekly_km_not_negative CHECK (weekly_km >= 0),
    ADD COLUMN longest_run_km double precision CONSTRAINT users_longest_not_negative CHECK (longest_run_km >= 0),
    ADD COLUMN run_days       smallint[],          -- weekdays, 0 = Monday … 6 = Sunday
    ADD COLUMN long_run_day   smallint CONSTRAINT users_long_run_day_weekday CHECK (long_run_day BETWEEN 0 AND 6),
    ADD COLUMN units          text NOT NULL DEFAULT 'km' CONSTRAINT users_units_known CHECK (units IN ('km', 'mi'));

ALTER TABLE runs ADD COLUMN is_race boolean NOT NULL DEFAULT false;
UPDATE runs SET is_race = true,
       notes = CASE WHEN notes = 'race' THEN NULL ELSE NULLIF(btrim(substr(notes, 6)), '') END
 WHERE notes = 'race' OR left(notes, 5) = 'race:';

CREATE TABLE cross_training (
    id               text PRIMARY KEY,
    seq              bigint GENERATED ALWAYS AS IDENTITY,
    user_id          text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day              date NOT NULL,
    activity         text NOT NULL CHECK (activity IN ('bike', 'swim', 'strength', 'other')),
    minutes          double precision NOT NULL CHECK (minutes > 0),
    distance_km      double precision CHECK (distance_km > 0),
    perceived_effort smallint CHECK (perceived_effort BETWEEN 1 AND 10),
    notes            text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cross_training_user_day_idx ON cross_training (user_id, day DESC, created_at DESC);
