"""The inbox's order and the outbox on PostgreSQL beyond the shared contract: migration 0009 on rows
stored before it, the indexes the queries use, and senders on two pools (two processes)."""
from __future__ import annotations

import contextlib

import threading
from datetime import datetime, timedelta, timezone

import psycopg
import pytest

from adapters.postgres import PostgresInbox, PostgresUnitOfWork, apply_migrations, create_pool, load_migrations
from adapters.postgres.inbox import INSERT, insert_params
from adapters.postgres.outbox import PostgresOutbox
from application.ports import InboxItem
from application.ports.outbox import SENDING, OutboxMessage

pytestmark = pytest.mark.integration

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_items_stored_before_0009_keep_working_with_their_sender_computed(postgres_empty_pool):
    before = [m for m in load_migrations() if m.version < 9]
    assert [m.version for m in load_migrations() if m.version >= 9][:1] == [9]
    apply_migrations(postgres_empty_pool, before)
    with postgres_empty_pool.connection() as conn:
        conn.cursor().executemany("""INSERT INTO inbox (message_id, phone, kind, type, text, received_at, whatsapp_id)
                            VALUES (%s, %s, 'text', 'text', %s, %s, %s)""", [
            ("wamid.1", "+593 (99) 111-0001", "uno", T0 + timedelta(seconds=2), None),
            ("wamid.2", None, "dos", T0 + timedelta(seconds=1), "EC.ana"),
            ("wamid.3", "593991110001", "tres", T0, None),
            ("wamid.4", "593991110002", "cuatro", T0 + timedelta(seconds=3), ""),
        ])
    assert 9 in apply_migrations(postgres_empty_pool)
    with postgres_empty_pool.connection() as conn:
        senders = dict(conn.execute("SELECT message_id, sender FROM inbox").fetchall())
    assert senders == {"wamid.1": "593991110001", "wamid.2": "EC.ana", "wamid.3": "593991110001",
                       "wamid.4": "593991110002"}
    inbox = PostgresInbox(postgres_empty_pool)
    assert [i.message_id for i in inbox.pending_for("593991110001")] == ["wamid.3", "wamid.1"]
    [ana] = inbox.pending_for("EC.ana")
    assert (ana.phone, ana.whatsapp_id, ana.sent_at, ana.sender) == (None, "EC.ana", None, "EC.ana")
    inbox.done("wamid.3")
    assert inbox.is_done("wamid.3") and [i.message_id for i in inbox.pending_for("593991110001")] == ["wamid.1"]


def _plan_of(pool, monkeypatch, call) -> str:
    """PostgreSQL's plan for the SELECT that ``call()`` sends (caught as the adapter sends it, its
    parameters bound as literals)."""
    sent: list[str] = []
    real_execute = psycopg.Cursor.execute

    def spy(self, query, params=None, **kwargs):
        if str(query).lstrip().upper().startswith("SELECT"):
            sent.append(psycopg.ClientCursor(self.connection).mogrify(query, params))
        return real_execute(self, query, params, **kwargs)
    with monkeypatch.context() as m:
        m.setattr(psycopg.Cursor, "execute", spy)
        call()
    [select] = sent
    with pool.connection() as conn:
        return "\n".join(r[0] for r in conn.execute("EXPLAIN " + select))


