"""A small thread-safe circuit breaker: after a provider outage, fail fast instead of waiting.

Closed: calls go through; ``failure_threshold`` outage failures in a row open it (a failure
marked ``hard`` opens it at once: a refused key or an empty balance won't heal in seconds).
Open: every call is refused at once, so the caller answers another way, until ``reset_after_s``
have passed. Half-open: one call (the probe) goes through, the others are still refused; its
success closes the breaker, its failure opens it again for another ``reset_after_s``.

A probe that never reports back (its caller died) frees its slot after ``reset_after_s``.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

CLOSED = "closed"
OPEN = "open"
HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(self, failure_threshold: int = 2, reset_after_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic):
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if reset_after_s <= 0:
            raise ValueError("reset_after_s must be positive")
        self._threshold = failure_threshold
        self._reset_after_s = reset_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_started_at: float | None = None
        self._reason = ""

    # --- reading ---------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """closed | open | half_open (open past its reset time reads half_open: a probe may go)."""
        with self._lock:
            return self._current_state()

    @property
    def reason(self) -> str:
        """Why it opened (the last failure), "" while closed."""
        with self._lock:
            return self._reason if self._state != CLOSED else ""

    def retry_in_s(self) -> float:
        """Seconds until a probe may go through (0 when one may go now)."""
        with self._lock:
            if self._state == CLOSED:
                return 0.0
            return max(0.0, self._opened_at + self._reset_after_s - self._clock())

    def allows_calls(self) -> bool:
        """Whether ``acquire`` would let a call through now (without taking the probe slot)."""
        with self._lock:
            state = self._current_state()
            return state == CLOSED or (state == HALF_OPEN and not self._probe_in_flight())

    # --- using ---------------------------------------------------------------------------------

    def acquire(self) -> bool:
        """May a call go through now? In half-open state only the first caller (the probe) may."""
        with self._lock:
            state = self._current_state()
            if state == CLOSED:
                return True
            if state == HALF_OPEN and not self._probe_in_flight():
                self._state = HALF_OPEN
                self._probe_started_at = self._clock()
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._state = CLOSED
            self._failures = 0
            self._probe_started_at = None
            self._reason = ""

    def record_failure(self, reason: str, hard: bool = False) -> None:
        with self._lock:
            self._reason = reason
            self._failures += 1
            if hard or self._state == HALF_OPEN or self._failures >= self._threshold:
                self._state = OPEN
                self._opened_at = self._clock()
                self._probe_started_at = None

    def release(self) -> None:
        """The call neither succeeded nor showed an outage (an adapter bug): free the probe slot."""
        with self._lock:
            self._probe_started_at = None

    # --- internals (lock held) -----------------------------------------------------------------------

    def _current_state(self) -> str:
        if self._state == OPEN and self._clock() >= self._opened_at + self._reset_after_s:
            return HALF_OPEN
        return self._state

    def _probe_in_flight(self) -> bool:
        if self._probe_started_at is None:
            return False
        return self._clock() < self._probe_started_at + self._reset_after_s
