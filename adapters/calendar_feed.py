"""``application.ports.calendar.CalendarWriter`` on the ``icalendar`` library (RFC 5545): escaping,
line folding and the required properties (PRODID, VERSION, UID, DTSTAMP) are the library's, not
hand-written strings."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import icalendar

from application.ports.calendar import CalendarEvent

PRODID = "-//Andes running coach//andes//ES"


class ICalendarWriter:
    def feed(self, name: str, events: Sequence[CalendarEvent], stamp: datetime) -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", name)
        # Calendar apps re-read a subscribed feed on their own schedule; this asks for twice a day
        # (Google ignores it, Apple and Outlook honour it).
        calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "PT12H")
        for event in events:
            entry = icalendar.Event()
            entry.add("uid", event.uid)
            entry.add("dtstamp", stamp)
            entry.add("dtstart", event.day)                      # a date: an all-day event
            entry.add("dtend", event.day + timedelta(days=1))
            entry.add("summary", event.title)
            entry.add("description", event.description)
            entry.add("transp", "TRANSPARENT")                   # a session doesn't block the day
            calendar.add_component(entry)
        return calendar.to_ical()
