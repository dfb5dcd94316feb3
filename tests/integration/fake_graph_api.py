"""Test doubles for the WhatsApp side, over real HTTP on 127.0.0.1, built from Meta's published shapes.

* ``ServerThread`` runs any ASGI app under a real uvicorn server, on a free port, in a thread.
* ``FakeGraphAPI`` is a Starlette app playing the Graph API: ``POST /{phone_number_id}/messages``
  checks the Bearer token and the JSON shape WhatsApp requires (text bodies ≤ 4096 characters;
  interactive reply buttons: 1–3 of them, titles ≤ 20 characters, unique ids, a body ≤ 1024
  characters; templates: a name, a language code, text body parameters), records what was sent
  and answers like Graph does (``{"messaging_product", "contacts": [{"input", "wa_id" | "user_id"}],
  "messages": [{"id"}]}``). The recipient is ``to`` (phone digits) or ``recipient`` (a business-scoped
  user id, "CC.digits"; ``to`` wins when both are given:
  https://dualhook.com/docs/contacts-bsuid-api-changes).
  Failures come as Graph's error objects with their codes
  (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes):
  ``fail_next(status, code=…, times=…)`` for the next requests (e.g. 400 with 131056, the pair
  rate limit, which must be retried by code); ``expire_token()`` answers every request 401 with
  code 190 until ``renew_token()``; ``fail_later(address, 131047)`` accepts the messages to that
  address and then posts a signed ``failed`` status webhook with that error code to
  ``webhook_url`` — how WhatsApp reports a message sent outside the 24-hour window
  (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages).
* Issue 25, from the current Cloud API docs
  (https://developers.facebook.com/documentation/business-messaging/whatsapp/): ``POST
  /{phone_number_id}/media`` takes a multipart form with ``messaging_product=whatsapp``, ``type``
  and a ``file`` part (images: image/jpeg or image/png, at most 5 MB) and answers ``{"id": "<media
  id>"}``; an ``image`` message must name an uploaded id (or a link), its caption ≤ 1024
  characters; an ``interactive`` ``list`` has a body ≤ 4096 characters, an action ``button`` of 1–20
  characters, 1–10 sections with a title each when there are several, and 1–10 rows in all (ids
  ≤ 200 characters and unique, titles ≤ 24, descriptions ≤ 72); a read receipt is ``{"messaging_product":
  "whatsapp", "status": "read", "message_id": "<wamid>"}``, optionally with ``"typing_indicator":
  {"type": "text"}`` (the typing-indicators page, updated Jun 17 2026), answered ``{"success": true}``
  and kept in ``read_marks``.
* ``text_payload`` & co. build webhook deliveries the way Meta sends them — with the sender's
  ``user_id`` (``contacts[].user_id``, ``messages[].from_user_id``) and, for a user with a
  username, without the phone (``from``, ``wa_id`` absent) — and ``signed_headers`` signs them like
  Meta does (X-Hub-Signature-256).
"""
from __future__ import annotations

import email.policy
import hashlib
import hmac
import itertools
import json
import re
import socket
import threading
import time
from email.parser import BytesParser
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

# A business-scoped user id: ISO country code, a period (optionally "ENT." for a parent id), up to
# 128 alphanumerics (https://docs.360dialog.com/docs/resources/phone-numbers/usernames-and-bsuid).
USER_ID = re.compile(r"^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$")

# Graph's titles and details for the codes the coach acts on (error codes reference above).
ERRORS: dict[int, tuple[str, str]] = {
    190: ("Error validating access token: Session has expired.", "The access token has expired."),
    131047: ("Re-engagement message", "Message failed to send because more than 24 hours have passed "
                                      "since the customer last replied to this number."),
    131026: ("Message Undeliverable", "Unable to deliver message. Reasons can include: the recipient "
                                      "phone number is not a WhatsApp phone number; the recipient has "
                                      "not accepted the new Terms of Service; old WhatsApp version."),
    130429: ("Rate limit hit", "Cloud API message throughput has been reached."),
    131056: ("(Business Account, Consumer Account) pair rate limit hit",
             "Too many messages sent from the sender phone number to the same recipient phone number "
             "in a short period of time."),
    80007: ("Rate limit issues", "The WhatsApp Business Account has reached its rate limit."),
    131062: ("Business-scoped User ID recipients are not supported for this message.", ""),
}


