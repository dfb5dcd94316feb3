"""`andes serve`: the HTTP app — WhatsApp webhook, /health, /metrics and a read-only JSON API.

Webhook (Meta's WhatsApp Cloud API)
-----------------------------------
``GET /webhook`` answers Meta's subscription check: ``hub.mode=subscribe`` and ``hub.verify_token``
equal to WHATSAPP_VERIFY_TOKEN → 200 with ``hub.challenge`` as text/plain; anything else → 403
(always 403 while WHATSAPP_VERIFY_TOKEN is unset).

``POST /webhook``, in this order, and nothing is stored or answered unless it passes:

1. body larger than ``max_body_bytes`` (256 KiB; Meta's deliveries are a few KiB) → 413;
2. ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET, compared in
   constant time): missing → 401, wrong → 403. Without WHATSAPP_APP_SECRET every POST is refused
   with 503 (a server misconfiguration: Meta keeps the messages and retries them once it is
   fixed), unless WHATSAPP_ALLOW_UNSIGNED=1 — for local development only, it is logged at start;
3. not JSON → 400;
4. JSON that is not a WhatsApp delivery, or messages with missing fields → 200, nothing done, a
   warning logged. The body is signed with our app secret, so it does come from Meta: an error
   status would only make Meta retry, for days, a delivery we will never be able to read;
5. ``statuses`` (receipts of our own messages) → 200; the ``failed`` ones are acted on in the
   background, in the runner's queue (``application.delivery.HandleDeliveryFailure``): 131047
   (outside the 24-hour window) holds the text for the runner's next message (and sends the
   WHATSAPP_SUMMARY_TEMPLATE nudge once, when set), 131026 marks the runner unreachable;
6. messages → written to the durable inbox (the ``Inbox`` port, in the store's database), then
   200; they are answered in the background. 503 — Meta delivers them again later — when the
   inbox can't be written (nothing is lost: what was not stored was not acknowledged) or when
   ``max_pending`` messages are already waiting. A message id already in the inbox (Meta delivers
   at least once) is not queued again: each message is answered once.

Background processing: one queue per runner (keyed by phone) with one worker task draining it,
so two messages of a runner are answered in the order they arrived, and different runners in
parallel; the synchronous use case runs in a worker thread (at most ``max_concurrency`` at a
time). Each message is answered by ``reply_to_runner`` — which stores the exchange — and the
reply goes out through the Messenger (buttons when the reply has some); then its inbox item is
marked done. Texts held for the runner (a failed receipt with 131047) go before the reply, and are
released once it is accepted. A send that still fails after the Messenger's retries is logged, and
the item is done all the same (the exchange is stored), except on code 190 (the access token
expired): then the reply is held for that message, the item stays pending, an ERROR is logged and
``/health`` shows WhatsApp down; after the restart with a new token the held reply is sent instead
of answering the message again. A runner is known by WhatsApp user id first, by phone else (the
phone may be absent: ``application.delivery.find_runner``), and replies go to the phone when
known, else to the user id. A media message (image, audio, sticker…) gets a polite "I
only understand text" in the runner's language. At start (lifespan), the items still pending —
accepted by a process that died before answering them — are queued again, oldest first, before
any new request is served.

Other routes
------------
* ``GET /health`` — database, chat buffer, vector store, LLM and WhatsApp, each with a short timeout:
  ``{"status": "healthy"|"degraded", "checks": {name: {"status": "ok"|"down"|"offline",
  "latency_ms": …}}}``; 200 "healthy" when all are up (the LLM "offline" is fine), 503 "degraded"
  when the database is down, 200 "degraded" when something else is. An adapter without ``ping`` is
  probed with a read through its port (``recent`` / ``retrieve_context`` for a runner id that
  never exists).
* ``GET /metrics`` — Prometheus text format (see entrypoints.observability). No personal data.
* ``GET /api/runners/{id}``, ``…/runs`` (``?limit=``, ``?since=YYYY-MM-DD``), ``…/plan`` (the
  active plan), ``…/progress`` (``?days=14``) — read-only JSON behind ``Authorization: Bearer
  <ANDES_API_TOKEN>``: a missing or wrong token → 401. With ANDES_API_TOKEN unset the API does not
  exist: 404, so that a deployment that forgot the token exposes nothing. The runner's phone
  number and WhatsApp user id are never in an answer.

No phone number and no message text are logged: runner ids, and a short hash of WhatsApp's
message id (``message_ref``; a wamid encodes the sender's number).
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

import anyio
import anyio.to_thread
from cattrs.preconf.json import make_converter
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from adapters.whatsapp import recipient, verify_signature
from application.delivery import (
    RE_ENGAGEMENT,
    TOKEN_EXPIRED,
    UNREACHABLE,
    DeliveryLog,
    OutboundMessage,
    address,
    find_runner,
    record_sent,
    with_held,
)
from application.local_time import local_today
from application.ports import InboxItem
from domain.errors import DomainError
from entrypoints.observability import PROMETHEUS_CONTENT_TYPE, Metrics, health_error
from entrypoints.whatsapp_payload import (
    UNSUPPORTED,
    DeliveryFailure,
    InboundMessage,
    NotAWhatsAppPayload,
    parse_webhook,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024
DEFAULT_MAX_CONCURRENCY = 16
MAX_PENDING = 10_000        # messages waiting to be answered; beyond that, 503 and Meta retries later
HEALTH_TIMEOUT_S = 2.0
SHUTDOWN_GRACE_S = 20.0
UNKNOWN_RECEIPT_WAITS_S = (0.2, 0.5, 1.0)

_PHRASES = {
    "only_text": {
        "es": "Por ahora solo entiendo mensajes de texto ✍️. Escríbeme lo que me quieras contar "
              "(por ejemplo «hoy corrí 8 km en 45 min») y te respondo.",
        "en": "For now I only understand text messages ✍️. Write me what you'd like to tell me "
              "(e.g. \"ran 5 km in 30 min\") and I'll answer.",
    },
    "error": {
        "es": "Uy, tuve un problema al procesar tu mensaje 😓. ¿Me lo envías de nuevo en un momento?",
        "en": "Oops, I had a problem processing your message 😓. Could you send it again in a moment?",
    },
}


# Reads that prove an adapter without ``ping`` reaches its backend (a runner id that never exists).
HEALTH_PROBE_ID = "__andes_health__"
_PORT_PROBES: dict[str, Callable[[Any], Any]] = {
    "chat_buffer": lambda buffer: buffer.recent(HEALTH_PROBE_ID),
    "vector_memory": lambda memory: memory.retrieve_context(HEALTH_PROBE_ID, "health", k=1),
}


def _phrase(key: str, language: str | None) -> str:
    """In the runner's language; in both when we don't know them yet."""
    phrases = _PHRASES[key]
    if language in phrases:
        return phrases[language]
    return phrases["es"] + "\n\n" + phrases["en"]


def message_ref(message_id: str) -> str:
    """A short, stable, non-reversible handle on a WhatsApp message id, for logs."""
    return hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:12]


# --- the container, resolved once, under a lock -------------------------------------------

class Resources:
    """The container's providers as the worker threads use them, resolved once and cached."""

    def __init__(self, container):
        self._container = container
        self._lock = threading.RLock()
        self._cache: dict[str, Any] = {}

    def get(self, name: str):
        try:
            return self._cache[name]
        except KeyError:
            pass
        with self._lock:
            if name not in self._cache:
                self._cache[name] = getattr(self._container, name)()
            return self._cache[name]

    def warm_up(self) -> None:
        for name in ("store", "reply_to_runner", "inbox", "messenger", "runners", "runs", "plans",
                     "summarize_progress", "clock", "chat_buffer", "vector_memory", "llm", "deliveries",
                     "handle_delivery_failure"):
            try:
                self.get(name)
            except Exception:
                log.exception("could not build %s at start; it will be retried on use", name)


