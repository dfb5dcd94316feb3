"""The old bot's cells as values: tolerant of how people typed them into the sheet.

"8km", "8,5 km", "5 mi"; "45 min", "45'", "52:30", "1:20:00"; "01/03/2024", "2024-03-01",
"3 de marzo de 2024" (day first: the old bot's users are in Ecuador); "sí", "si", "x", "yes".
What cannot be read raises ``Refused`` with the reason, shown in the report with the row number.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import dateparser

from application.understanding.text import fold
from domain.runner import normalize_phone


class Refused(Exception):
    """A cell the importer cannot read; the message says which and why."""


KM_PER_MILE = 1.609344


def number(text: str, what: str) -> float:
    """'10,5', '10.5 km', '34 años', '7/10'."""
    m = re.fullmatch(r"\s*(-?\d+(?:[.,]\d+)?)\s*(?:/\s*10)?\s*[^\d]*", text)
    if not m:
        raise Refused(f"{what} '{text}' is not a number")
    return float(m.group(1).replace(",", "."))


def whole(text: str, what: str) -> int:
    value = number(text, what)
    if value != int(value):
        raise Refused(f"{what} '{text}' is not a whole number")
    return int(value)


def distance_km(text: str) -> float:
    """'8km', '8 km', '8,5', '5 mi' / '5 millas' (converted), '800 m' (metres)."""
    folded = fold(text).strip()
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*([a-z.]*)", folded)
    if not m:
        raise Refused(f"distance '{text}' is not a distance (e.g. 8, 8km, 5 mi)")
    value, unit = float(m.group(1).replace(",", ".")), m.group(2).rstrip(".")
    if unit in ("", "k", "km", "kms", "kilometros", "kilometro", "kilometers"):
        return value
    if unit in ("mi", "mile", "miles", "milla", "millas"):
        return round(value * KM_PER_MILE, 3)
    if unit in ("m", "mts", "metros", "meters"):
        return value / 1000
    raise Refused(f"distance '{text}': unit '{m.group(2)}' is not km, mi or m")


def duration_s(text: str) -> int:
    """Seconds from 'mm:ss', 'h:mm:ss' or minutes ('45', '45,5', '45 min', "45'", '1h 20min')."""
    t = fold(text).strip()
    m = re.fullmatch(r"(\d+):([0-5]\d)(?::([0-5]\d))?", t)
    if m:
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        return a * 3600 + b * 60 + int(c) if c is not None else a * 60 + b
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(?:min|mins|minutos|minuto|minutes|minute|m|')?", t)
    if m:
        return int(round(float(m.group(1).replace(",", ".")) * 60))
    m = re.fullmatch(r"(\d+)\s*(?:h|hr|hrs|hora|horas|hours?)\s*(?:(\d+)\s*(?:min|mins|minutos|m|')?)?", t)
    if m:
        return int(m.group(1)) * 3600 + int(m.group(2) or 0) * 60
    raise Refused(f"duration '{text}' is not mm:ss, h:mm:ss or minutes")


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d")
# Absolute dates only: "ayer" or "hace 2 días" in an old sheet says nothing about when it was written.
_DATEPARSER = {"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["custom-formats", "absolute-time"],
               "REQUIRE_PARTS": ["day", "month", "year"]}


def day(text: str) -> date:
    """A date typed as text: ISO or day first ('01/03/2024' is 1 March), else words ('3 de marzo
    de 2024', 'March 3, 2024') through dateparser."""
    day_part = re.split(r"[ T]", text.strip(), maxsplit=1)[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(day_part, fmt).date()
        except ValueError:
            continue
    return moment(text, ZoneInfo("UTC"), what="date").date()


def moment(text: str, tz: ZoneInfo, what: str = "date and time") -> datetime:
    """A date with an optional time ('01/03/2024 07:45', '2024-03-01T07:45:00', '1 mar 2024 7:45'),
    in the runner's time zone; returned in UTC. A date alone is taken at noon (its day is kept in
    every time zone)."""
    t = text.strip()
    m = re.fullmatch(r"(\S+)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", t)
    if m:
        for fmt in _DATE_FORMATS:
            try:
                d = datetime.strptime(m.group(1), fmt).date()
            except ValueError:
                continue
            at = time(int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)) if m.group(2) else time(12)
            return datetime.combine(d, at, tz).astimezone(ZoneInfo("UTC"))
    parsed = dateparser.parse(t, languages=["es", "en"], settings=_DATEPARSER)
    if parsed is None:
        raise Refused(f"{what} '{text}' is not a date (use 2024-03-01 or 01/03/2024)")
    if parsed.time() == time(0) and not re.search(r"\d:\d", t):
        parsed = parsed.replace(hour=12)
    return parsed.replace(tzinfo=tz).astimezone(ZoneInfo("UTC"))


_YES = {"si", "yes", "true", "1", "x", "y", "s", "completo", "completado", "completed", "done", "verdadero"}
_NO = {"no", "false", "0", "n", "falso", "pendiente", "incompleto"}


def yes_no(text: str, what: str) -> bool:
    """'sí', 'Si', 'SI', 'x', 'yes' / 'no', '0'."""
    folded = fold(text).strip().rstrip(".!")
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise Refused(f"{what} '{text}' is not yes or no (sí/no)")


def phone(raw: str, country_code: str | None) -> str:
    """E.164 from what the sheet has: '+593 99…', '593 99…', '00593 99…' or national '099…'."""
    compact = re.sub(r"[\s\-().']", "", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("0"):
        if not country_code:
            raise Refused(f"'{raw}' is a national number: give the country code to import it")
        compact = f"+{country_code}{compact[1:]}"
    return normalize_phone(compact)


def masked(phone_number: str) -> str:
    digits = re.sub(r"\D", "", phone_number)
    return f"…{digits[-4:]}" if len(digits) > 4 else "…"
