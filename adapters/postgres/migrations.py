"""Versioned SQL migrations: ``migrations/NNNN_name.sql``, applied in order, once.

``apply_migrations`` takes a session advisory lock (per schema) so that two processes starting
together do not race, records each applied file in ``schema_migrations`` with its checksum, and
runs every file in its own transaction. Running it again is a no-op.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

import attrs
import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
# First key of the two-int advisory lock; the second is the schema being migrated.
_LOCK_CLASS = "andes.schema_migrations"


class MigrationError(RuntimeError):
    pass


@attrs.frozen
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def load_migrations(directory: Path | None = None) -> list[Migration]:
    """The migrations shipped with the package (or found in ``directory``), by version."""
    folder = directory if directory is not None else resources.files("adapters.postgres").joinpath("migrations")
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        m = _FILE.match(entry.name)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            raise MigrationError(f"two migrations with version {version:04d}")
        found[version] = Migration(version, m.group(2), entry.read_text(encoding="utf-8"))
    if not found:
        raise MigrationError(f"no migrations found in {folder}")
    return [found[v] for v in sorted(found)]


@contextlib.contextmanager
def _autocommit(target: str | ConnectionPool | psycopg.Connection) -> Iterator[psycopg.Connection]:
    if isinstance(target, str):
        with psycopg.connect(target, autocommit=True) as conn:
            yield conn
    elif isinstance(target, ConnectionPool):
        with target.connection() as conn:
            conn.autocommit = True
            try:
                yield conn
            finally:
                conn.autocommit = False
    else:
        previous = target.autocommit
        target.autocommit = True
        try:
            yield target
        finally:
            target.autocommit = previous


_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


@contextlib.contextmanager
def schema_lock(conn: psycopg.Connection) -> Iterator[str]:
    """The session advisory lock every schema change of the connection's current schema takes (ours
    and procrastinate's, adapters/postgres/queue_schema.py), held for the block; yields the schema's
    name. Processes starting together on an empty database take turns here."""
    schema = (conn.execute("SELECT current_schema()").fetchone() or (None,))[0]
    if schema is None:
        raise MigrationError("the search_path names no existing schema: create it first")
    if not conn.execute("SELECT pg_try_advisory_lock(hashtext(%s), hashtext(%s))",
                        [_LOCK_CLASS, schema]).fetchone()[0]:     # type: ignore[index]
        log.info("waiting for another process to finish migrating schema %s", schema)
        conn.execute("SELECT pg_advisory_lock(hashtext(%s), hashtext(%s))", [_LOCK_CLASS, schema])
    try:
        yield schema
    finally:
        conn.execute("SELECT pg_advisory_unlock(hashtext(%s), hashtext(%s))", [_LOCK_CLASS, schema])


def apply_migrations(
    target: str | ConnectionPool | psycopg.Connection,
    migrations: Sequence[Migration] | None = None,
) -> list[int]:
    """Apply the pending migrations to the connection's current schema; return their versions."""
    migrations = list(migrations) if migrations is not None else load_migrations()
    applied_now: list[int] = []
    with _autocommit(target) as conn, schema_lock(conn) as schema:
        conn.execute(_CREATE_TABLE)
        done = {v: c for v, c in conn.execute("SELECT version, checksum FROM schema_migrations")}
        for migration in migrations:
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise MigrationError(
                        f"migration {migration.version:04d}_{migration.name} was changed after it "
                        "was applied: add a new migration instead")
                continue
            with conn.transaction():
                conn.execute(migration.sql)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                    [migration.version, migration.name, migration.checksum])
            applied_now.append(migration.version)
            log.info("applied migration %04d_%s to schema %s", migration.version, migration.name, schema)
        unknown = sorted(set(done) - {m.version for m in migrations})
        if unknown:
            log.warning("schema %s has migrations this code does not know: %s", schema, unknown)
    return applied_now


def applied_versions(target: str | ConnectionPool | psycopg.Connection) -> list[tuple[int, str, str]]:
    """(version, name, checksum) of every applied migration, in order."""
    with _autocommit(target) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT version, name, checksum FROM schema_migrations ORDER BY version")]
