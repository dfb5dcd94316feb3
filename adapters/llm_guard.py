"""What both LLM adapters put around their calls: a circuit breaker and a cached health probe.

* ``call``: while the provider is known to be down (the breaker is open) a message costs one
  quick ``LLMUnavailable`` instead of the retry policy's attempts and timeouts (up to ~130 s with
  3 attempts of 30 s plus backoff); the offline coach answers at once. After ``reset_after_s``
  one message probes the provider (with a single attempt, see ``probing``); its success closes
  the breaker. Only ``ProviderDown`` failures count: a 400 or a truncated answer is not an outage.
* ``ping``: /health's LLM check. A real minimal completion (listing models proves only that
  the key is valid: a retired model name or an empty balance would still look healthy), run at
  most once per ``health_interval_s`` and cached; when the provider is down it raises
  ``LLMUnavailable`` with the reason (e.g. "402 (insufficient balance…)"), which /health shows.
  An open breaker answers without a request, with the failure that opened it.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from adapters.circuit_breaker import HALF_OPEN, CircuitBreaker
from adapters.client_shards import ClientShards
from adapters.io_loop import IOLoop
from adapters.llm_retry import ProviderDown
from application.ports import ChatTurn, Completion, LLMUnavailable, ToolSpec

log = logging.getLogger(__name__)

T = TypeVar("T")

HEALTH_INTERVAL_S = 60.0


class ProviderGuard:
    def __init__(self, provider: str, breaker: CircuitBreaker | None = None,
                 health_interval_s: float = HEALTH_INTERVAL_S, clock: Callable[[], float] = time.monotonic):
        self._provider = provider
        self.breaker = breaker or CircuitBreaker(clock=clock)
        self._interval_s = health_interval_s
        self._clock = clock
        self._probe_lock = threading.Lock()
        self._checked_at: float | None = None
        self._down_reason: str | None = None      # None: the last probe succeeded

    async def call(self, attempt: Callable[[bool], Awaitable[T]]) -> T:
        """Await ``attempt(probing)`` unless the breaker is open; ``probing`` is True for the one call
        that tests a provider that was down (it should not retry: the next message will)."""
        if not self.breaker.acquire():
            raise LLMUnavailable(f"{self._provider}: circuit open for {self.breaker.retry_in_s():.0f} s more "
                                 f"after: {self.breaker.reason}")
        probing = self.breaker.state == HALF_OPEN
        try:
            result = await attempt(probing)
        except ProviderDown as error:
            self.breaker.record_failure(str(error), hard=error.needs_a_person)
            if probing:
                log.warning("llm still down, circuit open again", extra={"provider": self._provider})
            raise
        except LLMUnavailable:
            self.breaker.record_success()    # it answered: a bad request or a cut answer is no outage
            raise
        except BaseException:
            self.breaker.release()
            raise
        if probing:
            log.info("llm answers again, circuit closed", extra={"provider": self._provider})
        self.breaker.record_success()
        return result

    def ping(self, probe: Callable[[], None]) -> bool:
        """True when the provider is up; raises LLMUnavailable with the reason when it is down.
        ``probe`` (blocking) makes the minimal request through ``call``: it raises when it fails."""
        if not self.breaker.allows_calls():
            raise LLMUnavailable(f"circuit open: {self.breaker.reason}")
        with self._probe_lock:      # concurrent /health requests share one probe
            if self._checked_at is None or self._clock() - self._checked_at >= self._interval_s:
                try:
                    probe()
                    self._down_reason = None
                except LLMUnavailable as error:
                    self._down_reason = str(error)
                self._checked_at = self._clock()
            reason = self._down_reason
        if reason is not None:
            raise LLMUnavailable(reason)
        return True


class GuardedLLM:
    """What both LLM adapters share around their requests: the ``LLM`` port's calls run on the
    process's I/O loop (adapters/io_loop.py) behind the ``ProviderGuard``; a subclass makes one
    request (``_complete``) and the health probe's (``_probe``) with its SDK's clients."""

    @property
    def name(self) -> str:
        raise NotImplementedError

    def _start(self, clients: ClientShards[Any], breaker: CircuitBreaker | None, health_interval_s: float,
               io: IOLoop | None) -> None:
        """``io``: the loop shared by the process's adapters; a loop of its own when None, closed by
        ``close``."""
        self._clients = clients
        self._guard = ProviderGuard(self.name, breaker, health_interval_s)
        self._owns_io = io is None
        self._io = io or IOLoop(f"llm-{self.name.split(':')[0]}")

    @property
    def breaker(self) -> CircuitBreaker:
        return self._guard.breaker

    def complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        return self._io.run(self._guarded(system, turns, tools))

    async def acomplete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        return await self._io.call(self._guarded(system, turns, tools))

    async def _guarded(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        return await self._guard.call(lambda probing: self._complete(system, turns, tools, probing))

    def ping(self) -> bool:
        """A real minimal completion, at most once a minute (see ProviderGuard.ping); with it, whether
        the provider's list of models names the configured one (``describe``)."""
        return self._guard.ping(lambda: self._io.run(self._health_probe()))

    async def _health_probe(self) -> None:
        try:
            self._listed: bool | None = self._model_id in await self._listed_models()
        except Exception as error:       # the list is informative: its failure is not an outage
            log.info("llm: the provider's model list could not be read (%s)", type(error).__name__)
            self._listed = None
        await self._guard.call(lambda probing: self._probe())

    def describe(self) -> dict[str, Any]:
        """For /health: the configured model, and whether the provider lists it (None: not asked yet
        or the list could not be read). A model it does not list fails every call: say which."""
        return {"model": self.name, "listed": getattr(self, "_listed", None)}

    @property
    def _model_id(self) -> str:
        return self.name.split(":", 1)[1]

    async def _listed_models(self) -> set[str]:
        """The ids of GET /models (both SDKs page through it with ``async for``)."""
        client = self._clients.next()
        return {model.id async for model in client.models.list()}

    def close(self) -> None:
        for client in self._clients.all:
            self._io.run(client.close())
        if self._owns_io:
            self._io.close()

    async def _complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec],
                        probing: bool) -> Completion:
        raise NotImplementedError

    async def _probe(self) -> None:
        raise NotImplementedError
