"""``application.ports.InboxWriter`` over any ``Inbox``, its ``put`` on a worker thread: for SQLite
and the memory store (the embedded mode), where the write is local and cheap."""
from __future__ import annotations

import anyio.to_thread

from application.ports import Inbox, InboxItem


class ThreadedInboxWriter:
    def __init__(self, inbox: Inbox):
        self._inbox = inbox

    async def put(self, item: InboxItem) -> bool:
        return await anyio.to_thread.run_sync(self._inbox.put, item, abandon_on_cancel=True)

    async def check(self) -> None:
        """The local inbox shares the store's file: /health's database check writes to it."""

    async def close(self) -> None:
        pass
