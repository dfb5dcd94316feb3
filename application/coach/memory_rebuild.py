"""The long-term memory rebuilt from what the store holds (``andes reindex``; also run when the
embedded vector store will not open, and for the last hour at start-up, which heals the writes a
killed process still had queued: they are applied after the reply commits, adapters/deferred_memory.py).

The store is the record; the vector memory is an index of it: every document the coach writes can be
written again from its source, with the same id (an upsert: running it twice changes nothing). Runs
(``run_memory``, id = the run's), what the runner told about themselves (their messages worth
remembering, id = the message's), injuries (one document each with its description as it stands,
id = the injury's) and the active plan (id = the plan's).
"""
from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, time, timezone

from application.coach.reply import worth_remembering
from application.ports import (
    ConversationLog,
    InjuryRepository,
    PlanRepository,
    RunnerRepository,
    RunRepository,
    VectorMemory,
)
from application.training.generate_plan import plan_memory_text
from application.training.injuries import injury_text
from domain.conversation import Role
from domain.memory import MemoryDocument, MemoryKind

log = logging.getLogger(__name__)

MESSAGES_PER_RUNNER = 10_000


class RebuildMemory:
    def __init__(self, runners: RunnerRepository, runs: RunRepository, plans: PlanRepository,
                 injuries: InjuryRepository, conversations: ConversationLog, memory: VectorMemory):
        self._runners = runners
        self._runs = runs
        self._plans = plans
        self._injuries = injuries
        self._conversations = conversations
        self._memory = memory

    def __call__(self, since: datetime | None = None) -> Counter[str]:
        """Write every memory again (only what changed since ``since``, when given); returns how
        many documents of each kind were written."""
        written: Counter[str] = Counter()
        for runner in self._runners.all():
            try:
                written.update(self._runner(runner.id, runner.language, since))
            except Exception:         # one runner's bad data must not stop the others' memories
                log.exception("memory rebuild failed for a runner", extra={"runner_id": runner.id})
                written["failed_runners"] += 1
        log.info("memory rebuilt from the store", extra={"written": dict(written),
                                                        "since": since.isoformat() if since else None})
        return written

    def _runner(self, runner_id: str, language: str, since: datetime | None) -> Counter[str]:
        written: Counter[str] = Counter()
        runner = self._runners.get(runner_id)
        for run in self._runs.for_runner(runner_id):
            if since is not None and run.created_at is not None and run.created_at < since:
                continue             # logged before: a run of any date may have been logged just now
            self._memory.update_after_run(run, language)
            written["runs"] += 1
        for message in self._conversations.for_runner(runner_id, limit=MESSAGES_PER_RUNNER):
            if since is not None and message.at < since:
                continue
            if message.role != Role.RUNNER or message.intent is None or not message.text:
                continue
            if worth_remembering(message.text, message.intent):
                self._memory.store(MemoryDocument(
                    runner_id=runner_id, kind=MemoryKind.CONVERSATION, text=message.text, created_at=message.at,
                    id=message.id, metadata={"intent": message.intent.value}))
                written["messages"] += 1
        for injury in self._injuries.for_runner(runner_id):
            if injury.reported_on is None:
                continue
            reported = datetime.combine(injury.reported_on, time(12), tzinfo=timezone.utc)
            self._memory.store(MemoryDocument(
                runner_id=runner_id, kind=MemoryKind.INJURY, created_at=reported, id=injury.id,
                text=injury_text(injury, injury.description, language), metadata={"injury_id": injury.id}))
            written["injuries"] += 1
        plan = self._plans.active_for(runner_id)
        if plan is not None and runner is not None:
            created = plan.created_at or datetime.now(timezone.utc)
            if since is None or created >= since:
                self._memory.store(MemoryDocument(runner_id=runner_id, kind=MemoryKind.PLAN, created_at=created,
                                                  id=plan.id, text=plan_memory_text(plan, runner)))
                written["plans"] += 1
        return written
