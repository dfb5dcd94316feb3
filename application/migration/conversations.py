"""The old bot's chat history into the conversation log and, what is worth remembering, into memory.

Each line becomes a ``Message`` with the date it was written (read in the runner's time zone) and a
stable id (the runner, the moment, who wrote, the text, and how many identical lines came before),
so a second import finds every line already there and adds nothing. What a runner told the old
bot is remembered by the same rule as a live message (``application.coach.reply.worth_remembering``
on the message's intent, read by the live reader, ``Understand``), embedded in batches.

Memories are written before the log lines they come from: a run that stops midway and is started
again finds those lines missing and writes both again (a memory of the same id replaces itself).
"""
from __future__ import annotations

import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import attrs

from application.coach.reply import worth_remembering
from application.migration.mapping import COACH_ROLES, RUNNER_ROLES, Tab, column_key
from application.migration.report import TabReport
from application.migration.values import Refused, masked, moment, phone
from application.ports import ConversationLog, RunnerRepository
from domain.conversation import Intent, Message, Role
from domain.memory import MemoryDocument, MemoryKind
from domain.runner import Runner

log = logging.getLogger(__name__)

_NAMESPACE = uuid.UUID("0b7f9a52-3c41-4e8e-9a0d-6a1f2d5c7e31")
LOG_CHUNK = 500             # lines per INSERT
MAX_TEXT = 4096             # WhatsApp's own limit on a text message

Classify = Callable[[str, date], Intent]
StoreMemories = Callable[[Sequence[MemoryDocument]], None]


def message_id(runner_id: str, at: datetime, role: Role, text: str, occurrence: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{runner_id}|{at.isoformat()}|{role.value}|{occurrence}|{text}"))


@attrs.define
class _Line:
    row: int
    message: Message


class ImportConversations:
    def __init__(self, runners: RunnerRepository, conversations: ConversationLog,
                 store_memories: StoreMemories | None, classify: Classify | None,
                 country_code: str | None, memory_batch: int = 256):
        """``classify``: a runner's message -> its intent, as the live reader understands it (None:
        every runner message is kept as UNKNOWN, and remembered). ``store_memories``: the vector
        memory's batch write (None: nothing is remembered)."""
        self._runners = runners
        self._conversations = conversations
        self._store_memories = store_memories
        self._classify = classify
        self._country_code = country_code
        self._memory_batch = memory_batch
        self.remembered = 0
        self.missing_rows: list[int] = []     # lines not in the log yet (a dry run: the validation)

    def __call__(self, tab: Tab, known: dict[str, Runner], *, dry_run: bool = False) -> TabReport:
        report = TabReport(tab.name, ignored_columns=list(tab.ignored))
        by_runner: dict[str, list[_Line]] = defaultdict(list)
        runners: dict[str, Runner] = {}
        seen: Counter[tuple[str, datetime, Role, str]] = Counter()
        for row, cells in tab.rows:
            report.read += 1
            try:
                runner, message = self._line(tab, cells, known)
            except Refused as refusal:
                report.skip(row, str(refusal))
                continue
            key = (runner.id, message.at, message.role, message.text)
            message.id = message_id(runner.id, message.at, message.role, message.text, seen[key])
            seen[key] += 1
            runners[runner.id] = runner
            by_runner[runner.id].append(_Line(row, message))

        documents: list[MemoryDocument] = []
        lines_to_log: list[Message] = []
        for runner_id, lines in by_runner.items():
            runner = runners[runner_id]
            stored = {m.id for m in self._conversations.for_runner(runner_id, limit=len(lines) + 1_000_000)}
            new = [line for line in lines if line.message.id not in stored]
            report.already_there += len(lines) - len(new)
            report.imported += len(new)
            if dry_run:
                self.missing_rows += [line.row for line in new]
                continue
            if not new:
                continue
            new.sort(key=lambda line: line.message.at)       # the log reads a chat in time order
            for line in new:
                m = line.message
                if m.role is Role.RUNNER:
                    m.intent = self._intent(m.text, m.at.astimezone(ZoneInfo(runner.timezone)).date())
                    if self._store_memories is not None and worth_remembering(m.text, m.intent):
                        documents.append(MemoryDocument(
                            runner_id=runner_id, kind=MemoryKind.CONVERSATION, text=m.text, created_at=m.at,
                            id=m.id, metadata={"intent": m.intent.value, "source": "sheets"}))
                lines_to_log.append(m)
            if len(documents) >= self._memory_batch or len(lines_to_log) >= 20 * LOG_CHUNK:
                self._write(documents, lines_to_log)
        self._write(documents, lines_to_log)
        return report

    def _write(self, documents: list[MemoryDocument], lines: list[Message]) -> None:
        """Memories first, then the lines they come from (see the module's docstring); both emptied."""
        self._flush(documents)
        for start in range(0, len(lines), LOG_CHUNK):
            self._conversations.append(*lines[start:start + LOG_CHUNK])
        documents.clear()
        lines.clear()

    def _flush(self, documents: list[MemoryDocument]) -> None:
        if not documents or self._store_memories is None:
            return
        for start in range(0, len(documents), self._memory_batch):
            batch = documents[start:start + self._memory_batch]
            self._store_memories(batch)
            self.remembered += len(batch)

    def _intent(self, text: str, day: date) -> Intent:
        if self._classify is None:
            return Intent.UNKNOWN
        try:
            return self._classify(text, day)
        except Exception:        # the reader is a convenience here: the line is kept either way
            log.exception("classifying an imported message failed")
            return Intent.UNKNOWN

    def _line(self, tab: Tab, cells: list[str], known: dict[str, Runner]) -> tuple[Runner, Message]:
        number = phone(tab.cell(cells, "phone") or "", self._country_code)
        runner = known.get(number) or self._runners.by_phone(number)
        if runner is None:
            raise Refused(f"runner unknown: no runner has the phone ending {masked(number)}")
        known.setdefault(number, runner)
        who = column_key(tab.cell(cells, "role") or "")
        if who in RUNNER_ROLES:
            role = Role.RUNNER
        elif who in COACH_ROLES:
            role = Role.COACH
        else:
            raise Refused(f"who wrote '{tab.cell(cells, 'role') or ''}' is neither the runner (usuario, user) "
                          "nor the bot (bot, coach)")
        text = tab.cell(cells, "text")
        if not text:
            raise Refused("the message is empty")
        if not tab.cell(cells, "at"):
            raise Refused("the date is empty")
        at = moment(tab.cell(cells, "at") or "", ZoneInfo(runner.timezone))
        return runner, Message(runner_id=runner.id, role=role, text=text[:MAX_TEXT], at=at)
