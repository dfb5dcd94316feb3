"""Answering the messages the webhook accepted: each exactly once, each runner's in the order sent.

``await AnswerMessages(sender)`` is the job a worker runs for a runner (``application.ports.work``). It
takes the sender's pending inbox items in the order WhatsApp says they were sent and answers each in
ONE unit of work: the runner's message, the run / injury / plan change it causes, the reply
(stored in the outbox, not sent yet) and the inbox's "done" mark commit together or not at all.
So a worker killed midway, or a database that goes away, leaves the message pending and
unchanged, and the retry answers it as if for the first time; an item already done is skipped.

When a model answers, no transaction stays open while it thinks (seconds, and hundreds of messages
in flight per worker): the message is opened in one short unit (who wrote; answered there and then
when no model is needed), the model is awaited, each round of the tools it asks for runs in a unit
of its own that also keeps how far the answer got (``Inbox.save_progress``), and the reply, the
runner's message and the "done" mark commit in a last unit. A retry after a crash between units
goes on from the progress: a tool is never run twice, and the message is still answered once.
The blocking steps run on threads (``application.messaging.offload``); the model is awaited.

Sending is another step (``application.messaging.outbound.SendReplies``), after the commit.

A message that fails:

* with a ``DomainError`` (input the domain refuses, e.g. an impossible phone): quarantined at
  once, logged, not retried;
* with anything else: the unit rolls back and the error goes up, so the queue retries it later
  with backoff; the runner's later messages wait behind it (their order). On the queue's last
  attempt (``last_attempt``) it is quarantined, and the runner told to write it again.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

import attrs

from application.coach.activity_files import DOCUMENT, Attachment, Fetched, ReceiveActivityFile
from application.coach.identity import address, find_runner
from application.coach.llm_coach import Conversation
from application.coach.reply import Exchange, ReplyToRunner
from application.messages import say, short_date
from application.messaging.delivery import with_held
from application.messaging.offload import Offload
from application.ports import Button, Clock, Inbox, InboxItem, Messenger, RunnerRepository, ToolCall, UnitOfWork
from application.ports.after_commit import after_commit
from application.ports.delivery import DeliveryLog
from application.ports.outbox import Outbox, OutboxMessage
from application.training.local_time import local_day
from domain.conversation import Intent
from domain.errors import DomainError
from domain.runner import Runner

log = logging.getLogger(__name__)

LATE_AFTER = timedelta(days=1)     # a reply to a message older than this says when it was sent

UNSUPPORTED = "unsupported"        # InboxItem.kind of a media message (entrypoints.whatsapp_payload)
BATCH = 100                        # inbox items read at a time

T = TypeVar("T")


class AlreadyAnswered(Exception):
    """Another job answered this message meanwhile (one that outlived its lease)."""


class EarlierMessageCameIn(Exception):
    """Answer that one first (``message_id``): it was sent before the one being answered."""

    def __init__(self, message_id: str):
        super().__init__("a message sent earlier came in")
        self.message_id = message_id


@attrs.define
class Answered:
    """What one item came to, for the caller's metrics and logs."""
    message_id: str
    runner_id: str | None
    outcome: str                   # "answered" | "unsupported" | "already_done" | "refused" | "failed"
    intent: str | None = None
    degraded: bool = False
    tools_used: tuple[str, ...] = ()
    waited_s: float | None = None  # from the webhook's acceptance to the reply being composed


