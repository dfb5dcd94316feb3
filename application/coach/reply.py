"""ReplyToRunner: the heart of the coach. One message in, one answer out, nothing forgotten.

``reply(phone, text)`` answers at once, blocking (the terminal chat, imports, tests). A worker
answers in steps, so that no database transaction stays open while a model thinks
(application.messaging.inbound): ``open`` (in a unit of work: who wrote, and the answer itself unless the
model is needed), ``think`` (awaits the model; its tools run through the caller), ``close`` (in a
unit of work: the offline coach if the model failed, then the messages written and remembered).
"""
from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime

import attrs

from application.coach.coach_reply import CREATE_PLAN, CoachReply
from application.coach.context import BuildContext, CoachContext
from application.coach.identity import find_runner
from application.coach.llm_coach import Conversation, LLMCoach
from application.coach.offline import OfflineCoach
from application.coach.offline.coach import with_reminder
from application.coach.onboarding import OnboardRunner
from application.coach.show_and_remind import ShowAndRemind
from application.ports import (
    BIWEEKLY,
    PLAN_RENEWAL,
    ChatBuffer,
    Clock,
    ConversationLog,
    LLMUnavailable,
    ProgressSummaryRecord,
    ProgressSummaryRepository,
    RunnerRepository,
    ToolCall,
    VectorMemory,
)
from application.ports.after_commit import defer_or_run
from application.training.local_time import local_today
from application.training.message_reads import MessageReads
from application.understanding.classifier import normalize
from application.understanding.language import requested_language
from domain.conversation import Intent, Message, Role
from domain.memory import MemoryDocument, MemoryKind
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)


@attrs.define
class Exchange:
    """One message of a runner on its way to an answer."""
    runner: Runner
    text: str
    received_at: datetime
    started: float                                  # time.perf_counter() when it was opened
    ctx: CoachContext | None = None
    conversation: Conversation | None = None        # set while the model is to answer
    reply: CoachReply | None = None
    failure: LLMUnavailable | None = None           # the model could not answer
    new_runner: bool = False                        # their first message: onboarding starts
    settled: str | None = None                      # a reminder/calendar change made, said before the reply
    undelivered: list[ProgressSummaryRecord] | None = None   # held scheduled messages, when read already
    reminder: str | None = None                     # an open red flag, said before the model's answer
    held: object | None = None                      # what the message read of its runner (MessageReads)

    @property
    def needs_model(self) -> bool:
        return self.reply is None and self.conversation is not None and self.failure is None