class ServerThread:
    """A real uvicorn server for ``app`` on 127.0.0.1 and a free port, in a background thread."""

    def __init__(self, app, host: str = "127.0.0.1", startup_timeout: float = 15.0):
        # IPPROTO_TCP spelled out: asyncio only sets TCP_NODELAY on accepted sockets whose proto
        # says TCP, and without it every keep-alive request waits ~40 ms (Nagle + delayed ACK).
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self.host, self.port = self._sock.getsockname()[:2]
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on", timeout_keep_alive=30,
                                backlog=2048)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]}, daemon=True,
                                        name=f"uvicorn-{self.port}")
        self._startup_timeout = startup_timeout

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "ServerThread":
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self.server.started:
            if not self._thread.is_alive():
                raise RuntimeError("uvicorn exited during start-up (see the log)")
            if time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start in {self._startup_timeout} s")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 15.0) -> None:
        self.server.should_exit = True
        self._thread.join(timeout)
        self._sock.close()

    def __enter__(self) -> "ServerThread":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def graph_error_body(code: int, message: str | None = None) -> dict:
    """Graph's error object: ``{"error": {"message", "type", "code", "error_data": {"details"}, …}}``."""
    title, details = ERRORS.get(code, (message or "Temporary failure (fake)", ""))
    error: dict[str, Any] = {"message": f"(#{code}) {message or title}", "type": "OAuthException", "code": code,
                             "fbtrace_id": "AfakeTrace"}
    if code == 190:
        error["error_subcode"] = 463
        error["message"] = title
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return {"error": error}


def _graph_error(status: int, message: str, code: int) -> JSONResponse:
    return JSONResponse(graph_error_body(code, message), status_code=status)


def _list_problems(interactive: dict) -> list[str]:
    problems = []
    body = (interactive.get("body") or {}).get("text")
    if not isinstance(body, str) or not body.strip():
        problems.append("interactive.body.text is required")
    elif len(body) > 4096:
        problems.append("a list's body.text is longer than 4096 characters")
    action = interactive.get("action") or {}
    button = action.get("button")
    if not isinstance(button, str) or not 1 <= len(button) <= 20:
        problems.append("a list's action.button must have 1 to 20 characters")
    sections = action.get("sections")
    if not isinstance(sections, list) or not 1 <= len(sections) <= 10:
        return problems + ["a list's action.sections must hold 1 to 10 sections"]
    rows = [row for section in sections for row in (section.get("rows") or [])]
    if len(sections) > 1 and any(not section.get("title") for section in sections):
        problems.append("every section needs a title when there are several")
    if any(len(section.get("title") or "") > 24 for section in sections):
        problems.append("a section title is longer than 24 characters")
    if not 1 <= len(rows) <= 10:
        problems.append("a list holds 1 to 10 rows in all")
    ids = [row.get("id") for row in rows]
    if any(not i or len(i) > 200 for i in ids) or len(set(ids)) != len(ids):
        problems.append("row ids are required, unique and at most 200 characters")
    if any(not row.get("title") or len(row["title"]) > 24 for row in rows):
        problems.append("a row title is required (≤ 24 characters)")
    if any(len(row.get("description") or "") > 72 for row in rows):
        problems.append("a row description is longer than 72 characters")
    return problems


def read_problems(payload: Any) -> list[str]:
    """What WhatsApp would reject in a mark-as-read (and typing indicator) request."""
    problems = []
    if payload.get("messaging_product") != "whatsapp":
        problems.append("messaging_product must be 'whatsapp'")
    if not isinstance(payload.get("message_id"), str) or not payload["message_id"]:
        problems.append("message_id is required")
    typing = payload.get("typing_indicator")
    if typing is not None and typing != {"type": "text"}:
        problems.append("typing_indicator must be {'type': 'text'}")
    extra = set(payload) - {"messaging_product", "status", "message_id", "typing_indicator"}
    if extra:
        problems.append(f"unexpected fields in a read receipt: {sorted(extra)}")
    return problems


