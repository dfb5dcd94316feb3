"""The read-only JSON API, behind ``Authorization: Bearer <ANDES_API_TOKEN>`` (a middleware).

``GET /api/runners/{id}``, ``…/runs`` (``?limit=``, ``?since=YYYY-MM-DD``), ``…/plan`` (the active
plan), ``…/progress`` (``?days=14``). A missing or wrong token → 401. With ANDES_API_TOKEN unset
the API does not exist: 404, so that a deployment that forgot the token exposes nothing. The
runner's phone number and WhatsApp user id are never in an answer. A runner id that no runner can
have (control characters, over 64 characters) is a 404 without touching the database.
"""
from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import date
from typing import Any

import anyio.to_thread
from cattrs.preconf.json import make_converter
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from application.training.local_time import local_today
from entrypoints.resources import Resources

PREFIX = "/api/"
MAX_RUNNER_ID_CHARS = 64


class BearerAuth:
    """Every ``/api/`` request needs the token; the rest of the app is not concerned. A pure ASGI
    middleware: Starlette's BaseHTTPMiddleware would add a task and a stream to every webhook call."""

    def __init__(self, app: ASGIApp, token: str):
        self.app = app
        self._token = token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        refused = self._refused(Headers(scope=scope))
        if refused is not None:
            await refused(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _refused(self, headers: Headers) -> Response | None:
        if not self._token:
            return JSONResponse({"error": "not found"}, status_code=404)
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8"), self._token):
            return JSONResponse({"error": "unauthorized"}, status_code=401,
                                headers={"WWW-Authenticate": 'Bearer realm="andes"'})
        return None


def _plausible_id(runner_id: str) -> bool:
    return 0 < len(runner_id) <= MAX_RUNNER_ID_CHARS and runner_id.isprintable()


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}")
    return value


class RunnerAPI:
    def __init__(self, resources: Resources):
        self._r = resources
        self._converter = make_converter()

    def routes(self) -> list[Route]:
        return [
            Route("/api/runners/{runner_id}", self._endpoint(self._runner), methods=["GET"]),
            Route("/api/runners/{runner_id}/runs", self._endpoint(self._runs), methods=["GET"]),
            Route("/api/runners/{runner_id}/plan", self._endpoint(self._plan), methods=["GET"]),
            Route("/api/runners/{runner_id}/progress", self._endpoint(self._progress), methods=["GET"]),
        ]

    def _endpoint(self, read: Callable[[Request, Any], tuple[int, dict[str, Any]]]):
        async def endpoint(request: Request) -> Response:
            runner_id = request.path_params["runner_id"]
            if not _plausible_id(runner_id):
                return JSONResponse({"error": "runner not found"}, status_code=404)

            def load() -> tuple[int, dict[str, Any]]:
                runner = self._r.get("runners").get(runner_id)
                if runner is None:
                    return 404, {"error": "runner not found"}
                return read(request, runner)
            try:
                status, body = await anyio.to_thread.run_sync(load)
            except ValueError as error:
                return JSONResponse({"error": str(error)}, status_code=400)
            return JSONResponse(body, status_code=status)
        return endpoint

    def _runner(self, request: Request, runner: Any) -> tuple[int, dict[str, Any]]:
        data = self._converter.unstructure(runner)
        data.pop("phone", None)
        data.pop("whatsapp_id", None)       # an identifier of the person, like the phone
        return 200, data

    def _runs(self, request: Request, runner: Any) -> tuple[int, dict[str, Any]]:
        limit = _int_param(request, "limit", 50, 1, 500)
        since = request.query_params.get("since")
        try:
            since_day = date.fromisoformat(since) if since else None
        except ValueError:
            raise ValueError("since must be a date, YYYY-MM-DD") from None
        items = []
        for run in self._r.get("runs").for_runner(runner.id, since=since_day, limit=limit):
            item = self._converter.unstructure(run)
            item["pace_s_per_km"] = run.pace_s_per_km
            items.append(item)
        return 200, {"runner_id": runner.id, "runs": items}

    def _plan(self, request: Request, runner: Any) -> tuple[int, dict[str, Any]]:
        plan = self._r.get("plans").active_for(runner.id)
        if plan is None:
            return 404, {"error": "no active plan", "runner_id": runner.id}
        data = self._converter.unstructure(plan)
        data["end"] = plan.end.isoformat()
        data["total_km"] = plan.total_km
        return 200, data

    def _progress(self, request: Request, runner: Any) -> tuple[int, dict[str, Any]]:
        days = _int_param(request, "days", 14, 1, 365)
        today = local_today(runner, self._r.get("clock").now())
        summary = self._r.get("summarize_progress")(runner, today, days=days)
        data = summary.as_dict()
        data["text"] = summary.text(runner.language)
        data["runner_id"] = runner.id
        return 200, data
