"""Ports for runs recorded by a watch or an app: reading an activity file, and fetching a file a
runner sent on WhatsApp (issue 24)."""
from __future__ import annotations

from typing import Protocol

import attrs

from domain.activity import Recording

# A WhatsApp document may weigh up to 100 MB (Cloud API media limits); no run file does: a 42 km
# FIT with 1-second records is ~0.5 MB, its GPX ~5 MB. Anything over this is refused unread.
MAX_ACTIVITY_BYTES = 20 * 1024 * 1024
RUNNING = "running"


@attrs.frozen
class ActivityFile:
    """A file read into what the coach logs: the sport, the distance and what the watch recorded."""
    format: str                        # domain.activity: fit | gpx | tcx | strava
    sport: str                         # "running", "cycling", "walking"…, "" when the file does not say
    distance_km: float
    recording: Recording
    name: str | None = None            # the activity's title, when the file has one
    is_race: bool = False              # the source marks it a race (Strava's workout_type 1)

    @property
    def is_run(self) -> bool:
        """Running, or a file that names no sport (GPX often does not)."""
        return self.sport in ("", RUNNING) or self.sport.startswith(RUNNING) or self.sport in ("run", "trail_run",
                                                                                              "trailrun")


class UnreadableActivity(Exception):
    """The file is not an activity we can read. ``code``: not_an_activity | corrupt | empty |
    too_big | no_distance."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class ActivityFileReader(Protocol):
    def read(self, data: bytes, filename: str | None = None) -> ActivityFile:
        """FIT, GPX or TCX, alone, gzipped or zipped (Garmin's and Strava's exports); raises
        UnreadableActivity."""


@attrs.frozen
class Media:
    data: bytes
    mime_type: str
    filename: str | None = None


class MediaUnavailable(Exception):
    """The file could not be fetched. ``code``: too_big | unsupported_type | not_found | failed."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class MediaDownloader(Protocol):
    async def download(self, media_id: str, max_bytes: int = MAX_ACTIVITY_BYTES) -> Media:
        """The bytes of a media the runner sent (WhatsApp: its id → its URL → the bytes); raises
        MediaUnavailable."""
