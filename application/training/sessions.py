"""What is on the runner's days: the plan's sessions next to what they already logged.

"¿Qué toca hoy?" after a morning run must not answer as if nothing was done, and a missed session
moves or drops by the plan's rule (domain.planning.reschedule_missed), never doubling up.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from domain.plan import Session, TrainingPlan
from domain.planning import reschedule_missed
from domain.readiness import DONE_SHARE  # one rule: when a logged run covers the session
from domain.run import Run


@attrs.frozen
class DayOutlook:
    day: date
    session: Session | None          # None: no plan covers the day
    runs: tuple[Run, ...] = ()       # what the runner logged that day

    @property
    def done_km(self) -> float:
        return round(sum(r.distance_km for r in self.runs), 2)

    @property
    def done(self) -> bool:
        if not self.runs:
            return False
        if self.session is None or not self.session.kind.is_run or not self.session.distance_km:
            return True
        return self.done_km >= DONE_SHARE * self.session.distance_km


def outlook(plan: TrainingPlan | None, runs: Sequence[Run], first: date, days: int, today: date) -> list[DayOutlook]:
    by_day: dict[date, list[Run]] = {}
    for run in runs:
        by_day.setdefault(run.date, []).append(run)
    result = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        session = plan.session_on(day) if plan else None
        result.append(DayOutlook(day, session, tuple(by_day.get(day, ()) if day <= today else ())))
    return result


@attrs.frozen
class MissedSession:
    day: date
    session: Session | None          # what was planned that day (None: nothing, or no plan)
    moved_to: date | None = None     # a key session moved to this day
    dropped: bool = False            # dropped, by rule (never doubled up)
    had_plan: bool = False


def record_missed(plan: TrainingPlan | None, day: date, today: date,
                  recent: Sequence[Run]) -> tuple[MissedSession, TrainingPlan | None]:
    """The missed session and, when the plan changes, the plan to store."""
    session = plan.session_on(day) if plan else None
    if plan is None or session is None or not session.kind.is_run:
        return MissedSession(day, session, had_plan=plan is not None), None
    changed, note = reschedule_missed(plan, day, today)
    moved_to = date.fromisoformat(note.params["to"]) if note.code == "moved" else None
    return MissedSession(day, session, moved_to=moved_to, dropped=note.code == "dropped", had_plan=True), changed
