"""Work that must wait until a unit of work has committed: what is not in the database.

The vector memory is not in the message's transaction: remembering a run that is then rolled back
(a worker killed, the database gone) would leave a memory of a run that does not exist, and the
retry would remember it twice. So while a message is answered, such writes are collected here and
done only once its unit has committed; a unit that fails drops them.

    with after_commit() as later:
        with unit_of_work:
            ...                     # memory.store(...) is collected, not done
    later.run()                     # reached only when the unit committed

Outside ``after_commit`` (the terminal chat, imports) writes are done at once, as before.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from contextvars import ContextVar

log = logging.getLogger(__name__)


class Later:
    def __init__(self) -> None:
        self._work: list[Callable[[], None]] = []

    def add(self, work: Callable[[], None]) -> None:
        self._work.append(work)

    def run(self) -> None:
        work, self._work = self._work, []
        for job in work:
            try:
                job()
            except Exception:
                log.exception("work after commit failed")


_current: ContextVar[Later | None] = ContextVar("andes_after_commit", default=None)


@contextlib.contextmanager
def after_commit() -> Iterator[Later]:
    later = Later()
    token = _current.set(later)
    try:
        yield later
    finally:
        _current.reset(token)


def defer_or_run(work: Callable[[], None]) -> None:
    """Collect ``work`` for after the commit when a message is being answered; else do it now."""
    later = _current.get()
    if later is None:
        work()
    else:
        later.add(work)
