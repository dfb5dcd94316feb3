"""Every job a worker runs, whichever queue brought it (``application.ports.work``).

* ``await answer(sender)`` — the sender's pending messages, then their replies sent (``inbound``,
  ``outbound``);
* ``await delivery_failure(…)`` / ``receipt(…)`` — WhatsApp's status webhooks;
* ``await sweep()`` — periodic: sends what is due in the outbox (retries with backoff) and returns
  the senders whose messages wait with no job (the webhook stored them, then died before
  enqueueing: the queue enqueues them again);
* ``scheduled()`` — periodic: the scheduled messages (progress summaries, plan renewals) and the
  purge of old rows.

The awaited ones wait on the network without a thread; ``receipt`` and ``scheduled`` are blocking
(the queue runs them on a thread).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta

from application.messaging.inbound import Answered, AnswerMessages, message_ref
from application.messaging.offload import Offload
from application.messaging.outbound import HandleReceipts, SendReplies
from application.ports import ChatBuffer, Clock, Inbox
from application.ports.delivery import DeliveryLog
from application.ports.outbox import Outbox

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(seconds=30)       # a pending item this old with no job is enqueued again
UNKNOWN_RECEIPT_WAITS_S = (0.2, 0.5, 1.0)
INBOX_KEEP_DONE = timedelta(days=7)
# What we sent is kept long enough for a late failed-status webhook (Meta retries a webhook for up
# to 7 days); held texts stay until they go out.
OUTBOUND_KEEP = timedelta(days=8)


class Jobs:
    def __init__(self, answer_messages: AnswerMessages, send_replies: SendReplies, receipts: HandleReceipts,
                 inbox: Inbox, outbox: Outbox, clock: Clock, *, scheduled: Callable[[], object] | None = None,
                 purges: dict[str, Callable[[], int]] | None = None,
                 on_answered: Callable[[Answered], None] | None = None, offload: Offload | None = None):
        self._answer = answer_messages
        self._send = send_replies
        self._receipts = receipts
        self._inbox = inbox
        self._outbox = outbox
        self._clock = clock
        self._scheduled = scheduled
        self._purges = purges or {}
        self._on_answered = on_answered
        self._offload = offload or Offload()

    def observe(self, on_answered: Callable[[Answered], None]) -> None:
        """Tell ``on_answered`` about every item answered (the process's metrics)."""
        self._on_answered = on_answered

    async def answer(self, sender: str, *, last_attempt: bool = False) -> list[Answered]:
        answered = await self._answer(sender, last_attempt=last_attempt)
        # A stranger's reply ("only text", an apology) has no runner: their outbox rows have runner_id "".
        for runner_id in dict.fromkeys(a.runner_id or "" for a in answered
                                       if a.outcome not in ("already_done", "refused")):
            await self._send(runner_id)
        if self._on_answered is not None:
            for item in answered:
                self._on_answered(item)
        return answered

    async def delivery_failure(self, message_id: str, codes: Sequence[int]) -> str:
        # The failure may overtake the recording of the send it is about (another worker sent it
        # a moment ago): an unknown id is looked up again a few times before it is given up.
        outcome = "unknown"
        for wait_s in UNKNOWN_RECEIPT_WAITS_S:
            outcome = await self._offload(self._receipts.failed, message_id, codes)
            if outcome != "unknown":
                break
            await asyncio.sleep(wait_s)
        if outcome == "unknown":
            log.warning("delivery failure for a message we have no record of",
                        extra={"message_ref": message_ref(message_id), "graph_codes": list(codes)})
        elif outcome == "resent":
            await self._send()
        return outcome

    def receipt(self, message_id: str, status: str, reference: str | None = None) -> bool:
        return self._receipts.delivered(message_id, status, reference)

    async def sweep(self, *, everything: bool = False) -> list[str]:
        """Send what is due; the senders with messages waiting too long for a job (``everything``:
        all senders with pending messages, at the start of the only process of the embedded mode)."""
        await self._send()
        cutoff = self._clock.now() - (timedelta(0) if everything else STALE_AFTER)
        pending = await self._offload(self._inbox.pending, 1000)
        return list(dict.fromkeys(item.sender for item in pending if item.received_at <= cutoff and item.sender))

    def scheduled(self) -> None:
        if self._scheduled is not None:
            try:
                self._scheduled()
            except Exception:
                log.exception("scheduled messages failed")
        self.purge_expired()

    def purge_expired(self) -> None:
        for name, purge in self._purges.items():
            try:
                removed = purge()
                if removed:
                    log.info("purged expired rows", extra={"what": name, "rows": removed})
            except Exception:
                log.exception("purging %s failed", name)


def purges(inbox: Inbox, outbox: Outbox, chat_buffer: ChatBuffer, deliveries: DeliveryLog,
           clock: Clock) -> dict[str, Callable[[], int]]:
    """The rows that expire: database chat buffers, answered inbox items, old outbox and delivery
    records. (Redis expires its keys itself: its buffer has no ``purge_expired``.)"""
    return {
        "chat_buffer": lambda: int(getattr(chat_buffer, "purge_expired", lambda: 0)()),
        "inbox": lambda: inbox.purge_done(INBOX_KEEP_DONE),
        "outbox": lambda: outbox.purge(OUTBOUND_KEEP, clock.now()),
        "outbound_messages": lambda: deliveries.purge(OUTBOUND_KEEP, clock.now()),
    }