class AnswerMessages:
    def __init__(self, inbox: Inbox, outbox: Outbox, deliveries: DeliveryLog, runners: RunnerRepository,
                 unit_of_work: UnitOfWork, reply_to_runner: ReplyToRunner, clock: Clock,
                 offload: Offload | None = None, messenger: Messenger | None = None,
                 activity_files: ReceiveActivityFile | None = None):
        self._messenger = messenger
        self._typing: set[asyncio.Task[bool]] = set()
        self._inbox = inbox
        self._outbox = outbox
        self._deliveries = deliveries
        self._runners = runners
        self._uow = unit_of_work
        self._reply = reply_to_runner
        self._clock = clock
        self._offload = offload or Offload()
        self._files = activity_files

    async def __call__(self, sender: str, *, last_attempt: bool = False) -> list[Answered]:
        """Answer the sender's pending items, oldest sent first. Raises (the queue retries) when
        one fails for a reason other than its input, unless ``last_attempt``."""
        # A message that comes in meanwhile gets a job of its own (the queue lets one wait beside a
        # running one): the inbox is read again only when a batch was full, or when a message the
        # runner sent earlier came in while a later one was being answered (it goes first).
        answered: list[Answered] = []
        while True:
            batch = await self._offload(self._inbox.pending_for, sender, BATCH)
            try:
                for item in batch:
                    answered.append(await self.answer(item, last_attempt=last_attempt))
            except EarlierMessageCameIn as late:
                log.info("a message sent earlier came in meanwhile: it is answered first",
                         extra={"message_ref": message_ref(late.message_id)})
                continue
            if len(batch) < BATCH:
                return answered

    async def answer(self, item: InboxItem, *, last_attempt: bool = False) -> Answered:
        try:
            if item.kind == DOCUMENT and self._files is not None:
                return self._waited(item, await self._answer_document(item))
            opened = await self._offload(self._committed, self._open, item)
            if isinstance(opened, Answered):
                return self._waited(item, opened)
            self._show_typing(item)

            async def run_tools(conversation: Conversation, calls: list[ToolCall]) -> None:
                await self._offload(self._committed, self._run_tools, item, opened, calls)
            await self._reply.think(opened, run_tools)
            return self._waited(item, await self._offload(self._committed, self._close, item, opened))
        except EarlierMessageCameIn:
            raise
        except AlreadyAnswered:
            return Answered(item.message_id, None, "already_done")
        except DomainError as error:
            log.warning("message refused", extra={"message_ref": message_ref(item.message_id),
                                                  "error_code": error.code})
            await self._offload(self._quarantine, item, f"refused: {error.code}")
            return Answered(item.message_id, None, "refused")
        except Exception:
            if not last_attempt:
                raise
            log.exception("message failed on its last attempt: quarantined",
                          extra={"message_ref": message_ref(item.message_id)})
            runner_id = await self._offload(self._apologise_and_quarantine, item)
            return Answered(item.message_id, runner_id, "failed")

    def _show_typing(self, item: InboxItem) -> None:
        """The model is to answer (seconds): mark the runner's message read and show WhatsApp's
        typing indicator meanwhile (it goes when the reply is sent, or after 25 s). Sent beside the
        model's call, not before it: a slow Graph never delays the answer; a failure only logs."""
        mark = getattr(self._messenger, "amark_read", None)
        if mark is None or not item.message_id.startswith("wamid."):
            return
        task = asyncio.ensure_future(mark(item.message_id, True))
        self._typing.add(task)
        task.add_done_callback(self._typing.discard)

    async def _answer_document(self, item: InboxItem) -> Answered:
        """A run file: fetched (awaited) and parsed (on a thread) before its unit of work opens."""
        assert self._files is not None
        if await self._offload(self._inbox.is_done, item.message_id):
            return Answered(item.message_id, None, "already_done")
        attachment = Attachment.from_text(item.text)
        media = await self._files.fetch(attachment)
        fetched = await self._offload(self._files.read, media, attachment)
        return await self._offload(self._committed, self._close_document, item, attachment, fetched)

    def _close_document(self, item: InboxItem, attachment: Attachment, fetched: Fetched) -> Answered:
        if self._inbox.is_done(item.message_id):
            return Answered(item.message_id, None, "already_done")
        assert self._files is not None
        runner, text = self._files.answer(item.phone, item.whatsapp_id, attachment, fetched)
        self._queue_reply(item, runner, text)
        first = self._inbox.first_pending_for(item.sender)   # an earlier message goes first (see _close)
        if first and first.message_id != item.message_id and first.order_key < item.order_key:
            raise EarlierMessageCameIn(first.message_id)
        self._inbox.done(item.message_id)
        return Answered(item.message_id, runner.id if runner else None, "answered",
                        Intent.LOG_RUN.value if fetched.activity else None, tools_used=("import_activity",))

    # --- the units of work (blocking: on a worker thread) -----------------------------------------

    def _committed(self, step: Callable[..., T], *args: object) -> T:
        """``step`` in one unit of work; the memories it wrote are kept once it committed (none of
        a rolled-back try)."""
        with after_commit() as later:
            with self._uow:
                result = step(*args)
            later.run()
        return result

    def _open(self, item: InboxItem) -> Answered | Exchange:
        """Answered here, unless the model is to answer: then the exchange to go on with."""
        if self._inbox.is_done(item.message_id):
            return Answered(item.message_id, None, "already_done")
        if item.kind in (UNSUPPORTED, DOCUMENT):     # a document too, when no file reader is wired
            runner = find_runner(self._runners, item.phone, item.whatsapp_id)
            self._queue_reply(item, runner, _in_language_of(runner, "only_text"))
            self._inbox.done(item.message_id)
            return Answered(item.message_id, runner.id if runner else None, "unsupported")
        exchange = self._reply.open(item.phone, item.text, whatsapp_id=item.whatsapp_id, progress=item.progress,
                                    sent_at=item.sent_at)
        if exchange.needs_model:
            return exchange
        return self._close(item, exchange, checked=True)

    def _run_tools(self, item: InboxItem, exchange: Exchange, calls: list[ToolCall]) -> None:
        if self._inbox.is_done(item.message_id):      # answered meanwhile (a job that outlived its lease):
            raise AlreadyAnswered(item.message_id)   # its tools ran then
        self._reply.run_tools(exchange, calls)
        assert exchange.conversation is not None
        self._inbox.save_progress(item.message_id, exchange.conversation.progress())

    def _close(self, item: InboxItem, exchange: Exchange, *, checked: bool = False) -> Answered:
        if not checked and self._inbox.is_done(item.message_id):   # answered meanwhile: by a job that
            return Answered(item.message_id, None, "already_done")   # outlived its lease
        runner, reply = self._reply.close(exchange)
        self._queue_reply(item, runner, self._said_late(item, runner, reply.text), reply.buttons)
        for picture in reply.pictures:
            # After the words: each an image with its caption, drawn by the sender once the words
            # went (the drawing costs more than the reply: issue 23).
            self._outbox.add(OutboxMessage(
                id=uuid.uuid4().hex, runner_id=runner.id, to=address(runner), text=picture.caption,
                picture=picture.content, answers=item.message_id, created_at=self._clock.now(),
                next_attempt_at=self._clock.now()))
        # WhatsApp does not deliver in order: a message the runner sent before this one may have come
        # in (a retried delivery) while this one was being answered. Its reply goes first: this unit
        # rolls back (a model's tool rounds stay done, in the progress) and the batch is read again.
        # Looked at last, just before the commit, settling the sender's arrivals against this unit.
        first = self._inbox.first_pending_for(item.sender)
        if first and first.message_id != item.message_id and first.order_key < item.order_key:
            raise EarlierMessageCameIn(first.message_id)
        self._inbox.done(item.message_id)
        return Answered(item.message_id, runner.id, "answered", reply.intent.value, reply.degraded,
                        tuple(reply.tools_used))

    def _said_late(self, item: InboxItem, runner: Runner, text: str) -> str:
        """A message sent more than ``LATE_AFTER`` ago (WhatsApp delivered it late, or we were down)
        is answered saying so, with the day it was sent: its "hoy" was that day, not today."""
        if item.sent_at is None or self._clock.now() - item.sent_at <= LATE_AFTER:
            return text
        day = short_date(local_day(runner, item.sent_at), runner.language)
        return say(runner.language, "late_reply", day=day) + "\n\n" + text

    def _quarantine(self, item: InboxItem, reason: str) -> None:
        with self._uow:
            self._inbox.quarantine(item.message_id, reason)

    def _apologise_and_quarantine(self, item: InboxItem) -> str | None:
        with self._uow:
            runner_id = self._apologise(item)
            self._inbox.quarantine(item.message_id, "failed")
        return runner_id

    def _waited(self, item: InboxItem, answered: Answered) -> Answered:
        if answered.outcome != "already_done":
            answered.waited_s = (self._clock.now() - item.received_at).total_seconds()
        return answered

    def _apologise(self, item: InboxItem) -> str | None:
        runner = find_runner(self._runners, item.phone, item.whatsapp_id)
        self._queue_reply(item, runner, _in_language_of(runner, "message_failed"))
        return runner.id if runner else None

    def _queue_reply(self, item: InboxItem, runner: Runner | None, text: str,
                     buttons: tuple[Button, ...] = ()) -> None:
        """Into the outbox, with the texts WhatsApp refused earlier (held) before it, oldest first."""
        now = self._clock.now()
        if runner is None:           # a stranger's media message: nobody to hold anything for
            to, runner_id = item.phone or item.whatsapp_id or "", ""
        else:
            to, runner_id = address(runner), runner.id
            self._deliveries.mark_reachable(runner.id)        # they wrote: WhatsApp reaches them
            held = self._deliveries.held(runner.id)
            if held:
                text = with_held(text, held)
                self._deliveries.release([m.id for m in held], now)
        self._outbox.add(OutboxMessage(
            id=uuid.uuid4().hex, runner_id=runner_id, to=to, text=text, buttons=buttons,
            answers=item.message_id, created_at=now, next_attempt_at=now))


def _in_language_of(runner: Runner | None, key: str) -> str:
    """In the runner's language; in both when we don't know them yet."""
    if runner is not None:
        return say(runner.language, key)
    return say("es", key) + "\n\n" + say("en", key)


def message_ref(message_id: str) -> str:
    """A short, stable, non-reversible handle on a WhatsApp message id, for logs (a wamid encodes
    the sender's number)."""
    return hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:12]
