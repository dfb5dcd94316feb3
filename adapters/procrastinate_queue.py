"""The work queue on PostgreSQL, with procrastinate (https://procrastinate.readthedocs.io).

Why procrastinate: the service already runs PostgreSQL, and procrastinate keeps its jobs there —
no broker to deploy or lose — with what the pipeline needs built in
(https://procrastinate.readthedocs.io/en/stable/howto/advanced/locks.html,
…/queueing_locks.html, …/retry.html, …/cron.html):

* ``lock=<sender>``: jobs sharing a lock run one at a time, in the order they were deferred, across
  every worker process — a runner's messages are never answered in parallel or out of order;
* ``queueing_lock=answer:<sender>``: at most one *waiting* job per runner; a webhook that asks again
  while one waits gets ``AlreadyEnqueued`` (the waiting job will take the new message too);
* retries with exponential backoff (2, 4, 8… 256 s); the last attempt quarantines the message;
* periodic tasks (``@app.periodic``): each tick is deferred once across all workers (a unique
  (task, periodic id, timestamp) row), so the scheduler runs once however many workers there are.

The jobs themselves are ``application.messaging.jobs.Jobs``: ``answer``, ``delivery_failure`` and ``sweep``
are awaited on the worker's event loop (the model and WhatsApp are awaited; the store's blocking
steps run on a bounded set of threads, ``application.messaging.offload``), so one worker process has up to
``concurrency`` jobs — hundreds of model calls — in flight; ``receipt`` and ``scheduled`` run on a thread.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import anyio
import anyio.to_thread
import procrastinate
import psycopg
import psycopg.sql
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation
from procrastinate.jobs import Status
from psycopg.conninfo import conninfo_to_dict

from adapters.postgres.queue_schema import apply_queue_schema
from application.messaging.jobs import Jobs

log = logging.getLogger(__name__)

ANSWER = "andes.answer"
FAILURE = "andes.delivery_failure"
RECEIPT = "andes.receipt"
SWEEP = "andes.sweep"
SCHEDULED = "andes.scheduled"
STALLED = "andes.retry_stalled"
STALLED_AFTER_S = 30.0                  # three missed heartbeats (workers beat every 10 s)
MAX_ATTEMPTS = 8
RETRY = procrastinate.RetryStrategy(max_attempts=MAX_ATTEMPTS, exponential_wait=2)
SWEEP_CRON = "* * * * * */10"          # every 10 s (6th column: seconds)
SCHEDULED_CRON = "*/5 * * * *"          # every 5 minutes: each runner's messages are due at their local hour


def _options(conninfo: str, schema: str | None) -> dict[str, Any]:
    """Options already in the URL (e.g. ?options=-c%20search_path%3Dandes) are kept, like the store's."""
    options = [conninfo_to_dict(conninfo).get("options") or "", "-c timezone=UTC"]
    if schema:
        options.append(f"-c search_path={schema}")
    return {"options": " ".join(str(o) for o in options if o)}


def create_app(conninfo: str, *, schema: str | None = None, max_size: int = 10) -> procrastinate.App:
    connector = procrastinate.PsycopgConnector(conninfo=conninfo, kwargs=_options(conninfo, schema),
                                               min_size=1, max_size=max_size)
    return procrastinate.App(connector=connector)


def apply_schema(conninfo: str, *, schema: str | None = None) -> bool:
    """Create procrastinate's tables, or apply the migrations an upgrade of it brought, under the
    store's migration lock (adapters/postgres/queue_schema.py); True when it changed anything."""
    with psycopg.connect(conninfo, autocommit=True, connect_timeout=10, **_options(conninfo, schema)) as conn:
        return bool(apply_queue_schema(conn))


class ProcrastinateQueue:
    """``application.ports.work.WorkQueue``: what the webhook defers."""

    # The workers enqueue a runner's answer when the inbox tells them a message was stored
    # (``listen_for_stored_messages``): the webhook stores and answers Meta, and defers nothing.
    wakes_on_stored_messages = True

    def __init__(self, app: procrastinate.App):
        self.app = app

    async def answer(self, sender: str) -> None:
        try:
            await self.app.configure_task(ANSWER, lock=sender, queueing_lock=f"answer:{sender}") \
                .defer_async(sender=sender)
        except AlreadyEnqueued:
            pass                      # a job for this runner waits already: it takes this message too

    async def delivery_failure(self, sender: str, message_id: str, codes: Sequence[int]) -> None:
        await self.app.configure_task(FAILURE, lock=sender).defer_async(message_id=message_id, codes=list(codes))

    async def receipt(self, message_id: str, status: str, reference: str | None = None) -> None:
        await self.app.configure_task(RECEIPT).defer_async(message_id=message_id, status=status,
                                                           reference=reference)


