"""The LLM port on Anthropic's Messages API.

Tools are sent as ``{name, description, input_schema}``; the model's ``tool_use`` content blocks
come back as ToolCalls; tool results go back as ``tool_result`` blocks in one user message, with
``is_error`` when the tool failed. The SDK's own retries are off: adapters/llm_retry.py is the
one policy.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

import anthropic

from adapters.llm_retry import RetryPolicy, call_with_retry
from application.ports import ChatTurn, Completion, LLMUnavailable, ToolCall, ToolSpec

log = logging.getLogger(__name__)

ANTHROPIC_MODEL = "claude-sonnet-4-6"   # configurable (LLM_MODEL); 4-5 is deprecated in the SDK
CONNECTION_ERRORS = (anthropic.APIConnectionError,)   # APITimeoutError is one of them


class AnthropicLLM:
    def __init__(self, api_key: str, model: str = ANTHROPIC_MODEL, base_url: str | None = None,
                 timeout_s: float = 30.0, max_attempts: int = 3, retry: RetryPolicy | None = None,
                 max_tokens: int = 1024):
        """``retry`` overrides the waits (its max_attempts wins)."""
        if not api_key:
            raise ValueError("an API key is required")
        self._model = model
        self._max_tokens = max_tokens
        self._retry = retry or RetryPolicy(max_attempts=max_attempts)
        self._client = anthropic.Anthropic(api_key=api_key, base_url=base_url, timeout=timeout_s, max_retries=0)

    @property
    def name(self) -> str:
        return f"anthropic:{self._model}"

    def complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        request: dict[str, Any] = {"model": self._model, "max_tokens": self._max_tokens,
                                   "system": system, "messages": to_messages(turns)}
        if tools:
            request["tools"] = [to_tool(t) for t in tools]
        response = call_with_retry(lambda: self._client.messages.create(**request), self._retry,
                                   self.name, CONNECTION_ERRORS)
        return from_response(response, self.name)

    def ping(self) -> bool:
        """A cheap authenticated call (list one model): True when the provider answers."""
        try:
            self._client.models.list(limit=1)
            return True
        except Exception as error:
            log.warning("llm ping failed", extra={"llm": self.name, "error": f"{type(error).__name__}: {error}"})
            return False


def to_tool(spec: ToolSpec) -> dict[str, Any]:
    return {"name": spec.name, "description": spec.description, "input_schema": spec.parameters}


def _blocks(content: Any) -> list[dict[str, Any]]:
    return [{"type": "text", "text": content}] if isinstance(content, str) else list(content)


def to_messages(turns: Sequence[ChatTurn]) -> list[dict[str, Any]]:
    """Turns as Messages API messages: alternating roles, starting with the user.

    Tool results (one ChatTurn each) are grouped into a single user message; consecutive
    messages of one role are merged; empty texts are left out (the API refuses them).
    """
    messages: list[dict[str, Any]] = []

    def add(role: str, content: Any) -> None:
        if not content:
            return
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"] = _blocks(messages[-1]["content"]) + _blocks(content)
        else:
            messages.append({"role": role, "content": content})

    for turn in turns:
        if turn.role == "user":
            add("user", turn.content.strip() and turn.content)
        elif turn.role == "assistant":
            blocks: list[dict[str, Any]] = []
            if turn.content.strip():
                blocks.append({"type": "text", "text": turn.content})
            for call in turn.tool_calls:
                blocks.append({"type": "tool_use", "id": call.id, "name": call.name,
                               "input": call.arguments if call.arguments is not None else {}})
            if blocks:
                add("assistant", blocks if turn.tool_calls else turn.content)
        elif turn.role == "tool":
            result: dict[str, Any] = {"type": "tool_result", "tool_use_id": turn.tool_call_id,
                                      "content": turn.content}
            if turn.is_error:
                result["is_error"] = True
            add("user", [result])
        else:
            raise ValueError(f"unknown chat role {turn.role!r}")
    # The conversation must open with the runner: drop coach lines that precede the first one.
    while messages and messages[0]["role"] != "user":
        messages.pop(0)
    return messages


def _input(value: Any) -> tuple[dict[str, Any] | None, str]:
    if isinstance(value, dict):
        return value, json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return None, value
        return (parsed if isinstance(parsed, dict) else None), value
    return None, "" if value is None else json.dumps(value, default=str)


def from_response(response: Any, provider: str) -> Completion:
    content = getattr(response, "content", None)
    if content is None:
        raise LLMUnavailable(f"{provider}: the response has no content")
    texts, calls = [], []
    for i, block in enumerate(content):
        kind = getattr(block, "type", None)
        if kind == "text":
            texts.append(block.text)
        elif kind == "tool_use":
            arguments, raw = _input(getattr(block, "input", None))
            calls.append(ToolCall(id=block.id or f"toolu_{i}", name=block.name or "", arguments=arguments,
                                  raw_arguments=raw))
    return Completion(text="\n".join(t for t in texts if t).strip(), tool_calls=tuple(calls))
