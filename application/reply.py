"""ReplyToRunner: the heart of the coach. One message in, one answer out, nothing forgotten."""
from __future__ import annotations

import logging
import time
from typing import Protocol

from application.after_commit import defer_or_run
from application.coach_reply import CREATE_PLAN, CoachReply
from application.context import BuildContext, CoachContext
from application.delivery import find_runner
from application.local_time import local_today
from application.offline import OfflineCoach
from application.onboarding import OnboardRunner
from application.ports import (
    ChatBuffer,
    Clock,
    ConversationLog,
    LLMUnavailable,
    ProgressSummaryRepository,
    RunnerRepository,
    VectorMemory,
)
from application.scheduled_jobs import PLAN_RENEWAL
from application.understanding.language import requested_language
from domain.conversation import Intent, Message, Role
from domain.memory import MemoryDocument, MemoryKind
from domain.runner import Runner, normalize_phone

log = logging.getLogger(__name__)


class LLMCoach(Protocol):
    def answer(self, ctx: CoachContext, text: str) -> CoachReply:
        """Raises LLMUnavailable when the provider fails; the error may carry ``logged_run``
        when a run was already stored before the failure."""


class ReplyToRunner:
    def __init__(self, runners: RunnerRepository, conversations: ConversationLog, buffer: ChatBuffer,
                 memory: VectorMemory, onboarding: OnboardRunner, build_context: BuildContext,
                 offline: OfflineCoach, clock: Clock, llm_coach: LLMCoach | None = None,
                 summaries: ProgressSummaryRepository | None = None):
        self._runners = runners
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
        started = time.perf_counter()
        phone = normalize_phone(phone) if phone else None
        text = (text or "").strip()
        runner = find_runner(self._runners, phone, whatsapp_id)
        received_at = self._clock.now()
        if runner is None:
            runner, reply = self._onboarding.start(phone, text, whatsapp_id=whatsapp_id)
        else:
            reply = self._answer(runner, text)
            if runner.onboarding_completed:
                self._add_undelivered(runner, reply)
        # Both messages are written after the answer: the inbox keeps what the runner said until its
        # answer commits (application.inbound), and no write is held open while the coach thinks.
        incoming = Message(runner_id=runner.id, role=Role.RUNNER, text=text, at=received_at, intent=reply.intent)
        self._conversations.append(incoming)
        self._remember(runner, incoming, reply)
        log.info("reply", extra={
            "runner_id": runner.id, "intent": reply.intent.value, "tools": reply.tools_used,
            "degraded": reply.degraded, "latency_ms": round((time.perf_counter() - started) * 1000, 1),
        })
        return runner, reply

    def _answer(self, runner: Runner, text: str) -> CoachReply:
        today = local_today(runner, self._clock.now())
        if not runner.onboarding_completed:
            return self._onboarding.answer(runner, text, today)
        switch = requested_language(text)
        if switch and switch != runner.language and len(text.split()) <= 6:
            runner.language = switch
            self._runners.save(runner)
        ctx = self._build_context(runner, text, today)
        if self._llm_coach is not None:
            try:
                return self._llm_coach.answer(ctx, text)
            except LLMUnavailable as error:
                log.warning("llm unavailable, offline coach answers", extra={"runner_id": runner.id,
                                                                              "error": str(error)})
                reply = self._offline.answer(ctx, text, already_logged=getattr(error, "logged_run", None))
                reply.degraded = True
                return reply
        return self._offline.answer(ctx, text)

    def _add_undelivered(self, runner: Runner, reply: CoachReply) -> None:
        """Scheduled messages WhatsApp would not take while the runner was silent (application.
        scheduled_jobs) go with this answer, oldest first; now the window is open."""
        if self._summaries is None:
            return
        try:
            pending = self._summaries.undelivered(runner.id)
            if not pending:
                return
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
        except Exception:
            log.exception("adding undelivered scheduled messages failed", extra={"runner_id": runner.id})

    def _remember(self, runner: Runner, incoming: Message, reply: CoachReply) -> None:
        outgoing = Message(runner_id=runner.id, role=Role.COACH, text=reply.text, at=self._clock.now(),
                           intent=reply.intent)
        self._conversations.append(outgoing)

        def buffer() -> None:
            try:
                self._buffer.append(incoming)
                self._buffer.append(outgoing)
            except Exception:
                log.exception("chat buffer append failed", extra={"runner_id": runner.id})
        defer_or_run(buffer)        # not in the transaction (Redis): only once the answer committed
        if incoming.text and _worth_remembering(incoming.text, reply.intent):
            try:
                self._memory.store(MemoryDocument(
                    runner_id=runner.id, kind=MemoryKind.CONVERSATION, text=incoming.text,
                    created_at=incoming.at, id=incoming.id, metadata={"intent": reply.intent.value},
                ))
            except Exception:
                log.exception("vector memory store failed", extra={"runner_id": runner.id})


# Questions to the coach are answered from data; what the runner tells about themselves is kept.
_NOT_REMEMBERED = {Intent.GREETING, Intent.SMALL_TALK, Intent.HELP, Intent.MEMORY_QUESTION, Intent.PACE_QUESTION,
                   Intent.PROGRESS, Intent.PLAN_REQUEST}


def _worth_remembering(text: str, intent: Intent) -> bool:
    if intent in _NOT_REMEMBERED:
        return False
    if intent == Intent.ONBOARDING:
        return len(text.split()) >= 3      # "34" or "4 días" say nothing a profile field doesn't
    return True
