"""The work queue port: what the webhook hands to the workers.

The webhook stores each message in the inbox, then asks the queue to have the sender's pending
messages answered; a worker (any process, any host) takes the job. Two adapters implement it:
procrastinate on PostgreSQL (``adapters.procrastinate_queue``: per-runner locks across workers,
queueing locks, retries with backoff, periodic tasks) and one process's asyncio tasks for the
embedded mode (``adapters.local_queue``). Both run the same jobs, ``application.messaging.jobs.Jobs``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class WorkQueue(Protocol):
    async def answer(self, sender: str) -> None:
        """Make sure a worker answers ``sender``'s pending inbox items, in the order they were sent.
        Asking again while a job for them waits is a no-op (the waiting job takes them all)."""

    async def delivery_failure(self, sender: str, message_id: str, codes: Sequence[int]) -> None:
        """WhatsApp reported it could not deliver our message ``message_id``: act on it in
        ``sender``'s order (after the reply it is about was recorded)."""

    async def receipt(self, message_id: str, status: str, reference: str | None = None) -> None:
        """WhatsApp took, delivered or showed our message ``message_id``: close it in the outbox
        (``reference``: what the send asked WhatsApp to echo, naming the reply)."""
