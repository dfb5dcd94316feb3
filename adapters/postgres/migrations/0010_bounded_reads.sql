-- Issue 13 ("dbcost"): reads bounded by a window, aggregates in SQL, the scheduler in batches.
-- A run report's records (count, longest, fastest pace over a window: RunRepository.records) are
-- read from the index alone, without visiting the table's rows.
CREATE INDEX runs_user_date_totals_idx ON runs (user_id, run_date) INCLUDE (distance_km, duration_s, id);
-- When each runner last wrote (the scheduler's WhatsApp window, a batch at a time): one index probe
-- per runner, however long the conversation.
CREATE INDEX conversations_runner_last_idx ON conversations (user_id, created_at DESC) WHERE role = 'runner';