# --- processing one message (in a worker thread) ------------------------------------------

def queue_key(phone: str | None, whatsapp_id: str | None) -> str:
    """One queue per runner: by WhatsApp user id (in every webhook since 2026), else by phone."""
    return whatsapp_id or recipient(phone or "")


class _KeepPending(Exception):
    """The reply could not go out for a reason a restart fixes (an expired token): the inbox item
    stays pending and is handled again at the next start."""


class InboundProcessor:
    def __init__(self, resources: Resources, metrics: Metrics):
        self._r = resources
        self._metrics = metrics
        self._warned_no_messenger = False

    def __call__(self, message: InboxItem | DeliveryFailure, received_at: float) -> None:
        """Answer one inbox item, then mark it done (also when the send failed: the exchange is
        stored). An unexpected failure leaves it pending: it is answered after the next start.
        A failed-delivery receipt is handed to the delivery-failure handler."""
        if isinstance(message, DeliveryFailure):
            self._failed(message)
            return
        try:
            self._answer(message, received_at)
        except _KeepPending:
            return
        try:
            self._r.get("inbox").done(message.message_id)
        except Exception:
            log.exception("could not mark the message done; it will be answered again after a restart",
                          extra={"message_ref": message_ref(message.message_id)})

    def _failed(self, failure: DeliveryFailure) -> None:
        # A receipt names the recipient by phone when we sent to the phone, so it may sit in another
        # queue than the runner's messages and overtake the recording of the send it is about: an
        # unknown id is looked up again a few times before it is given up.
        outcome = "unknown"
        for wait_s in UNKNOWN_RECEIPT_WAITS_S:
            try:
                outcome = self._r.get("handle_delivery_failure")(failure.message_id, failure.codes)
            except Exception:
                log.exception("acting on a failed delivery failed",
                              extra={"message_ref": message_ref(failure.message_id)})
                return
            if outcome != "unknown":
                break
            time.sleep(wait_s)
        if outcome == "unknown":
            log.warning("delivery failure for a message we have no record of",
                        extra={"message_ref": message_ref(failure.message_id), "graph_codes": list(failure.codes)})
        self._metrics.replies_failed.add(1, {"stage": "delivery_" + outcome})

    def _answer(self, message: InboxItem, received_at: float) -> None:
        ref = message_ref(message.message_id)
        if self._resend_held_answer(message):
            return
        if message.kind == UNSUPPORTED:
            self._answer_unsupported(message, ref, received_at)
            return
        try:
            reply_to_runner = self._r.get("reply_to_runner")
            if message.whatsapp_id:
                runner, reply = reply_to_runner(message.phone, message.text, whatsapp_id=message.whatsapp_id)
            else:                          # an item stored before user ids: the two-argument call
                runner, reply = reply_to_runner(message.phone, message.text)
        except DomainError as error:
            log.warning("message refused", extra={"message_ref": ref, "error_code": error.code})
            self._metrics.replies_failed.add(1, {"stage": "reply"})
            return
        except Exception:
            log.exception("reply failed", extra={"message_ref": ref})
            self._metrics.replies_failed.add(1, {"stage": "reply"})
            self._send(_address_of(message), _phrase("error", self._language_of(message)), (), None)
            return
        deliveries = self._deliveries()
        held: list[OutboundMessage] = []
        if deliveries is not None:
            try:
                deliveries.mark_reachable(runner.id)         # they wrote: WhatsApp reaches them
                held = deliveries.held(runner.id)
            except Exception:
                log.exception("reading held messages failed", extra={"runner_id": runner.id})
        delivered = self._send(address(runner), with_held(reply.text, held), reply.buttons, runner.id,
                               answers=message.message_id, reply_text=reply.text)
        if delivered and held and deliveries is not None:
            deliveries.release([m.id for m in held], self._now())
            log.info("held messages delivered with the reply", extra={"runner_id": runner.id, "messages": len(held)})
        self._metrics.record_reply(reply.intent.value, reply.degraded, reply.tools_used,
                                   time.perf_counter() - received_at if delivered else None)

    def _resend_held_answer(self, message: InboxItem) -> bool:
        """True when this item was already answered and its reply held (an expired token): the held
        reply is sent now, instead of asking the coach again (a run would be logged twice)."""
        deliveries = self._deliveries()
        if deliveries is None:
            return False
        held = deliveries.held_answer(message.message_id)
        if held is None:
            return False
        if held.delivered_at is None:
            runner = self._r.get("runners").get(held.runner_id)
            if runner is None:
                return True
            if self._send(address(runner), held.text, (), runner.id, answers=message.message_id):
                deliveries.release([held.id], self._now())
                log.info("held reply delivered", extra={"runner_id": runner.id,
                                                        "message_ref": message_ref(message.message_id)})
        return True

    def _answer_unsupported(self, message: InboxItem, ref: str, received_at: float) -> None:
        runner = self._runner_of(message)
        language = runner.language if runner else None
        to = address(runner) if runner else _address_of(message)
        delivered = self._send(to, _phrase("only_text", language), (), runner.id if runner else None,
                               answers=message.message_id)
        log.info("unsupported message type answered", extra={
            "message_ref": ref, "message_type": message.type, "runner_id": runner.id if runner else None})
        self._metrics.record_reply("unsupported_type", False, (),
                                   time.perf_counter() - received_at if delivered else None)

    def _runner_of(self, message: InboxItem):
        try:
            return find_runner(self._r.get("runners"), message.phone, message.whatsapp_id)
        except Exception:
            return None

    def _language_of(self, message: InboxItem) -> str | None:
        runner = self._runner_of(message)
        return runner.language if runner else None

    def _deliveries(self) -> DeliveryLog | None:
        try:
            return self._r.get("deliveries")
        except Exception:
            log.exception("the delivery log is unavailable")
            return None

    def _now(self) -> datetime:
        return self._r.get("clock").now()

    def _send(self, to: str, text: str, buttons, runner_id: str | None, *, answers: str | None = None,
              reply_text: str | None = None) -> bool:
        """Send, and remember what Graph accepted. ``reply_text``: what to hold if it can't go now
        (the reply without texts held earlier, which stay held)."""
        messenger = self._r.get("messenger")
        if messenger is None:
            if not self._warned_no_messenger:
                log.warning("no messenger (WHATSAPP_TOKEN unset): replies are stored but not sent")
                self._warned_no_messenger = True
            return False
        try:
            if buttons:
                accepted = messenger.send_buttons(to, text, buttons)
            else:
                accepted = messenger.send_text(to, text)
        except Exception as error:
            code = getattr(error, "code", None)
            log.error("reply not delivered", extra={"runner_id": runner_id, "error": str(error), "graph_code": code})
            self._metrics.replies_failed.add(1, {"stage": "send"})
            if runner_id is not None:
                self._on_send_error(runner_id, reply_text if reply_text is not None else text, code, answers)
            return False
        deliveries = self._deliveries()
        if runner_id is not None and deliveries is not None:
            try:
                record_sent(deliveries, runner_id, accepted, self._now(), answers=answers)
            except Exception:
                log.exception("recording a sent message failed", extra={"runner_id": runner_id})
        return True

    def _on_send_error(self, runner_id: str, text: str, code: int | None, answers: str | None) -> None:
        """Graph refused at once: hold the text on 131047 and 190, mark the runner on 131026."""
        deliveries = self._deliveries()
        if deliveries is None or code is None:
            return
        if code not in (TOKEN_EXPIRED, RE_ENGAGEMENT) and code not in UNREACHABLE:
            return
        held = OutboundMessage(id=f"held.{answers or runner_id}.{time.time_ns()}", runner_id=runner_id, text=text,
                               sent_at=self._now(), answers=answers)
        if code == TOKEN_EXPIRED:
            if answers is None or deliveries.held_answer(answers) is None:   # held once per message
                deliveries.record(held)
                deliveries.hold(held.id, code, self._now())
            log.error("WhatsApp token expired: the reply is held and the message stays pending until a restart "
                      "with a valid WHATSAPP_TOKEN", extra={"runner_id": runner_id, "graph_code": code})
            raise _KeepPending()
        runner = self._r.get("runners").get(runner_id)
        if runner is not None:
            deliveries.record(held)
            self._r.get("handle_delivery_failure").act(runner, held, [code])


