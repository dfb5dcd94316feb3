"""Fixtures for the integration tests, against the real servers on 127.0.0.1.

A server that cannot be reached FAILS the tests that need it (never skips them): a green run
must mean the adapters were really exercised.
"""
from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from psycopg import sql

from adapters.postgres import apply_migrations, create_pool
from tests.integration.redis_fixtures import redis_client, redis_prefix  # noqa: F401  (Redis, beside PostgreSQL)

# --- PostgreSQL -------------------------------------------------------------------------------
#
# Every test gets its own freshly created schema (the pool's search_path), dropped afterwards.

POSTGRES_URL = os.environ.get("ANDES_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def connect_postgres_or_fail(url: str = POSTGRES_URL) -> psycopg.Connection:
    """An autocommit connection, or a failed test that says what to do."""
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as e:
        error = str(e).strip()
    where = psycopg.conninfo.conninfo_to_dict(url)
    pytest.fail(
        f"PostgreSQL is not reachable at {where.get('host')}:{where.get('port', 5432)} "
        f"database {where.get('dbname')!r} ({error}). The integration tests need it: "
        "start PostgreSQL 15 or point ANDES_TEST_DATABASE_URL at one.",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def postgres_url() -> str:
    return POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_connect():
    """``connect_postgres_or_fail`` itself, for tests of the failure message."""
    return connect_postgres_or_fail


@pytest.fixture(scope="session")
def postgres_admin(postgres_url):
    """An autocommit connection to the test database, outside the per-test schemas."""
    conn = connect_postgres_or_fail(postgres_url)
    yield conn
    conn.close()


@pytest.fixture
def postgres_schema(postgres_admin):
    """The name of a new, empty schema, dropped (with everything in it) after the test."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    postgres_admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    yield name
    postgres_admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


@pytest.fixture
def postgres_empty_pool(postgres_url, postgres_schema):
    """A pool working in the test's schema, with no tables yet."""
    pool = create_pool(postgres_url, schema=postgres_schema, min_size=1, max_size=4, timeout=5)
    yield pool
    pool.close()


@pytest.fixture
def postgres_pool(postgres_empty_pool):
    """A pool working in the test's schema, migrated."""
    apply_migrations(postgres_empty_pool)
    return postgres_empty_pool


@pytest.fixture(scope="module")
def graph():
    """The fake WhatsApp Graph API on 127.0.0.1, one per test module."""
    from tests.integration.fake_graph_api import FakeGraphAPI, ServerThread
    fake = FakeGraphAPI()
    with ServerThread(fake.app) as server:
        fake.url = server.url
        yield fake
