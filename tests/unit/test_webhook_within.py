"""``entrypoints.webhook.within``: the caller stops waiting, the work is never cancelled from there —
for a coroutine (run in a task of its own) and for a write already begun (a future, as
``PostgresInboxWriter.put`` returns it: waited on as it is, with no second task)."""
from __future__ import annotations

import asyncio

import pytest

from entrypoints.webhook import within


def test_a_begun_write_is_waited_on_and_its_result_or_error_comes_back():
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[bool] = loop.create_future()
        loop.call_later(0.01, done.set_result, True)
        assert await within(1.0, done) is True
        failed: asyncio.Future[bool] = loop.create_future()
        loop.call_later(0.01, failed.set_exception, RuntimeError("database gone"))
        with pytest.raises(RuntimeError, match="database gone"):
            await within(1.0, failed)
        assert await within(1.0, asyncio.sleep(0.01, result="stored")) == "stored"
    asyncio.run(scenario())


def test_past_the_bound_the_caller_stops_waiting_and_the_write_goes_on():
    async def scenario() -> None:
        finished = asyncio.Event()

        async def slow_write() -> str:
            await asyncio.sleep(0.2)
            finished.set()
            return "stored"
        task = asyncio.ensure_future(slow_write())
        with pytest.raises(TimeoutError):
            await within(0.02, task)
        assert not task.cancelled()
        await asyncio.wait_for(finished.wait(), 2.0)
        assert task.result() == "stored"
        with pytest.raises(TimeoutError):                       # a coroutine: its own task goes on too
            await within(0.02, slow_write())
    asyncio.run(scenario())


def test_a_caller_cancelled_while_waiting_does_not_cancel_the_write():
    async def scenario() -> None:
        write = asyncio.ensure_future(asyncio.sleep(0.1, result="stored"))
        caller = asyncio.ensure_future(within(5.0, write))
        await asyncio.sleep(0.01)
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        assert await write == "stored"
    asyncio.run(scenario())
