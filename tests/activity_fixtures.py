"""Activity files the tests and the benchmark write themselves (no downloads): a run described by
its kilometres' paces, its pauses, its hills and its heart rate, written as FIT (with Garmin's FIT SDK
``Encoder``, as several devices record), GPX (with and without times or elevations) or TCX (with
laps), together with the truth each reader must find in it.
"""
from __future__ import annotations

import gzip
import io
import math
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

import attrs
from garmin_fit_sdk import Encoder, Profile

MESG = Profile["mesg_num"]
EARTH_RADIUS_M = 6_371_008.8
QUITO = (-0.1807, -78.4678)


@attrs.frozen
class Point:
    t_s: float
    distance_m: float
    altitude_m: float
    hr: int
    cadence_spm: int
    lat: float
    lon: float


@attrs.frozen
class Track:
    points: tuple[Point, ...]
    start: datetime
    distance_m: float
    moving_s: float
    elapsed_s: float
    gain_m: float
    loss_m: float
    avg_hr: int
    max_hr: int
    laps: tuple[tuple[float, float], ...]     # (distance m, seconds) per lap


def make_track(distance_m: float, pace_s_per_km: Callable[[float], float] | float = 300.0, *,
               every_s: float = 1.0, start: datetime | None = None,
               pauses: Sequence[tuple[float, float]] = (),
               altitude: Callable[[float], float] | None = None,
               hr: Callable[[float], int] | None = None, cadence_spm: int = 170,
               lap_every_m: float | None = 1000.0, laps_m: Sequence[float] | None = None) -> Track:
    """A run northwards from Quito. ``pace_s_per_km(d)``: the pace at ``d`` metres; ``pauses``:
    (at metres, seconds) stopped with nothing recorded (auto-pause); ``altitude(d)``; ``hr(d)``."""
    start = start or datetime(2026, 12, 5, 11, 30, tzinfo=timezone.utc)
    pace = pace_s_per_km if callable(pace_s_per_km) else (lambda _d, p=pace_s_per_km: p)
    alt = altitude or (lambda _d: 2850.0)
    heart = hr or (lambda _d: 150)
    points: list[Point] = []
    t = moving = 0.0
    d = 0.0
    pending = sorted(pauses)
    while True:
        lat = QUITO[0] + math.degrees(d / EARTH_RADIUS_M)
        points.append(Point(t, d, alt(d), heart(d), cadence_spm, lat, QUITO[1]))
        if d >= distance_m:
            break
        speed = 1000.0 / pace(d)
        step = min(every_s, (distance_m - d) / speed)
        if step < every_s:               # the last step ends on a whole second, as a watch's clock does
            step = max(1.0, float(round(step)))
        d = min(distance_m, d + speed * step)
        t += step
        moving += step
        if pending and d >= pending[0][0] and d < distance_m:
            # the watch's last point before it auto-pauses, then nothing until the runner goes on
            lat = QUITO[0] + math.degrees(d / EARTH_RADIUS_M)
            points.append(Point(t, d, alt(d), heart(d), cadence_spm, lat, QUITO[1]))
            t += pending.pop(0)[1]
    gain = sum(max(0.0, b.altitude_m - a.altitude_m) for a, b in zip(points, points[1:], strict=False))
    loss = sum(max(0.0, a.altitude_m - b.altitude_m) for a, b in zip(points, points[1:], strict=False))
    hrs = [p.hr for p in points]
    bounds = list(laps_m) if laps_m else ([lap_every_m * k for k in range(1, int(distance_m // lap_every_m) + 1)]
                                          if lap_every_m else [])
    if not bounds or bounds[-1] < distance_m:
        bounds.append(distance_m)
    laps, last_d, last_t = [], 0.0, 0.0
    for bound in bounds:
        at = next(p for p in points if p.distance_m >= bound - 1e-6)
        laps.append((at.distance_m - last_d, at.t_s - last_t))
        last_d, last_t = at.distance_m, at.t_s
    return Track(tuple(points), start, distance_m, moving, t, gain, loss, round(sum(hrs) / len(hrs)), max(hrs),
                 tuple(laps))


# --- FIT (Garmin's FIT SDK Encoder) ------------------------------------------------------------

SEMICIRCLES_PER_DEG = 2 ** 31 / 180.0
FIT_PROFILES = ("garmin_forerunner", "coros_no_session_ascent", "phone_positions_only", "smart_recording")


def fit_bytes(track: Track, profile: str = "garmin_forerunner", sport: str = "running") -> bytes:
    """The track as one device would write it:

    * ``garmin_forerunner``: 1-s records with distance, enhanced altitude, heart rate, cadence and
      position; a lap per km; a session with every total;
    * ``coros_no_session_ascent``: records with plain ``altitude``; a session without ascent/descent
      or heart rate (the reader works them out);
    * ``phone_positions_only``: records with positions and time only, no distance field, no session;
    * ``smart_recording``: as Garmin, records every few seconds (the track's ``every_s``).
    """
    encoder = Encoder()
    t0 = track.start
    encoder.write_mesg({"mesg_num": MESG["FILE_ID"], "type": "activity", "manufacturer": "garmin",
                        "product": 1, "time_created": t0, "serial_number": 12345})
    encoder.write_mesg({"mesg_num": MESG["EVENT"], "timestamp": t0, "event": "timer", "event_type": "start"})
    for p in track.points:
        record: dict[str, object] = {"mesg_num": MESG["RECORD"], "timestamp": t0 + timedelta(seconds=round(p.t_s)),
                                     "position_lat": int(p.lat * SEMICIRCLES_PER_DEG),
                                     "position_long": int(p.lon * SEMICIRCLES_PER_DEG)}
        if profile != "phone_positions_only":
            record.update(distance=p.distance_m, heart_rate=p.hr, cadence=p.cadence_spm // 2)
            record["altitude" if profile == "coros_no_session_ascent" else "enhanced_altitude"] = p.altitude_m
        encoder.write_mesg(record)
    end = t0 + timedelta(seconds=round(track.elapsed_s))
    if profile != "phone_positions_only":
        lap_start = t0
        for distance, seconds in track.laps:
            encoder.write_mesg({"mesg_num": MESG["LAP"], "timestamp": lap_start + timedelta(seconds=seconds),
                                "start_time": lap_start, "total_elapsed_time": seconds, "total_timer_time": seconds,
                                "total_distance": distance, "avg_heart_rate": track.avg_hr,
                                "max_heart_rate": track.max_hr})
            lap_start += timedelta(seconds=seconds)
        session: dict[str, object] = {
            "mesg_num": MESG["SESSION"], "timestamp": end, "start_time": t0, "sport": sport,
            "total_elapsed_time": track.elapsed_s, "total_timer_time": track.moving_s,
            "total_distance": track.distance_m, "avg_running_cadence": track.points[0].cadence_spm // 2}
        if profile != "coros_no_session_ascent":
            session.update(total_ascent=round(track.gain_m), total_descent=round(track.loss_m),
                           avg_heart_rate=track.avg_hr, max_heart_rate=track.max_hr)
        encoder.write_mesg(session)
    return encoder.close()


# --- GPX -------------------------------------------------------------------------------------------

def gpx_bytes(track: Track, *, times: bool = True, elevation: bool = True, heart_rate: bool = True,
              name: str = "Morning Run", sport: str = "running") -> bytes:
    rows = []
    for p in track.points:
        parts = [f'<trkpt lat="{p.lat:.7f}" lon="{p.lon:.7f}">']
        if elevation:
            parts.append(f"<ele>{p.altitude_m:.1f}</ele>")
        if times:
            moment = track.start + timedelta(seconds=round(p.t_s))
            parts.append(f"<time>{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}</time>")
        if heart_rate:
            parts.append(f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{p.hr}</gpxtpx:hr>"
                         f"<gpxtpx:cad>{p.cadence_spm // 2}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>")
        parts.append("</trkpt>")
        rows.append("".join(parts))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gpx version="1.1" creator="andes-tests" xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
            f"<trk><name>{escape(name)}</name><type>{sport}</type><trkseg>{''.join(rows)}</trkseg></trk></gpx>"
            ).encode()


# --- TCX -------------------------------------------------------------------------------------------

def tcx_bytes(track: Track, sport: str = "Running") -> bytes:
    laps_xml = []
    points = list(track.points)
    lap_start_d = 0.0
    i = 0
    for distance, seconds in track.laps:
        lap_end_d = lap_start_d + distance
        lap_points = []
        while i < len(points) and points[i].distance_m <= lap_end_d + 1e-6:
            lap_points.append(points[i])
            i += 1
        start_point = lap_points[0] if lap_points else points[min(i, len(points) - 1)]
        moment = track.start + timedelta(seconds=round(start_point.t_s))
        trackpoints = "".join(
            f"<Trackpoint><Time>{(track.start + timedelta(seconds=round(p.t_s))).strftime('%Y-%m-%dT%H:%M:%SZ')}</Time>"
            f"<Position><LatitudeDegrees>{p.lat:.7f}</LatitudeDegrees><LongitudeDegrees>{p.lon:.7f}</LongitudeDegrees>"
            f"</Position><AltitudeMeters>{p.altitude_m:.1f}</AltitudeMeters><DistanceMeters>{p.distance_m:.2f}"
            f"</DistanceMeters><HeartRateBpm><Value>{p.hr}</Value></HeartRateBpm>"
            f"<Extensions><ns3:TPX><ns3:RunCadence>{p.cadence_spm // 2}</ns3:RunCadence></ns3:TPX></Extensions>"
            f"</Trackpoint>" for p in lap_points)
        laps_xml.append(
            f'<Lap StartTime="{moment.strftime("%Y-%m-%dT%H:%M:%SZ")}">'
            f"<TotalTimeSeconds>{seconds:.1f}</TotalTimeSeconds>"
            f"<DistanceMeters>{distance:.2f}</DistanceMeters><Calories>0</Calories><Intensity>Active</Intensity>"
            f"<TriggerMethod>Manual</TriggerMethod><Track>{trackpoints}</Track></Lap>")
        lap_start_d = lap_end_d
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" '
            'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">'
            f'<Activities><Activity Sport="{sport}"><Id>{track.start.strftime("%Y-%m-%dT%H:%M:%SZ")}</Id>'
            f"{''.join(laps_xml)}</Activity></Activities></TrainingCenterDatabase>").encode()


def zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)


def the_demo_run() -> Track:
    """10.2 km in Quito, ~5:07/km with km 9 the fastest (4:48), 145 m of climb, HR ~152."""
    def pace(d: float) -> float:
        return 288.0 if 8000 <= d < 9000 else 309.0

    def altitude(d: float) -> float:     # up 145 m over the first 5.1 km, and back down
        return 2800.0 + 145.0 * (d / 5100.0 if d <= 5100 else (10200.0 - d) / 5100.0)

    return make_track(10200.0, pace, altitude=altitude, hr=lambda d: 148 if d < 5000 else 156)
