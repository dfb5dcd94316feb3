"""The runner's profile: who they are and what they are training for."""
from __future__ import annotations

import enum
import re
from datetime import date, datetime
from typing import ClassVar

import attrs

from domain.errors import InvalidProfile
from domain.ids import new_id

DEFAULT_TIMEZONE = "America/Guayaquil"
DEFAULT_LANGUAGE = "es"
SUPPORTED_LANGUAGES = ("es", "en")

_PHONE = re.compile(r"^\+?[0-9]{7,15}$")


# The race distances runners name, by their stored code (km). Any other distance is stored as
# "<km>k" ("21.5k", "50k"): the code is what the database and the tools keep, so the four codes
# of the old enum ("5k", "10k", "half", "marathon") read back unchanged.
NAMED_DISTANCES_KM: dict[str, float] = {
    "3k": 3.0, "5k": 5.0, "8k": 8.0, "10k": 10.0, "12k": 12.0, "15k": 15.0, "10mi": 16.0934,
    "half": 21.0975, "25k": 25.0, "30k": 30.0, "marathon": 42.195,
}
_MILE_KM = 1.609344
_DISTANCE_CODE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(k|km|kms|mi|mile|miles)?\s*$")


def _km_of(value: str) -> float:
    text = value.strip().lower()
    if text in NAMED_DISTANCES_KM:
        return NAMED_DISTANCES_KM[text]
    match = _DISTANCE_CODE.match(text)
    if not match:
        raise ValueError(f"'{value}' is not a race distance")
    km = float(match.group(1).replace(",", "."))
    if match.group(2) in ("mi", "mile", "miles"):
        km *= _MILE_KM
    if not 1.0 <= km <= 250.0:
        raise ValueError(f"a race of {km:g} km is outside 1–250 km")
    return km


def _code_of(km: float) -> str:
    for code, named in NAMED_DISTANCES_KM.items():
        if abs(km - named) <= 0.05 * (1 if named < 20 else 3):    # 21.1 is the half, 42 the marathon
            return code
    return f"{round(km, 1):g}k"


class GoalRace(str):
    """A race distance, as a goal or a result: any distance in km, the usual ones by name.

    A ``str`` (its code: "5k", "15k", "10mi", "half", "marathon", "21.5k"), so that it is stored,
    compared and sent to the tools as text. One instance per code: ``GoalRace("42.195k") is
    GoalRace.MARATHON``.
    """

    FIVE_K: ClassVar[GoalRace]
    TEN_K: ClassVar[GoalRace]
    HALF: ClassVar[GoalRace]
    MARATHON: ClassVar[GoalRace]
    _known: ClassVar[dict[str, GoalRace]] = {}
    _km: float

    def __new__(cls, value: str | float) -> GoalRace:
        if isinstance(value, GoalRace):
            return value
        km = float(value) if isinstance(value, (int, float)) else _km_of(str(value))
        if not 1.0 <= km <= 250.0:
            raise ValueError(f"a race of {km:g} km is outside 1–250 km")
        code = _code_of(km)
        known = cls._known.get(code)
        if known is not None:
            return known
        made = str.__new__(cls, code)
        made._km = NAMED_DISTANCES_KM.get(code, round(km, 3))
        cls._known[code] = made
        return made

    @classmethod
    def of_km(cls, km: float) -> GoalRace:
        return cls(km)

    @classmethod
    def named(cls) -> tuple[GoalRace, ...]:
        """The usual distances, shortest first."""
        return tuple(cls(code) for code in NAMED_DISTANCES_KM)

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def distance_km(self) -> float:
        return self._km

    def __repr__(self) -> str:
        return f"GoalRace({self.value!r})"

    def __reduce__(self) -> tuple[type[GoalRace], tuple[str]]:
        return (GoalRace, (self.value,))


GoalRace.FIVE_K = GoalRace("5k")
GoalRace.TEN_K = GoalRace("10k")
GoalRace.HALF = GoalRace("half")
GoalRace.MARATHON = GoalRace("marathon")


def _goal_race(value: object) -> GoalRace | None:
    return None if value is None or value == "" else GoalRace(value)  # type: ignore[arg-type]


class Units(str, enum.Enum):
    """How the runner reads distances and paces in every reply (stored always in km)."""
    KM = "km"
    MILES = "mi"


