"""Redis adapter for the short-term memory: the chat buffer.

Keys (``prefix`` defaults to ``"andes:"``):

* ``{prefix}chat:{runner_id}`` — a list of JSON messages, oldest first, at most 20, expiring
  24 h after the last message (each append renews the expiry).
"""
from __future__ import annotations

import json
import logging
from datetime import timedelta

import cattrs
import redis

from adapters.serialization import converter, to_json
from domain.conversation import Message

log = logging.getLogger(__name__)

CHAT_BUFFER_SIZE = 20
CHAT_BUFFER_TTL = timedelta(hours=24)
DEFAULT_PREFIX = "andes:"



def message_to_json(message: Message) -> str:
    return to_json(message, separators=(",", ":"))


def message_from_json(raw: str | bytes) -> Message:
    return converter.structure(json.loads(raw), Message)


def _seconds(ttl: timedelta | int | float) -> int:
    seconds = int(ttl.total_seconds()) if isinstance(ttl, timedelta) else int(ttl)
    if seconds <= 0:
        raise ValueError(f"a ttl must be positive, got {ttl!r}")
    return seconds


class RedisChatBuffer:
    """``ChatBuffer`` on Redis: the last ``size`` messages of each runner, expiring after ``ttl``."""

    def __init__(
        self,
        client: redis.Redis,
        prefix: str = DEFAULT_PREFIX,
        size: int = CHAT_BUFFER_SIZE,
        ttl: timedelta | int = CHAT_BUFFER_TTL,
    ):
        if size < 1:
            raise ValueError("the chat buffer must hold at least one message")
        self._redis = client
        self._prefix = prefix
        self._size = size
        self._ttl_s = _seconds(ttl)

    @classmethod
    def from_url(cls, url: str, **kwargs) -> RedisChatBuffer:
        return cls(redis.Redis.from_url(url), **kwargs)

    def key(self, runner_id: str) -> str:
        return f"{self._prefix}chat:{runner_id}"

    def append(self, *messages: Message) -> None:
        by_runner: dict[str, list[str]] = {}
        for message in messages:
            by_runner.setdefault(message.runner_id, []).append(message_to_json(message))
        # MULTI/EXEC: the pushes, the trims and the expiries happen together or not at all, in one
        # round trip (a message and its answer).
        with self._redis.pipeline(transaction=True) as pipe:
            for runner_id, entries in by_runner.items():
                key = self.key(runner_id)
                pipe.rpush(key, *entries)
                pipe.ltrim(key, -self._size, -1)
                pipe.expire(key, self._ttl_s)
            pipe.execute()

    def recent(self, runner_id: str) -> list[Message]:
        """Oldest first. An entry that no longer parses (written by another version) is skipped:
        the buffer is a convenience, the conversation log keeps the record."""
        messages = []
        for raw in self._redis.lrange(self.key(runner_id), 0, -1):
            try:
                messages.append(message_from_json(raw))
            except (ValueError, TypeError, KeyError, cattrs.BaseValidationError) as exc:
                log.warning("skipping an unreadable chat buffer entry of %s: %s", runner_id, exc)
        return messages

    def clear(self, runner_id: str) -> None:
        self._redis.delete(self.key(runner_id))
