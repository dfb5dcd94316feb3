"""WhatsApp Cloud API: the outbound ``Messenger`` and the signature check of the inbound webhook.

Outbound, every reply is one ``POST {api_base}/{phone_number_id}/messages`` with a Bearer token,
on Graph API ``v26.0`` by default (the newest version since 29 July 2026, available for at least two
years: https://developers.facebook.com/docs/graph-api/changelog/versions/). The recipient is
``"to": "<phone digits>"``, or, for a runner known only by WhatsApp's business-scoped user id
(BSUID, e.g. ``"EC.13491208655302741918"``), ``"recipient": "<user id>"`` without ``to``
(https://dualhook.com/docs/contacts-bsuid-api-changes; Meta prefers the phone when there is one):

* text: ``{"messaging_product": "whatsapp", "to": "593991234567", "type": "text",
  "text": {"body": "...", "preview_url": false}}`` (a body holds at most 4096 characters; longer
  texts go out as several messages, split on line breaks);
* reply buttons: ``{"type": "interactive", "interactive": {"type": "button", "body": {"text": "..."},
  "action": {"buttons": [{"type": "reply", "reply": {"id": "...", "title": "..."}}]}}}`` — at most
  3 buttons, titles of at most 20 characters, a body of at most 1024 characters (a longer text goes
  out first as text, and the buttons come with its last paragraph);
* template: ``{"type": "template", "template": {"name": "...", "language": {"code": "es"},
  "components": [{"type": "body", "parameters": [{"type": "text", "text": "..."}]}]}}`` — the
  only kind WhatsApp delivers more than 24 h after the runner last wrote (it must be approved in
  WhatsApp Manager, in that language, with as many body parameters as given).

Issue 25 adds (https://developers.facebook.com/documentation/business-messaging/whatsapp/):

* media upload: ``POST {api_base}/{phone_number_id}/media``, multipart form with
  ``messaging_product=whatsapp``, ``type=image/png`` and the ``file`` part (image/png or image/jpeg,
  at most 5 MB), answered ``{"id": "<media id>"}``; the id is good for 30 days;
* image: ``{"type": "image", "image": {"id": "<media id>", "caption": "..."}}`` (caption ≤ 1024
  characters);
* list: ``{"type": "interactive", "interactive": {"type": "list", "body": {"text": "..."},
  "action": {"button": "<≤ 20 characters>", "sections": [{"title": "...", "rows": [{"id": "...",
  "title": "<≤ 24 characters>", "description": "<≤ 72 characters>"}]}]}}}`` — at most 10 rows in all,
  a body of at most 4096 characters, row ids ≤ 200 characters; used when the coach offers more than
  three choices (reply buttons stay for three or fewer);
* mark as read with the typing indicator: ``{"messaging_product": "whatsapp", "status": "read",
  "message_id": "<wamid>", "typing_indicator": {"type": "text"}}`` on the same ``/messages``
  endpoint, answered ``{"success": true}`` (typing-indicators page, updated Jun 17 2026: the
  indicator goes when the reply is sent, or after 25 seconds).

Transient failures are retried with exponential backoff and jitter, honouring ``Retry-After`` up
to the backoff ceiling: connect timeouts, connection errors, HTTP 429 and 5xx, and Graph's rate-limit
error codes whatever the HTTP status they come with (130429 throughput, 131056 business/user pair,
80007 WhatsApp Business Account, 4 application; 131016 and 2 service unavailable) — error codes:
https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes.
A request that went out and got no answer in time (a read timeout) is NOT repeated here: Graph may
have taken it; it raises at once with ``ambiguous`` set, and the outbox retries it later
(``application.messaging.outbound``). Anything else, or a failure that outlasts ``max_attempts``, raises
``WhatsAppSendError`` with Graph's error code (e.g. 131047: more than 24 h since the runner last
wrote, only a template may be sent). Code 190 (access token expired or invalid) also makes ``ping()`` False until a send
succeeds again: ``/health`` shows WhatsApp down.

Each send returns what Graph accepted, ``[(message id, text)]``, so that a later ``failed`` status
webhook about that id can be traced back to the text (``application.messaging.delivery``).

A reply from the outbox carries ``biz_opaque_callback_data`` (at most 512 characters): "an arbitrary
string, useful for tracking… included in the statuses object within webhook payloads" — Cloud API
returns it in the sent / delivered / read status webhooks of that message (Meta's send-message
reference, quoted in https://docs.telepie.com/api-reference/campaigns/whatsapp/message-api/sending-custom-parameters
and the Cloud API schema at https://apis.io/schemas/whatsapp/whatsapp-cloud-api-send-message-request/).
The outbox's id in it lets a status webhook close a reply whose sender died before recording it.

Sends go out on one pooled ``httpx.AsyncClient`` on the process's I/O loop (adapters/io_loop.py):
the worker awaits ``asend_text``/``asend_buttons`` (a Graph that answers 12 s late holds no thread);
``send_text``, ``send_buttons`` and ``send_template`` wait for the same from a thread (the scheduler).

Inbound, ``verify_signature`` checks ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with the
app secret) in constant time. Parsing the webhook JSON lives in ``entrypoints.whatsapp_payload``.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
import socket
from collections.abc import Awaitable, Callable, Sequence

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from adapters.io_loop import IOLoop
from application.ports import Button
from application.ports.activity_files import MAX_ACTIVITY_BYTES, Media, MediaUnavailable

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4096
MAX_BUTTON_BODY_CHARS = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE_CHARS = 20
MAX_BUTTON_ID_CHARS = 256
MAX_CALLBACK_DATA = 512             # biz_opaque_callback_data
SIGNATURE_PREFIX = "sha256="

GRAPH_API_VERSION = "v26.0"
DEFAULT_API_BASE = f"https://graph.facebook.com/{GRAPH_API_VERSION}"
# Graph error codes retried like a 429, whatever the HTTP status (see the module docstring).
RATE_LIMIT_CODES = frozenset({4, 80007, 130429, 131056})
TEMPORARY_CODES = frozenset({2, 131016})
MAX_CAPTION_CHARS = 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_LIST_ROWS = 10
MAX_LIST_BODY_CHARS = 4096
MAX_LIST_BUTTON_CHARS = 20
MAX_ROW_TITLE_CHARS = 24
MAX_ROW_DESCRIPTION_CHARS = 72
MAX_ROW_ID_CHARS = 200
TOKEN_EXPIRED = 190


# --- inbound: signature --------------------------------------------------------------------

def sign(app_secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` header value Meta sends for ``body``."""
    digest = hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify_signature(app_secret: str, body: bytes, header: str | None) -> bool:
    """True when ``header`` is ``sha256=<hex HMAC-SHA256 of body keyed with app_secret>``.

    Constant time (``hmac.compare_digest``); False for an empty secret, a missing or malformed
    header, never an exception.
    """
    if not app_secret or not header:
        return False
    header = header.strip()
    if not header.lower().startswith(SIGNATURE_PREFIX):
        return False
    received = header[len(SIGNATURE_PREFIX):].strip().lower()
    expected = sign(app_secret, body)[len(SIGNATURE_PREFIX):]
    try:
        return hmac.compare_digest(expected.encode("ascii"), received.encode("ascii"))
    except UnicodeEncodeError:
        return False


