"""Session reminders: the coach writes first, the evening before each planned session (issue 25).

At the runner's reminder time (19:00 local by default; "recuérdame a las 6 am" moves it, "no me
recuerdes" turns it off: application.coach.show_and_remind), the session of the next day — or of
the same day for a time before noon — goes out as one short line with its paces. Rest days get no
reminder. A reminder is due from its time for ``DUE_FOR`` (4 h): a scheduler that was down all
evening does not wake a runner at 3 am about the morning's run.

Claimed once like the other scheduled messages: a ``ProgressSummaryRecord`` of kind ``reminder``
keyed by (runner, session day), claimed BEFORE the send (at most once), and stored already marked
sent — a reminder that did not go out is not worth repeating with a later reply (it would be stale).

WhatsApp takes free text only within 24 h of the runner's last message: inside that window the line
is sent as text, outside it through the approved template ``WHATSAPP_REMINDER_TEMPLATE`` (body
parameters {{1}} the first name, {{2}} the reminder line); without a template, nothing goes to a
quiet runner. After ``PAUSE_AFTER`` (a week) without a message from the runner, reminders pause: the
first one due after that is replaced by a note saying so (once per silence, kind
``reminder_pause``), and none follow until the runner writes again. Sports psychology backs the
restraint: unanswered prompts turn into noise and get the number muted (and WhatsApp's quality
rating drops when users block a business).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import attrs

from application.coach.identity import address
from application.messages import say, short_date
from application.messages.formatting import session_text
from application.ports import (
    Clock,
    ConversationLog,
    Messenger,
    PlanRepository,
    ProgressSummaryRecord,
    ProgressSummaryRepository,
    RunnerRepository,
)
from application.ports.preferences import CoachPreferences, PreferencesRepository
from application.training.local_time import local_now
from domain.conversation import Role
from domain.plan import SessionKind, TrainingPlan
from domain.runner import Runner

log = logging.getLogger(__name__)

REMINDER = "reminder"
REMINDER_PAUSE = "reminder_pause"
MORNING_BEFORE = 12                      # a reminder time before noon is for that day's session
DUE_FOR = timedelta(hours=4)
PAUSE_AFTER = timedelta(days=7)
SERVICE_WINDOW = timedelta(hours=23)     # WhatsApp's 24 h for free text, less a safety margin
BATCH_SIZE = 500


@attrs.define
class RemindersReport:
    sent: list[tuple[str, date]] = attrs.field(factory=list)         # (runner_id, session day): as text
    templated: list[tuple[str, date]] = attrs.field(factory=list)    # through the template
    paused: list[str] = attrs.field(factory=list)                    # the pause note went out
    held: int = 0                                                    # due, not sendable (no template)
    already_sent: int = 0
    failed: int = 0


@attrs.frozen
class _Due:
    runner: Runner
    day: date
    text: str


def due_day(preferences: CoachPreferences, local: datetime) -> date | None:
    """The session day a reminder is due for at local time ``local``; None when none is due."""
    at = local.replace(hour=preferences.reminder_hour, minute=preferences.reminder_minute, second=0, microsecond=0)
    if not preferences.reminders_on or not at <= local < at + DUE_FOR:
        return None
    return local.date() if preferences.reminder_hour < MORNING_BEFORE else local.date() + timedelta(days=1)


def reminder_text(runner: Runner, plan: TrainingPlan | None, day: date, today: date) -> str | None:
    """The reminder line for the session of ``day``; None when there is none or it is a rest day."""
    session = plan.session_on(day) if plan is not None else None
    if session is None or session.kind is SessionKind.REST:
        return None
    first = runner.display_name.split()[0] if runner.display_name else ""
    key = "reminder_morning" if day == today else "reminder_evening"
    line = say(runner.language, key, name=f"{first}, " if first else "", day=short_date(day, runner.language),
               session=session_text(session, runner.language, False, runner.units).rstrip("."))
    return line[:1].upper() + line[1:] if not first else line


class SessionReminders:
    def __init__(self, runners: RunnerRepository, plans: PlanRepository, preferences: PreferencesRepository,
                 summaries: ProgressSummaryRepository, messenger: Messenger, clock: Clock, *,
                 conversations: ConversationLog, template: str = "", batch_size: int = BATCH_SIZE):
        self._runners = runners
        self._plans = plans
        self._preferences = preferences
        self._summaries = summaries
        self._messenger = messenger
        self._clock = clock
        self._conversations = conversations
        self._template = template
        self._batch_size = batch_size
        self._done: set[tuple[str, str, date]] = set()     # claimed (or found claimed) by this process

    def run(self) -> RemindersReport:
        now = self._clock.now()
        report = RemindersReport()
        runners = [r for r in self._runners.all() if r.onboarding_completed]
        for first in range(0, len(runners), self._batch_size):
            try:
                self._batch(runners[first:first + self._batch_size], now, report)
            except Exception:
                log.exception("session reminders: a batch failed", extra={"runners": len(runners)})
        if report.sent or report.templated or report.paused or report.failed:
            log.info("session reminders ran", extra={
                "sent": len(report.sent), "templated": len(report.templated), "paused": len(report.paused),
                "held": report.held, "failed": report.failed})
        return report

    def _batch(self, runners: Sequence[Runner], now: datetime, report: RemindersReport) -> None:
        preferences = self._preferences.for_runners([r.id for r in runners])
        candidates: list[tuple[Runner, date, date]] = []
        for runner in runners:
            local = local_now(runner, now)
            day = due_day(preferences[runner.id], local)
            if day is not None and (runner.id, REMINDER, day) not in self._done:
                candidates.append((runner, day, local.date()))
        if not candidates:
            return
        plans = _active_plans(self._plans, [r.id for r, _, _ in candidates])
        due = []
        for runner, day, today in candidates:
            text = reminder_text(runner, plans.get(runner.id), day, today)
            if text is None:
                self._done.add((runner.id, REMINDER, day))          # nothing to remind of that day
            else:
                due.append(_Due(runner, day, text))
        last_wrote = _last_wrote(self._conversations, [d.runner.id for d in due])
        if last_wrote is None:
            return                     # unknown who is silent: nothing is sent (or paused) this tick
        for item in due:
            self._remind(item, now, last_wrote.get(item.runner.id), report)

    def _remind(self, item: _Due, now: datetime, last_wrote: datetime | None, report: RemindersReport) -> None:
        runner = item.runner
        if last_wrote is None:
            # Never wrote (an imported runner): the coach has no conversation to go on with.
            self._done.add((runner.id, REMINDER, item.day))
            return
        silence = now - last_wrote
        if silence >= PAUSE_AFTER:
            self._done.add((runner.id, REMINDER, item.day))
            # Paused. Said once per silence: keyed by the day they last wrote.
            since = last_wrote.date()
            if self._claim(runner, REMINDER_PAUSE, since, say(runner.language, "reminder_pause"), now, report):
                if self._deliver(runner, say(runner.language, "reminder_pause"), silence, report):
                    report.paused.append(runner.id)
            return
        if not self._claim(runner, REMINDER, item.day, item.text, now, report):
            return
        text = item.text + "\n" + say(runner.language, "reminder_stop_hint")
        outcome = self._deliver(runner, text, silence, report, template_text=item.text)
        if outcome == "text":
            report.sent.append((runner.id, item.day))
        elif outcome == "template":
            report.templated.append((runner.id, item.day))

    def _claim(self, runner: Runner, kind: str, day: date, text: str, now: datetime, report: RemindersReport) -> bool:
        key = (runner.id, kind, day)
        self._done.add(key)
        try:
            # Stored as sent: a reminder that could not go is stale by the next reply, never repeated.
            claimed = self._summaries.claim(ProgressSummaryRecord(runner.id, kind, day, day, text, sent_at=now))
        except Exception:
            log.exception("session reminders: claim failed, not sending", extra={"runner_id": runner.id})
            self._done.discard(key)
            return False
        if not claimed:
            report.already_sent += 1
        return claimed

    def _deliver(self, runner: Runner, text: str, silence: timedelta, report: RemindersReport,
                 template_text: str | None = None) -> str | None:
        """"text" or "template" when it went out; None when it could not (logged)."""
        where = {"runner_id": runner.id}
        try:
            if silence < SERVICE_WINDOW:
                self._messenger.send_text(address(runner), text)
                return "text"
            if not self._template:
                log.info("reminder not sent: the runner is outside WhatsApp's 24 h window and "
                         "WHATSAPP_REMINDER_TEMPLATE is unset", extra=where)
                report.held += 1
                return None
            first = runner.display_name.split()[0] if runner.display_name else "runner"
            self._messenger.send_template(address(runner), self._template, runner.language,
                                          [first, _parameter(template_text or text)])
            return "template"
        except Exception as error:
            log.error("reminder not delivered", extra={**where, "error": error.__class__.__name__,
                                                       "graph_code": getattr(error, "code", None)})
            report.failed += 1
            return None


def _parameter(text: str) -> str:
    """A template body parameter: WhatsApp refuses new lines, tabs and more than four spaces in a
    row in one (error 132018), so the line is flattened."""
    return " ".join(text.split())


def _active_plans(plans: PlanRepository, ids: list[str]) -> dict[str, TrainingPlan | None]:
    bulk = getattr(plans, "active_for_runners", None)
    if bulk is not None:
        return dict(bulk(ids))
    return {runner_id: plans.active_for(runner_id) for runner_id in ids}


def _last_wrote(conversations: ConversationLog, ids: list[str]) -> dict[str, datetime | None] | None:
    """When each runner last wrote (None for one who never did); None when it could not be read."""
    if not ids:
        return {}
    bulk = getattr(conversations, "last_from_runners", None)
    try:
        if bulk is not None:
            return dict(bulk(ids))
        found: dict[str, datetime | None] = {}
        for runner_id in ids:
            messages = conversations.for_runner(runner_id, limit=20)
            found[runner_id] = next((m.at for m in reversed(messages) if m.role == Role.RUNNER), None)
        return found
    except Exception:
        log.exception("session reminders: could not read when runners last wrote; none sent this time")
        return None
