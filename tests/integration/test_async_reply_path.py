"""The reply path with a model, on PostgreSQL (issue 12): messages wait for the model on the event
loop, holding no database connection and no thread, so one worker has many in flight; each round of
the model's tools commits with the answer's progress, and a retry after a crash goes on from there.
"""
from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
from dependency_injector import providers

from adapters.in_memory import RecordingMessenger, ScriptedLLM
from adapters.postgres import PostgresStore
from application.coach.llm_coach import LLMCoach
from application.messaging.offload import Offload
from application.ports import ChatTurn, Completion, InboxItem, ToolCall, ToolSpec
from domain.runner import FitnessLevel, GoalRace, Runner
from tests.coach_harness import memory_container

pytestmark = pytest.mark.integration

RUNNERS = 30


class GatedLLM:
    """A model that answers only once ``gate`` opens, counting the calls waiting for it."""

    name = "gated"

    def __init__(self, reply: str = "¡Buen trabajo! Sigue así.") -> None:
        self.reply = reply
        self.waiting = 0
        self.gate: asyncio.Event | None = None
        self.all_waiting: asyncio.Event | None = None
        self.expected = 0

    async def acomplete(self, system: str, turns: list[ChatTurn], tools: list[ToolSpec]) -> Completion:
        assert self.gate is not None and self.all_waiting is not None
        self.waiting += 1
        if self.waiting == self.expected:
            self.all_waiting.set()
        await self.gate.wait()
        return Completion(text=self.reply)

    def complete(self, system: str, turns: list[ChatTurn], tools: list[ToolSpec]) -> Completion:
        raise AssertionError("a worker awaits the model; it never blocks a thread on it")

    def ping(self) -> bool:
        return True


def _runner(n: int) -> Runner:
    return Runner(phone=f"+59399{n:07d}", name=f"Runner{n}", age=30, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                  fitness_level=FitnessLevel.INTERMEDIATE, injury_history="ninguna", motivation="bajar de 50",
                  language="es", onboarding_completed=True, has_race=False)


@pytest.fixture
def worker(tmp_path, postgres_pool):
    """The real composition root on PostgreSQL (a pool of 4 connections), the model replaced."""
    container, clock = memory_container(tmp_path, embeddings="hashing")
    store = PostgresStore(postgres_pool)
    container.store.override(providers.Object(store))
    container.messenger.override(providers.Object(RecordingMessenger()))
    container.offload.override(providers.Object(Offload(3)))       # below the pool's 4 connections
    return container, clock, store


def _use_model(container, llm) -> None:
    container.llm_coach.override(providers.Object(
        LLMCoach(llm, container.tools(), container.tool_registry(), understand=container.understand())))


def _put(container, clock, runner: Runner, text: str) -> InboxItem:
    item = InboxItem(f"wamid.{uuid.uuid4().hex}", runner.phone.lstrip("+"), "text", text, clock.now(),
                     sent_at=clock.now())
    assert container.inbox().put(item)
    return item


def _lent(pool) -> int:
    stats = pool.get_stats()
    return stats["pool_size"] - stats["pool_available"]


def test_messages_waiting_for_the_model_hold_no_connection_and_no_thread(worker, postgres_pool):
    container, clock, store = worker
    llm = GatedLLM()
    _use_model(container, llm)
    runners = [_runner(n) for n in range(RUNNERS)]
    for runner in runners:
        store.runners.save(runner)
        _put(container, clock, runner, "¿cómo voy con mi entrenamiento?")
    jobs = container.jobs()
    seen: dict[str, int] = {}
    threads_before = threading.active_count()

    async def scenario() -> None:
        llm.gate, llm.all_waiting, llm.expected = asyncio.Event(), asyncio.Event(), RUNNERS
        answering = asyncio.gather(*(jobs.answer(r.phone.lstrip("+")) for r in runners))
        await asyncio.wait_for(llm.all_waiting.wait(), 30)
        # Every message is in flight, on a pool of 4 connections and an offload of 3 threads.
        seen["lent"] = _lent(postgres_pool)
        seen["threads"] = threading.active_count()
        llm.gate.set()
        await asyncio.wait_for(answering, 60)
    asyncio.run(scenario())

    assert llm.waiting == RUNNERS
    assert seen["lent"] == 0
    assert seen["threads"] - threads_before <= 5     # the offload's 3, not a thread per message
    messenger = container.messenger()
    for runner in runners:
        assert messenger.texts_to(runner.phone) == ["¡Buen trabajo! Sigue así."]
        assert len(store.conversations.for_runner(runner.id)) == 2
    assert store.pool is postgres_pool and container.inbox().pending() == []


class CrashOnce:
    """Fails the first close of an answer, as a worker killed between two units of work would."""

    def __init__(self, coach) -> None:
        self._coach, self.crashed = coach, False

    def close(self, exchange):
        if not self.crashed:
            self.crashed = True
            raise RuntimeError("the worker died after the tool's unit committed")
        return self._coach.close(exchange)

    def __getattr__(self, name):
        return getattr(self._coach, name)


def test_a_retry_after_a_crash_between_units_goes_on_without_running_the_tool_again(worker):
    container, clock, store = worker
    runner = _runner(1)
    store.runners.save(runner)
    log_run = ToolCall("call_1", "log_run", {"distance_km": 8, "duration_min": 45})
    llm = ScriptedLLM([Completion(text="", tool_calls=(log_run,)),
                       Completion(text="¡Bien! 8 km guardados."),        # the answer the crash lost
                       Completion(text="¡Bien! Guardé tus 8 km.")])
    _use_model(container, llm)
    crashing = CrashOnce(container.reply_to_runner())
    container.reply_to_runner.override(providers.Object(crashing))
    item = _put(container, clock, runner, "hoy corrí 8 km en 45 min")
    jobs = container.jobs()

    with pytest.raises(RuntimeError, match="worker died"):
        asyncio.run(jobs.answer(item.sender))
    assert len(store.runs.for_runner(runner.id)) == 1            # the tool's unit committed
    [pending] = container.inbox().pending_for(item.sender)
    assert pending.progress is not None and "log_run" in pending.progress

    [answered] = asyncio.run(jobs.answer(item.sender))            # the queue's retry
    assert answered.outcome == "answered" and answered.tools_used == ("log_run",)
    assert len(store.runs.for_runner(runner.id)) == 1            # stored once
    # The retry asked the model once more, with the tool's result it had already: nothing to redo.
    assert len(llm.calls) == 3
    resumed_turns = llm.calls[2][1]
    assert [t.role for t in resumed_turns[-3:]] == ["user", "assistant", "tool"]
    assert resumed_turns[-2].tool_calls == (log_run,) and '"distance_km"' in resumed_turns[-1].content
    assert container.messenger().texts_to(runner.phone) == ["¡Bien! Guardé tus 8 km."]
    assert container.inbox().pending() == []
