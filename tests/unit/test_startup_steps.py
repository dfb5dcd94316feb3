"""Start-up steps (entrypoints/startup.py): transient failures are retried and logged, a failure
that retrying cannot fix ends the process loudly."""
from __future__ import annotations

import asyncio
import logging

import psycopg
import pytest

from adapters.postgres.migrations import MigrationError
from entrypoints import startup


def test_a_transient_failure_is_retried_until_the_step_succeeds(caplog):
    tries = []

    async def attempt():
        tries.append(1)
        if len(tries) < 3:
            raise psycopg.OperationalError("connection refused")     # the database still starting
        return "store"

    steps = []
    with caplog.at_level(logging.INFO, logger="entrypoints.startup"):
        assert asyncio.run(startup.step("connecting", attempt, on_step=steps.append, retry_s=0.01)) == "store"
    assert len(tries) == 3 and steps == ["connecting"]
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == "start-up: connecting" and messages[-1] == "start-up: connecting: done"
    assert sum("failed (try" in m and "OperationalError" in m for m in messages) == 2


@pytest.mark.parametrize("error", [MigrationError("migration 0004_inbox was changed after it was applied"),
                                   psycopg.errors.InsufficientPrivilege("permission denied for schema andes")])
def test_a_failure_retrying_cannot_fix_ends_the_step_at_once(error, caplog):
    tries = []

    async def attempt():
        tries.append(1)
        raise error

    with caplog.at_level(logging.CRITICAL, logger="entrypoints.startup"), pytest.raises(startup.StartupFailed):
        asyncio.run(startup.step("migrating", attempt, retry_s=0.01))
    assert len(tries) == 1
    assert "will not succeed by retrying" in caplog.records[-1].getMessage()
