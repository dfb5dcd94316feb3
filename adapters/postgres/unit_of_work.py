"""One transaction per change on PostgreSQL: a connection bound to the current context.

``PostgresUnitOfWork(pool)``: the outermost ``with`` takes a connection from the pool, opens a
transaction and binds the connection to the current context (``contextvars``: a thread, or an
asyncio task); every repository on that pool calls ``connection(pool)`` and so works inside it
until the block ends with COMMIT, or ROLLBACK when it raises. A ``with`` nested inside it (a tool
call inside a message's unit) is a savepoint, taken at its first write: when it raises, what it
wrote is undone and the outer unit goes on (one that only read has nothing to undo, and costs no
round trip; a read the database refuses spoils the outer unit, as any failed statement does).

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
  gets over (a phone that belongs to another runner): without it the unit would be spoilt;
* a block in pipeline mode (``pipelined=True``) sends its statements together
  (https://www.psycopg.org/psycopg3/docs/advanced/pipeline.html) with the savepoint of a nested unit
  that had not written yet and the writes held for the COMMIT: one round trip when it only writes
  (a fetch inside it syncs; a ``rowcount`` is known only after the block), and a failure still
  raises by the block's end, inside the nested unit that wrote it;
* a write that nothing in the unit reads back and whose failure may fail the whole unit (the
  conversation's log) can go with the unit's COMMIT (``write_with_commit``): the statements and the
  COMMIT in one pipeline. Anything else that uses the unit's connection first sends them.
"""
from __future__ import annotations

import contextlib
import logging
import select
import sys
from collections.abc import Iterator, Sequence
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
    # The savepoints of the nested units open now, innermost last; None for one that has not written
    # yet (it is taken at its first write: nothing of it is to be undone before).
    savepoints: list[_Savepoint | None] = attrs.Factory(list)
    # Writes to send with the COMMIT (write_with_commit), or before anything else uses the connection.
    pending: list[tuple[str, Sequence[object]]] = attrs.Factory(list)


# One variable for every pool: a unit binds the pool it was opened on.
_current: ContextVar[_Bound | None] = ContextVar("andes_postgres_unit", default=None)


@contextlib.contextmanager
def connection(pool: ConnectionPool, *, read: bool = False, single: bool = False,
               savepoint: bool = False, pipelined: bool = False) -> Iterator[psycopg.Connection]:
    """The open unit's connection, or one of the pool's for this block.

    ``read``: the block only reads. ``single``: the block is one statement (a read or a write) and
    may be autocommitted when no unit is open. ``savepoint``: inside a unit, the block is undone
    alone when it raises. ``pipelined``: the block runs in pipeline mode, its statements sent
    together (a fetch syncs them; no ``rowcount`` before the block ends)."""
    bound = _bound_to(pool)
    if bound is not None and bound.connection is None and (not read or bound.pending):
        bound.connection = _begin(pool, bound.exits)
    if bound is not None and bound.connection is not None:
        conn = bound.connection
        starts_savepoints = not read and None in bound.savepoints
        if pipelined and not savepoint:
            # The writes held for the COMMIT, the savepoints, the block's statements: one exchange.
            with conn.pipeline():
                _send_pending(bound)
                if starts_savepoints:
                    _start_savepoints(bound)
                yield conn
            return
        if bound.pending:
            with conn.pipeline():
                _send_pending(bound)
        if starts_savepoints:
            _start_savepoints(bound)
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
        if pipelined:
            with conn.pipeline():
                yield conn
        else:
            yield conn


def write_with_commit(pool: ConnectionPool, query: str, params: Sequence[object]) -> None:
    """One write sent with the open unit's COMMIT (in one pipeline with it), for a write that
    nothing in the unit reads back and whose failure may fail the unit. Inside a nested unit (a
    tool call: its failure is to be undone alone) or outside a unit it is written now, autocommitted
    when no unit is open."""
    bound = _bound_to(pool)
    if bound is None or bound.savepoints:
        with connection(pool, single=True) as conn:
            conn.execute(query, params)
        return
    bound.pending.append((query, params))


def _send_pending(bound: _Bound) -> None:
    assert bound.connection is not None
    pending, bound.pending = bound.pending, []
    for query, params in pending:
        bound.connection.execute(query, params)


def _start_savepoints(bound: _Bound) -> None:
    """Nested units that have not written yet: their savepoints start here, at their first write
    (a nested unit that only reads — most tool calls — costs no round trip)."""
    assert bound.connection is not None
    conn = bound.connection
    bound.savepoints = [sp if sp is not None else _savepoint(conn, depth)
                        for depth, sp in enumerate(bound.savepoints, 1)]


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


class _Savepoint:
    """A nested unit's savepoint, begun at its first write. When the unit raises, its writes are
    rolled back to it; when it ends well it is left as it is (not RELEASEd: a round trip for
    nothing, the outer unit's COMMIT or ROLLBACK ends it). Named by depth: a later savepoint of
    the same name hides an earlier one, and ROLLBACK TO finds the latest."""

    def __init__(self, conn: psycopg.Connection, depth: int):
        self._conn = conn
        self._name = f"andes_unit_{depth}"
        conn.execute(f"SAVEPOINT {self._name}")

    def __enter__(self) -> _Savepoint:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None and not self._conn.closed and not self._conn.broken:
            self._conn.execute(f"ROLLBACK TO SAVEPOINT {self._name}")


def _savepoint(conn: psycopg.Connection, depth: int) -> _Savepoint:
    return _Savepoint(conn, depth)


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
            bound.savepoints.append(None)           # begun at its first write
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
            if savepoint is not None:        # None: it wrote nothing
                savepoint.__exit__(exc_type, exc, tb)       # ROLLBACK TO when it raised
            return
        _current.set(bound.previous)
        if exc_type is None and bound.pending:
            try:
                if bound.connection is None:         # a lazy unit whose only writes were held
                    bound.connection = _begin(self._pool, bound.exits)
                with bound.connection.pipeline():    # the held writes and the COMMIT: one exchange
                    _send_pending(bound)
                    bound.connection.execute("COMMIT")
            except BaseException:
                bound.exits.__exit__(*sys.exc_info())
                raise
        # The pool's connection block commits (nothing left to commit after a COMMIT sent with the
        # held writes), or rolls back when given the exception.
        bound.exits.__exit__(exc_type, exc, tb)
        return
