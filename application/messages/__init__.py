"""The coach's words: one catalogue per language (application/messages/es, application/messages/en).

Nothing runner-facing is written anywhere else: code asks for a phrase by key with ``say``, a
domain rule broken by its code with ``reason``, and a name (session kind, goal, level…) with
``name_of``. Spanish is the fallback language.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from application.messages import en, es

CATALOGUES = {"es": es, "en": en}
FALLBACK = "es"


def _catalogue(language: str) -> Any:
    return CATALOGUES.get(language, CATALOGUES[FALLBACK])


def say(language: str, key: str, **values: Any) -> str:
    return template(language, key).format(**values)


def template(language: str, key: str) -> str:
    """A phrase as written in the catalogue, its {placeholders} unfilled."""
    phrase = _catalogue(language).PHRASES.get(key)
    return phrase if phrase is not None else CATALOGUES[FALLBACK].PHRASES[key]


def has_phrase(key: str) -> bool:
    return key in CATALOGUES[FALLBACK].PHRASES


def reason(language: str, error: Any) -> str:
    """A DomainError explained in the runner's language (its English reason when no phrase fits)."""
    template = _catalogue(language).REASONS.get(getattr(error, "code", ""))
    if not template:
        return getattr(error, "reason", str(error))
    try:
        return str(template.format(**error.params))
    except (KeyError, ValueError, IndexError):
        return str(error.reason)


def _table(name: str) -> dict[str, dict[str, str]]:
    """A name table as {value: {language: name}} (the shape callers index by value first)."""
    merged: dict[str, dict[str, str]] = {}
    for lang, catalogue in CATALOGUES.items():
        for value, text in catalogue.TABLES.get(name, {}).items():
            merged.setdefault(value, {})[lang] = text
    return merged


SESSION_NAMES = _table("SESSION_NAMES")
GOAL_NAMES = _table("GOAL_NAMES")
LEVEL_NAMES = _table("LEVEL_NAMES")
SEVERITY_NAMES = _table("SEVERITY_NAMES")
FIELD_NAMES = _table("FIELD_NAMES")
RACE_NAMES = _table("RACE_NAMES")
WEEKDAYS = {lang: list(c.TABLES["WEEKDAYS"]) for lang, c in CATALOGUES.items()}


def name_of(table: dict[str, dict[str, str]], value: Any, language: str) -> str:
    value = getattr(value, "value", value)
    return table.get(value, {}).get(language, str(value))


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: date, language: str) -> str:
    """'mar 24/11' in Spanish (day/month, as Ecuador writes it); 'Tue Nov 24' in English, which no
    reader can take for the 11th of the 24th month or the 24th of November the wrong way round."""
    if language == "en":
        return f"{WEEKDAYS['en'][day.weekday()]} {_MONTHS_EN[day.month - 1]} {day.day}"
    return f"{WEEKDAYS.get(language, WEEKDAYS[FALLBACK])[day.weekday()]} {day.day}/{day.month}"
