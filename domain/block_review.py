"""How the last block went: what was done against what was planned, and what that means for the
next one (progress, hold, repeat or step back).

Common coaching practice (Daniels: hold a load 3–4 weeks and raise it only when it feels
manageable; Pfitzinger: missed training is not made up, the plan resumes where it stands):

* ≥ 90 % of the planned km done, easy days felt easy, no aches: progress (+ up to 8 %);
* 70–90 % done, or easy days felt hard (RPE ≥ 7 on two or more), or aches: hold the load;
* 40–70 % done: repeat the load;
* < 40 % done (a missed week or more): step back to what was done, +10 %, but not below 60 %
  of the load (fitness lasts; Daniels' return-after-a-break table keeps most of it for weeks).

Pure: no I/O.
"""
from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date

import attrs

from domain.plan import TrainingPlan
from domain.run import Run

HIGH_EASY_RPE = 7
# Only a block mostly run can justify more load (rebuilding daily must never ratchet it up).
MIN_DAYS_TO_PROGRESS = 10
# A block rebuilt in its first days (an ache told on day 2) has not shown a missed week: Daniels'
# table of adjustments after a break keeps the full VDOT and load for a break of up to 5 days
# (Daniels' Running Formula, 3rd ed., ch. 14 "Taking a break"), so so few unlogged days only hold it.
SHORT_BREAK_DAYS = 5


class Decision(str, enum.Enum):
    PROGRESS = "progress"
    HOLD = "hold"
    REPEAT = "repeat"
    STEP_BACK = "step_back"


@attrs.frozen
class BlockOutcome:
    planned_km: float
    done_km: float
    planned_runs: int
    done_runs: int
    missed_key: int          # quality or long sessions with no run that day
    hard_easy_days: int      # easy/long days run at RPE ≥ 7
    aches: int               # runs that reported an ache
    decision: Decision
    elapsed_days: int = 14

    @property
    def completion(self) -> float:
        return self.done_km / self.planned_km if self.planned_km else 1.0


def review_block(plan: TrainingPlan, runs: Sequence[Run], until: date) -> BlockOutcome | None:
    """The block's days before ``until``, against the runs logged on them. None if none elapsed."""
    days = [s for s in plan.sessions if s.date < until]
    if not days:
        return None
    by_day: dict[date, list[Run]] = {}
    for run in runs:
        if plan.start <= run.date < until:
            by_day.setdefault(run.date, []).append(run)
    planned_km = sum(s.distance_km for s in days if s.kind.is_run)
    done_km = sum(r.distance_km for rs in by_day.values() for r in rs)
    planned_runs = sum(1 for s in days if s.kind.is_run)
    done_runs = sum(1 for s in days if s.kind.is_run and s.date in by_day)
    missed_key = sum(1 for s in days if (s.kind.is_quality or s.kind.value == "long") and s.date not in by_day)
    hard_easy = sum(1 for s in days if s.kind.value in ("easy", "long")
                    for r in by_day.get(s.date, []) if (r.perceived_effort or 0) >= HIGH_EASY_RPE
                    and not r.is_race)
    aches = sum(1 for rs in by_day.values() for r in rs if r.aches)
    completion = done_km / planned_km if planned_km else 1.0
    if completion < 0.4:
        decision = Decision.STEP_BACK
    elif completion < 0.7:
        decision = Decision.REPEAT
    elif completion < 0.9 or hard_easy >= 2 or aches:
        decision = Decision.HOLD
    else:
        decision = Decision.PROGRESS
    if decision is Decision.PROGRESS and len(days) < MIN_DAYS_TO_PROGRESS:
        decision = Decision.HOLD     # a block rebuilt early has not shown the load is absorbed yet
    if decision in (Decision.STEP_BACK, Decision.REPEAT) and len(days) <= SHORT_BREAK_DAYS:
        decision = Decision.HOLD     # nor has it shown a break long enough to cost fitness
    return BlockOutcome(round(planned_km, 1), round(done_km, 1), planned_runs, done_runs, missed_key,
                        hard_easy, aches, decision, len(days))
