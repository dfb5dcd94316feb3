"""A fake Strava on 127.0.0.1, built from Strava's current docs (issue 24):

* OAuth (https://developers.strava.com/docs/authentication/): ``POST /oauth/token`` with
  ``client_id``, ``client_secret`` and ``grant_type=authorization_code`` + ``code`` (single use,
  only codes this fake handed out) or ``grant_type=refresh_token`` + ``refresh_token`` (the latest
  one only: Strava rotates them); answers ``{"token_type": "Bearer", "expires_at", "expires_in":
  21600, "refresh_token", "access_token", "athlete": {...}}`` (the athlete only on the code exchange);
  a wrong client, code or refresh token is a 400 ``{"message": "Bad Request", "errors": [...]}``.
  ``POST /oauth/deauthorize`` with the Bearer token revokes it.
* Activities (https://developers.strava.com/docs/reference/#api-Activities-getActivityById):
  ``GET /api/v3/activities/{id}`` with a valid, unexpired Bearer token of the activity's owner
  answers a DetailedActivity; an expired or revoked token is a 401 "Authorization Error"; an unknown
  or deleted activity a 404 "Record Not Found".
* Rate limits (https://developers.strava.com/docs/rate-limits/): every API answer carries
  ``X-RateLimit-Limit``/``X-RateLimit-Usage`` and, for reads, ``X-ReadRateLimit-*`` ("15-min,daily");
  past the limit, 429 "Rate Limit Exceeded" (counted, as Strava counts refused requests too).
  ``limits(short, daily)`` sets them low to test the queue.
* Webhook events (https://developers.strava.com/docs/webhooks/): ``event(...)`` builds the JSON
  Strava POSTs to the callback URL.
"""
from __future__ import annotations

import itertools
import secrets
import threading
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TOKEN_LIFETIME_S = 21600          # "Access tokens expire six hours after they are created"


def _error(status: int, message: str, resource: str, field: str, code: str, headers: dict | None = None):
    return JSONResponse({"message": message, "errors": [{"resource": resource, "field": field, "code": code}]},
                        status_code=status, headers=headers)


