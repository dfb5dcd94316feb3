"""Strava's HTTP side (issue 24): ``/strava/connect``, ``/strava/callback`` (OAuth) and
``/strava/webhook`` (Strava's push subscription). Thin: the work is application.coach.strava.

* ``GET /strava/connect?state=…``: the link the runner got on WhatsApp; a valid, unexpired state
  sends the browser to Strava's consent page (302).
* ``GET /strava/callback?state&code&scope`` (or ``error=access_denied``): Strava sends the browser
  back here; the tokens are stored and the runner told on WhatsApp; the page says what happened.
* ``GET /strava/webhook?hub.mode=subscribe&hub.verify_token&hub.challenge``: the subscription's
  validation — answered ``{"hub.challenge": "…"}`` when the token is ours
  (https://developers.strava.com/docs/webhooks/, "Subscription Validation Request").
* ``POST /strava/webhook``: an event, stored and answered 200 at once (Strava wants an answer within
  two seconds and retries otherwise); it is handled right after, and by the periodic job.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
from html import escape
from typing import Any

import anyio
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from domain.errors import DomainError

log = logging.getLogger(__name__)

MAX_EVENT_BYTES = 16 * 1024

_PAGE = ("<!doctype html><html lang='es'><head><meta charset='utf-8'><meta name='viewport' "
         "content='width=device-width, initial-scale=1'><title>Andes · Strava</title></head>"
         "<body style='font-family: system-ui, sans-serif; max-width: 32em; margin: 3em auto; padding: 0 1em'>"
         "<h1>{title}</h1><p>{text}</p></body></html>")
PAGES = {
    "connected": ("✅ ¡Listo! / Done!", "Strava quedó conectado: vuelve a WhatsApp. / Strava is connected: go back "
                                        "to WhatsApp."),
    "denied": ("Strava no se conectó / Strava not connected",
               "No diste permiso. Si cambias de idea, pídele el enlace otra vez al coach. / You did not give "
               "permission. Ask the coach for the link again if you change your mind."),
    "scope": ("Falta un permiso / A permission is missing",
              "Para registrar tus trotes necesito poder leer tus actividades: pide el enlace otra vez y deja "
              "marcada esa casilla. / To log your runs I need to read your activities: ask for the link again "
              "and leave that box ticked."),
    "expired": ("El enlace venció / The link expired",
                "Pídele al coach un enlace nuevo por WhatsApp («conectar strava»). / Ask the coach for a new "
                "link on WhatsApp (\"connect strava\")."),
    "failed": ("Algo falló / Something failed",
               "Strava no respondió bien. Inténtalo otra vez en unos minutos. / Strava did not answer well. "
               "Try again in a few minutes."),
}


def _page(kind: str, status: int = 200, background: BackgroundTask | None = None) -> HTMLResponse:
    title, text = PAGES[kind]
    return HTMLResponse(_PAGE.format(title=escape(title), text=escape(text)), status_code=status,
                        background=background)


class StravaRoutes:
    def __init__(self, resources: Any, verify_token: str):
        self._resources = resources
        self._verify_token = verify_token
        self._processing = asyncio.Lock()

    def routes(self) -> list[Route]:
        return [Route("/strava/connect", self.connect, methods=["GET"]),
                Route("/strava/callback", self.callback, methods=["GET"]),
                Route("/strava/webhook", self.verify, methods=["GET"]),
                Route("/strava/webhook", self.event, methods=["POST"])]

    def _sync(self) -> Any:
        return self._resources.get("strava_sync")

    async def connect(self, request: Request) -> Response:
        sync = await anyio.to_thread.run_sync(self._sync)
        if not sync.set_up:
            return Response("Strava is not set up", status_code=404)
        try:
            url = await anyio.to_thread.run_sync(sync.authorize_url, request.query_params.get("state", ""))
        except DomainError:
            return _page("expired", 400)
        return RedirectResponse(url, status_code=302)

    async def callback(self, request: Request) -> Response:
        sync = await anyio.to_thread.run_sync(self._sync)
        if not sync.set_up:
            return Response("Strava is not set up", status_code=404)
        query = request.query_params
        if query.get("error") or not query.get("code"):
            return _page("denied", 200)
        try:
            await anyio.to_thread.run_sync(sync.callback, query.get("state", ""), query["code"], query.get("scope", ""))
        except DomainError as error:
            return _page("scope" if error.code == "strava_missing_scope" else "expired", 400)
        except Exception:
            log.exception("strava callback failed")
            return _page("failed", 502)
        return _page("connected", background=BackgroundTask(self._send_now))

    async def verify(self, request: Request) -> Response:
        query = request.query_params
        token = query.get("hub.verify_token", "")
        if (query.get("hub.mode") != "subscribe" or not self._verify_token
                or not hmac.compare_digest(token.encode(), self._verify_token.encode())):
            return Response(status_code=403)
        return JSONResponse({"hub.challenge": query.get("hub.challenge", "")})

    async def event(self, request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_EVENT_BYTES:
            return Response(status_code=413)
        try:
            payload = json.loads(body)
        except ValueError:
            return Response(status_code=400)
        if not isinstance(payload, dict):
            return Response(status_code=400)
        sync = await anyio.to_thread.run_sync(self._sync)
        if not sync.set_up:
            return Response(status_code=404)
        kept = await anyio.to_thread.run_sync(sync.receive, payload)
        return Response(status_code=200, background=BackgroundTask(self._process, sync) if kept else None)

    async def _send_now(self) -> None:
        """What was queued for the runners goes out now, not at the next sweep (a process that does not
        work — a webhook-only server — leaves it to the workers)."""
        jobs = self._resources.built("jobs")
        if jobs is not None:
            try:
                await jobs.sweep()
            except Exception:
                log.exception("sending after a Strava event failed: the sweep retries")

    async def _process(self, sync: Any) -> None:
        """Handle what waits now, one batch at a time in this process (the periodic job catches up
        with whatever this misses)."""
        async with self._processing:
            try:
                handled = await anyio.to_thread.run_sync(sync.process_due)
                if handled:
                    await self._send_now()
            except Exception:
                log.exception("strava events failed: the periodic job retries them")
