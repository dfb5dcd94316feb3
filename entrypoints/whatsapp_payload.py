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
* ``document`` messages (a run file from the watch) as ``kind="document"`` with their media id,
  file name, MIME type and caption (issue 24);
* media and everything else the coach can't read (image, audio, video, sticker,
  location, contacts, order, ``unsupported``…) as ``kind="unsupported"``: the runner is told that
  only text is understood;
* reactions and system notices: ignored (answering an emoji reaction would be noise);
* ``statuses`` (sent / delivered / read / failed receipts of our own messages): counted; the
  ``failed`` ones are read into ``failures`` with Graph's error codes (131047, 131026…), the
  ``sent`` / ``delivered`` / ``read`` ones into ``receipts``, with the ``biz_opaque_callback_data``
  our send asked WhatsApp to echo.

A payload that is valid JSON but not a WhatsApp delivery raises ``NotAWhatsAppPayload``; a single
malformed message inside a good delivery is skipped and named in ``problems``.

Bad input is quarantined per message, so that it never blocks its neighbours (a NUL or a lone
surrogate makes PostgreSQL refuse the whole inbox insert, and the delivery would be retried forever):

* texts (and button titles) lose NUL and the other C0 control characters but newline and tab,
  lone surrogates become U+FFFD, and a text longer than WhatsApp's own cap of 4096 characters
  (``text.body``, https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages) is
  cut there: ``truncated`` says so, and ``problems`` names it;
