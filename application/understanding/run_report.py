"""Read a run report written freely: 'hoy corrí 8 km en 45 min, me duele la rodilla'."""
from __future__ import annotations

import re
from datetime import date, timedelta

import attrs

from application.understanding.body import body_parts_in, mentions_pain
from application.understanding.text import fold, has_any, number, words_to_digits
from domain.pace import KM_PER_MILE

RUN_VERBS = ("corri", "corrimos", "trote", "trotamos", "trotar", "sali a correr", "salimos a correr",
             "fui a correr", "fuimos a correr", "hice",
             "complete", "termine", "rodaje", "tirada", "fondo", "carrera", "entrene", "entrenamiento de",
             "ran", "run", "jogged", "jog", "did", "completed", "finished", "race", "raced", "long run",
             "easy run", "tempo", "intervals", "series")

_DIST = re.compile(
    r"(?<![\w:])(\d+(?:[.,]\d+)?)\s*(km|kms|kilometros?|k|millas?|miles?|mi|metros|meters|metres|m)(?!\w)"
)
_RPE = re.compile(
    r"(?:rpe|esfuerzo|effort|intensidad|intensity)\s*(?:de|of|:|=)?\s*(-?\d+(?:[.,]\d+)?)"
    r"|(?<![\w/:.])(-?\d+(?:[.,]\d+)?)\s*/\s*10(?!\d)"
)
# "a ritmo de 5:30", "at 5:30/km", "5:30 min/km": a pace, not the run's time.
_PACE = re.compile(r"(?:(?:a|at|con)\s+(?:un\s+|a\s+)?(?:ritmo|pace)\s*(?:de|of|:)?\s*)"
                   r"(\d{1,2}):(\d{2})(?:\s*(?:min)?\s*/\s*km)?"
                   r"|(\d{1,2}):(\d{2})\s*(?:min)?\s*/\s*km")
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")
_H = r"(\d+(?:[.,]\d+)?)\s*(?:horas?|hours?|hrs?|h)(?![a-z])"
_MIN = r"(\d+(?:[.,]\d+)?)\s*(?:minutos?|minutes?|mins?|min|m|')(?!\w)"
_SEC = r"(\d+)\s*(?:segundos?|seconds?|secs?|s|\")(?!\w)"
_HM = re.compile(_H + r"\s*(?:y|and|,)?\s*(?:(\d+)\s*(?:minutos?|minutes?|mins?|min|m|')?(?!\w))?")
_MS = re.compile(rf"{_MIN}(?:\s*(?:y|and|,)?\s*{_SEC})?")
_DAY_WORDS = {
    "anteayer": 2, "antier": 2, "ayer": 1, "yesterday": 1, "hoy": 0, "today": 0, "this morning": 0,
    "esta manana": 0, "esta tarde": 0, "tonight": 0, "esta noche": 0,
}
_WEEKDAYS = {"lunes": 0, "monday": 0, "martes": 1, "tuesday": 1, "miercoles": 2, "wednesday": 2,
             "jueves": 3, "thursday": 3, "viernes": 4, "friday": 4, "sabado": 5, "saturday": 5,
             "domingo": 6, "sunday": 6}
_MOODS = {
    "genial": "great", "excelente": "great", "increible": "great", "great": "great", "amazing": "great",
    "awesome": "great", "bien": "good", "good": "good", "fine": "good", "comodo": "good", "strong": "good",
    "fuerte": "good", "normal": "ok", "ok": "ok", "regular": "ok", "meh": "ok",
    "cansado": "tired", "cansada": "tired", "agotado": "tired", "agotada": "tired", "tired": "tired",
    "exhausted": "tired", "pesado": "tired", "pesada": "tired", "heavy": "tired",
    "mal": "bad", "fatal": "bad", "horrible": "bad", "terrible": "bad", "awful": "bad", "bad": "bad",
}
_WEATHER = {
    "lluvia": "rain", "llovia": "rain", "lloviendo": "rain", "llovio": "rain", "rain": "rain",
    "raining": "rain", "rainy": "rain", "calor": "hot", "caluroso": "hot", "hot": "hot", "heat": "hot",
    "frio": "cold", "cold": "cold", "viento": "wind", "windy": "wind", "wind": "wind",
    "sol": "sunny", "soleado": "sunny", "sunny": "sunny", "humedad": "humid", "humid": "humid",
    "neblina": "fog", "fog": "fog", "foggy": "fog",
}
_RACE_NAMES = (("media maraton", 21.0975), ("medio maraton", 21.0975), ("half marathon", 21.0975),
               ("maraton", 42.195), ("marathon", 42.195))

# A human pace lies roughly between 2:20 and 15:00 per km; used to read '1:55' as h:mm or mm:ss.
_PLAUSIBLE_PACE = (140, 900)


@attrs.define
class RunReport:
    distance_km: float | None = None
    duration_s: int | None = None
    perceived_effort: float | None = None
    mood: str | None = None
    aches: list[str] = attrs.field(factory=list)
    pain_mentioned: bool = False
    weather: str | None = None
    day: date | None = None
    mentions_running: bool = False

    @property
    def is_complete(self) -> bool:
        return self.distance_km is not None


