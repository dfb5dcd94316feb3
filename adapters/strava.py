"""Strava's API with ``stravalib`` (the StravaApi port, issue 24).

* OAuth (https://developers.strava.com/docs/authentication/): the runner is sent to
  ``https://www.strava.com/oauth/authorize?client_id&redirect_uri&response_type=code&approval_prompt=auto
  &scope=activity:read_all&state`` (``Client.authorization_url``); the code comes back to our callback
  and is exchanged at ``POST /oauth/token`` (``grant_type=authorization_code``) for an access token
  that lives 6 hours, a refresh token and the athlete; ``grant_type=refresh_token`` refreshes it
  (``Client.refresh_access_token``); ``POST /oauth/deauthorize`` revokes it.
* The activity (https://developers.strava.com/docs/reference/#api-Activities-getActivityById):
  ``GET /api/v3/activities/{id}`` answers a DetailedActivity — ``distance`` (m), ``moving_time`` and
  ``elapsed_time`` (s), ``total_elevation_gain``, ``start_date`` (UTC), ``sport_type`` ("Run",
  "TrailRun"…), ``workout_type`` (runs: 1 = race), ``average_heartrate``, ``max_heartrate``,
  ``average_cadence`` (per foot), ``splits_metric`` / ``splits_standard`` (per km / per mile) and
  ``laps`` — read with stravalib's own model (``DetailedActivity``) into an ActivityFile.
* Rate limits (https://developers.strava.com/docs/rate-limits/): per application, a 15-minute limit
  (reset at :00, :15, :30, :45) and a daily one (reset at midnight UTC); every answer carries
  ``X-RateLimit-Limit``/``-Usage`` ("15-min,daily"), reads also ``X-ReadRateLimit-*``; past them,
  429. Each answer's usage is read (stravalib's ``get_rates_from_response_headers``): once a limit is
  used up nothing more is asked until its window resets — ``StravaRateLimited(retry_at)``, which the
  application turns into a wait in its queue, never a dropped event. A 429 says the same.

``api_base`` points the client elsewhere (the tests' fake Strava on 127.0.0.1): stravalib builds
``https://www.strava.com`` URLs, which a requests adapter mounted on that prefix rewrites.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

import requests
from requests.adapters import HTTPAdapter
from stravalib import exc
from stravalib.client import Client
from stravalib.util.limiter import RateLimiter, get_rates_from_response_headers

from application.ports.activity_files import ActivityFile
from application.ports.strava import (
    StravaError,
    StravaNotFound,
    StravaRateLimited,
    StravaTokens,
    StravaUnauthorized,
)
from domain.activity import STRAVA, Lap, Recording, Split

log = logging.getLogger(__name__)

STRAVA_BASE = "https://www.strava.com"
SCOPE: Literal["activity:read_all"] = "activity:read_all"   # private runs too: easy runs often are
RACE_WORKOUT_TYPE = 1              # Strava's run workout types: 0 default, 1 race, 2 long run, 3 workout
STEPS_PER_STRIDE = 2               # Strava's running cadence is per foot
# Strava's sport types (https://developers.strava.com/docs/reference/#api-models-SportType) as ours.
SPORTS = {"Run": "running", "TrailRun": "running", "VirtualRun": "running", "Ride": "cycling", "Walk": "walking",
          "Hike": "hiking", "Swim": "swimming"}


def next_quarter(now: datetime) -> datetime:
    return now.replace(minute=now.minute // 15 * 15, second=0, microsecond=0) + timedelta(minutes=15)


def next_utc_midnight(now: datetime) -> datetime:
    return now.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)


class _Rewrite(HTTPAdapter):
    """Sends https://www.strava.com/... to ``base`` (the tests' fake Strava)."""

    def __init__(self, base: str):
        super().__init__()
        self._base = base.rstrip("/")

    def send(self, request, **kwargs):
        request.url = self._base + request.url[len(STRAVA_BASE):]
        return super().send(request, **kwargs)


