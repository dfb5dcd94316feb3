"""The WhatsApp Cloud API webhook payload, read into what the coach acts on. Pure: no I/O.

A delivery looks like (messages webhook reference:
https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages)::

    {"object": "whatsapp_business_account",
     "entry": [{"id": "<WABA id>", "changes": [{"field": "messages", "value": {
         "messaging_product": "whatsapp",
         "metadata": {"display_phone_number": "...", "phone_number_id": "..."},
         "contacts": [{"profile": {"name": "Ana", "username": "@ana"}, "wa_id": "593991234567",
                       "user_id": "EC.13491208655302741918"}],
         "messages": [{"from": "593991234567", "from_user_id": "EC.13491208655302741918",
                       "id": "wamid.…", "timestamp": "1732450000",
                       "type": "text", "text": {"body": "hoy corrí 8 km"}}],
         "statuses": [{"id": "wamid.…", "status": "failed", "recipient_id": "593991234567",
                       "recipient_user_id": "EC.…", "errors": [{"code": 131047, "title": "…"}]}]}}]}]}

Business-scoped user ids (BSUID, Meta's business-scoped user IDs guide, mirrored at
https://support.chatarchitect.com/books/meta-whatsapp/page/business-scoped-user-ids-developer-documentation
and summarised at https://dualhook.com/docs/contacts-bsuid-webhooks): since April 2026 every
incoming message carries the sender's ``user_id`` (``messages[].from_user_id``,
``contacts[].user_id``); for a user who adopted a username the phone (``from``, ``wa_id``) may be
absent. A message is read when it has an id, a type and either sender id; the phone is optional.

What comes out:

* ``text`` messages, and the buttons the runner pressed (``interactive`` ``button_reply`` /
  ``list_reply``, and template quick replies ``button``) as their title: the coach reads a pressed
  button as the text on it;
* media and everything else the coach can't read (image, audio, video, document, sticker,
  location, contacts, order, ``unsupported``…) as ``kind="unsupported"``: the runner is told that
  only text is understood;
* reactions and system notices: ignored (answering an emoji reaction would be noise);
* ``statuses`` (sent / delivered / read / failed receipts of our own messages): counted; the
  ``failed`` ones are read into ``failures`` with Graph's error codes (131047, 131026…).

A payload that is valid JSON but not a WhatsApp delivery raises ``NotAWhatsAppPayload``; a single
malformed message inside a good delivery is skipped and named in ``problems``.
"""
from __future__ import annotations

from typing import Any

import attrs

TEXT = "text"
UNSUPPORTED = "unsupported"

# Message types answered with "I only understand text" (anything unknown is treated the same).
UNSUPPORTED_TYPES = frozenset({
    "image", "audio", "voice", "video", "document", "sticker", "location", "contacts", "order",
    "unsupported", "unknown",
})
# Message types that need no answer at all.
IGNORED_TYPES = frozenset({"reaction", "system", "request_welcome", "ephemeral"})


class NotAWhatsAppPayload(ValueError):
    """Valid JSON that is not a WhatsApp Business webhook delivery."""


@attrs.frozen
class InboundMessage:
    id: str                      # WhatsApp's message id (wamid…): the deduplication key
    phone: str | None            # the sender, as WhatsApp writes it (digits, no '+'); None when hidden
    kind: str                    # TEXT | UNSUPPORTED
    type: str                    # WhatsApp's message type: text, interactive, image, audio…
    text: str = ""               # what the runner wrote, or the title of the button they pressed
    timestamp: int | None = None
    phone_number_id: str | None = None   # our business number the message was sent to
    user_id: str | None = None   # the sender's business-scoped user id (BSUID)


@attrs.frozen
class GraphError:
    """One entry of a status's ``errors`` (https://developers.facebook.com/documentation/
    business-messaging/whatsapp/support/error-codes)."""
    code: int
    title: str = ""
    details: str = ""


@attrs.frozen
class DeliveryFailure:
    """A ``failed`` status: one of our messages WhatsApp could not deliver."""
    message_id: str                     # the wamid Graph gave our message
    errors: tuple[GraphError, ...] = ()
    recipient_phone: str | None = None  # ``recipient_id``: absent when sent to a user id
    recipient_user_id: str | None = None

    @property
    def codes(self) -> tuple[int, ...]:
        return tuple(e.code for e in self.errors)


@attrs.frozen
class WebhookEvents:
    messages: tuple[InboundMessage, ...] = ()
    statuses: int = 0
    ignored: int = 0
    problems: tuple[str, ...] = ()       # why parts of the payload were skipped (no personal data)
    failures: tuple[DeliveryFailure, ...] = ()   # the ``failed`` statuses among them

    @property
    def empty(self) -> bool:
        return not self.messages and not self.statuses and not self.ignored


