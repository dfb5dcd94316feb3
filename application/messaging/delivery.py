"""What happens to our WhatsApp messages after they leave: what to do when WhatsApp could not
deliver a message (who a runner is to WhatsApp: ``application.coach.identity``).

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
from datetime import datetime

from application.coach.identity import address
from application.ports import Clock, Messenger, RunnerRepository
from application.ports.delivery import DeliveryLog, OutboundMessage
from domain.runner import Runner

log = logging.getLogger(__name__)

RE_ENGAGEMENT = 131047
UNREACHABLE = frozenset({131026})
TOKEN_EXPIRED = 190


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
