-- Issue 23: the insert trigger of 0014 NOTIFYed at every inbox insert's COMMIT, and PostgreSQL holds
-- its notify lock (one for the whole cluster) from there through the commit's WAL flush: concurrent
-- deliveries committed one after the other. 64 inserts in flight on this machine: 480-1,116/s with
-- the trigger against 986-2,198/s without, p99 178-292 ms against 50-222 ms. The webhook's writer now
-- wakes the workers itself, once its inserts are committed: one statement NOTIFYs, on the same
-- channel, the runners stored since its last one (adapters/postgres/inbox_writer.py).
DROP TRIGGER inbox_notify ON inbox;
DROP FUNCTION andes_inbox_notify();
