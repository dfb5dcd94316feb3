"""One transaction per change on PostgreSQL: a connection bound to the current context.

``PostgresUnitOfWork(pool)``: the outermost ``with`` takes a connection from the pool, opens a
transaction and binds the connection to the current context (``contextvars``: a thread, or an
asyncio task); every repository on that pool calls ``connection(pool)`` and so works inside it
until the block ends with COMMIT, or ROLLBACK when it raises. A ``with`` nested inside it (a tool
call inside a message's unit) is a savepoint: when it raises, what it wrote is undone and the outer
unit goes on.

``PostgresUnitOfWork(pool, lazy=True)`` takes its connection at the unit's first *write*: the reads
before it run on connections of their own. A message answered by an LLM reads, waits seconds for
the model, and writes at the end: holding a connection (and an open transaction) through that wait
would make the database's connections, not the LLM, the limit on messages in flight. After the
first write every statement shares the unit's connection (it reads what it wrote), and the unit
still commits or rolls back as one.

Round trips are what a message costs (benchmarks/cost.py), so:

* a read outside a unit (or in a lazy unit before it wrote) is one statement in autocommit: one
  round trip, not BEGIN + SELECT + COMMIT (under READ COMMITTED a transaction around one SELECT
  sees nothing more);
* a write outside a unit that is one statement (``single=True``) is also autocommitted;
* a write inside a unit is just the statement: the unit's transaction makes it atomic with the
  rest. ``savepoint=True`` wraps it in one, for the writes whose failure the caller catches and
  gets over (a phone that belongs to another runner): without it the unit would be spoilt.
"""
from __future__ import annotations

import contextlib
import logging
import select
import sys
from collections.abc import Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import Self

import attrs
import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

CHECKOUT_ATTEMPTS = 4      # connections found closed by the server, dropped before giving up


@attrs.define
class _Bound:
    pool: ConnectionPool
    connection: psycopg.Connection | None    # None: a lazy unit before its first write
    exits: contextlib.ExitStack
    previous: _Bound | None = None     # a unit open on another pool in the same context
    depth: int = 1
    # The savepoints of the nested units open now, innermost last; None for one opened before a
    # lazy unit's first write (it is taken right after the BEGIN: nothing was written before it).
    savepoints: list[contextlib.AbstractContextManager[psycopg.Transaction] | None] = attrs.Factory(list)


# One variable for every pool: a unit binds the pool it was opened on.
_current: ContextVar[_Bound | None] = ContextVar("andes_postgres_unit", default=None)


@contextlib.contextmanager
def connection(pool: ConnectionPool, *, read: bool = False, single: bool = False,
               savepoint: bool = False) -> Iterator[psycopg.Connection]:
    """The open unit's connection, or one of the pool's for this block.

    ``read``: the block only reads. ``single``: the block is one statement (a read or a write) and
    may be autocommitted when no unit is open. ``savepoint``: inside a unit, the block is undone
    alone when it raises."""
    bound = _bound_to(pool)
    if bound is not None and bound.connection is None and not read:
        bound.connection = _begin(pool, bound.exits)
        # Nested units opened before this first write: their savepoints start here.
        bound.savepoints = [_savepoint(bound.connection) for _ in bound.savepoints]
    if bound is not None and bound.connection is not None:
        if savepoint and not read:
            with bound.connection.transaction():
                yield bound.connection
        else:
            yield bound.connection
        return
    if read or single:
        with autocommitted(pool) as conn:
            yield conn
        return
    with own_transaction(pool) as conn:
        yield conn


@contextlib.contextmanager
def autocommitted(pool: ConnectionPool, timeout: float | None = None) -> Iterator[psycopg.Connection]:
    """A pool connection in autocommit mode, for one statement: one round trip."""
    with _checkout(pool, timeout) as conn:
        conn.autocommit = True
        try:
            yield conn
        except psycopg.OperationalError:
            if conn.broken:
                pool.check()          # its siblings broke with it (a restart): drop them now
            raise
        finally:
            if not conn.closed:
                conn.autocommit = False     # the pool lends connections as it got them


@contextlib.contextmanager
def own_transaction(pool: ConnectionPool, timeout: float | None = None) -> Iterator[psycopg.Connection]:
    """A pool connection in a transaction of its own, even inside a unit (the chat buffer, the
    inbox): committed when the block ends, rolled back when it raises. ``timeout``: how long to wait
    for a connection (None: the pool's own)."""
    with contextlib.ExitStack() as exits:
        yield _begin(pool, exits, timeout)


@contextlib.contextmanager
def _checkout(pool: ConnectionPool, timeout: float | None = None) -> Iterator[psycopg.Connection]:
    """A pool connection that the server has not closed.

    The pool does not ping a connection when lending it (a round trip per checkout). A connection
    the server closed while it was idle (PostgreSQL restarted, an admin ended it, a proxy cut it)
    has something to read on its socket — the server's FATAL message, or the end of the stream —
    where an idle connection has nothing: such a one is closed (the pool drops a closed connection
    when it comes back, https://www.psycopg.org/psycopg3/docs/advanced/pool.html#connection-quality)
    and another is taken. Checking costs a poll of the socket, no round trip."""
    for _ in range(CHECKOUT_ATTEMPTS):
        with pool.connection(timeout=timeout) as conn:
            if not _closed_by_server(conn):
                yield conn
                return
            log.warning("postgres connection closed by the server while idle: dropped")
            conn.close()
    with pool.connection(timeout=timeout) as conn:       # give it to the caller: it will fail there
        yield conn


def _closed_by_server(conn: psycopg.Connection) -> bool:
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError, psycopg.Error):
        return True
    return bool(readable)


def _begin(pool: ConnectionPool, exits: contextlib.ExitStack, timeout: float | None = None) -> psycopg.Connection:
    """A pool connection in a new transaction; its exit (on ``exits``) commits, or rolls back.

    A connection that broke without a sign on its socket fails on this BEGIN, before anything ran:
    ``check()`` drops its broken siblings, and the BEGIN is retried once on a fresh connection."""
    for attempt in (1, 2):
        stack = contextlib.ExitStack()
        conn = stack.enter_context(_checkout(pool, timeout))
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


def _savepoint(conn: psycopg.Connection) -> contextlib.AbstractContextManager[psycopg.Transaction]:
    """A savepoint begun now, ended by the caller's ``__exit__`` (RELEASE, or ROLLBACK TO on an error)."""
    block = conn.transaction()
    block.__enter__()
    return block


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
            bound.savepoints.append(_savepoint(bound.connection) if bound.connection is not None else None)
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
            savepoint = bound.savepoints.pop()
            if savepoint is not None:        # None: it wrote nothing (a lazy unit not begun yet)
                savepoint.__exit__(exc_type, exc, tb)       # RELEASE, or ROLLBACK TO when it raised
            return
        _current.set(bound.previous)
        # The pool's connection block commits, or rolls back when given the exception.
        bound.exits.__exit__(exc_type, exc, tb)
        return
