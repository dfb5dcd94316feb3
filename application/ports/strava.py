"""Ports for Strava sync (issue 24): Strava's API, and where the links and the events wait.

Strava's docs: authentication https://developers.strava.com/docs/authentication/, webhooks
https://developers.strava.com/docs/webhooks/, rate limits https://developers.strava.com/docs/rate-limits/.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

import attrs

from application.ports.activity_files import ActivityFile


@attrs.frozen
class StravaTokens:
    """What the token endpoint answers: a short-lived access token (6 h) and the refresh token."""
    access_token: str
    refresh_token: str
    expires_at: int                 # epoch seconds
    athlete_id: str = ""
    scope: str = ""


@attrs.frozen
class StravaLink:
    """A runner's Strava account, linked: stored with its tokens encrypted at rest (the adapters)."""
    runner_id: str
    athlete_id: str
    tokens: StravaTokens


@attrs.frozen
class StravaEvent:
    """One webhook event, kept until it is handled (``{"object_type": "activity" | "athlete",
    "object_id", "aspect_type": "create" | "update" | "delete", "owner_id", "subscription_id",
    "event_time", "updates": {...}}``)."""
    id: str
    object_type: str
    object_id: str
    aspect_type: str
    owner_id: str
    event_time: int
    updates: dict[str, Any] = attrs.field(factory=dict)
    received_at: datetime | None = None
    attempts: int = 0


class StravaError(Exception):
    pass


class StravaRateLimited(StravaError):
    """Strava's 15-minute or daily limit is reached: nothing more is asked before ``retry_at``."""

    def __init__(self, retry_at: datetime):
        super().__init__(f"Strava rate limit reached until {retry_at.isoformat()}")
        self.retry_at = retry_at


class StravaUnauthorized(StravaError):
    """The runner revoked access, or the refresh token is no longer valid."""


class StravaNotFound(StravaError):
    """The activity is gone (deleted, or made private from the app)."""


class StravaApi(Protocol):
    def authorization_url(self, redirect_uri: str, state: str) -> str: ...
    def exchange_code(self, code: str) -> StravaTokens: ...
    def refresh(self, refresh_token: str) -> StravaTokens: ...
    def activity(self, access_token: str, activity_id: str) -> ActivityFile:
        """The activity read into an ActivityFile (format "strava"); raises StravaRateLimited,
        StravaUnauthorized, StravaNotFound or StravaError."""
    def deauthorize(self, access_token: str) -> None: ...


class StravaRepository(Protocol):
    def save_link(self, link: StravaLink) -> None:
        """Insert or replace the runner's link (an athlete is linked to one runner only)."""
    def link_for_runner(self, runner_id: str) -> StravaLink | None: ...
    def link_for_athlete(self, athlete_id: str) -> StravaLink | None: ...
    def forget_link(self, runner_id: str) -> bool: ...
    def add_event(self, event: StravaEvent, at: datetime) -> bool:
        """Keep an event to handle (False: the same event was already kept: Strava retries)."""
    def due_events(self, now: datetime, limit: int = 50) -> Sequence[StravaEvent]:
        """Events waiting whose time has come, oldest first."""
    def event_done(self, event_id: str) -> None: ...
    def event_later(self, event_id: str, at: datetime) -> None:
        """Try the event again at ``at`` (one more attempt counted)."""