* ids (message id, ``from``, user id, ``phone_number_id``, a status's id) are never changed: one that
  is over a sane length or holds a control character or a surrogate makes its message (or status)
  refused, named in ``problems``, and the rest of the delivery goes on;
* a ``timestamp`` that is not a whole number of seconds between 1970 and the year 3000 reads as None;
* any other element of the wrong shape (a field of the wrong JSON type, missing, huge, non-finite,
  nested) skips that message or status alone, named in ``problems``: parsing never raises on a
  signed delivery but for ``NotAWhatsAppPayload`` (a 500 would make Meta retry it for days), as
  tests/unit/test_whatsapp_payload_fuzz.py checks with Hypothesis over the webhook's schema.
"""
from __future__ import annotations

import re
from typing import Any

import attrs

TEXT = "text"
UNSUPPORTED = "unsupported"
# A file the runner sent (issue 24: a run from the watch, FIT/GPX/TCX). Document messages webhook
# reference (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/
# reference/messages/document/): ``"document": {"caption", "filename", "mime_type", "sha256", "id"}``,
# ``id`` being the media id the file is downloaded by (adapters.whatsapp.WhatsAppMedia).
DOCUMENT = "document"
MAX_CAPTION = 1024            # Cloud API: "Maximum 1024 characters" for a media caption
MAX_MEDIA_ID = 128
MAX_FILENAME = 255

# Message types answered with "I only understand text" (anything unknown is treated the same).
UNSUPPORTED_TYPES = frozenset({
    "image", "audio", "voice", "video", "document", "sticker", "location", "contacts", "order",
    "unsupported", "unknown",
})
# Message types that need no answer at all.
IGNORED_TYPES = frozenset({"reaction", "system", "request_welcome", "ephemeral"})

# WhatsApp's own cap on a text body (https://developers.facebook.com/docs/whatsapp/cloud-api/
# reference/messages, text.body: "Maximum 4096 characters"): anything longer is not a real message.
MAX_TEXT = 4096
# Sane caps on ids, far above what WhatsApp sends (wamids are ~60 characters, BSUIDs ~25, E.164
# phones at most 15 digits): an id over them is garbage or an attack, and is refused, not cut.
MAX_MESSAGE_ID = 256
MAX_USER_ID = 128
MAX_PHONE_DIGITS = 32
MAX_PHONE_NUMBER_ID = 64
# The latest ``timestamp`` believed (the year 3000, UTC); later or negative ones read as None.
MAX_TIMESTAMP = 32503680000

# C0 control characters but tab and newline (PostgreSQL text refuses NUL; the others are noise), and
# the surrogates a JSON \ud800 escape can leave unpaired (not encodable in UTF-8).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PHONE = re.compile(rf"\+?[0-9]{{1,{MAX_PHONE_DIGITS}}}")


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
    truncated: bool = False      # the text was longer than WhatsApp's 4096 characters and was cut
    # A document (kind DOCUMENT): its media id, file name and MIME type; ``text`` is its caption.
    media_id: str | None = None
    filename: str | None = None
    mime_type: str | None = None


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


RECEIPTS = frozenset({"sent", "delivered", "read"})   # statuses that close a reply in the outbox
MAX_CALLBACK_DATA = 512                                 # biz_opaque_callback_data, as Graph caps it


@attrs.frozen
class Receipt:
    """A sent / delivered / read status of one of our messages."""
    message_id: str                     # the wamid Graph gave our message
    status: str
    reference: str | None = None        # ``biz_opaque_callback_data``: what our send asked to be echoed


@attrs.frozen
class WebhookEvents:
    messages: tuple[InboundMessage, ...] = ()
    statuses: int = 0
    ignored: int = 0
    problems: tuple[str, ...] = ()       # why parts of the payload were skipped or cut (no personal data)
    failures: tuple[DeliveryFailure, ...] = ()   # the ``failed`` statuses among them
    receipts: tuple[Receipt, ...] = ()

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
    receipts: list[Receipt] = []
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
            try:
                phone_number_id = _id(metadata.get("phone_number_id"), "phone_number_id", MAX_PHONE_NUMBER_ID)
                bad_phone_number_id = ""
            except ValueError as error:     # every message of this change is refused below
                phone_number_id, bad_phone_number_id = None, str(error)
            raw_statuses = value.get("statuses")
            if isinstance(raw_statuses, list):
                for n, raw_status in enumerate(raw_statuses):
                    try:
                        status = _status(raw_status)
                    except (ValueError, TypeError, KeyError, OverflowError) as error:
                        problems.append(f"{where}.statuses[{n}]: {_reason(error)}")
                        continue
                    statuses += 1
                    if isinstance(status, DeliveryFailure):
                        failures.append(status)
                    elif isinstance(status, Receipt):
                        receipts.append(status)
            elif raw_statuses is not None:
                problems.append(f"{where}.statuses: not a list")
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
                    if bad_phone_number_id:
                        raise ValueError(bad_phone_number_id)
                    message = _message(raw, phone_number_id, senders)
                except (ValueError, TypeError, KeyError, OverflowError) as error:
                    problems.append(f"{where}.messages[{m}]: {_reason(error)}")
                    continue
                if message is None:
                    ignored += 1
                    continue
                if message.truncated:      # kept, cut: said so the coach (and the operator) can tell
                    problems.append(f"{where}.messages[{m}]: text cut to {MAX_TEXT} characters")
                messages.append(message)
    return WebhookEvents(tuple(messages), statuses, ignored, tuple(problems), tuple(failures), tuple(receipts))


def _reason(error: Exception) -> str:
    """What ``problems`` says: our own ValueErrors name the field, never its value; any other error
    (a shape this parser did not foresee) only its class."""
    return str(error) if type(error) is ValueError else f"unreadable ({type(error).__name__})"


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _id(value: Any, name: str, cap: int) -> str | None:
    """An id as WhatsApp sent it (stripped), None when absent; raises ValueError (naming the field,
    never the value: it may be a phone) when it is too long or holds a control character or a
    surrogate — ids are refused, never repaired, since a repaired id names something else."""
    text = _str(value)
    if not text:
        return None
    if len(text) > cap:
        raise ValueError(f"{name} refused: {len(text)} characters, more than {cap}")
    if not text.isprintable():       # C0/C1 controls, NUL, surrogates, other invisible characters
        raise ValueError(f"{name} refused: holds control characters or lone surrogates")
    return text


def _phone(value: Any) -> str | None:
    phone = _id(value, "from", MAX_PHONE_DIGITS + 1)
    if phone is not None and not _PHONE.fullmatch(phone):
        raise ValueError(f"from refused: not a phone number of at most {MAX_PHONE_DIGITS} digits")
    return phone


def _text(value: Any) -> tuple[str, bool]:
    """A text the runner wrote, cleaned (controls dropped, lone surrogates replaced, stripped) and cut
    to WhatsApp's 4096 characters; and whether it was cut."""
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", value)).strip() if isinstance(value, str) else ""
    if len(text) > MAX_TEXT:
        return text[:MAX_TEXT].rstrip(), True
    return text, False


def _timestamp(value: Any) -> int | None:
    """WhatsApp's ``timestamp`` (Unix seconds, sent as a string); None when absent or absurd."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and not value.is_integer():   # also NaN and ±Infinity
        return None
    try:
        seconds = int(value)
    except (TypeError, ValueError):  # also a string of more than 4300 digits (int's own limit)
        return None
    return seconds if 0 <= seconds <= MAX_TIMESTAMP else None


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


def _status(raw: Any) -> DeliveryFailure | Receipt | None:
    """A status read as a failure or a receipt (sent / delivered / read), None when it is another
    one; raises ValueError when it has no usable id or status (it is then skipped, not counted)."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    status_id = _id(raw.get("id"), "status id", MAX_MESSAGE_ID)
    status = raw.get("status")
    if status_id is None or not isinstance(status, str):
        raise ValueError("missing " + ", ".join(name for name, ok in (("id", status_id), ("status", isinstance(
            status, str))) if not ok))
    if status == "failed":
        return _failure(raw, status_id)
    if status in RECEIPTS:
        echoed = raw.get("biz_opaque_callback_data")
        return Receipt(status_id, status, echoed[:MAX_CALLBACK_DATA] if isinstance(echoed, str) else None)
    return None


def _failure(raw: dict[str, Any], status_id: str) -> DeliveryFailure:
    """A ``failed`` status; its unreadable ``errors`` entries are left out (the failure stays)."""
    recipient_phone = _id(raw.get("recipient_id"), "recipient_id", MAX_PHONE_DIGITS + 1)
    recipient_user_id = _id(raw.get("recipient_user_id"), "recipient_user_id", MAX_USER_ID)
    errors = []
    raw_errors = raw.get("errors")
    for error in raw_errors if isinstance(raw_errors, list) else []:
        if not isinstance(error, dict):
            continue
        code = error.get("code")
        if isinstance(code, bool) or not isinstance(code, (int, str)):   # also NaN, ±Infinity, 1.5
            continue
        try:
            code = int(code)
        except ValueError:
            continue
        data = error["error_data"] if isinstance(error.get("error_data"), dict) else {}
        errors.append(GraphError(code, _str(error.get("title")) or _str(error.get("message")),
                                 _str(data.get("details"))))
    return DeliveryFailure(status_id, tuple(errors), recipient_phone, recipient_user_id)


def _message(raw: Any, phone_number_id: str | None, senders: dict[str, str] | None = None) -> InboundMessage | None:
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    wa_type = _str(raw.get("type"))
    message_id = _id(raw.get("id"), "message id", MAX_MESSAGE_ID)
    phone = _phone(raw.get("from"))
    user_id = _id(raw.get("from_user_id"), "from_user_id", MAX_USER_ID) or (senders or {}).get(phone or "")
    if user_id is None and not phone:
        user_id = (senders or {}).get("") or None
    if user_id is not None:          # one from ``contacts`` is checked like the message's own
        user_id = _id(user_id, "user_id", MAX_USER_ID)
    missing = [name for name, value in (("id", message_id), ("type", wa_type)) if not value]
    if not phone and not user_id:
        missing.append("from and from_user_id")
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    if len(wa_type) > 64 or not wa_type.isprintable():
        raise ValueError("type refused: too long or holds control characters")
    common: dict[str, Any] = dict(id=message_id, phone=phone, type=wa_type,
                                  timestamp=_timestamp(raw.get("timestamp")),
                                  phone_number_id=phone_number_id, user_id=user_id)
    if wa_type in IGNORED_TYPES:
        return None
    if wa_type == "text":
        body, cut = _text(raw["text"].get("body") if isinstance(raw.get("text"), dict) else None)
        if not body:
            raise ValueError("text message without a body")
        return InboundMessage(kind=TEXT, text=body, truncated=cut, **common)
    if wa_type == "interactive":
        interactive = raw["interactive"] if isinstance(raw.get("interactive"), dict) else {}
        reply = interactive.get("button_reply") or interactive.get("list_reply")
        title, _ = _text(reply.get("title")) if isinstance(reply, dict) else ("", False)
        if title:
            return InboundMessage(kind=TEXT, text=title, **common)
        # Flows (nfm_reply) and other interactive answers carry no text the coach reads.
        return InboundMessage(kind=UNSUPPORTED, **common)
    if wa_type == "button":
        button = raw["button"] if isinstance(raw.get("button"), dict) else {}
        text = _text(button.get("text"))[0] or _text(button.get("payload"))[0]
        if text:
            return InboundMessage(kind=TEXT, text=text, **common)
        return InboundMessage(kind=UNSUPPORTED, **common)
    if wa_type == "document":
        document = raw["document"] if isinstance(raw.get("document"), dict) else {}
        media_id = _id(document.get("id"), "document id", MAX_MEDIA_ID)
        if media_id is not None:
            caption, _ = _text(document.get("caption"))
            filename = _text(document.get("filename"))[0][:MAX_FILENAME] or None
            mime_type = _text(document.get("mime_type"))[0][:MAX_FILENAME] or None
            return InboundMessage(kind=DOCUMENT, text=caption[:MAX_CAPTION], media_id=media_id, filename=filename,
                                  mime_type=mime_type, **common)
    return InboundMessage(kind=UNSUPPORTED, **common)
