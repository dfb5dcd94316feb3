"""LogCrossTraining: bike, swim, strength… stored apart from runs, never counted as running km."""
from __future__ import annotations

from datetime import date, timedelta

import attrs

from application.ports import Clock, CrossTrainingRepository
from domain.cross_training import Activity, CrossTraining, check_new_cross_training
from domain.runner import Runner


@attrs.define
class CrossTrainingDetails:
    activity: Activity | str
    minutes: float
    day: date | None = None
    distance_km: float | None = None
    perceived_effort: int | None = None
    notes: str | None = None


@attrs.define
class LoggedCrossTraining:
    session: CrossTraining
    week_minutes: float        # cross-training in the 7 days up to the session's day, this one included


class LogCrossTraining:
    def __init__(self, sessions: CrossTrainingRepository, clock: Clock):
        self._sessions = sessions
        self._clock = clock

    def __call__(self, runner: Runner, details: CrossTrainingDetails, today: date) -> LoggedCrossTraining:
        """``today``: the runner's local date. Raises InvalidCrossTraining (a DomainError with a code
        for application/messages REASONS) for an unknown activity, impossible minutes or a future day."""
        session = CrossTraining(
            runner_id=runner.id, day=details.day or today, activity=details.activity, minutes=details.minutes,
            distance_km=details.distance_km, perceived_effort=details.perceived_effort, notes=details.notes,
            created_at=self._clock.now())
        check_new_cross_training(session, today)
        self._sessions.add(session)
        week = self._sessions.for_runner(runner.id, since=session.day - timedelta(days=6))
        minutes = sum(s.minutes for s in week if s.day <= session.day)
        return LoggedCrossTraining(session, minutes)
