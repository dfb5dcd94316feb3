"""What the coach shows and when it writes first (issue 25), for both coaches alike.

* ``answer`` takes the requests that change how the coach writes first, before either coach reads
  the message: session reminders ("recuérdame a las 6 am", "no me recuerdes") and the calendar feed
  ("agrega mi plan al calendario", "revoca el enlace del calendario"). They are settings with one
  right answer, so no model is asked.
* ``attach`` adds pictures to a reply: the progress card when the runner asks to see their progress
  ("muéstrame mi progreso", "¿cómo voy?") or a held bi-weekly summary goes out with this reply; the
  plan picture when they ask to see their plan, or when this message made a new block.

A picture that cannot be drawn is left out (logged): the reply's words stand on their own.
"""
from __future__ import annotations

import logging
from datetime import date

from application.coach.coach_reply import CoachReply
from application.messages import say
from application.ports import PlanRepository
from application.ports.preferences import PreferencesRepository
from application.training.calendar import PlanCalendar
from application.training.pictures import PLAN_PICTURE, PROGRESS_CARD, DrawPictures, card_since
from application.understanding.coach_requests import (
    calendar_request,
    picture_request,
    reminder_request,
    says_more,
)
from domain.conversation import Intent
from domain.runner import Runner

log = logging.getLogger(__name__)

MORNING_BEFORE = 12     # a reminder before noon is for that day's session; later, for the next day's


def reminder_when(hour: int, minute: int, language: str) -> str:
    key = "reminder_when_morning" if hour < MORNING_BEFORE else "reminder_when_evening"
    return say(language, key, time=f"{hour:02d}:{minute:02d}")


class ShowAndRemind:
    def __init__(self, plans: PlanRepository, pictures: DrawPictures | None = None,
                 preferences: PreferencesRepository | None = None, calendar: PlanCalendar | None = None):
        self._plans = plans
        self._pictures = pictures
        self._preferences = preferences
        self._calendar = calendar

    @staticmethod
    def says_more(text: str) -> bool:
        """The request comes with more for the coach (a run, a pain): the coach answers that too."""
        return says_more(text)

    def runs_since(self, text: str, today: date) -> date | None:
        """The first day of runs this message's pictures will read, when it is earlier than what a
        message usually reads: the progress card's (its VDOT trend looks months back). The message
        reads them with the rest, once (application.training.message_reads)."""
        if self._pictures is not None and picture_request(text) == PROGRESS_CARD:
            return card_since(today)
        return None

    def answer(self, runner: Runner, text: str) -> CoachReply | None:
        """The answer to a reminder or calendar request; None for any other message."""
        if self._preferences is not None:
            change = reminder_request(text)
            if change is not None:
                return self._reminders(runner, change.on, change.hour, change.minute)
        if self._calendar is not None:
            wanted = calendar_request(text)
            if wanted is not None:
                return self._calendar_link(runner, revoke=wanted == "revoke")
        return None

    def _reminders(self, runner: Runner, on: bool, hour: int | None, minute: int) -> CoachReply:
        assert self._preferences is not None
        preferences = self._preferences.get(runner.id)
        preferences.reminders_on = on
        if hour is not None:
            preferences.reminder_hour, preferences.reminder_minute = hour, minute
        self._preferences.save(preferences)
        if not on:
            text = say(runner.language, "reminders_off")
        else:
            text = say(runner.language, "reminders_on", when=reminder_when(
                preferences.reminder_hour, preferences.reminder_minute, runner.language))
        return CoachReply(text, Intent.SET_SCHEDULE, tools_used=["set_reminders"])

    def _calendar_link(self, runner: Runner, revoke: bool) -> CoachReply:
        assert self._calendar is not None
        if revoke:
            text = say(runner.language, "calendar_revoked", url=self._calendar.revoke(runner))
        else:
            text = say(runner.language, "calendar_link", url=self._calendar.link(runner))
            if self._plans.active_for(runner.id) is None:
                text += "\n\n" + say(runner.language, "calendar_no_plan")
        return CoachReply(text, Intent.PLAN_REQUEST, tools_used=["calendar_link"])

    def attach(self, runner: Runner, text: str, reply: CoachReply, today: date, plan_before: str | None,
               summary_delivered: bool = False) -> None:
        """Add the pictures this reply calls for to ``reply.pictures``."""
        if self._pictures is None:
            return
        wanted = picture_request(text)
        kinds = {p.kind for p in reply.pictures}
        if (wanted == PROGRESS_CARD or summary_delivered) and PROGRESS_CARD not in kinds:
            card = self._pictures.progress(runner, today)
            if card is not None:
                reply.pictures = (*reply.pictures, card)
        if PLAN_PICTURE in kinds or reply.intent is Intent.RED_FLAG:
            return          # a red flag paused the plan: no picture of a block to run
        try:
            plan = self._plans.active_for(runner.id)
        except Exception:
            log.exception("plan picture: the plan could not be read", extra={"runner_id": runner.id})
            return
        new_block = plan is not None and plan.id != plan_before
        if plan is not None and (wanted == PLAN_PICTURE or new_block):
            picture = self._pictures.plan(runner, today, plan)
            if picture is not None:
                reply.pictures = (*reply.pictures, picture)
