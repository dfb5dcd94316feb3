"""The container's providers as the app's threads use them: resolved once, each behind its own lock.

One provider being built (the store connecting to a database that is down, say) never blocks the
others: dependency-injector's ThreadSafeSingleton shares one lock between every provider, so the
container's providers are resolved here, each under a lock of its own, and a failure is not
cached (the next call tries again).
"""
from __future__ import annotations

import logging
import threading
from collections import defaultdict
from typing import Any

log = logging.getLogger(__name__)

WARM_UP = ("store", "reply_to_runner", "inbox", "outbox", "messenger", "runners", "runs", "plans",
           "summarize_progress", "clock", "chat_buffer", "vector_memory", "llm", "deliveries", "jobs")


class Resources:
    def __init__(self, container: Any):
        self._container = container
        self._locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self._locks_lock = threading.Lock()
        self._cache: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        try:
            return self._cache[name]
        except KeyError:
            pass
        with self._locks_lock:
            lock = self._locks[name]
        with lock:
            if name not in self._cache:
                self._cache[name] = getattr(self._container, name)()
            return self._cache[name]

    def built(self, name: str) -> Any | None:
        """The provider's object if it was built already, else None (never builds: for /health)."""
        return self._cache.get(name)

    def warm_up(self, names: tuple[str, ...] = WARM_UP) -> bool:
        """Build what the app needs; False when something could not be built (retried on use)."""
        ok = True
        for name in names:
            try:
                self.get(name)
            except Exception:
                ok = False
                log.warning("could not build %s yet; it will be retried", name, exc_info=True)
        return ok

    def build(self, names: tuple[str, ...]) -> None:
        """Build ``names`` in order; raises the first failure (for start-up, which decides whether
        it is worth retrying)."""
        for name in names:
            self.get(name)