# --- outbound: the Messenger -----------------------------------------------------------------

class WhatsAppSendError(Exception):
    """A message could not be delivered to the Graph API (after retries for transient failures)."""

    def __init__(self, message: str, status: int | None = None, code: int | None = None,
                 retryable: bool = False, retry_after: float | None = None, ambiguous: bool = False):
        super().__init__(message)
        self.status = status
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after
        # The request went out and no answer came back in time: Graph may have taken the message.
        self.ambiguous = ambiguous


def _ambiguous(error: BaseException) -> bool:
    """Sent but unanswered (a read or write timeout, the connection dropped mid-answer): repeating it
    at once could deliver it twice, so it is left to the outbox's slower retry."""
    return isinstance(error, (httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError))


def _is_retryable(error: BaseException) -> bool:
    if isinstance(error, WhatsAppSendError):
        return error.retryable
    if _ambiguous(error):
        return False
    return isinstance(error, (httpx.TimeoutException, httpx.TransportError))


def is_user_id(address: str) -> bool:
    """A business-scoped user id: a country code, a period and alphanumerics ("US.1349…",
    "US.ENT.1181…"); a phone number has no letters."""
    return any(ch.isalpha() for ch in address or "")


def recipient(phone: str) -> str:
    """The Graph API ``to``: the number's digits, without '+', spaces or dashes (a WhatsApp user
    id is returned as it is: it must be sent whole)."""
    if is_user_id(phone):
        return phone.strip()
    return "".join(ch for ch in phone if ch.isdigit())


