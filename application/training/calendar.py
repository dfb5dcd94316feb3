"""PlanCalendar: the runner's plan as a private iCalendar feed (issue 25).

The link is ``{base_url}/calendar/{key}.{signature}.ics``: ``key`` is random (128 bits), stored with
the runner's preferences, and ``signature`` is an HMAC-SHA256 of the runner id and the key under the
server's secret. A link is only honoured when both match, so a leaked database row alone forges no
link, and a key is never guessable; "revoca el enlace del calendario" draws a new key, and the old
link stops working at once.

The feed is made when a calendar app fetches it, from the plans as they are then: a rebuilt or
renewed block shows up at the app's next refresh, with no push. Each day comes from the newest block
that covers it, so a block replaced mid-way keeps its past days as they were planned. Rest days are
left out (they would fill the runner's calendar with nothing to do).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import date, timedelta

from application.messages import SESSION_NAMES, name_of, say
from application.messages.formatting import session_text
from application.ports import Clock, PlanRepository, RunnerRepository
from application.ports.calendar import CalendarEvent, CalendarWriter
from application.ports.preferences import PreferencesRepository
from application.training import measures
from application.training.local_time import local_today
from domain.plan import SessionKind, TrainingPlan
from domain.runner import Runner

PAST_DAYS = 28                    # how far back the feed keeps done sessions
_SIGNATURE_HEX = 32               # 128 bits of the HMAC: unforgeable, short enough for a URL


class PlanCalendar:
    def __init__(self, runners: RunnerRepository, plans: PlanRepository, preferences: PreferencesRepository,
                 writer: CalendarWriter, clock: Clock, secret: bytes, base_url: str):
        if not secret:
            raise ValueError("the calendar feed needs a secret to sign its links")
        self._runners = runners
        self._plans = plans
        self._preferences = preferences
        self._writer = writer
        self._clock = clock
        self._secret = secret
        self._base_url = base_url.rstrip("/")

    def link(self, runner: Runner) -> str:
        """The runner's feed URL (made, and its key stored, the first time)."""
        preferences = self._preferences.get(runner.id)
        if not preferences.calendar_key:
            preferences.calendar_key = secrets.token_urlsafe(16)
            self._preferences.save(preferences)
        return self._url(runner.id, preferences.calendar_key)

    def revoke(self, runner: Runner) -> str:
        """A new link; the old one answers 404 from now on."""
        preferences = self._preferences.get(runner.id)
        preferences.calendar_key = secrets.token_urlsafe(16)
        self._preferences.save(preferences)
        return self._url(runner.id, preferences.calendar_key)

    def feed(self, token: str) -> bytes | None:
        """The iCalendar document for a link's token (``key.signature``); None when the token is
        malformed, revoked or forged."""
        key, _, signature = (token or "").partition(".")
        if not key or not signature:
            return None
        preferences = self._preferences.by_calendar_key(key)
        if preferences is None or not hmac.compare_digest(self._sign(preferences.runner_id, key), signature):
            return None
        runner = self._runners.get(preferences.runner_id)
        if runner is None:
            return None
        name = say(runner.language, "calendar_name", name=runner.display_name.split()[0]) \
            if runner.display_name else say(runner.language, "calendar_name_nameless")
        return self._writer.feed(name, self.events(runner), self._clock.now())

    def events(self, runner: Runner) -> list[CalendarEvent]:
        today = local_today(runner, self._clock.now())
        since = today - timedelta(days=PAST_DAYS)
        plans = sorted(self._plans.history(runner.id), key=_age)
        active = self._plans.active_for(runner.id)
        if active is not None and all(p.id != active.id for p in plans):
            plans.append(active)
        by_day = {}
        for plan in plans:                             # oldest first: a newer block overrides a day
            for session in plan.sessions:
                if session.date >= since:
                    by_day[session.date] = (plan, session)
        events = []
        for day in sorted(by_day):
            plan, session = by_day[day]
            if session.kind is SessionKind.REST:
                continue
            title = name_of(SESSION_NAMES, session.kind, runner.language).capitalize()
            if session.distance_km:
                title += f" {measures.distance(round(session.distance_km, 1), runner.units)}"
            events.append(CalendarEvent(uid=f"{plan.id}-{day.isoformat()}@andes", day=day, title=title,
                                        description=session_text(session, runner.language, True, runner.units)))
        return events

    def _url(self, runner_id: str, key: str) -> str:
        return f"{self._base_url}/calendar/{key}.{self._sign(runner_id, key)}.ics"

    def _sign(self, runner_id: str, key: str) -> str:
        return hmac.new(self._secret, f"{runner_id}:{key}".encode(), hashlib.sha256).hexdigest()[:_SIGNATURE_HEX]


def _age(plan: TrainingPlan) -> tuple[date, float]:
    return plan.start, plan.created_at.timestamp() if plan.created_at else 0.0
