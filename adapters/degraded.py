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


def reason_of(error: BaseException) -> str:
    """Why a part could not be built, in one line fit for a log and /health."""
    return f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"


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
                    self._reason = reason_of(error)
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


class StandIn:
    """An optional part that could not be *built* (a Redis URL that does not parse, an embedding
    model that will not load): its fallback does the work — the store's chat buffer, the hashing
    embedder — and ``ping`` raises with the reason, so /health says "degraded" and why."""

    def __init__(self, part: str, fallback: Any, reason: str):
        self._part = part
        self._fallback = fallback
        self.reason = reason

    @property
    def working_part(self) -> Any:
        """What does the work (caches keyed by a model's class use its class)."""
        return self._fallback

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fallback, name)

    def ping(self) -> bool:
        raise PartUnavailable(f"{self._part} could not be built ({self.reason}): "
                              f"{type(self._fallback).__name__} stands in")


class UnbuiltLLM:
    """An LLM whose client could not be built: every call is ``LLMUnavailable``, so each message is
    answered by the offline coach (the same path as a provider that is down), and /health says why."""

    def __init__(self, name: str, reason: str):
        self._name = name
        self.reason = reason

    @property
    def name(self) -> str:
        return self._name

    def _unavailable(self) -> Any:
        from application.ports import LLMUnavailable
        return LLMUnavailable(f"the LLM client could not be built ({self.reason}): the offline coach answers")

    def complete(self, system: str, turns: Any, tools: Any) -> Any:
        raise self._unavailable()

    async def acomplete(self, system: str, turns: Any, tools: Any) -> Any:
        raise self._unavailable()

    def ping(self) -> bool:
        raise self._unavailable()

    def close(self) -> None:
        pass


def built_or_stand_in(part: str, build: Callable[[], Any], fallback: Callable[[], Any]) -> Any:
    """``build()``, or — when it raises — ``fallback()`` wrapped as a ``StandIn`` (logged at ERROR)."""
    try:
        return build()
    except Exception as error:
        reason = reason_of(error)
        log.error("%s could not be built (%s): degraded, a stand-in does its work", part, reason)
        return StandIn(part, fallback(), reason)
