-- Issue 23: a stored message wakes the workers (LISTEN/NOTIFY) instead of the webhook deferring a
-- job per delivery. The notification goes out at the insert's COMMIT, on a channel of the schema
-- (several deployments may share one database), with the runner's queue key as its payload.
CREATE FUNCTION andes_inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('andes_inbox_' || current_schema(), NEW.sender);
    RETURN NULL;
END;
$$;
CREATE TRIGGER inbox_notify AFTER INSERT ON inbox FOR EACH ROW EXECUTE FUNCTION andes_inbox_notify();
