"""The connection pool every PostgreSQL adapter shares."""
from __future__ import annotations

import logging
import re

from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def check_schema_name(schema: str) -> str:
    """Schema names go into ``search_path`` unquoted: only lower-case identifiers are accepted."""
    if not _SCHEMA_NAME.match(schema or ""):
        raise ValueError(f"invalid schema name {schema!r}: use lower-case letters, digits and '_'")
    return schema


def create_pool(
    conninfo: str,
    *,
    schema: str | None = None,
    min_size: int = 1,
    max_size: int = 20,
    timeout: float = 10.0,
    open: bool = True,
    name: str = "andes",
) -> ConnectionPool:
    """A psycopg connection pool for ``conninfo`` (a ``postgresql://`` URL or a libpq string).

    With ``schema``, every connection of the pool works in that schema (``search_path``): the
    tables are created there by ``apply_migrations`` and the adapters find them there. The schema
    must exist. With ``open`` (the default) this waits until one connection is made, so a wrong
    URL or a stopped server fails here, after ``timeout`` seconds, with ``psycopg_pool.PoolTimeout``.
    """
    # Timestamps come back in UTC whatever the server's time zone. Options already in the URL
    # (e.g. ?options=-c%20search_path%3Dandes) are kept; ``schema`` comes last, so it wins.
    options = [conninfo_to_dict(conninfo).get("options") or "", "-c timezone=UTC"]
    if schema is not None:
        options.append(f"-c search_path={check_schema_name(schema)}")
    kwargs = {"options": " ".join(str(o) for o in options if o)}
    pool = ConnectionPool(
        conninfo,
        min_size=min_size,
        max_size=max_size,
        kwargs=kwargs,
        timeout=timeout,
        name=name,
        # No ping on checkout (it was one round trip per repository call): a connection that broke
        # while idle fails on its first statement, the BEGIN, and adapters.postgres.unit_of_work
        # retries that once after pool.check(); psycopg_pool discards a connection returned broken
        # (https://www.psycopg.org/psycopg3/docs/advanced/pool.html#connection-quality).
        open=False,
    )
    if open:
        pool.open(wait=True, timeout=timeout)
        log.info("postgres pool %r open (schema %s, %d-%d connections)", name, schema or "default", min_size, max_size)
    return pool
