-- The durable inbox (0004) de-duplicates WhatsApp message ids by its unique key;
-- the seen-ids table of 0002 is no longer used.
DROP TABLE processed_messages;
