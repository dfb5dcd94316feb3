"""A fake OpenAI-compatible LLM (DeepSeek's chat completions) with a fixed latency, for benchmarks.

``POST /v1/chat/completions`` (and ``/chat/completions``) waits ``--latency`` seconds on the event
loop (uvicorn, one process: hundreds of calls wait at once) and answers, in the published shape
(bodies built by tests/integration/fake_llm_servers.py's ``openai_text``/``openai_tool_calls``):

* ``--mode text``: a text that starts with ``MARKER``, so a reply written by the LLM can be told
  from the offline coach's fallback in the Graph API's log;
* ``--mode tool``: first one tool call (``get_progress``), then — when the request ends with the
  tool's result — the text: one tool round trip, two calls per reply.

``GET /_stats``: requests, in flight now, the peak in flight. Run it as
``python -m benchmarks.harness.llm --latency 2``: it prints ``URL …`` and serves until stdin closes.
"""
from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import sys
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.integration.fake_graph_api import ServerThread
from tests.integration.fake_llm_servers import openai_text, openai_tool_calls

MARKER = "[fake-llm]"
REPLY = f"{MARKER} ¡Buen trabajo! Sigue así, vas muy bien con tu plan."


class FakeLLM:
    def __init__(self, latency_s: float, mode: str = "text") -> None:
        if mode not in ("text", "tool"):
            raise ValueError("mode: text | tool")
        self.latency_s, self.mode = latency_s, mode
        self.requests = self.in_flight = self.peak = self.tool_calls = 0
        self._ids = itertools.count(1)
        self._text = openai_text(REPLY, reasoning="fake reasoning").body
        self._tool = openai_tool_calls(("call_0", "get_progress", {"days": 14}), reasoning="fake reasoning").body
        routes = [Route(path, self._complete, methods=["POST"]) for path in ("/v1/chat/completions",
                                                                              "/chat/completions")]
        routes.append(Route("/_stats", self._stats, methods=["GET"]))
        self.app = Starlette(routes=routes)

    def _answer(self, body: Any) -> dict[str, Any]:
        n = next(self._ids)
        messages = body.get("messages") if isinstance(body, dict) else None
        last = messages[-1].get("role") if isinstance(messages, list) and messages else "user"
        if self.mode == "tool" and last != "tool":
            answer = copy.deepcopy(self._tool)
            answer["choices"][0]["message"]["tool_calls"][0]["id"] = f"call_{n}"
            self.tool_calls += 1
        else:
            answer = copy.deepcopy(self._text)
        answer["id"] = f"chatcmpl-fake{n}"
        return answer

    async def _complete(self, request: Request) -> JSONResponse:
        self.requests += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            body = await request.json()
            await asyncio.sleep(self.latency_s)
            return JSONResponse(self._answer(body))
        finally:
            self.in_flight -= 1

    async def _stats(self, request: Request) -> JSONResponse:
        return JSONResponse({"requests": self.requests, "in_flight": self.in_flight, "peak_in_flight": self.peak,
                             "tool_calls": self.tool_calls})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=2.0)
    parser.add_argument("--mode", choices=("text", "tool"), default="text")
    args = parser.parse_args()
    with ServerThread(FakeLLM(args.latency, args.mode).app) as server:
        print(f"URL {server.url}", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