class FitnessLevel(str, enum.Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


def long_run_day_for(run_days: tuple[int, ...], current: int | None) -> int | None:
    """The long-run day once the running days change: kept when it is still one of them; else the
    last weekend day among them (most runners have time for the long run on the weekend), else the last."""
    if current is None or not run_days:
        return None
    if current in run_days:
        return current
    weekend = [d for d in run_days if d >= 5]
    return max(weekend) if weekend else max(run_days)


# Where a runner lives, first read from their number's country code (E.164): the main time zone of countries
# with one. Ecuador's is the default; +1 (many zones) keeps it too (New York's and Guayaquil's standard time are
# the same UTC-5). The runner's local day and the emergency number to give both follow it.
_ZONE_BY_CODE = {
    "593": "America/Guayaquil", "44": "Europe/London", "353": "Europe/Dublin", "91": "Asia/Kolkata",
    "65": "Asia/Singapore", "61": "Australia/Sydney", "64": "Pacific/Auckland", "34": "Europe/Madrid",
    "33": "Europe/Paris", "49": "Europe/Berlin", "39": "Europe/Rome", "31": "Europe/Amsterdam",
    "351": "Europe/Lisbon", "57": "America/Bogota", "51": "America/Lima", "52": "America/Mexico_City",
    "54": "America/Argentina/Buenos_Aires", "56": "America/Santiago", "58": "America/Caracas",
    "591": "America/La_Paz", "595": "America/Asuncion", "598": "America/Montevideo", "506": "America/Costa_Rica",
    "507": "America/Panama", "503": "America/El_Salvador", "502": "America/Guatemala", "504": "America/Tegucigalpa",
    "505": "America/Managua", "27": "Africa/Johannesburg", "254": "Africa/Nairobi", "234": "Africa/Lagos",
    "63": "Asia/Manila", "81": "Asia/Tokyo", "82": "Asia/Seoul", "60": "Asia/Kuala_Lumpur", "971": "Asia/Dubai",
}


def timezone_for_phone(phone: str | None) -> str:
    """The time zone a phone number's country code points to (the default where it cannot tell)."""
    digits = re.sub(r"\D", "", phone or "")
    code = next((digits[:n] for n in (3, 2) if digits[:n] in _ZONE_BY_CODE), None)
    return _ZONE_BY_CODE[code] if code else DEFAULT_TIMEZONE


def normalize_phone(phone: str) -> str:
    """E.164-ish: digits with a leading '+'. WhatsApp sends numbers without the '+'."""
    digits = re.sub(r"[\s\-().]", "", phone or "")
    if not _PHONE.match(digits):
        raise InvalidProfile(f"'{phone}' is not a phone number", "phone_invalid")
    return digits if digits.startswith("+") else "+" + digits


def _optional_phone(phone: str | None) -> str | None:
    """A runner known only by WhatsApp's user id has no phone (WhatsApp usernames hide it)."""
    return None if phone is None or phone == "" else normalize_phone(phone)


def _check_age(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 10 <= value <= 100:
        raise InvalidProfile(f"an age of {value} is outside 10–100 years", "age_out_of_range", age=value)


def _check_frequency(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 7:
        raise InvalidProfile(f"{value} runs a week is outside 1–7", "frequency_out_of_range", days=value)


def _check_language(_inst: object, _attr: object, value: str) -> None:
    if value not in SUPPORTED_LANGUAGES:
        raise InvalidProfile(f"language '{value}' is not supported", "language_unsupported", language=value)


@attrs.define
class Runner:
    # The phone may be absent: a WhatsApp user with a username can write from their business-scoped
    # user id alone (``whatsapp_id``, e.g. "EC.13491208655302741918"); one of the two is required.
    phone: str | None = attrs.field(default=None, converter=_optional_phone)
    id: str = attrs.field(factory=new_id)
    name: str | None = None
    age: int | None = attrs.field(default=None, validator=_check_age)
    goal_race: GoalRace | None = attrs.field(default=None, converter=_goal_race)
    weekly_frequency: int | None = attrs.field(default=None, validator=_check_frequency)
    fitness_level: FitnessLevel | None = None
    injury_history: str | None = None
    motivation: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    language: str = attrs.field(default=DEFAULT_LANGUAGE, validator=_check_language)
    onboarding_completed: bool = False
    created_at: datetime | None = None
    # The race the season builds to: its day, an optional name and goal time. ``has_race`` False
    # means the runner said they have no race (a progression cycle); None: not asked yet.
    has_race: bool | None = None
    race_date: date | None = None
    race_name: str | None = None
    goal_time_s: int | None = None
    # What the runner says of their running now (the larger of this and their logs sets the volume).
    weekly_km: float | None = None
    longest_run_km: float | None = None
    # Preferred running weekdays (0 = Monday … 6 = Sunday) and the long-run day; None: no preference.
    run_days: tuple[int, ...] | None = None
    long_run_day: int | None = None
    units: Units = Units.KM
    # WhatsApp's business-scoped user id (BSUID, webhook ``user_id``): stable while the runner keeps
    # their number, present in every message webhook since 2026, the only id of username users.
    whatsapp_id: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.phone is None and not self.whatsapp_id:
            raise InvalidProfile("a runner needs a phone or a WhatsApp user id", "runner_unaddressable")

    @property
    def display_name(self) -> str:
        return self.name or ""

    def missing_onboarding_fields(self) -> list[str]:
        """The profile questions still unanswered, in the order the coach asks them."""
        order = ["name", "age", "goal_race", "weekly_frequency", "fitness_level", "injury_history", "motivation"]
        return [f for f in order if getattr(self, f) is None]
