-- Incoming WhatsApp message ids already handled (webhooks are retried).
CREATE TABLE processed_messages (
    message_id text PRIMARY KEY,
    seen_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX processed_messages_seen_idx ON processed_messages (seen_at);
