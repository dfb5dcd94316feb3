"""Issue 22: the webhook's inbox writes cannot lock the pool up.

The cause, shown first on psycopg_pool itself: anyio's ``fail_after`` (what the webhook bounds its
wait with) cancels again at every ``await`` until its scope is left, and psycopg_pool's ``putconn``
awaits the pool's lock; a connection being returned there is dropped, counted but never lent again.
Then the writer: thousands of writes bursting, cancelled and timed out against a PostgreSQL that
stalls (a TCP proxy holding every byte), and the next delivery must be stored in its normal time.
"""
from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from datetime import datetime, timezone

import anyio
import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from adapters.postgres.inbox_writer import InboxBusy, PostgresInboxWriter
from application.ports import InboxItem
from benchmarks.harness.pgproxy import TcpProxy

pytestmark = pytest.mark.integration

NORMAL_WRITE_S = 1.0      # the webhook's own bound (entrypoints.webhook.STORE_TIMEOUT_S)


def _item(n: int) -> InboxItem:
    return InboxItem(message_id=f"wamid.{uuid.uuid4().hex}", phone=f"+5939900{n:05d}", kind="text",
                     type="text", text="hola", received_at=datetime.now(timezone.utc))


async def _put_within(writer: PostgresInboxWriter, n: int, seconds: float = NORMAL_WRITE_S) -> str:
    try:
        with anyio.fail_after(seconds):
            await writer.put(_item(n))
        return "stored"
    except TimeoutError:
        return "timeout"
    except InboxBusy:
        return "busy"
    except Exception as error:       # the pool's own timeout, a connection cut by the stall
        return type(error).__name__


def test_psycopg_pool_loses_a_connection_returned_under_an_anyio_cancel_scope(postgres_url):
    """The mechanism, on the library alone: this is why the writer never lets the caller's
    cancellation reach the pool. (If a psycopg_pool release fixes it, this test says so.)"""
    async def scenario() -> str:
        pool = AsyncConnectionPool(postgres_url, min_size=1, max_size=1, open=False,
                                   kwargs={"autocommit": True}, timeout=1)
        await pool.open(wait=True)
        try:
            async def caller() -> None:
                with anyio.move_on_after(0.1):
                    async with pool.connection() as conn:
                        await conn.execute("SELECT 1")
                        await anyio.sleep(0.3)        # its timeout lands while it holds the connection

            async def another_client() -> None:
                await anyio.sleep(0.05)
                async with pool._lock:                # in getconn's critical section when it returns it
                    await anyio.sleep(0.3)

            await asyncio.gather(caller(), another_client())
            try:
                async with pool.connection(timeout=1.0) as conn:
                    await conn.execute("SELECT 1")
                return "lent again"
            except Exception:
                return "lost"
        finally:
            await pool.close(timeout=1)

    assert asyncio.run(scenario()) == "lost"


@pytest.fixture
def proxy():
    proxy = TcpProxy("127.0.0.1", 5432).start()
    yield proxy
    proxy.stop()


def test_a_write_whose_caller_gave_up_while_it_returned_its_connection_gives_it_back(postgres_url, postgres_pool):
    """The interleaving above through the writer, on a one-connection pool: the INSERT waits in the
    server (its sender's lock is held), ends, and its connection goes back while another client
    holds the pool's lock; the caller's timeout lands right then. The next write must be stored."""
    schema = postgres_pool.kwargs["options"].split("search_path=")[1]
    item = _item(7)

    async def scenario() -> str:
        writer = PostgresInboxWriter(postgres_url, {"options": f"-c search_path={schema}"}, max_size=1)
        locker = await psycopg.AsyncConnection.connect(postgres_url, autocommit=True)
        lock = "hashtext('inbox:' || %s)"
        try:
            assert await _put_within(writer, 0) == "stored"
            pool = writer._pool
            assert pool is not None
            await locker.execute(f"SELECT pg_advisory_lock({lock})", [item.sender])

            async def caller() -> None:
                with anyio.move_on_after(0.3):
                    await writer.put(item)

            async def another_client() -> None:
                await anyio.sleep(0.1)
                async with pool._lock:
                    await locker.execute(f"SELECT pg_advisory_unlock({lock})", [item.sender])
                    await anyio.sleep(0.6)            # the INSERT ends; its connection waits for this lock

            await asyncio.gather(caller(), another_client())
            return await _put_within(writer, 2)
        finally:
            await locker.close()
            await writer.close()

    assert asyncio.run(scenario()) == "stored"


