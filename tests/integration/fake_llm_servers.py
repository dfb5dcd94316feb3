"""Fake OpenAI-compatible and Anthropic HTTP servers on 127.0.0.1, for the LLM adapters' tests.

A real HTTP server (Starlette run by uvicorn in a thread, on a free port) speaking the providers'
wire formats, so the real SDKs are exercised end to end: request encoding, response parsing,
status codes, headers, timeouts. Each test scripts the answers it wants, in order, and reads
back the requests the server received.

    fake_openai.enqueue(openai_tool_calls(("call_1", "log_run", {"distance_km": 10})), openai_text("¡Bien!"))
    ... run the code under test against fake_openai.openai_base_url ...
    assert fake_openai.requests[1].body["messages"][-1]["role"] == "tool"

When the script runs out, the server answers ``default`` (a 500 unless a test sets another).

The bodies are built with the SDKs' own response types (``openai.types.chat.ChatCompletion``,
``anthropic.types.Message``) and dumped to JSON, so they have the published shapes, plus what the
providers add beside them, from their docs:
* DeepSeek: ``reasoning_content`` beside ``content`` in thinking mode, and its 400 when a thinking-
  mode request drops the ``reasoning_content`` of an earlier tool-call turn (``strict_deepseek``):
  https://api-docs.deepseek.com/guides/thinking_mode ; 402 "Insufficient Balance":
  https://api-docs.deepseek.com/quick_start/error_codes ; ``finish_reason`` "length".
* OpenAI: ``message.refusal``: https://platform.openai.com/docs/api-reference/chat/object
* Anthropic: every ``stop_reason`` (``max_tokens`` with a half-built ``tool_use``, ``refusal`` with
  ``stop_details``, ``model_context_window_exceeded``, ``pause_turn``) and the 402 billing error:
  https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons ,
  https://platform.claude.com/docs/en/api/errors
"""
from __future__ import annotations

import asyncio
import functools
import json
import socket
import threading
import time
from collections import deque
from datetime import date, datetime, timezone
from typing import Any

import anthropic.types as anthropic_types
import attrs
import pytest
import uvicorn
from openai.types import ErrorObject
from openai.types.chat import ChatCompletion, ChatCompletionMessage, ChatCompletionMessageFunctionToolCall
from openai.types.chat.chat_completion import Choice
from openai.types.chat.chat_completion_message_function_tool_call import Function
from openai.types.completion_usage import CompletionUsage
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import (
    FixedClock,
    InMemoryChatBuffer,
    InMemoryConversationLog,
    InMemoryInjuryRepository,
    InMemoryPlanRepository,
    InMemoryRunnerRepository,
    InMemoryRunRepository,
    InMemoryVectorMemory,
)
from application.coach.context import BuildContext, CoachContext
from application.coach.offline import OfflineCoach
from application.coach.onboarding import OnboardRunner
from application.coach.reply import ReplyToRunner
from application.tools.toolbox import CoachTools
from application.training.generate_plan import GeneratePlan
from application.training.injuries import RecordInjury, ResolveInjury
from application.training.local_time import local_today
from application.training.log_run import LogRun
from application.training.progress import SummarizeProgress
from domain.runner import FitnessLevel, GoalRace, Runner

DEEPSEEK_MODEL = "deepseek-flash"
# What DeepSeek serves today (checked 2026-12). The Models & Pricing page
# (https://api-docs.deepseek.com/quick_start/pricing) names deepseek-flash (DeepSeek-V4.1-Flash) and
# deepseek-v4-pro, and says the older names deepseek-v4-flash and deepseek-v4-flash-vision-exp are
# still accepted (served by V4.1-Flash, billed as Flash); the List Models endpoint
# (https://api-docs.deepseek.com/api/list-models) lists the first two. deepseek-chat and
# deepseek-reasoner were retired on 2026-07-24. Any other deepseek-* name is refused with 400.
DEEPSEEK_LISTED = ("deepseek-flash", "deepseek-v4-pro")
DEEPSEEK_SERVED = frozenset({*DEEPSEEK_LISTED, "deepseek-v4-flash", "deepseek-v4-flash-vision-exp"})
ANTHROPIC_MODEL = "claude-sonnet-4-6"


@functools.lru_cache(maxsize=1)
def _understand():
    """The offline coach's understanding as bootstrap builds it (E5 + the intent classifier)."""
    from adapters.e5_embedder import E5Embedder
    from application.understanding.classifier import IntentClassifier
    from application.understanding.intents import Understand
    return Understand(IntentClassifier(E5Embedder(symmetric=True)))


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


