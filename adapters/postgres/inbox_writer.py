"""``application.ports.InboxWriter`` on PostgreSQL with psycopg's async pool, for the webhook.

The webhook stores each delivery before it answers Meta. Run on a worker thread, that write waited
for the thread to be scheduled and for the GIL, then for the event loop to take the result back:
on a busy 2-core machine 125 ms (median) of the webhook's answer went to that, 23 ms to the INSERT
itself. Here the INSERT is awaited on the webhook's own loop, on autocommit connections (one round
trip), from a small pool opened on that loop at the first delivery.

The caller's timeout never reaches the pool (issue 22's lock-up). The webhook bounds its wait with
anyio's ``fail_after``, whose cancellation is level-triggered: it cancels the task again at every
``await`` until the scope is left, ``finally`` blocks included. psycopg_pool's ``putconn`` awaits the
pool's lock; cancelled there, the connection it was returning is dropped, counted in the pool's size
but never lent again (``tests/integration/test_inbox_writer_lockup.py`` shows it on psycopg_pool
3.3.3; the same class as psycopg issues 509 and 1345). Under a burst against a slow database the 16
connections were lost one by one, and from then on every write waited its full second for a
connection that would never come: every delivery refused, for minutes, with the server's
connections idle. So each write runs in a task of its own, shielded from the caller: the caller
stops waiting, the write finishes (or fails) on its own, bounded by the pool's and the statement's
timeouts, and always gives its connection back. At most ``max_in_flight`` writes run at once;
beyond that ``put`` refuses at once (``InboxBusy``), so a stalled database does not pile up tasks.

Once a new message is committed, the writer tells the workers (LISTEN ``andes_inbox_<schema>``,
``adapters.procrastinate_queue.listen_for_stored_messages``) with a NOTIFY of the runner's queue
key: one statement for the runners stored since the last, from a task of its own, after the insert's
commit and outside it. An insert trigger did it before (0014), and PostgreSQL's notify lock, taken at
every such COMMIT and held through its WAL flush, made concurrent deliveries commit one at a time.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from psycopg_pool import AsyncConnectionPool

from adapters.postgres.inbox import INSERT, insert_params
from application.ports import InboxItem

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 16
WRITE_TIMEOUT_S = 5.0         # a write that the caller stopped waiting for still ends within this
MAX_IN_FLIGHT = 64
CONNECT_TIMEOUT_S = 5         # libpq's connect_timeout: a connect to a stalled server fails, not hangs
STUCK_AFTER_S = 10.0          # writes waiting this long with none succeeding: the pool is renewed
# A write that rolls back: the health check exercises the path a delivery takes (a read-only or
# full database refuses it), and stores nothing.
_PROBE = "INSERT INTO inbox (message_id, phone, kind, type, text, received_at, sender) " \
         "VALUES ('__andes_health__', '', 'text', 'text', '', now(), '__andes_health__') " \
         "ON CONFLICT (message_id) DO NOTHING"


# The workers listen on ``andes_inbox_<schema>`` (adapters/procrastinate_queue.py) for the queue keys of
# runners with new messages. One statement for all those stored since the last one: PostgreSQL
# takes its notify lock once per transaction, and drops a payload repeated within one.
_WAKE = "SELECT pg_notify('andes_inbox_' || current_schema(), s) FROM unnest(%s::text[]) AS s"


class InboxBusy(Exception):
    """Too many writes already waiting on the database: refused at once."""


class PostgresInboxWriter:
    def __init__(self, conninfo: str, kwargs: dict[str, Any], *, max_size: int = MAX_CONNECTIONS,
                 timeout: float = WRITE_TIMEOUT_S, max_in_flight: int = MAX_IN_FLIGHT,
                 stuck_after_s: float = STUCK_AFTER_S, clock: Callable[[], float] = time.monotonic):
        """``conninfo`` and ``kwargs`` as the store's pool has them (search_path, time zone)."""
        options = " ".join(o for o in (str(kwargs.get("options") or ""),
                                       f"-c statement_timeout={int(timeout * 1000)}") if o)
        self._conninfo = conninfo
        self._kwargs = {**kwargs, "autocommit": True, "options": options,
                        "connect_timeout": kwargs.get("connect_timeout", CONNECT_TIMEOUT_S)}
        self._max_size = max_size
        self._timeout = timeout
        self._max_in_flight = max_in_flight
        self._stuck_after_s = stuck_after_s
        self._clock = clock
        self._pool: AsyncConnectionPool | None = None
        self._opening: asyncio.Lock | None = None
        self._in_flight: set[asyncio.Task[bool]] = set()
        self._last_ok = clock()
        self.renewals = 0
        self._to_wake: dict[str, None] = {}          # runners stored and not yet NOTIFYed, in order
        self._waking: asyncio.Task[None] | None = None

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    async def _opened(self) -> AsyncConnectionPool:
        if self._pool is not None:
            return self._pool
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pool is None:
                pool = AsyncConnectionPool(self._conninfo, kwargs=self._kwargs, min_size=min(4, self._max_size),
                                           max_size=self._max_size, timeout=self._timeout, open=False,
                                           reconnect_timeout=60.0, name="andes-inbox-writer")
                await pool.open()
                self._pool = pool
        return self._pool

    async def _write(self, item: InboxItem) -> bool:
        pool = await self._opened()
        async with pool.connection(timeout=self._timeout) as conn:
            cursor = await conn.execute(INSERT, insert_params(item))
        self._last_ok = self._clock()
        stored = cursor.rowcount == 1
        if stored:
            self._wake(item.sender)
        return stored

    def _wake(self, sender: str) -> None:
        """The workers are told of ``sender``'s new message after its insert committed, by a task of
        this writer's: the webhook's answer does not wait for it. Senders stored while a NOTIFY is on
        its way go in the next one. A NOTIFY that fails is logged: the workers' sweep (every 10 s)
        answers what nobody was told of, as it does for a listener that was down."""
        self._to_wake[sender] = None
        if self._waking is None:
            self._waking = asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        try:
            while self._to_wake:
                senders, self._to_wake = list(self._to_wake), {}
                try:
                    pool = await self._opened()
                    async with pool.connection(timeout=self._timeout) as conn:
                        await conn.execute(_WAKE, [senders])
                except Exception:
                    log.warning("inbox writer: the workers could not be told of %d runners' new messages; "
                                "the sweep will answer them", len(senders), exc_info=True)
        finally:
            self._waking = None

    def _shielded(self, work: Any) -> asyncio.Future[Any]:
        """``work`` in a task the caller's cancellation does not reach (see the module's note)."""
        if not self._in_flight:        # "stuck" counts from when writes began to wait, not from idleness
            self._last_ok = max(self._last_ok, self._clock())
        if len(self._in_flight) >= self._max_in_flight:
            work.close()
            self._renew_if_stuck()
            raise InboxBusy(f"{len(self._in_flight)} inbox writes already waiting on the database")
        task = asyncio.get_running_loop().create_task(work)
        self._in_flight.add(task)
        task.add_done_callback(self._done)
        return asyncio.shield(task)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._in_flight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self._renew_if_stuck()

    def put(self, item: InboxItem) -> Awaitable[bool]:
        """``Inbox.put``, begun at the call as a task of its own (``InboxBusy`` at once when too many
        are in flight); what comes back is that write shielded, to await. Not a coroutine: a caller
        that waits with a bound of its own (the webhook's ``within``) waits on it directly, with no
        second task per delivery (issue 23)."""
        return self._shielded(self._write(item))

    def _renew_if_stuck(self) -> None:
        """A pool that lent nothing for ``stuck_after_s`` while writes waited is replaced: whatever
        it lost (connections, its growing task), a new pool starts from nothing. The old one is
        closed in the background; its waiting writes fail and are refused, as they would be."""
        if self._pool is None or self._clock() - self._last_ok < self._stuck_after_s:
            return
        old, self._pool = self._pool, None
        self._last_ok = self._clock()
        self.renewals += 1
        log.error("inbox writer: no write succeeded for %.0f s; the connection pool is replaced",
                  self._stuck_after_s, extra={"pool": old.get_stats()})
        asyncio.get_running_loop().create_task(old.close(timeout=1.0))

    async def check(self) -> None:
        """A write through the path deliveries take (rolled back): raises when it fails."""
        async def probe() -> bool:
            pool = await self._opened()
            async with pool.connection(timeout=self._timeout) as conn:
                async with conn.transaction(force_rollback=True):
                    await conn.execute(_PROBE)
            self._last_ok = self._clock()
            return True
        await self._shielded(probe())

    def stats(self) -> dict[str, Any]:
        pool = self._pool
        measures = pool.get_stats() if pool is not None else {}
        return {"in_flight": len(self._in_flight), "renewals": self.renewals,
                "pool_size": measures.get("pool_size", 0), "available": measures.get("pool_available", 0),
                "waiting": measures.get("requests_waiting", 0)}

    async def close(self) -> None:
        if self._waking is not None:            # the last NOTIFY, if it is quick; else the sweep
            await asyncio.wait({self._waking}, timeout=1.0)
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close(timeout=2.0)
