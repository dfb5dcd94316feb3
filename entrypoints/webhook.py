"""The WhatsApp webhook: verify, store, enqueue — and answer Meta within a second.

``GET /webhook`` answers Meta's subscription check: ``hub.mode=subscribe`` and ``hub.verify_token``
equal to WHATSAPP_VERIFY_TOKEN → 200 with ``hub.challenge`` as text/plain; anything else → 403
(always 403 while WHATSAPP_VERIFY_TOKEN is unset).

``POST /webhook``, in this order, and nothing is stored or answered unless it passes:

1. body larger than ``max_body_bytes`` (256 KiB; Meta's deliveries are a few KiB) → 413;
2. ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET, compared in
   constant time): missing → 401, wrong → 403. Without WHATSAPP_APP_SECRET every POST is refused
   with 503 (a server misconfiguration: Meta keeps the messages and retries them once it is
   fixed), unless WHATSAPP_ALLOW_UNSIGNED=1 — for local development only, it is logged at start;
3. not JSON, or JSON nested deeper than Python can read → 400;
4. JSON that is not a WhatsApp delivery, or messages with missing or unusable fields → 200 for
   what could not be read, a warning logged (the body is signed with our app secret, so it does
   come from Meta: an error status would only make Meta retry, for days, what we will never read).
   A bad message is skipped alone; its neighbours in the delivery go on;
5. messages → written to the durable inbox, then 200, then the sender's job is enqueued
   (``application.ports.work.WorkQueue``) once the answer is on its way: the inbox is what makes a message
   safe, so Meta does not wait for the queue (a job lost to a crash right after, or that could not be
   enqueued, is found by the periodic sweep, ``application.messaging.jobs``). 503 — Meta delivers them again
   later — at once when the database is known to be down or still starting, and after at most
   ``STORE_TIMEOUT_S`` when the inbox can't be written (nothing is lost: what was not stored was not
   acknowledged; what was stored is not stored twice — the message id is the key);
6. ``statuses`` (receipts of our own messages) → enqueued before the 200 (the queue is the only place
   they are kept; 503 when they could not be within ``STORE_TIMEOUT_S``, for Meta to post them
   again): sent / delivered / read close the reply in the outbox, failed ones are acted on in the
   runner's order (``application.messaging.outbound``).
7. in shadow mode (ANDES_MODE=shadow), a delivery answered 200 is then posted on to the old bot,
   re-signed (``_forwarded``; README "Moving off the old bot").

No phone number and no message text are logged: runner ids, and a short hash of WhatsApp's
message id (``message_ref``).
"""
from __future__ import annotations

import asyncio
import functools
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.background import BackgroundTask, BackgroundTasks
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from adapters.one_at_a_time import OneAtATime
from adapters.whatsapp import verify_signature
from application.coach.activity_files import Attachment
from application.messaging.inbound import message_ref
from application.ports import InboxItem
from application.ports.work import WorkQueue
from entrypoints.observability import Metrics
from entrypoints.resources import Resources
from entrypoints.whatsapp_payload import DOCUMENT, InboundMessage, NotAWhatsAppPayload, WebhookEvents, parse_webhook

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024
STORE_TIMEOUT_S = 1.0       # Meta waits for our answer; beyond this it is better to say 503
DOWN_FOR_S = 1.0            # after a failed write, answer 503 without trying for this long
# No delivery stored for this long while they kept failing: the inbox will not recover in this
# process (a pool that lost its connections, a loop that is stuck) and it exits for its supervisor
# (docker compose's restart policy, systemd) to start a fresh one. A database that is down is
# waited for the same way after the restart (start-up retries it, /health says 503 meanwhile).
INBOX_DEAD_AFTER_S = 120.0
# Meta retries a failed webhook for up to 7 days
# (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components): a message sent
# longer ago than that is no retry but a replay (a copied body re-posted). It is logged, not stored
# nor answered ("hoy corrí 8 km" from a month ago must not be logged as a run of that day).
REPLAY_AFTER = timedelta(days=7)
MAX_DETACHED = 2000         # writes still running after their caller stopped waiting; beyond, 503 at once

_detached: set[asyncio.Task[Any]] = set()


