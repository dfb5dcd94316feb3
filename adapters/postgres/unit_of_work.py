"""One transaction per change on PostgreSQL: a connection bound to the current context.

``PostgresUnitOfWork(pool)``: the outermost ``with`` takes a connection from the pool, opens a
transaction and binds the connection to the current context (``contextvars``: a thread, or an
asyncio task); every repository on that pool calls ``connection(pool)`` and so works inside it
until the block ends with COMMIT, or ROLLBACK when it raises. Outside a unit, ``connection``
lends a pool connection for one statement group, as before.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import Self

import attrs
import psycopg
from psycopg_pool import ConnectionPool


@attrs.define
class _Bound:
    pool: ConnectionPool
    connection: psycopg.Connection
    exits: contextlib.ExitStack
    previous: _Bound | None = None     # a unit open on another pool in the same context
    depth: int = 1


# One variable for every pool: a unit binds the pool it was opened on.
_current: ContextVar[_Bound | None] = ContextVar("andes_postgres_unit", default=None)


@contextlib.contextmanager
def connection(pool: ConnectionPool) -> Iterator[psycopg.Connection]:
    """The open unit's connection (inside a savepoint, so a failed statement undoes only itself and
    the unit can go on), or a pool connection committed when the block ends."""
    bound = _bound_to(pool)
    if bound is not None:
        with bound.connection.transaction():
            yield bound.connection
        return
    with pool.connection() as conn:
        yield conn


def _bound_to(pool: ConnectionPool) -> _Bound | None:
    bound = _current.get()
    while bound is not None and bound.pool is not pool:
        bound = bound.previous
    return bound


class PostgresUnitOfWork:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def __enter__(self) -> Self:
        bound = _bound_to(self._pool)
        if bound is not None:
            bound.depth += 1
            return self
        exits = contextlib.ExitStack()
        try:
            conn = exits.enter_context(self._pool.connection())
            exits.enter_context(conn.transaction())
        except BaseException:
            exits.close()
            raise
        _current.set(_Bound(self._pool, conn, exits, previous=_current.get()))
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        bound = _bound_to(self._pool)
        assert bound is not None, "unit of work exited without being entered"
        bound.depth -= 1
        if bound.depth:
            return
        _current.set(bound.previous)
        # The transaction block commits, or rolls back when given the exception.
        bound.exits.__exit__(exc_type, exc, tb)
        return
