"""Memories written after the reply: a read still sees its runner's writes, a failing write is logged."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

from adapters.deferred_memory import DeferredWritesMemory
from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import FixedClock, InMemoryVectorMemory
from domain.memory import MemoryDocument, MemoryKind

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)


class SlowMemory(InMemoryVectorMemory):
    """Writes wait until the test lets them through, so a read can come first."""
    def __init__(self) -> None:
        super().__init__(HashingEmbedder(), FixedClock(NOW))
        self.gate = threading.Event()

    def store(self, document: MemoryDocument) -> None:
        self.gate.wait(5)
        super().store(document)


def doc(runner: str, text: str) -> MemoryDocument:
    return MemoryDocument(runner_id=runner, kind=MemoryKind.CONVERSATION, text=text, created_at=NOW)


def test_a_write_returns_at_once_and_a_read_waits_for_its_runners_writes():
    inner = SlowMemory()
    memory = DeferredWritesMemory(inner)
    memory.store(doc("ana", "me duele la rodilla derecha"))      # returns although the write is held
    assert inner.retrieve_context("ana", "rodilla") == []
    threading.Timer(0.1, inner.gate.set).start()
    found = memory.retrieve_context("ana", "rodilla")
    assert [hit.document.text for hit in found] == ["me duele la rodilla derecha"]
    memory.close()


class FlakyMemory(InMemoryVectorMemory):
    def store(self, document: MemoryDocument) -> None:
        if "boom" in document.text:
            raise RuntimeError("the vector store is down")
        super().store(document)


def test_a_failing_write_is_logged_and_the_next_ones_still_happen(caplog):
    inner = FlakyMemory(HashingEmbedder(), FixedClock(NOW))
    memory = DeferredWritesMemory(inner)
    memory.store(doc("ana", "boom"))
    memory.store(doc("ana", "fondo de 18 km el domingo"))
    assert memory.flush(5)
    assert [h.document.text for h in memory.retrieve_context("ana", "fondo")] == ["fondo de 18 km el domingo"]
    assert any("vector memory write failed" in r.getMessage() for r in caplog.records)
    memory.close()


def test_close_applies_what_is_queued():
    inner = InMemoryVectorMemory(HashingEmbedder(), FixedClock(NOW))
    memory = DeferredWritesMemory(inner)
    for n in range(20):
        memory.store(doc("luis", f"entreno {n}"))
    memory.close()
    assert len(inner.retrieve_context("luis", "entreno", k=50)) == 20


def test_while_a_message_is_answered_a_memory_waits_for_the_commit_and_a_rollback_drops_it():
    from application.ports.after_commit import after_commit

    inner = InMemoryVectorMemory(HashingEmbedder(), FixedClock(NOW))
    memory = DeferredWritesMemory(inner)
    with after_commit() as later:
        memory.store(doc("ana", "me duele la rodilla derecha"))
        memory.flush()
        assert inner.retrieve_context("ana", "rodilla") == []        # not before the commit
    later.run()                                                       # the unit committed
    memory.flush()
    assert [h.document.text for h in inner.retrieve_context("ana", "rodilla")] == ["me duele la rodilla derecha"]

    try:
        with after_commit() as rolled_back:
            memory.store(doc("bob", "sore left calf"))
            raise ConnectionError("the database went away")
    except ConnectionError:
        pass
    memory.flush()
    assert inner.retrieve_context("bob", "calf") == [] and rolled_back is not None   # never written
    memory.close()
