"""Start-up steps that are correct or loud: each step is logged, retried while its failure is
transient (a database still starting, a network blip), and ends the process (exit status 1, for its
supervisor to see and restart it) when it is not: a migration edited after it was applied, a role
without the rights to create the tables, SQL the server refuses. Retrying those would only leave a
process that looks alive and takes no work (issue 22)."""
from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

RETRY_S = 2.0
RETRY_MAX_S = 30.0
# The cyclic garbage collector's youngest generation is collected once this many container objects
# were allocated and not freed (CPython's default: 700). A request in flight holds a few hundred
# (its coroutines, frames, tasks) and frees them by reference counting when it ends; each collection
# walks those still in flight and everything they point to, which in a server whose modules, container
# and pools make a heap of ~120,000 objects misses the cache on nearly every pointer: ~1 ms a
# collection, one every ~30 webhook deliveries at 64 in flight, plus a full collection of the whole
# heap (~80 ms) every few thousand — 11 % of `andes serve`'s CPU (issue 23, benchmarks.webhook_peer).
GC_YOUNG_THRESHOLD = 10_000


class StartupFailed(Exception):
    """A start-up step failed for a reason retrying will not fix."""


def is_fatal(error: BaseException) -> bool:
    """Whether retrying ``error`` is pointless."""
    import psycopg

    from adapters.postgres.migrations import MigrationError
    from bootstrap import SettingsError
    if isinstance(error, (MigrationError, SettingsError, psycopg.ProgrammingError, psycopg.NotSupportedError)):
        return True      # ProgrammingError: insufficient privilege, undefined or duplicate object, bad SQL
    return bool(isinstance(error, psycopg.Error) and getattr(error, "sqlstate", None) == "3D000")  # no database


async def step(name: str, attempt: Callable[[], Awaitable[Any]], *, on_step: Callable[[str], None] | None = None,
               retry_s: float = RETRY_S) -> Any:
    """Run ``attempt`` until it succeeds, logging each try; raise StartupFailed on a fatal error.
    ``attempt`` returns False (or raises) when it did not succeed."""
    if on_step is not None:
        on_step(name)
    log.info("start-up: %s", name)
    wait = retry_s
    tries = 0
    while True:
        tries += 1
        try:
            result = await attempt()
            if result is not False:
                log.info("start-up: %s: done", name, extra={"tries": tries})
                return result
            error: BaseException | None = None
        except Exception as raised:
            error = raised
            if is_fatal(raised):
                log.critical("start-up: %s failed and will not succeed by retrying: %s: %s", name,
                             type(raised).__name__, " ".join(str(raised).split())[:300])
                raise StartupFailed(f"{name}: {type(raised).__name__}") from raised
        log.warning("start-up: %s failed (try %d)%s; retrying in %.0f s", name, tries,
                    f": {type(error).__name__}: {' '.join(str(error).split())[:200]}" if error else "", wait)
        await asyncio.sleep(wait)
        wait = min(wait * 2, RETRY_MAX_S)


def settle_heap() -> None:
    """Once a server holds what it serves with (modules, the container, the pools): that is moved out
    of the garbage collector's reach (``gc.freeze``: full collections no longer walk it; reference
    counting still frees it) and the youngest generation is collected every ``GC_YOUNG_THRESHOLD``
    allocations instead of 700. Cycles are still collected, later and in fewer passes."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
