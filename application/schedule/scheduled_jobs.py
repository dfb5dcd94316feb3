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

Batches: ``run()`` takes the onboarded runners ``BATCH_SIZE`` at a time. Who is due comes from each
runner's local time and one query per (kind, period) for the claims already made; the summaries of
a batch are built from one load of its runners' runs, plans, injuries and cross-training
(``SummarizeProgress.for_runners``); the batch's claims are one statement, and so is marking the
texts sent. A repository without the bulk methods is asked runner by runner. A crash between a
batch's claims and its sends leaves those records undelivered: they go with the runners' next
answers, as after a failed send.

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
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import attrs

from application.coach.coach_reply import CREATE_PLAN
from application.coach.identity import address
from application.messages import short_date
from application.ports import (
    BIWEEKLY,
    MONTHLY,
    PLAN_RENEWAL,
    Button,
    Clock,
    ConversationLog,
    Messenger,
    PlanRepository,
    ProgressSummaryRecord,
    ProgressSummaryRepository,
    RunnerRepository,
)
from application.training.local_time import local_now
from application.training.pictures import DrawPictures
from application.training.progress import ProgressSummary, SummarizeProgress
from domain.conversation import Role
from domain.plan import TrainingPlan
from domain.runner import Runner

log = logging.getLogger(__name__)


