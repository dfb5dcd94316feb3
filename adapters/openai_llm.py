"""The LLM port on any OpenAI-compatible chat API: DeepSeek by default, OpenAI, or others.

Chat Completions with ``tools`` in the OpenAI function format; the model's ``tool_calls`` come
back as ToolCalls (arguments that are not a JSON object become ``arguments=None``, for the tool
registry to report), and tool results go back as ``role: "tool"`` messages with their
``tool_call_id``. The SDK's own retries are off: adapters/llm_retry.py is the one policy, and
adapters/llm_guard.py adds the circuit breaker and the /health probe.

Requests go out on the SDK's async client (``openai.AsyncOpenAI``) on the process's I/O loop
(adapters/io_loop.py): ``acomplete`` awaits it from a worker's loop, with no thread held while the
model thinks; ``complete`` waits for it from a thread (the terminal chat, tests).

DeepSeek, as its current docs say:
* Model ``deepseek-flash`` (DeepSeek-V4.1-Flash); ``deepseek-chat`` and ``deepseek-reasoner``
  stopped working after 2026-07-24, ``deepseek-v4-flash`` is a legacy alias.
  https://api-docs.deepseek.com/ , https://api-docs.deepseek.com/quick_start/pricing
* Thinking mode is on by default; we always say which we want, ``{"thinking": {"type":
  "enabled"|"disabled"}}`` in the body (the SDK's ``extra_body``), and the effort with
  ``reasoning_effort`` (low | high | max). It ignores ``temperature`` in thinking mode, so none is
  sent then. The answer's chain of thought comes as ``reasoning_content`` beside ``content``; an
  assistant turn that called tools must send it back in every later request, or the API answers
  400. https://api-docs.deepseek.com/guides/thinking_mode
* ``max_tokens`` counts the reasoning too, hence the larger default in thinking mode; besides
  OpenAI's values ``finish_reason`` may be "insufficient_system_resource" (the answer was cut on
  their side). https://api-docs.deepseek.com/api/create-chat-completion
* 402 is "Insufficient Balance". https://api-docs.deepseek.com/quick_start/error_codes

OpenAI (and other OpenAI-compatible servers): ``max_completion_tokens`` (``max_tokens`` is
deprecated and refused by reasoning models), no ``temperature`` for reasoning models (o-series,
gpt-5 and later), ``reasoning_effort`` only when configured (some models refuse it together with
function tools on Chat Completions). https://platform.openai.com/docs/api-reference/chat/create ,
https://developers.openai.com/api/docs/guides/reasoning

``finish_reason``: "length" never yields half a reply or a half-built tool call: the request is
made once more with twice the token budget (thinking can eat a budget that was fine without it),
and if that is cut too the adapter raises LLMUnavailable and the offline coach answers. A refusal
(``message.refusal``, or ``finish_reason`` "content_filter") comes back as ``Completion.refused``.
"""
from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from typing import Any

import attrs
import openai

from adapters.circuit_breaker import CircuitBreaker
from adapters.client_shards import ClientShards
from adapters.io_loop import IOLoop
from adapters.llm_guard import HEALTH_INTERVAL_S, GuardedLLM
from adapters.llm_retry import RetryPolicy, call_with_retry
from application.ports import ChatTurn, Completion, LLMUnavailable, ToolCall, ToolSpec

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEEPSEEK_MODEL = "deepseek-flash"
DEEPSEEK_REASONING_EFFORT = "low"       # a short WhatsApp answer: low keeps a reply within seconds
OPENAI_MODEL = "gpt-4o-mini"
THINKING_MAX_TOKENS = 8192              # reasoning + answer (DeepSeek thinking, OpenAI reasoning models)
PLAIN_MAX_TOKENS = 1024                 # a chat answer or a few tool calls
MAX_TOKENS_CAP = 32768                  # the one retry after "length" never asks for more than this
PROBE_TIMEOUT_S = 10.0
CONNECTION_ERRORS = (openai.APIConnectionError,)   # APITimeoutError is one of them

_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5", "gpt-6")