# --- Chat Completions (OpenAI, DeepSeek) -------------------------------------------------------------

def _chat_completion(message: ChatCompletionMessage, finish_reason: str, model: str) -> Scripted:
    completion = ChatCompletion(
        id="chatcmpl-fake", object="chat.completion", created=int(time.time()), model=model,
        choices=[Choice(index=0, message=message, finish_reason="stop", logprobs=None)],
        usage=CompletionUsage(prompt_tokens=50, completion_tokens=10, total_tokens=60),
    )
    body = completion.model_dump(mode="json", exclude_unset=True)
    # DeepSeek also answers "insufficient_system_resource", which the SDK's Literal doesn't list.
    body["choices"][0]["finish_reason"] = finish_reason
    return Scripted(body)


def _tool_call(call_id: str, name: str, args: Any) -> ChatCompletionMessageFunctionToolCall:
    """``args``: a dict is sent as JSON text, a str exactly as given (possibly broken JSON)."""
    return ChatCompletionMessageFunctionToolCall(
        id=call_id, type="function",
        function=Function(name=name, arguments=args if isinstance(args, str) else json.dumps(args)))


def openai_text(text: str, model: str = DEEPSEEK_MODEL, reasoning: str | None = None,
                finish_reason: str = "stop") -> Scripted:
    """``reasoning``: DeepSeek's ``reasoning_content`` (thinking mode), beside ``content``."""
    extra = {"reasoning_content": reasoning} if reasoning is not None else {}
    message = ChatCompletionMessage(role="assistant", content=text, **extra)
    return _chat_completion(message, finish_reason, model)


def openai_tool_calls(*calls: tuple[str, str, Any], text: str | None = None, model: str = DEEPSEEK_MODEL,
                      reasoning: str | None = None, finish_reason: str = "tool_calls") -> Scripted:
    """``calls``: (id, tool name, arguments). ``finish_reason="length"``: the budget ran out while
    the model was writing them (pass half-written arguments as a str)."""
    extra = {"reasoning_content": reasoning} if reasoning is not None else {}
    message = ChatCompletionMessage(role="assistant", content=text,
                                    tool_calls=[_tool_call(*call) for call in calls], **extra)
    return _chat_completion(message, finish_reason, model)


def openai_refusal(refusal: str = "I'm sorry, I can't help with that.", model: str = "gpt-4o-mini") -> Scripted:
    return _chat_completion(ChatCompletionMessage(role="assistant", content=None, refusal=refusal), "stop", model)


def _openai_error_body(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    error = ErrorObject(message=message, type=kind, param=None, code=code)
    return {"error": error.model_dump(mode="json", exclude_unset=True)}


def openai_error(status: int, message: str = "fake error", headers: dict[str, str] | None = None,
                 delay_s: float = 0.0) -> Scripted:
    kind = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}.get(
        status, "server_error")
    return Scripted(_openai_error_body(message, kind), status, headers or {}, delay_s)


def deepseek_insufficient_balance() -> Scripted:
    """DeepSeek's 402 (https://api-docs.deepseek.com/quick_start/error_codes)."""
    return Scripted(_openai_error_body("Insufficient Balance", "unknown_error", "invalid_request_error"), 402)


REASONING_CONTENT_MISSING = "The `reasoning_content` in the thinking mode must be passed back to the API."


def deepseek_model_not_found(model: str) -> Scripted:
    """DeepSeek's answer to a model name it does not serve: 400, invalid_request_error
    (https://api-docs.deepseek.com/quick_start/error_codes: 400 "Invalid Format")."""
    return Scripted({"error": {"message": "Model Not Exist", "type": "invalid_request_error",
                               "param": None, "code": "invalid_request_error"}}, 400)


def _unserved_model(body: Any) -> Scripted | None:
    """A request naming a deepseek-* model that DeepSeek does not serve is refused, as DeepSeek does
    (the fake stands for its API: accepting a name the real one refuses would hide a broken default)."""
    model = body.get("model") if isinstance(body, dict) else None
    if isinstance(model, str) and model.startswith("deepseek") and model not in DEEPSEEK_SERVED:
        return deepseek_model_not_found(model)
    return None


def _deepseek_rejects(body: Any) -> Scripted | None:
    """DeepSeek's check on a thinking-mode request (thinking is on unless disabled): every assistant
    turn with tool calls carries its ``reasoning_content``, else 400."""
    if not isinstance(body, dict):
        return None
    if (body.get("thinking") or {}).get("type", "enabled") == "disabled":
        return None
    for message in body.get("messages", []):
        if message.get("role") == "assistant" and message.get("tool_calls") and "reasoning_content" not in message:
            return Scripted({"error": {"message": REASONING_CONTENT_MISSING, "type": "invalid_request_error",
                                       "param": None, "code": "invalid_request_error"}}, 400)
    return None


