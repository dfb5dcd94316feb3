"""A few SDK clients used in turn, for hundreds of requests in flight.

The OpenAI and Anthropic SDKs send through httpx, whose connection pool (httpcore) looks at every
connection it holds — one poll() system call each, to see whether it is still usable — each time a
request starts or ends. With 230 model calls in flight on one client that scan took a tenth of the
worker's CPU (py-spy, benchmarks/scale.py); spread over ``SHARDS`` clients each pool holds an
eighth of the connections.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Generic, TypeVar

C = TypeVar("C")

SHARDS = 8


class ClientShards(Generic[C]):
    def __init__(self, make: Callable[[], C], shards: int = SHARDS):
        self.all: list[C] = [make() for _ in range(max(1, shards))]
        self._turn = itertools.cycle(self.all)

    def next(self) -> C:
        return next(self._turn)