class Truncated(LLMUnavailable):
    """The answer hit the token limit (finish_reason "length"): not usable as it is."""


def is_reasoning_model(model: str) -> bool:
    """OpenAI's reasoning models (o-series, gpt-5 and later), except their ``-chat`` variants."""
    name = model.lower().rsplit("/", 1)[-1]
    return name.startswith(_REASONING_PREFIXES) and "-chat" not in name


class OpenAICompatibleLLM(GuardedLLM):
    def __init__(self, api_key: str, model: str = DEEPSEEK_MODEL, base_url: str | None = DEEPSEEK_BASE_URL,
                 timeout_s: float = 30.0, max_attempts: int = 3, retry: RetryPolicy | None = None,
                 temperature: float | None = 0.4, max_tokens: int | None = None, provider: str | None = None,
                 thinking: bool = True, reasoning_effort: str | None = None,
                 breaker: CircuitBreaker | None = None, health_interval_s: float = HEALTH_INTERVAL_S,
                 io: IOLoop | None = None):
        """``base_url=None`` means OpenAI itself; ``retry`` overrides the waits (its max_attempts wins).

        ``thinking`` and a default ``reasoning_effort`` of "low" apply to DeepSeek only; for OpenAI
        ``reasoning_effort`` is sent to reasoning models when given. ``max_tokens=None``: 8192 when
        the model reasons, else 1024. ``io``: the loop its requests run on (shared by the process's
        adapters; a loop of its own when None, closed by ``close``).
        """
        if not api_key:
            raise ValueError("an API key is required")
        self._model = model
        self._provider = provider or ("deepseek" if base_url and "deepseek" in base_url else "openai")
        self._deepseek = self._provider == "deepseek"
        self._thinking = thinking if self._deepseek else False
        reasons = self._thinking or (not self._deepseek and is_reasoning_model(model))
        self._reasoning_effort = reasoning_effort or (DEEPSEEK_REASONING_EFFORT if self._thinking else None)
        if not reasons:
            self._reasoning_effort = None
        # No temperature where the provider refuses (OpenAI reasoning models) or ignores it (thinking).
        self._temperature = None if reasons else temperature
        self._max_tokens = max_tokens or (THINKING_MAX_TOKENS if reasons else PLAIN_MAX_TOKENS)
        self._retry = retry or RetryPolicy(max_attempts=max_attempts)
        self._probe_timeout_s = min(timeout_s, PROBE_TIMEOUT_S)
        self._start(ClientShards(lambda: openai.AsyncOpenAI(api_key=api_key, base_url=base_url,
                                                            timeout=timeout_s, max_retries=0)),
                    breaker, health_interval_s, io)

    @property
    def name(self) -> str:
        return f"{self._provider}:{self._model}"

    async def _complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec],
                        probing: bool) -> Completion:
        retry = attrs.evolve(self._retry, max_attempts=1) if probing else self._retry
        budget = self._max_tokens
        while True:
            request = self.request(system, turns, tools, budget)
            response = await call_with_retry(functools.partial(self._clients.next().chat.completions.create, **request),
                                             retry, self.name, CONNECTION_ERRORS)
            try:
                return from_response(response, self.name)
            except Truncated:
                if budget >= MAX_TOKENS_CAP or budget > self._max_tokens:
                    raise
                log.warning("llm answer cut at the token limit, asking once more with a larger budget",
                            extra={"llm": self.name, "max_tokens": budget})
                budget = min(budget * 2, MAX_TOKENS_CAP)

    def request(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec],
                max_tokens: int | None = None) -> dict[str, Any]:
        """The keyword arguments of ``chat.completions.create`` for these turns."""
        request: dict[str, Any] = {"model": self._model,
                                   "messages": to_messages(system, turns, send_reasoning=self._thinking)}
        if tools:
            request["tools"] = [to_tool(t) for t in tools]
        budget = max_tokens or self._max_tokens
        if self._deepseek:
            request["max_tokens"] = budget          # DeepSeek's parameter; it counts the reasoning too
            request["extra_body"] = {"thinking": {"type": "enabled" if self._thinking else "disabled"}}
        else:
            request["max_completion_tokens"] = budget
        if self._reasoning_effort:
            request["reasoning_effort"] = self._reasoning_effort
        if self._temperature is not None:
            request["temperature"] = self._temperature
        return request

    async def _probe(self) -> None:
        request: dict[str, Any] = {"model": self._model, "messages": [{"role": "user", "content": "ping"}]}
        if self._deepseek:   # the cheapest answer: no thinking, one token
            request.update(max_tokens=1, extra_body={"thinking": {"type": "disabled"}})
        else:                # reasoning models may stop at "length" here: any answer proves it is up
            request["max_completion_tokens"] = 16
        client = self._clients.next().with_options(timeout=self._probe_timeout_s)
        await call_with_retry(lambda: client.chat.completions.create(**request), RetryPolicy(max_attempts=1),
                              self.name, CONNECTION_ERRORS)