async def within(seconds: float, work: Awaitable[Any]) -> Any:
    """``work`` awaited for at most ``seconds`` (TimeoutError after): past that the caller stops
    waiting and the work goes on alone, to its own timeouts. It is never cancelled from here:
    anyio's cancellation, delivered again at every ``await`` until its scope is left, made
    psycopg_pool drop connections it was being given back (``adapters.postgres.inbox_writer``), and
    the queue (procrastinate) writes through such a pool too. A coroutine runs in a task of its own;
    a future (a write already begun: ``PostgresInboxWriter.put``) is waited on as it is."""
    if len(_detached) >= MAX_DETACHED:
        if asyncio.iscoroutine(work):
            work.close()
        raise TimeoutError(f"{len(_detached)} database writes still running")
    task = asyncio.ensure_future(work)
    _detached.add(task)
    task.add_done_callback(_forget)
    if not task.done():
        # What asyncio.wait({task}, timeout=seconds) does, without its sets and second callback.
        waiter = asyncio.get_running_loop().create_future()
        wake = functools.partial(_wake, waiter)
        timer = waiter.get_loop().call_later(seconds, wake)
        task.add_done_callback(wake)
        try:
            await waiter
        finally:
            timer.cancel()
            task.remove_done_callback(wake)
        if not task.done():
            raise TimeoutError(f"no answer in {seconds:g} s")
    return task.result()


def _wake(waiter: asyncio.Future[None], *_: Any) -> None:
    if not waiter.done():
        waiter.set_result(None)


def _forget(task: asyncio.Task[Any]) -> None:
    _detached.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.debug("a database write finished with an error after its caller stopped waiting",
                  exc_info=task.exception())


