-- The durable inbox: every accepted WhatsApp message, stored before the webhook answers 200,
-- pending (done_at IS NULL) until it has been answered. Purged some days after it is done.
CREATE TABLE inbox (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  text NOT NULL UNIQUE,
    phone       text NOT NULL,
    kind        text NOT NULL,
    type        text NOT NULL,
    text        text NOT NULL,
    received_at timestamptz NOT NULL,
    done_at     timestamptz
);
CREATE INDEX inbox_pending_idx ON inbox (received_at, seq) WHERE done_at IS NULL;
CREATE INDEX inbox_done_idx ON inbox (done_at) WHERE done_at IS NOT NULL;
