"""The LLM port on Anthropic's Messages API.

Tools are sent as ``{name, description, input_schema}``; the model's ``tool_use`` content blocks
come back as ToolCalls; tool results go back as ``tool_result`` blocks in one user message, with
``is_error`` when the tool failed. The SDK's own retries are off: adapters/llm_retry.py is the
one policy, and adapters/llm_guard.py adds the circuit breaker and the /health probe. Requests go
out on the SDK's async client on the process's I/O loop (adapters/io_loop.py), as in
adapters/openai_llm.py.

``stop_reason``, as https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
defines it:
* ``end_turn``, ``tool_use``: a complete answer (text, and tool calls to run).
* ``stop_sequence``: complete up to a stop sequence (we send none; taken as it is).
* ``max_tokens``: cut: never shown nor run (a ``tool_use`` block may be half-built). Asked once
  more with twice the budget, then LLMUnavailable and the offline coach answers.
* ``model_context_window_exceeded``: cut by the context window; more tokens won't help:
  LLMUnavailable at once.
* ``pause_turn``: the turn was paused (a server-tool loop; we use none); the docs say to send the
  assistant content back to let it continue, which we do up to twice.
* ``refusal``: Claude declined; whatever it had written is dropped and ``Completion.refused`` lets
  the coach say a polite no (https://platform.claude.com/docs/en/build-with-claude/refusals-and-fallback).
A 402 is a billing error (out of credit): see adapters/llm_retry.py.
"""
from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence
from typing import Any

import anthropic
import attrs

from adapters.circuit_breaker import CircuitBreaker
from adapters.client_shards import ClientShards
from adapters.io_loop import IOLoop
from adapters.llm_guard import HEALTH_INTERVAL_S, GuardedLLM
from adapters.llm_retry import RetryPolicy, call_with_retry
from application.ports import ChatTurn, Completion, LLMUnavailable, ToolCall, ToolSpec

log = logging.getLogger(__name__)

ANTHROPIC_MODEL = "claude-sonnet-4-6"   # configurable (LLM_MODEL); 4-5 is deprecated in the SDK
MAX_TOKENS_CAP = 8192                   # the one retry after "max_tokens" never asks for more
MAX_CONTINUATIONS = 2                   # pause_turn: times we let a paused turn go on
PROBE_TIMEOUT_S = 10.0
CONNECTION_ERRORS = (anthropic.APIConnectionError,)   # APITimeoutError is one of them


class Truncated(LLMUnavailable):
    """The answer hit max_tokens: not usable as it is."""


class Paused(Exception):
    """stop_reason pause_turn: the assistant content to send back so the turn goes on."""

    def __init__(self, content: list[dict[str, Any]]):
        super().__init__("pause_turn")
        self.content = content


class AnthropicLLM(GuardedLLM):
    def __init__(self, api_key: str, model: str = ANTHROPIC_MODEL, base_url: str | None = None,
                 timeout_s: float = 30.0, max_attempts: int = 3, retry: RetryPolicy | None = None,
                 max_tokens: int = 1024, breaker: CircuitBreaker | None = None,
                 health_interval_s: float = HEALTH_INTERVAL_S, io: IOLoop | None = None):
        """``retry`` overrides the waits (its max_attempts wins); ``io`` as in OpenAICompatibleLLM."""
        if not api_key:
            raise ValueError("an API key is required")
        self._model = model
        self._max_tokens = max_tokens
        self._retry = retry or RetryPolicy(max_attempts=max_attempts)
        self._probe_timeout_s = min(timeout_s, PROBE_TIMEOUT_S)
        self._start(ClientShards(lambda: anthropic.AsyncAnthropic(api_key=api_key, base_url=base_url,
                                                                  timeout=timeout_s, max_retries=0)),
                    breaker, health_interval_s, io)

    @property
    def name(self) -> str:
        return f"anthropic:{self._model}"

    async def _complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec],
                        probing: bool) -> Completion:
        retry = attrs.evolve(self._retry, max_attempts=1) if probing else self._retry
        request: dict[str, Any] = {"model": self._model, "max_tokens": self._max_tokens,
                                   "system": system, "messages": to_messages(turns)}
        if tools:
            request["tools"] = [to_tool(t) for t in tools]
        earlier: list[str] = []          # text of paused parts of this turn
        continuations = 0
        while True:
            response = await call_with_retry(functools.partial(self._clients.next().messages.create, **request),
                                             retry, self.name, CONNECTION_ERRORS)
            try:
                completion = from_response(response, self.name)
            except Truncated:
                if request["max_tokens"] > self._max_tokens or request["max_tokens"] >= MAX_TOKENS_CAP:
                    raise
                log.warning("llm answer cut at max_tokens, asking once more with a larger budget",
                            extra={"llm": self.name, "max_tokens": request["max_tokens"]})
                request = {**request, "max_tokens": min(request["max_tokens"] * 2, MAX_TOKENS_CAP)}
                continue
            except Paused as paused:
                continuations += 1
                if continuations > MAX_CONTINUATIONS:
                    raise LLMUnavailable(f"{self.name}: the turn stayed paused (pause_turn)") from None
                earlier += [b["text"] for b in paused.content if b.get("type") == "text" and b.get("text")]
                request = {**request, "messages": request["messages"] + [{"role": "assistant",
                                                                          "content": paused.content}]}
                continue
            if earlier and not completion.refused:
                completion = attrs.evolve(completion, text="\n".join(earlier + [completion.text]).strip())
            return completion

    async def _probe(self) -> None:
        client = self._clients.next().with_options(timeout=self._probe_timeout_s)
        await call_with_retry(lambda: client.messages.create(model=self._model, max_tokens=1,
                                                             messages=[{"role": "user", "content": "ping"}]),
                              RetryPolicy(max_attempts=1), self.name, CONNECTION_ERRORS)


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
    stop = getattr(response, "stop_reason", None)
    if stop == "max_tokens":
        raise Truncated(f"{provider}: the answer hit max_tokens")
    if stop == "model_context_window_exceeded":
        raise LLMUnavailable(f"{provider}: the answer filled the model's context window")
    if stop == "refusal":
        details = getattr(response, "stop_details", None)
        log.warning("llm refused to answer", extra={"llm": provider,
                                                    "category": getattr(details, "category", None)})
        return Completion(text="", refused=True)
    if stop == "pause_turn":
        raise Paused([_block_param(block) for block in content])
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


def _block_param(block: Any) -> dict[str, Any]:
    """A response content block as a request content block (what the API takes back)."""
    dump = getattr(block, "model_dump", None)
    return dict(dump(mode="json", exclude_none=True)) if dump else dict(block)