def shape_problems(payload: Any, media_ids: set[str] | None = None) -> list[str]:
    """What WhatsApp would reject in a ``/messages`` request body (empty when it is valid)."""
    problems = []
    if not isinstance(payload, dict):
        return ["body is not a JSON object"]
    if payload.get("messaging_product") != "whatsapp":
        problems.append("messaging_product must be 'whatsapp'")
    to, user_id = payload.get("to"), payload.get("recipient")
    if to is None and user_id is None:
        problems.append("to (phone digits) or recipient (a business-scoped user id) is required")
    if to is not None and (not isinstance(to, str) or not to.isdigit() or not 7 <= len(to) <= 15):
        problems.append("to must be the recipient's digits")
    if user_id is not None and (not isinstance(user_id, str) or not USER_ID.match(user_id)):
        problems.append("recipient must be a whole business-scoped user id (CC.digits)")
    echoed = payload.get("biz_opaque_callback_data")
    if echoed is not None and (not isinstance(echoed, str) or len(echoed) > 512):
        problems.append("biz_opaque_callback_data must be a string of at most 512 characters")
    kind = payload.get("type")
    if kind == "text":
        body = (payload.get("text") or {}).get("body")
        if not isinstance(body, str) or not body.strip():
            problems.append("text.body is required")
        elif len(body) > 4096:
            problems.append("text.body is longer than 4096 characters")
    elif kind == "interactive" and (payload.get("interactive") or {}).get("type") == "list":
        problems += _list_problems(payload["interactive"])
    elif kind == "image":
        image = payload.get("image") or {}
        if not image.get("id") and not image.get("link"):
            problems.append("image.id (an uploaded media id) or image.link is required")
        if image.get("id") and media_ids is not None and image["id"] not in media_ids:
            problems.append("image.id is not a media id this number uploaded")
        caption = image.get("caption")
        if caption is not None and (not isinstance(caption, str) or len(caption) > 1024):
            problems.append("image.caption is longer than 1024 characters")
    elif kind == "interactive":
        interactive = payload.get("interactive") or {}
        if interactive.get("type") != "button":
            problems.append("interactive.type must be 'button' or 'list'")
        body = (interactive.get("body") or {}).get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append("interactive.body.text is required")
        elif len(body) > 1024:
            problems.append("interactive.body.text is longer than 1024 characters")
        buttons = (interactive.get("action") or {}).get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
            problems.append("interactive.action.buttons must hold 1 to 3 buttons")
        else:
            ids = []
            for button in buttons:
                reply = button.get("reply") or {}
                if button.get("type") != "reply":
                    problems.append("a button's type must be 'reply'")
                if not reply.get("id") or len(reply["id"]) > 256:
                    problems.append("a button's reply.id is required (≤ 256 characters)")
                if not reply.get("title") or len(reply["title"]) > 20:
                    problems.append("a button's reply.title is required (≤ 20 characters)")
                ids.append(reply.get("id"))
            if len(set(ids)) != len(ids):
                problems.append("button ids must be unique")
    elif kind == "template":
        template = payload.get("template") or {}
        if not isinstance(template.get("name"), str) or not template["name"]:
            problems.append("template.name is required")
        if not (template.get("language") or {}).get("code"):
            problems.append("template.language.code is required")
        for component in template.get("components") or []:
            if component.get("type") != "body":
                problems.append("only body components are expected")
            for parameter in component.get("parameters") or []:
                if parameter.get("type") != "text" or not str(parameter.get("text") or "").strip():
                    problems.append("a body parameter must be a non-empty text")
    else:
        problems.append(f"unexpected message type {kind!r}")
    return problems


