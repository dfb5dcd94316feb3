"""The delivery log port: our sent messages, the held ones, and runners WhatsApp can't reach."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

import attrs


@attrs.define
class OutboundMessage:
    id: str                            # Graph's message id (wamid), or a local id when Graph never took it
    runner_id: str
    text: str
    sent_at: datetime
    template: bool = False
    held_at: datetime | None = None    # undelivered, waiting for the runner's next message
    reason: int | None = None          # Graph's error code that made us hold it
    answers: str | None = None         # the inbox message id this text answers (held on a 190)
    delivered_at: datetime | None = None   # when a held text went out with a later reply


class DeliveryLog(Protocol):
    """Our sent messages (to trace failure receipts back to a runner and a text), the held ones,
    and runners WhatsApp can't reach. Implemented in memory, on SQLite and on PostgreSQL."""
    def record(self, message: OutboundMessage) -> None:
        """Store it (a no-op when its id is already there)."""
    def get(self, message_id: str) -> OutboundMessage | None: ...
    def hold(self, message_id: str, reason: int, at: datetime) -> bool:
        """Mark a sent message held; False when unknown, already held or already re-delivered."""
    def held(self, runner_id: str) -> list[OutboundMessage]:
        """Held and not re-delivered yet, oldest first."""
    def held_answer(self, inbox_message_id: str) -> OutboundMessage | None:
        """The held reply to that inbox message, re-delivered or not (None: none was held)."""
    def release(self, message_ids: Sequence[str], at: datetime) -> None:
        """These held messages went out with a later reply."""
    def mark_unreachable(self, runner_id: str, reason: int, at: datetime) -> None: ...
    def unreachable_since(self, runner_id: str) -> datetime | None: ...
    def mark_reachable(self, runner_id: str) -> None: ...
    def purge(self, older_than: timedelta, now: datetime) -> int:
        """Forget records older than ``older_than`` that wait for nothing (not held, or re-delivered)."""
