-- Issue 23: a reply's picture is drawn when it is sent, after the reply's words, not while the reply
-- is made: the outbox keeps what to draw (the worded progress card or plan picture, as JSON) and the
-- sender draws it (application.messaging.outbound). ``image`` stays for a picture already drawn.
ALTER TABLE outbox ADD COLUMN picture jsonb;
