"""Who wrote: a runner as WhatsApp knows them.

Identity. Since April 2026 every message webhook carries the sender's business-scoped user id
(BSUID, ``user_id``), and users who adopt a WhatsApp username may write without a phone number
(Meta's "Business-scoped user IDs" guide, mirrored at
https://support.chatarchitect.com/books/meta-whatsapp/page/business-scoped-user-ids-developer-documentation;
https://docs.360dialog.com/docs/resources/phone-numbers/usernames-and-bsuid). ``find_runner`` looks a
runner up by user id first, then by phone, and links a runner first known by phone to their user id
the first time a webhook carries both: existing runners are migrated as they write.
``address`` is where replies go: the phone when known (Meta recommends phone numbers when possible),
else the user id (sent as the ``recipient`` field, https://dualhook.com/docs/contacts-bsuid-api-changes).
"""
from __future__ import annotations

import logging

from application.ports import RunnerRepository
from domain.errors import DomainError
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)


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
