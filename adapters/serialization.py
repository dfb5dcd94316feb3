"""Domain objects <-> rows and JSON at the edges, with one cattrs converter for every adapter.

Dates stay date/datetime objects when unstructured (database drivers want them) and become ISO
strings only in JSON; structuring accepts either.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import cattrs

converter = cattrs.Converter()
converter.register_structure_hook(
    datetime, lambda v, _: v if isinstance(v, datetime) else datetime.fromisoformat(v))
converter.register_structure_hook(
    date, lambda v, _: v if isinstance(v, date) else date.fromisoformat(v))


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(plain: Any, **kwargs) -> str:
    """JSON of already-unstructured data (dates as ISO 8601, non-ASCII kept)."""
    return json.dumps(plain, default=_json_default, ensure_ascii=False, **kwargs)


def to_json(obj: Any, **kwargs) -> str:
    """JSON of attrs objects or lists of them (enums by value)."""
    return dumps(converter.unstructure(obj), **kwargs)


def enum_value(value: Any) -> Any:
    """Store enums by value ('5k', 'mild'...), never by member name."""
    return getattr(value, "value", value)
