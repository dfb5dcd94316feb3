"""What happens to our WhatsApp messages after they leave: who a runner is to WhatsApp, and what
to do when WhatsApp could not deliver a message.

Identity. Since April 2026 every message webhook carries the sender's business-scoped user id
(BSUID, ``user_id``), and users who adopt a WhatsApp username may write without a phone number
(Meta's "Business-scoped user IDs" guide, mirrored at
https://support.chatarchitect.com/books/meta-whatsapp/page/business-scoped-user-ids-developer-documentation;
https://docs.360dialog.com/docs/resources/phone-numbers/usernames-and-bsuid). ``find_runner`` looks a
runner up by user id first, then by phone, and links a runner first known by phone to their user id
the first time a webhook carries both: existing runners are migrated as they write.
``address`` is where replies go: the phone when known (Meta recommends phone numbers when possible),
else the user id (sent as the ``recipient`` field, https://dualhook.com/docs/contacts-bsuid-api-changes).

Failures (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes):

* 131047, re-engagement: more than 24 h since the runner last wrote, only a template gets through.
  The text is *held* and goes with the answer to the runner's next message; with a template
  configured (WHATSAPP_SUMMARY_TEMPLATE) the runner is nudged once.
* 131026, message undeliverable (not on WhatsApp, old app, blocked us…): the runner is marked
  unreachable (logged, and recorded with the time) until they write again.
* 190, the access token expired: nothing gets through until it is replaced. The caller keeps the
  inbox item pending and holds the reply (``answers`` = the inbox message id), so that after the
  restart with a new token the held reply is sent instead of answering the message twice.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

import attrs

from application.ports import Clock, Messenger, RunnerRepository
from domain.errors import DomainError
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)

RE_ENGAGEMENT = 131047
UNREACHABLE = frozenset({131026})
TOKEN_EXPIRED = 190


def address(runner: Runner) -> str:
    """Where WhatsApp messages to ``runner`` go: the phone when known, else the WhatsApp user id."""
    if runner.phone:
        return runner.phone
    if runner.whatsapp_id:
        return runner.whatsapp_id
    raise ValueError(f"runner {runner.id} has neither a phone nor a WhatsApp user id")


def _phone_or_none(phone: str | None) -> str | None:
    if not phone:
        return None
    try:
        return normalize_phone(phone)
    except DomainError:
        return None


def find_runner(runners: RunnerRepository, phone: str | None, whatsapp_id: str | None) -> Runner | None:
    """The runner who wrote from ``phone`` / ``whatsapp_id`` (either may be None), linked to the
    user id when they were known by phone only. A changed number is taken from the webhook too."""
    phone = _phone_or_none(phone)
    runner = runners.by_whatsapp_id(whatsapp_id) if whatsapp_id else None
    if runner is None and phone:
        runner = runners.by_phone(phone)
        if runner is not None and whatsapp_id and runner.whatsapp_id != whatsapp_id:
            # First webhook with the user id for a runner known by phone: link them, so that they
            # are still recognised once WhatsApp stops sending the number.
            runner.whatsapp_id = whatsapp_id
            runners.save(runner)
            log.info("runner linked to their WhatsApp user id", extra={"runner_id": runner.id})
    elif runner is not None and phone and runner.phone != phone and runners.by_phone(phone) is None:
        runner.phone = phone                         # known by user id, now with a (new) number
        runners.save(runner)
    return runner


# --- the record of what we sent --------------------------------------------------------------

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


def record_sent(deliveries: DeliveryLog, runner_id: str, accepted: Iterable[tuple[str, str]] | None,
                at: datetime, *, template: bool = False, answers: str | None = None) -> None:
    """Remember what Graph accepted (message id, text) so that a failure receipt finds it."""
    for message_id, text in accepted or ():
        deliveries.record(OutboundMessage(message_id, runner_id, text, at, template=template, answers=answers))


# --- acting on a failure ---------------------------------------------------------------------

class HandleDeliveryFailure:
    """A failed status (or a synchronous send error) -> hold the text / mark the runner unreachable."""

    def __init__(self, deliveries: DeliveryLog, runners: RunnerRepository, clock: Clock,
                 messenger: Messenger | None = None, template: str = ""):
        self._deliveries = deliveries
        self._runners = runners
        self._clock = clock
        self._messenger = messenger
        self._template = template

    def __call__(self, message_id: str, codes: Sequence[int]) -> str:
        """What was done for the failed message ``message_id``: "held", "unreachable", "unknown"
        (not one of ours, or no runner), or "logged" (another error: nothing to do but log it)."""
        sent = self._deliveries.get(message_id)
        runner = self._runners.get(sent.runner_id) if sent is not None else None
        if sent is None or runner is None:
            log.debug("delivery failure for a message we have no record of", extra={"graph_codes": list(codes)})
            return "unknown"
        return self.act(runner, sent, codes)

    def act(self, runner: Runner, sent: OutboundMessage, codes: Sequence[int]) -> str:
        now = self._clock.now()
        if RE_ENGAGEMENT in codes and not sent.template:
            first = not self._deliveries.held(runner.id)
            if self._deliveries.hold(sent.id, RE_ENGAGEMENT, now):
                log.warning("reply held until the runner writes again (outside WhatsApp's 24-hour window)",
                            extra={"runner_id": runner.id, "graph_code": RE_ENGAGEMENT})
                if first:
                    self._nudge(runner)
            return "held"
        unreachable = [c for c in codes if c in UNREACHABLE]
        if unreachable:
            self._deliveries.mark_unreachable(runner.id, unreachable[0], now)
            log.error("runner unreachable on WhatsApp", extra={"runner_id": runner.id, "graph_code": unreachable[0]})
            return "unreachable"
        log.error("message not delivered", extra={"runner_id": runner.id, "graph_codes": list(codes)})
        return "logged"

    def _nudge(self, runner: Runner) -> None:
        """The approved template, so the runner knows a message waits and reopens the window."""
        if not self._template or self._messenger is None:
            return
        try:
            accepted = self._messenger.send_template(address(runner), self._template, runner.language,
                                                     [runner.name.split()[0] if runner.name else "👋"])
            record_sent(self._deliveries, runner.id, accepted, self._clock.now(), template=True)
        except Exception as error:
            log.error("template nudge not sent", extra={"runner_id": runner.id,
                                                        "graph_code": getattr(error, "code", None)})


def with_held(text: str, held: Sequence[OutboundMessage]) -> str:
    """The reply with the held texts before it, oldest first (they answer earlier messages; the
    reply stays last, next to its buttons)."""
    return "\n\n".join([*(m.text for m in held), text]) if held else text
