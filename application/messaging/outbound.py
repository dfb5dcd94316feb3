"""Sending the outbox, and what WhatsApp tells us afterwards.

``await SendReplies(runner_id)`` sends due outbox messages (``application.ports.outbox``), oldest first,
each runner's in order: once one of a runner's messages could not go, their later ones wait for it.
A message is claimed before it is sent (a lease: ``Outbox.claim_next``), so two senders never send
it twice; the send itself is awaited (no thread waits on Graph); what Graph answers decides:

* accepted → ``sent`` with its wamid (recorded in the delivery log, so a later failed status finds it).
  If the store can't take that record (the database went away mid-send), it is tried again for
  ``RECORD_SENT_FOR``, well within the lease: a send Graph took is not sent again because its
  record was late;
* 131047 (more than 24 h since the runner wrote) or 131026 (undeliverable) → ``held``: it goes with
  the answer to the runner's next message (``application.messaging.delivery``);
* a transient failure — 5xx, 429, rate-limit codes, the expired token (190), no answer — → retried
  with exponential backoff (5 s doubling to 30 min) for ``GIVE_UP_AFTER`` (24 h), then held. A send
  that timed out may have been taken by Graph: it is not repeated at once, but after at least
  ``AMBIGUOUS_WAIT`` (a late answer is far likelier than a lost request);
* anything else (a request Graph will never take) → ``failed``, logged.

A message whose lease ended while it was being sent (its sender died: kill -9, a lost host) has an
unknown outcome: Graph may have taken it in the sender's last moment. It is not sent at once: it is
leased again for ``UNKNOWN_OUTCOME_WAIT`` without sending, for its ``sent`` status webhook (Meta
posts it within seconds, and redelivers it when our webhook was down) to close it
(``HandleReceipts._unrecorded``, by the reference our send asked Graph to echo); only if none came
is it sent then. The trade-off (README, "Nothing sent twice"): a reply whose sender died *before*
Graph took it arrives up to LEASE + UNKNOWN_OUTCOME_WAIT late, instead of a reply sent twice.

Error codes: https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import attrs

from application.messages import say
from application.messaging.delivery import (
    RE_ENGAGEMENT,
    TOKEN_EXPIRED,
    UNREACHABLE,
    DeliveryLog,
    HandleDeliveryFailure,
    OutboundMessage,
    record_sent,
)
from application.messaging.offload import Offload
from application.ports import Clock, Messenger, RunnerRepository
from application.ports.outbox import DELIVERED, FAILED, HELD, PENDING, READ, SENDING, SENT, Outbox, OutboxMessage
from application.ports.pictures import PlanPicture, ProgressCard

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)           # longer than one send with its timeout (WHATSAPP_TIMEOUT_S, 20 s)
RECORD_SENT_FOR = 30.0                  # seconds; with the send's 20 s, within the lease
REFERENCE_PREFIX = "outbox:"
GIVE_UP_AFTER = timedelta(hours=24)     # WhatsApp's service window: after it only a template goes
AMBIGUOUS_WAIT = timedelta(minutes=2)
UNKNOWN_OUTCOME_WAIT = timedelta(minutes=2)
OUTCOME_UNKNOWN = "outcome unknown: its sender stopped mid-send; waiting for its status webhook"
FIRST_BACKOFF_S = 5.0
MAX_BACKOFF_S = 30 * 60.0
# Failed-status codes worth sending again (Graph's transient errors): the rest are final.
MAX_BUTTONS = 3                         # WhatsApp's reply buttons; more choices go as a list message
TRANSIENT_STATUS_CODES = frozenset({1, 2, 4, 131000, 131016, 130429, 131056, 80007})


# Draws a picture of the outbox (application.training.pictures.DrawPictures.draw): PNG, None on failure.
Draw = Callable[[ProgressCard | PlanPicture], bytes | None]


@attrs.define
class SendReport:
    sent: int = 0
    retried: int = 0
    held: int = 0
    failed: int = 0

    @property
    def tried(self) -> int:
        return self.sent + self.retried + self.held + self.failed


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s… up to 30 min, with ±20 % jitter so that retries of many runners spread out."""
    seconds = min(FIRST_BACKOFF_S * 2 ** max(0, attempts - 1), MAX_BACKOFF_S)
    return timedelta(seconds=seconds * random.uniform(0.8, 1.2))


