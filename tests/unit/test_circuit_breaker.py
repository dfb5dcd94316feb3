"""The circuit breaker on its own: closed → open → half-open (one probe) → closed or open again."""
from __future__ import annotations

import threading

import pytest

from adapters.circuit_breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_it_opens_after_the_threshold_and_refuses_until_the_reset_time():
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=2, reset_after_s=30, clock=clock)
    assert breaker.acquire() and breaker.state == CLOSED
    breaker.record_failure("503")
    assert breaker.state == CLOSED and breaker.acquire()
    breaker.record_failure("503 again")
    assert breaker.state == OPEN and breaker.reason == "503 again"
    assert not breaker.acquire() and not breaker.allows_calls()
    clock.now += 29.9
    assert not breaker.acquire() and breaker.retry_in_s() == pytest.approx(0.1)
    clock.now += 0.1
    assert breaker.state == HALF_OPEN and breaker.allows_calls()


def test_a_success_resets_the_count_of_failures_in_a_row():
    breaker = CircuitBreaker(failure_threshold=2, clock=Clock())
    breaker.record_failure("timeout")
    breaker.record_success()
    breaker.record_failure("timeout")
    assert breaker.state == CLOSED and breaker.reason == ""


def test_a_hard_failure_opens_it_at_once():
    breaker = CircuitBreaker(failure_threshold=5, clock=Clock())
    breaker.record_failure("402 insufficient balance", hard=True)
    assert breaker.state == OPEN and not breaker.acquire()


def test_half_open_lets_one_probe_through_and_its_result_decides():
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=1, reset_after_s=10, clock=clock)
    breaker.record_failure("down")
    clock.now += 10
    assert breaker.acquire()                       # the probe
    assert not breaker.acquire() and not breaker.allows_calls()   # the others wait for it
    breaker.record_failure("still down")
    assert breaker.state == OPEN and breaker.retry_in_s() == 10
    clock.now += 10
    assert breaker.acquire()
    breaker.record_success()
    assert breaker.state == CLOSED and breaker.acquire() and breaker.acquire()


def test_a_probe_that_never_reports_frees_its_slot():
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=1, reset_after_s=10, clock=clock)
    breaker.record_failure("down")
    clock.now += 10
    assert breaker.acquire() and not breaker.acquire()
    clock.now += 10                                 # its caller died
    assert breaker.acquire()
    breaker.release()                              # or it said: neither success nor outage
    assert breaker.acquire()


def test_only_one_of_many_threads_probes():
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=1, reset_after_s=1, clock=clock)
    breaker.record_failure("down")
    clock.now += 1
    start = threading.Barrier(16)
    allowed: list[bool] = []

    def caller() -> None:
        start.wait()
        allowed.append(breaker.acquire())

    threads = [threading.Thread(target=caller) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(allowed) == [False] * 15 + [True]


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker(reset_after_s=0)
