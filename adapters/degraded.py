"""Optional parts that could not be built: degraded, never a stop.

Long-term memory is optional: the coach answers from the runner's facts and the chat buffer without
it (application/coach/context.py). But a memory that could not be *built* (a damaged embedded store,
a Qdrant server down at start) made every job fail ("could not build vector_memory … it will be
retried", forever: issue 22). ``RecoveringMemory`` stands in: it reads as an empty memory, drops
writes (logged: ``andes reindex`` writes them again from the store), tries to build the real one
again every ``retry_s``, and its ``ping`` raises with the reason, so /health says "degraded" and why.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from domain.memory import MemoryDocument, Recollection
from domain.run import Run

log = logging.getLogger(__name__)

RETRY_S = 30.0


class PartUnavailable(Exception):
    """An optional part is not there; the message is safe to show on /health (no data, no secret)."""
    health_reason = True


class RecoveringMemory:
    def __init__(self, build: Callable[[], Any], reason: str, *, retry_s: float = RETRY_S,
                 clock: Callable[[], float] = time.monotonic):
        self._build = build
        self._reason = reason
        self._retry_s = retry_s
        self._clock = clock
        self._tried_at = clock()
        self._memory: Any = None
        self._lock = threading.Lock()
        self.dropped = 0

    def _inner(self) -> Any:
        if self._memory is not None:
            return self._memory
        with self._lock:
            if self._memory is None and self._clock() - self._tried_at >= self._retry_s:
                self._tried_at = self._clock()
                try:
                    self._memory = self._build()
                    log.warning("vector memory built at last: long-term memory is back "
                                "(run `andes reindex` to write the %d memories dropped meanwhile)", self.dropped)
                except Exception as error:
                    self._reason = f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"
        return self._memory

    @property
    def reason(self) -> str:
        return self._reason

    def store(self, document: MemoryDocument) -> None:
        self._write(lambda memory: memory.store(document), document.runner_id)

    def update_after_run(self, run: Run, language: str = "es") -> None:
        self._write(lambda memory: memory.update_after_run(run, language), run.runner_id)

    def forget(self, runner_id: str, document_id: str) -> None:
        self._write(lambda memory: memory.forget(runner_id, document_id), runner_id)

    def retrieve_context(self, runner_id: str, query: str, k: int = 5) -> list[Recollection]:
        memory = self._inner()
        return memory.retrieve_context(runner_id, query, k) if memory is not None else []

    def ping(self) -> bool:
        memory = self._inner()
        if memory is None:
            raise PartUnavailable(f"not built ({self._reason}); the coach answers without long-term memory")
        ping = getattr(memory, "ping", None)
        return ping() if ping is not None else True

    def close(self) -> None:
        close = getattr(self._memory, "close", None)
        if close is not None:
            close()

    def _write(self, write: Callable[[Any], None], runner_id: str) -> None:
        memory = self._inner()
        if memory is None:
            self.dropped += 1
            log.warning("vector memory write dropped: the memory is not built", extra={"runner_id": runner_id})
            return
        write(memory)

    def __getattr__(self, name: str) -> Any:
        memory = self.__dict__.get("_memory")
        if memory is None:
            raise AttributeError(name)
        return getattr(memory, name)