class SendReplies:
    def __init__(self, outbox: Outbox, deliveries: DeliveryLog, runners: RunnerRepository,
                 messenger: Messenger | None, clock: Clock, handle_failure: HandleDeliveryFailure,
                 offload: Offload | None = None, draw: Draw | None = None):
        self._outbox = outbox
        self._deliveries = deliveries
        self._runners = runners
        self._messenger = messenger
        self._clock = clock
        self._handle_failure = handle_failure
        self._offload = offload or Offload()
        self._draw = draw
        self._warned = False

    async def __call__(self, runner_id: str | None = None, limit: int = 200) -> SendReport:
        """Send what is due: ``runner_id``'s messages (a stranger's: ""), else every runner's."""
        report = SendReport()
        if self._messenger is None:
            if not self._warned:
                log.warning("no messenger (WHATSAPP_TOKEN unset): replies stay in the outbox, unsent")
                self._warned = True
            return report
        if runner_id is None:
            due = await self._offload(self._outbox.due, self._clock.now(), limit)
            runner_ids = list(dict.fromkeys(m.runner_id for m in due))
        else:
            runner_ids = [runner_id]
        for each in runner_ids:
            while report.tried < limit:
                message = await self._offload(self._claim_next, each)
                if message is None or not await self._send(message, report):
                    break                   # none due, or one did not go: the later ones wait for it
        return report

    def _claim_next(self, runner_id: str) -> OutboxMessage | None:
        now = self._clock.now()
        if runner_id:
            message = self._outbox.claim_next(runner_id, now, now + LEASE)
            if message is not None and self._await_unknown_outcome(message, now):
                return None                     # the runner's later replies wait behind it, in order
            return message
        # Strangers' replies (a media message from an unknown number) go to different people:
        # none waits for another.
        for message in self._outbox.due(now, 50, runner_id=""):
            if self._outbox.claim(message.id, now, now + LEASE):
                return self._outbox.get(message.id)
        return None

    def _await_unknown_outcome(self, message: OutboxMessage, now: datetime) -> bool:
        """True when ``message``, just claimed, had been left mid-send by a sender that stopped: an
        earlier attempt that recorded neither a send nor an error (every failure records one). It is
        then kept, unsent, under this claim for ``UNKNOWN_OUTCOME_WAIT``: its status webhook closes
        it meanwhile if Graph had taken it; else it is sent once this lease ends."""
        if message.attempts <= 1 or message.error is not None:
            return False
        message.error, message.next_attempt_at = OUTCOME_UNKNOWN, now + UNKNOWN_OUTCOME_WAIT
        self._outbox.update(message)
        log.warning("a reply left mid-send by a sender that stopped: waiting for its status webhook before "
                    "sending it again", extra={"runner_id": message.runner_id,
                                               "wait_s": UNKNOWN_OUTCOME_WAIT.total_seconds()})
        return True

    async def _send(self, message: OutboxMessage, report: SendReport) -> bool:
        assert self._messenger is not None
        try:
            reference = outbox_reference(message.id)
            if message.image is None and message.picture is not None:
                # Drawn now, after the reply's words went (they are earlier in the runner's queue).
                png = await self._offload(self._draw, message.picture) if self._draw is not None else None
                if png is None:
                    await self._offload(self._not_drawn, message, report)
                    return True             # it costs the picture only: the runner's later replies go on
                message.image = png
            if message.image is not None:
                accepted = await self._messenger.asend_image(message.to, message.image, message.text, reference)
            elif len(message.buttons) > MAX_BUTTONS and hasattr(self._messenger, "asend_list"):
                # More than three choices: WhatsApp's list message (up to 10 rows), opened by a
                # label in the runner's language.
                label = say(await self._offload(self._language, message.runner_id), "list_button")
                accepted = await self._messenger.asend_list(message.to, message.text, label, message.buttons,
                                                            reference)
            elif message.buttons:
                accepted = await self._messenger.asend_buttons(message.to, message.text, message.buttons, reference)
            else:
                accepted = await self._messenger.asend_text(message.to, message.text, reference)
        except Exception as error:
            await self._offload(self._failed, message, error, report)
            return False
        message.status, message.error = SENT, None
        message.wamid = accepted[-1][0] if accepted else None
        await self._record_sent(message, accepted)
        report.sent += 1
        return True

    def _not_drawn(self, message: OutboxMessage, report: SendReport) -> None:
        message.status, message.error, message.image = FAILED, "picture not drawn", None
        self._outbox.update(message)
        report.failed += 1

    def _language(self, runner_id: str) -> str:
        runner = self._runners.get(runner_id) if runner_id else None
        return runner.language if runner is not None else "es"

    async def _record_sent(self, message: OutboxMessage, accepted: list[tuple[str, str]] | None) -> None:
        """Graph took it: record that, insisting while the store is away (a send that is not recorded
        as sent goes out again once its lease ends)."""
        deadline = time.monotonic() + RECORD_SENT_FOR
        wait = 0.5
        while True:
            try:
                await self._offload(self._write_sent, message, accepted)
                return
            except Exception:
                if time.monotonic() + wait > deadline:
                    log.exception("a reply Graph accepted could not be recorded as sent: it may go out twice",
                                  extra={"runner_id": message.runner_id})
                    raise
                log.warning("recording a sent reply failed; trying again", exc_info=True,
                            extra={"runner_id": message.runner_id, "retry_in_s": wait})
                await asyncio.sleep(wait)
                wait = min(wait * 2, 5.0)

    def _write_sent(self, message: OutboxMessage, accepted: list[tuple[str, str]] | None) -> None:
        self._outbox.update(message)
        if message.runner_id:
            record_sent(self._deliveries, message.runner_id, accepted, self._clock.now(), answers=message.answers)

    def _failed(self, message: OutboxMessage, error: Exception, report: SendReport) -> None:
        now = self._clock.now()
        code = getattr(error, "code", None)
        message.error = f"graph {code}" if code is not None else type(error).__name__
        extra = {"runner_id": message.runner_id, "graph_code": code, "attempts": message.attempts}
        if code == RE_ENGAGEMENT or code in UNREACHABLE:
            self._hold(message, code, report)
            return
        retryable = getattr(error, "retryable", code is None) or code == TOKEN_EXPIRED
        if not retryable:
            message.status = FAILED
            self._outbox.update(message)
            report.failed += 1
            log.error("reply refused by WhatsApp for good", extra=extra)
            return
        if now - message.created_at >= GIVE_UP_AFTER:
            log.error("reply still not sent after %s: held for the runner's next message", GIVE_UP_AFTER,
                      extra=extra)
            self._hold(message, code, report)
            return
        wait = backoff(message.attempts)
        if getattr(error, "ambiguous", False):     # timed out: Graph may have taken it
            wait = max(wait, AMBIGUOUS_WAIT)
        message.status, message.next_attempt_at = PENDING, now + wait
        self._outbox.update(message)
        report.retried += 1
        log.warning("reply not sent, retrying later", extra={**extra, "retry_in_s": round(wait.total_seconds())})

    def _hold(self, message: OutboxMessage, code: int | None, report: SendReport) -> None:
        """Held in the delivery log: it goes with the answer to the runner's next message."""
        message.status = HELD
        self._outbox.update(message)
        report.held += 1
        runner = self._runners.get(message.runner_id) if message.runner_id else None
        if runner is None:
            return
        if message.image is not None or message.picture is not None:
            # A picture's caption alone says nothing: it is not repeated as text with the next reply
            # (a held bi-weekly summary brings a freshly drawn card with it: application.coach.reply).
            log.info("picture held: not sent later", extra={"runner_id": runner.id, "graph_code": code})
            return
        held = OutboundMessage(id=f"outbox.{message.id}", runner_id=runner.id, text=message.text,
                               sent_at=self._clock.now(), answers=message.answers)
        self._deliveries.record(held)
        if code == RE_ENGAGEMENT:
            self._handle_failure.act(runner, held, [code])      # holds it; nudges with the template
            return
        self._deliveries.hold(held.id, code or 0, self._clock.now())
        if code in UNREACHABLE:
            self._handle_failure.act(runner, held, [code])      # marks them unreachable till they write


