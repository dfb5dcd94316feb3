"""`andes worker`: answers the messages the webhooks enqueued on PostgreSQL (procrastinate), sends
the outbox, and runs the periodic jobs (the outbox sweep every 10 s, the scheduled messages every
5 minutes), once across however many workers run. Any number of workers, on any host, share the
work; each runs at most ANDES_WORKER_CONCURRENCY jobs at a time.

It needs DATABASE_URL: in the embedded mode `andes serve` does this work itself.
"""
from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.to_thread

from adapters.procrastinate_queue import ProcrastinateQueue, apply_schema, create_app, register_tasks
from entrypoints.resources import Resources

log = logging.getLogger(__name__)

RETRY_START_S = 2.0


def _concurrency(settings: Any) -> int:
    return int(getattr(settings, "worker_concurrency", 16))


def distributed_queue(container: Any, settings: Any, *, run_worker: bool = False
                      ) -> tuple[ProcrastinateQueue, Callable[[Resources], Awaitable[None]]]:
    """The webhook's queue on procrastinate, opened once the store is up (``create_app(on_ready=…)``);
    with ``run_worker``, a worker in the same process too."""
    conninfo = settings.database_url.get_secret_value()
    app = create_app(conninfo)
    queue = ProcrastinateQueue(app)

    async def on_ready(resources: Resources) -> None:
        await anyio.to_thread.run_sync(apply_schema, conninfo)
        await app.open_async()
        if run_worker:
            concurrency = _concurrency(settings)
            register_tasks(app, lambda: resources.get("jobs"), anyio.CapacityLimiter(concurrency))
            asyncio.get_running_loop().create_task(app.run_worker_async(
                concurrency=concurrency, name=f"serve@{socket.gethostname()}", install_signal_handlers=False))
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
    container = build_container(settings)
    resources = Resources(container)
    concurrency = concurrency or _concurrency(settings)
    conninfo = settings.database_url.get_secret_value()

    async def work() -> None:
        while not await anyio.to_thread.run_sync(resources.warm_up, ("store", "inbox", "outbox", "jobs")):
            log.warning("the database is not reachable yet; retrying")
            await asyncio.sleep(RETRY_START_S)
        await anyio.to_thread.run_sync(apply_schema, conninfo)
        app = create_app(conninfo)
        register_tasks(app, lambda: resources.get("jobs"), anyio.CapacityLimiter(concurrency))
        log.info("worker started", extra={"concurrency": concurrency})
        async with app.open_async():
            await app.run_worker_async(concurrency=concurrency, name=f"worker@{socket.gethostname()}",
                                       delete_jobs="successful")

    try:
        asyncio.run(work())
    except KeyboardInterrupt:
        pass
    finally:
        close_resources(container)
    return 0