# --- Messages (Anthropic) ---------------------------------------------------------------------------

def _message(content: list[Any], stop_reason: str, model: str,
             stop_details: anthropic_types.RefusalStopDetails | None = None) -> Scripted:
    message = anthropic_types.Message(
        id="msg_fake", type="message", role="assistant", model=model, content=content,
        stop_reason=stop_reason, stop_sequence=None, stop_details=stop_details,
        usage=anthropic_types.Usage(input_tokens=50, output_tokens=10),
    )
    return Scripted(message.model_dump(mode="json", exclude_unset=True))


def _text_block(text: str) -> anthropic_types.TextBlock:
    return anthropic_types.TextBlock(type="text", text=text)


def _tool_use_blocks(calls: tuple[tuple[str, str, Any], ...]) -> list[Any]:
    return [anthropic_types.ToolUseBlock(type="tool_use", id=call_id, name=name, input=tool_input)
            for call_id, name, tool_input in calls]


def anthropic_text(text: str, model: str = ANTHROPIC_MODEL, stop_reason: str = "end_turn") -> Scripted:
    return _message([_text_block(text)], stop_reason, model)


def anthropic_tool_use(*calls: tuple[str, str, Any], text: str | None = None, model: str = ANTHROPIC_MODEL,
                       stop_reason: str = "tool_use") -> Scripted:
    """``calls``: (id, tool name, input). ``stop_reason="max_tokens"``: cut while writing them."""
    content: list[Any] = [_text_block(text)] if text else []
    return _message(content + _tool_use_blocks(calls), stop_reason, model)


def anthropic_refusal(partial_text: str = "Sure, here is", category: str | None = "general_harms",
                      model: str = ANTHROPIC_MODEL) -> Scripted:
    """What a classifier refusal looks like: what was written so far, stop_reason refusal, and
    stop_details (https://platform.claude.com/docs/en/build-with-claude/refusals-and-fallback)."""
    details = anthropic_types.RefusalStopDetails(type="refusal", category=category,
                                                 explanation="This request was declined.")
    return _message([_text_block(partial_text)], "refusal", model, details)


def anthropic_error(status: int, message: str = "fake error", headers: dict[str, str] | None = None,
                    delay_s: float = 0.0) -> Scripted:
    kind = {400: "invalid_request_error", 401: "authentication_error", 402: "billing_error",
            403: "permission_error", 404: "not_found_error", 429: "rate_limit_error",
            529: "overloaded_error"}.get(status, "api_error")
    body = anthropic_types.ErrorResponse.model_validate(
        {"type": "error", "error": {"type": kind, "message": message}, "request_id": None})
    return Scripted(body.model_dump(mode="json", exclude_none=True), status, headers or {}, delay_s)


def models_list() -> Scripted:
    """GET /v1/models, valid for both SDKs (OpenAI's list and Anthropic's page)."""
    ids = ["fake-model", *DEEPSEEK_LISTED, ANTHROPIC_MODEL]
    return Scripted({"object": "list", "data": [
        {"id": model, "object": "model", "created": 0, "owned_by": "fake",
         "type": "model", "display_name": model, "created_at": "2025-01-01T00:00:00Z"} for model in ids],
        "has_more": False, "first_id": ids[0], "last_id": ids[-1]})


# --- The server ------------------------------------------------------------------------------------

class FakeLLMServer:
    """Serves both wire formats: POST /v1/chat/completions, POST /v1/messages, GET /v1/models."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._script: deque[Scripted] = deque()
        self.requests: list[RecordedRequest] = []
        self.default = openai_error(500, "script exhausted")
        self.models_response = models_list()
        self.strict_deepseek = False      # check chat requests as DeepSeek does in thinking mode
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
            self.strict_deepseek = False

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
            rejected = _unserved_model(body)
            if rejected is None and self.strict_deepseek and "chat" in request.url.path:
                rejected = _deepseek_rejects(body)
            if rejected is not None:     # the scripted answer stays for the next (correct) request
                answer = rejected
            else:
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
            build_context=self.build_context, offline=OfflineCoach(self.tools, understand=_understand()), clock=self.clock,
            llm_coach=llm_coach,
        )

    def stored_runs(self):
        return self.runs.for_runner(self.runner.id)