def outbox_reference(message_id: str) -> str:
    """What a reply's sends ask WhatsApp to echo in their status webhooks (``Messenger.asend_*``)."""
    return REFERENCE_PREFIX + message_id


def referenced_reply(reference: str | None) -> str | None:
    """The outbox id in a status webhook's echoed reference, when it is the last part of the reply
    ("outbox:<id>#2/2"): only then was all of it taken by Graph."""
    if not reference or not reference.startswith(REFERENCE_PREFIX):
        return None
    message_id, _, part = reference[len(REFERENCE_PREFIX):].partition("#")
    number, _, count = part.partition("/")
    return message_id if message_id and number and number == count else None


class HandleReceipts:
    """WhatsApp's status webhooks about our messages: sent / delivered / read close them in the
    outbox; a failure is handled by ``HandleDeliveryFailure`` (held, unreachable) or, when transient,
    sends the message again."""

    def __init__(self, outbox: Outbox, handle_failure: HandleDeliveryFailure, clock: Clock,
                 deliveries: DeliveryLog | None = None):
        self._outbox = outbox
        self._handle_failure = handle_failure
        self._clock = clock
        self._deliveries = deliveries

    def delivered(self, wamid: str, status: str, reference: str | None = None) -> bool:
        """False when the message is not in the outbox (a scheduled message, or an old one).

        A reply Graph took whose sender died before recording it (kill -9, a lost host) is still
        open, and would go out again once its lease ended: its status webhook names it
        (``reference``), and it is recorded as sent here instead."""
        message = self._outbox.by_wamid(wamid)
        if message is None:
            message = self._unrecorded(wamid, reference)
            if message is None:
                return False
        rank = {SENT: 0, DELIVERED: 1, READ: 2}
        if status in (DELIVERED, READ) and rank.get(message.status, 3) < rank[status]:
            message.status = status
            self._outbox.update(message)
        return True

    def _unrecorded(self, wamid: str, reference: str | None) -> OutboxMessage | None:
        message_id = referenced_reply(reference)
        message = self._outbox.get(message_id) if message_id else None
        if message is None or message.status not in (PENDING, SENDING):
            return None
        log.warning("a reply Graph took was recorded from its status webhook (its sender did not)",
                    extra={"runner_id": message.runner_id})
        message.status, message.wamid, message.error = SENT, wamid, None
        self._outbox.update(message)
        if self._deliveries is not None and message.runner_id:
            record_sent(self._deliveries, message.runner_id, [(wamid, message.text)], self._clock.now(),
                        answers=message.answers)
        return message

    def failed(self, wamid: str, codes: Sequence[int]) -> str:
        """What was done: "resent", or what ``HandleDeliveryFailure`` did ("held", "unreachable",
        "logged", "unknown")."""
        message = self._outbox.by_wamid(wamid)
        if message is not None and codes and all(c in TRANSIENT_STATUS_CODES for c in codes) \
                and self._clock.now() - message.created_at < GIVE_UP_AFTER:
            message.status, message.wamid = PENDING, None
            message.error = f"failed status {list(codes)}"    # an attempt with an outcome: no wait for a status
            message.next_attempt_at = self._clock.now() + backoff(message.attempts)
            self._outbox.update(message)
            return "resent"
        outcome = self._handle_failure(wamid, codes)
        if message is not None and outcome in ("held", "unreachable", "logged"):
            message.status = HELD if outcome != "logged" else FAILED
            self._outbox.update(message)
        return outcome