def addressee(address: str) -> dict[str, str]:
    """``{"to": digits}`` for a phone, ``{"recipient": user id}`` for a business-scoped user id."""
    if is_user_id(address):
        return {"recipient": address.strip()}
    return {"to": recipient(address)}


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at line breaks when possible."""
    text = text or ""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n ")
    if text or not pieces:
        pieces.append(text)
    return [p for p in pieces if p] or [""]


def _title(title: str) -> str:
    title = (title or "").strip()
    return title if len(title) <= MAX_BUTTON_TITLE_CHARS else title[:MAX_BUTTON_TITLE_CHARS - 1] + "…"


def button_payload(buttons: Sequence[Button]) -> list[dict]:
    """Graph's ``action.buttons``: the first 3 buttons, titles cut to 20 characters, unique ids."""
    if len(buttons) > MAX_BUTTONS:
        log.warning("more than 3 buttons, extra ones dropped", extra={"buttons": len(buttons)})
    out, seen = [], set()
    for button in list(buttons)[:MAX_BUTTONS]:
        button_id = (button.id or button.title)[:MAX_BUTTON_ID_CHARS]
        if button_id in seen:
            continue
        seen.add(button_id)
        out.append({"type": "reply", "reply": {"id": button_id, "title": _title(button.title)}})
    return out


def text_parts(text: str) -> list[tuple[str, dict]]:
    """A text as Graph messages: (the piece, its fields), one per 4096 characters."""
    return [(piece, {"type": "text", "text": {"body": piece, "preview_url": False}}) for piece in split_text(text)]


def button_parts(text: str, buttons: Sequence[Button]) -> list[tuple[str, dict]]:
    """A text with reply buttons as Graph messages: what doesn't fit the button message's body goes
    first as text."""
    payload_buttons = button_payload(buttons)
    if not payload_buttons:
        return text_parts(text)
    before, body = _split_for_buttons(text)
    return [part for piece in before for part in text_parts(piece)] + [(body, {
        "type": "interactive",
        "interactive": {"type": "button", "body": {"text": body}, "action": {"buttons": payload_buttons}}})]


