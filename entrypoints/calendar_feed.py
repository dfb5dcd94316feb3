"""``GET /calendar/{token}.ics``: a runner's plan as an iCalendar feed (issue 25).

The token is the link's secret (application.training.calendar.PlanCalendar): a malformed, forged or
revoked one answers 404, like an unknown path, so a probe learns nothing. The feed is made on each
fetch (from the plans as they are), off the event loop; calendar apps cache it themselves.
"""
from __future__ import annotations

import logging
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

log = logging.getLogger(__name__)

MAX_TOKEN_CHARS = 128


class CalendarFeed:
    def __init__(self, resources: Any):
        self._resources = resources

    def routes(self) -> list[Route]:
        return [Route("/calendar/{token}.ics", self.feed, methods=["GET"])]

    async def feed(self, request: Request) -> Response:
        token = request.path_params["token"]
        if len(token) > MAX_TOKEN_CHARS:
            return PlainTextResponse("not found", status_code=404)
        try:
            calendar = self._resources.get("plan_calendar")
            body = await anyio.to_thread.run_sync(calendar.feed, token)
        except Exception:
            log.exception("calendar feed failed")
            return PlainTextResponse("temporarily unavailable", status_code=503, headers={"Retry-After": "60"})
        if body is None:
            return PlainTextResponse("not found", status_code=404)
        # Private: a proxy must not keep one runner's plan for another request.
        return Response(body, media_type="text/calendar; charset=utf-8",
                        headers={"Cache-Control": "private, max-age=300",
                                 "Content-Disposition": 'inline; filename="andes.ics"'})
