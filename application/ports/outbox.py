"""The outbox: every reply is stored before it is sent, in the same unit of work as the message it
answers, and sent from there — retried with backoff for hours, never lost, never blindly repeated.

A message's life (``status``):

* ``pending`` — stored, waiting for its first (or next) attempt at ``next_attempt_at``;
* ``sending`` — claimed by one sender until ``next_attempt_at`` (a lease): a sender that died
  mid-send leaves it claimable again once the lease ends;
* ``sent`` — Graph accepted it (``wamid`` set); ``delivered`` / ``read`` — WhatsApp's status
  webhooks closed it;
* ``held`` — WhatsApp refused it for good for now (131047: more than 24 h since the runner wrote):
  it goes with the answer to the runner's next message (``application.messaging.delivery``);
* ``failed`` — given up (undeliverable, or retried for longer than the outbox keeps trying).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

import attrs

from application.ports import Button
from application.ports.pictures import PlanPicture, ProgressCard

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
DELIVERED = "delivered"
READ = "read"
HELD = "held"
FAILED = "failed"
STATUSES = (PENDING, SENDING, SENT, DELIVERED, READ, HELD, FAILED)
FINAL = frozenset({DELIVERED, READ, HELD, FAILED})


@attrs.define
class OutboxMessage:
    id: str                                # our own id (uuid hex)
    runner_id: str
    to: str                                # the runner's address: phone, else WhatsApp user id
    text: str
    created_at: datetime                   # UTC
    next_attempt_at: datetime              # UTC: when it may be (re)tried; the lease end while sending
    buttons: tuple[Button, ...] = ()
    answers: str | None = None             # the inbox message id this is the reply to (None: scheduled)
    status: str = PENDING
    attempts: int = 0
    wamid: str | None = None               # Graph's id once accepted
    error: str | None = None               # the last failure, for the operator (a code, never the text)
    # A picture (PNG) sent as WhatsApp's ``image`` message with ``text`` as its caption (issue 25).
    image: bytes | None = None
    # A picture to draw when it is sent (issue 23: a reply's words are not kept waiting for the
    # drawing), then sent as ``image`` is; drawn again if a try must be repeated.
    picture: ProgressCard | PlanPicture | None = None


class Outbox(Protocol):
    """Implemented in memory, on SQLite and on PostgreSQL; ``add`` and ``update`` join the open unit
    of work (the reply commits with the message's effects and the inbox's done mark)."""
    def add(self, message: OutboxMessage) -> None:
        """Store it (a no-op when its id is already there)."""
    def get(self, message_id: str) -> OutboxMessage | None: ...
    def by_wamid(self, wamid: str) -> OutboxMessage | None: ...
    def for_answer(self, inbox_message_id: str) -> list[OutboxMessage]:
        """The replies to that inbox message, oldest first."""
    def due(self, now: datetime, limit: int = 100, runner_id: str | None = None) -> list[OutboxMessage]:
        """``pending`` or ``sending`` messages whose ``next_attempt_at`` is not after ``now``, oldest
        first (created_at, then the order they were added); only ``runner_id``'s when given."""
    def claim(self, message_id: str, now: datetime, lease_until: datetime) -> bool:
        """Atomically take a due message for sending (status ``sending``, ``next_attempt_at`` =
        ``lease_until``, attempts + 1). False when it is not due or another sender took it."""
    def claim_next(self, runner_id: str, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        """Atomically take the runner's oldest open (``pending`` or ``sending``) message if it is due,
        as ``claim`` does, and return it as claimed. None when the runner has no open message, or
        their oldest is not due (backing off, or leased to another sender): their later ones wait
        behind it, so a runner's replies go out in order."""
    def update(self, message: OutboxMessage) -> None:
        """Save status, attempts, next_attempt_at, wamid and error (a no-op for an unknown id)."""
    def purge(self, older_than: timedelta, now: datetime) -> int:
        """Forget final messages (``FINAL`` and ``sent``) created more than ``older_than`` ago."""