def _cut(text: str, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def list_parts(text: str, label: str, rows: Sequence[Button]) -> list[tuple[str, dict]]:
    """A text with more than three choices as a list message (up to 10 rows; a longer title than
    a row holds goes whole into the row's description). What doesn't fit the body goes first."""
    if len(rows) > MAX_LIST_ROWS:
        log.warning("more than 10 list rows, extra ones dropped", extra={"rows": len(rows)})
    payload_rows, seen = [], set()
    for row in list(rows)[:MAX_LIST_ROWS]:
        row_id = (row.id or row.title)[:MAX_ROW_ID_CHARS]
        if row_id in seen:
            continue
        seen.add(row_id)
        entry = {"id": row_id, "title": _cut(row.title, MAX_ROW_TITLE_CHARS)}
        if len(row.title.strip()) > MAX_ROW_TITLE_CHARS:
            entry["description"] = _cut(row.title, MAX_ROW_DESCRIPTION_CHARS)
        payload_rows.append(entry)
    if not payload_rows:
        return text_parts(text)
    pieces = split_text((text or "").strip() or "👇", MAX_LIST_BODY_CHARS)
    body = pieces.pop()
    return [part for piece in pieces for part in text_parts(piece)] + [(body, {
        "type": "interactive",
        "interactive": {"type": "list", "body": {"text": body},
                        "action": {"button": _cut(label, MAX_LIST_BUTTON_CHARS) or "…",
                                   "sections": [{"title": _cut(label, MAX_ROW_TITLE_CHARS) or "…",
                                                 "rows": payload_rows}]}}})]


def image_part(media_id: str, caption: str) -> list[tuple[str, dict]]:
    image = {"id": media_id}
    if caption.strip():
        image["caption"] = _cut(caption, MAX_CAPTION_CHARS)
    return [(caption, {"type": "image", "image": image})]


def _split_for_buttons(text: str) -> tuple[list[str], str]:
    """(texts to send first, body of the button message) so that the body fits in 1024 characters."""
    text = (text or "").strip()
    if len(text) <= MAX_BUTTON_BODY_CHARS:
        return [], text or "👇"
    cut = text.rfind("\n\n")
    while cut > 0 and len(text) - cut - 2 > MAX_BUTTON_BODY_CHARS:
        cut = text.rfind("\n\n", 0, cut)
    if cut > 0:
        return split_text(text[:cut].rstrip()), text[cut + 2:].strip()
    return split_text(text), "👇"


class WhatsAppMessenger:
    """``Messenger`` on the WhatsApp Cloud API. Thread-safe, and awaitable from any event loop."""

    def __init__(self, token: str, phone_number_id: str, api_base: str = DEFAULT_API_BASE,
                 timeout_s: float = 10.0, max_attempts: int = 4, *, backoff_s: float = 0.5,
                 max_backoff_s: float = 8.0, client: httpx.AsyncClient | None = None, io: IOLoop | None = None,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        if not token:
            raise ValueError("WHATSAPP_TOKEN is required to send WhatsApp messages")
        if not phone_number_id:
            raise ValueError("WHATSAPP_PHONE_NUMBER_ID is required to send WhatsApp messages")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._url = f"{api_base.rstrip('/')}/{phone_number_id}/messages"
        self._media_url = f"{api_base.rstrip('/')}/{phone_number_id}/media"
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._sleep = sleep
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s),
            transport=httpx.AsyncHTTPTransport(
                limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
                # Headers and body are separate writes: without TCP_NODELAY a keep-alive request
                # can wait for a delayed ACK (~40 ms).
                socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            ),
        )
        self._owns_io = io is None
        self._io = io or IOLoop("whatsapp")
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.auth_error: str | None = None     # set by a 190, cleared by the next accepted send

    @property
    def url(self) -> str:
        return self._url

    def ping(self) -> bool:
        """False while the last answer was "access token expired" (190): nothing can be sent."""
        return self.auth_error is None

    # --- the port: awaited by the worker, or waited for from a thread ------------------------

    async def asend_text(self, phone: str, text: str, reference: str | None = None) -> list[tuple[str, str]]:
        return await self._io.call(self._send(phone, text_parts(text), reference))

    async def asend_buttons(self, phone: str, text: str, buttons: Sequence[Button],
                            reference: str | None = None) -> list[tuple[str, str]]:
        return await self._io.call(self._send(phone, button_parts(text, buttons), reference))

    async def asend_template(self, phone: str, name: str, language: str,
                             parameters: Sequence[str]) -> list[tuple[str, str]]:
        return await self._io.call(self._send_template(phone, name, language, parameters))

    async def asend_image(self, phone: str, png: bytes, caption: str, reference: str | None = None
                          ) -> list[tuple[str, str]]:
        return await self._io.call(self._send_image(phone, png, caption, reference))

    async def asend_list(self, phone: str, text: str, label: str, rows: Sequence[Button],
                         reference: str | None = None) -> list[tuple[str, str]]:
        return await self._io.call(self._send(phone, list_parts(text, label, rows), reference))

    async def amark_read(self, message_id: str, typing: bool = True) -> bool:
        """Mark the runner's message read and, with ``typing``, show the typing indicator while the
        reply is prepared. Best effort: False (logged) when Graph refused it, never an exception."""
        payload: dict = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        if typing:
            payload["typing_indicator"] = {"type": "text"}
        try:
            answer = await self._io.call(self._post(payload))
        except Exception as error:
            log.warning("mark as read / typing indicator failed", extra={
                "error": error.__class__.__name__, "graph_code": getattr(error, "code", None)})
            return False
        return bool(answer.get("success", True)) if isinstance(answer, dict) else True

    def send_image(self, phone: str, png: bytes, caption: str) -> list[tuple[str, str]]:
        return self._io.run(self._send_image(phone, png, caption))

    def send_list(self, phone: str, text: str, label: str, rows: Sequence[Button]) -> list[tuple[str, str]]:
        return self._io.run(self._send(phone, list_parts(text, label, rows)))

    def send_text(self, phone: str, text: str) -> list[tuple[str, str]]:
        return self._io.run(self._send(phone, text_parts(text)))

    def send_buttons(self, phone: str, text: str, buttons: Sequence[Button]) -> list[tuple[str, str]]:
        return self._io.run(self._send(phone, button_parts(text, buttons)))

    def send_template(self, phone: str, name: str, language: str,
                      parameters: Sequence[str]) -> list[tuple[str, str]]:
        return self._io.run(self._send_template(phone, name, language, parameters))

    # --- the requests ------------------------------------------------------------------------

    async def _send(self, phone: str, parts: list[tuple[str, dict]], reference: str | None = None
                    ) -> list[tuple[str, str]]:
        """Each part (its text, its type's fields) as one Graph message, in order. With ``reference``,
        each carries ``biz_opaque_callback_data`` = "<reference>#<part>/<parts>", which WhatsApp
        returns in the status webhooks of that message (``application.messaging.outbound.HandleReceipts``)."""
        accepted = []
        for n, (text, fields) in enumerate(parts, start=1):
            payload = {"messaging_product": "whatsapp", "recipient_type": "individual", **addressee(phone), **fields}
            if reference:
                payload["biz_opaque_callback_data"] = f"{reference}#{n}/{len(parts)}"[:MAX_CALLBACK_DATA]
            answer = await self._post(payload)
            accepted += [(i, text) for i in _message_ids(answer)]
        return accepted

    async def _send_image(self, phone: str, png: bytes, caption: str, reference: str | None = None
                          ) -> list[tuple[str, str]]:
        """Upload the picture, then send it as an image message with its caption."""
        media_id = await self._upload(png, "image/png", "andes.png")
        return await self._send(phone, image_part(media_id, caption), reference)

    async def _upload(self, content: bytes, mime: str, filename: str) -> str:
        if len(content) > MAX_IMAGE_BYTES:
            raise WhatsAppSendError(f"image of {len(content)} bytes is over WhatsApp's 5 MB")
        answer = await self._retried(self._upload_once, content, mime, filename)
        media_id = answer.get("id") if isinstance(answer, dict) else None
        if not isinstance(media_id, str) or not media_id:
            raise WhatsAppSendError("Graph API answered the media upload without an id")
        return media_id

    async def _upload_once(self, content: bytes, mime: str, filename: str) -> dict:
        response = await self._client.post(
            self._media_url, headers={"Authorization": self._headers["Authorization"]},
            data={"messaging_product": "whatsapp", "type": mime}, files={"file": (filename, content, mime)})
        return self._answer(response)

    async def _send_template(self, phone: str, name: str, language: str,
                             parameters: Sequence[str]) -> list[tuple[str, str]]:
        template: dict = {"name": name, "language": {"code": language}}
        if parameters:
            template["components"] = [{"type": "body", "parameters": [
                {"type": "text", "text": str(p)} for p in parameters]}]
        answer = await self._post({
            "messaging_product": "whatsapp", "recipient_type": "individual", **addressee(phone),
            "type": "template", "template": template,
        })
        return [(i, f"[template {name}]") for i in _message_ids(answer)]

    # --- plumbing ------------------------------------------------------------------------

    def _wait(self, state: RetryCallState) -> float:
        """Exponential backoff with jitter, at least what ``Retry-After`` asked (up to the ceiling)."""
        exponential = self._backoff_s * 2 ** (state.attempt_number - 1)
        seconds = min(self._max_backoff_s, exponential + random.uniform(0, self._backoff_s))
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            seconds = max(seconds, min(retry_after, self._max_backoff_s))
        return seconds

    async def _post(self, payload: dict) -> dict:
        return await self._retried(self._post_once, payload)

    async def _retried(self, request: Callable[..., Awaitable[dict]], *args: object) -> dict:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._max_attempts), wait=self._wait, sleep=self._sleep,
            retry=retry_if_exception(_is_retryable), reraise=True,
        )
        try:
            return await retrying(request, *args)
        except WhatsAppSendError:
            raise
        except (httpx.TimeoutException, httpx.TransportError) as error:
            if _ambiguous(error):
                raise WhatsAppSendError(f"Graph API did not answer: {error.__class__.__name__}",
                                        retryable=True, ambiguous=True) from error
            raise WhatsAppSendError(f"Graph API unreachable after {self._max_attempts} attempts: "
                                    f"{error.__class__.__name__}", retryable=True) from error

    async def _post_once(self, payload: dict) -> dict:
        return self._answer(await self._client.post(self._url, json=payload, headers=self._headers))

    def _answer(self, response: httpx.Response) -> dict:
        """Graph's JSON answer, or the ``WhatsAppSendError`` its error object says."""
        if response.status_code < 300:
            self.auth_error = None
            try:
                return response.json()
            except ValueError:
                return {}
        code, detail = None, ""
        try:
            error = response.json().get("error", {})
            code, detail = error.get("code"), error.get("message", "")
            code = int(code) if code is not None else None
        except (ValueError, AttributeError, TypeError):
            pass
        # By error code first: Graph sends rate limits with a 400 as often as with a 429.
        retryable = (code in RATE_LIMIT_CODES or code in TEMPORARY_CODES
                     or response.status_code == 429 or response.status_code >= 500)
        failure = WhatsAppSendError(f"Graph API answered {response.status_code}"
                                    + (f" (code {code}: {detail})" if code is not None else ""),
                                    status=response.status_code, code=code, retryable=retryable,
                                    retry_after=_retry_after(response))
        if code == TOKEN_EXPIRED:
            self.auth_error = "access token expired or invalid (Graph code 190)"
            log.error("WhatsApp access token expired or invalid: nothing can be sent until WHATSAPP_TOKEN "
                      "is replaced", extra={"status": response.status_code, "graph_code": code})
        elif retryable:
            log.warning("graph api transient failure, retrying",
                        extra={"status": response.status_code, "graph_code": code})
        raise failure

    def close(self) -> None:
        if self._owns_client:
            self._io.run(self._client.aclose())
        if self._owns_io:
            self._io.close()