class _UsageWatch(RateLimiter):
    """Reads each answer's rate-limit headers: the first moment a request may be sent again."""

    def __init__(self, clock: Callable[[], datetime]):
        super().__init__()
        self._clock = clock
        self.blocked_until: datetime | None = None

    def __call__(self, args: dict[str, str], method: Any) -> None:
        rates = get_rates_from_response_headers(args, method)
        if rates is None:
            return
        now = self._clock()
        if rates.long_usage >= rates.long_limit:
            self.blocked_until = next_utc_midnight(now)
        elif rates.short_usage >= rates.short_limit:
            self.blocked_until = next_quarter(now)


class StravaClient:
    def __init__(self, client_id: int, client_secret: str, *, api_base: str = STRAVA_BASE, timeout_s: float = 20.0,
                 clock: Callable[[], datetime] | None = None):
        self._client_id = int(client_id)
        self._secret = client_secret
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        session = requests.Session()
        if api_base.rstrip("/") != STRAVA_BASE:
            session.mount(STRAVA_BASE, _Rewrite(api_base))
        session.request = _with_timeout(session.request, timeout_s)  # type: ignore[method-assign]
        self._usage = _UsageWatch(self._clock)
        self._session = session
        self._client = Client(rate_limiter=self._usage, requests_session=session)
        self._lock = threading.Lock()       # one stravalib Client, its token set per call

    # --- OAuth ----------------------------------------------------------------------------------

    def authorization_url(self, redirect_uri: str, state: str) -> str:
        return self._client.authorization_url(client_id=self._client_id, redirect_uri=redirect_uri,
                                              approval_prompt="auto", scope=[SCOPE], state=state)

    def exchange_code(self, code: str) -> StravaTokens:
        def call() -> Any:
            return self._client.exchange_code_for_token(client_id=self._client_id, client_secret=self._secret,
                                                        code=code, return_athlete=True)
        info, athlete = self._call(None, call, token_request=True)
        return StravaTokens(access_token=info["access_token"], refresh_token=info["refresh_token"],
                            expires_at=int(info["expires_at"]), athlete_id=str(athlete.id) if athlete else "")

    def refresh(self, refresh_token: str) -> StravaTokens:
        def call() -> Any:
            return self._client.refresh_access_token(client_id=self._client_id, client_secret=self._secret,
                                                     refresh_token=refresh_token)
        info = self._call(None, call, token_request=True)
        return StravaTokens(access_token=info["access_token"], refresh_token=info["refresh_token"],
                            expires_at=int(info["expires_at"]))

    def deauthorize(self, access_token: str) -> None:
        """``POST https://www.strava.com/oauth/deauthorize`` with the token (Strava's documented
        endpoint; stravalib's own ``deauthorize`` posts under /api/v3)."""
        def call() -> Any:
            response = self._session.post(f"{STRAVA_BASE}/oauth/deauthorize",
                                          headers={"Authorization": f"Bearer {access_token}"})
            if response.status_code == 401:
                raise StravaUnauthorized("token already revoked")
            if response.status_code >= 300:
                raise StravaError(f"deauthorize answered {response.status_code}")
        self._call(None, call)

    # --- activities -----------------------------------------------------------------------------

    def activity(self, access_token: str, activity_id: str) -> ActivityFile:
        detailed = self._call(access_token, lambda: self._client.get_activity(int(activity_id)))
        return activity_file(detailed)

    # --- plumbing -------------------------------------------------------------------------------

    def _call(self, access_token: str | None, call: Callable[[], Any], *, token_request: bool = False) -> Any:
        """``call`` with ``access_token``, Strava's answers mapped onto the port's errors (a token
        request that is refused — a used code, a revoked refresh token — is StravaUnauthorized)."""
        now = self._clock()
        with self._lock:
            if self._usage.blocked_until is not None and now < self._usage.blocked_until:
                raise StravaRateLimited(self._usage.blocked_until)
            self._client.access_token = access_token
            try:
                return call()
            except exc.AccessUnauthorized as error:
                raise StravaUnauthorized(str(error)) from error
            except exc.ObjectNotFound as error:
                raise StravaNotFound(str(error)) from error
            except exc.Fault as error:
                response = getattr(error, "response", None)
                status = getattr(response, "status_code", None)
                if status == 429:
                    rates = (get_rates_from_response_headers(dict(response.headers), "GET")
                             if response is not None else None)     # (a 429 Response is falsy)
                    daily = rates is not None and rates.long_usage >= rates.long_limit
                    retry_at = next_utc_midnight(now) if daily else next_quarter(now)
                    self._usage.blocked_until = retry_at
                    raise StravaRateLimited(retry_at) from error
                if token_request and status in (400, 401):
                    raise StravaUnauthorized(str(error)) from error    # a refused code or refresh token
                raise StravaError(str(error)) from error
            except (requests.RequestException, ValueError) as error:
                raise StravaError(f"{error.__class__.__name__}: {error}") from error
            finally:
                self._client.access_token = None


