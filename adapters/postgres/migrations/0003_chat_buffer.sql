-- Short-term memory when there is no Redis: the last messages of each runner.
-- Expiry is measured by the application's clock (stored_at), not by now().
CREATE TABLE chat_buffer (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    runner_id  text NOT NULL,
    message_id text NOT NULL,
    role       text NOT NULL,
    text       text NOT NULL,
    intent     text,
    at         timestamptz NOT NULL,
    stored_at  timestamptz NOT NULL
);
CREATE INDEX chat_buffer_runner_idx ON chat_buffer (runner_id, seq);