class DatabaseGate:
    """Whether to try the database at all: after a failure the webhook answers 503 at once for
    ``DOWN_FOR_S`` instead of piling up requests on a database that is not there. A write that was
    only slow does not close it: refusing every delivery for a second would turn a busy database
    into an outage."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._down_until = 0.0
        self.ready = False            # the store was built (migrations applied)
        self.step = "starting"        # what start-up is doing, for /health until it is ready
        self.failing_since: float | None = None   # writes failing since then, none stored

    def stored(self) -> None:
        self.failing_since = None

    def write_failed(self) -> bool:
        """Record a failed write; True when none has succeeded for ``INBOX_DEAD_AFTER_S``."""
        now = self._clock()
        if self.failing_since is None:
            self.failing_since = now
        return now - self.failing_since >= INBOX_DEAD_AFTER_S

    @property
    def open(self) -> bool:
        return self.ready and self._clock() >= self._down_until

    def failed(self) -> None:
        self._down_until = self._clock() + DOWN_FOR_S


def inbox_item(message: InboundMessage, now: datetime) -> InboxItem:
    sent_at = datetime.fromtimestamp(message.timestamp, timezone.utc) if message.timestamp else None
    text = message.text
    if message.kind == DOCUMENT and message.media_id:     # what the worker downloads, kept with the caption
        text = Attachment(message.media_id, message.filename, message.mime_type, message.text).to_text()
    return InboxItem(message_id=message.id, phone=message.phone, kind=message.kind, type=message.type,
                     text=text, received_at=now, whatsapp_id=message.user_id, sent_at=sent_at)


class Webhook:
    def __init__(self, resources: Resources, queue: WorkQueue, metrics: Metrics, gate: DatabaseGate, *,
                 verify_token: str, app_secret: str, allow_unsigned: bool,
                 max_body_bytes: int = MAX_BODY_BYTES, busy: Any = None,
                 on_inbox_dead: Callable[[], None] | None = None):
        """``on_inbox_dead``: called once when no delivery could be stored for ``INBOX_DEAD_AFTER_S``
        (``andes serve`` exits then, for its supervisor to restart it)."""
        self._r = resources
        self._queue = queue
        self._metrics = metrics
        self._gate = gate
        self._verify_token = verify_token
        self._app_secret = app_secret
        self._allow_unsigned = allow_unsigned
        self._max_body_bytes = max_body_bytes
        self._busy = busy or (lambda: False)
        # One enqueue per runner at a time (adapters/one_at_a_time.py); none at all when the queue's
        # workers learn of stored messages from the inbox writer (PostgreSQL's LISTEN/NOTIFY, issue 23:
        # the job deferred per delivery was most of the webhook's CPU).
        self._enqueue_one = OneAtATime(queue.answer)
        self._enqueues_answers = not getattr(queue, "wakes_on_stored_messages", False)
        self._on_inbox_dead = on_inbox_dead
        self._dead_reported = False

    async def verify(self, request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if (self._verify_token and params.get("hub.mode") == "subscribe"
                and hmac.compare_digest(token.encode("utf-8"), self._verify_token.encode("utf-8"))):
            return PlainTextResponse(params.get("hub.challenge", ""))
        log.warning("webhook verification refused")
        return PlainTextResponse("forbidden", status_code=403)

    def _answer(self, status: int, text: str, senders: list[str] | None = None) -> Response:
        """The answer; the jobs of ``senders`` are enqueued once it has gone."""
        self._metrics.webhook_requests.add(1, {"status": str(status)})
        background = BackgroundTask(self._enqueue, senders) if senders and self._enqueues_answers else None
        return PlainTextResponse(text, status_code=status, background=background)

    async def _body(self, request: Request) -> bytes | Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.strip().isdigit() or int(declared) > self._max_body_bytes):
            log.warning("webhook body too large", extra={"declared_bytes": declared})
            return self._answer(413, "payload too large")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self._max_body_bytes:
                log.warning("webhook body too large", extra={"bytes_read": len(body)})
                return self._answer(413, "payload too large")
        return bytes(body)

    def _refused_signature(self, request: Request, body: bytes) -> Response | None:
        if self._app_secret:
            signature = request.headers.get("x-hub-signature-256")
            if not signature:
                log.warning("webhook refused: no X-Hub-Signature-256")
                return self._answer(401, "missing signature")
            if not verify_signature(self._app_secret, body, signature):
                log.warning("webhook refused: bad signature")
                return self._answer(403, "bad signature")
        elif not self._allow_unsigned:
            log.error("webhook refused: WHATSAPP_APP_SECRET is not set (WHATSAPP_ALLOW_UNSIGNED=1 for local dev)")
            return self._answer(503, "webhook signature secret not configured")
        return None

    async def receive(self, request: Request) -> Response:
        started = time.perf_counter()
        try:
            return await self._receive(request)
        finally:
            self._metrics.webhook_time.record(time.perf_counter() - started)

    async def _receive(self, request: Request) -> Response:
        body = await self._body(request)
        if isinstance(body, Response):
            return body
        refused = self._refused_signature(request, body)
        if refused is not None:
            return refused
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            log.warning("webhook refused: body is not JSON")
            return self._answer(400, "invalid JSON")
        try:
            events = parse_webhook(payload)
        except NotAWhatsAppPayload as error:
            log.warning("webhook payload ignored: not a WhatsApp delivery", extra={"reason": str(error)})
            return self._answer(200, "ignored")
        except RecursionError:
            log.warning("webhook payload ignored: nested too deep")
            return self._answer(200, "ignored")
        except Exception:
            # A shape the parser did not foresee (its elements are guarded one by one, and fuzzed):
            # a 500 would make Meta retry the delivery for days; it is signed, so it is logged.
            log.exception("webhook payload ignored: it could not be read")
            return self._answer(200, "ignored")
        if events.problems:
            log.warning("webhook payload partly ignored", extra={"problems": list(events.problems[:10])})
        senders: list[str] = []
        messages = self._not_replayed(events.messages)
        if messages:
            if not self._gate.open:
                log.error("webhook refused: the database is down or still starting")
                return self._answer(503, "database unavailable")
            if self._busy():
                log.error("webhook refused: too many messages waiting")
                return self._answer(503, "busy")
            stored = await self._store(messages)
            # Whatever was stored is enqueued, also when a later one could not be (Meta redelivers the
            # whole delivery; the stored ones are then duplicates, not stored or answered twice).
            if self._enqueues_answers:      # else the inbox writer wakes the workers
                senders = list(dict.fromkeys(item.sender for item in sorted(stored, key=lambda i: i.order_key)))
            if len(stored) < len(messages):
                return self._answer(503, "inbox unavailable", senders)
        if not await self._enqueue_statuses(events):
            return self._answer(503, "statuses not queued", senders)
        return self._forwarded(self._answer(200, "ok", senders), body)

    def _forwarded(self, response: Response, body: bytes) -> Response:
        """Shadow mode (ANDES_MODE=shadow): once Meta has its 200 and the senders are enqueued, the
        delivery goes on, re-signed, to the old bot (``adapters.legacy_webhook``), which keeps
        answering. Only what was accepted: a refused delivery is forwarded when Meta posts it again."""
        try:
            legacy = self._r.get("legacy_webhook")
        except AttributeError:           # a container without the shadow mode's provider
            legacy = None
        if legacy is None:
            return response
        tasks = BackgroundTasks()
        if response.background is not None:
            tasks.add_task(response.background)
        tasks.add_task(legacy.forward, body)
        response.background = tasks
        return response

    def _not_replayed(self, messages: tuple[InboundMessage, ...]) -> tuple[InboundMessage, ...]:
        if not any(m.timestamp for m in messages):
            return messages
        oldest = (self._r.get("clock").now() - REPLAY_AFTER).timestamp()
        kept = []
        for message in messages:
            if message.timestamp and message.timestamp < oldest:
                log.warning("replayed message ignored: sent before WhatsApp's 7-day retry window",
                            extra={"message_ref": message_ref(message.id),
                                   "age_days": round((oldest - message.timestamp) / 86400 + 7, 1)})
            else:
                kept.append(message)
        return tuple(kept)

    async def _enqueue(self, senders: list[str]) -> None:
        for sender in senders:
            await self._enqueue_one(sender)

    async def _store(self, messages: tuple[InboundMessage, ...]) -> list[InboxItem]:
        """The messages stored (duplicates included: they were stored before), on this loop, one
        after the other, all within ``STORE_TIMEOUT_S``."""
        stored: list[InboxItem] = []
        new = 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STORE_TIMEOUT_S
        try:
            writer = self._r.get("inbox_writer")
            now = self._r.get("clock").now().astimezone(timezone.utc)
            for message in messages:
                item = inbox_item(message, now)
                left = deadline - loop.time()
                if left <= 0:
                    raise TimeoutError(f"no answer in {STORE_TIMEOUT_S:g} s")
                if await within(left, writer.put(item)):
                    new += 1
                else:
                    log.info("duplicate message ignored", extra={"message_ref": message_ref(item.message_id)})
                stored.append(item)
        except TimeoutError:
            # Slow, not gone (a busy database): this delivery is refused, the next ones are tried.
            log.error("webhook refused: the inbox write took longer than %.1f s", STORE_TIMEOUT_S,
                      extra={"stored": len(stored)})
            self._write_failed()
            return list(stored)
        except Exception as error:
            if type(error).__name__ != "InboxBusy":
                self._gate.failed()
            log.exception("webhook refused: the inbox is unavailable", extra={"stored": len(stored)})
            self._write_failed()
            return list(stored)
        self._gate.stored()
        log.info("webhook accepted", extra={"messages": len(messages), "new": new})
        return list(stored)

    def _write_failed(self) -> None:
        if self._gate.write_failed() and not self._dead_reported:
            self._dead_reported = True
            log.critical("no delivery could be stored for %.0f s: this process's inbox does not recover",
                         INBOX_DEAD_AFTER_S)
            if self._on_inbox_dead is not None:
                self._on_inbox_dead()

    async def _enqueue_statuses(self, events: WebhookEvents) -> bool:
        """False when they could not all be queued within ``STORE_TIMEOUT_S``: the delivery is then
        refused, for Meta to post it again. A lost ``sent`` status was a reply sent twice: the one
        that closes a reply whose sender died after Graph took it. Those queued before the failure
        come again with the redelivery, as with any webhook Meta posts again."""
        async def enqueue() -> None:
            for failure in events.failures:
                sender = failure.recipient_user_id or failure.recipient_phone or failure.message_id
                await self._queue.delivery_failure(sender, failure.message_id, failure.codes)
            for receipt in events.receipts:
                await self._queue.receipt(receipt.message_id, receipt.status, receipt.reference)

        if not events.failures and not events.receipts:
            return True
        try:
            await within(STORE_TIMEOUT_S, enqueue())
        except Exception:
            log.exception("webhook refused: its delivery statuses could not be queued")
            return False
        if events.failures:
            log.warning("failed deliveries reported", extra={"failures": len(events.failures),
                                                             "graph_codes": [f.codes for f in events.failures]})
        return True
