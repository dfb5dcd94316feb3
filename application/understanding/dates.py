"""Which day a message talks about: "ayer", "el martes", "15 de marzo", "30/11", "April 26".

Calendar dates and relative words go to dateparser, one short span at a time (a whole message
confuses it: "10 km" is not a date). Weekdays are read here, because dateparser returns None for
"el martes" and "el domingo pasado": a weekday means the most recent one for a run that was done
(prefer="past"), the next one for a plan or a race (prefer="future").
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta
from typing import Literal

import dateparser

from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold

Prefer = Literal["past", "future"]

WEEKDAYS: dict[str, int] = {
    "lunes": 0, "monday": 0, "mon": 0, "martes": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "miercoles": 2, "wednesday": 2, "wed": 2, "jueves": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "viernes": 4, "friday": 4, "fri": 4, "sabado": 5, "saturday": 5, "sat": 5,
    "domingo": 6, "sunday": 6, "sun": 6,
    # As texted on the coast, the final s dropped: "lune, miercole y sabado", "martes y jueve ya no".
    "lune": 0, "miercole": 2, "jueve": 3, "vierne": 4,
}
_WEEKDAY_WORDS = sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True)
WEEKDAY_RE = r"(?:{})(?:es|s)?".format("|".join(_WEEKDAY_WORDS))

_MONTHS = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
           "diciembre|january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic")
MONTH_RE = rf"(?:{_MONTHS})"      # a month's name, Spanish or English, for other readers' patterns
# Morning, not tomorrow: "esta mañana", "en la mañana", "por la mañana".
_MORNING = re.compile(r"(?:esta|la|cada|las|de)\s+manana(?:s)?")

_RELATIVE: dict[str, int] = {
    "pasado manana": 2, "anteayer": -2, "antier": -2, "antes de ayer": -2, "ayer": -1, "yesterday": -1,
    "hoy": 0, "today": 0, "this morning": 0, "esta morning": 0, "esta tarde": 0, "esta noche": 0, "tonight": 0,
    "this afternoon": 0, "this evening": 0,
    "manana": 1, "tomorrow": 1, "day after tomorrow": 2, "day before yesterday": -2,
    # texting: "race tmrw", "yday was 11"
    "tmrw": 1, "tmr": 1, "tmrrw": 1, "tomoz": 1, "yday": -1, "yest": -1, "ystd": -1,
}
_SPANS = (
    # "15 de marzo (de 2027)", "15 marzo", "March 15(th)(, 2027)", "15/3(/2027)", "en abril", "hace 3 semanas"
    re.compile(rf"(?<!\w)(?:3[01]|[12]\d|0?[1-9])\s+(?:de\s+)?(?:{_MONTHS})(?:\s+(?:de\s+|del\s+)?\d{{4}})?(?!\w)"),
    # (a day of the month, not "una 10k en marzo 58 min": 58 minutes, never the year 1958)
    re.compile(rf"(?<!\w)(?:{_MONTHS})\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\w)"
               r"(?!\s*(?:(?:min\w*|km|k|mi|millas?|miles?|h|hrs?|horas?|hours?)(?!\w)|'|:\d))"),
    re.compile(r"(?<![\w/:.])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])"),
    re.compile(r"(?<!\w)(?:hace|desde hace)\s+\d+\s+(?:dias?|semanas?|meses|mes|anos?)(?!\w)"),
    re.compile(r"(?<!\w)\d+\s+(?:days?|weeks?|months?|years?)\s+ago(?!\w)"),
    re.compile(r"(?<!\w)(?:en|in|dentro de)\s+\d+\s+(?:dias?|semanas?|meses|days?|weeks?|months?)(?!\w)"),
)
# Found in chat ("half in 1:48 last month"): a period back or ahead, its day approximate.
_PERIODS: dict[str, int] = {
    "la semana pasada": -7, "semana pasada": -7, "last week": -7,
    "el mes pasado": -30, "mes pasado": -30, "last month": -30,
    "la proxima semana": 7, "la semana que viene": 7, "next week": 7,
    "el proximo mes": 30, "el mes que viene": 30, "next month": 30,
}
_MONTH_ONLY = re.compile(rf"(?<!\w)(?:en|in|para|for|de|of)\s+(?:{_MONTHS})(?:\s+(?:de\s+)?\d{{4}})?(?!\w)")


def parse_day(text: str, today: date, prefer: Prefer = "past") -> date | None:
    """The day ``text`` names, or None. Relative to ``today`` (the runner's local date)."""
    span = find_day(text, today, prefer)
    return span[0] if span else None


def _plain_ordinals(f: str) -> str:
    """"11th April", "the 3rd of May" as "11 april", "3 may"."""
    f = re.sub(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)(?=\s+(?:of\s+)?[a-z])", r"\1", f)
    return re.sub(r"(?<!\d)(\d{1,2}) of (?=[a-z])", r"\1 ", f)


def find_day(text: str, today: date, prefer: Prefer = "past") -> tuple[date, int, bool] | None:
    """(day, where it is said in the folded text, approximate: only a month was said) or None."""
    f = fold(words_to_numbers(words_to_numbers(text, "es"), "en"))
    f = _plain_ordinals(_MORNING.sub(lambda m: m.group(0).replace("manana", "morning"), f))
    # "la media de Quito en junio, el 14 creo", "in june, on the 14th": the month, then its day
    f = re.sub(rf"(?<!\w)({_MONTHS}),?\s+(?:el\s+(?:dia\s+)?|on the\s+|the\s+)(\d{{1,2}})(?:st|nd|rd|th)?"
               r"(?![\w:.,/]|\s*(?:km|k|mi|min\w*|h|horas?|hours?|x|veces|times|semanas?|weeks?)(?!\w))", r"\2 \1", f)
    # "en la vereda de la 29 de mayo", "por la 10 de Agosto": Ecuador's streets named after dates.
    f = re.sub(r"(?<!\w)(?:la|calle|av|avenida|calle de la)\.?\s+\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|"
               r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?!\w)", " ", f)
    f = _PLACES_NAMED_FOR_DAYS.sub(" ", f)
    # "wed night I also did 5k", "sun long run was 26k": a short day name where it names a session.
    f = short_days_spelled(f)
    found: list[tuple[int, date, bool]] = []
    for pattern in _SPANS:
        for m in pattern.finditer(f):
            if _is_score(f, m):
                continue
            day = _dateparser(m.group(0), today, prefer)
            if day is not None:
                found.append((m.start(), _near_future(m.group(0), day, today, prefer), False))
    if not found:
        for m in _MONTH_ONLY.finditer(f):
            day = _dateparser(m.group(0).split(None, 1)[1], today, prefer, first_of_month=True)
            if day is not None:
                found.append((m.start(), day, True))
    if not found:
        for words, offset in _PERIODS.items():
            period = re.search(rf"(?<!\w){words}(?!\w)", f)
            if period:
                found.append((period.start(), today + timedelta(days=offset), True))
                break
    weekday = weekday_in(f, today, prefer)
    if weekday is not None:
        found.append((weekday[1], weekday[0], False))
    for word, offset in _RELATIVE.items():
        relative = re.search(rf"(?<!\w){word}(?!\w)", f)
        if relative:
            found.append((relative.start(), today + timedelta(days=offset), False))
    if not found:
        return None
    where, day, approximate = min(found, key=lambda item: item[0])
    return day, where, approximate


# "5th March is sunday right?", "¿el 5 de marzo cae domingo?", "what day is march 5?": the calendar asked about.
_WHICH_DAY = re.compile(r"(?<!\w)(?:what|which) day (?:of the week )?(?:is|does|will)|(?:que|en que) dia (?:es|cae|"
                        r"sera)|"
                        r"cae (?:en )?(?:un )?(?=\w)")
_IS_A_WEEKDAY = re.compile(rf"(?:(?<!\w)(?:is|es|be|cae|falls on|lands on|sera)\s+(?:(?:a|un|el|on a|en)\s+)?|"
                           rf"^\W*(?:is|will)\s+(?:\w+\s+){{1,4}}?(?:a|on a|be a)\s+)({WEEKDAY_RE})(?!\w)")
_DAY_AND_MONTH = _SPANS[:2]


def weekday_asked(text: str, today: date) -> tuple[date, int | None] | None:
    """A question about a calendar date's weekday: (the date, the weekday the runner guessed or None)."""
    if "?" not in text and not re.search(r"(?<!\w)(?:right|verdad|cierto|correct|no)\W*$", fold(text)):
        return None
    f = _plain_ordinals(fold(words_to_numbers(text, "es")))
    guessed = _IS_A_WEEKDAY.search(f)
    if guessed is None and not _WHICH_DAY.search(f):
        return None
    for pattern in _DAY_AND_MONTH:
        m = pattern.search(f)
        day = _dateparser(m.group(0), today, "future") if m else None
        if m is not None and day is not None:
            return _near_future(m.group(0), day, today, "future"), (
                WEEKDAYS[guessed.group(1).rstrip("s")] if guessed and guessed.group(1).rstrip("s") in WEEKDAYS
                else WEEKDAYS.get(guessed.group(1)) if guessed else None)
    return None


# English short day names as runners write them ("wed night", "Sat was 12"), to their full names.
SHORT_DAY_NAMES = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
                   "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_SHORT_DAY_OF_A_SESSION = re.compile(r"(?<!\w)(mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(\s+(?:night|morning|"
                                     r"lunch\w*|noon|"
                                     r"evening|afternoon|am|pm|long run|long|run|tempo|workout|race|session|"
                                     # "forgot to update, sat ran 12km"
                                     r"easy|ran|did|went|was|i ran|i did|i went))(?!\w)")
# "last sat", "on wed", "Sat just gone": a short day name after a word that makes it a day.
_SHORT_DAY_NAMED = re.compile(r"(?<!\w)(last|on|this past|past)\s+(mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?!\w)"
                              r"|(?<!\w)(mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?=\s+just gone)")
_SHORT = r"(mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
# "did 5 sat and long run sun 11": a short day name right after a run's number or its kind.
_SHORT_DAY_OF_A_RUN = re.compile(rf"(?:(?<=\d )|(?<=\dk )|(?<=\d mi )|(?<=\d km )){_SHORT}(?=\s*(?:and|&|,|\.|;|$))"
                                 rf"|(?:(?<=run )|(?<=long )|(?<=easy )|(?<=tempo )){_SHORT}(?=\s+\d)"
                                 # "sat 5 easy, sun long run 11": a log's line opening with the day
                                 rf"|(?:^|(?<=, )|(?<=and )|(?<=y )|(?<=\n)){_SHORT}(?=\s+\d{{1,2}}(?:[.,]\d)?"
                                 rf"(?:\s*(?:k|km|mi|miles?)?)(?!\w|\s*(?:am|pm|x)\b|:))")


def short_days_spelled(f: str) -> str:
    """Short day names where they name a day ("sat long run", "last sat", "did 5 sat and long run sun 11")
    spelled out, so the readers of days see them."""
    f = _SHORT_DAY_OF_A_SESSION.sub(lambda m: SHORT_DAY_NAMES[m.group(1)] + m.group(2), f)
    f = _SHORT_DAY_NAMED.sub(lambda m: f"{m.group(1)} {SHORT_DAY_NAMES[m.group(2)]}" if m.group(1)
                             else SHORT_DAY_NAMES[m.group(3)], f)
    def spelled(m: re.Match[str]) -> str:
        short = next(g for g in m.groups() if g)
        return m.group(0).replace(short, SHORT_DAY_NAMES[short])
    return _SHORT_DAY_OF_A_RUN.sub(spelled, f)


# "la media de Santo Domingo": a city of Ecuador, not a Sunday.
_PLACES_NAMED_FOR_DAYS = re.compile(r"(?<!\w)santo domingo(?: de los (?:tsachilas|colorados))?(?!\w)")


def weekday_in(folded: str, today: date, prefer: Prefer = "past") -> tuple[date, int] | None:
    """The first weekday named ("el martes", "last Sunday", "el próximo sábado") and where it is."""
    folded = _PLACES_NAMED_FOR_DAYS.sub(lambda m: " " * len(m.group(0)), folded)
    m = re.search(rf"(?<!\w)(?:(el|la|on|last|next|este|esta|this|proximo|pasado)\s+)?({WEEKDAY_RE})"
                  r"(?:\s+(pasado|que viene|proximo))?(?!\w)", folded)
    if not m:
        return None
    word = m.group(2)
    weekday = next(v for k, v in WEEKDAYS.items() if len(k) > 3 and word.startswith(k))
    direction = prefer
    if m.group(1) in ("next", "proximo") or m.group(3) in ("que viene", "proximo"):
        direction = "future"
    elif m.group(1) in ("last", "pasado") or m.group(3) == "pasado":
        direction = "past"
    return on_weekday(weekday, today, direction), m.start()


def on_weekday(weekday: int, today: date, prefer: Prefer) -> date:
    """The last such weekday before today for the past, the next one after today for the future
    (on a Tuesday, a run "el martes" was a week ago: today's run is "hoy")."""
    if prefer == "past":
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


def _near_future(span: str, day: date, today: date, prefer: Prefer) -> date:
    """dateparser reads "30/11" on 24/11 as last year's (PREFER_DATES_FROM=past). A run a year ago
    is not what a runner means by a date a few days ahead: keep this year's date, so the run rules
    refuse it as a future date and the runner sees why, instead of a run silently filed a year back."""
    if prefer != "past" or re.search(r"\d{4}|/\d{1,2}/\d{2}", span) or day.year != today.year - 1:
        return day
    try:
        this_year = day.replace(year=today.year)
    except ValueError:               # 29 February
        return day
    return this_year if 0 < (this_year - today).days <= 31 else day


def _is_score(folded: str, m: re.Match[str]) -> bool:
    """'dolor 6/10', 'RPE 8/10', '7/10 de esfuerzo' are scores, not the 6th of October."""
    if not m.group(0).endswith("/10"):
        return False
    before = folded[max(0, m.start() - 25):m.start()]
    return not re.search(r"(?<!\w)(?:el|on|del|from)\s*$", before)


def _dateparser(span: str, today: date, prefer: Prefer, first_of_month: bool = False) -> date | None:
    settings = {
        "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "DMY",                      # 30/11 is the 30th of November here
        "PREFER_DAY_OF_MONTH": "first" if first_of_month else "current",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():              # a library warning must never reach the chat
        warnings.simplefilter("ignore")
        try:
            parsed = dateparser.parse(span, languages=["es", "en"], settings=settings)
        except Exception:  # noqa: BLE001 - a library failure on odd text means "no date", never an error
            return None
    return parsed.date() if parsed else None


def warm_up() -> None:
    """dateparser loads its Spanish and English data on first use (~0.1 s): call at start-up so
    a runner's first message doesn't pay it."""
    today = date.today()
    parse_day("15 de marzo", today)
    parse_day("April 26", today)
