"""What a coach celebrates: a longest run, a fastest pace, the week's kilometres."""
from __future__ import annotations

import enum
from collections.abc import Sequence
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


@attrs.frozen
class RunRecords:
    """What records are measured against, over a runner's runs (a window of them): computed by the
    store in SQL (RunRepository.records), so a long history is never loaded for it."""
    runs: int = 0
    longest_km: float = 0.0
    paced_runs: int = 0                          # runs of at least PACE_RECORD_MIN_KM with a time
    fastest_pace_s_per_km: float | None = None   # the best pace among those

    @classmethod
    def of(cls, runs: Sequence[Run]) -> RunRecords:
        paces = [r.pace_s_per_km for r in runs if r.pace_s_per_km and r.distance_km >= PACE_RECORD_MIN_KM]
        return cls(runs=len(runs), longest_km=max((r.distance_km for r in runs), default=0.0),
                   paced_runs=len(paces), fastest_pace_s_per_km=min(paces, default=None))


def milestones(run: Run, history: list[Run]) -> list[Milestone]:
    """Records ``run`` sets against the runner's other runs (``history`` may include ``run``)."""
    return milestones_against(run, RunRecords.of([r for r in history if r.id != run.id]))


def milestones_against(run: Run, earlier: RunRecords) -> list[Milestone]:
    """Records ``run`` sets against ``earlier``, the records of the runner's other runs."""
    found = []
    if earlier.runs >= MIN_EARLIER_RUNS and run.distance_km > earlier.longest_km:
        found.append(Milestone(MilestoneKind.LONGEST_RUN, earlier.longest_km))
    best = earlier.fastest_pace_s_per_km
    if run.pace_s_per_km and run.distance_km >= PACE_RECORD_MIN_KM and best is not None \
            and earlier.paced_runs >= MIN_EARLIER_RUNS and run.pace_s_per_km < best:
        found.append(Milestone(MilestoneKind.FASTEST_PACE, best))
    return found


def week_km(run: Run, history: list[Run]) -> float:
    """Kilometres of the Monday-to-Sunday week of ``run``, ``run`` included."""
    monday = run.date - timedelta(days=run.date.weekday())
    runs = {r.id: r for r in history if monday <= r.date <= monday + timedelta(days=6)}
    runs[run.id] = run
    return round(sum(r.distance_km for r in runs.values()), 3)   # the words round it in the runner's units
