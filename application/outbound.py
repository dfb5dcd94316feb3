"""Sending the outbox, and what WhatsApp tells us afterwards.

``SendReplies`` sends due outbox messages (``application.outbox``), oldest first, each runner's in
order: once one of a runner's messages could not go, their later ones wait for it. A message is
claimed before it is sent (a lease), so two senders never send it twice; what Graph answers decides:

* accepted → ``sent`` with its wamid (recorded in the delivery log, so a later failed status finds it);
* 131047 (more than 24 h since the runner wrote) or 131026 (undeliverable) → ``held``: it goes with
  the answer to the runner's next message (``application.delivery``);
* a transient failure — 5xx, 429, rate-limit codes, the expired token (190), no answer — → retried
  with exponential backoff (5 s doubling to 30 min) for ``GIVE_UP_AFTER`` (24 h), then held. A send
  that timed out may have been taken by Graph: it is not repeated at once, but after at least
  ``AMBIGUOUS_WAIT`` (a late answer is far likelier than a lost request);
* anything else (a request Graph will never take) → ``failed``, logged.

Error codes: https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
"""
from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import attrs

from application.delivery import (
    RE_ENGAGEMENT,
    TOKEN_EXPIRED,
    UNREACHABLE,
    DeliveryLog,
    HandleDeliveryFailure,
    OutboundMessage,
    record_sent,
)
from application.outbox import DELIVERED, FAILED, HELD, PENDING, READ, SENT, Outbox, OutboxMessage
from application.ports import Clock, Messenger, RunnerRepository

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)           # longer than one send with its timeout (WHATSAPP_TIMEOUT_S, 20 s)
GIVE_UP_AFTER = timedelta(hours=24)     # WhatsApp's service window: after it only a template goes
AMBIGUOUS_WAIT = timedelta(minutes=2)
_FAR_FUTURE = datetime.max.replace(tzinfo=timezone.utc)
FIRST_BACKOFF_S = 5.0
MAX_BACKOFF_S = 30 * 60.0
# Failed-status codes worth sending again (Graph's transient errors): the rest are final.
TRANSIENT_STATUS_CODES = frozenset({1, 2, 4, 131000, 131016, 130429, 131056, 80007})


@attrs.define
class SendReport:
    sent: int = 0
    retried: int = 0
    held: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s… up to 30 min, with ±20 % jitter so that retries of many runners spread out."""
    seconds = min(FIRST_BACKOFF_S * 2 ** max(0, attempts - 1), MAX_BACKOFF_S)
    return timedelta(seconds=seconds * random.uniform(0.8, 1.2))


class SendReplies:
    def __init__(self, outbox: Outbox, deliveries: DeliveryLog, runners: RunnerRepository,
                 messenger: Messenger | None, clock: Clock, handle_failure: HandleDeliveryFailure):
        self._outbox = outbox
        self._deliveries = deliveries
        self._runners = runners
        self._messenger = messenger
        self._clock = clock
        self._handle_failure = handle_failure
        self._warned = False

    def __call__(self, runner_id: str | None = None, limit: int = 200) -> SendReport:
        report = SendReport()
        if self._messenger is None:
            if not self._warned:
                log.warning("no messenger (WHATSAPP_TOKEN unset): replies stay in the outbox, unsent")
                self._warned = True
            return report
        waiting: set[str] = set()           # runners with an earlier message that did not go
        for message in self._outbox.due(self._clock.now(), limit, runner_id=runner_id):
            if message.runner_id in waiting:
                continue
            if message.runner_id and self._behind_earlier(message):
                waiting.add(message.runner_id)          # an earlier one is backing off: keep the order
                continue
            now = self._clock.now()
            if not self._outbox.claim(message.id, now, now + LEASE):
                waiting.add(message.runner_id)          # another sender has it: keep the order
                continue
            message.attempts += 1
            if not self._send(message, report):
                waiting.add(message.runner_id)
        return report

    def _behind_earlier(self, message: OutboxMessage) -> bool:
        """An earlier message of the same runner is still to go (backing off, or leased to another sender)."""
        first = self._outbox.due(_FAR_FUTURE, 1, runner_id=message.runner_id)
        return bool(first) and first[0].id != message.id

    def _send(self, message: OutboxMessage, report: SendReport) -> bool:
        assert self._messenger is not None
        try:
            if message.buttons:
                accepted = self._messenger.send_buttons(message.to, message.text, message.buttons)
            else:
                accepted = self._messenger.send_text(message.to, message.text)
        except Exception as error:
            self._failed(message, error, report)
            return False
        now = self._clock.now()
        message.status, message.error = SENT, None
        message.wamid = accepted[-1][0] if accepted else None
        self._outbox.update(message)
        if message.runner_id:
            record_sent(self._deliveries, message.runner_id, accepted, now, answers=message.answers)
        report.sent += 1
        return True

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
        held = OutboundMessage(id=f"outbox.{message.id}", runner_id=runner.id, text=message.text,
                               sent_at=self._clock.now(), answers=message.answers)
        self._deliveries.record(held)
        if code == RE_ENGAGEMENT:
            self._handle_failure.act(runner, held, [code])      # holds it; nudges with the template
            return
        self._deliveries.hold(held.id, code or 0, self._clock.now())
        if code in UNREACHABLE:
            self._handle_failure.act(runner, held, [code])      # marks them unreachable till they write


class HandleReceipts:
    """WhatsApp's status webhooks about our messages: delivered / read close them in the outbox; a
    failure is handled by ``HandleDeliveryFailure`` (held, unreachable) or, when transient, sends the
    message again."""

    def __init__(self, outbox: Outbox, handle_failure: HandleDeliveryFailure, clock: Clock):
        self._outbox = outbox
        self._handle_failure = handle_failure
        self._clock = clock

    def delivered(self, wamid: str, status: str) -> bool:
        """False when the message is not in the outbox (a scheduled message, or an old one)."""
        message = self._outbox.by_wamid(wamid)
        if message is None:
            return False
        rank = {SENT: 0, DELIVERED: 1, READ: 2}
        if status in (DELIVERED, READ) and rank.get(message.status, 3) < rank[status]:
            message.status = status
            self._outbox.update(message)
        return True

    def failed(self, wamid: str, codes: Sequence[int]) -> str:
        """What was done: "resent", or what ``HandleDeliveryFailure`` did ("held", "unreachable",
        "logged", "unknown")."""
        message = self._outbox.by_wamid(wamid)
        if message is not None and codes and all(c in TRANSIENT_STATUS_CODES for c in codes) \
                and self._clock.now() - message.created_at < GIVE_UP_AFTER:
            message.status, message.wamid = PENDING, None
            message.next_attempt_at = self._clock.now() + backoff(message.attempts)
            self._outbox.update(message)
            return "resent"
        outcome = self._handle_failure(wamid, codes)
        if message is not None and outcome in ("held", "unreachable", "logged"):
            message.status = HELD if outcome != "logged" else FAILED
            self._outbox.update(message)
        return outcome
