"""The calendar port: a runner's planned sessions as an iCalendar feed (issue 25).

The application words each event (title, description) in the runner's language; the writer only
formats RFC 5545. Events are all-day: a plan says which day, not which hour."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

import attrs


@attrs.frozen
class CalendarEvent:
    uid: str                  # stable per plan and day: a calendar app updates the event in place
    day: date
    title: str
    description: str


class CalendarWriter(Protocol):
    def feed(self, name: str, events: Sequence[CalendarEvent], stamp: datetime) -> bytes:
        """An iCalendar (text/calendar) document named ``name`` holding ``events``; ``stamp`` is
        each event's DTSTAMP (when the feed was made)."""
