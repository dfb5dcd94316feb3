-- Issue 10 ("storage"): an injury's triage answers and a plan's structured notes and race day.
-- Every new column is nullable (or defaults to an empty list): rows stored before load unchanged,
-- NULL meaning "not asked yet" for the triage, which is not the same as "no".
ALTER TABLE injuries
    ADD COLUMN side         text CONSTRAINT injuries_side_known CHECK (side IN ('left', 'right', 'both')),
    ADD COLUMN since        date,
    ADD COLUMN pain         smallint CONSTRAINT injuries_pain_scale CHECK (pain BETWEEN 0 AND 10),
    ADD COLUMN pain_walking boolean,
    ADD COLUMN swelling     boolean,
    ADD COLUMN sharp_pain   boolean;

ALTER TABLE training_plans
    ADD COLUMN notes     jsonb NOT NULL DEFAULT '[]'::jsonb,   -- [{"code": …, "params": {…}}]
    ADD COLUMN race_date date;
