"""A fake Graph API for benchmarks, in its own process, switchable at run time.

``FakeGraphAPI`` (tests/integration/fake_graph_api.py) checks and records sends as WhatsApp would;
``SwitchableGraphAPI`` puts a mode in front of it, and a control endpoint beside it:

* ``normal``: as ``FakeGraphAPI``;
* ``fail``: every send answers 503 with Graph's transient error (code 2), nothing accepted;
* ``hang``: every send waits until the window ends, then answers 503 (a client with a shorter
  timeout has given up by then), nothing accepted;
* ``late``: every send is accepted (logged at arrival) and answered ``delay`` seconds later — a
  client that times out first and sends again makes a duplicate, as with the real WhatsApp.

A mode lasts ``seconds`` and then reverts to normal. Control (JSON): ``POST /_control/mode``
``{"mode", "seconds", "delay"}``; ``GET /_control/log?since=N`` the accepted sends from the N-th on
(``[to, text, unix time]``) with counters; ``POST /_control/statuses`` ``{"urls", "secret",
"delay"}``: from then on each accepted send gets its ``sent`` status webhook ``delay`` seconds later,
signed, posted to the next of ``urls`` (again to the next, a few times, when it gets no 200), with
the ``biz_opaque_callback_data`` the send carried — as WhatsApp does
(https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components, statuses). Run it as ``python -m benchmarks.harness.graph``: it
prints ``URL http://127.0.0.1:PORT`` and serves until stdin closes.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import threading
import time
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.integration.fake_graph_api import (
    FakeGraphAPI,
    ServerThread,
    delivery,
    encode,
    graph_error_body,
    signed_headers,
)

MODES = ("normal", "fail", "hang", "late")


def text_of(payload: dict[str, Any]) -> str:
    """What the runner reads in a send: a text's body, buttons' body, or the template's name."""
    kind = payload.get("type")
    if kind == "text":
        return str((payload.get("text") or {}).get("body") or "")
    if kind == "interactive":
        return str(((payload.get("interactive") or {}).get("body") or {}).get("text") or "")
    if kind == "template":
        return "template:" + str((payload.get("template") or {}).get("name") or "")
    return ""


