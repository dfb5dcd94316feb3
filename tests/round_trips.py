"""Counting PostgreSQL round trips in this process (tests and benchmarks/cost.py).

psycopg runs every exchange with the server as a generator handed to ``Connection.wait``; a
generator that never yields needed no I/O (changing ``autocommit``, committing an idle connection),
one that waits to read from the socket waited for the server's answer: one round trip. In pipeline
mode a statement is only sent (a wait for the socket to be writable, not for an answer); the
pipeline's sync reads every answer at once: one round trip for all (counted also when the answers
were read during a wait for writable-or-readable, which a fast server makes happen).
"""
from __future__ import annotations

import time
from collections.abc import Generator
from typing import Any

import psycopg
from psycopg.waiting import Ready, Wait


class RoundTrips:
    """``with RoundTrips() as trips: ...`` then ``trips.count`` and ``trips.seconds`` (time spent
    waiting on the server, wire included)."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._original = psycopg.Connection.wait

    def _watched(self, gen: Generator[Any, Any, Any]) -> Generator[Any, Any, Any]:
        counted = False
        try:
            state = next(gen)
        except StopIteration as done:
            return done.value
        while True:
            ready = yield state
            # A wait for the server's answer: for the socket to be readable (Wait.R), or, in pipeline
            # mode, to be writable or readable (Wait.RW) when it came back readable: the pipeline read
            # answers while it was still sending (a fast server), which is its round trip too.
            if not counted and (state == Wait.R or (state == Wait.RW and ready is not None and ready & Ready.R)):
                self.count += 1
                counted = True
            try:
                state = gen.send(ready)
            except StopIteration as done:
                return done.value

    def __enter__(self) -> RoundTrips:
        original, counter = self._original, self

        def wait(conn: Any, gen: Any, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(conn, counter._watched(gen), *args, **kwargs)
            finally:
                counter.seconds += time.perf_counter() - started

        psycopg.Connection.wait = wait  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        psycopg.Connection.wait = self._original  # type: ignore[method-assign]
