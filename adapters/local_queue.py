"""The work queue inside one process, for the embedded mode (SQLite, no DATABASE_URL).

The same jobs as the PostgreSQL queue (``application.messaging.jobs.Jobs``), with the same guarantees
within one process: one asyncio task per runner runs their jobs one after the other (in order),
different runners in parallel (at most ``concurrency`` jobs at a time; a job awaits the model and
WhatsApp on the event loop and runs its blocking steps on threads, ``application.messaging.offload``); a job
that fails is retried with backoff, and its last attempt quarantines the message. Periodic work —
the outbox sweep and the scheduled messages — runs on timers.

What it cannot do: share work with another process. Jobs live in memory; what makes them
durable is the inbox and the outbox, in the store: after a crash the sweep finds the pending
messages again and answers them.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

import anyio
import anyio.to_thread

from application.messaging.jobs import Jobs

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
FIRST_RETRY_S = 1.0
SWEEP_S = 5.0

Job = tuple[str, tuple[Any, ...]]


class LocalQueue:
    """``application.ports.work.WorkQueue`` in this process, and the worker that drains it."""

    def __init__(self, jobs: Callable[[], Jobs], *, concurrency: int = 16, sweep_s: float = SWEEP_S,
                 scheduled_s: float | None = 300.0, first_retry_s: float = FIRST_RETRY_S):
        self._jobs = jobs
        self._concurrency = concurrency
        self._sweep_s = sweep_s
        self._scheduled_s = scheduled_s
        self._first_retry_s = first_retry_s
        self._running: asyncio.Semaphore | None = None
        self._queues: dict[str, deque[Job]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._timers: list[asyncio.Task[None]] = []

    # --- WorkQueue ---

    async def answer(self, sender: str) -> None:
        queue = self._queues.get(sender)
        if queue is not None and ("answer", (sender,)) in list(queue)[1:]:
            return                       # one waits already (the first may be running): it takes this one too
        self._submit(sender, ("answer", (sender,)))

    async def delivery_failure(self, sender: str, message_id: str, codes: Sequence[int]) -> None:
        self._submit(sender, ("delivery_failure", (message_id, tuple(codes))))

    async def receipt(self, message_id: str, status: str, reference: str | None = None) -> None:
        self._submit("receipts", ("receipt", (message_id, status, reference)))

    # --- the worker ---

    @property
    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def start(self) -> None:
        """Start the periodic work (call from the running event loop), with a first sweep that
        answers what an earlier process accepted and did not answer."""
        self._timers.append(asyncio.get_running_loop().create_task(self._sweep(everything=True)))
        self._timers.append(asyncio.get_running_loop().create_task(self._every(self._sweep_s, self._sweep)))
        if self._scheduled_s:
            self._timers.append(asyncio.get_running_loop().create_task(
                self._every(self._scheduled_s, lambda: self._run(("scheduled", ())))))

    async def stop(self, timeout: float | None = None) -> bool:
        """Stop the timers and wait for the queued jobs; False if ``timeout`` ran out first."""
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._tasks:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            await asyncio.wait(set(self._tasks), timeout=remaining)
        return True

    def _submit(self, key: str, job: Job) -> None:
        queue = self._queues.get(key)
        if queue is not None:
            queue.append(job)
            return
        self._queues[key] = deque([job])
        task = asyncio.get_running_loop().create_task(self._drain(key))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _drain(self, key: str) -> None:
        queue = self._queues[key]
        try:
            while queue:
                job = queue[0]
                await self._run(job)
                queue.popleft()
        finally:
            # No await between the last `while queue` check and here: a submit can't slip in.
            self._queues.pop(key, None)

    async def _run(self, job: Job) -> Any:
        """Run a job, retried with backoff; its last attempt is told so."""
        if self._running is None:
            self._running = asyncio.Semaphore(self._concurrency)
        name, args = job
        for attempt in range(1, MAX_ATTEMPTS + 1):
            last = attempt == MAX_ATTEMPTS
            try:
                async with self._running:
                    return await self._call(name, args, last)
            except Exception:
                if last:
                    log.exception("job failed on its last attempt", extra={"job": name})
                    return None
                wait = self._first_retry_s * 2 ** (attempt - 1)
                log.warning("job failed, retrying", exc_info=True, extra={"job": name, "retry_in_s": wait})
                await asyncio.sleep(wait)
        return None

    async def _call(self, name: str, args: tuple[Any, ...], last: bool) -> Any:
        jobs = self._jobs()
        if name == "answer":
            return await jobs.answer(args[0], last_attempt=last)
        if name == "sweep":
            return await jobs.sweep(everything=args[0])
        if name == "delivery_failure":
            return await jobs.delivery_failure(*args)
        return await anyio.to_thread.run_sync(getattr(jobs, name), *args)     # receipt, scheduled: blocking

    async def _sweep(self, everything: bool = False) -> None:
        senders = await self._run(("sweep", (everything,)))
        for sender in senders or ():
            if sender not in self._queues:
                await self.answer(sender)

    async def _every(self, seconds: float, work: Callable[[], Any]) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                await work()
            except Exception:
                log.exception("periodic work failed")