def _phone_lock(admin: psycopg.Connection, held: bool) -> None:
    """Hold (or let go of) the lock every insert of the test's phones takes shared: their INSERTs
    wait in the server, slow but answering, as on a database too busy for its load."""
    call = "pg_advisory_lock" if held else "pg_advisory_unlock"
    for n in range(20):
        admin.execute(f"SELECT {call}(hashtext('inbox:' || %s))", [f"5939900{n:05d}"])


def test_thousands_of_cancelled_and_timed_out_writes_against_a_slow_database_do_not_lock_it_up(
        postgres_url, postgres_pool, proxy, postgres_admin):
    """Two kinds of slow: a stalled server (every byte held: cancelled queries break their
    connections) and a busy one (INSERTs waiting on a lock: cancelled queries end cleanly and their
    connections go back to the pool while thousands of requests contend for it)."""
    schema = postgres_pool.kwargs["options"].split("search_path=")[1]
    url = f"postgresql://postgres@127.0.0.1:{proxy.port}/test"
    locker = psycopg.connect(postgres_url, autocommit=True)

    async def scenario() -> tuple[Counter[str], list[str], dict]:
        # room for thousands of writes at once: every one of them reaches the pool
        writer = PostgresInboxWriter(url, {"options": f"-c search_path={schema}"}, max_in_flight=5000)
        outcomes: Counter[str] = Counter()
        try:
            assert await _put_within(writer, 0) == "stored"
            n = 1
            for round_ in range(6):
                stalled = round_ % 3 == 0
                if stalled:
                    proxy.stall(2.0)                      # the database answers nothing for a while
                else:
                    _phone_lock(locker, held=True)
                started = time.monotonic()
                tasks = []
                while time.monotonic() - started < 2.0:   # deliveries keep coming
                    for _ in range(20):
                        # timeouts spread around the stall, some as short as a connection's hand-over
                        tasks.append(asyncio.ensure_future(_put_within(writer, n % 20, 0.05 + (n % 20) / 20)))
                        n += 1
                    await asyncio.sleep(0.02)
                if not stalled:
                    _phone_lock(locker, held=False)
                outcomes.update(await asyncio.gather(*tasks))
            # the burst is over: give the writes the caller stopped waiting for their own time to end
            for _ in range(100):
                if writer.in_flight == 0 and writer.stats()["available"] == writer.stats()["pool_size"]:
                    break              # every connection the pool counts is back (none was lost)
                await asyncio.sleep(0.1)
            idle = writer.stats()
            after = [await _put_within(writer, i) for i in range(20)]
            return outcomes, after, idle
        finally:
            await writer.close()

    try:
        outcomes, after, stats = asyncio.run(scenario())
    finally:
        locker.close()
    assert sum(outcomes.values()) >= 2000 and outcomes["timeout"] >= 1000 and not outcomes["busy"], outcomes
    assert after == ["stored"] * 20, (after, stats, outcomes)
    assert stats["available"] == stats["pool_size"] >= 1 and stats["waiting"] == 0, stats
    stored = postgres_admin.execute(f"SELECT count(*) FROM {schema}.inbox").fetchone()[0]
    assert stored >= 20 + outcomes["stored"]


def test_a_burst_beyond_what_the_database_can_take_is_refused_at_once(postgres_url, postgres_pool, proxy):
    schema = postgres_pool.kwargs["options"].split("search_path=")[1]
    url = f"postgresql://postgres@127.0.0.1:{proxy.port}/test"

    async def scenario() -> tuple[Counter[str], str]:
        writer = PostgresInboxWriter(url, {"options": f"-c search_path={schema}"}, max_in_flight=8)
        try:
            assert await _put_within(writer, 0) == "stored"
            proxy.stall(1.0)
            outcomes = Counter(await asyncio.gather(*[_put_within(writer, i, 0.5) for i in range(50)]))
            await asyncio.sleep(1.5)
            return outcomes, await _put_within(writer, 99)
        finally:
            await writer.close()

    outcomes, after = asyncio.run(scenario())
    assert outcomes == Counter({"timeout": 8, "busy": 42}), outcomes
    assert after == "stored"


def test_the_health_check_writes_through_the_writers_path(postgres_url, postgres_pool, postgres_admin):
    schema = postgres_pool.kwargs["options"].split("search_path=")[1]

    async def check(read_only: bool) -> str:
        options = f"-c search_path={schema}" + (" -c default_transaction_read_only=on" if read_only else "")
        writer = PostgresInboxWriter(postgres_url, {"options": options})
        try:
            await writer.check()
            return "ok"
        except psycopg.Error as error:
            return type(error).__name__
        finally:
            await writer.close()

    assert asyncio.run(check(read_only=False)) == "ok"
    assert asyncio.run(check(read_only=True)) == "ReadOnlySqlTransaction"
    assert postgres_admin.execute(f"SELECT count(*) FROM {schema}.inbox").fetchone()[0] == 0
