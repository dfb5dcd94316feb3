"""Fixtures for the tests that need the real Redis (127.0.0.1:6379 unless ANDES_TEST_REDIS_URL says
otherwise).

An unreachable Redis FAILS the tests that need it, with the reason: a skipped integration test
looks green in CI while proving nothing.

Each test gets its own key prefix and every key under it is deleted afterwards, so tests can run
against a shared Redis (and next to each other) without seeing each other's keys.
"""
from __future__ import annotations

import os
import uuid

import pytest
import redis

REDIS_URL = os.environ.get("ANDES_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="session")
def redis_client():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        pytest.fail(
            f"Redis is not reachable at {REDIS_URL} ({exc.__class__.__name__}: {exc}). "
            "Start it (e.g. `redis-server --port 6379`) or point ANDES_TEST_REDIS_URL at one; "
            "integration tests fail rather than skip without it.",
            pytrace=False,
        )
    yield client
    client.close()


@pytest.fixture
def redis_prefix(redis_client):
    """A key prefix of this test alone; its keys are deleted when the test ends."""
    prefix = f"andes-test:{uuid.uuid4().hex[:12]}:"
    yield prefix
    keys = list(redis_client.scan_iter(match=f"{prefix}*", count=500))
    if keys:
        redis_client.delete(*keys)