def _distance(f: str) -> float | None:
    m = _DIST.search(f)
    if m:
        value, unit = number(m.group(1)), m.group(2)
        if unit.startswith(("milla", "mile")) or unit == "mi":
            return value * KM_PER_MILE
        if unit in ("m", "metros", "meters", "metres"):
            # '800 m' is metres; '45 m' after 'en' is minutes and is caught by _DIST only
            # when no other distance exists, so demand a metre-sized number.
            return value / 1000 if value >= 100 else None
        return value
    for name, km in _RACE_NAMES:
        if name in f:
            return km
    return None


def _clock_duration(f: str, distance_km: float | None) -> int | None:
    m = _CLOCK.search(f)
    if not m:
        return None
    a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
    if c is not None:
        return a * 3600 + b * 60 + int(c)
    as_ms, as_hm = a * 60 + b, a * 3600 + b * 60
    if distance_km:
        lo, hi = _PLAUSIBLE_PACE
        if lo <= as_ms / distance_km <= hi:
            return as_ms
        if lo <= as_hm / distance_km <= hi:
            return as_hm
    return as_ms


def _words_duration(f: str) -> int | None:
    m = _HM.search(f)
    if m:
        hours = number(m.group(1))
        minutes = number(m.group(2)) if m.group(2) else 0
        if not m.group(2) and re.match(r"\s*(?:(?:y|and)\s*)?(?:media|a half)", f[m.end():]):
            minutes = 30
        return int(round(hours * 3600 + minutes * 60))
    if re.search(r"hora y media|an hour and a half|hour and a half", f):
        return 5400
    if re.search(r"(?<!\w)media hora(?!\w)|(?<!\w)half an hour(?!\w)", f):
        return 1800
    if re.search(r"(?<!\w)(una|an|one) hora(?!\w)|(?<!\w)an hour(?!\w)", f):
        extra = re.search(r"hora\s*(?:y|and)\s*(\d+)", f)
        return 3600 + (int(extra.group(1)) * 60 if extra else 0)
    # Minutes need a unit, and must not be the distance's digits.
    for m in _MS.finditer(f):
        minutes = number(m.group(1))
        seconds = int(m.group(2)) if m.group(2) else 0
        return int(round(minutes * 60 + seconds))
    return None


def _rpe(f: str) -> float | None:
    m = _RPE.search(f)
    if not m:
        return None
    return number(m.group(1) or m.group(2))


def _day(f: str, today: date) -> date:
    for word, back in _DAY_WORDS.items():
        if has_any(f, [word]) and back:
            return today - timedelta(days=back)
    for word, weekday in _WEEKDAYS.items():
        if has_any(f, [word]):
            back = (today.weekday() - weekday) % 7
            return today - timedelta(days=back)
    m = re.search(r"(?<![\d:/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])", f)
    if m and not re.search(r"/\s*10(?!\d)", m.group(0)):
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else today.year
        year = year + 2000 if year < 100 else year
        try:
            when = date(year, month, day)
        except ValueError:
            return today
        return when if when <= today else today
    return today


def _first(f: str, table: dict[str, str]) -> str | None:
    for word in re.findall(r"\w+", f):
        if word in table:
            return table[word]
    return None


def parse_run_report(text: str, today: date) -> RunReport:
    f = words_to_digits(fold(text))
    # Strip the RPE first so 'RPE 7' or '8/10' is never read as a distance or a time.
    without_rpe = _RPE.sub(" ", f)
    distance = _distance(without_rpe)
    if distance is None:
        # '10k' style tokens are caught by _DIST; a bare '-3 km' too. Nothing else to try.
        pass
    negative = re.search(r"-\s*(\d+(?:[.,]\d+)?)\s*(km|k|kms|millas?|miles?)(?!\w)", without_rpe)
    if negative:
        distance = -number(negative.group(1))
    # Remove the distance so '10k en 52' leaves the time alone, and a pace so it isn't the time.
    rest = _DIST.sub(" ", without_rpe, count=1)
    pace = _PACE.search(rest)
    rest = _PACE.sub(" ", rest)
    duration = _clock_duration(rest, distance if distance and distance > 0 else None)
    if duration is None:
        duration = _words_duration(rest)
    if duration is None and pace and distance and distance > 0:
        minutes, seconds = (pace.group(1), pace.group(2)) if pace.group(1) else (pace.group(3), pace.group(4))
        duration = int(round((int(minutes) * 60 + int(seconds)) * distance))
    return RunReport(
        distance_km=round(distance, 3) if distance is not None else None,
        duration_s=duration,
        perceived_effort=_rpe(f),
        mood=_first(f, _MOODS),
        aches=body_parts_in(text) if mentions_pain(text) else [],
        pain_mentioned=mentions_pain(text),
        weather=_first(f, _WEATHER),
        day=_day(f, today),
        mentions_running=has_any(f, RUN_VERBS) or distance is not None and has_any(f, ("en", "in")),
    )
