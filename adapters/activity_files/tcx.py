"""TCX activities (Garmin's Training Center XML v2: https://www8.garmin.com/xmlschemas/
TrainingCenterDatabasev2.xsd), read with ``tcxreader``.

A TCX file has laps, each with its trackpoints (time, distance so far, altitude, heart rate, and
run cadence in the ActivityExtension ``RunCadence``) and its ``DistanceMeters``. The laps are the
intervals; the distance is the sum of the laps' distances.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from tcxreader.tcxreader import TCXReader  # type: ignore[import-untyped]

from adapters.activity_files.track import cumulative_distances, recording_from
from application.ports.activity_files import ActivityFile, UnreadableActivity
from domain.activity import TCX, Lap, Sample

STEPS_PER_STRIDE = 2


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def read_tcx(data: bytes) -> ActivityFile:
    try:
        exercise = TCXReader().read(io.BytesIO(data), only_gps=False)
    except (ET.ParseError, ValueError, KeyError, TypeError) as error:
        raise UnreadableActivity("corrupt", str(error)[:200]) from error
    points = [p for lap in exercise.laps for p in lap.trackpoints]
    if not points:
        raise UnreadableActivity("not_an_activity", "no trackpoints")
    start = _utc(next((p.time for p in points if p.time is not None), None))
    if any(p.distance is not None for p in points):
        distances: list[float | None] = [p.distance for p in points]
    else:
        distances = cumulative_distances([(p.latitude, p.longitude) for p in points])
    samples = []
    for point, distance in zip(points, distances, strict=False):
        moment = _utc(point.time)
        cadence = point.cadence or (point.tpx_ext or {}).get("RunCadence")
        samples.append(Sample(
            t_s=(moment - start).total_seconds() if moment and start else 0.0, distance_m=distance,
            altitude_m=point.elevation, hr=point.hr_value,
            cadence_spm=int(cadence) * STEPS_PER_STRIDE if cadence else None))
    stated = _lap_times(data)
    laps = []
    for n, lap in enumerate(exercise.laps, start=1):
        lap_start, lap_end = _utc(lap.trackpoints[0].time), _utc(lap.trackpoints[-1].time)
        seconds = (stated[n - 1] if len(stated) == len(exercise.laps) and stated[n - 1] else
                   lap.duration or ((lap_end - lap_start).total_seconds() if lap_start and lap_end else 0))
        if seconds and lap.distance:
            laps.append(Lap(n, round(lap.distance / 1000.0, 3), int(round(seconds)),
                            int(round(lap.hr_avg)) if lap.hr_avg else None, lap.hr_max or None))
    distance_m = exercise.distance or next((d for d in reversed(distances) if d is not None), 0.0) or 0.0
    if distance_m <= 0:
        raise UnreadableActivity("no_distance", "the TCX file records no distance")
    totals = {"elapsed_s": samples[-1].t_s if start else None}
    return ActivityFile(format=TCX, sport=_sport(exercise.activity_type), distance_km=distance_m / 1000.0,
                        recording=recording_from(samples, start, laps=laps, totals=totals))


_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def _lap_times(data: bytes) -> list[float | None]:
    """Each lap's ``TotalTimeSeconds`` as the watch stated it (tcxreader measures a lap from its first
    to its last trackpoint, a second short of the lap)."""
    times: list[float | None] = []
    for _event, element in ET.iterparse(io.BytesIO(data)):
        if element.tag == _NS + "Lap":
            total = element.find(_NS + "TotalTimeSeconds")
            try:
                times.append(float(total.text) if total is not None and total.text else None)
            except ValueError:
                times.append(None)
            element.clear()
    return times


def _sport(activity_type: str | None) -> str:
    kind = (activity_type or "").strip().lower()
    return {"running": "running", "biking": "cycling", "other": ""}.get(kind, kind)
