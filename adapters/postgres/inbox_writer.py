"""``application.ports.InboxWriter`` on PostgreSQL with psycopg's async pool, for the webhook.

The webhook stores each delivery before it answers Meta. Run on a worker thread, that write waited
for the thread to be scheduled and for the GIL, then for the event loop to take the result back:
on a busy 2-core machine 125 ms (median) of the webhook's answer went to that, 23 ms to the INSERT
itself. Here the INSERT is awaited on the webhook's own loop, on autocommit connections (one round
trip), from a small pool opened on that loop at the first delivery.
"""
from __future__ import annotations

import asyncio
from typing import Any

from psycopg_pool import AsyncConnectionPool

from adapters.postgres.inbox import INSERT, insert_params
from application.ports import InboxItem

MAX_CONNECTIONS = 16


class PostgresInboxWriter:
    def __init__(self, conninfo: str, kwargs: dict[str, Any], *, max_size: int = MAX_CONNECTIONS,
                 timeout: float = 1.0):
        """``conninfo`` and ``kwargs`` as the store's pool has them (search_path, time zone)."""
        self._conninfo = conninfo
        self._kwargs = {**kwargs, "autocommit": True}
        self._max_size = max_size
        self._timeout = timeout
        self._pool: AsyncConnectionPool | None = None
        self._opening: asyncio.Lock | None = None

    async def _opened(self) -> AsyncConnectionPool:
        if self._pool is not None:
            return self._pool
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pool is None:
                pool = AsyncConnectionPool(self._conninfo, kwargs=self._kwargs, min_size=min(4, self._max_size),
                                           max_size=self._max_size, timeout=self._timeout, open=False,
                                           name="andes-inbox-writer")
                await pool.open()
                self._pool = pool
        return self._pool

    async def put(self, item: InboxItem) -> bool:
        pool = await self._opened()
        async with pool.connection(timeout=self._timeout) as conn:
            cursor = await conn.execute(INSERT, insert_params(item))
            return cursor.rowcount == 1

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()
