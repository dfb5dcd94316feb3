"""The webhook enqueues one job per runner at a time, not one per delivery (issue 23), and every
message still has an enqueue that started after it was stored."""
from __future__ import annotations

import asyncio

from entrypoints.webhook import DatabaseGate, Webhook


class SlowQueue:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.release = asyncio.Event()
        self.fail_next = False

    async def answer(self, sender: str) -> None:
        self.calls.append(sender)
        await self.release.wait()
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the database went away")


def _webhook(queue: SlowQueue) -> Webhook:
    return Webhook(resources=None, queue=queue, metrics=None, gate=DatabaseGate(),  # type: ignore[arg-type]
                   verify_token="", app_secret="s", allow_unsigned=False)


def test_deliveries_of_a_runner_whose_enqueue_is_in_flight_share_one_more_after_it():
    async def scenario() -> list[str]:
        queue = SlowQueue()
        webhook = _webhook(queue)
        first = asyncio.create_task(webhook._enqueue(["ana"]))
        await asyncio.sleep(0)                         # ana's enqueue is in flight
        others = [asyncio.create_task(webhook._enqueue(["ana"])) for _ in range(5)]
        bob = asyncio.create_task(webhook._enqueue(["bob"]))
        await asyncio.sleep(0)
        queue.release.set()
        await asyncio.gather(first, *others, bob)
        return queue.calls

    calls = asyncio.run(scenario())
    assert sorted(calls) == ["ana", "ana", "bob"]       # not 6 for ana: one, then one for the five


def test_a_failed_enqueue_still_runs_the_one_asked_for_meanwhile():
    async def scenario() -> list[str]:
        queue = SlowQueue()
        queue.fail_next = True
        webhook = _webhook(queue)
        first = asyncio.create_task(webhook._enqueue(["ana"]))
        await asyncio.sleep(0)
        second = asyncio.create_task(webhook._enqueue(["ana"]))
        await asyncio.sleep(0)
        queue.release.set()
        await asyncio.gather(first, second)
        assert webhook._enqueue_one.in_flight == 0
        return queue.calls

    assert asyncio.run(scenario()) == ["ana", "ana"]


def test_a_queue_whose_workers_wake_on_stored_messages_gets_no_job_from_the_webhook():
    class Woken(SlowQueue):
        wakes_on_stored_messages = True

    class Counter:
        def add(self, *args, **kwargs):
            pass

    class Metrics:
        webhook_requests = Counter()

    webhook = Webhook(resources=None, queue=Woken(), metrics=Metrics(), gate=DatabaseGate(),  # type: ignore[arg-type]
                      verify_token="", app_secret="s", allow_unsigned=False)
    assert webhook._answer(200, "ok", ["ana"]).background is None


def test_an_answer_on_the_local_queue_is_enqueued_after_the_200():
    class Counter:
        def add(self, *args, **kwargs):
            pass

    class Metrics:
        webhook_requests = Counter()

    webhook = Webhook(resources=None, queue=SlowQueue(), metrics=Metrics(), gate=DatabaseGate(),  # type: ignore[arg-type]
                      verify_token="", app_secret="s", allow_unsigned=False)
    assert webhook._answer(200, "ok", ["ana"]).background is not None