def parse_webhook(payload: Any) -> WebhookEvents:
    if not isinstance(payload, dict):
        raise NotAWhatsAppPayload(f"expected a JSON object, got {type(payload).__name__}")
    if payload.get("object") != "whatsapp_business_account":
        raise NotAWhatsAppPayload("'object' is not 'whatsapp_business_account'")
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise NotAWhatsAppPayload("'entry' is not a list")
    messages: list[InboundMessage] = []
    failures: list[DeliveryFailure] = []
    statuses = ignored = 0
    problems: list[str] = []
    for e, entry in enumerate(entries):
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            problems.append(f"entry[{e}]: no 'changes' list")
            continue
        for c, change in enumerate(changes):
            where = f"entry[{e}].changes[{c}]"
            if not isinstance(change, dict) or not isinstance(change.get("value"), dict):
                problems.append(f"{where}: no 'value' object")
                continue
            if change.get("field", "messages") != "messages":
                ignored += 1
                continue
            value = change["value"]
            metadata = value.get("metadata") if isinstance(value.get("metadata"), dict) else {}
            phone_number_id = _str(metadata.get("phone_number_id")) or None
            raw_statuses = value.get("statuses")
            if isinstance(raw_statuses, list):
                statuses += len(raw_statuses)
                failures.extend(f for f in map(_failure, raw_statuses) if f is not None)
            senders = _contact_ids(value.get("contacts"))
            raw_messages = value.get("messages")
            if raw_messages is None:
                if raw_statuses is None:
                    problems.append(f"{where}: neither 'messages' nor 'statuses'")
                continue
            if not isinstance(raw_messages, list):
                problems.append(f"{where}.messages: not a list")
                continue
            for m, raw in enumerate(raw_messages):
                try:
                    message = _message(raw, phone_number_id, senders)
                except ValueError as error:
                    problems.append(f"{where}.messages[{m}]: {error}")
                    continue
                if message is None:
                    ignored += 1
                else:
                    messages.append(message)
    return WebhookEvents(tuple(messages), statuses, ignored, tuple(problems), tuple(failures))


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _contact_ids(contacts: Any) -> dict[str, str]:
    """phone -> user id from ``contacts`` (both present), to fill a message without ``from_user_id``."""
    found: dict[str, str] = {}
    if isinstance(contacts, list):
        for contact in contacts:
            if isinstance(contact, dict) and _str(contact.get("wa_id")) and _str(contact.get("user_id")):
                found[_str(contact.get("wa_id"))] = _str(contact.get("user_id"))
    if isinstance(contacts, list) and len(contacts) == 1 and isinstance(contacts[0], dict):
        only = _str(contacts[0].get("user_id"))
        if only:
            found.setdefault("", only)          # one sender: its user id also fits a phone-less message
    return found


def _failure(raw: Any) -> DeliveryFailure | None:
    if not isinstance(raw, dict) or raw.get("status") != "failed" or not _str(raw.get("id")):
        return None
    errors = []
    for error in raw.get("errors") or []:
        if not isinstance(error, dict):
            continue
        try:
            code = int(error["code"])
        except (KeyError, TypeError, ValueError):
            continue
        data = error["error_data"] if isinstance(error.get("error_data"), dict) else {}
        errors.append(GraphError(code, _str(error.get("title")) or _str(error.get("message")),
                                 _str(data.get("details"))))
    return DeliveryFailure(_str(raw.get("id")), tuple(errors), _str(raw.get("recipient_id")) or None,
                           _str(raw.get("recipient_user_id")) or None)


def _message(raw: Any, phone_number_id: str | None, senders: dict[str, str] | None = None) -> InboundMessage | None:
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    message_id, phone, wa_type = _str(raw.get("id")), _str(raw.get("from")), _str(raw.get("type"))
    user_id = _str(raw.get("from_user_id")) or (senders or {}).get(phone) or None
    if user_id is None and not phone:
        user_id = (senders or {}).get("") or None
    missing = [name for name, value in (("id", message_id), ("type", wa_type)) if not value]
    if not phone and not user_id:
        missing.append("from and from_user_id")
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    try:
        timestamp = int(raw["timestamp"]) if raw.get("timestamp") is not None else None
    except (TypeError, ValueError):
        timestamp = None
    common: dict[str, Any] = dict(id=message_id, phone=phone or None, type=wa_type, timestamp=timestamp,
                                  phone_number_id=phone_number_id, user_id=user_id)
    if wa_type in IGNORED_TYPES:
        return None
    if wa_type == "text":
        body = _str((raw.get("text") or {}).get("body") if isinstance(raw.get("text"), dict) else None)
        if not body:
            raise ValueError("text message without a body")
        return InboundMessage(kind=TEXT, text=body, **common)
    if wa_type == "interactive":
        interactive = raw["interactive"] if isinstance(raw.get("interactive"), dict) else {}
        reply = interactive.get("button_reply") or interactive.get("list_reply")
        title = _str(reply.get("title")) if isinstance(reply, dict) else ""
        if title:
            return InboundMessage(kind=TEXT, text=title, **common)
        # Flows (nfm_reply) and other interactive answers carry no text the coach reads.
        return InboundMessage(kind=UNSUPPORTED, **common)
    if wa_type == "button":
        button = raw["button"] if isinstance(raw.get("button"), dict) else {}
        text = _str(button.get("text")) or _str(button.get("payload"))
        if text:
            return InboundMessage(kind=TEXT, text=text, **common)
        return InboundMessage(kind=UNSUPPORTED, **common)
    return InboundMessage(kind=UNSUPPORTED, **common)
