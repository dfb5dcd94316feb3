"""The runner's profile: who they are and what they are training for."""
from __future__ import annotations

import enum
import re
from datetime import date, datetime

import attrs

from domain.errors import InvalidProfile
from domain.ids import new_id

DEFAULT_TIMEZONE = "America/Guayaquil"
DEFAULT_LANGUAGE = "es"
SUPPORTED_LANGUAGES = ("es", "en")

_PHONE = re.compile(r"^\+?[0-9]{7,15}$")


class GoalRace(str, enum.Enum):
    FIVE_K = "5k"
    TEN_K = "10k"
    HALF = "half"
    MARATHON = "marathon"

    @property
    def distance_km(self) -> float:
        return {"5k": 5.0, "10k": 10.0, "half": 21.0975, "marathon": 42.195}[self.value]


class Units(str, enum.Enum):
    """How the runner reads distances and paces in every reply (stored always in km)."""
    KM = "km"
    MILES = "mi"


class FitnessLevel(str, enum.Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


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
    goal_race: GoalRace | None = None
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
