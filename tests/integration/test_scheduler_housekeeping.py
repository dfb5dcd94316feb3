"""The scheduler also drops expired chat-buffer rows when the buffer lives in PostgreSQL."""
from datetime import timedelta

from dependency_injector import providers

from adapters.in_memory import RecordingMessenger
from adapters.postgres import PostgresStore
from entrypoints.scheduler import run_scheduler
from tests.coach_harness import memory_container, onboard

PHONE = "+593991234567"


def test_a_scheduler_tick_purges_chat_buffers_older_than_a_day(tmp_path, postgres_pool):
    container, clock = memory_container(tmp_path)
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.messenger.override(providers.Object(RecordingMessenger()))
    runner, _ = onboard(container.reply_to_runner(), PHONE)

    def rows():
        with postgres_pool.connection() as conn:
            return conn.execute("SELECT count(*) FROM chat_buffer").fetchone()[0]

    assert rows() == 16
    run_scheduler(once=True, container=container)
    assert rows() == 16                      # still fresh: kept
    clock.advance(timedelta(hours=25))
    run_scheduler(once=True, container=container)
    assert rows() == 0
    assert len(container.conversations().for_runner(runner.id, limit=100)) == 16   # the log stays
