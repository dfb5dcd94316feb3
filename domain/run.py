"""A logged run and the rules a real run obeys."""
from __future__ import annotations

from datetime import date, datetime

import attrs

from domain.activity import TYPED, Recording
from domain.errors import InvalidRun
from domain.ids import new_id
from domain.pace import format_pace

# A floor no run can beat whatever its distance: the 100 m world record (9.58 s, 1:35.8/km) less a
# GPS margin. It is loose on purpose, so that runs stored under older rules still load; the pace
# limit per distance (the world-record curve) is checked on the way in, by domain.run_rules.
FASTEST_PLAUSIBLE_PACE_S_PER_KM = 93
LONGEST_PLAUSIBLE_RUN_KM = 250


def _check_distance(_inst: object, _attr: object, value: float) -> None:
    if value is None or value <= 0:
        raise InvalidRun(f"a run of {value} km is not possible: distance must be positive",
                         "distance_not_positive", km=value)
    if value > LONGEST_PLAUSIBLE_RUN_KM:
        raise InvalidRun(f"{value} km in one run is beyond {LONGEST_PLAUSIBLE_RUN_KM} km",
                         "distance_too_long", km=value, limit=LONGEST_PLAUSIBLE_RUN_KM)


def _check_duration(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and value <= 0:
        raise InvalidRun(f"a duration of {value} s is not possible: it must be positive",
                         "duration_not_positive", seconds=value)


def _check_rpe(_inst: object, _attr: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 10:
        raise InvalidRun(f"perceived effort (RPE) {value} is outside the 1–10 scale", "rpe_out_of_range",
                         rpe=value)


@attrs.define
class Run:
    runner_id: str
    date: date
    distance_km: float = attrs.field(converter=float, validator=_check_distance)
    duration_s: int | None = attrs.field(default=None, validator=_check_duration)
    perceived_effort: int | None = attrs.field(default=None, validator=_check_rpe)
    mood: str | None = None
    aches: str | None = None
    notes: str | None = None
    weather: str | None = None
    id: str = attrs.field(factory=new_id)
    created_at: datetime | None = None
    # A race or all-out time trial, set when the runner says so or confirms: it sets the VDOT.
    is_race: bool = attrs.field(default=False, converter=bool)
    # Issue 24: where the run came from (domain.activity: typed, fit, gpx, tcx, strava), the source's
    # own id of it (a Strava activity id), and what the watch recorded (splits, elevation, heart rate…).
    source: str = TYPED
    source_ref: str | None = None
    recording: Recording | None = None

    def __attrs_post_init__(self) -> None:
        pace = self.pace_s_per_km
        if pace is not None and pace < FASTEST_PLAUSIBLE_PACE_S_PER_KM:
            assert self.duration_s is not None      # a pace needs a duration
            raise InvalidRun(
                f"{self.distance_km:g} km in {self.duration_s // 60} min would be a pace of "
                f"{format_pace(pace)}/km, faster than any human: check the distance and time",
                "pace_impossible", km=self.distance_km, minutes=self.duration_s // 60, pace=format_pace(pace),
            )

    @property
    def pace_s_per_km(self) -> float | None:
        if self.duration_s is None:
            return None
        return self.duration_s / self.distance_km

    @property
    def is_hard_effort(self) -> bool:
        return (self.perceived_effort or 0) >= 7
