"""Rows <-> domain objects, with cattrs.

Rows are read as dicts whose keys are the attribute names (the SELECTs alias the columns),
so ``converter.structure(row, Run)`` builds the domain object through its own validators.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import cattrs
from psycopg.types.json import Jsonb

converter = cattrs.Converter()
# psycopg already gives date/datetime objects; JSON (plan sessions) gives ISO strings.
converter.register_structure_hook(
    datetime, lambda v, _: v if isinstance(v, datetime) else datetime.fromisoformat(v))
converter.register_structure_hook(
    date, lambda v, _: v if isinstance(v, date) else date.fromisoformat(v))


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, default=_json_default, ensure_ascii=False)


def to_jsonb(obj: Any) -> Jsonb:
    """A jsonb parameter from attrs objects / lists of them (enums by value, dates as ISO)."""
    return Jsonb(converter.unstructure(obj), dumps=_dumps)


def enum_value(value: Any) -> Any:
    """Store enums by value ('5k', 'mild'...), never by member name."""
    return getattr(value, "value", value)
