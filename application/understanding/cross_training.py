"""Read cross-training: "hoy hice 40 min de bici", "swam 1500 m", "una hora de pesas"."""
from __future__ import annotations

import re
from datetime import date
from typing import Literal

import attrs

from application.understanding.dates import parse_day
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold, number

Activity = Literal["bike", "swim", "strength", "other"]

_ACTIVITIES: tuple[tuple[Activity, str], ...] = (
    ("bike", r"bici\w*|ciclismo|pedale\w*|spinning|rodillo|mtb|bike|biked|biking|cycl\w+|spin class"),
    ("swim", r"nad[eoa]\w*|natacion|piscina|swim\w*|swam|pool"),
    ("strength", (r"pesas|gimnasio|gym|fuerza|crossfit|funcional|core|weights|strength|lifting|lifted|"
                  r"sentadillas|squats")),
    ("other", (r"yoga|pilates|eliptica|elliptical|caminata|camine|caminar|walk\w*|hike|hiking|remo|rowing|rowed|"
               r"futbol|football|soccer|tenis|tennis|basket\w*|baile|bailar|dance|dancing")),
)
_H = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:horas?|hours?|hrs?|h)(?![a-z])\s*(?:y|and)?\s*"
                r"(?:(\d+)\s*(?:minutos?|minutes?|mins?|min|m|')?(?!\w))?")
_MIN = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:minutos?|minutes?|mins?|min|')(?!\w)")
_DIST = re.compile(r"(\d+(?:[.,]\d+)?)\s*"
                   r"(km|kms|k|kilometros?|kilometers?|millas?|miles?|mi|metros|mts|meters|metres|m)(?!\w)")


@attrs.define(frozen=True)
class CrossTrainingReport:
    activity: Activity
    minutes: int | None = None
    distance_km: float | None = None
    day: date | None = None


def parse_cross_training(text: str, today: date) -> CrossTrainingReport | None:
    """The first non-running activity in ``text``, or None when it names none."""
    f = fold(words_to_numbers(text, detect_language(text)))
    activity = next((name for name, words in _ACTIVITIES if re.search(rf"(?<!\w)(?:{words})(?!\w)", f)), None)
    if activity is None:
        return None
    return CrossTrainingReport(activity=activity, minutes=_minutes(f), distance_km=_distance(f),
                               day=parse_day(text, today, "past") or today)


def _minutes(f: str) -> int | None:
    m = _H.search(f)
    if m:
        return round(number(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else 0))
    m = _MIN.search(f)
    return round(number(m.group(1))) if m else None


def _distance(f: str) -> float | None:
    m = _DIST.search(f)
    if not m:
        return None
    value, unit = number(m.group(1)), m.group(2)
    if unit in ("m", "metros", "mts", "meters", "metres"):
        return value / 1000 if value >= 25 else None     # "45 m" is minutes; a pool is 25 m
    if unit.startswith(("milla", "mile")) or unit == "mi":
        return round(value * 1.609344, 3)
    return value
