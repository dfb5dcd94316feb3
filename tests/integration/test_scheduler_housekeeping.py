"""The scheduler also drops expired chat-buffer rows when the buffer lives in PostgreSQL, and inbox
items answered more than 7 days ago."""
from datetime import timedelta

from dependency_injector import providers

from adapters.in_memory import RecordingMessenger
from adapters.postgres import PostgresStore
from application.ports import InboxItem
from entrypoints.scheduler import run_scheduler
from tests.coach_harness import ONBOARDING_ES, memory_container, onboard

PHONE = "+593991234567"


def test_a_scheduler_tick_purges_chat_buffers_older_than_a_day(tmp_path, postgres_pool):
    container, clock = memory_container(tmp_path)
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.messenger.override(providers.Object(RecordingMessenger()))
    runner, _ = onboard(container.reply_to_runner(), PHONE)

    def rows():
        with postgres_pool.connection() as conn:
            return conn.execute("SELECT count(*) FROM chat_buffer").fetchone()[0]

    buffered = min(20, 2 * len(ONBOARDING_ES))     # the buffer keeps the last 20 messages
    assert rows() == buffered
    run_scheduler(once=True, container=container)
    assert rows() == buffered                # still fresh: kept
    clock.advance(timedelta(hours=25))
    run_scheduler(once=True, container=container)
    assert rows() == 0
    assert len(container.conversations().for_runner(runner.id, limit=100)) == 2 * len(ONBOARDING_ES)   # the log stays


def test_a_scheduler_tick_purges_inbox_items_done_more_than_7_days_ago(tmp_path, postgres_pool):
    container, clock = memory_container(tmp_path)
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.messenger.override(providers.Object(RecordingMessenger()))
    inbox = container.inbox()
    answered, waiting = (InboxItem(message_id=f"wamid.{n}", phone="593991234567", kind="text", text="Hola",
                                   received_at=clock.now()) for n in (1, 2))
    assert inbox.put(answered) and inbox.put(waiting)
    inbox.done(answered.message_id)

    def rows():
        with postgres_pool.connection() as conn:
            return conn.execute("SELECT count(*) FROM inbox").fetchone()[0]

    clock.advance(timedelta(days=6))
    run_scheduler(once=True, container=container)
    assert rows() == 2                       # answered 6 days ago: still known (Meta may redeliver)
    clock.advance(timedelta(days=2))
    run_scheduler(once=True, container=container)
    assert rows() == 1
    assert inbox.pending() == [waiting]      # never answered: kept, however old


def test_a_scheduler_tick_purges_sent_messages_after_8_days_but_keeps_held_ones(tmp_path, postgres_pool):
    from application.ports.delivery import OutboundMessage

    container, clock = memory_container(tmp_path)
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.messenger.override(providers.Object(RecordingMessenger()))
    deliveries = container.deliveries()
    deliveries.record(OutboundMessage("wamid.sent", "r1", "Hola", clock.now()))
    deliveries.record(OutboundMessage("wamid.held", "r1", "Tu resumen", clock.now()))
    deliveries.hold("wamid.held", 131047, clock.now())
    clock.advance(timedelta(days=7))
    run_scheduler(once=True, container=container)
    assert deliveries.get("wamid.sent") is not None       # a late failed status may still name it
    clock.advance(timedelta(days=2))
    run_scheduler(once=True, container=container)
    assert deliveries.get("wamid.sent") is None
    assert [m.id for m in deliveries.held("r1")] == ["wamid.held"]    # waits for the runner