def register_tasks(app: procrastinate.App, jobs: Callable[[], Jobs], limiter: anyio.CapacityLimiter) -> None:
    """The worker's side: the tasks await their jobs; ``limiter`` bounds the blocking ones' threads."""
    queue = ProcrastinateQueue(app)

    async def in_thread(function: Callable[..., Any], *args: Any) -> Any:
        return await anyio.to_thread.run_sync(function, *args, limiter=limiter)

    @app.task(name=ANSWER, retry=RETRY, pass_context=True)
    async def answer(context: procrastinate.JobContext, sender: str) -> None:
        attempts = context.job.attempts if context.job is not None else 0
        await jobs().answer(sender, last_attempt=attempts + 1 >= MAX_ATTEMPTS)

    @app.task(name=FAILURE, retry=RETRY)
    async def delivery_failure(message_id: str, codes: list[int]) -> None:
        await jobs().delivery_failure(message_id, codes)

    @app.task(name=RECEIPT, retry=RETRY)
    async def receipt(message_id: str, status: str, reference: str | None = None) -> None:
        await in_thread(jobs().receipt, message_id, status, reference)

    @app.periodic(cron=SWEEP_CRON, periodic_id="sweep")
    @app.task(name=SWEEP, queueing_lock=SWEEP)
    async def sweep(timestamp: int) -> None:
        for sender in await jobs().sweep():
            await queue.answer(sender)

    @app.periodic(cron=SWEEP_CRON, periodic_id="stalled")
    @app.task(name=STALLED, queueing_lock=STALLED, pass_context=True)
    async def retry_stalled(context: procrastinate.JobContext, timestamp: int) -> None:
        """A worker killed mid-job (kill -9, a lost host) leaves its job "doing" and the runner's
        lock taken: jobs of workers silent for STALLED_AFTER_S are retried (procrastinate's "retry
        stalled jobs" how-to, https://procrastinate.readthedocs.io/en/stable/howto/production/
        retry_stalled_jobs.html). The retry is safe: a message answered is done, and skipped."""
        manager = context.app.job_manager
        for job in await manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_S):
            log.warning("retrying a job of a stalled worker", extra={"job": job.task_name, "job_id": job.id})
            try:
                await manager.retry_job(job)
            except UniqueViolation:
                # Another job for that runner waits already (its queueing lock): it answers what the
                # dead one left; this one ends, so that the runner's lock is free.
                await manager.finish_job(job, status=Status.FAILED, delete_job=False)

    @app.periodic(cron=SCHEDULED_CRON, periodic_id="scheduled")
    @app.task(name=SCHEDULED, queueing_lock=SCHEDULED, lock=SCHEDULED)
    async def scheduled(timestamp: int) -> None:
        await in_thread(jobs().scheduled)


LISTEN_RETRY_S = 2.0
INBOX_CHANNEL = "andes_inbox_"      # + the schema (adapters/postgres/inbox_writer.py NOTIFYs it)


async def listen_for_stored_messages(conninfo: str, answer: Callable[[str], Awaitable[None]], *,
                                     schema: str | None = None, ready: asyncio.Event | None = None) -> None:
    """Until cancelled: once the webhook's inserts commit, its writer NOTIFYs their runners' keys, and the
    runner's answer is enqueued here — one enqueue per runner at a time, one more for those that
    came meanwhile (adapters/one_at_a_time.py). The webhook then does one INSERT per delivery, like a
    bare endpoint (benchmarks/webhook_peer.py). A lost connection is opened again; what was stored
    while nobody listened is found by the sweep (every 10 s), as a job lost to a crash is."""
    from adapters.one_at_a_time import OneAtATime

    enqueue = OneAtATime(answer)
    running: set[asyncio.Task[None]] = set()
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True,
                                                             **_options(conninfo, schema)) as conn:
                row = await (await conn.execute("SELECT current_schema()")).fetchone()
                channel = INBOX_CHANNEL + str(row[0] if row else "public")
                await conn.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(channel)))
                if ready is not None:
                    ready.set()
                async for note in conn.notifies():
                    task = asyncio.get_running_loop().create_task(enqueue(note.payload))
                    running.add(task)
                    task.add_done_callback(running.discard)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("listening for stored messages failed; listening again (the sweep answers meanwhile)")
        await asyncio.sleep(LISTEN_RETRY_S)