def _with_timeout(request: Callable[..., Any], timeout_s: float) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", timeout_s)
        return request(*args, **kwargs)
    return timed


def _num(value: Any) -> float | None:
    return float(value) if value is not None else None


def _seconds(value: Any) -> int | None:
    return int(value) if value is not None else None


def _split(raw: Any) -> Split | None:
    seconds = _seconds(raw.moving_time) or _seconds(raw.elapsed_time)
    distance = _num(raw.distance)
    if not seconds or not distance:
        return None
    gain = _num(raw.elevation_difference)
    return Split(int(raw.split or 0), round(distance / 1000.0, 3), seconds,
                 round(max(0.0, gain), 1) if gain is not None else None,
                 round(raw.average_heartrate) if raw.average_heartrate else None)


def activity_file(detailed: Any) -> ActivityFile:
    """stravalib's DetailedActivity as an ActivityFile."""
    sport = str(getattr(detailed.sport_type, "root", detailed.sport_type)
                or getattr(detailed.type, "root", detailed.type) or "")
    sport_name = SPORTS.get(sport, sport.lower())
    laps = []
    for n, lap in enumerate(detailed.laps or [], start=1):
        seconds = _seconds(lap.moving_time) or _seconds(lap.elapsed_time)
        if seconds and lap.distance:
            laps.append(Lap(int(lap.lap_index or n), round(float(lap.distance) / 1000.0, 3), seconds,
                            round(lap.average_heartrate) if lap.average_heartrate else None,
                            round(lap.max_heartrate) if lap.max_heartrate else None))
    high, low = _num(detailed.elev_high), _num(detailed.elev_low)
    cadence = _num(detailed.average_cadence)
    start = detailed.start_date
    recording = Recording(
        started_at=start.astimezone(timezone.utc) if start else None,
        moving_s=_seconds(detailed.moving_time), elapsed_s=_seconds(detailed.elapsed_time),
        elevation_gain_m=_num(detailed.total_elevation_gain),
        avg_hr=round(detailed.average_heartrate) if detailed.average_heartrate else None,
        max_hr=round(detailed.max_heartrate) if detailed.max_heartrate else None,
        avg_cadence_spm=round(cadence * STEPS_PER_STRIDE) if cadence else None,
        splits=tuple(s for s in map(_split, detailed.splits_metric or []) if s is not None),
        mile_splits=tuple(s for s in map(_split, detailed.splits_standard or []) if s is not None),
        laps=tuple(laps),
        altitude_m=round((high + low) / 2, 1) if high is not None and low is not None else None,
    )
    return ActivityFile(format=STRAVA, sport=sport_name, distance_km=float(detailed.distance or 0) / 1000.0,
                        recording=recording, name=detailed.name,
                        is_race=detailed.workout_type == RACE_WORKOUT_TYPE)