def to_tool(spec: ToolSpec) -> dict[str, Any]:
    return {"type": "function",
            "function": {"name": spec.name, "description": spec.description, "parameters": spec.parameters}}


def _arguments_json(call: ToolCall) -> str:
    """What the model sent, as JSON text; arguments that weren't JSON are sent back as ``{}``
    (some providers reject invalid JSON in the history; the tool's error result quotes them)."""
    if call.arguments is not None:
        return json.dumps(call.arguments, ensure_ascii=False)
    return "{}"


def to_messages(system: str, turns: Sequence[ChatTurn], send_reasoning: bool = False) -> list[dict[str, Any]]:
    """``send_reasoning``: assistant turns with tool calls carry their ``reasoning_content`` (DeepSeek
    thinking mode requires it; "" when the model gave none, as the field must be there)."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for turn in turns:
        if turn.role == "tool":
            messages.append({"role": "tool", "tool_call_id": turn.tool_call_id, "content": turn.content})
        elif turn.role == "assistant" and turn.tool_calls:
            message: dict[str, Any] = {
                "role": "assistant",
                "content": turn.content or None,
                "tool_calls": [{"id": c.id, "type": "function",
                                "function": {"name": c.name, "arguments": _arguments_json(c)}}
                               for c in turn.tool_calls],
            }
            if send_reasoning:
                message["reasoning_content"] = turn.reasoning or ""
            messages.append(message)
        elif turn.role in ("user", "assistant"):
            messages.append({"role": turn.role, "content": turn.content})
        else:
            raise ValueError(f"unknown chat role {turn.role!r}")
    return messages


def parse_arguments(raw: str | None) -> dict[str, Any] | None:
    if raw is None or not raw.strip():
        return {}     # a tool without arguments
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def from_response(response: Any, provider: str) -> Completion:
    choices = getattr(response, "choices", None)
    if not choices:
        raise LLMUnavailable(f"{provider}: the response has no choices")
    choice = choices[0]
    finish = getattr(choice, "finish_reason", None)
    message = choice.message
    if finish == "length":
        raise Truncated(f"{provider}: the answer hit the token limit (finish_reason length)")
    if finish == "insufficient_system_resource":     # DeepSeek: generation interrupted on their side
        raise LLMUnavailable(f"{provider}: the provider interrupted the answer (insufficient_system_resource)")
    if getattr(message, "refusal", None) or finish == "content_filter":
        log.warning("llm refused to answer", extra={"llm": provider, "finish_reason": finish})
        return Completion(text="", refused=True)
    calls = []
    for i, call in enumerate(getattr(message, "tool_calls", None) or []):
        function = getattr(call, "function", None)
        if function is None:     # custom (non-function) tool calls: not ours
            continue
        raw = function.arguments if isinstance(function.arguments, str) else json.dumps(function.arguments)
        calls.append(ToolCall(id=call.id or f"call_{i}", name=function.name or "", arguments=parse_arguments(raw),
                              raw_arguments=raw or ""))
    reasoning = getattr(message, "reasoning_content", None)
    return Completion(text=message.content or "", tool_calls=tuple(calls),
                      reasoning=reasoning if isinstance(reasoning, str) else None)