class SwitchableGraphAPI(FakeGraphAPI):
    def __init__(self, token: str, phone_number_id: str) -> None:
        super().__init__(token=token, phone_number_id=phone_number_id)
        self.sends: list[tuple[str, str, float]] = []       # (to, text, unix time) as accepted
        self.refused = 0                                     # sends answered fail/hang
        self.images = 0                                      # pictures sent beside the replies
        self._mode, self._until, self._delay = "normal", 0.0, 0.0
        self._lock = threading.Lock()
        self.listeners.append(self._log)
        self.app.router.routes.extend([
            Route("/_control/mode", self._set_mode, methods=["POST"]),
            Route("/_control/log", self._get_log, methods=["GET"]),
            Route("/_control/statuses", self._set_statuses, methods=["POST"]),
        ])
        self._status_urls: list[str] = []
        self._status_secret = ""
        self._status_delay = 0.5
        self._next_url = itertools.count()
        self.statuses_sent = 0
        self._client: httpx.AsyncClient | None = None

    def switch(self, mode: str, seconds: float = 0.0, delay: float = 0.0) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        with self._lock:
            self._mode, self._until, self._delay = mode, time.monotonic() + seconds, delay

    def mode(self) -> tuple[str, float, float]:
        """(mode, seconds left, delay)."""
        with self._lock:
            left = self._until - time.monotonic()
            return (self._mode, left, self._delay) if self._mode != "normal" and left > 0 else ("normal", 0.0, 0.0)

    def _log(self, payload: dict[str, Any], _: float) -> None:
        with self._lock:
            if payload.get("type") == "image":
                # A picture goes with a reply (a new block's plan, issue 25): not a reply of its own.
                self.images += 1
                return
            self.sends.append((str(payload.get("to") or payload.get("recipient")), text_of(payload), time.time()))

    async def _messages(self, request: Request) -> JSONResponse:
        mode, left, delay = self.mode()
        if mode == "fail":
            self.refused += 1
            return JSONResponse(graph_error_body(2, "Service temporarily unavailable (fake)"), status_code=503)
        if mode == "hang":
            self.refused += 1
            await asyncio.sleep(left)
            return JSONResponse(graph_error_body(2, "Service temporarily unavailable (fake)"), status_code=503)
        response = await super()._messages(request)
        if response.status_code == 200 and self._status_urls:
            wamid = json.loads(bytes(response.body))["messages"][0]["id"]
            asyncio.get_running_loop().create_task(self._post_status(wamid, await request.json()))
        if mode == "late":
            await asyncio.sleep(delay)
        return response

    async def _post_status(self, wamid: str, payload: dict[str, Any]) -> None:
        await asyncio.sleep(self._status_delay)
        status: dict[str, Any] = {"id": wamid, "status": "sent", "timestamp": str(int(time.time()))}
        if payload.get("to"):
            status["recipient_id"] = payload["to"]
        else:
            status["recipient_user_id"] = payload.get("recipient")
        if isinstance(payload.get("biz_opaque_callback_data"), str):
            status["biz_opaque_callback_data"] = payload["biz_opaque_callback_data"]
        body = encode(delivery(statuses=[status], phone_number_id=self.phone_number_id))
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=10.0)
        for attempt in range(6):                 # Meta retries a webhook that failed, for days
            url = self._status_urls[next(self._next_url) % len(self._status_urls)]
            try:
                answer = await self._client.post(url, content=body, headers=signed_headers(self._status_secret, body))
                if answer.status_code == 200:
                    self.statuses_sent += 1
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5 * 2 ** attempt)

    async def _set_statuses(self, request: Request) -> Response:
        body = await request.json()
        self._status_urls = [str(u) for u in body.get("urls", [])]
        self._status_secret = str(body.get("secret", ""))
        self._status_delay = float(body.get("delay", 0.5))
        return JSONResponse({"urls": len(self._status_urls)})

    async def _set_mode(self, request: Request) -> Response:
        body = await request.json()
        try:
            self.switch(str(body.get("mode")), float(body.get("seconds", 0)), float(body.get("delay", 0)))
        except ValueError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
        return JSONResponse({"mode": body.get("mode")})

    async def _get_log(self, request: Request) -> Response:
        since = int(request.query_params.get("since", "0"))
        with self._lock:
            sends = self.sends[since:]
        return JSONResponse({"sends": sends, "total": since + len(sends), "attempts": self.attempts,
                             "statuses_sent": self.statuses_sent, "images": self.images,
                             "rejected": len(self.rejected), "refused": self.refused,
                             "rejected_examples": [r[2] for r in self.rejected[:3]]})


class GraphControl:
    """The benchmark's handle on a ``SwitchableGraphAPI`` served in another process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._client = httpx.Client(base_url=url, timeout=10.0)
        self._sends: list[tuple[str, str, float]] = []

    def switch(self, mode: str, seconds: float = 0.0, delay: float = 0.0) -> None:
        self._client.post("/_control/mode", json={"mode": mode, "seconds": seconds, "delay": delay}).raise_for_status()

    def normal(self) -> None:
        self.switch("normal")

    def fail(self, seconds: float) -> None:
        self.switch("fail", seconds)

    def hang(self, seconds: float) -> None:
        self.switch("hang", seconds)

    def late(self, seconds: float, delay: float) -> None:
        self.switch("late", seconds, delay)

    def post_statuses(self, urls: list[str], secret: str, delay: float = 0.5) -> None:
        """From now on each accepted send gets its ``sent`` status webhook, posted to ``urls``."""
        self._client.post("/_control/statuses", json={"urls": urls, "secret": secret, "delay": delay}) \
            .raise_for_status()

    def sends(self) -> list[tuple[str, str, float]]:
        """Every accepted send so far, fetched incrementally."""
        answer = self._client.get("/_control/log", params={"since": len(self._sends)}).json()
        self._sends.extend(tuple(s) for s in answer["sends"])
        self.counters = {k: answer[k] for k in ("attempts", "rejected", "refused", "rejected_examples", "statuses_sent")}
        return self._sends

    def close(self) -> None:
        self._client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--token", default="x")
    parser.add_argument("--phone-number-id", default="123")
    args = parser.parse_args()
    graph = SwitchableGraphAPI(args.token, args.phone_number_id)
    with ServerThread(graph.app) as server:
        graph.url = server.url
        print(f"URL {server.url}", flush=True)
        sys.stdin.read()          # the parent closes our stdin (or dies): stop


if __name__ == "__main__":
    main()
