"""Blocking work off the event loop, a bounded number at a time.

The reply path is asynchronous where it waits on the network (the model, WhatsApp) and blocking
where it works: the store's transactions, the embedder, the offline coach. ``Offload`` runs the
blocking steps on worker threads, at most ``limit`` at once (each may hold a database connection,
so keep it below the pool's size), and never more than one thread per step; the event loop stays
free for hundreds of model calls in flight.
"""
from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")

DEFAULT_LIMIT = 16


class Offload:
    def __init__(self, limit: int = DEFAULT_LIMIT):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        # One limiter per event loop (a limiter belongs to the loop that first used it).
        self._limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = \
            weakref.WeakKeyDictionary()

    async def __call__(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = self._limiters[loop] = anyio.CapacityLimiter(self.limit)
        call = functools.partial(function, *args, **kwargs) if kwargs else function
        return await anyio.to_thread.run_sync(call, *(() if kwargs else args), limiter=limiter)
