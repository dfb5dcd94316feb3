"""Everything the coach should know when it answers: the hybrid memory of a runner.

Short-term: the chat buffer. Long-term: semantic recollections. Facts: profile, runs, plan, injuries.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import attrs

from application.ports import (
    ChatBuffer,
    ConversationLog,
    InjuryRepository,
    PlanRepository,
    RunRepository,
    VectorMemory,
)
from application.understanding.classifier import normalize
from domain.conversation import Message
from domain.injury import Injury
from domain.memory import Recollection
from domain.plan import TrainingPlan
from domain.run import Run
from domain.runner import Runner

log = logging.getLogger(__name__)

RECENT_RUNS = 5
RECOLLECTIONS = 5
# The last messages kept in the permanent log, read beside the buffer (which forgets after a day of
# silence): a race announced on Friday ("race tomorrow, Frostbite 5K") explains Saturday's "27:41. PR!!".
EARLIER_MESSAGES = 16


@attrs.define
class CoachContext:
    runner: Runner
    today: date
    recent_messages: list[Message]
    recollections: list[Recollection]
    recent_runs: list[Run]
    active_plan: TrainingPlan | None
    open_injuries: list[Injury]
    # The permanent log's last messages, read only when asked (one query, kept): see EARLIER_MESSAGES.
    read_earlier: Callable[[], list[Message]] | None = None
    _earlier: list[Message] | None = None

    def earlier_messages(self) -> list[Message]:
        """The runner's conversation beyond the buffer, oldest first ([] when the log cannot be read)."""
        if self._earlier is None:
            try:
                self._earlier = self.read_earlier() if self.read_earlier is not None else []
            except Exception:
                log.exception("conversation log unavailable", extra={"runner_id": self.runner.id})
                self._earlier = []
        return self._earlier


class BuildContext:
    def __init__(self, buffer: ChatBuffer, memory: VectorMemory, runs: RunRepository, plans: PlanRepository,
                 injuries: InjuryRepository, conversations: ConversationLog | None = None):
        self._buffer = buffer
        self._memory = memory
        self._runs = runs
        self._plans = plans
        self._injuries = injuries
        self._conversations = conversations

    def __call__(self, runner: Runner, message: str, today: date) -> CoachContext:
        try:
            # The text as the intent classifier embedded it: its vector is already computed (the
            # embedder keeps recent ones), so a message costs one embedding, not two.
            recollections = self._memory.retrieve_context(runner.id, normalize(message), RECOLLECTIONS)
        except Exception:
            # Without long-term memory the coach still answers from facts and the chat buffer.
            log.exception("vector memory unavailable", extra={"runner_id": runner.id})
            recollections = []
        try:
            recent = self._buffer.recent(runner.id)
        except Exception:
            log.exception("chat buffer unavailable", extra={"runner_id": runner.id})
            recent = []
        conversations = self._conversations
        return CoachContext(
            runner=runner,
            today=today,
            recent_messages=recent,
            recollections=recollections,
            recent_runs=self._runs.for_runner(runner.id, limit=RECENT_RUNS),
            active_plan=self._plans.active_for(runner.id),
            open_injuries=self._injuries.for_runner(runner.id, active_only=True),
            read_earlier=(lambda: conversations.for_runner(runner.id, limit=EARLIER_MESSAGES))
            if conversations else None,
        )
