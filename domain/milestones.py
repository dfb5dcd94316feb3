"""What a coach celebrates: a longest run, a fastest pace, the week's kilometres."""
from __future__ import annotations

import enum
from datetime import timedelta

import attrs

from domain.run import Run

# A record needs history to beat: the first runs are all "records" and saying so is noise.
MIN_EARLIER_RUNS = 2
# Paces are compared only between runs long enough to say something (not a 1 km jog).
PACE_RECORD_MIN_KM = 3.0


class MilestoneKind(str, enum.Enum):
    LONGEST_RUN = "longest_run"
    FASTEST_PACE = "fastest_pace"


@attrs.frozen
class Milestone:
    kind: MilestoneKind
    previous_best: float          # km for LONGEST_RUN, seconds per km for FASTEST_PACE


def milestones(run: Run, history: list[Run]) -> list[Milestone]:
    """Records ``run`` sets against the runner's other runs (``history`` may include ``run``)."""
    earlier = [r for r in history if r.id != run.id]
    found = []
    if len(earlier) >= MIN_EARLIER_RUNS:
        longest = max(r.distance_km for r in earlier)
        if run.distance_km > longest:
            found.append(Milestone(MilestoneKind.LONGEST_RUN, longest))
    if run.pace_s_per_km and run.distance_km >= PACE_RECORD_MIN_KM:
        paces = [r.pace_s_per_km for r in earlier if r.pace_s_per_km and r.distance_km >= PACE_RECORD_MIN_KM]
        if len(paces) >= MIN_EARLIER_RUNS and run.pace_s_per_km < min(paces):
            found.append(Milestone(MilestoneKind.FASTEST_PACE, min(paces)))
    return found


def week_km(run: Run, history: list[Run]) -> float:
    """Kilometres of the Monday-to-Sunday week of ``run``, ``run`` included."""
    monday = run.date - timedelta(days=run.date.weekday())
    runs = {r.id: r for r in history if monday <= r.date <= monday + timedelta(days=6)}
    runs[run.id] = run
    return round(sum(r.distance_km for r in runs.values()), 1)
