"""An asyncio event loop on a thread of its own, where the HTTP clients of the LLM and WhatsApp
adapters live.

The adapters are written once, asynchronously (``openai.AsyncOpenAI``, ``anthropic.AsyncAnthropic``,
``httpx.AsyncClient``), so that a worker holds hundreds of model calls and sends in flight on one
loop with no thread per call. Their clients keep connection pools bound to the loop that first used
them, and their callers live on other loops (a worker's) or on no loop at all (the terminal chat,
the scheduler's thread, /health): every call is therefore run here, on this loop —
``await io.call(coro)`` from a loop, ``io.run(coro)`` from a thread — and never on the caller's.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class IOLoop:
    """Started on first use; ``close()`` stops it (calls after that fail with RuntimeError)."""

    def __init__(self, name: str = "andes-io"):
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _running(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise RuntimeError("the I/O loop is closed")
            if self._loop is None:
                loop = new_event_loop()
                ready = threading.Event()

                def serve() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()
                self._thread = threading.Thread(target=serve, name=self._name, daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self._running())

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on this loop and wait for it (from a thread that is not this loop's)."""
        loop = self._running()
        if _current_loop() is loop:
            coro.close()
            raise RuntimeError("IOLoop.run called from its own loop: await call() instead")
        return self.submit(coro).result()

    async def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on this loop and await it from the caller's loop (cancelling one cancels the other)."""
        loop = self._running()
        if _current_loop() is loop:
            return await coro
        return await asyncio.wrap_future(self.submit(coro))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            loop.stop()
        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(10)
        if not loop.is_running():
            loop.close()


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's loop (a dependency: uvicorn's own speed-up) when it is there, else asyncio's."""
    try:
        import uvloop
    except ImportError:          # pragma: no cover - a platform without uvloop (Windows)
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def _current_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