def test_the_queries_use_their_indexes(postgres_pool, monkeypatch):
    # A table the size of a busy week: 20,000 messages, most answered; 1 in 100 replies still open.
    with postgres_pool.connection() as conn:
        conn.execute("""
            INSERT INTO inbox (message_id, phone, sender, kind, type, text, received_at, done_at)
            SELECT 'wamid.' || g, '5939911' || (g %% 1000), '5939911' || (g %% 1000), 'text', 'text', 'hola',
                   %(t0)s + g * interval '1 second', CASE WHEN g %% 50 = 0 THEN NULL ELSE %(t0)s END
            FROM generate_series(1, 20000) g""", {"t0": T0})
        conn.execute("""
            INSERT INTO outbox (id, runner_id, recipient, text, created_at, next_attempt_at, status, wamid, answers)
            SELECT 'out' || g, 'r' || (g %% 1000), '5939', 'r', %(t0)s + g * interval '1 second',
                   %(t0)s + (g %% 60) * interval '1 minute', CASE WHEN g %% 100 = 0 THEN 'pending' ELSE 'read' END,
                   'wamid.out' || g, 'wamid.' || g
            FROM generate_series(1, 20000) g""", {"t0": T0})
        conn.execute("ANALYZE inbox")
        conn.execute("ANALYZE outbox")
    inbox, outbox = PostgresInbox(postgres_pool), PostgresOutbox(postgres_pool)
    later = T0 + timedelta(minutes=30)
    pending_for = _plan_of(postgres_pool, monkeypatch, lambda: inbox.pending_for("5939911100"))
    assert "inbox_sender_pending_idx" in pending_for and "Sort" not in pending_for    # index order, no sort
    assert "outbox_due_idx" in _plan_of(postgres_pool, monkeypatch, lambda: outbox.due(later))
    assert "outbox_runner_due_idx" in _plan_of(postgres_pool, monkeypatch, lambda: outbox.due(later, runner_id="r1"))
    assert "outbox_wamid_idx" in _plan_of(postgres_pool, monkeypatch, lambda: outbox.by_wamid("wamid.out3"))
    assert "outbox_answers_idx" in _plan_of(postgres_pool, monkeypatch, lambda: outbox.for_answer("wamid.3"))


def test_senders_on_two_pools_never_claim_one_message_twice(postgres_pool, postgres_url, postgres_schema):
    other = create_pool(postgres_url, schema=postgres_schema, min_size=1, max_size=4, timeout=5)
    try:
        for n in range(40):
            PostgresOutbox(postgres_pool).add(OutboxMessage(
                id=f"out{n}", runner_id="ana", to="593991110001", text=f"r{n}",
                created_at=T0 + timedelta(milliseconds=n), next_attempt_at=T0))
        start, won = threading.Barrier(6), []
        now = T0 + timedelta(seconds=1)

        def sender(pool):
            outbox = PostgresOutbox(pool)
            start.wait()
            for message in outbox.due(now):
                if outbox.claim(message.id, now, now + timedelta(minutes=1)):
                    won.append(message.id)
        threads = [threading.Thread(target=sender, args=(pool,)) for pool in (postgres_pool, other) * 3]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(won) == sorted(f"out{n}" for n in range(40))
        outbox = PostgresOutbox(other)
        assert {(m.status, m.attempts) for m in (outbox.get(f"out{n}") for n in range(40))} == {(SENDING, 1)}
    finally:
        other.close()


def test_a_put_inside_a_unit_commits_on_its_own(postgres_pool):
    # The webhook's put is never undone by a unit that happens to be open on the same thread.
    inbox = PostgresInbox(postgres_pool)
    item = InboxItem(message_id="wamid.1", phone="593991110001", kind="text", text="hola", received_at=T0)
    with pytest.raises(RuntimeError):
        with PostgresUnitOfWork(postgres_pool):
            assert inbox.put(item)
            raise RuntimeError("boom")
    assert inbox.pending() == [item]


def test_the_webhooks_async_writer_stores_like_put_in_the_pools_schema_and_refuses_a_repeat(postgres_pool):
    import asyncio

    from adapters.postgres.inbox_writer import PostgresInboxWriter

    item = InboxItem(message_id="wamid.async1", phone="593991110001", kind="text", text="hoy corrí 5 km 🏃",
                     received_at=T0, sent_at=T0 - timedelta(seconds=3), whatsapp_id="EC.ana")
    writer = PostgresInboxWriter(postgres_pool.conninfo, dict(postgres_pool.kwargs))

    async def deliveries() -> list[bool]:
        try:
            return [await writer.put(item), await writer.put(item)]
        finally:
            await writer.close()
    assert asyncio.run(deliveries()) == [True, False]       # Meta's redelivery is not stored twice
    assert PostgresInbox(postgres_pool).pending_for("EC.ana") == [item]   # in the test's schema, every field


