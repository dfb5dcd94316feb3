"""WhatsApp Cloud API: the outbound ``Messenger`` and the signature check of the inbound webhook.

Outbound, every reply is one ``POST {api_base}/{phone_number_id}/messages`` with a Bearer token:

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

Transient failures (timeouts, connection errors, 429 and 5xx) are retried with exponential backoff
and jitter, honouring ``Retry-After`` up to the backoff ceiling; anything else, or a failure that
outlasts ``max_attempts``, raises ``WhatsAppSendError`` with Graph's error code when it gave one
(e.g. 131047: more than 24 h since the runner last wrote, only a template may be sent).

Inbound, ``verify_signature`` checks ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with the
app secret) in constant time. Parsing the webhook JSON lives in ``entrypoints.whatsapp_payload``.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import random
import socket
from collections.abc import Sequence

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from application.ports import Button

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4096
MAX_BUTTON_BODY_CHARS = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE_CHARS = 20
MAX_BUTTON_ID_CHARS = 256
SIGNATURE_PREFIX = "sha256="


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
                 retryable: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after


def _is_retryable(error: BaseException) -> bool:
    if isinstance(error, WhatsAppSendError):
        return error.retryable
    return isinstance(error, (httpx.TimeoutException, httpx.TransportError))


def recipient(phone: str) -> str:
    """The Graph API ``to``: the number's digits, without '+', spaces or dashes."""
    return "".join(ch for ch in phone if ch.isdigit())


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
    """``Messenger`` on the WhatsApp Cloud API. Thread-safe: one pooled httpx client."""

    def __init__(self, token: str, phone_number_id: str, api_base: str = "https://graph.facebook.com/v21.0",
                 timeout_s: float = 10.0, max_attempts: int = 4, *, backoff_s: float = 0.5,
                 max_backoff_s: float = 8.0, client: httpx.Client | None = None):
        if not token:
            raise ValueError("WHATSAPP_TOKEN is required to send WhatsApp messages")
        if not phone_number_id:
            raise ValueError("WHATSAPP_PHONE_NUMBER_ID is required to send WhatsApp messages")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._url = f"{api_base.rstrip('/')}/{phone_number_id}/messages"
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._owns_client = client is None
        self._client = client or httpx.Client(
            timeout=httpx.Timeout(timeout_s),
            transport=httpx.HTTPTransport(
                limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
                # Headers and body are separate writes: without TCP_NODELAY a keep-alive request
                # can wait for a delayed ACK (~40 ms).
                socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            ),
        )
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    @property
    def url(self) -> str:
        return self._url

    # --- the port ------------------------------------------------------------------------

    def send_text(self, phone: str, text: str) -> None:
        for piece in split_text(text):
            self._post({
                "messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient(phone),
                "type": "text", "text": {"body": piece, "preview_url": False},
            })

    def send_buttons(self, phone: str, text: str, buttons: Sequence[Button]) -> None:
        payload_buttons = button_payload(buttons)
        if not payload_buttons:
            self.send_text(phone, text)
            return
        before, body = _split_for_buttons(text)
        for piece in before:
            self.send_text(phone, piece)
        self._post({
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient(phone),
            "type": "interactive",
            "interactive": {"type": "button", "body": {"text": body}, "action": {"buttons": payload_buttons}},
        })

    def send_template(self, phone: str, name: str, language: str, parameters: Sequence[str]) -> None:
        template: dict = {"name": name, "language": {"code": language}}
        if parameters:
            template["components"] = [{"type": "body", "parameters": [
                {"type": "text", "text": str(p)} for p in parameters]}]
        self._post({
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient(phone),
            "type": "template", "template": template,
        })

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

    def _post(self, payload: dict) -> dict:
        retrying = Retrying(
            stop=stop_after_attempt(self._max_attempts), wait=self._wait,
            retry=retry_if_exception(_is_retryable), reraise=True,
        )
        try:
            return retrying(self._post_once, payload)
        except WhatsAppSendError:
            raise
        except (httpx.TimeoutException, httpx.TransportError) as error:
            raise WhatsAppSendError(f"Graph API unreachable after {self._max_attempts} attempts: "
                                    f"{error.__class__.__name__}", retryable=True) from error

    def _post_once(self, payload: dict) -> dict:
        response = self._client.post(self._url, json=payload, headers=self._headers)
        if response.status_code < 300:
            try:
                return response.json()
            except ValueError:
                return {}
        code, detail = None, ""
        try:
            error = response.json().get("error", {})
            code, detail = error.get("code"), error.get("message", "")
        except (ValueError, AttributeError):
            pass
        retryable = response.status_code == 429 or response.status_code >= 500
        failure = WhatsAppSendError(f"Graph API answered {response.status_code}"
                                    + (f" (code {code}: {detail})" if code is not None else ""),
                                    status=response.status_code, code=code, retryable=retryable,
                                    retry_after=_retry_after(response))
        if retryable:
            log.warning("graph api transient failure, retrying",
                        extra={"status": response.status_code, "graph_code": code})
        raise failure

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
