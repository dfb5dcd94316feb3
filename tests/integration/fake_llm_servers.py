"""Fake OpenAI-compatible and Anthropic HTTP servers on 127.0.0.1, for the LLM adapters' tests.

A real HTTP server (Starlette run by uvicorn in a thread, on a free port) speaking the providers'
wire formats, so the real SDKs are exercised end to end: request encoding, response parsing,
status codes, headers, timeouts. Each test scripts the answers it wants, in order, and reads
back the requests the server received.

    fake_openai.enqueue(openai_tool_calls(("call_1", "log_run", {"distance_km": 10})), openai_text("¡Bien!"))
    ... run the code under test against fake_openai.openai_base_url ...
    assert fake_openai.requests[1].body["messages"][-1]["role"] == "tool"

When the script runs out, the server answers ``default`` (a 500 unless a test sets another).
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from datetime import date, datetime, timezone
from typing import Any

import attrs
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import (
    FixedClock, InMemoryChatBuffer, InMemoryConversationLog, InMemoryInjuryRepository, InMemoryPlanRepository,
    InMemoryRunnerRepository, InMemoryRunRepository, InMemoryVectorMemory,
)
from application.context import BuildContext, CoachContext
from application.generate_plan import GeneratePlan
from application.injuries import RecordInjury, ResolveInjury
from application.local_time import local_today
from application.log_run import LogRun
from application.offline import OfflineCoach
from application.onboarding import OnboardRunner
from application.progress import SummarizeProgress
from application.reply import ReplyToRunner
from application.tools.toolbox import CoachTools
from domain.runner import FitnessLevel, GoalRace, Runner


@attrs.define
class Scripted:
    """One scripted answer: a JSON body with a status and headers, after an optional delay."""
    body: Any
    status: int = 200
    headers: dict[str, str] = attrs.field(factory=dict)
    delay_s: float = 0.0


@attrs.define
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float          # time.monotonic() on arrival


# --- Wire-format bodies ---------------------------------------------------------------------------

def openai_text(text: str, model: str = "deepseek-chat") -> Scripted:
    return Scripted({
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop",
                     "logprobs": None}],
        "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60},
    })


def openai_tool_calls(*calls: tuple[str, str, Any], text: str | None = None,
                      model: str = "deepseek-chat") -> Scripted:
    """``calls``: (id, tool name, arguments): a dict is sent as JSON text, a str exactly as given."""
    return Scripted({
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": None, "message": {
            "role": "assistant", "content": text,
            "tool_calls": [{"id": call_id, "type": "function", "function": {
                "name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}
                for call_id, name, args in calls],
        }}],
        "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60},
    })


def openai_error(status: int, message: str = "fake error", headers: dict[str, str] | None = None,
                 delay_s: float = 0.0) -> Scripted:
    kind = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}.get(
        status, "server_error")
    return Scripted({"error": {"message": message, "type": kind, "param": None, "code": None}}, status,
                    headers or {}, delay_s)


def anthropic_text(text: str, model: str = "claude-sonnet-4-6") -> Scripted:
    return Scripted({
        "id": "msg_fake", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}], "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": 50, "output_tokens": 10},
    })


def anthropic_tool_use(*calls: tuple[str, str, Any], text: str | None = None,
                       model: str = "claude-sonnet-4-6") -> Scripted:
    """``calls``: (id, tool name, input)."""
    content: list[dict[str, Any]] = [{"type": "text", "text": text}] if text else []
    content += [{"type": "tool_use", "id": call_id, "name": name, "input": tool_input}
                for call_id, name, tool_input in calls]
    return Scripted({
        "id": "msg_fake", "type": "message", "role": "assistant", "model": model, "content": content,
        "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 50, "output_tokens": 10},
    })


def anthropic_error(status: int, message: str = "fake error", headers: dict[str, str] | None = None,
                    delay_s: float = 0.0) -> Scripted:
    kind = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error",
            529: "overloaded_error"}.get(status, "api_error")
    return Scripted({"type": "error", "error": {"type": kind, "message": message}}, status, headers or {},
                    delay_s)


def models_list() -> Scripted:
    """GET /v1/models, valid for both SDKs (OpenAI's list and Anthropic's page)."""
    return Scripted({"object": "list", "data": [
        {"id": "fake-model", "object": "model", "created": 0, "owned_by": "fake",
         "type": "model", "display_name": "Fake", "created_at": "2025-01-01T00:00:00Z"}],
        "has_more": False, "first_id": "fake-model", "last_id": "fake-model"})


# --- The server ------------------------------------------------------------------------------------

class FakeLLMServer:
    """Serves both wire formats: POST /v1/chat/completions, POST /v1/messages, GET /v1/models."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._script: deque[Scripted] = deque()
        self.requests: list[RecordedRequest] = []
        self.default = openai_error(500, "script exhausted")
        self.models_response = models_list()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # scripting
    def enqueue(self, *answers: Scripted) -> None:
        with self._lock:
            self._script.extend(answers)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()
            self.default = openai_error(500, "script exhausted")
            self.models_response = models_list()

    def posts(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST"]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return self.base_url + "/v1"

    # serving
    async def _completion(self, request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        with self._lock:
            self.requests.append(RecordedRequest(request.method, request.url.path, dict(request.headers), body,
                                                 time.monotonic()))
            answer = self._script.popleft() if self._script else self.default
        return await self._respond(answer)

    async def _models(self, request: Request) -> Response:
        with self._lock:
            self.requests.append(RecordedRequest(request.method, request.url.path, dict(request.headers), None,
                                                 time.monotonic()))
            answer = self.models_response
        return await self._respond(answer)

    @staticmethod
    async def _respond(answer: Scripted) -> Response:
        if answer.delay_s:
            try:
                await asyncio.sleep(answer.delay_s)
            except asyncio.CancelledError:     # the server is stopping; the client is long gone
                return Response(status_code=503)
        return JSONResponse(answer.body, status_code=answer.status, headers=answer.headers)

    def start(self) -> "FakeLLMServer":
        app = Starlette(routes=[
            Route("/v1/chat/completions", self._completion, methods=["POST"]),
            Route("/chat/completions", self._completion, methods=["POST"]),
            Route("/v1/messages", self._completion, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
            Route("/models", self._models, methods=["GET"]),
        ])
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True,
                                        name=f"fake-llm-{self.port}")
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the fake LLM server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)


# --- Fixtures (import both names of the one you use into the test module) ----------------------------

@pytest.fixture(scope="session")
def fake_llm_server_session():
    server = FakeLLMServer().start()
    yield server
    server.stop()


@pytest.fixture
def fake_llm(fake_llm_server_session):
    """The shared fake server, with an empty script and no recorded requests."""
    fake_llm_server_session.reset()
    yield fake_llm_server_session
    fake_llm_server_session.reset()


# --- An in-memory coach around the LLM under test ------------------------------------------------------

class CoachWorld:
    """Every port in memory (HashingEmbedder-backed memory), one onboarded runner already saved, and
    the use cases wired as bootstrap wires them: what the LLM adapters' tests run the coach on."""

    NOW = datetime(2026, 3, 4, 15, 0, tzinfo=timezone.utc)      # 10:00 in Quito
    PHONE = "+593991234567"

    def __init__(self, language: str = "es"):
        self.clock = FixedClock(self.NOW)
        self.runners, self.runs = InMemoryRunnerRepository(), InMemoryRunRepository()
        self.plans, self.injuries = InMemoryPlanRepository(), InMemoryInjuryRepository()
        self.conversations = InMemoryConversationLog()
        self.buffer = InMemoryChatBuffer(self.clock)
        self.memory = InMemoryVectorMemory(HashingEmbedder(), self.clock)
        self.record_injury = RecordInjury(self.injuries, self.memory, self.clock)
        self.tools = CoachTools(
            runners=self.runners, runs=self.runs, plans=self.plans, injuries=self.injuries, memory=self.memory,
            log_run_case=LogRun(self.runs, self.injuries, self.memory, self.clock),
            generate_plan_case=GeneratePlan(self.runs, self.plans, self.injuries, self.memory, self.clock),
            record_injury_case=self.record_injury,
            resolve_injury_case=ResolveInjury(self.injuries),
            summarize=SummarizeProgress(self.runs, self.plans, self.injuries),
        )
        self.build_context = BuildContext(self.buffer, self.memory, self.runs, self.plans, self.injuries)
        self.runner = Runner(phone=self.PHONE, name="Ana" if language == "es" else "Kate", age=34,
                             goal_race=GoalRace.TEN_K, weekly_frequency=4, fitness_level=FitnessLevel.INTERMEDIATE,
                             injury_history="ninguna", motivation="bajar de 50 min en 10k", language=language,
                             onboarding_completed=True, created_at=self.NOW)
        self.runners.save(self.runner)

    @property
    def today(self) -> date:
        return local_today(self.runner, self.clock.now())

    def ctx(self, text: str) -> CoachContext:
        return self.build_context(self.runner, text, self.today)

    def reply_to_runner(self, llm_coach=None) -> ReplyToRunner:
        return ReplyToRunner(
            runners=self.runners, conversations=self.conversations, buffer=self.buffer, memory=self.memory,
            onboarding=OnboardRunner(self.runners, self.record_injury, self.clock),
            build_context=self.build_context, offline=OfflineCoach(self.tools), clock=self.clock,
            llm_coach=llm_coach,
        )

    def stored_runs(self):
        return self.runs.for_runner(self.runner.id)