class FakeGraphAPI:
    def __init__(self, token: str = "test-token", phone_number_id: str = "100200300"):
        self.token = token
        self.phone_number_id = phone_number_id
        self.url = ""                           # set by whoever serves ``app``
        self.requests: list[dict] = []          # accepted message bodies, in arrival order
        self.rejected: list[tuple[int, Any, list[str]]] = []
        self.attempts = 0
        # Called with (accepted body, time.perf_counter()) from the server's thread.
        self.listeners: list = []
        self._failures: list[tuple[int, int | None]] = []
        self._token_expired = False
        self._fail_later: dict[str, int] = {}      # address -> error code of a later failed status
        self.webhook_url = ""                      # where failed statuses are posted (the app's /webhook)
        self.app_secret = ""                       # and how they are signed
        self.statuses_posted: list[dict] = []
        self.message_ids: list[tuple[str, str]] = []   # (address, the id Graph gave the message)
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        # Media the runners sent (issue 24): media id -> (bytes, mime type); what was asked for.
        self.media: dict[str, tuple[bytes, str]] = {}
        self.media_requests: list[str] = []
        self._expire_media_urls = 0
        # Pictures we uploaded (issue 25): media id -> (mime type, content).
        self.uploads: dict[str, tuple[str, bytes]] = {}
        self.read_marks: list[dict] = []                   # accepted read receipts, in order
        self.app = Starlette(routes=[Route("/{phone_number_id}/messages", self._messages, methods=["POST"]),
                                     Route("/{phone_number_id}/media", self._upload, methods=["POST"]),
                                     Route("/media-download/{media_id}", self._media_bytes, methods=["GET"]),
                                     Route("/{media_id}", self._media_info, methods=["GET"])])

    # --- media (Media reference: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media)

    def add_media(self, data: bytes, mime_type: str = "application/octet-stream", media_id: str | None = None) -> str:
        """A file a runner sent: its media id, as a document webhook would carry it."""
        media_id = media_id or str(1013859600285441 + len(self.media))
        self.media[media_id] = (data, mime_type)
        return media_id

    def expire_media_urls(self, times: int = 1) -> None:
        """The next ``times`` downloads answer 404, as Graph does once a media URL's 5 minutes passed."""
        self._expire_media_urls = times

    def _authorised(self, request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {self.token}" and not self._token_expired

    async def _media_info(self, request: Request) -> JSONResponse:
        """``GET /{media-id}`` → ``{"messaging_product", "url", "mime_type", "sha256", "file_size", "id"}``
        (the file size as a string, as Graph sends it); 401/190 without the token; an unknown id is
        Graph's 400 with code 100 ("Unsupported get request")."""
        media_id = request.path_params["media_id"]
        self.media_requests.append(media_id)
        if not self._authorised(request):
            return _graph_error(401, "Error validating access token", 190)
        if media_id not in self.media:
            return _graph_error(400, f"Unsupported get request. Object with ID '{media_id}' does not exist", 100)
        data, mime = self.media[media_id]
        return JSONResponse({"messaging_product": "whatsapp", "url": f"{self.url}/media-download/{media_id}?ext=1",
                             "mime_type": mime, "sha256": hashlib.sha256(data).hexdigest(),
                             "file_size": str(len(data)), "id": media_id})

    async def _media_bytes(self, request: Request):
        """The bytes at the media URL, only with the Bearer token (Graph refuses an anonymous
        download); 404 while ``expire_media_urls`` says the URL expired."""
        from starlette.responses import Response
        if not self._authorised(request):
            return Response(status_code=401)
        if self._expire_media_urls:
            self._expire_media_urls -= 1
            return Response(status_code=404)
        data, mime = self.media.get(request.path_params["media_id"], (b"", ""))
        if not mime:
            return Response(status_code=404)
        return Response(data, media_type=mime)

    # --- behaviour -----------------------------------------------------------------------

    def fail_next(self, status: int, times: int = 1, code: int | None = None) -> None:
        """The next ``times`` requests fail with HTTP ``status`` and Graph error ``code`` (by default
        2 for a 5xx, 4 — application rate limit — otherwise)."""
        self._failures.extend([(status, code)] * times)

    def expire_token(self) -> None:
        """Every request is refused like an expired token: HTTP 401, code 190 (subcode 463)."""
        self._token_expired = True

    def renew_token(self) -> None:
        self._token_expired = False

    def fail_later(self, address: str, code: int) -> None:
        """Accept what is sent to ``address`` (phone or user id), then report it ``failed`` with
        ``code`` in a status webhook — as WhatsApp does for 131047 and 131026. Templates go through."""
        self._fail_later[_address(address)] = code

    def deliver_normally(self, address: str) -> None:
        self._fail_later.pop(_address(address), None)

    async def _messages(self, request: Request) -> JSONResponse:
        self.attempts += 1
        if self._token_expired:
            self._reject(401, None, ["expired token"])
            return _graph_error(401, "", 190)
        if request.headers.get("authorization") != f"Bearer {self.token}":
            self._reject(401, None, ["bad or missing Bearer token"])
            return _graph_error(401, "Invalid OAuth access token.", 190)
        if request.path_params["phone_number_id"] != self.phone_number_id:
            self._reject(400, None, ["unknown phone number id"])
            return _graph_error(400, "Unsupported post request.", 100)
        if self._failures:
            status, code = self._failures.pop(0)
            return _graph_error(status, "", code if code is not None else (2 if status >= 500 else 4))
        try:
            payload = json.loads(await request.body())
        except ValueError:
            self._reject(400, None, ["body is not JSON"])
            return _graph_error(400, "Invalid JSON", 100)
        if isinstance(payload, dict) and payload.get("status") == "read":
            problems = read_problems(payload)
            if problems:
                self._reject(400, payload, problems)
                return _graph_error(400, "; ".join(problems), 100)
            with self._changed:
                self.read_marks.append(payload)
                self._changed.notify_all()
            return JSONResponse({"success": True})
        problems = shape_problems(payload, set(self.uploads))
        if problems:
            self._reject(400, payload, problems)
            return _graph_error(400, "; ".join(problems), 100)
        wamid = f"wamid.fake{next(self._ids)}"
        with self._changed:
            self.requests.append(payload)
            self.message_ids.append((payload.get("to") or payload.get("recipient"), wamid))
            self._changed.notify_all()
        arrived = time.perf_counter()
        for listener in self.listeners:
            listener(payload, arrived)
        address = payload.get("to") or payload["recipient"]
        contact = ({"input": address, "wa_id": address} if payload.get("to")
                   else {"input": address, "user_id": address})
        later = self._fail_later.get(address)
        task = None
        if later is not None and payload.get("type") != "template":
            task = BackgroundTask(self._post_failed_status, wamid, payload, later)
        return JSONResponse({"messaging_product": "whatsapp", "contacts": [contact],
                             "messages": [{"id": wamid}]}, background=task)

    async def _upload(self, request: Request) -> JSONResponse:
        """``POST /{phone_number_id}/media``: a multipart form, as the media reference describes."""
        self.attempts += 1
        if self._token_expired or request.headers.get("authorization") != f"Bearer {self.token}":
            self._reject(401, None, ["bad, missing or expired Bearer token (media)"])
            return _graph_error(401, "", 190)
        if request.path_params["phone_number_id"] != self.phone_number_id:
            self._reject(400, None, ["unknown phone number id (media)"])
            return _graph_error(400, "Unsupported post request.", 100)
        if self._failures:
            status, code = self._failures.pop(0)
            return _graph_error(status, "", code if code is not None else (2 if status >= 500 else 4))
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            self._reject(400, None, ["media upload must be multipart/form-data"])
            return _graph_error(400, "Invalid upload", 100)
        fields, files = _multipart(request.headers["content-type"], await request.body())
        problems = []
        if fields.get("messaging_product") != "whatsapp":
            problems.append("messaging_product must be 'whatsapp'")
        if "file" not in files:
            problems.append("a file part is required")
        else:
            mime, content = files["file"]
            if mime not in ("image/png", "image/jpeg"):
                problems.append(f"unsupported image type {mime!r}")
            if fields.get("type") and fields.get("type") != mime:
                problems.append("type does not match the file's content type")
            if len(content) > 5 * 1024 * 1024:
                problems.append("images are at most 5 MB")
            if not (content.startswith(b"\x89PNG\r\n\x1a\n") or content.startswith(b"\xff\xd8")):
                problems.append("the file is not a PNG or JPEG image")
        if problems:
            self._reject(400, None, problems)
            return _graph_error(400, "; ".join(problems), 100)
        media_id = f"{next(self._ids)}{int(time.time())}"
        with self._changed:
            self.uploads[media_id] = (mime, content)
            self._changed.notify_all()
        return JSONResponse({"id": media_id})

    def _post_failed_status(self, wamid: str, payload: dict, code: int) -> None:
        """The ``failed`` status webhook Meta sends some seconds later (failed statuses carry no
        ``conversation``/``pricing``; ``recipient_user_id`` only when sent to a user id)."""
        status: dict[str, Any] = {"id": wamid, "status": "failed", "timestamp": str(int(time.time())),
                                  "errors": [_status_error(code)]}
        if payload.get("to"):
            status["recipient_id"] = payload["to"]
        else:
            status["recipient_user_id"] = payload["recipient"]
        body = encode(delivery(statuses=[status], phone_number_id=self.phone_number_id))
        with self._changed:
            self.statuses_posted.append(status)
        if self.webhook_url:
            httpx.post(self.webhook_url, content=body, headers=signed_headers(self.app_secret, body), timeout=10)

    def _reject(self, status: int, payload: Any, problems: list[str]) -> None:
        with self._changed:
            self.rejected.append((status, payload, problems))
            self._changed.notify_all()

    # --- what was sent -------------------------------------------------------------------

    @staticmethod
    def text_of(payload: dict) -> str:
        if payload["type"] == "text":
            return payload["text"]["body"]
        if payload["type"] == "image":
            return f"[image: {payload['image'].get('caption', '')}]"
        if payload["type"] == "template":
            template = payload["template"]
            values = [p["text"] for c in template.get("components", []) for p in c.get("parameters", [])]
            return f"[template {template['name']}/{template['language']['code']}: {', '.join(values)}]"
        return payload["interactive"]["body"]["text"]

    def sent_to(self, phone: str) -> list[dict]:
        wanted = _address(phone)
        with self._changed:
            return [p for p in self.requests if (p.get("to") or p.get("recipient")) == wanted]

    def ids_to(self, address: str) -> list[str]:
        """The ids Graph gave the messages to ``address``, in order (what status webhooks name)."""
        with self._changed:
            return [i for a, i in self.message_ids if a == _address(address)]

    def texts_to(self, phone: str) -> list[str]:
        return [self.text_of(p) for p in self.sent_to(phone)]

    def wait_for(self, count: int, phone: str | None = None, timeout: float = 10.0) -> list[dict]:
        """Wait until ``count`` messages were accepted (to ``phone``, if given); return them."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                sent = self.requests if phone is None else [
                    p for p in self.requests if (p.get("to") or p.get("recipient")) == _address(phone)]
                if len(sent) >= count:
                    return list(sent)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} messages{' to ' + phone if phone else ''}, "
                                         f"got {len(sent)} in {timeout} s: {[self.text_of(p) for p in sent]}")
                self._changed.wait(remaining)


def _multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """A multipart/form-data body as (text fields, files: name -> (content type, bytes)), read with
    the standard library's MIME parser."""
    message = BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        content = part.get_payload(decode=True) or b""
        if part.get_filename():
            files[str(name)] = (part.get_content_type(), content)
        else:
            fields[str(name)] = content.decode("utf-8")
    return fields, files


def _address(address: str) -> str:
    """Phone digits, or a user id as it is."""
    if any(ch.isalpha() for ch in address):
        return address
    return "".join(ch for ch in address if ch.isdigit())


def _status_error(code: int) -> dict:
    title, details = ERRORS.get(code, ("Unknown error", ""))
    return {"code": code, "title": title, "message": title, "error_data": {"details": details},
            "href": "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"}


# --- what Meta sends ----------------------------------------------------------------------

_message_ids = itertools.count(1)


def new_message_id() -> str:
    return f"wamid.test{next(_message_ids)}{time.monotonic_ns()}"


def delivery(messages: list[dict] | None = None, statuses: list[dict] | None = None,
             phone_number_id: str = "100200300", contacts: list[dict] | None = None) -> dict:
    value: dict[str, Any] = {"messaging_product": "whatsapp",
                             "metadata": {"display_phone_number": "15550001111", "phone_number_id": phone_number_id}}
    if contacts is not None:
        value["contacts"] = contacts
    if messages is not None:
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "WABA1", "changes": [{"field": "messages", "value": value}]}]}


