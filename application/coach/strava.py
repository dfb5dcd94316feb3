"""Strava sync (issue 24): the runner links their account, and each run they upload is logged.

* ``connect_link(runner)``: "conectar strava" → a link to ``/strava/connect?state=…``, the state a
  signed, expiring (15 min) token naming the runner (HMAC-SHA256 with a key derived from the client
  secret): only that runner's account can be linked by it, and not after it expired.
* ``authorize_url(state)``: ``/strava/connect`` checks the state and sends the browser to Strava's
  consent page (OAuth authorization-code flow: https://developers.strava.com/docs/authentication/).
* ``callback(state, code, scope)``: Strava sends the browser back; the state is checked again, the
  scope must include reading activities, the code is exchanged for tokens (kept encrypted by the
  store) and the runner is told on WhatsApp.
* ``receive(event)``: Strava's webhook POST (https://developers.strava.com/docs/webhooks/: answered
  within 2 s, so only stored here). ``process_due()`` — periodic, and right after a webhook — handles
  what waits, oldest first, each in one unit of work:

  - activity ``create`` / ``update``: the token is refreshed when it expires within the hour (Strava
    hands out a new one then), the activity fetched and logged through the coach's tool surface
    (``CoachTools.import_activity``: the same rules as a typed run; an edited activity updates its
    run), the runner told on WhatsApp; not a run (a ride): nothing logged, nothing said;
  - activity ``delete``: its run deleted, the runner told;
  - athlete ``update`` with ``authorized: "false"`` (deauthorization): the tokens forgotten;
  - Strava's rate limit reached: this event and every later one wait for the window to reset (the
    15-minute one, or the daily one) — queued, never dropped; an outage: retried with backoff.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import attrs

from application.coach.identity import address
from application.messages import say, short_date
from application.messages.activity_text import activity_reply
from application.messages.formatting import km_text
from application.ports import Clock, RunnerRepository, UnitOfWork
from application.ports.outbox import Outbox, OutboxMessage
from application.ports.strava import (
    StravaApi,
    StravaError,
    StravaEvent,
    StravaLink,
    StravaNotFound,
    StravaRateLimited,
    StravaRepository,
    StravaUnauthorized,
)
from application.tools.toolbox import CoachTools
from application.training.import_activity import NotARun
from application.training.local_time import local_today
from domain.activity import STRAVA
from domain.errors import DomainError
from domain.runner import Runner

log = logging.getLogger(__name__)

STATE_TTL = timedelta(minutes=15)
# Strava: "If the applications's access tokens for the user are expired or will expire in one hour
# (3,600 seconds) or less, a new access token will be returned" (authentication docs, Refreshing).
REFRESH_BEFORE_S = 3600
READ_SCOPES = ("activity:read", "activity:read_all")
MAX_ATTEMPTS = 12                  # an event failing for other reasons than the rate limit, then dropped
BACKOFF_S = (60, 120, 300, 600, 1800, 3600)


class StravaNotSetUp(DomainError):
    def __init__(self) -> None:
        super().__init__("Strava is not configured (STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET, ANDES_PUBLIC_URL)",
                         "strava_not_set_up")


class BadState(DomainError):
    def __init__(self, why: str):
        super().__init__(f"the Strava link is not valid: {why}", "strava_bad_state", why=why)


class MissingScope(DomainError):
    def __init__(self) -> None:
        super().__init__("the runner did not let us read their activities", "strava_missing_scope")


@attrs.frozen
class Handled:
    outcome: str          # logged | completed | updated | deleted | deauthorized | skipped | waiting | failed
    runner_id: str | None = None


class StravaSync:
    def __init__(self, api: StravaApi | None, store: StravaRepository, runners: RunnerRepository, tools: CoachTools,
                 outbox: Outbox, unit_of_work: UnitOfWork, clock: Clock, *, client_secret: str = "",
                 public_url: str = "", subscription_id: str | None = None):
        self._api = api
        self._store = store
        self._runners = runners
        self._tools = tools
        self._outbox = outbox
        self._uow = unit_of_work
        self._clock = clock
        self._key = hashlib.sha256(b"andes-strava-state" + client_secret.encode("utf-8")).digest()
        self._public_url = public_url.rstrip("/")
        self._subscription_id = subscription_id
        self._processing = threading.Lock()

    @property
    def set_up(self) -> bool:
        return self._api is not None and bool(self._public_url)

    # --- linking --------------------------------------------------------------------------------

    def connect_link(self, runner: Runner) -> str:
        """The link the runner opens to connect Strava; raises StravaNotSetUp."""
        if not self.set_up:
            raise StravaNotSetUp()
        expires = int((self._clock.now() + STATE_TTL).timestamp())
        payload = f"{runner.id}.{expires}"
        signature = hmac.new(self._key, payload.encode(), hashlib.sha256).digest()[:16]
        state = base64.urlsafe_b64encode(payload.encode() + b"." + signature).decode().rstrip("=")
        return f"{self._public_url}/strava/connect?state={state}"

    def runner_of(self, state: str) -> Runner:
        """The runner a state names; raises BadState (forged, expired, unknown runner)."""
        try:
            raw = base64.urlsafe_b64decode(state + "=" * (-len(state) % 4))
            runner_id, expires, signature = raw.split(b".", 2)
        except (ValueError, TypeError):
            raise BadState("malformed") from None
        expected = hmac.new(self._key, runner_id + b"." + expires, hashlib.sha256).digest()[:16]
        if not hmac.compare_digest(signature, expected):
            raise BadState("signature")
        if int(expires) < self._clock.now().timestamp():
            raise BadState("expired")
        runner = self._runners.get(runner_id.decode())
        if runner is None:
            raise BadState("unknown runner")
        return runner

    def authorize_url(self, state: str) -> str:
        """Where ``/strava/connect`` sends the browser: Strava's consent page."""
        if not self.set_up:
            raise StravaNotSetUp()
        self.runner_of(state)
        assert self._api is not None
        return self._api.authorization_url(f"{self._public_url}/strava/callback", state)

    def callback(self, state: str, code: str, scope: str) -> Runner:
        """The runner's account linked; raises BadState, MissingScope, StravaError."""
        if not self.set_up:
            raise StravaNotSetUp()
        runner = self.runner_of(state)
        if not any(s in scope.split(",") for s in READ_SCOPES):
            raise MissingScope()
        assert self._api is not None
        tokens = attrs.evolve(self._api.exchange_code(code), scope=scope)
        with self._uow:
            self._store.save_link(StravaLink(runner.id, tokens.athlete_id, tokens))
            self._tell(runner, say(runner.language, "strava_connected"))
        log.info("strava linked", extra={"runner_id": runner.id})
        return runner

    # --- the webhook ----------------------------------------------------------------------------

    def receive(self, payload: Mapping[str, Any]) -> bool:
        """Keep an event to handle; False when it is not one (or not from our subscription), or
        Strava sent it again."""
        try:
            event = StravaEvent(
                id="", object_type=str(payload["object_type"]), object_id=str(int(payload["object_id"])),
                aspect_type=str(payload["aspect_type"]), owner_id=str(int(payload["owner_id"])),
                event_time=int(payload.get("event_time") or time.time()),
                updates=dict(payload.get("updates") or {}))
        except (KeyError, TypeError, ValueError):
            return False
        if event.object_type not in ("activity", "athlete") or event.aspect_type not in ("create", "update",
                                                                                         "delete"):
            return False
        if self._subscription_id and str(payload.get("subscription_id")) != self._subscription_id:
            return False
        identity = f"{event.object_type}:{event.object_id}:{event.aspect_type}:{event.event_time}"
        event = attrs.evolve(event, id=hashlib.sha256(identity.encode()).hexdigest()[:32])
        return self._store.add_event(event, self._clock.now())

    def process_due(self, limit: int = 50) -> list[Handled]:
        """Handle what waits, oldest first, until the queue is empty or Strava's limit is reached. One
        batch at a time in a process (a webhook's and the periodic job's may meet); across processes an
        event handled twice is harmless: the run is found by its Strava id (updated, not doubled)."""
        with self._processing:
            return self._process_due(limit)

    def _process_due(self, limit: int) -> list[Handled]:
        handled: list[Handled] = []
        if self._api is None:
            return handled
        for event in self._store.due_events(self._clock.now(), limit):
            try:
                with self._uow:
                    result = self._handle(event)
                    self._store.event_done(event.id)
                handled.append(result)
            except StravaRateLimited as limited:
                # Every later event would hit the same limit: all wait for the window to reset.
                log.warning("strava rate limit: events wait", extra={"retry_at": limited.retry_at.isoformat()})
                for waiting in self._store.due_events(self._clock.now(), limit):
                    self._store.event_later(waiting.id, limited.retry_at)
                handled.append(Handled("waiting"))
                break
            except Exception:
                log.exception("strava event failed", extra={"attempts": event.attempts + 1})
                if event.attempts + 1 >= MAX_ATTEMPTS:
                    self._store.event_done(event.id)
                    handled.append(Handled("failed"))
                else:
                    wait = BACKOFF_S[min(event.attempts, len(BACKOFF_S) - 1)]
                    self._store.event_later(event.id, self._clock.now() + timedelta(seconds=wait))
                    handled.append(Handled("waiting"))
        return handled

    def _handle(self, event: StravaEvent) -> Handled:
        link = self._store.link_for_athlete(event.owner_id)
        runner = self._runners.get(link.runner_id) if link else None
        if link is None or runner is None:
            return Handled("skipped")                 # an athlete who unlinked (or never linked)
        if event.object_type == "athlete":
            if str(event.updates.get("authorized", "")).lower() == "false":
                self._store.forget_link(runner.id)
                self._tell(runner, say(runner.language, "strava_disconnected"))
                return Handled("deauthorized", runner.id)
            return Handled("skipped", runner.id)
        if event.aspect_type == "delete":
            return self._delete(runner, event.object_id)
        try:
            token = self._fresh_token(link)
            activity = self._api_call(lambda api: api.activity(token, event.object_id))
        except StravaNotFound:                       # gone, or made private: as deleted
            return self._delete(runner, event.object_id)
        except StravaUnauthorized:
            self._store.forget_link(runner.id)
            self._tell(runner, say(runner.language, "strava_disconnected"))
            return Handled("deauthorized", runner.id)
        today = local_today(runner, self._clock.now())
        if not activity.is_run:
            if event.aspect_type == "update":         # a run changed into a ride: it is no run of theirs
                self._delete(runner, event.object_id, quietly=True)
            return Handled("skipped", runner.id)
        known = self._tools.runs.by_source(runner.id, STRAVA, event.object_id)
        try:
            imported = self._tools.import_activity(runner, activity, today, source_ref=event.object_id,
                                                   note=activity.name)
        except NotARun:
            return Handled("skipped", runner.id)
        except DomainError as error:
            log.info("strava activity refused", extra={"runner_id": runner.id, "error_code": error.code})
            return Handled("skipped", runner.id)
        changed = known is None or (known.distance_km, known.duration_s, known.date, known.is_race) != (
            imported.run.distance_km, imported.run.duration_s, imported.run.date, imported.run.is_race)
        if changed:                                   # a new title alone is not worth a message
            self._tell(runner, activity_reply(imported.run, imported.outcome, imported.notes, runner, today,
                                              imported.flat_pace_s_per_km))
        return Handled(imported.outcome, runner.id)

    def _delete(self, runner: Runner, activity_id: str, quietly: bool = False) -> Handled:
        case = self._tools.import_activity_case
        run = case.delete(runner, STRAVA, activity_id) if case is not None else None
        if run is None:
            return Handled("skipped", runner.id)
        if not quietly:
            self._tell(runner, say(runner.language, "activity_deleted", day=short_date(run.date, runner.language),
                                   distance=km_text(run.distance_km)))
        return Handled("deleted", runner.id)

    def _fresh_token(self, link: StravaLink) -> str:
        if link.tokens.expires_at - self._clock.now().timestamp() > REFRESH_BEFORE_S:
            return link.tokens.access_token
        fresh = self._api_call(lambda api: api.refresh(link.tokens.refresh_token))
        tokens = attrs.evolve(fresh, athlete_id=link.athlete_id, scope=link.tokens.scope)
        self._store.save_link(attrs.evolve(link, tokens=tokens))
        return tokens.access_token

    def _api_call(self, call: Callable[[StravaApi], Any]) -> Any:
        assert self._api is not None
        return call(self._api)

    def _tell(self, runner: Runner, text: str) -> None:
        now = self._clock.now()
        try:
            to = address(runner)
        except ValueError:
            return
        self._outbox.add(OutboxMessage(id=uuid.uuid4().hex, runner_id=runner.id, to=to, text=text,
                                       created_at=now, next_attempt_at=now))

    def disconnect(self, runner: Runner) -> bool:
        """The runner asked to unlink: Strava told (deauthorize), the tokens forgotten."""
        link = self._store.link_for_runner(runner.id)
        if link is None:
            return False
        if self._api is not None:
            try:
                self._api.deauthorize(link.tokens.access_token)
            except StravaError:
                log.warning("strava deauthorize failed: the tokens are forgotten anyway")
        return self._store.forget_link(runner.id)
