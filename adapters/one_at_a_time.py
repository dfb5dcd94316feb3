"""At most one call per key in flight, and one more for every call that came meanwhile.

Enqueueing a runner's answer costs a database round trip and its CPU; a burst of messages of one
runner needs one job, not one per message (issue 23). A call for a key whose call is in flight is
not made again at once: it asks for one more after it, one for all that came meanwhile, so each
still has a call that *started after it* (a job begun before a message was stored might not have
seen it). For one event loop: no lock.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class OneAtATime:
    def __init__(self, call: Callable[[str], Awaitable[None]],
                 what: str = "enqueueing failed: the sweep will answer it"):
        self._call = call
        self._what = what
        self._again: dict[str, bool] = {}      # keys in flight → whether one more was asked for

    async def __call__(self, key: str) -> None:
        if key in self._again:
            self._again[key] = True
            return
        self._again[key] = False
        try:
            while True:
                try:
                    await self._call(key)
                except Exception:
                    log.exception(self._what)
                if not self._again[key]:
                    return
                self._again[key] = False
        finally:
            del self._again[key]

    @property
    def in_flight(self) -> int:
        return len(self._again)
