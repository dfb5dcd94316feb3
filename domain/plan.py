"""A 14-day training block: sessions with their purpose and target pace, built on a VDOT."""
from __future__ import annotations

import enum
from datetime import date, datetime, timedelta

import attrs

from domain.errors import InvalidPlan
from domain.ids import new_id

BLOCK_DAYS = 14


class SessionKind(str, enum.Enum):
    EASY = "easy"
    LONG = "long"
    THRESHOLD = "threshold"
    INTERVALS = "intervals"
    REPETITION = "repetition"
    MARATHON_PACE = "marathon_pace"
    CROSS_TRAINING = "cross_training"
    REST = "rest"
    RACE = "race"

    @property
    def is_quality(self) -> bool:
        """Hard sessions that need a recovery day after them."""
        return self in (SessionKind.THRESHOLD, SessionKind.INTERVALS, SessionKind.REPETITION,
                        SessionKind.MARATHON_PACE)

    @property
    def is_run(self) -> bool:
        return self not in (SessionKind.REST, SessionKind.CROSS_TRAINING)


@attrs.define
class Workout:
    """A quality session's structure: warm-up, reps of work with jog recoveries, cool-down."""
    reps: int = 0
    rep_km: float = 0.0            # distance of one rep (0 when reps are by time)
    rep_min: float = 0.0           # duration of one rep (0 when reps are by distance)
    recovery_min: float = 0.0      # jog between reps
    warmup_km: float = 0.0
    cooldown_km: float = 0.0


@attrs.define
class PlanNote:
    """Why the block differs from the standard one, as a code and its values (the application
    words it in the runner's language)."""
    code: str
    params: dict[str, str] = attrs.field(factory=dict)


@attrs.define
class Session:
    date: date
    kind: SessionKind
    distance_km: float = 0.0
    # Target pace range in seconds per km (fast, slow); None for rest and cross-training.
    pace_s_per_km: tuple[float, float] | None = None
    purpose: str = ""
    description: str = ""
    # Season phase of the day's week ("base", "build", "peak", "taper", "recovery", "progression").
    phase: str = ""
    workout: Workout | None = None
    # Why this day is what it is, beyond its kind: "logged" (already run today), "return_run",
    # "walk_run", "mobility", "post_race_easy", "race_day", "moved", "strides"... ("" = standard).
    code: str = ""


@attrs.define
class TrainingPlan:
    runner_id: str
    start: date
    sessions: list[Session]
    vdot: float
    id: str = attrs.field(factory=new_id)
    active: bool = True
    created_at: datetime | None = None
    # Why the block differs from the standard one (injuries, low data...), in plain words.
    adaptations: list[str] = attrs.field(factory=list)
    vdot_source: str = ""
    # Structured reasons behind ``adaptations`` (rendered into them by the application).
    notes: list[PlanNote] = attrs.field(factory=list)
    race_date: date | None = None

    def __attrs_post_init__(self) -> None:
        if len(self.sessions) != BLOCK_DAYS:
            raise InvalidPlan(f"a block has {BLOCK_DAYS} days, not {len(self.sessions)}")
        expected = [self.start + timedelta(days=i) for i in range(BLOCK_DAYS)]
        if [s.date for s in self.sessions] != expected:
            raise InvalidPlan("a block's sessions must be one per day from its start")

    @property
    def end(self) -> date:
        return self.start + timedelta(days=BLOCK_DAYS - 1)

    @property
    def total_km(self) -> float:
        return round(sum(s.distance_km for s in self.sessions), 1)

    def week_km(self, week: int) -> float:
        days = self.sessions[week * 7:(week + 1) * 7]
        return round(sum(s.distance_km for s in days), 1)

    def session_on(self, day: date) -> Session | None:
        for s in self.sessions:
            if s.date == day:
                return s
        return None
