"""JSON schemas of the tools, derived from their argument classes."""
from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs

from application.ports import ToolSpec
from domain.runner import GoalRace


def _non_none(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return inner[0] if len(inner) == 1 else tp
    return tp


def json_schema_of_type(tp: Any) -> dict[str, Any]:
    tp = _non_none(tp)
    if typing.get_origin(tp) in (list, tuple, Sequence):
        return {"type": "array", "items": json_schema_of_type(typing.get_args(tp)[0])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is GoalRace:
        # Any race distance, by its code: "5k", "15k", "10mi", "half", "marathon", "21.5k".
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON schema for {tp!r}")


def json_schema(cls: type) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = json_schema_of_type(field.type)
        prop["description"] = field.metadata.get("description", "")
        for bound in ("minimum", "maximum"):
            if bound in field.metadata:
                prop[bound] = field.metadata[bound]
        default = field.default
        if default is attrs.NOTHING:
            required.append(field.name)
        elif not isinstance(default, attrs.Factory) and default is not None:  # type: ignore[arg-type]
            prop["default"] = default.value if isinstance(default, enum.Enum) else default
        properties[field.name] = prop
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def tool_spec(cls: type) -> ToolSpec:
    name: str = cls.tool  # type: ignore[attr-defined]  # each tool class declares its name
    return ToolSpec(name=name, description=inspect.cleandoc(cls.__doc__ or "").replace("\n", " "),
                    parameters=json_schema(cls))


