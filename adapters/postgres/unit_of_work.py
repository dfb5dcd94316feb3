"""One transaction per change on PostgreSQL: a connection bound to the current context.

``PostgresUnitOfWork(pool)``: the outermost ``with`` takes a connection from the pool, opens a
transaction and binds the connection to the current context (``contextvars``: a thread, or an
asyncio task); every repository on that pool calls ``connection(pool)`` and so works inside it
until the block ends with COMMIT, or ROLLBACK when it raises. Outside a unit, ``connection``
lends a pool connection for one statement group, as before.

``PostgresUnitOfWork(pool, lazy=True)`` takes its connection at the unit's first *write*: the reads
before it run on short transactions of their own. A message answered by an LLM reads, waits seconds
for the model, and writes at the end: holding a connection (and an open transaction) through that
wait would make the database's connections, not the LLM, the limit on messages in flight. After the
first write every statement shares the unit's connection (it reads what it wrote), and the unit
still commits or rolls back as one.
"""
from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import Self

import attrs
import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)


@attrs.define
class _Bound:
    pool: ConnectionPool
    connection: psycopg.Connection | None    # None: a lazy unit before its first write
    exits: contextlib.ExitStack
    previous: _Bound | None = None     # a unit open on another pool in the same context
    depth: int = 1


# One variable for every pool: a unit binds the pool it was opened on.
_current: ContextVar[_Bound | None] = ContextVar("andes_postgres_unit", default=None)


@contextlib.contextmanager
def connection(pool: ConnectionPool, *, read: bool = False) -> Iterator[psycopg.Connection]:
    """The open unit's connection, or a pool connection committed when the block ends.

    Inside a unit a write runs in a savepoint, so a failed statement (a unique phone…) undoes
    only itself and the unit can go on; a ``read`` runs without one (a failed SELECT is a bug or
    a lost connection, and either ends the unit), which spares the SAVEPOINT and RELEASE round
    trips: a read costs one round trip."""
    bound = _bound_to(pool)
    if bound is not None and bound.connection is None:
        if read:                           # a lazy unit that has written nothing yet
            with own_transaction(pool) as conn:
                yield conn
            return
        bound.connection = _begin(pool, bound.exits)
    if bound is not None and bound.connection is not None:
        if read:
            yield bound.connection
            return
        with bound.connection.transaction():
            yield bound.connection
        return
    with own_transaction(pool) as conn:
        yield conn


@contextlib.contextmanager
def own_transaction(pool: ConnectionPool, timeout: float | None = None) -> Iterator[psycopg.Connection]:
    """A pool connection in a transaction of its own, even inside a unit (the chat buffer, the
    inbox): committed when the block ends, rolled back when it raises. ``timeout``: how long to wait
    for a connection (None: the pool's own)."""
    with contextlib.ExitStack() as exits:
        yield _begin(pool, exits, timeout)


def _begin(pool: ConnectionPool, exits: contextlib.ExitStack, timeout: float | None = None) -> psycopg.Connection:
    """A pool connection in a new transaction; its exit (on ``exits``) commits, or rolls back.

    The pool does not ping a connection when lending it (one round trip per checkout, and psycopg
    sends the BEGIN anyway). A connection that broke while idle (PostgreSQL restarted, an admin
    ended it) fails on this BEGIN, before anything ran: the pool discards it when it comes back
    (https://www.psycopg.org/psycopg3/docs/advanced/pool.html#connection-quality), ``check()``
    drops its broken siblings, and the BEGIN is retried once on a fresh connection."""
    for attempt in (1, 2):
        stack = contextlib.ExitStack()
        conn = stack.enter_context(pool.connection(timeout=timeout))
        try:
            conn.execute("BEGIN")
        except psycopg.OperationalError:
            stack.__exit__(*sys.exc_info())
            if attempt == 2:
                raise
            log.warning("postgres connection found broken; checking the pool and retrying once")
            pool.check()
            continue
        exits.push(stack)
        return conn
    raise AssertionError("unreachable")


def _bound_to(pool: ConnectionPool) -> _Bound | None:
    bound = _current.get()
    while bound is not None and bound.pool is not pool:
        bound = bound.previous
    return bound


class PostgresUnitOfWork:
    def __init__(self, pool: ConnectionPool, *, lazy: bool = False):
        self._pool = pool
        self._lazy = lazy

    def __enter__(self) -> Self:
        bound = _bound_to(self._pool)
        if bound is not None:
            bound.depth += 1
            return self
        exits = contextlib.ExitStack()
        conn = None if self._lazy else _begin(self._pool, exits)
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
        # The pool's connection block commits, or rolls back when given the exception.
        bound.exits.__exit__(exc_type, exc, tb)
        return