def _address_of(message: InboxItem) -> str:
    return message.phone or message.whatsapp_id or ""


# --- one queue per runner -------------------------------------------------------------------

class RunnerQueues:
    """Items of one key are handled one after the other, in order; different keys in parallel."""

    def __init__(self, handle: Callable[..., None], max_concurrency: int = DEFAULT_MAX_CONCURRENCY):
        self._handle = handle
        self._max_concurrency = max_concurrency
        self._limiter: anyio.CapacityLimiter | None = None
        self._queues: dict[str, deque] = {}
        self._tasks: set[asyncio.Task] = set()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Items submitted and not handled yet."""
        return self._pending

    def submit(self, key: str, *args) -> None:
        self._pending += 1
        queue = self._queues.get(key)
        if queue is not None:
            queue.append(args)
            return
        self._queues[key] = deque([args])
        task = asyncio.get_running_loop().create_task(self._work(key))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _work(self, key: str) -> None:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self._max_concurrency)
        queue = self._queues[key]
        try:
            while queue:
                args = queue.popleft()
                try:
                    await anyio.to_thread.run_sync(self._handle, *args, limiter=self._limiter)
                except Exception:
                    log.exception("message worker failed")
                finally:
                    self._pending -= 1
        finally:
            # No await between the last `while queue` check and here: a submit can't slip in.
            self._queues.pop(key, None)

    async def drain(self, timeout: float | None = None) -> bool:
        """Wait until every queued item is handled; False if ``timeout`` ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._tasks:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            await asyncio.wait(set(self._tasks), timeout=remaining)
        return True


