"""procrastinate's own schema (the job queue's tables), created and upgraded like ours.

procrastinate ships its full schema (``SchemaManager.get_schema()``) and, for upgrades, one SQL file
per change in ``procrastinate/sql/migrations`` (https://procrastinate.readthedocs.io/en/stable/
howto/production/migrations.html: apply them in order; "pre" files before the new code runs, "post"
after — one process that starts after the upgrade applies both, in name order). It keeps no record
of what was applied, so ``procrastinate_migrations`` does: a new schema gets the full schema and
every file recorded; a schema created before this record existed (by an earlier release of this
service) is taken as the installed procrastinate's, once, with a warning; from then on, the files a
procrastinate upgrade brings are applied in order, each in its own transaction.

Under the same advisory lock as ``apply_migrations`` (one per schema): processes starting together
on an empty database wait for each other instead of racing (issue 22: two of three ``andes serve``
died on ``UniqueViolation`` creating the same type).
"""
from __future__ import annotations

import logging
from importlib import metadata, resources

import psycopg
from procrastinate.schema import SchemaManager

from adapters.postgres.migrations import schema_lock

log = logging.getLogger(__name__)

_RECORD = """
CREATE TABLE IF NOT EXISTS procrastinate_migrations (
    name       text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


def migration_files() -> list[tuple[str, str]]:
    """(file name, SQL) of procrastinate's migrations, in the order they are applied."""
    folder = resources.files("procrastinate.sql").joinpath("migrations")
    files = [entry for entry in folder.iterdir() if entry.name.endswith(".sql")]
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in sorted(files, key=lambda e: e.name)]


def apply_queue_schema(conn: psycopg.Connection) -> list[str]:
    """Bring procrastinate's schema in the connection's current schema up to date (an autocommit
    connection); returns the files applied now ("schema.sql" when it was created)."""
    files = migration_files()
    version = metadata.version("procrastinate")
    with schema_lock(conn) as schema:
        conn.execute(_RECORD)
        recorded = {name for (name,) in conn.execute("SELECT name FROM procrastinate_migrations")}
        exists = (conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone() or (False,))[0]
        if not exists:
            with conn.transaction():
                conn.execute(SchemaManager.get_schema())
                _record(conn, [name for name, _ in files])
            log.info("procrastinate %s schema created in schema %s", version, schema)
            return ["schema.sql"]
        if not recorded:
            _record(conn, [name for name, _ in files])
            log.warning("procrastinate's tables in schema %s had no record of their migrations: taken as "
                        "procrastinate %s's (the version installed); later upgrades are applied from here",
                        schema, version)
            return []
        applied = []
        for name, sql in files:
            if name in recorded:
                continue
            with conn.transaction():
                conn.execute(sql)
                _record(conn, [name])
            applied.append(name)
            log.info("applied procrastinate migration %s to schema %s", name, schema)
        return applied


def _record(conn: psycopg.Connection, names: list[str]) -> None:
    with conn.cursor() as cursor:
        cursor.executemany("INSERT INTO procrastinate_migrations (name) VALUES (%s) ON CONFLICT DO NOTHING",
                           [(name,) for name in names])
