"""`andes worker`: answers the messages the webhooks enqueued on PostgreSQL (procrastinate), sends
the outbox, and runs the periodic jobs (the outbox sweep every 10 s, the scheduled messages every
5 minutes), once across however many workers run. Any number of workers, on any host, share the
work; each has at most ANDES_WORKER_CONCURRENCY jobs in flight (awaiting the model or WhatsApp on its
event loop), and runs their blocking steps on at most ANDES_WORKER_THREADS threads.

It needs DATABASE_URL: in the embedded mode `andes serve` does this work itself.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.to_thread

from adapters.io_loop import new_event_loop
from adapters.procrastinate_queue import (
    ProcrastinateQueue,
    apply_schema,
    create_app,
    listen_for_stored_messages,
    register_tasks,
)
from entrypoints import startup
from entrypoints.resources import Resources

log = logging.getLogger(__name__)

RETRY_START_S = 2.0
SHUTDOWN_GRACE_S = 20.0      # jobs running at SIGTERM get this long to finish
QUEUE_POOL_MAX = 8          # procrastinate's own connections (fetch, finish, heartbeat, LISTEN): brief uses


def _concurrency(settings: Any) -> int:
    return int(getattr(settings, "worker_concurrency", 300))


def distributed_queue(container: Any, settings: Any, *, run_worker: bool = False
                      ) -> tuple[ProcrastinateQueue, Callable[[Resources], Awaitable[None]]]:
    """The webhook's queue on procrastinate, opened once the store is up (``create_app(on_ready=…)``);
    with ``run_worker``, a worker in the same process too."""
    conninfo = settings.database_url.get_secret_value()
    app = create_app(conninfo, max_size=4)       # the webhook only defers: a few connections
    queue = ProcrastinateQueue(app)

    async def on_ready(resources: Resources) -> None:
        await anyio.to_thread.run_sync(apply_schema, conninfo)
        await app.open_async()
        if run_worker:     # stopped with the process (the task is cancelled at shutdown)
            asyncio.get_running_loop().create_task(work_until(
                asyncio.Event(), conninfo, resources, _concurrency(settings), f"serve@{socket.gethostname()}"))
    return queue, on_ready


def run_worker(concurrency: int | None = None) -> int:
    from bootstrap import Settings, build_container, close_resources
    from entrypoints.observability import configure_logging

    settings = Settings.from_env()
    configure_logging(settings.log_level)
    if settings.store_kind != "postgres":
        log.error("andes worker needs DATABASE_URL (PostgreSQL); in the embedded mode `andes serve` "
                  "answers, sends and schedules by itself")
        return 2
    if settings.worker_nice:
        os.nice(settings.worker_nice)          # the webhook first when they share the cores
    container = build_container(settings)
    resources = Resources(container)
    concurrency = concurrency or _concurrency(settings)
    conninfo = settings.database_url.get_secret_value()

    async def work() -> int:
        try:
            await startup.step("connecting the store and applying its migrations",
                               lambda: anyio.to_thread.run_sync(resources.build, ("store", "inbox", "outbox", "jobs")),
                               retry_s=RETRY_START_S)
            await startup.step("creating or upgrading the job queue's schema",
                               lambda: _queue_schema(conninfo), retry_s=RETRY_START_S)
        except startup.StartupFailed:
            return 1
        from bootstrap import rebuild_memory_at_start  # in the background: jobs do not wait for it
        asyncio.get_running_loop().run_in_executor(None, rebuild_memory_at_start, container)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        log.info("worker started", extra={"concurrency": concurrency})
        await work_until(stop, conninfo, resources, concurrency, f"worker@{socket.gethostname()}")
        log.info("worker stopped")
        return 0

    status = 0
    try:
        with asyncio.Runner(loop_factory=new_event_loop) as runner:
            status = runner.run(work())
    except KeyboardInterrupt:
        pass
    finally:
        close_resources(container)
    return status


async def _queue_schema(conninfo: str) -> bool:
    await anyio.to_thread.run_sync(apply_schema, conninfo)
    return True          # changed or already up to date: the step is done


async def work_until(stop: asyncio.Event, conninfo: str, resources: Resources, concurrency: int, name: str) -> None:
    """Run a procrastinate worker until ``stop`` is set. procrastinate stops a worker whose database
    connection fails (its LISTEN side task): it is started again, so an outage never ends the work."""
    while not stop.is_set():
        app = create_app(conninfo, max_size=QUEUE_POOL_MAX)
        # The blocking jobs (receipts, the scheduled messages) share the reply path's thread budget.
        threads = resources.get("offload").limit
        register_tasks(app, lambda: resources.get("jobs"), anyio.CapacityLimiter(threads))
        try:
            async with app.open_async():
                running = asyncio.ensure_future(app.run_worker_async(
                    concurrency=concurrency, name=name, delete_jobs="successful",
                    install_signal_handlers=False, shutdown_graceful_timeout=SHUTDOWN_GRACE_S))
                # The webhook defers no job: a stored message wakes the workers (issue 23).
                listening = asyncio.ensure_future(listen_for_stored_messages(conninfo, ProcrastinateQueue(app).answer))
                stopping = asyncio.ensure_future(stop.wait())
                try:
                    await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    listening.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await listening
                if stop.is_set():
                    running.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await running
                    return
                stopping.cancel()
                running.result()            # raises what stopped it, if anything did
                log.error("the worker stopped (its database connection failed?); starting it again")
        except Exception:
            log.exception("the worker failed; starting it again")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), RETRY_START_S)