# --- the app -------------------------------------------------------------------------------

def create_app(container, *, api_token: str | None = None, allow_unsigned: bool | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
               health_timeout_s: float = HEALTH_TIMEOUT_S, metrics: Metrics | None = None,
               max_pending: int = MAX_PENDING) -> Starlette:
    settings = container.settings()
    verify_token = settings.whatsapp_verify_token.get_secret_value()
    app_secret = settings.whatsapp_app_secret.get_secret_value()
    if allow_unsigned is None:
        allow_unsigned = settings.whatsapp_allow_unsigned
    if api_token is None:
        api_token = settings.api_token.get_secret_value()
    metrics = metrics or Metrics()
    resources = Resources(container)
    processor = InboundProcessor(resources, metrics)
    queues = RunnerQueues(processor, max_concurrency)
    converter = make_converter()

    # --- webhook ---

    async def verify(request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if (verify_token and params.get("hub.mode") == "subscribe"
                and hmac.compare_digest(token.encode("utf-8"), verify_token.encode("utf-8"))):
            return PlainTextResponse(params.get("hub.challenge", ""))
        log.warning("webhook verification refused")
        return PlainTextResponse("forbidden", status_code=403)

    def answer(status: int, text: str) -> Response:
        metrics.webhook_requests.add(1, {"status": str(status)})
        return PlainTextResponse(text, status_code=status)

    def store_in_inbox(messages: tuple[InboundMessage, ...], accepted: list[InboxItem], stored: list[str]) -> None:
        """Put each message into the inbox (in a worker thread): ``accepted`` gets the new items,
        ``stored`` the id of each message written or already there (so a failure midway is seen)."""
        inbox = resources.get("inbox")
        now = resources.get("clock").now().astimezone(timezone.utc)
        for message in messages:
            item = InboxItem(message_id=message.id, phone=message.phone, kind=message.kind, type=message.type,
                             text=message.text, received_at=now, whatsapp_id=message.user_id)
            if inbox.put(item):
                accepted.append(item)
            else:
                log.info("duplicate message ignored", extra={"message_ref": message_ref(message.id)})
            stored.append(message.id)

    async def receive(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.strip().isdigit() or int(declared) > max_body_bytes):
            log.warning("webhook body too large", extra={"declared_bytes": declared})
            return answer(413, "payload too large")
        body: bytes | bytearray = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body_bytes:
                log.warning("webhook body too large", extra={"bytes_read": len(body)})
                return answer(413, "payload too large")
        body = bytes(body)
        if app_secret:
            signature = request.headers.get("x-hub-signature-256")
            if not signature:
                log.warning("webhook refused: no X-Hub-Signature-256")
                return answer(401, "missing signature")
            if not verify_signature(app_secret, body, signature):
                log.warning("webhook refused: bad signature")
                return answer(403, "bad signature")
        elif not allow_unsigned:
            log.error("webhook refused: WHATSAPP_APP_SECRET is not set (WHATSAPP_ALLOW_UNSIGNED=1 for local dev)")
            return answer(503, "webhook signature secret not configured")
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            log.warning("webhook refused: body is not JSON")
            return answer(400, "invalid JSON")
        try:
            events = parse_webhook(payload)
        except NotAWhatsAppPayload as error:
            log.warning("webhook payload ignored: not a WhatsApp delivery", extra={"reason": str(error)})
            return answer(200, "ignored")
        if events.problems:
            log.warning("webhook payload partly ignored", extra={"problems": list(events.problems[:10])})
        if events.messages and queues.pending >= max_pending:
            # Overloaded: Meta redelivers later, and the inbox drops what was already accepted.
            log.error("webhook refused: too many messages waiting", extra={"pending": queues.pending})
            return answer(503, "busy")
        if events.messages:
            received_at = time.perf_counter()
            accepted: list[InboxItem] = []
            stored: list[str] = []
            try:
                await anyio.to_thread.run_sync(store_in_inbox, events.messages, accepted, stored)
            except Exception:
                log.exception("webhook refused: the inbox is unavailable", extra={"stored": len(accepted)})
            for item in accepted:          # stored: answered even if a later one could not be
                queues.submit(queue_key(item.phone, item.whatsapp_id), item, received_at)
            if len(stored) < len(events.messages):
                return answer(503, "inbox unavailable")       # Meta redelivers; what was stored is not queued twice
            log.info("webhook accepted", extra={"messages": len(events.messages), "new": len(accepted),
                                                "statuses": events.statuses})
        else:
            log.debug("webhook without messages", extra={"statuses": events.statuses, "ignored": events.ignored})
        for failure in events.failures:    # in the runner's queue: after the reply it is about
            queues.submit(queue_key(failure.recipient_phone, failure.recipient_user_id) or failure.message_id,
                          failure, time.perf_counter())
        if events.failures:
            log.warning("failed deliveries reported", extra={"failures": len(events.failures),
                                                             "graph_codes": [f.codes for f in events.failures]})
        return answer(200, "ok")

    # --- health and metrics ---

    async def health(request: Request) -> Response:
        checks: dict[str, dict] = {}

        async def check(name: str, probe: Callable[[], str]) -> None:
            started = time.perf_counter()
            result: dict[str, Any]
            try:
                with anyio.fail_after(health_timeout_s):
                    status = await anyio.to_thread.run_sync(probe, abandon_on_cancel=True)
                result = {"status": status}
            except TimeoutError:
                result = {"status": "down", "error": f"no answer in {health_timeout_s:g} s"}
            except Exception as error:
                result = {"status": "down", "error": health_error(error)}
            result["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
            checks[name] = result

        def ping(name: str) -> Callable[[], str]:
            def probe() -> str:
                target = resources.get(name)
                if target is None:
                    return "offline"
                method = getattr(target, "ping", None)
                if method is not None:
                    return "ok" if method() is not False else "down"
                # An adapter without ping: a read through its port is the round trip.
                read = _PORT_PROBES.get(name)
                if read is not None:
                    read(target)
                return "ok"
            return probe

        async with anyio.create_task_group() as group:
            for name, provider in (("database", "store"), ("chat_buffer", "chat_buffer"),
                                   ("vector_store", "vector_memory"), ("llm", "llm"), ("whatsapp", "messenger")):
                group.start_soon(check, name, ping(provider))
        checks = {name: checks[name] for name in ("database", "chat_buffer", "vector_store", "llm", "whatsapp")}
        if checks["whatsapp"]["status"] == "down":
            messenger = resources.get("messenger")
            checks["whatsapp"]["error"] = getattr(messenger, "auth_error", None) or "down"
        if checks["database"]["status"] != "ok":
            status, code = "degraded", 503          # no database, no coach: take this instance out
        elif any(c["status"] == "down" for c in checks.values()):
            status, code = "degraded", 200          # the coach still answers, with less memory / offline
        else:
            status, code = "healthy", 200
        return JSONResponse({"status": status, "checks": checks}, status_code=code)

    async def metrics_endpoint(request: Request) -> Response:
        return Response(metrics.render_prometheus(), media_type=PROMETHEUS_CONTENT_TYPE)

    # --- JSON API ---

    def authorized(request: Request) -> Response | None:
        if not api_token:
            return JSONResponse({"error": "not found"}, status_code=404)
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8"),
                                                                 api_token.encode("utf-8")):
            return JSONResponse({"error": "unauthorized"}, status_code=401,
                                headers={"WWW-Authenticate": 'Bearer realm="andes"'})
        return None

    def api(read: Callable[[Request, Any], Any]):
        async def endpoint(request: Request) -> Response:
            refused = authorized(request)
            if refused is not None:
                return refused
            runner_id = request.path_params["runner_id"]

            def load():
                runner = resources.get("runners").get(runner_id)
                if runner is None:
                    return 404, {"error": "runner not found"}
                return read(request, runner)
            try:
                status, body = await anyio.to_thread.run_sync(load)
            except ValueError as error:
                return JSONResponse({"error": str(error)}, status_code=400)
            return JSONResponse(body, status_code=status)
        return endpoint

    def runner_view(runner) -> dict:
        data = converter.unstructure(runner)
        data.pop("phone", None)
        data.pop("whatsapp_id", None)       # an identifier of the person, like the phone
        return data

    def read_runner(request, runner):
        return 200, runner_view(runner)

    def read_runs(request, runner):
        limit = _int_param(request, "limit", 50, 1, 500)
        since = request.query_params.get("since")
        try:
            since_day = date.fromisoformat(since) if since else None
        except ValueError:
            raise ValueError("since must be a date, YYYY-MM-DD") from None
        runs = resources.get("runs").for_runner(runner.id, since=since_day, limit=limit)
        items = []
        for run in runs:
            item = converter.unstructure(run)
            item["pace_s_per_km"] = run.pace_s_per_km
            items.append(item)
        return 200, {"runner_id": runner.id, "runs": items}

    def read_plan(request, runner):
        plan = resources.get("plans").active_for(runner.id)
        if plan is None:
            return 404, {"error": "no active plan", "runner_id": runner.id}
        data = converter.unstructure(plan)
        data["end"] = plan.end.isoformat()
        data["total_km"] = plan.total_km
        return 200, data

    def read_progress(request, runner):
        days = _int_param(request, "days", 14, 1, 365)
        today = local_today(runner, resources.get("clock").now())
        summary = resources.get("summarize_progress")(runner, today, days=days)
        data = summary.as_dict()
        data["text"] = summary.text(runner.language)
        data["runner_id"] = runner.id
        return 200, data

    async def replay_inbox() -> None:
        """Queue the messages accepted by an earlier process that died before answering them."""
        try:
            items = await anyio.to_thread.run_sync(lambda: resources.get("inbox").pending(max_pending))
        except Exception:
            log.exception("could not read the inbox at start: its pending messages wait for the next start")
            return
        received_at = time.perf_counter()
        for item in items:                  # oldest first: each runner's queue keeps their order
            queues.submit(queue_key(item.phone, item.whatsapp_id), item, received_at)
        log.info("inbox replayed", extra={"messages": len(items)})
        if len(items) >= max_pending:
            log.warning("more messages pending in the inbox than max_pending: the rest wait for the next start")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await anyio.to_thread.run_sync(resources.warm_up)
        await replay_inbox()
        if not app_secret:
            if allow_unsigned:
                log.warning("WHATSAPP_ALLOW_UNSIGNED is on: webhook signatures are NOT checked (dev only)")
            else:
                log.error("WHATSAPP_APP_SECRET is not set: every POST /webhook is refused with 503")
        if not verify_token:
            log.warning("WHATSAPP_VERIFY_TOKEN is not set: Meta's webhook verification will fail")
        if not api_token:
            log.info("ANDES_API_TOKEN is not set: the JSON API is disabled")
        yield
        if not await queues.drain(SHUTDOWN_GRACE_S):
            log.error("shutting down with messages still being answered", extra={"pending": queues.pending})

    app = Starlette(routes=[
        Route("/webhook", verify, methods=["GET"]),
        Route("/webhook", receive, methods=["POST"]),
        Route("/health", health, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/api/runners/{runner_id}", api(read_runner), methods=["GET"]),
        Route("/api/runners/{runner_id}/runs", api(read_runs), methods=["GET"]),
        Route("/api/runners/{runner_id}/plan", api(read_plan), methods=["GET"]),
        Route("/api/runners/{runner_id}/progress", api(read_progress), methods=["GET"]),
    ], lifespan=lifespan)
    app.state.queues = queues
    app.state.metrics = metrics
    app.state.resources = resources
    return app


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}")
    return value


def run_server(host: str = "127.0.0.1", port: int = 8000) -> int:
    import uvicorn

    from bootstrap import Settings, build_container, close_resources
    from entrypoints.observability import configure_logging

    settings = Settings.from_env()
    configure_logging(settings.log_level)
    container = build_container(settings)
    metrics = Metrics()
    metrics.install_global()
    app = create_app(container, metrics=metrics)
    try:
        uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, server_header=False,
                    proxy_headers=True, timeout_graceful_shutdown=int(SHUTDOWN_GRACE_S) + 5)
    finally:
        close_resources(container)
    return 0
