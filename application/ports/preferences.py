"""How a runner wants the coach to write first (issue 25): the session-reminder time, reminders on
or off, and the key of their private calendar feed (a new key revokes the old link)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import attrs

DEFAULT_REMINDER_HOUR = 19      # the evening before: time to lay out the kit and plan the morning


def _hour(_inst: object, _attr: object, value: int) -> None:
    if not 0 <= value <= 23:
        raise ValueError(f"reminder hour {value} is outside 0-23")


def _minute(_inst: object, _attr: object, value: int) -> None:
    if not 0 <= value <= 59:
        raise ValueError(f"reminder minute {value} is outside 0-59")


@attrs.define
class CoachPreferences:
    runner_id: str
    reminder_hour: int = attrs.field(default=DEFAULT_REMINDER_HOUR, validator=_hour)
    reminder_minute: int = attrs.field(default=0, validator=_minute)
    reminders_on: bool = True
    calendar_key: str | None = None        # None: no feed link given yet


class PreferencesRepository(Protocol):
    """Implemented in memory, on SQLite and on PostgreSQL; a runner with nothing stored has the
    defaults."""
    def get(self, runner_id: str) -> CoachPreferences: ...
    def save(self, preferences: CoachPreferences) -> None:
        """Insert or replace (the calendar key is unique: two runners never share a feed)."""
    def for_runners(self, runner_ids: Sequence[str]) -> dict[str, CoachPreferences]:
        """Every id is a key (the defaults for runners with nothing stored): one query."""
    def by_calendar_key(self, key: str) -> CoachPreferences | None: ...
