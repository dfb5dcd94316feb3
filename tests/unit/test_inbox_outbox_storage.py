"""The inbox's order and the outbox beyond the shared contract: the SQLite schema entry of issue 12 on a
file written before it, the indexes the queries use, senders on two connections to one file (two
processes), and the in-memory store's unit of work over its inbox and outbox."""
import threading
from datetime import datetime, timedelta, timezone

import pytest

import bootstrap
from adapters import in_memory
from adapters import sqlite as sq
from application.ports import InboxItem
from application.ports.outbox import SENDING, OutboxMessage

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


def _entry() -> int:
    [mine] = [i for i, entry in enumerate(sq._MIGRATIONS) if any("CREATE TABLE outbox" in s for s in entry)]
    return mine


def test_items_stored_before_issue_12_keep_working_with_their_sender_computed(tmp_path, monkeypatch):
    path = tmp_path / "andes.sqlite3"
    mine = _entry()
    with monkeypatch.context() as m:
        m.setattr(sq.schema, "_MIGRATIONS", sq._MIGRATIONS[:mine])
        old = sq.SqliteDatabase(path)
        with old.transaction() as conn:
            assert "sender" not in {r[1] for r in conn.execute("PRAGMA table_info(inbox)")}   # the old schema
            conn.executemany("""INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id)
                                VALUES (?, ?, 'text', 'text', ?, ?, ?)""", [
                ("wamid.1", "+593 (99) 111-0001", "uno", "2024-03-01T12:00:02.000000+00:00", None),
                ("wamid.2", "", "dos", "2024-03-01T12:00:01.000000+00:00", "EC.ana"),
                ("wamid.3", "593991110001", "tres", "2024-03-01T12:00:00.000000+00:00", None),
                ("wamid.4", "593991110002", "cuatro", "2024-03-01T12:00:03.000000+00:00", ""),
            ])
        old.close()

    store = sq.SqliteStore(path)
    assert store.db.schema_version == sq.SCHEMA_VERSION > mine
    with store.db.read() as conn:
        senders = dict(conn.execute("SELECT message_id, sender FROM inbox").fetchall())
    assert senders == {"wamid.1": "593991110001", "wamid.2": "EC.ana", "wamid.3": "593991110001",
                       "wamid.4": "593991110002"}
    inbox = store.inbox()
    assert [i.message_id for i in inbox.pending_for("593991110001")] == ["wamid.3", "wamid.1"]
    [ana] = inbox.pending_for("EC.ana")
    assert (ana.phone, ana.whatsapp_id, ana.sent_at, ana.sender) == (None, "EC.ana", None, "EC.ana")
    assert [i.sender for i in inbox.pending_for("593991110002")] == ["593991110002"]    # '' is no user id
    inbox.done("wamid.3")
    assert inbox.is_done("wamid.3") and [i.message_id for i in inbox.pending_for("593991110001")] == ["wamid.1"]
    store.close()


def _plan_of(db: sq.SqliteDatabase, call) -> str:
    """SQLite's plan for the SELECT that ``call()`` sends (traced as sent, its parameters bound)."""
    sent: list[str] = []
    with db.read() as conn:
        conn.set_trace_callback(sent.append)
    try:
        call()
    finally:
        with db.read() as conn:
            conn.set_trace_callback(None)
    [select] = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    with db.read() as conn:
        return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + select))


def test_the_queries_use_their_indexes(tmp_path):
    db = sq.SqliteDatabase(tmp_path / "andes.sqlite3")
    inbox, outbox = sq.SqliteInbox(db), sq.SqliteOutbox(db)
    for n in range(200):
        inbox.put(InboxItem(message_id=f"wamid.{n}", phone=f"5939911100{n % 20:02d}", kind="text", text="hola",
                            received_at=T0 + timedelta(seconds=n)))
        outbox.add(OutboxMessage(id=f"out{n}", runner_id=f"r{n % 20}", to="5939", text="r", created_at=T0,
                                 next_attempt_at=T0, status="delivered" if n % 10 else "pending",
                                 wamid=f"wamid.out{n}", answers=f"wamid.{n}"))
    with db.transaction() as conn:
        conn.execute("ANALYZE")
    pending_for = _plan_of(db, lambda: inbox.pending_for("593991110001"))
    assert "inbox_sender_pending_idx" in pending_for and "TEMP B-TREE" not in pending_for   # no sort: index order
    assert "outbox_due_idx" in _plan_of(db, lambda: outbox.due(T0))
    assert "outbox_runner_due_idx" in _plan_of(db, lambda: outbox.due(T0, runner_id="r1"))
    assert "outbox_wamid_idx" in _plan_of(db, lambda: outbox.by_wamid("wamid.out3"))
    assert "outbox_answers_idx" in _plan_of(db, lambda: outbox.for_answer("wamid.3"))
    db.close()


def test_senders_on_two_connections_to_one_file_never_claim_one_message_twice(tmp_path):
    # Two SqliteDatabase objects are two connections with their own locks: as two processes are.
    path = tmp_path / "andes.sqlite3"
    one, two = sq.SqliteDatabase(path), sq.SqliteDatabase(path)
    for n in range(40):
        sq.SqliteOutbox(one).add(OutboxMessage(id=f"out{n}", runner_id="ana", to="593991110001", text=f"r{n}",
                                               created_at=T0 + timedelta(milliseconds=n), next_attempt_at=T0))
    start, won = threading.Barrier(4), []
    now = T0 + timedelta(seconds=1)

    def sender(db):
        outbox = sq.SqliteOutbox(db)
        start.wait()
        for message in outbox.due(now):
            if outbox.claim(message.id, now, now + timedelta(minutes=1)):
                won.append(message.id)
    threads = [threading.Thread(target=sender, args=(db,)) for db in (one, two, one, two)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(won) == sorted(f"out{n}" for n in range(40))
    assert {(m.status, m.attempts) for m in (sq.SqliteOutbox(two).get(f"out{n}") for n in range(40))} == {
        (SENDING, 1)}
    one.close()
    two.close()


def test_the_memory_store_unit_of_work_covers_its_inbox_and_outbox():
    store = bootstrap._MemoryStore(in_memory)
    inbox, outbox = store.inbox(), store.outbox()
    assert store.inbox() is inbox and store.outbox() is outbox          # one of each per store
    inbox.put(InboxItem(message_id="wamid.1", phone="593991110001", kind="text", text="hola", received_at=T0))
    reply = OutboxMessage(id="out1", runner_id="ana", to="593991110001", text="¡hola!", created_at=T0,
                          next_attempt_at=T0, answers="wamid.1")
    with pytest.raises(RuntimeError):
        with store.unit_of_work():
            outbox.add(reply)
            inbox.done("wamid.1")
            raise RuntimeError("boom")
    assert outbox.get("out1") is None and not inbox.is_done("wamid.1")
    with store.unit_of_work():
        outbox.add(reply)
        inbox.done("wamid.1")
    assert outbox.for_answer("wamid.1") == [reply] and inbox.is_done("wamid.1")
