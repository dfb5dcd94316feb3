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

The claim comes BEFORE the send: delivery is at-most-once. A crash or a WhatsApp failure between
the claim and the send loses that message (it is logged, with Graph's error code); a summary
sent twice would annoy the runner more than a missing one, and the Messenger already retries
transient failures. The window (a whole evening, a whole day) is wide on purpose, so that a
scheduler that ticks hourly or was down for a while still finds the job due.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Sequence

import attrs

from application.coach_reply import CREATE_PLAN
from application.local_time import local_now
from application.ports import (
    Button, Clock, Messenger, PlanRepository, ProgressSummaryRecord, ProgressSummaryRepository, RunnerRepository,
)
from application.progress import SummarizeProgress
from application.voice import short_date
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
}


def _say(language: str, key: str, **values) -> str:
    phrase = _PHRASES[key]
    return phrase.get(language, phrase["es"]).format(**values)


def _header(runner: Runner, key: str) -> str:
    name = runner.display_name
    text = _say(runner.language, key, name=name)
    return text if name else text.replace(" , ", " ", 1)


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


class ScheduledJobs:
    """``run()`` sends every message that is due now and was not sent yet."""

    def __init__(self, runners: RunnerRepository, plans: PlanRepository, summaries: ProgressSummaryRepository,
                 summarize: SummarizeProgress, messenger: Messenger, clock: Clock, *,
                 biweekly_anchor: date = BIWEEKLY_ANCHOR):
        if biweekly_anchor.weekday() != 6:
            raise ValueError("the bi-weekly anchor must be a Sunday")
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
        if report.sent or report.failed:
            log.info("scheduled jobs ran", extra={"sent": len(report.sent), "failed": len(report.failed),
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
                                  _header(runner, "biweekly_header") + "\n\n" + summary.text(runner.language)))
        if today.day == 1 and local.hour >= MONTHLY_HOUR:
            end = today - timedelta(days=1)
            if not self._known(runner.id, MONTHLY, end):
                summary = self._summarize(runner, end, days=MONTHLY_DAYS)
                due.append(DueMessage(runner, MONTHLY, summary.period_start, summary.period_end,
                                      _header(runner, "monthly_header") + "\n\n" + summary.text(runner.language)))
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
                                       period_end=message.period_end, text=message.text, sent_at=now)
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
        try:
            _send(self._messenger, runner.phone, message.text, message.buttons)
        except Exception as error:
            # At-most-once: the claim stays, this message is not retried.
            log.error("scheduled message not delivered", extra={
                "runner_id": runner.id, "kind": message.kind, "period_end": message.period_end.isoformat(),
                "error": error.__class__.__name__, "graph_code": getattr(error, "code", None)})
            report.failed.append(key)
            return
        log.info("scheduled message sent", extra={"runner_id": runner.id, "kind": message.kind,
                                                  "period_end": message.period_end.isoformat()})
        report.sent.append(key)


def _send(messenger: Messenger, phone: str, text: str, buttons: Sequence[Button]) -> None:
    if buttons:
        messenger.send_buttons(phone, text, buttons)
    else:
        messenger.send_text(phone, text)
