"""One retry policy for every LLM provider (tenacity), so the SDKs' own retries stay off.

Retried: 408, 429 (waiting what ``retry-after`` asks, capped), 5xx (Anthropic's 529 "overloaded"
included), timeouts and connection errors, with exponential backoff and jitter.
Not retried: any other 4xx (400 bad request, 401 bad key, 402 no balance, 403, 404...): asking
again gives the same answer. Whatever still fails becomes ``LLMUnavailable``, and the offline coach
answers; ``ProviderDown`` (a subclass) when the failure says the provider can't serve anyone now
(no connection, timeouts, 5xx, rate limits, and account problems: 401, 402, 403, 404), which is what
opens the circuit breaker (adapters/llm_guard.py). A 400/422 is about one request, not an outage.
Account problems are logged at ERROR: they need a person (a key, a top-up, a model name).
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import attrs
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from application.ports import LLMUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({408, 429})
# Statuses that need a person, with what they mean. 402: DeepSeek "Insufficient Balance"
# (https://api-docs.deepseek.com/quick_start/error_codes), Anthropic "billing_error".
ACCOUNT_PROBLEMS = {
    401: "the API key was refused",
    402: "insufficient balance: top up the provider account",
    403: "permission denied for this key",
    404: "model or endpoint not found (a retired model name?)",
}


class ProviderDown(LLMUnavailable):
    """The provider can't serve any request now: what opens the circuit breaker."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status

    @property
    def needs_a_person(self) -> bool:
        return self.status in ACCOUNT_PROBLEMS


@attrs.define(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    initial_wait_s: float = 0.5         # first backoff; doubles each attempt, with jitter
    max_wait_s: float = 8.0             # cap of the exponential backoff
    retry_after_cap_s: float = 20.0     # never wait longer than this, whatever retry-after says
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep     # on the adapter's I/O loop

    def __attrs_post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")


def status_of(error: BaseException) -> int | None:
    status = getattr(error, "status_code", None)
    return status if isinstance(status, int) else None


def retry_after_s(error: BaseException) -> float | None:
    """Seconds the provider asked us to wait (retry-after-ms, retry-after as seconds or HTTP date)."""
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return max(0.0, float(ms) / 1000)
    except (TypeError, ValueError):
        pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def is_retryable(error: BaseException, connection_errors: tuple[type[BaseException], ...]) -> bool:
    if isinstance(error, connection_errors):     # timeouts are connection errors in both SDKs
        return True
    status = status_of(error)
    if status is None:
        return False
    return status in RETRYABLE_STATUS or status >= 500


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after_s(error) if error is not None else None
        if asked is not None:
            return min(asked, policy.retry_after_cap_s)
        backoff = policy.initial_wait_s * (2 ** (state.attempt_number - 1))
        backoff = min(backoff, policy.max_wait_s)
        return backoff * random.uniform(0.5, 1.0)
    return wait


def is_outage(error: BaseException, connection_errors: tuple[type[BaseException], ...]) -> bool:
    return is_retryable(error, connection_errors) or status_of(error) in ACCOUNT_PROBLEMS


def describe(error: BaseException) -> str:
    status = status_of(error)
    text = str(error).strip().replace("\n", " ")
    if len(text) > 300:
        text = text[:300] + "…"
    meaning = f" ({ACCOUNT_PROBLEMS[status]})" if status in ACCOUNT_PROBLEMS else ""
    return f"{type(error).__name__}{f' {status}' if status else ''}{meaning}: {text}"


async def call_with_retry(call: Callable[[], Awaitable[T]], policy: RetryPolicy, provider: str,
                          connection_errors: tuple[type[BaseException], ...]) -> T:
    """Await ``call()`` under the policy; raise LLMUnavailable when it fails for good."""
    def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        log.warning("llm call failed, retrying", extra={
            "provider": provider, "attempt": state.attempt_number,
            "wait_s": round(state.next_action.sleep, 3) if state.next_action else None,
            "error": describe(error) if error else None,
        })

    retrying = AsyncRetrying(
        stop=stop_after_attempt(policy.max_attempts),
        wait=_wait(policy),
        retry=retry_if_exception(lambda e: is_retryable(e, connection_errors)),
        sleep=policy.sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
    async def attempt() -> T:       # a coroutine function: tenacity awaits only what it sees as one
        return await call()

    try:
        return await retrying(attempt)
    except LLMUnavailable:
        raise
    except Exception as error:
        message = f"{provider}: {describe(error)}"
        status = status_of(error)
        if status in ACCOUNT_PROBLEMS:
            log.error("llm provider refuses our account", extra={"provider": provider, "status": status,
                                                                 "error": describe(error)})
        if is_outage(error, connection_errors):
            raise ProviderDown(message, status) from error
        raise LLMUnavailable(message) from error
