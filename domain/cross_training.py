"""Cross-training: time on the bike, in the pool or in the gym, kept apart from running km."""
from __future__ import annotations

import enum
from datetime import date, datetime

import attrs

from domain.errors import DomainError
from domain.ids import new_id

# A session longer than a day's waking hours is a typo (minutes for seconds, hours for minutes).
MAX_MINUTES = 16 * 60


class InvalidCrossTraining(DomainError):
    pass


class Activity(str, enum.Enum):
    BIKE = "bike"
    SWIM = "swim"
    STRENGTH = "strength"
    OTHER = "other"


def _activity(value: Activity | str) -> Activity:
    try:
        return Activity(value)
    except ValueError:
        raise InvalidCrossTraining(f"'{value}' is not bike, swim, strength or other",
                                   "cross_training_activity_unknown", activity=str(value)) from None


def _check_minutes(_inst: object, _attr: object, value: float) -> None:
    if value is None or not 0 < value <= MAX_MINUTES:
        raise InvalidCrossTraining(f"{value} minutes is outside 1–{MAX_MINUTES}",
                                   "cross_training_minutes_out_of_range", minutes=value or 0, limit=MAX_MINUTES)


def _check_distance(_inst: object, _attr: object, value: float | None) -> None:
    if value is not None and value <= 0:
        raise InvalidCrossTraining(f"a distance of {value} km is not possible",
                                   "cross_training_distance_not_positive", km=value)


def _check_rpe(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 10:
        raise InvalidCrossTraining(f"perceived effort (RPE) {value} is outside the 1–10 scale",
                                   "rpe_out_of_range", rpe=value)


@attrs.define
class CrossTraining:
    runner_id: str
    day: date
    activity: Activity = attrs.field(converter=_activity)
    minutes: float = attrs.field(converter=float, validator=_check_minutes)
    distance_km: float | None = attrs.field(default=None, validator=_check_distance)
    perceived_effort: int | None = attrs.field(default=None, validator=_check_rpe)
    notes: str | None = None
    id: str = attrs.field(factory=new_id)
    created_at: datetime | None = None


# Typical speeds for a session told by its distance alone ("walked 1.5 miles with the grandkids"), so that
# its minutes can be kept: a walk or hike ~5 km/h, an easy ride ~20 km/h, an easy swim ~2.5 km/h
# (Ainsworth et al., 2011 Compendium of Physical Activities: walking 3.0 mph, leisure cycling 10-12 mph).
TYPICAL_KMH = {Activity.OTHER: 5.0, Activity.BIKE: 20.0, Activity.SWIM: 2.5}


def minutes_from_distance(activity: Activity | str, distance_km: float) -> float | None:
    """The minutes a session of ``distance_km`` usually takes; None for an activity with no distance."""
    speed = TYPICAL_KMH.get(_activity(activity))
    return None if speed is None or distance_km <= 0 else max(1.0, round(distance_km / speed * 60))


def check_new_cross_training(session: CrossTraining, today: date) -> None:
    """Raises InvalidCrossTraining for a session dated after ``today`` (the runner's calendar)."""
    if session.day > today:
        raise InvalidCrossTraining(f"{session.day.isoformat()} is after today ({today.isoformat()})",
                                   "cross_training_in_future", day=session.day.isoformat())