def message(phone: str | None, type_: str = "text", message_id: str | None = None, *,
            user_id: str | None = None, **content) -> dict:
    """One ``messages[]`` entry; ``phone`` None: a username user whose number WhatsApp withholds."""
    raw: dict[str, Any] = {}
    if phone is not None:
        raw["from"] = "".join(ch for ch in phone if ch.isdigit())
    if user_id is not None:
        raw["from_user_id"] = user_id
    return {**raw, "id": message_id or new_message_id(), "timestamp": str(int(time.time())), "type": type_,
            **content}


def contact(phone: str | None, user_id: str | None = None, name: str = "Runner", username: str | None = None) -> dict:
    """One ``contacts[]`` entry: ``wa_id`` only when the phone is shared, ``user_id`` always (2026)."""
    profile: dict[str, str] = {"name": name}
    if username:
        profile["username"] = username
    entry: dict[str, Any] = {"profile": profile}
    if phone is not None:
        entry["wa_id"] = "".join(ch for ch in phone if ch.isdigit())
    if user_id is not None:
        entry["user_id"] = user_id
    return entry


def text_payload(phone: str | None, text: str, message_id: str | None = None, *, user_id: str | None = None,
                 username: str | None = None, **kw) -> dict:
    return delivery([message(phone, "text", message_id, user_id=user_id, text={"body": text})],
                    contacts=[contact(phone, user_id, username=username)], **kw)


