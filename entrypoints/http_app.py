"""`andes serve`: the HTTP app — WhatsApp webhook, /health, /metrics and a read-only JSON API.

Routes: ``/webhook`` (``entrypoints.webhook``), ``/health`` (``entrypoints.health``), ``/metrics``
(Prometheus text, ``entrypoints.observability``), ``/api/runners/…`` (``entrypoints.api``, behind
the bearer-token middleware).

Two ways to run, chosen by the store:

* **embedded** (no DATABASE_URL: SQLite and the embedded vector store): one process is webhook,
  worker and scheduler — the webhook's jobs run on this process's ``LocalQueue``;
* **distributed** (DATABASE_URL): the webhook only stores and enqueues on procrastinate;
  ``andes worker`` processes (any number, any host) answer, send and run the periodic jobs.
  ``andes serve --worker`` also runs a worker inside the server.

Start-up never waits on the database: the port opens at once; until the store is connected and
migrated, /health and POST /webhook answer 503 (Meta redelivers), and a background loop keeps
trying every ``RETRY_START_S``.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from adapters.local_queue import LocalQueue
from application.messaging.inbound import Answered
from application.ports.work import WorkQueue
from entrypoints import startup
from entrypoints.api import BearerAuth, RunnerAPI
from entrypoints.calendar_feed import CalendarFeed
from entrypoints.health import HEALTH_TIMEOUT_S, Health
from entrypoints.observability import PROMETHEUS_CONTENT_TYPE, Metrics
from entrypoints.resources import Resources
from entrypoints.strava_routes import StravaRoutes
from entrypoints.webhook import MAX_BODY_BYTES, DatabaseGate, Webhook

log = logging.getLogger(__name__)

MAX_PENDING = 10_000        # jobs waiting in the embedded queue; beyond that, 503 and Meta retries later
SHUTDOWN_GRACE_S = 20.0
RETRY_START_S = 2.0
READY_WAIT_S = 1.0
STORE = ("clock", "store", "inbox", "inbox_writer", "outbox")


def record_answer(metrics: Metrics):
    def record(answered: Answered) -> None:
        if answered.outcome == "answered":
            metrics.record_reply(answered.intent or "", answered.degraded, answered.tools_used, answered.waited_s)
        elif answered.outcome == "unsupported":
            metrics.record_reply("unsupported_type", False, (), answered.waited_s)
        elif answered.outcome in ("failed", "refused"):
            metrics.replies_failed.add(1, {"stage": "reply"})
    return record


def create_app(container: Any, *, queue: WorkQueue | None = None, api_token: str | None = None,
               allow_unsigned: bool | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               max_concurrency: int | None = None, health_timeout_s: float = HEALTH_TIMEOUT_S,
               metrics: Metrics | None = None, max_pending: int = MAX_PENDING,
               on_ready: Any = None, works: bool | None = None,
               on_inbox_dead: Any = None, on_fatal: Any = None, settle_heap: bool = False) -> Starlette:
    """``queue``: where the webhook's jobs go; None = a ``LocalQueue`` in this process (the embedded
    mode: this app is also the worker and the scheduler). ``on_ready``: an async callable run once
    the store is connected (e.g. to start an in-process procrastinate worker). ``works``: whether this
    process answers messages (default: with the local queue); a webhook-only server never loads the
    coach (the embedder, the classifier). ``on_inbox_dead``: called when no delivery could be stored
    for ``webhook.INBOX_DEAD_AFTER_S``, ``on_fatal`` when a start-up step cannot succeed (``andes
    serve`` exits with status 1 on either, for its supervisor to restart it). ``settle_heap``: once
    started, ``startup.settle_heap`` (``andes serve``: a process of its own; never in tests, whose
    objects would outlive them)."""
    settings = container.settings()
    metrics = metrics or Metrics()
    resources = Resources(container)
    gate = DatabaseGate()
    local: LocalQueue | None = None
    if queue is None:
        concurrency: int = max_concurrency or settings.worker_concurrency
        local = LocalQueue(lambda: resources.get("jobs"), concurrency=concurrency,
                           scheduled_s=settings.scheduler_interval_s)
        queue = local
    webhook = Webhook(
        resources, queue, metrics, gate,
        verify_token=settings.whatsapp_verify_token.get_secret_value(),
        app_secret=settings.whatsapp_app_secret.get_secret_value(),
        allow_unsigned=settings.whatsapp_allow_unsigned if allow_unsigned is None else allow_unsigned,
        max_body_bytes=max_body_bytes,
        busy=(lambda: local.pending >= max_pending) if local is not None else None,
        on_inbox_dead=on_inbox_dead)
    token = settings.api_token.get_secret_value() if api_token is None else api_token

    def on_step(name: str) -> None:
        gate.step = name

    async def start(ready: asyncio.Event) -> None:
        """Connect the store (retrying while the database is down), then accept messages and work;
        the rest (the embedder, the coach) is built after, in the background. A step that cannot
        succeed ends the process (``on_fatal``), loudly."""
        try:
            await startup.step("connecting the store and applying its migrations",
                               lambda: anyio.to_thread.run_sync(resources.build, STORE), on_step=on_step,
                               retry_s=RETRY_START_S)
            if on_ready is not None:
                await startup.step("creating or upgrading the job queue's schema and opening it",
                                   lambda: on_ready(resources), on_step=on_step, retry_s=RETRY_START_S)
        except startup.StartupFailed as failed:
            gate.step = f"failed: {failed}"
            if on_fatal is not None:
                on_fatal()
            return
        gate.step = "ready"
        gate.ready = True
        ready.set()
        log.info("store connected: accepting messages")
        if not (works if works is not None else local is not None):
            if settle_heap:
                startup.settle_heap()
            return
        await anyio.to_thread.run_sync(resources.warm_up)
        if settle_heap:
            startup.settle_heap()
        resources.get("jobs").observe(record_answer(metrics))
        if hasattr(container, "rebuild_memory"):        # in the background: replies do not wait for it
            from bootstrap import rebuild_memory_at_start
            asyncio.get_running_loop().run_in_executor(None, rebuild_memory_at_start, container)
        if local is not None:
            local.start()

    async def metrics_endpoint(request: Request) -> Response:
        return Response(metrics.render_prometheus(), media_type=PROMETHEUS_CONTENT_TYPE)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        _log_configuration(settings, token, allow_unsigned)
        ready = asyncio.Event()
        starting = asyncio.get_running_loop().create_task(start(ready))
        with contextlib.suppress(TimeoutError):      # a database that is up is connected before the
            await asyncio.wait_for(ready.wait(), READY_WAIT_S)   # first request; one that is down isn't waited for
        try:
            yield
        finally:
            starting.cancel()
            writer = resources.built("inbox_writer")
            if writer is not None:
                await writer.close()
            if local is not None and not await local.stop(SHUTDOWN_GRACE_S):
                log.error("shutting down with messages still being answered", extra={"pending": local.pending})

    app = Starlette(routes=[
        Route("/webhook", webhook.verify, methods=["GET"]),
        Route("/webhook", webhook.receive, methods=["POST"]),
        Route("/health", Health(resources, health_timeout_s, gate).endpoint, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        *RunnerAPI(resources).routes(),
        *CalendarFeed(resources).routes(),
        *StravaRoutes(resources, settings.strava_verify_token.get_secret_value()).routes(),
    ], middleware=[Middleware(BearerAuth, token=token)], lifespan=lifespan)
    app.state.queues = local
    app.state.metrics = metrics
    app.state.resources = resources
    app.state.gate = gate
    return app


def _log_configuration(settings: Any, token: str, allow_unsigned: bool | None) -> None:
    if not settings.whatsapp_app_secret.get_secret_value():
        if allow_unsigned if allow_unsigned is not None else settings.whatsapp_allow_unsigned:
            log.warning("WHATSAPP_ALLOW_UNSIGNED is on: webhook signatures are NOT checked (dev only)")
        else:
            log.error("WHATSAPP_APP_SECRET is not set: every POST /webhook is refused with 503")
    if not settings.whatsapp_verify_token.get_secret_value():
        log.warning("WHATSAPP_VERIFY_TOKEN is not set: Meta's webhook verification will fail")
    if not token:
        log.info("ANDES_API_TOKEN is not set: the JSON API is disabled")


def _exit_for_restart() -> None:
    """The inbox does not recover in this process, or start-up cannot succeed: stop it (uvicorn's
    graceful shutdown, then exit status 1 from ``run_server``) for the supervisor to start a fresh
    one."""
    import os
    import signal
    _EXIT["status"] = 1
    os.kill(os.getpid(), signal.SIGTERM)


_EXIT = {"status": 0}


def run_server(host: str = "127.0.0.1", port: int = 8000, *, worker: bool = False) -> int:
    import uvicorn

    from bootstrap import Settings, build_container, close_resources
    from entrypoints.observability import configure_logging

    settings = Settings.from_env()
    configure_logging(settings.log_level)
    container = build_container(settings)
    metrics = Metrics()
    metrics.install_global()
    queue: WorkQueue | None = None
    on_ready = None
    if settings.store_kind == "postgres":
        from entrypoints.worker import distributed_queue
        queue, on_ready = distributed_queue(container, settings, run_worker=worker)
    elif worker:
        log.info("--worker: the embedded mode always works in this process")
    app = create_app(container, queue=queue, metrics=metrics, on_ready=on_ready,
                     works=worker or settings.store_kind != "postgres", on_inbox_dead=_exit_for_restart,
                     on_fatal=_exit_for_restart, settle_heap=True)
    try:
        uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, server_header=False,
                    proxy_headers=True, timeout_graceful_shutdown=int(SHUTDOWN_GRACE_S) + 5)
    finally:
        close_resources(container)
    if _EXIT["status"]:
        log.critical("exiting with status %d for the supervisor to restart this process", _EXIT["status"])
    return _EXIT["status"]