def test_the_writer_wakes_the_workers_once_its_inserts_committed_one_notify_per_runner_none_for_a_repeat(
        postgres_pool):
    # Issue 23: no insert trigger (its NOTIFY at COMMIT made concurrent deliveries commit one after
    # the other); the writer NOTIFYs the runners it stored, batched, on the workers' channel.
    import asyncio

    from adapters.postgres.inbox_writer import PostgresInboxWriter

    kwargs = dict(postgres_pool.kwargs)
    writer = PostgresInboxWriter(postgres_pool.conninfo, kwargs)
    items = [InboxItem(message_id=f"wamid.wake{n}", phone=phone, kind="text", text="hola", received_at=T0)
             for n, phone in enumerate(["593991110001", "593991110002", "593991110001"])]

    async def deliveries() -> list[str]:
        async with await psycopg.AsyncConnection.connect(postgres_pool.conninfo, autocommit=True,
                                                         **kwargs) as listener:
            schema = (await (await listener.execute("SELECT current_schema()")).fetchone())[0]
            channel = f"andes_inbox_{schema}"
            await listener.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(channel)))
            try:
                stored = await asyncio.gather(*(writer.put(item) for item in items))
                assert stored == [True, True, True]
                assert not await writer.put(items[0])               # a redelivery wakes nobody
            finally:
                await writer.close()
            heard: list[str] = []
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(1.0):
                    async for note in listener.notifies():
                        assert note.channel == channel
                        heard.append(note.payload)
            return heard
    heard = asyncio.run(deliveries())
    assert sorted(set(heard)) == ["593991110001", "593991110002"]
    assert len(heard) <= 3


def _item(n: int, sent_s: int) -> InboxItem:
    return InboxItem(message_id=f"wamid.{n}", phone="593991110001", kind="text", text=f"mensaje {n}",
                     received_at=T0 + timedelta(seconds=n), sent_at=T0 + timedelta(seconds=sent_s))


def test_the_check_before_done_waits_for_an_earlier_message_being_stored_and_sees_it(postgres_pool):
    # The webhook is inside its INSERT of the runner's earlier message (not committed) when a worker,
    # closing the later one, checks for earlier ones: the check waits for that insert and sees it,
    # instead of reading past it and answering the later message first.
    inbox, unit = PostgresInbox(postgres_pool), PostgresUnitOfWork(postgres_pool)
    later, earlier = _item(1, sent_s=30), _item(2, sent_s=10)
    inbox.put(later)
    seen: list[InboxItem | None] = []

    def close_the_later_one() -> None:
        with unit:
            inbox.save_progress(later.message_id, "{}")          # the unit has written, as a close has
            seen.append(inbox.first_pending_for(later.sender))
    with postgres_pool.connection() as webhook:
        webhook.execute(INSERT, insert_params(earlier))          # in its transaction, not committed
        worker = threading.Thread(target=close_the_later_one)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive() and seen == []                  # waiting for the insert
    worker.join(10)                                              # the insert committed
    assert seen == [earlier]


def test_a_message_stored_during_the_check_waits_for_the_unit_to_end(postgres_pool):
    inbox, unit = PostgresInbox(postgres_pool), PostgresUnitOfWork(postgres_pool)
    later, earlier = _item(1, sent_s=30), _item(2, sent_s=10)
    other_sender = InboxItem(message_id="wamid.9", phone="593991110002", kind="text", text="hola", received_at=T0)
    inbox.put(later)
    stored = threading.Event()

    def webhook() -> None:
        inbox.put(earlier)
        stored.set()
    with unit:
        inbox.save_progress(later.message_id, "{}")
        assert inbox.first_pending_for(later.sender).message_id == later.message_id
        thread = threading.Thread(target=webhook)
        thread.start()
        assert not stored.wait(0.5)                              # held until this unit ends
        assert inbox.put(other_sender)                           # another runner's message is not held
        inbox.done(later.message_id)
    assert stored.wait(10)
    thread.join(10)
    assert inbox.pending_for(later.sender) == [earlier]          # answered next: it came in after
