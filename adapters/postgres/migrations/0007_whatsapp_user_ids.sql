-- WhatsApp business-scoped user ids (issue 11): since April 2026 every message webhook carries the
-- sender's user_id, and users with a WhatsApp username may write without a phone number. Runners
-- and inbox items are known by user id; the phone becomes optional (one of the two is required).
ALTER TABLE users ADD COLUMN whatsapp_id text;
ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_addressable CHECK (phone IS NOT NULL OR whatsapp_id IS NOT NULL);
CREATE UNIQUE INDEX users_whatsapp_id_idx ON users (whatsapp_id) WHERE whatsapp_id IS NOT NULL;

ALTER TABLE inbox ADD COLUMN whatsapp_id text;
ALTER TABLE inbox ALTER COLUMN phone DROP NOT NULL;

-- What we sent, so that a failed-status webhook (131047 outside the 24-hour window, 131026
-- undeliverable…) is traced back to a runner and a text; held texts wait for the runner's next
-- message (held_at set, delivered_at not yet). Purged after some days unless still held.
CREATE TABLE outbound_messages (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id   text NOT NULL UNIQUE,
    runner_id    text NOT NULL,
    text         text NOT NULL,
    sent_at      timestamptz NOT NULL,
    template     boolean NOT NULL DEFAULT false,
    held_at      timestamptz,
    reason       integer,
    answers      text,
    delivered_at timestamptz
);
CREATE INDEX outbound_held_idx ON outbound_messages (runner_id, seq) WHERE held_at IS NOT NULL;
CREATE INDEX outbound_answers_idx ON outbound_messages (answers) WHERE answers IS NOT NULL;
CREATE INDEX outbound_sent_idx ON outbound_messages (sent_at);

-- Runners WhatsApp can't deliver to (131026), until they write again.
CREATE TABLE unreachable_runners (
    runner_id text PRIMARY KEY,
    since     timestamptz NOT NULL,
    reason    integer NOT NULL
);