class FakeStrava:
    def __init__(self, client_id: int = 4242, client_secret: str = "strava-secret-for-tests"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.url = ""
        self.now = time.time                      # the fake's clock (tests move it with the app's)
        self.activities: dict[int, dict[str, Any]] = {}
        self.athletes: dict[int, dict[str, Any]] = {}
        self._codes: dict[str, int] = {}          # code -> athlete id
        self._access: dict[str, tuple[int, float]] = {}     # token -> (athlete, expires_at)
        self._refresh: dict[str, int] = {}        # current refresh token -> athlete
        self.requests: list[str] = []
        self.token_grants: list[str] = []
        self.deauthorized: list[int] = []
        self._limits = (100, 1000)                # reads: 15 minutes, daily (the default read limit)
        self._usage = [0, 0]
        self._ids = itertools.count(17000000001)
        self._lock = threading.Lock()
        self.app = Starlette(routes=[
            Route("/oauth/token", self._token, methods=["POST"]),
            Route("/oauth/deauthorize", self._deauthorize, methods=["POST"]),
            Route("/api/v3/activities/{id:int}", self._activity, methods=["GET"]),
        ])

    # --- behaviour --------------------------------------------------------------------------------

    def authorize(self, athlete_id: int = 134815, firstname: str = "Ana") -> str:
        """The runner pressed "Authorize" on Strava's page: the code Strava puts in the redirect."""
        self.athletes[athlete_id] = {"id": athlete_id, "resource_state": 2, "firstname": firstname,
                                     "lastname": "Runner", "city": "Quito", "country": "Ecuador"}
        code = secrets.token_hex(20)
        self._codes[code] = athlete_id
        return code

    def limits(self, short: int, daily: int = 1000) -> None:
        self._limits = (short, daily)

    def reset_window(self) -> None:
        """A new 15-minute window began (at :00, :15, :30 or :45)."""
        self._usage[0] = 0

    def expire_tokens(self) -> None:
        self._access = {token: (athlete, 0.0) for token, (athlete, _) in self._access.items()}

    def revoke(self, athlete_id: int) -> None:
        """The runner revoked access on strava.com/settings/apps: their tokens stop working."""
        self._access = {t: v for t, v in self._access.items() if v[0] != athlete_id}
        self._refresh = {t: a for t, a in self._refresh.items() if a != athlete_id}

    def add_run(self, athlete_id: int, *, distance_m: float = 10200.0, moving_s: int = 3130, elapsed_s: int = 3190,
                start: datetime | None = None, sport_type: str = "Run", workout_type: int | None = 0,
                name: str = "Morning Run", activity_id: int | None = None) -> int:
        """A DetailedActivity as Strava answers it (the fields the reference lists)."""
        activity_id = activity_id or next(self._ids)
        start = start or datetime(2026, 12, 5, 11, 30, tzinfo=timezone.utc)
        km = int(distance_m // 1000)
        splits = [{"distance": 1000.0, "elapsed_time": 288 if i == 9 else 309, "elevation_difference": 12.0,
                   "moving_time": 288 if i == 9 else 309, "split": i, "average_speed": 3.3,
                   "average_heartrate": 152.0, "pace_zone": 2} for i in range(1, km + 1)]
        if distance_m - km * 1000 > 0:
            splits.append({"distance": distance_m - km * 1000, "elapsed_time": 62, "elevation_difference": 0.0,
                           "moving_time": 62, "split": km + 1, "average_speed": 3.2, "pace_zone": 2})
        self.activities[activity_id] = {
            "id": activity_id, "resource_state": 3, "external_id": "garmin_push_123",
            "athlete": {"id": athlete_id, "resource_state": 1}, "name": name, "distance": distance_m,
            "moving_time": moving_s, "elapsed_time": elapsed_s, "total_elevation_gain": 145.0,
            "type": sport_type, "sport_type": sport_type, "workout_type": workout_type,
            "start_date": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "start_date_local": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "timezone": "(GMT-05:00) America/Guayaquil", "utc_offset": -18000.0,
            "trainer": False, "commute": False, "manual": False, "private": False, "flagged": False,
            "average_speed": distance_m / moving_s, "max_speed": 4.6, "has_heartrate": True,
            "average_heartrate": 152.4, "max_heartrate": 171.0, "average_cadence": 86.0,
            "elev_high": 2945.0, "elev_low": 2800.0, "calories": 720.0,
            "splits_metric": splits, "splits_standard": [],
            "laps": [{"id": 1, "resource_state": 2, "name": "Lap 1", "lap_index": 1, "split": 1,
                      "distance": distance_m, "moving_time": moving_s, "elapsed_time": elapsed_s,
                      "average_heartrate": 152.4, "max_heartrate": 171.0,
                      "start_date": start.strftime("%Y-%m-%dT%H:%M:%SZ")}],
        }
        return activity_id

    def edit(self, activity_id: int, **changes: Any) -> None:
        self.activities[activity_id].update(changes)

    def delete(self, activity_id: int) -> None:
        self.activities.pop(activity_id, None)

    @staticmethod
    def event(object_id: int, owner_id: int, aspect_type: str = "create", object_type: str = "activity",
              updates: dict | None = None, subscription_id: int = 120475, event_time: int | None = None) -> dict:
        return {"aspect_type": aspect_type, "event_time": event_time or int(time.time()), "object_id": object_id,
                "object_type": object_type, "owner_id": owner_id, "subscription_id": subscription_id,
                "updates": updates or {}}

    # --- endpoints --------------------------------------------------------------------------------

    def _new_tokens(self, athlete_id: int) -> dict[str, Any]:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        expires_at = int(self.now()) + TOKEN_LIFETIME_S
        self._access[access] = (athlete_id, expires_at)
        self._refresh = {t: a for t, a in self._refresh.items() if a != athlete_id}
        self._refresh[refresh] = athlete_id
        return {"token_type": "Bearer", "expires_at": expires_at, "expires_in": TOKEN_LIFETIME_S,
                "refresh_token": refresh, "access_token": access}

    async def _token(self, request: Request) -> JSONResponse:
        # form-encoded, as Strava's token endpoint takes it (read by hand: no multipart parser needed)
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        self.token_grants.append(str(form.get("grant_type")))
        if str(form.get("client_id")) != str(self.client_id) or form.get("client_secret") != self.client_secret:
            return _error(400, "Bad Request", "Application", "client_id", "invalid")
        with self._lock:
            if form.get("grant_type") == "authorization_code":
                athlete = self._codes.pop(str(form.get("code")), None)
                if athlete is None:
                    return _error(400, "Bad Request", "AuthorizationCode", "code", "invalid")
                return JSONResponse({**self._new_tokens(athlete), "athlete": self.athletes[athlete]})
            if form.get("grant_type") == "refresh_token":
                athlete = self._refresh.get(str(form.get("refresh_token")))
                if athlete is None:
                    return _error(400, "Bad Request", "RefreshToken", "refresh_token", "invalid")
                return JSONResponse(self._new_tokens(athlete))
        return _error(400, "Bad Request", "Application", "grant_type", "invalid")

    def _bearer(self, request: Request) -> tuple[int, float] | None:
        header = request.headers.get("authorization", "")
        return self._access.get(header[7:]) if header.startswith("Bearer ") else None

    async def _deauthorize(self, request: Request) -> JSONResponse:
        found = self._bearer(request)
        if found is None:
            return _error(401, "Authorization Error", "Athlete", "access_token", "invalid")
        self.deauthorized.append(found[0])
        self.revoke(found[0])
        return JSONResponse({"access_token": request.headers["authorization"][7:]})

    async def _activity(self, request: Request) -> JSONResponse:
        self.requests.append(request.url.path)
        with self._lock:
            self._usage[0] += 1
            self._usage[1] += 1
            usage = f"{self._usage[0]},{self._usage[1]}"
        headers = {"X-RateLimit-Limit": f"{self._limits[0] * 2},{self._limits[1] * 2}", "X-RateLimit-Usage": usage,
                   "X-ReadRateLimit-Limit": f"{self._limits[0]},{self._limits[1]}", "X-ReadRateLimit-Usage": usage}
        if self._usage[0] > self._limits[0] or self._usage[1] > self._limits[1]:
            return _error(429, "Rate Limit Exceeded", "Application", "rate limit", "exceeded", headers)
        found = self._bearer(request)
        if found is None or found[1] < self.now():
            return _error(401, "Authorization Error", "Athlete", "access_token", "invalid", headers)
        activity = self.activities.get(request.path_params["id"])
        if activity is None or activity["athlete"]["id"] != found[0]:
            return _error(404, "Record Not Found", "Activity", "id", "invalid", headers)
        return JSONResponse(activity, headers=headers)