def document_payload(phone: str | None, media_id: str, filename: str, caption: str | None = None,
                     mime_type: str = "application/octet-stream", message_id: str | None = None, *,
                     user_id: str | None = None) -> dict:
    """A runner sending a file (Document messages webhook reference:
    https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/document/)."""
    document: dict[str, Any] = {"filename": filename, "mime_type": mime_type, "sha256": "", "id": media_id}
    if caption is not None:
        document["caption"] = caption
    return delivery([message(phone, "document", message_id, user_id=user_id, document=document)],
                    contacts=[contact(phone, user_id)])


def button_payload(phone: str, button_id: str, title: str, message_id: str | None = None) -> dict:
    return delivery([message(phone, "interactive", message_id,
                             interactive={"type": "button_reply", "button_reply": {"id": button_id, "title": title}})])


def status_payload(wamid: str = "wamid.out1", status: str = "delivered", recipient: str | None = "593990000001",
                   *, user_id: str | None = None, error_code: int | None = None) -> dict:
    """A ``statuses[]`` webhook; ``error_code`` makes it a ``failed`` one with Graph's error."""
    entry: dict[str, Any] = {"id": wamid, "status": status, "timestamp": str(int(time.time()))}
    if recipient is not None:
        entry["recipient_id"] = recipient
    if user_id is not None:
        entry["recipient_user_id"] = user_id
    if error_code is not None:
        entry["status"] = "failed"
        entry["errors"] = [_status_error(error_code)]
    return delivery(statuses=[entry])


def signed_headers(app_secret: str, body: bytes) -> dict[str, str]:
    digest = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"}


def encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")
