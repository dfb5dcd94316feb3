"""Start-up steps that are correct or loud: each step is logged, retried while its failure is
transient (a database still starting, a network blip), and ends the process (exit status 1, for its
supervisor to see and restart it) when it is not: a migration edited after it was applied, a role
without the rights to create the tables, SQL the server refuses. Retrying those would only leave a
process that looks alive and takes no work (issue 22)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

RETRY_S = 2.0
RETRY_MAX_S = 30.0


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