class ReplyToRunner:
    def __init__(self, runners: RunnerRepository, conversations: ConversationLog, buffer: ChatBuffer,
                 memory: VectorMemory, onboarding: OnboardRunner, build_context: BuildContext,
                 offline: OfflineCoach, clock: Clock, llm_coach: LLMCoach | None = None,
                 summaries: ProgressSummaryRepository | None = None, show_and_remind: ShowAndRemind | None = None,
                 reads: MessageReads | None = None):
        self._runners = runners
        self._show = show_and_remind
        self._reads = reads
        self._summaries = summaries
        self._conversations = conversations
        self._buffer = buffer
        self._memory = memory
        self._onboarding = onboarding
        self._build_context = build_context
        self._offline = offline
        self._clock = clock
        self._llm_coach = llm_coach

    def __call__(self, phone: str | None, text: str, whatsapp_id: str | None = None) -> tuple[Runner, CoachReply]:
        """``phone`` may be None when WhatsApp only gave the sender's user id (``whatsapp_id``)."""
        exchange = self.open(phone, text, whatsapp_id)
        if exchange.needs_model:
            assert self._llm_coach is not None and exchange.conversation is not None
            try:
                self._llm_coach.converse(exchange.conversation)
            except LLMUnavailable as error:
                exchange.failure = error
        return self.close(exchange)

    def open(self, phone: str | None, text: str, whatsapp_id: str | None = None,
             progress: str | None = None, sent_at: datetime | None = None) -> Exchange:
        """Who wrote, and what they are answered when no model is needed (new runners, onboarding,
        the offline coach); else the conversation for the model (with ``progress``: as an earlier
        try left it). Reads the store; writes only what is answered here. ``sent_at``: when the
        runner sent it (WhatsApp's ``timestamp``): "hoy", "ayer", "el martes" are read from that day
        in the runner's zone, also when the delivery comes late (never later than now)."""
        started = time.perf_counter()
        phone = normalize_phone(phone) if phone else None
        text = (text or "").strip()
        runner = find_runner(self._runners, phone, whatsapp_id)
        received_at = self._clock.now()       # the conversation's order: when it was answered
        sent = min(sent_at, received_at) if sent_at is not None else received_at
        if runner is None:
            runner, reply = self._onboarding.start(phone, text, whatsapp_id=whatsapp_id)
            return Exchange(runner, text, received_at, started, reply=reply, new_runner=True)
        exchange = Exchange(runner, text, received_at, started)
        today = local_today(runner, sent)
        if not runner.onboarding_completed:
            exchange.reply = self._onboarding.answer(runner, text, today)
            self._red_flag_in_onboarding(exchange, today)
            return exchange
        switch = requested_language(text)
        if switch and switch != runner.language and len(text.split()) <= 6:
            runner.language = switch
            self._runners.save(runner)
        if self._show is not None:
            # Reminder and calendar settings ("no me recuerdes", "agrega mi plan al calendario"); when
            # the message says more ("…y hoy corrí 8 km"), the coach answers the rest after it.
            settled = self._show.answer(runner, text)
            if settled is not None and not self._show.says_more(text):
                exchange.reply = settled
                return exchange
            exchange.settled = settled.text if settled is not None else None
        # The runner's runs, plan, injuries and held messages are read once for the whole answer.
        wider = self._show.runs_since(text, today) if self._show is not None else None
        with self._reads.scope(runner.id, today, runs_since=wider) if self._reads \
                else contextlib.nullcontext() as held:
            exchange.held = held
            exchange.ctx = self._build_context(runner, text, today)
            if self._llm_coach is None:
                exchange.reply = self._offline.answer(exchange.ctx, text)
                exchange.undelivered = self._undelivered(runner)
                return exchange
            # Safety first, for the model too: a red flag is answered (and stored) before it is asked.
            checked = self._offline.safety_check(exchange.ctx, text)
            if checked.reply is not None:
                exchange.reply = checked.reply
                exchange.undelivered = self._undelivered(runner)
            else:
                exchange.reminder = checked.reminder
                exchange.conversation = self._llm_coach.start(exchange.ctx, text, progress)
        return exchange

    def _red_flag_in_onboarding(self, exchange: Exchange, today: date) -> None:
        """An onboarding answer with a red flag ("ninguna, bueno ayer me desmayé corriendo"): stored
        severe, and the warning goes before the next question."""
        try:
            runner = self._runners.get(exchange.runner.id) or exchange.runner
            ctx = self._build_context(runner, exchange.text, today)
            warning = self._offline.red_flag_in_onboarding(ctx, exchange.text)
        except Exception:
            log.exception("red flag check in onboarding failed", extra={"runner_id": exchange.runner.id})
            return
        if warning and exchange.reply is not None:
            exchange.reply.text = warning + "\n\n" + exchange.reply.text

    async def think(self, exchange: Exchange,
                    run_tools: Callable[[Conversation, list[ToolCall]], Awaitable[None]]) -> None:
        """The model answers (awaited: no thread, no connection held meanwhile); ``run_tools`` carries
        out each round of its tool calls off the event loop."""
        if not exchange.needs_model:
            return
        assert self._llm_coach is not None and exchange.conversation is not None
        try:
            await self._llm_coach.converse_async(exchange.conversation, run_tools)
        except LLMUnavailable as error:
            exchange.failure = error

    def run_tools(self, exchange: Exchange, calls: list[ToolCall]) -> None:
        assert self._llm_coach is not None and exchange.conversation is not None
        self._llm_coach.run_tools(exchange.conversation, calls)

    def close(self, exchange: Exchange) -> tuple[Runner, CoachReply]:
        """The answer (the offline coach's when the model failed), with held scheduled messages, and
        both messages written and remembered. Writes the store."""
        runner = exchange.runner
        reply = exchange.reply
        if reply is None:
            runner = self._runners.get(runner.id) or runner       # its tools may have changed the profile
            assert exchange.ctx is not None
            exchange.ctx.runner = runner
            reply = with_reminder(self._answer_after_model(exchange), exchange.reminder)
        if exchange.settled:
            reply.text = exchange.settled + "\n\n" + reply.text
        summary_delivered = False
        if runner.onboarding_completed and not exchange.new_runner:
            summary_delivered = BIWEEKLY in self._add_undelivered(runner, reply, exchange.undelivered)
        if self._show is not None and exchange.ctx is not None:
            plan_before = exchange.ctx.active_plan.id if exchange.ctx.active_plan else None
            try:
                # The pictures read the runs and plan the message already holds (no second read).
                with self._reads.scope(runner.id, exchange.ctx.today, exchange.held) if self._reads \
                        else contextlib.nullcontext():
                    self._show.attach(runner, exchange.text, reply, exchange.ctx.today, plan_before,
                                      summary_delivered)
            except Exception:
                log.exception("pictures not attached", extra={"runner_id": runner.id})
        # Both messages are written after the answer: the inbox keeps what the runner said until its
        # answer commits (application.messaging.inbound), and no write is held open while the coach thinks.
        incoming = Message(runner_id=runner.id, role=Role.RUNNER, text=exchange.text, at=exchange.received_at,
                           intent=reply.intent)
        self._remember(runner, incoming, reply)
        log.info("reply", extra={
            "runner_id": runner.id, "intent": reply.intent.value, "tools": reply.tools_used,
            "degraded": reply.degraded, "latency_ms": round((time.perf_counter() - exchange.started) * 1000, 1),
        })
        return runner, reply

    def _answer_after_model(self, exchange: Exchange) -> CoachReply:
        assert exchange.ctx is not None and exchange.conversation is not None and self._llm_coach is not None
        if exchange.failure is None:
            return self._llm_coach.reply(exchange.ctx, exchange.conversation)
        log.warning("llm unavailable, offline coach answers", extra={"runner_id": exchange.runner.id,
                                                                      "error": str(exchange.failure)})
        reply = self._offline.answer(exchange.ctx, exchange.text,
                                     already_logged=getattr(exchange.failure, "logged_run", None))
        reply.degraded = True
        return reply

    def _undelivered(self, runner: Runner) -> list[ProgressSummaryRecord] | None:
        """The held scheduled messages, read with the rest of the message's facts (None: read later)."""
        if self._summaries is None:
            return None
        try:
            return self._summaries.undelivered(runner.id)
        except Exception:       # read again when the reply is closed, and reported there
            return None

    def _add_undelivered(self, runner: Runner, reply: CoachReply,
                         pending: list[ProgressSummaryRecord] | None = None) -> set[str]:
        """Scheduled messages WhatsApp would not take while the runner was silent (application.
        scheduled_jobs) go with this answer, oldest first; now the window is open. Returns their kinds."""
        if self._summaries is None:
            return set()
        try:
            if pending is None:
                pending = self._summaries.undelivered(runner.id)
            if not pending:
                return set()
            reply.text = "\n\n".join([reply.text, *(r.text for r in pending)])
            create = CREATE_PLAN.get(runner.language, CREATE_PLAN["es"])
            # A renewal reminder asks "shall we build the next one?": its button joins the reply's
            # own, if WhatsApp's 3 leave room.
            if any(r.kind == PLAN_RENEWAL for r in pending) and len(reply.buttons) < 3 \
                    and all(b.id != create.id for b in reply.buttons):
                reply.buttons = (*reply.buttons, create)
            now = self._clock.now()
            for record in pending:
                self._summaries.mark_sent(runner.id, record.kind, record.period_end, now)
            log.info("undelivered scheduled messages added to the reply",
                     extra={"runner_id": runner.id, "kinds": [r.kind for r in pending]})
            return {r.kind for r in pending}
        except Exception:
            log.exception("adding undelivered scheduled messages failed", extra={"runner_id": runner.id})
            return set()

    def _remember(self, runner: Runner, incoming: Message, reply: CoachReply) -> None:
        outgoing = Message(runner_id=runner.id, role=Role.COACH, text=reply.text, at=self._clock.now(),
                           intent=reply.intent)
        self._conversations.append(incoming, outgoing)

        def buffer() -> None:
            try:
                self._buffer.append(incoming, outgoing)
            except Exception:
                log.exception("chat buffer append failed", extra={"runner_id": runner.id})
        defer_or_run(buffer)        # not in the transaction (Redis): only once the answer committed
        if incoming.text and worth_remembering(incoming.text, reply.intent):
            try:
                self._memory.store(MemoryDocument(
                    runner_id=runner.id, kind=MemoryKind.CONVERSATION, text=incoming.text,
                    created_at=incoming.at, id=incoming.id, metadata={"intent": reply.intent.value},
                    embedded_as=normalize(incoming.text),     # the classifier's vector, not a second one
                ))
            except Exception:
                log.exception("vector memory store failed", extra={"runner_id": runner.id})


# Questions to the coach are answered from data; what the runner tells about themselves is kept.
_NOT_REMEMBERED = {Intent.GREETING, Intent.SMALL_TALK, Intent.HELP, Intent.MEMORY_QUESTION, Intent.PACE_QUESTION,
                   Intent.PROGRESS, Intent.PLAN_REQUEST}


def worth_remembering(text: str, intent: Intent) -> bool:
    """Whether a runner's message goes into vector memory (live, and the old bot's history migrated)."""
    if intent in _NOT_REMEMBERED:
        return False
    if intent == Intent.ONBOARDING:
        return len(text.split()) >= 3      # "34" or "4 días" say nothing a profile field doesn't
    return True


