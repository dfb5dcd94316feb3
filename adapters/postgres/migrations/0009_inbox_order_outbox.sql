-- Issue 12: a runner's messages are answered in the order they sent them (WhatsApp's timestamp),
-- one queue per sender; an item is done with the message's effects, or quarantined with a reason.
ALTER TABLE inbox ADD COLUMN sent_at timestamptz;
-- The queue key (application.ports.InboxItem.sender): the WhatsApp user id, else the phone's digits.
ALTER TABLE inbox ADD COLUMN sender text;
UPDATE inbox SET sender = COALESCE(NULLIF(whatsapp_id, ''), regexp_replace(COALESCE(phone, ''), '[^0-9]', '', 'g'));
ALTER TABLE inbox ALTER COLUMN sender SET NOT NULL;
ALTER TABLE inbox ADD COLUMN order_at timestamptz GENERATED ALWAYS AS (COALESCE(sent_at, received_at)) STORED;
ALTER TABLE inbox ADD COLUMN quarantine_reason text;
-- pending_for(sender): an index scan over that sender's pending items, already in answer order.
CREATE INDEX inbox_sender_pending_idx ON inbox (sender, order_at, received_at, seq) WHERE done_at IS NULL;

-- The outbox (application.outbox): every reply stored in the unit of work of the message it
-- answers, then sent (claimed by one sender at a time, under a lease) and retried with backoff.
CREATE TABLE outbox (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              text NOT NULL UNIQUE,
    runner_id       text NOT NULL,
    recipient       text NOT NULL,                 -- OutboxMessage.to
    text            text NOT NULL,
    buttons         jsonb NOT NULL DEFAULT '[]',   -- [{"id": …, "title": …}]
    answers         text,
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'read', 'held', 'failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    wamid           text,
    error           text
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_runner_due_idx ON outbox (runner_id, created_at, seq) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_wamid_idx ON outbox (wamid) WHERE wamid IS NOT NULL;
CREATE INDEX outbox_answers_idx ON outbox (answers, created_at, seq) WHERE answers IS NOT NULL;
CREATE INDEX outbox_final_idx ON outbox (created_at) WHERE status NOT IN ('pending', 'sending');
