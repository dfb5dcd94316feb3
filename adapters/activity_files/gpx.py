"""GPX tracks (GPX 1.1: https://www.topografix.com/GPX/1/1/), read with ``gpxpy``.

A GPX file is points: position, maybe time, maybe elevation, and heart rate and cadence in Garmin's
TrackPointExtension (``gpxtpx:hr``, ``gpxtpx:cad``: https://www8.garmin.com/xmlschemas/
TrackPointExtensionv2.xsd), which Strava's and most apps' exports use. It states no totals: the
distance is the sum of the haversine distances between fixes, the rest is worked out from the points
(domain.activity). A file without times gives a distance only; one without elevations, no climb.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import gpxpy
import gpxpy.gpx

from adapters.activity_files.track import cumulative_distances, recording_from
from application.ports.activity_files import ActivityFile, UnreadableActivity
from domain.activity import GPX, Sample

# Cadence in Garmin's extension is per foot (like FIT): steps per minute are twice it.
STEPS_PER_STRIDE = 2


def _extension_values(point: gpxpy.gpx.GPXTrackPoint) -> dict[str, float]:
    """hr / cad from the point's extensions, whatever namespace prefix the writer used."""
    found: dict[str, float] = {}
    for ext in point.extensions:
        for element in ext.iter():
            tag = element.tag.rsplit("}", 1)[-1].lower()
            if tag in ("hr", "cad", "heartrate", "cadence") and element.text:
                try:
                    found[tag] = float(element.text)
                except ValueError:
                    continue
    return found


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def read_gpx(data: bytes) -> ActivityFile:
    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig", errors="replace"))
    except (gpxpy.gpx.GPXException, ValueError) as error:
        raise UnreadableActivity("corrupt", str(error)[:200]) from error
    points = [p for track in gpx.tracks for segment in track.segments for p in segment.points]
    if not points:                     # a route (planned, never run) or waypoints only
        raise UnreadableActivity("not_an_activity", "no track points")
    distances = cumulative_distances([(p.latitude, p.longitude) for p in points])
    start = _utc(next((p.time for p in points if p.time is not None), None))
    samples = []
    for point, distance in zip(points, distances, strict=False):
        ext: dict[str, Any] = _extension_values(point)
        moment = _utc(point.time)
        hr = ext.get("hr") or ext.get("heartrate")
        cadence = ext.get("cad") or ext.get("cadence")
        samples.append(Sample(
            t_s=(moment - start).total_seconds() if moment is not None and start is not None else 0.0,
            distance_m=distance, altitude_m=point.elevation,
            hr=int(hr) if hr else None, cadence_spm=int(cadence) * STEPS_PER_STRIDE if cadence else None))
    distance_m = distances[-1] or 0.0
    if distance_m <= 0:
        raise UnreadableActivity("no_distance", "the track does not move")
    timed = start is not None and samples[-1].t_s > 0
    recording = recording_from(samples if timed else [
        Sample(0.0, s.distance_m, s.altitude_m, s.hr, s.cadence_spm) for s in samples], start)
    if not timed:                      # no times: no moving time, no pace, no splits
        from attrs import evolve
        recording = evolve(recording, moving_s=None, elapsed_s=None, splits=())
    track_type = (gpx.tracks[0].type or "").strip().lower() if gpx.tracks else ""
    return ActivityFile(format=GPX, sport=_sport(track_type), distance_km=distance_m / 1000.0,
                        recording=recording, name=(gpx.tracks[0].name or gpx.name or None) if gpx.tracks else None)


def _sport(track_type: str) -> str:
    """Strava writes <type>running</type> (or its numeric code 9); Garmin "running"; others nothing."""
    if track_type in ("9", "run", "running", "trail_running", "trailrun"):
        return "running"
    if track_type in ("1", "cycling", "ride", "biking"):
        return "cycling"
    return track_type
