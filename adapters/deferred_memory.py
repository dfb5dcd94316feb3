"""A VectorMemory whose writes happen after the reply, on one background thread.

Remembering a run, an ache or a plan means embedding a new text (≈ 10 ms each with E5 on this
machine); the runner should not wait for it. Writes are queued and applied in order by a worker;
a read for a runner first waits until that runner's queued writes are in, so "¿qué hablamos de mi
rodilla?" right after "me duele la rodilla" still finds it.

While a message is being answered (``application.ports.after_commit``) a write is not even queued until
the message's unit of work has committed: a rolled-back answer leaves no memory behind.

Reads are not serialised (the wrapped memories are thread-safe: Qdrant Edge, measured with 4
readers and a writer; qdrant-client over HTTP; the in-memory one has its lock), so searches of
different runners embed their queries in parallel; writes are applied by one thread, in order.
"""
from __future__ import annotations

import collections
import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any

from application.ports import VectorMemory
from application.ports.after_commit import defer_or_run
from domain.memory import MemoryDocument, Recollection
from domain.run import Run

log = logging.getLogger(__name__)

READ_WAIT_S = 5.0        # at most this long a read waits for its runner's pending writes


class DeferredWritesMemory:
    def __init__(self, inner: VectorMemory):
        self._inner = inner
        self._jobs: queue.Queue[tuple[str, Callable[[], None]] | None] = queue.Queue()
        self._pending: collections.Counter[str] = collections.Counter()
        self._changed = threading.Condition()
        self._worker = threading.Thread(target=self._work, name="memory-writes", daemon=True)
        self._worker.start()

    # --- writes: queued ---------------------------------------------------------------------------

    def store(self, document: MemoryDocument) -> None:
        self._submit(document.runner_id, lambda: self._inner.store(document))

    def update_after_run(self, run: Run, language: str = "es") -> None:
        self._submit(run.runner_id, lambda: self._inner.update_after_run(run, language))

    def forget(self, runner_id: str, document_id: str) -> None:
        self._submit(runner_id, lambda: self._inner.forget(runner_id, document_id))

    def store_many(self, documents: Sequence[MemoryDocument]) -> None:
        """A bulk import's batch, on the caller's thread after the queued writes (its errors are the
        caller's: a migration must know what was not remembered)."""
        self.flush()
        store_many = getattr(self._inner, "store_many", None)
        if store_many is not None:
            store_many(documents)
        else:
            for document in documents:
                self._inner.store(document)

    # --- reads: after the runner's writes ---------------------------------------------------------

    def retrieve_context(self, runner_id: str, query: str, k: int = 5) -> list[Recollection]:
        self._wait_for(runner_id)
        return self._inner.retrieve_context(runner_id, query, k)

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every queued write is applied; False if ``timeout`` passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: not +self._pending, timeout)

    def close(self) -> None:
        self.flush()
        self._jobs.put(None)
        self._worker.join(timeout=5)
        close = getattr(self._inner, "close", None)
        if close:
            close()

    def __getattr__(self, name: str) -> Any:      # ping, collection names… of the wrapped memory
        return getattr(self._inner, name)

    # ---------------------------------------------------------------------------------------------

    def _submit(self, runner_id: str, write: Callable[[], None]) -> None:
        defer_or_run(lambda: self._enqueue(runner_id, write))

    def _enqueue(self, runner_id: str, write: Callable[[], None]) -> None:
        with self._changed:
            self._pending[runner_id] += 1
        self._jobs.put((runner_id, write))

    def _wait_for(self, runner_id: str) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: self._pending[runner_id] <= 0, READ_WAIT_S):
                log.warning("memory read before its runner's writes were applied", extra={"runner_id": runner_id})

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            runner_id, write = job
            try:
                write()
            except Exception:
                # The store is the record; the memory is a convenience: log, never lose the worker.
                log.exception("vector memory write failed", extra={"runner_id": runner_id})
            finally:
                with self._changed:
                    self._pending[runner_id] -= 1
                    if self._pending[runner_id] <= 0:
                        del self._pending[runner_id]
                    self._changed.notify_all()
