"""InMemoryVectorMemory under threads: the load benchmark's worker threads read while others write."""
from __future__ import annotations

import sys
import threading
from datetime import datetime, timezone

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import FixedClock, InMemoryVectorMemory
from domain.memory import MemoryDocument, MemoryKind

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def test_reads_writes_and_forgets_from_many_threads_at_once():
    # Switch threads every few bytecodes so that a read iterating the memories meets a write.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        memory = InMemoryVectorMemory(HashingEmbedder(dimension=16), FixedClock(NOW))
        errors: list[BaseException] = []
        stored: dict[str, list[str]] = {}
        start = threading.Barrier(8)

        def writer(w: int) -> None:
            start.wait()
            ids = stored.setdefault(f"w{w}", [])
            for i in range(200):
                document = MemoryDocument(runner_id=f"r{i % 4}", kind=MemoryKind.CONVERSATION,
                                          text=f"recuerdo {w}-{i}", created_at=NOW)
                memory.store(document)
                ids.append(document.id)
                if i % 5 == 0:
                    memory.forget(document.runner_id, document.id)
                    ids.pop()

        def reader() -> None:
            start.wait()
            for i in range(150):
                for hit in memory.retrieve_context(f"r{i % 4}", "recuerdo", k=3):
                    assert hit.document.runner_id == f"r{i % 4}"

        def guarded(target, *args):
            try:
                target(*args)
            except BaseException as error:  # noqa: BLE001 - the assertion below shows it
                errors.append(error)

        threads = [threading.Thread(target=guarded, args=(writer, w)) for w in range(4)]
        threads += [threading.Thread(target=guarded, args=(reader,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    kept = sum(len(ids) for ids in stored.values())
    assert kept == 4 * 160
    assert sum(len(memory.retrieve_context(f"r{r}", "recuerdo", k=10_000)) for r in range(4)) == kept
