"""A model's tool arguments structured into the argument classes, strictly: no silent "7.5" -> 7.

Whatever does not fit comes back as an ArgumentError saying what is wrong, for the model to read
and correct.
"""
from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.v import format_exception

from application.tools.arguments import TOOL_ARGUMENTS
from application.tools.schema import _non_none
from application.understanding import profile_answers as answers
from application.understanding.text import fold
from domain.injury import Severity
from domain.runner import FitnessLevel, GoalRace


class ArgumentError(ValueError):
    """The model's arguments do not fit the tool."""


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*-?\d+(?:[.,]\d+)?\s*", value):
        number = float(value.replace(",", "."))
    else:
        raise ValueError(f"expected a number, got {value!r}")
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError(f"expected true or false, got {value!r}")


def _structure_date(value: Any, _: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


def _structure_str_list(value: Any, _: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"expected a list of strings, got {value!r}")


_SEVERITY_WORDS = {"leve": Severity.MILD, "ligera": Severity.MILD, "moderada": Severity.MODERATE,
                   "moderado": Severity.MODERATE, "fuerte": Severity.SEVERE, "grave": Severity.SEVERE,
                   "severa": Severity.SEVERE, "severo": Severity.SEVERE}
# Lenient readers for enums: the model may write the value in words ("media maratón").
_ENUM_READERS: dict[type, Callable[[str], Any]] = {
    FitnessLevel: answers.level_in,
    Severity: lambda text: _SEVERITY_WORDS.get(fold(text).strip()),
}


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    def structure(value: Any, _: Any) -> enum.Enum:
        if isinstance(value, str):
            wanted = fold(value).strip()
            for member in cls:
                if member.value == wanted:
                    return member
            reader = _ENUM_READERS.get(cls)
            found = reader(value) if reader else None
            if found is not None:
                return found
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"expected one of {allowed}, got {value!r}")
    return structure


def _structure_goal_race(value: Any, _: Any) -> GoalRace:
    """Any race distance: its code ("15k", "10mi", "half") or in words ("media maratón", "10 millas")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return GoalRace.of_km(float(value))
    if isinstance(value, str):
        try:
            return GoalRace(fold(value).strip())
        except ValueError:
            found = answers.goal_in(value)
            if found is not None:
                return found
    raise ValueError(f"expected a race distance such as '5k', '15k', '10mi', 'half' or 'marathon', got {value!r}")


def make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook_func(lambda t: t == list[str], _structure_str_list)
    converter.register_structure_hook(GoalRace, _structure_goal_race)
    # Explicitly per enum: these are str subclasses, and the str hook would otherwise take them.
    for cls in _enums_in(TOOL_ARGUMENTS):
        converter.register_structure_hook(cls, _enum_hook(cls))
    return converter


def _enums_in(definitions: Sequence[type]) -> list[type[enum.Enum]]:
    found: list[type[enum.Enum]] = []
    for cls in definitions:
        for field in attrs.fields(cls):
            tp = _non_none(field.type)
            if isinstance(tp, type) and issubclass(tp, enum.Enum) and tp not in found:
                found.append(tp)
    return found


def _format_exception(exc: BaseException, tp: Any) -> str:
    if isinstance(exc, KeyError):
        return "required argument missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown arguments {sorted(exc.extra_fields)}"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    return format_exception(exc, tp)


def structure_arguments(converter: cattrs.Converter, cls: type, arguments: dict[str, Any]) -> Any:
    """The model's arguments as an instance of ``cls``; ArgumentError says what is wrong."""
    # A null means "not given": the default applies (and a required argument is reported missing).
    given = {k: v for k, v in arguments.items() if v is not None}
    try:
        return converter.structure(given, cls)
    except cattrs.BaseValidationError as error:
        problems = cattrs.transform_error(error, path="$", format_exception=_format_exception)
        readable = []
        for problem in problems:
            message, separator, where = problem.rpartition(" @ ")
            if not separator:
                readable.append(problem)
                continue
            field = where.removeprefix("$").lstrip(".")
            readable.append(f"{field}: {message}" if field else message)
        raise ArgumentError("; ".join(readable)) from error
    except (ValueError, TypeError) as error:   # attrs validators (bounds) run in __init__
        raise ArgumentError(str(error)) from error


