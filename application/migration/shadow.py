"""``andes shadow-report``: what Andes would have said in shadow mode, beside what the old bot said.

In shadow mode Andes answers every message but sends nothing (ANDES_MODE=shadow): its answers are
in the conversation log as usual, its scheduled messages in their records. This review reads them
for a period and, when the old bot's spreadsheet is at hand, puts the old bot's answer to the same
message (the same text from the same runner within ``MATCH_WINDOW``) beside each one.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs

from application.migration.import_sheets import DEFAULT_COUNTRY_CODE
from application.migration.mapping import CONVERSATIONS, RUNNER_ROLES, column_key, find_tab, tab_from_values
from application.migration.values import Refused, masked, moment, phone
from application.ports import ConversationLog, ProgressSummaryRepository, RunnerRepository
from application.ports.sheets import Spreadsheet
from application.understanding.text import fold
from domain.conversation import Role

MATCH_WINDOW = timedelta(minutes=15)


@attrs.frozen
class ShadowExchange:
    runner: str                      # masked phone and short id
    at: datetime
    said: str
    andes: tuple[str, ...]
    old_bot: tuple[str, ...] | None  # None: not found in the sheet (or no sheet)


@attrs.define
class ShadowReview:
    since: datetime
    until: datetime
    exchanges: list[ShadowExchange] = attrs.field(factory=list)
    scheduled: list[tuple[str, str, str]] = attrs.field(factory=list)   # (runner, kind, text)
    sheet: str | None = None

    def summary(self) -> str:
        runners = len({e.runner for e in self.exchanges})
        answered = sum(1 for e in self.exchanges if e.andes)
        matched = sum(1 for e in self.exchanges if e.old_bot)
        old = f"; the old bot's answer found for {matched}" if self.sheet else "; no spreadsheet to compare"
        return (f"shadow review {self.since:%Y-%m-%d %H:%M} → {self.until:%Y-%m-%d %H:%M} UTC: "
                f"{len(self.exchanges)} messages from {runners} runners, Andes answered {answered}{old}; "
                f"{len(self.scheduled)} scheduled messages withheld")

    def text(self) -> str:
        lines = [self.summary(), ""]
        for e in self.exchanges:
            lines.append(f"{e.at:%Y-%m-%d %H:%M} UTC  {e.runner}")
            lines.append(f"  runner : {e.said}")
            for answer in e.andes or ("(no answer)",):
                lines.append("  andes  : " + answer.replace("\n", "\n           "))
            if self.sheet:
                for answer in e.old_bot or ("(not found in the sheet)",):
                    lines.append("  old bot: " + answer.replace("\n", "\n           "))
            lines.append("")
        if self.scheduled:
            lines.append("Scheduled messages Andes would have sent:")
            lines += [f"  {who} [{kind}]: {text}" for who, kind, text in self.scheduled]
        return "\n".join(lines) + "\n"


class ShadowReport:
    def __init__(self, runners: RunnerRepository, conversations: ConversationLog,
                 summaries: ProgressSummaryRepository | None = None, spreadsheet: Spreadsheet | None = None,
                 country_code: str | None = DEFAULT_COUNTRY_CODE):
        self._runners = runners
        self._conversations = conversations
        self._summaries = summaries
        self._sheet = spreadsheet
        self._country_code = country_code

    def __call__(self, since: datetime, until: datetime) -> ShadowReview:
        review = ShadowReview(since, until, sheet=self._sheet.name if self._sheet else None)
        old = self._old_bot_lines()
        for runner in self._runners.all():
            who = f"{masked(runner.phone or runner.whatsapp_id or '')} ({runner.id[:8]})"
            messages = [m for m in self._conversations.for_runner(runner.id, limit=1_000_000)
                        if since <= m.at < until]
            current: tuple[datetime, str, list[str]] | None = None
            pairs: list[tuple[datetime, str, list[str]]] = []
            for m in messages:
                if m.role is Role.RUNNER:
                    current = (m.at, m.text, [])
                    pairs.append(current)
                elif current is not None:
                    current[2].append(m.text)
            theirs = old.get(runner.phone or "", [])
            for at, said, answers in pairs:
                review.exchanges.append(ShadowExchange(who, at, said, tuple(answers), _old_answer(theirs, at, said)))
            if self._summaries is not None:
                for record in self._summaries.for_runner(runner.id):
                    if record.sent_at is not None and since <= record.sent_at < until:
                        review.scheduled.append((who, record.kind, record.text))
        review.exchanges.sort(key=lambda e: e.at)
        return review

    def _old_bot_lines(self) -> dict[str, list[tuple[datetime, bool, str]]]:
        """The old bot's conversation tab: per phone, (when, written by the runner, text), in order."""
        if self._sheet is None:
            return {}
        name = find_tab(CONVERSATIONS, self._sheet.tab_names())
        if name is None:
            return {}
        tab = tab_from_values(name, self._sheet.read_tab(name), CONVERSATIONS)
        lines: dict[str, list[tuple[datetime, bool, str]]] = defaultdict(list)
        for _, cells in tab.rows:
            try:
                number = phone(tab.cell(cells, "phone") or "", self._country_code)
                at = moment(tab.cell(cells, "at") or "", ZoneInfo("America/Guayaquil"))
            except Refused:
                continue
            by_runner = column_key(tab.cell(cells, "role") or "") in RUNNER_ROLES
            lines[number].append((at, by_runner, tab.cell(cells, "text") or ""))
        for found in lines.values():
            found.sort(key=lambda line: line[0])
        return lines


def _old_answer(lines: list[tuple[datetime, bool, str]], at: datetime, said: str) -> tuple[str, ...] | None:
    """The old bot's lines after the same message of the runner (within MATCH_WINDOW), up to the next one."""
    wanted = fold(said).strip()
    for index, (when, by_runner, text) in enumerate(lines):
        if by_runner and abs(when - at) <= MATCH_WINDOW and fold(text).strip() == wanted:
            answers = []
            for _, next_by_runner, next_text in lines[index + 1:]:
                if next_by_runner:
                    break
                answers.append(next_text)
            return tuple(answers)
    return None