BIWEEKLY_ANCHOR = date(2024, 1, 7)     # a Sunday
BIWEEKLY_DAYS = 14
BIWEEKLY_HOUR = 18
MONTHLY_DAYS = 30
MONTHLY_HOUR = 10
RENEWAL_HOUR = 9
RENEWAL_GRACE_DAYS = 7                 # a block that ended longer ago than this is not reminded of
SERVICE_WINDOW = timedelta(hours=23)   # WhatsApp's 24 h for free text, less a safety margin
BATCH_SIZE = 500                       # runners prepared, claimed and marked together
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
                 conversations: ConversationLog, template: str = "", biweekly_anchor: date = BIWEEKLY_ANCHOR,
                 batch_size: int = BATCH_SIZE, pictures: DrawPictures | None = None):
        self._pictures = pictures
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
        self._batch_size = batch_size
        # Keys this process already claimed (or found claimed): spares recomputing a summary
        # on every tick of a long due window. The repository's claim stays the authority.
        self._done: set[tuple[str, str, date]] = set()

    def run(self) -> JobsReport:
        now = self._clock.now()
        report = JobsReport()
        runners = [r for r in self._runners.all() if r.onboarding_completed]
        for first in range(0, len(runners), self._batch_size):
            batch = runners[first:first + self._batch_size]
            try:
                due = self.due_in_batch(batch, now, report)
            except Exception:
                log.exception("scheduled jobs: a batch could not be prepared, runner by runner")
                due = []
                for runner in batch:
                    try:
                        due += self.due_for(runner, now)
                    except Exception:
                        log.exception("scheduled jobs: could not prepare messages", extra={"runner_id": runner.id})
            self._deliver_batch(due, now, report)
        if report.sent or report.failed or report.nudged or report.held:
            log.info("scheduled jobs ran", extra={"sent": len(report.sent), "failed": len(report.failed),
                                                  "nudged": len(report.nudged), "held": len(report.held),
                                                  "already_sent": report.already_sent})
        return report

    def due_in_batch(self, runners: Sequence[Runner], now: datetime, report: JobsReport | None = None
                     ) -> list[DueMessage]:
        """``due_for`` for many runners with a few queries: who is due is decided from each runner's
        local time, then one query per (kind, period) drops the ones claimed already; the summaries
        of the rest are built from one load of their runs, plans, injuries and cross-training
        (SummarizeProgress.for_runners), and the active plans for renewals come in one query."""
        order = {runner.id: n for n, runner in enumerate(runners)}
        groups: dict[tuple[str, date, int], list[Runner]] = {}
        renewal: list[tuple[Runner, date]] = []
        for runner in runners:
            local = local_now(runner, now)
            today = local.date()
            if is_biweekly_sunday(today, self._anchor) and local.hour >= BIWEEKLY_HOUR \
                    and not self._known(runner.id, BIWEEKLY, today):
                groups.setdefault((BIWEEKLY, today, BIWEEKLY_DAYS), []).append(runner)
            if today.day == 1 and local.hour >= MONTHLY_HOUR:
                end = today - timedelta(days=1)
                if not self._known(runner.id, MONTHLY, end):
                    groups.setdefault((MONTHLY, end, MONTHLY_DAYS), []).append(runner)
            if local.hour >= RENEWAL_HOUR:
                renewal.append((runner, today))
        due: list[DueMessage] = []
        for (kind, end, days), members in groups.items():
            claimed = self._claimed(kind, end, members)
            for runner_id in claimed:
                self._done.add((runner_id, kind, end))
            if report is not None:
                report.already_sent += len(claimed)
            members = [m for m in members if m.id not in claimed]
            header = "biweekly_header" if kind == BIWEEKLY else "monthly_header"
            summaries = self._summarize_many(members, end, days)
            for runner in members:
                summary = summaries.get(runner.id)
                if summary is not None:
                    due.append(DueMessage(runner, kind, summary.period_start, summary.period_end,
                                          _header(runner, header) + "\n\n"
                                          + summary.text(runner.language, runner.units)))
        plans = _by_runner(self._plans, "active_for_runners", [r.id for r, _ in renewal], self._plans.active_for)
        for runner, today in renewal:
            reminder = self._renewal(runner, today, plans.get(runner.id))
            if reminder is not None:
                due.append(reminder)
        kinds = (BIWEEKLY, MONTHLY, PLAN_RENEWAL)
        due.sort(key=lambda m: (order[m.runner.id], kinds.index(m.kind)))
        return due

    def _claimed(self, kind: str, period_end: date, runners: Sequence[Runner]) -> set[str]:
        claimed = getattr(self._summaries, "claimed", None)
        return set(claimed(kind, period_end, [r.id for r in runners])) if claimed and runners else set()

    def _summarize_many(self, runners: Sequence[Runner], today: date, days: int) -> dict[str, ProgressSummary]:
        if not runners:
            return {}
        bulk = getattr(self._summarize, "for_runners", None)
        if bulk is not None:
            return dict(bulk(runners, today, days=days))
        found = {}
        for runner in runners:
            try:
                found[runner.id] = self._summarize(runner, today, days=days)
            except Exception:
                log.exception("scheduled jobs: could not prepare messages", extra={"runner_id": runner.id})
        return found

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
            reminder = self._renewal(runner, today, self._plans.active_for(runner.id))
            if reminder is not None:
                due.append(reminder)
        return due

    def _renewal(self, runner: Runner, today: date, plan: TrainingPlan | None) -> DueMessage | None:
        """The reminder that the block ended (today, or within the grace days), once per plan."""
        if plan is None or plan.end > today or (today - plan.end).days > RENEWAL_GRACE_DAYS \
                or self._known(runner.id, PLAN_RENEWAL, plan.end):
            return None
        text = (_say(runner.language, "renewal_today") if plan.end == today else
                _say(runner.language, "renewal_past", end=short_date(plan.end, runner.language)))
        return DueMessage(runner, PLAN_RENEWAL, plan.start, plan.end, text,
                          (CREATE_PLAN.get(runner.language, CREATE_PLAN["es"]),))

    def _known(self, runner_id: str, kind: str, period_end: date) -> bool:
        return (runner_id, kind, period_end) in self._done

    def _deliver_batch(self, due: Sequence[DueMessage], now: datetime, report: JobsReport) -> None:
        """Claim every message of the batch (one statement), send the ones claimed now, and mark
        the texts that went out as sent (one statement)."""
        if not due:
            return
        records = [ProgressSummaryRecord(runner_id=m.runner.id, kind=m.kind, period_start=m.period_start,
                                         period_end=m.period_end, text=m.text) for m in due]
        claimed = self._claim(records)
        to_send = []
        for message in due:
            key = (message.runner.id, message.kind, message.period_end)
            if claimed.get(key) is None:
                continue        # the claim failed (logged): not sent
            self._done.add(key)
            if claimed[key]:
                to_send.append(message)
            else:
                report.already_sent += 1
        last_wrote = self._last_wrote([m.runner for m in to_send])
        sent: list[tuple[str, str, date]] = []
        for message in to_send:
            if self._send_one(message, now, report, last_wrote.get(message.runner.id)):
                sent.append((message.runner.id, message.kind, message.period_end))
        if not sent:
            return
        try:
            mark_many = getattr(self._summaries, "mark_sent_many", None)
            if mark_many is not None:
                mark_many(sent, now)
            else:
                for runner_id, kind, period_end in sent:
                    self._summaries.mark_sent(runner_id, kind, period_end, now)
        except Exception:
            # The runners have them; at worst a text is repeated with the runner's next answer.
            log.exception("scheduled jobs: could not mark messages sent", extra={"count": len(sent)})

    def _claim(self, records: Sequence[ProgressSummaryRecord]) -> dict[tuple[str, str, date], bool]:
        """Each record's key: True when claimed now, False when it was there already; a key is
        missing when its claim failed."""
        keys = [(r.runner_id, r.kind, r.period_end) for r in records]
        claim_many = getattr(self._summaries, "claim_many", None)
        if claim_many is not None:
            try:
                now_claimed = claim_many(records)
            except Exception:
                log.exception("scheduled jobs: claims failed, not sending", extra={"count": len(records)})
                return {}
            return {key: key in now_claimed for key in keys}
        found = {}
        for key, record in zip(keys, records, strict=True):
            try:
                found[key] = self._summaries.claim(record)
            except Exception:
                log.exception("scheduled jobs: claim failed, not sending",
                              extra={"runner_id": record.runner_id, "kind": record.kind})
        return found

    def _last_wrote(self, runners: Sequence[Runner]) -> dict[str, datetime | None]:
        """When each runner last wrote (None: never, or unknown: the window is taken as closed)."""
        ids = list(dict.fromkeys(r.id for r in runners))
        bulk = getattr(self._conversations, "last_from_runners", None)
        if bulk is None:
            return {runner_id: self._last_message_at(runner_id) for runner_id in ids}
        try:
            return dict(bulk(ids))
        except Exception:
            log.exception("scheduled jobs: could not read the conversations, assuming the windows closed")
            return {}

    def _send_one(self, message: DueMessage, now: datetime, report: JobsReport, last_wrote: datetime | None) -> bool:
        """Send a claimed message; True when its text reached the runner (to be marked sent)."""
        runner = message.runner
        key = (runner.id, message.kind, message.period_end)
        where = {"runner_id": runner.id, "kind": message.kind, "period_end": message.period_end.isoformat()}
        in_window = last_wrote is not None and now - last_wrote < SERVICE_WINDOW
        if not in_window and not self._template:
            log.info("scheduled message held until the runner writes (no WHATSAPP_SUMMARY_TEMPLATE)", extra=where)
            report.held.append(key)
            return False
        if not in_window and any(nudged[0] == runner.id for nudged in report.nudged):
            # One "your summary is ready" per runner is enough: their reply brings every held text.
            report.held.append(key)
            return False
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
            return False
        if not in_window:
            log.info("scheduled message held, template sent", extra=where)
            report.nudged.append(key)
            return False
        log.info("scheduled message sent", extra=where)
        report.sent.append(key)
        if message.kind == BIWEEKLY:
            self._send_card(runner, message.period_end)
        return True

    def _send_card(self, runner: Runner, day: date) -> None:
        """The progress card after the bi-weekly summary's text (issue 25), inside the window only:
        outside it the text is held, and the card is drawn afresh when the held text goes out with
        the runner's next answer (application.coach.reply). A card that fails costs only itself."""
        if self._pictures is None:
            return
        card = self._pictures.progress(runner, day)
        png = self._pictures.draw(card.content) if card is not None else None
        if card is None or png is None:
            return
        try:
            self._messenger.send_image(address(runner), png, card.caption)
        except Exception as error:
            log.error("progress card not delivered", extra={
                "runner_id": runner.id, "error": error.__class__.__name__, "graph_code": getattr(error, "code", None)})

    def _last_message_at(self, runner_id: str) -> datetime | None:
        """When the runner last wrote, among their last messages (a conversation log without
        ``last_from_runners``); None when unknown, and the window is taken as closed."""
        try:
            messages = self._conversations.for_runner(runner_id, limit=LAST_MESSAGES)
        except Exception:
            log.exception("scheduled jobs: could not read the conversation, assuming the window closed",
                          extra={"runner_id": runner_id})
            return None
        return next((m.at for m in reversed(messages) if m.role == Role.RUNNER), None)


def _by_runner(repo: object, method: str, ids: list[str], one: Callable[[str], Any]) -> dict[str, Any]:
    """``repo.<method>(ids)`` in one query, or one call per runner for a repository without it."""
    if not ids:
        return {}
    bulk = getattr(repo, method, None)
    if bulk is not None:
        return dict(bulk(ids))
    return {runner_id: one(runner_id) for runner_id in ids}


def _send(messenger: Messenger, phone: str, text: str, buttons: Sequence[Button]) -> None:
    if buttons:
        messenger.send_buttons(phone, text, buttons)
    else:
        messenger.send_text(phone, text)