def _message_ids(answer: dict) -> list[str]:
    """The ids in Graph's answer: ``{"messages": [{"id": "wamid…"}], …}``."""
    messages = answer.get("messages") if isinstance(answer, dict) else None
    return [m["id"] for m in messages or [] if isinstance(m, dict) and isinstance(m.get("id"), str)]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


# --- inbound media: a file the runner sent (issue 24) ------------------------------------------

class WhatsAppMedia:
    """``MediaDownloader`` on the Cloud API's media endpoints (Media reference:
    https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media, "Retrieve Media URL"
    and "Download Media"):

    1. ``GET {api_base}/{media_id}`` with the Bearer token answers ``{"messaging_product":
       "whatsapp", "url": "<lookaside URL>", "mime_type": "...", "sha256": "<hex>", "file_size":
       "<bytes>", "id": "<media id>"}`` (the URL is valid for 5 minutes);
    2. ``GET <url>`` with the same token answers the bytes (404 once the URL expired: step 1 again).

    The size Graph states is checked before anything is downloaded, and the bytes are read as they
    come, stopping past ``max_bytes`` (a file over the cap is refused, never read whole); the
    ``sha256`` Graph states is checked against the bytes; only document types a run file comes as
    are taken (FIT is ``application/octet-stream``, or ``application/vnd.ant.fit``; GPX/TCX are XML;
    exports are ZIP or gzip)."""

    ACCEPTED_TYPES = frozenset({
        "application/octet-stream", "application/vnd.ant.fit", "application/fit", "application/gpx+xml",
        "application/vnd.garmin.tcx+xml", "application/xml", "text/xml", "text/plain", "application/zip",
        "application/x-zip-compressed", "application/gzip", "application/x-gzip", "application/tcx+xml",
        "application/x-fit", "application/x-gpx+xml", "application/vnd.google-earth.gpx+xml",
    })

    def __init__(self, token: str, api_base: str = DEFAULT_API_BASE, timeout_s: float = 20.0, *,
                 client: httpx.AsyncClient | None = None, io: IOLoop | None = None):
        if not token:
            raise ValueError("WHATSAPP_TOKEN is required to download WhatsApp media")
        self._api_base = api_base.rstrip("/")
        self._headers = {"Authorization": f"Bearer {token}"}
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=httpx.Timeout(timeout_s), follow_redirects=True)
        self._owns_io = io is None
        self._io = io or IOLoop("whatsapp-media")

    async def download(self, media_id: str, max_bytes: int = MAX_ACTIVITY_BYTES) -> Media:
        return await self._io.call(self._download(media_id, max_bytes))

    async def _download(self, media_id: str, max_bytes: int) -> Media:
        if not media_id or "/" in media_id or "?" in media_id:
            raise MediaUnavailable("not_found", "not a media id")
        for attempt in range(2):          # an expired URL (404) is asked for once more
            info = await self._info(media_id)
            url = info.get("url")
            if not isinstance(url, str) or not url.startswith(("https://", "http://")):
                raise MediaUnavailable("failed", "no download URL")
            mime = str(info.get("mime_type") or "").split(";")[0].strip().lower()
            if mime and mime not in self.ACCEPTED_TYPES:
                raise MediaUnavailable("unsupported_type", mime)
            try:
                stated = int(info.get("file_size") or 0)
            except (TypeError, ValueError):
                stated = 0
            if stated > max_bytes:
                raise MediaUnavailable("too_big", f"{stated} bytes")
            try:
                data = await self._bytes(url, max_bytes)
            except MediaUnavailable as error:
                if error.code == "expired" and attempt == 0:
                    continue
                raise
            digest = info.get("sha256")
            if isinstance(digest, str) and len(digest) == 64 and hashlib.sha256(data).hexdigest() != digest.lower():
                raise MediaUnavailable("failed", "sha256 does not match")
            return Media(data=data, mime_type=mime or "application/octet-stream")
        raise MediaUnavailable("failed", "the download URL kept expiring")

    async def _info(self, media_id: str) -> dict:
        try:
            response = await self._client.get(f"{self._api_base}/{media_id}", headers=self._headers)
        except (httpx.TimeoutException, httpx.TransportError) as error:
            raise MediaUnavailable("failed", error.__class__.__name__) from error
        if response.status_code in (400, 404):
            raise MediaUnavailable("not_found", f"Graph answered {response.status_code}")
        if response.status_code >= 300:
            raise MediaUnavailable("failed", f"Graph answered {response.status_code}")
        try:
            answer = response.json()
        except ValueError as error:
            raise MediaUnavailable("failed", "Graph's answer is not JSON") from error
        return answer if isinstance(answer, dict) else {}

    async def _bytes(self, url: str, max_bytes: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async with self._client.stream("GET", url, headers=self._headers) as response:
                if response.status_code == 404:
                    raise MediaUnavailable("expired", "the media URL expired")
                if response.status_code >= 300:
                    raise MediaUnavailable("failed", f"download answered {response.status_code}")
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise MediaUnavailable("too_big", f"over {max_bytes} bytes")
                    chunks.append(chunk)
        except (httpx.TimeoutException, httpx.TransportError) as error:
            raise MediaUnavailable("failed", error.__class__.__name__) from error
        return b"".join(chunks)

    def close(self) -> None:
        if self._owns_client:
            self._io.run(self._client.aclose())
        if self._owns_io:
            self._io.close()
