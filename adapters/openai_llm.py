"""The LLM port on any OpenAI-compatible chat API: DeepSeek by default, OpenAI, or others.

Chat Completions with ``tools`` in the OpenAI function format; the model's ``tool_calls`` come
back as ToolCalls (arguments that are not a JSON object become ``arguments=None``, for the tool
registry to report), and tool results go back as ``role: "tool"`` messages with their
``tool_call_id``. The SDK's own retries are off: adapters/llm_retry.py is the one policy.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

import openai

from adapters.llm_retry import RetryPolicy, call_with_retry
from application.ports import ChatTurn, Completion, LLMUnavailable, ToolCall, ToolSpec

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEEPSEEK_MODEL = "deepseek-chat"
CONNECTION_ERRORS = (openai.APIConnectionError,)   # APITimeoutError is one of them


class OpenAICompatibleLLM:
    def __init__(self, api_key: str, model: str = DEEPSEEK_MODEL, base_url: str | None = DEEPSEEK_BASE_URL,
                 timeout_s: float = 30.0, max_attempts: int = 3, retry: RetryPolicy | None = None,
                 temperature: float | None = 0.4, max_tokens: int | None = 700, provider: str | None = None):
        """``base_url=None`` means OpenAI itself; ``retry`` overrides the waits (its max_attempts wins)."""
        if not api_key:
            raise ValueError("an API key is required")
        self._model = model
        self._temperature = temperature
        self._max_tokens = max_tokens
        self._retry = retry or RetryPolicy(max_attempts=max_attempts)
        self._provider = provider or ("deepseek" if base_url and "deepseek" in base_url else "openai")
        self._client = openai.OpenAI(api_key=api_key, base_url=base_url, timeout=timeout_s, max_retries=0)

    @property
    def name(self) -> str:
        return f"{self._provider}:{self._model}"

    def complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        request: dict[str, Any] = {"model": self._model, "messages": to_messages(system, turns)}
        if tools:
            request["tools"] = [to_tool(t) for t in tools]
        if self._temperature is not None:
            request["temperature"] = self._temperature
        if self._max_tokens is not None:
            request["max_tokens"] = self._max_tokens
        response = call_with_retry(lambda: self._client.chat.completions.create(**request), self._retry,
                                   self.name, CONNECTION_ERRORS)
        return from_response(response, self.name)

    def ping(self) -> bool:
        """A cheap authenticated call (list models): True when the provider answers."""
        try:
            self._client.models.list()
            return True
        except Exception as error:
            log.warning("llm ping failed", extra={"llm": self.name, "error": f"{type(error).__name__}: {error}"})
            return False


def to_tool(spec: ToolSpec) -> dict[str, Any]:
    return {"type": "function",
            "function": {"name": spec.name, "description": spec.description, "parameters": spec.parameters}}


def _arguments_json(call: ToolCall) -> str:
    """What the model sent, as JSON text; arguments that weren't JSON are sent back as ``{}``
    (some providers reject invalid JSON in the history; the tool's error result quotes them)."""
    if call.arguments is not None:
        return json.dumps(call.arguments, ensure_ascii=False)
    return "{}"


def to_messages(system: str, turns: Sequence[ChatTurn]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for turn in turns:
        if turn.role == "tool":
            messages.append({"role": "tool", "tool_call_id": turn.tool_call_id, "content": turn.content})
        elif turn.role == "assistant" and turn.tool_calls:
            messages.append({
                "role": "assistant",
                "content": turn.content or None,
                "tool_calls": [{"id": c.id, "type": "function",
                                "function": {"name": c.name, "arguments": _arguments_json(c)}}
                               for c in turn.tool_calls],
            })
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
    message = choices[0].message
    calls = []
    for i, call in enumerate(getattr(message, "tool_calls", None) or []):
        function = getattr(call, "function", None)
        if function is None:     # custom (non-function) tool calls: not ours
            continue
        raw = function.arguments if isinstance(function.arguments, str) else json.dumps(function.arguments)
        calls.append(ToolCall(id=call.id or f"call_{i}", name=function.name or "", arguments=parse_arguments(raw),
                              raw_arguments=raw or ""))
    return Completion(text=message.content or "", tool_calls=tuple(calls))
