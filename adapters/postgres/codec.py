"""Rows <-> domain objects, with cattrs.

Rows are read as dicts whose keys are the attribute names (the SELECTs alias the columns),
so ``converter.structure(row, Run)`` builds the domain object through its own validators.
"""
from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb

from adapters.serialization import converter, dumps, enum_value  # noqa: F401  (re-exported)


def to_jsonb(obj: Any) -> Jsonb:
    """A jsonb parameter from attrs objects / lists of them (enums by value, dates as ISO)."""
    return Jsonb(converter.unstructure(obj), dumps=dumps)


