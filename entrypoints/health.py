"""``GET /health``: database, inbox, chat buffer, vector store, LLM and WhatsApp, each with a short
timeout.

``{"status": "healthy"|"degraded"|"down"|"starting", "timestamp": ISO 8601 UTC, "checks": {name:
{"status": "ok"|"down"|"offline", "latency_ms": …}}}``; 200 "healthy" when all are up (the LLM
"offline" is fine); 503 "starting" with ``waiting_on`` (the start-up step) until the process can
take deliveries; 503 "down" when the database or the inbox is (no database, no coach: take this
instance out); 200 "degraded" when something else is. The inbox check is a write through the path
deliveries take (``InboxWriter.check``: PostgreSQL's async pool, rolled back), so a stuck pool or a
read-only database is "down" while a ``SELECT 1`` would still answer; the SQLite store's ping
commits a write (a full disk or a read-only file fails it). An adapter without ``ping`` is probed
with a read through its port (``recent`` / ``retrieve_context`` for a runner id that never exists).

It never blocks and never piles up threads: a check still running from an earlier call is not
started again (this call says "down" at once), so a hanging backend holds one thread per check,
whatever the number of calls. What start-up could not build yet (a database down) is tried here
too, in that one thread, each adapter under a lock of its own (``entrypoints.resources``).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from entrypoints.observability import health_error
from entrypoints.resources import Resources
from entrypoints.webhook import DatabaseGate, within

HEALTH_TIMEOUT_S = 2.0
HEALTH_PROBE_ID = "__andes_health__"
CHECKS = (("database", "store"), ("chat_buffer", "chat_buffer"), ("vector_store", "vector_memory"),
          ("embedder", "embedder"), ("llm", "llm"), ("whatsapp", "messenger"))
_PORT_PROBES: dict[str, Callable[[Any], Any]] = {
    "chat_buffer": lambda buffer: buffer.recent(HEALTH_PROBE_ID),
    "vector_memory": lambda memory: memory.retrieve_context(HEALTH_PROBE_ID, "health", k=1),
}


class Health:
    def __init__(self, resources: Resources, timeout_s: float = HEALTH_TIMEOUT_S, gate: DatabaseGate | None = None):
        self._r = resources
        self._timeout_s = timeout_s
        self._gate = gate
        self._running: set[str] = set()        # checks whose probe thread has not come back

    def _probe(self, provider: str) -> Callable[[], str]:
        def probe() -> str:
            try:
                target = self._r.get(provider)      # built here if start-up could not yet
                if target is None:
                    return "offline"
                method = getattr(target, "ping", None)
                if method is not None:
                    return "ok" if method() is not False else "down"
                read = _PORT_PROBES.get(provider)       # without ping: a read through its port
                if read is not None:
                    read(target)
                return "ok"
            finally:
                self._running.discard(provider)
        return probe

    async def _check(self, checks: dict[str, dict[str, Any]], name: str, provider: str) -> None:
        started = time.perf_counter()
        result: dict[str, Any]
        if provider in self._running:
            result = {"status": "down", "error": "an earlier check is still waiting for an answer"}
        else:
            self._running.add(provider)
            try:
                with anyio.fail_after(self._timeout_s):
                    status = await anyio.to_thread.run_sync(self._probe(provider), abandon_on_cancel=True)
                result = {"status": status}
            except TimeoutError:
                result = {"status": "down", "error": f"no answer in {self._timeout_s:g} s"}
            except Exception as error:
                result = {"status": "down", "error": health_error(error)}
        describe = getattr(self._r.built(provider), "describe", None)
        if describe is not None:          # the LLM: which model, and whether the provider lists it
            result.update(describe())       # (DeepSeek still serves some names it no longer lists)
        result["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
        checks[name] = result

    async def _check_inbox(self, checks: dict[str, dict[str, Any]]) -> None:
        """The inbox writer on this loop (it lives here): never built here, never cancelled."""
        started = time.perf_counter()
        result: dict[str, Any]
        writer = self._r.built("inbox_writer")
        if writer is None:
            result = {"status": "down", "error": "not connected yet"}
        else:
            try:
                await within(self._timeout_s, writer.check())
                result = {"status": "ok"}
            except TimeoutError:
                result = {"status": "down", "error": f"no write in {self._timeout_s:g} s"}
            except Exception as error:
                result = {"status": "down", "error": health_error(error)}
            stats = getattr(writer, "stats", None)
            if stats is not None and result["status"] != "ok":
                result["pool"] = stats()
        result["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
        checks["inbox"] = result

    async def endpoint(self, request: Request) -> Response:
        checks: dict[str, dict[str, Any]] = {}
        async with anyio.create_task_group() as group:
            for name, provider in CHECKS:
                group.start_soon(self._check, checks, name, provider)
            group.start_soon(self._check_inbox, checks)
        checks = {name: checks[name] for name in (*(name for name, _ in CHECKS[:1]), "inbox",
                                                  *(name for name, _ in CHECKS[1:]))}
        if checks["whatsapp"]["status"] == "down":
            messenger = self._r.built("messenger")
            checks["whatsapp"]["error"] = getattr(messenger, "auth_error", None) or "down"
        body: dict[str, Any] = {}
        if self._gate is not None and not self._gate.ready:
            status, code = "starting", 503
            body["waiting_on"] = self._gate.step
        elif checks["database"]["status"] != "ok" or checks["inbox"]["status"] != "ok":
            status, code = "down", 503
        elif any(c["status"] == "down" for c in checks.values()):
            status, code = "degraded", 200
        else:
            status, code = "healthy", 200
        body = {"status": status, **body, "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "checks": checks}
        return JSONResponse(body, status_code=code)
