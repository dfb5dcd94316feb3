"""The embedded mode's work queue (adapters.local_queue.LocalQueue) around a fake ``Jobs``: each
runner's jobs one after the other, runners in parallel (at most ``concurrency`` jobs), retries
with backoff and a last attempt that knows it is the last, a waiting answer job de-duplicated, the
sweep's senders enqueued, and ``stop()`` draining what was queued.

pytest-asyncio is not installed: each test drives its scenario with ``asyncio.run``.
"""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, cast

from adapters.local_queue import MAX_ATTEMPTS, LocalQueue
from application.messaging.jobs import Jobs

WAIT_S = 2.0          # the longest any event is waited for; a passing test never waits this long


class FakeJobs:
    """Records each job as it runs (its name, arguments, thread); ``hooks[name]`` runs inside it. The
    jobs awaited by the real ``Jobs`` (answer, delivery_failure, sweep) are awaited here too, their
    hooks (which block: events, sleeps) on a thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.hooks: dict[str, Callable[..., Any]] = {}
        self._lock = threading.Lock()
        self._running: dict[str, int] = {}
        self.most_at_once: dict[str, int] = {}            # per key ("*": all keys), the most jobs running together

    def _job(self, key: str, name: str, *args: Any) -> Any:
        with self._lock:
            self.calls.append((name, args))
            for k in (key, "*"):
                self._running[k] = self._running.get(k, 0) + 1
                self.most_at_once[k] = max(self.most_at_once.get(k, 0), self._running[k])
        try:
            hook = self.hooks.get(name)
            return hook(*args) if hook else None
        finally:
            with self._lock:
                for k in (key, "*"):
                    self._running[k] -= 1

    async def answer(self, sender: str, *, last_attempt: bool = False) -> list[Any]:
        await asyncio.to_thread(self._job, sender, "answer", sender, last_attempt)
        return []

    async def delivery_failure(self, message_id: str, codes: Sequence[int]) -> str:
        sender = message_id.split(":")[0]                 # the tests' ids are "<sender>:<n>"
        await asyncio.to_thread(self._job, sender, "delivery_failure", message_id, tuple(codes))
        return "held"

    def receipt(self, message_id: str, status: str, reference: str | None = None) -> bool:
        self._job("receipts", "receipt", message_id, status)
        return True

    async def sweep(self, *, everything: bool = False) -> list[str]:
        return list(await asyncio.to_thread(self._job, "sweep", "sweep", everything) or [])

    def scheduled(self) -> None:
        self._job("scheduled", "scheduled")

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]


def queue_for(jobs: FakeJobs, **options: Any) -> LocalQueue:
    settings: dict[str, Any] = {"scheduled_s": None, "first_retry_s": 0.001, **options}
    return LocalQueue(lambda: cast(Jobs, jobs), **settings)


def run(scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(asyncio.wait_for(scenario(), timeout=10))


async def wait_for(event: threading.Event) -> None:
    assert await asyncio.to_thread(event.wait, WAIT_S), "the job never started"


def test_a_runners_jobs_run_one_after_the_other_in_the_order_queued() -> None:
    jobs = FakeJobs()
    # The first job is slow: a later one that did not wait for it would overtake it.
    jobs.hooks["delivery_failure"] = lambda message_id, codes: time.sleep(0.05 if message_id == "A:0" else 0)
    queue = queue_for(jobs)

    async def scenario() -> None:
        for n in range(4):
            await queue.delivery_failure("A", f"A:{n}", [131047])
        await queue.answer("A")
        for n in range(4, 7):
            await queue.delivery_failure("A", f"A:{n}", [131026])
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    expected = ([("delivery_failure", (f"A:{n}", (131047,))) for n in range(4)] + [("answer", ("A", False))]
                + [("delivery_failure", (f"A:{n}", (131026,))) for n in range(4, 7)])
    assert jobs.calls == expected
    assert jobs.most_at_once["A"] == 1
    assert queue.pending == 0


def test_runners_are_served_in_parallel_up_to_the_concurrency() -> None:
    jobs = FakeJobs()
    together = threading.Barrier(2, timeout=WAIT_S)          # passes only if two jobs run at once
    jobs.hooks["answer"] = lambda sender, last: together.wait() if sender in ("A", "B") else time.sleep(0.02)
    queue = queue_for(jobs, concurrency=2)

    async def scenario() -> None:
        await queue.answer("A")
        await queue.answer("B")
        assert await queue.stop(timeout=WAIT_S)
        for sender in "CDEFG":
            await queue.answer(sender)
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    assert sorted(args[0] for args in jobs.named("answer")) == list("ABCDEFG")   # once each: none failed
    assert jobs.most_at_once["*"] == 2


def test_a_failing_job_is_retried_and_its_last_attempt_is_told_so() -> None:
    jobs = FakeJobs()
    failures = {"A": 2, "B": MAX_ATTEMPTS}                  # A recovers on its third try; B never does

    def answer(sender: str, last: bool) -> None:
        if failures.get(sender, 0) > 0:
            failures[sender] -= 1
            raise ConnectionError("the database went away")

    jobs.hooks["answer"] = answer
    queue = queue_for(jobs)

    async def scenario() -> None:
        await queue.answer("A")
        await queue.answer("B")
        await queue.delivery_failure("B", "B:1", [131047])    # B's next job runs once B's answer gave up
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    assert [last for sender, last in jobs.named("answer") if sender == "A"] == [False, False, False]
    assert [last for sender, last in jobs.named("answer") if sender == "B"] == [False] * (MAX_ATTEMPTS - 1) + [True]
    after = jobs.calls.index(("delivery_failure", ("B:1", (131047,))))
    assert all(args[0] != "B" for name, args in jobs.calls[after:] if name == "answer")


def test_retries_back_off() -> None:
    jobs = FakeJobs()
    started: list[float] = []

    def answer(sender: str, last: bool) -> None:
        started.append(time.monotonic())
        if len(started) < 4:
            raise ConnectionError("the database went away")

    jobs.hooks["answer"] = answer
    queue = queue_for(jobs, first_retry_s=0.02)

    async def scenario() -> None:
        await queue.answer("A")
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    gaps = [b - a for a, b in zip(started, started[1:], strict=False)]
    assert len(gaps) == 3
    assert gaps[0] >= 0.02 and gaps[1] >= 0.04 and gaps[2] >= 0.08          # 0.02 s doubling


def test_answer_dedups_a_waiting_job_but_not_the_running_one() -> None:
    jobs = FakeJobs()
    running, release = threading.Event(), threading.Event()

    def answer(sender: str, last: bool) -> None:
        if len(jobs.named("answer")) == 1:
            running.set()
            assert release.wait(WAIT_S)

    jobs.hooks["answer"] = answer
    queue = queue_for(jobs)

    async def scenario() -> None:
        await queue.answer("A")
        await wait_for(running)
        await queue.answer("A")            # a message came in while A is answered: a job must follow
        assert queue.pending == 2
        await queue.answer("A")            # one waits already: it will take this message too
        await queue.answer("A")
        assert queue.pending == 2
        await queue.answer("B")            # another runner's is not folded into A's
        release.set()
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    assert sorted(args[0] for args in jobs.named("answer")) == ["A", "A", "B"]


def test_stop_waits_for_the_queued_jobs_or_for_its_timeout() -> None:
    jobs = FakeJobs()
    release = threading.Event()
    jobs.hooks["answer"] = lambda sender, last: release.wait(WAIT_S) if sender == "slow" else time.sleep(0.01)
    queue = queue_for(jobs)

    async def scenario() -> None:
        for sender in ("A", "B", "slow"):
            await queue.answer(sender)
            await queue.delivery_failure(sender, f"{sender}:1", [131026])
        await queue.receipt("wamid.1", "read")
        assert not await queue.stop(timeout=0.1)      # "slow" is still running
        release.set()
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    assert sorted(args[0] for args in jobs.named("answer")) == ["A", "B", "slow"]
    assert len(jobs.named("delivery_failure")) == 3 and jobs.named("receipt") == [("wamid.1", "read")]
    assert queue.pending == 0


def test_the_sweeps_answer_the_senders_they_find() -> None:
    jobs = FakeJobs()
    periodic = threading.Event()

    def sweep(everything: bool) -> list[str]:
        if everything:
            return ["A", "B"]             # at start: what an earlier process left unanswered
        if periodic.is_set():
            return []
        periodic.set()
        return ["C"]                      # the first periodic sweep: a sender whose job was lost

    jobs.hooks["sweep"] = sweep
    answered = threading.Event()
    jobs.hooks["answer"] = lambda sender, last: answered.set() if sender == "C" else None
    queue = queue_for(jobs, sweep_s=0.02)

    async def scenario() -> None:
        queue.start()
        await wait_for(periodic)
        await wait_for(answered)
        assert await queue.stop(timeout=WAIT_S)

    run(scenario)
    sweeps = [args[0] for args in jobs.named("sweep")]
    assert sweeps[0] is True and all(everything is False for everything in sweeps[1:])
    assert [args[0] for args in jobs.named("answer")][:3] == ["A", "B", "C"]
