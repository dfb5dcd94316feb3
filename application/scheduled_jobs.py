"""Messages the coach sends on its own, on schedule, in each runner's timezone and language.

Three jobs, for every runner who finished onboarding:

* ``biweekly`` — the progress summary of the last 14 days, on every other Sunday from 18:00
  local time. "Every other" is anchored on a fixed Sunday (``BIWEEKLY_ANCHOR``, 2024-01-07): a
  Sunday is a summary Sunday when it is a multiple of 14 days away from it. Unlike ISO week
  parity, this never skips or doubles a week around a 53-week year. Period: the 14 days ending
  on that Sunday.
* ``monthly`` — insights on the last 30 days, on the first day of each month from 10:00 local
  time. Period: the 30 days ending on the last day of the previous month.
* ``plan_renewal`` — a reminder, from 09:00 local time, when the active 14-day block ends today
  or ended in the last week, with a "create my plan" button. Period: the block; a block is
  reminded of once, however long the runner takes to renew it.

Idempotence: before sending, each message is *claimed* in the ProgressSummaryRepository, keyed by
(runner, kind, period_end); a claim that already exists means it was sent (or attempted) and is
skipped. So the scheduler can tick every few minutes, run from several processes, or be rerun by
hand the same day: nothing goes out twice.

The claim comes BEFORE the send: sending is at-most-once. A crash or a WhatsApp failure between
the claim and the send is not retried (it is logged, with Graph's error code); a summary sent
twice would annoy the runner more than a late one, and the Messenger already retries transient
failures. The window (a whole evening, a whole day) is wide on purpose, so that a scheduler that
ticks hourly or was down for a while still finds the job due.

WhatsApp delivers free text only within 24 h of the runner's last message (later, Graph refuses
with code 131047 and only approved templates go through). So the text is sent now only to a runner
who wrote in the last ``SERVICE_WINDOW`` (23 h: a margin for clocks and slow sends), and the record
is marked sent. A quieter runner gets the ``template`` instead (a "your summary is ready, reply to
get it" nudge, {{1}} = their first name, in their language), or nothing when none is configured.
Either way, and after a failed send, the record stays undelivered (``sent_at`` unset), and
ReplyToRunner appends its text to the answer to the runner's next message.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import attrs

from application.coach_reply import CREATE_PLAN
from application.delivery import address
from application.local_time import local_now
from application.messages import short_date
from application.ports import (
    Button,
    Clock,
    ConversationLog,
    Messenger,
    PlanRepository,
    ProgressSummaryRecord,
    ProgressSummaryRepository,
    RunnerRepository,
)
from application.progress import SummarizeProgress
from domain.conversation import Role
from domain.runner import Runner

log = logging.getLogger(__name__)

BIWEEKLY = "biweekly"
MONTHLY = "monthly"
PLAN_RENEWAL = "plan_renewal"

BIWEEKLY_ANCHOR = date(2024, 1, 7)     # a Sunday
BIWEEKLY_DAYS = 14
BIWEEKLY_HOUR = 18
MONTHLY_DAYS = 30
MONTHLY_HOUR = 10
RENEWAL_HOUR = 9
RENEWAL_GRACE_DAYS = 7                 # a block that ended longer ago than this is not reminded of
SERVICE_WINDOW = timedelta(hours=23)   # WhatsApp's 24 h for free text, less a safety margin
LAST_MESSAGES = 20                     # how far back to look for the runner's last message

_PHRASES = {
    "biweekly_header": {
        "es": "🏔️ {name}, este es tu resumen de las últimas dos semanas:",
        "en": "🏔️ {name}, here's how your last two weeks went:",
    },
    "monthly_header": {
        "es": "🗓️ {name}, tu mes en números (últimos 30 días):",
        "en": "🗓️ {name}, your month in numbers (last 30 days):",
    },
    "renewal_today": {
        "es": "🎉 Hoy termina tu bloque de 14 días. ¿Armamos el siguiente con lo que has corrido?",
        "en": "🎉 Your 14-day block ends today. Shall we build the next one from what you've run?",
    },
    "renewal_past": {
        "es": "Tu bloque de entrenamiento terminó el {end}. ¿Armamos el siguiente?",
        "en": "Your training block ended on {end}. Shall we build the next one?",
    },
    # A template parameter may not be empty: the name for a runner who never gave theirs.
    "nameless": {
        "es": "runner",
        "en": "runner",
    },
}


def _say(language: str, key: str, **values) -> str:
    phrase = _PHRASES[key]
    return phrase.get(language, phrase["es"]).format(**values)


def _header(runner: Runner, key: str) -> str:
    name = runner.display_name
    text = _say(runner.language, key, name=name)
    return text if name else text.replace(" , ", " ", 1)


def _first_name(runner: Runner) -> str:
    words = runner.display_name.split()
    return words[0] if words else _say(runner.language, "nameless")


def is_biweekly_sunday(day: date, anchor: date = BIWEEKLY_ANCHOR) -> bool:
    return day.weekday() == 6 and (day - anchor).days % BIWEEKLY_DAYS == 0


@attrs.define
class DueMessage:
    runner: Runner
    kind: str
    period_start: date
    period_end: date
    text: str
    buttons: tuple[Button, ...] = ()


@attrs.define
class JobsReport:
    sent: list[tuple[str, str, date]] = attrs.field(factory=list)      # (runner_id, kind, period_end)
    already_sent: int = 0
    failed: list[tuple[str, str, date]] = attrs.field(factory=list)
    nudged: list[tuple[str, str, date]] = attrs.field(factory=list)    # template sent, text held
    held: list[tuple[str, str, date]] = attrs.field(factory=list)      # no template: text held


class ScheduledJobs:
    """``run()`` sends every message that is due now and was not sent yet."""

    def __init__(self, runners: RunnerRepository, plans: PlanRepository, summaries: ProgressSummaryRepository,
                 summarize: SummarizeProgress, messenger: Messenger, clock: Clock, *,
                 conversations: ConversationLog, template: str = "", biweekly_anchor: date = BIWEEKLY_ANCHOR):
        if biweekly_anchor.weekday() != 6:
            raise ValueError("the bi-weekly anchor must be a Sunday")
        self._conversations = conversations
        self._template = template
        self._runners = runners
        self._plans = plans
        self._summaries = summaries
        self._summarize = summarize
        self._messenger = messenger
        self._clock = clock
        self._anchor = biweekly_anchor
        # Keys this process already claimed (or found claimed): spares recomputing a summary
        # on every tick of a long due window. The repository's claim stays the authority.
        self._done: set[tuple[str, str, date]] = set()

    def run(self) -> JobsReport:
        now = self._clock.now()
        report = JobsReport()
        for runner in self._runners.all():
            if not runner.onboarding_completed:
                continue
            try:
                due = self.due_for(runner, now)
            except Exception:
                log.exception("scheduled jobs: could not prepare messages", extra={"runner_id": runner.id})
                continue
            for message in due:
                self._deliver(message, now, report)
        if report.sent or report.failed or report.nudged or report.held:
            log.info("scheduled jobs ran", extra={"sent": len(report.sent), "failed": len(report.failed),
                                                  "nudged": len(report.nudged), "held": len(report.held),
                                                  "already_sent": report.already_sent})
        return report

    def due_for(self, runner: Runner, now: datetime) -> list[DueMessage]:
        """The messages due for ``runner`` at ``now`` (whether or not they were sent already)."""
        local = local_now(runner, now)
        today = local.date()
        due: list[DueMessage] = []
        if is_biweekly_sunday(today, self._anchor) and local.hour >= BIWEEKLY_HOUR \
                and not self._known(runner.id, BIWEEKLY, today):
            summary = self._summarize(runner, today, days=BIWEEKLY_DAYS)
            due.append(DueMessage(runner, BIWEEKLY, summary.period_start, summary.period_end,
                                  _header(runner, "biweekly_header") + "\n\n"
                                  + summary.text(runner.language, runner.units)))
        if today.day == 1 and local.hour >= MONTHLY_HOUR:
            end = today - timedelta(days=1)
            if not self._known(runner.id, MONTHLY, end):
                summary = self._summarize(runner, end, days=MONTHLY_DAYS)
                due.append(DueMessage(runner, MONTHLY, summary.period_start, summary.period_end,
                                      _header(runner, "monthly_header") + "\n\n"
                                      + summary.text(runner.language, runner.units)))
        if local.hour >= RENEWAL_HOUR:
            plan = self._plans.active_for(runner.id)
            if plan is not None and plan.end <= today and (today - plan.end).days <= RENEWAL_GRACE_DAYS \
                    and not self._known(runner.id, PLAN_RENEWAL, plan.end):
                text = (_say(runner.language, "renewal_today") if plan.end == today else
                        _say(runner.language, "renewal_past", end=short_date(plan.end, runner.language)))
                due.append(DueMessage(runner, PLAN_RENEWAL, plan.start, plan.end, text,
                                      (CREATE_PLAN.get(runner.language, CREATE_PLAN["es"]),)))
        return due

    def _known(self, runner_id: str, kind: str, period_end: date) -> bool:
        return (runner_id, kind, period_end) in self._done

    def _deliver(self, message: DueMessage, now: datetime, report: JobsReport) -> None:
        runner = message.runner
        key = (runner.id, message.kind, message.period_end)
        record = ProgressSummaryRecord(runner_id=runner.id, kind=message.kind, period_start=message.period_start,
                                       period_end=message.period_end, text=message.text)
        try:
            claimed = self._summaries.claim(record)
        except Exception:
            log.exception("scheduled jobs: claim failed, not sending",
                          extra={"runner_id": runner.id, "kind": message.kind})
            return
        self._done.add(key)
        if not claimed:
            report.already_sent += 1
            return
        where = {"runner_id": runner.id, "kind": message.kind, "period_end": message.period_end.isoformat()}
        in_window = self._in_service_window(runner, now)
        if not in_window and not self._template:
            log.info("scheduled message held until the runner writes (no WHATSAPP_SUMMARY_TEMPLATE)", extra=where)
            report.held.append(key)
            return
        if not in_window and any(nudged[0] == runner.id for nudged in report.nudged):
            # One "your summary is ready" per runner is enough: their reply brings every held text.
            report.held.append(key)
            return
        try:
            if in_window:
                _send(self._messenger, address(runner), message.text, message.buttons)
            else:
                self._messenger.send_template(address(runner), self._template, runner.language, [_first_name(runner)])
        except Exception as error:
            # At-most-once: the claim stays and this send is not retried; the text, still
            # undelivered, goes with the answer to the runner's next message.
            log.error("scheduled message not delivered", extra={
                **where, "template": not in_window,
                "error": error.__class__.__name__, "graph_code": getattr(error, "code", None)})
            report.failed.append(key)
            return
        if not in_window:
            log.info("scheduled message held, template sent", extra=where)
            report.nudged.append(key)
            return
        try:
            self._summaries.mark_sent(runner.id, message.kind, message.period_end, now)
        except Exception:
            # The runner has it; at worst it is repeated with their next answer.
            log.exception("scheduled jobs: could not mark the message sent", extra=where)
        log.info("scheduled message sent", extra=where)
        report.sent.append(key)

    def _in_service_window(self, runner: Runner, now: datetime) -> bool:
        """Whether the runner wrote recently enough for WhatsApp to accept free text."""
        try:
            messages = self._conversations.for_runner(runner.id, limit=LAST_MESSAGES)
        except Exception:
            log.exception("scheduled jobs: could not read the conversation, assuming the window closed",
                          extra={"runner_id": runner.id})
            return False
        last = next((m.at for m in reversed(messages) if m.role == Role.RUNNER), None)
        return last is not None and now - last < SERVICE_WINDOW


def _send(messenger: Messenger, phone: str, text: str, buttons: Sequence[Button]) -> None:
    if buttons:
        messenger.send_buttons(phone, text, buttons)
    else:
        messenger.send_text(phone, text)
