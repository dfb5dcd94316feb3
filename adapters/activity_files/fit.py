"""FIT activity files, read with Garmin's own FIT SDK (``garmin-fit-sdk``; FIT protocol:
https://developer.garmin.com/fit/protocol/, the Activity file's messages:
https://developer.garmin.com/fit/file-types/activity/).

An activity file holds ``record`` messages (timestamp, distance, altitude, heart rate, cadence,
position: one a second on most watches, "smart recording" on others), ``lap`` and ``session``
messages with the totals the watch worked out (timer time without pauses, ascent, average heart
rate…). The session's totals win over what the records give; a file without a session (some apps)
is worked out from the records, and records without a ``distance`` (phones) from their positions.

The messages are read by ``fit_lean`` (one ``struct`` per definition, on the SDK's profile: a
marathon's 1-second file in ~0.1 s instead of ~1 s) and, for the layouts it leaves aside (compressed
timestamps), by the SDK's ``Decoder``; both give the same values (tests/unit/test_activity_files.py).
"""
from __future__ import annotations

import struct
import sys
from datetime import datetime, timezone
from typing import Any, cast

from garmin_fit_sdk import Decoder, Profile, Stream

from adapters.activity_files.fit_lean import LeanUnsupported, read_messages
from adapters.activity_files.track import cumulative_distances, recording_from
from application.ports.activity_files import ActivityFile, UnreadableActivity
from domain.activity import FIT, Lap, Sample

# FIT timestamps count seconds from 1989-12-31 00:00 UTC (the protocol's "FIT epoch").
FIT_EPOCH_S = 631065600
# Positions are in semicircles: 2^31 of them make 180 degrees.
SEMICIRCLE_DEG = 180.0 / 2 ** 31
# Running cadence in FIT is per foot (strides per minute): a runner's steps per minute are twice it.
STEPS_PER_STRIDE = 2
# The profile's ``sport`` enum (1: running, 2: cycling, 11: walking…), read as numbers for speed.
SPORTS: dict[int, str] = {int(k): str(v) for k, v in Profile["types"]["sport"].items()}
SPORT_RUNNING = 1


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC_TABLE = _crc_table()
# Two bytes at a time: once 16 bits of input are XORed into the 16-bit register of a reflected CRC,
# the register after those 16 shifts depends on it alone (two byte steps of the table above).
_CRC_TABLE_2 = [(_CRC_TABLE[((v >> 8) ^ _CRC_TABLE[v & 0xFF]) & 0xFF] ^ (((v >> 8) ^ _CRC_TABLE[v & 0xFF]) >> 8))
                for v in range(1 << 16)]


def fit_crc(data: bytes | memoryview) -> int:
    """The FIT CRC (CRC-16/ARC: polynomial 0x8005 reflected, initial 0; the protocol's "CRC"
    section), two bytes a step from a 65,536-entry table: the SDK's own check goes a nibble at a
    time and took more than half a second on a marathon's file."""
    crc = 0
    table, table2 = _CRC_TABLE, _CRC_TABLE_2
    view = memoryview(data).cast("B")
    rest = view
    if sys.byteorder == "little":         # the words as the CRC reads them: first byte low
        even = len(view) & ~1
        for word in view[:even].cast("H"):
            crc = table2[crc ^ word]
        rest = view[even:]
    for byte in rest:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def check_crc(data: bytes) -> bool:
    """The first FIT file in ``data`` ends with the CRC of its header and records."""
    header_size = data[0]
    data_size = int.from_bytes(data[4:8], "little")
    end = header_size + data_size
    if header_size < 12 or len(data) < end + 2:
        return False
    return fit_crc(memoryview(data)[:end]) == int.from_bytes(data[end:end + 2], "little")


def is_fit(data: bytes) -> bool:
    """The ".FIT" signature at bytes 8–11 of the header."""
    return len(data) >= 12 and data[8:12] == b".FIT"


def _when(raw: Any) -> datetime | None:
    return datetime.fromtimestamp(FIT_EPOCH_S + raw, tz=timezone.utc) if isinstance(raw, (int, float)) else None


def _first(message: dict[str, Any], *names: str) -> Any:
    for name in names:
        value = message.get(name)
        if value is not None:
            return value
    return None


def _sdk_messages(decoder: Decoder) -> dict[str, list[dict[str, Any]]]:
    """Every message, by the SDK's Decoder: the layouts the lean reader leaves to it. Only what a run
    needs: timestamps left as FIT seconds, enums as numbers, no component or sub-field expansion (a
    watch writes enhanced_altitude/plain altitude and distance itself), the CRC checked before."""
    decoded, errors = decoder.read(convert_datetimes_to_dates=False, merge_heart_rates=False,
                                   expand_components=False, expand_sub_fields=False,
                                   convert_types_to_strings=False, enable_crc_check=False)
    if errors:
        raise UnreadableActivity("corrupt", str(errors[0])[:200])
    # Plain dicts: with convert_datetimes_to_dates off, timestamps are FIT seconds, not the SDK's typed dates.
    return cast(dict[str, list[dict[str, Any]]], decoded)


def read_fit(data: bytes) -> ActivityFile:
    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    if not decoder.is_fit():
        raise UnreadableActivity("not_an_activity", "no FIT header")
    if not check_crc(data):
        raise UnreadableActivity("corrupt", "FIT CRC does not match")
    try:
        messages = read_messages(data)        # the lean reader on the SDK's profile (fit_lean: 10× faster)
    except (LeanUnsupported, struct.error, IndexError):
        messages = _sdk_messages(decoder)
    sessions = messages.get("session_mesgs") or []
    records = [r for r in messages.get("record_mesgs") or [] if isinstance(r.get("timestamp"), (int, float))]
    if not sessions and not records:
        raise UnreadableActivity("not_an_activity", "no session or record messages")
    session = sessions[0] if sessions else {}
    # Several sessions: a multisport file (triathlon); the running one is what a run coach logs.
    running = [s for s in sessions if s.get("sport") == SPORT_RUNNING]
    if running:
        session = running[0]

    start_raw = _first(session, "start_time") or (records[0]["timestamp"] if records else None)
    t0 = records[0]["timestamp"] if records else start_raw or 0
    distances: list[float | None]
    if any(r.get("distance") is not None for r in records):
        distances = [r.get("distance") for r in records]
    else:
        distances = list(cumulative_distances([
            (r["position_lat"] * SEMICIRCLE_DEG if r.get("position_lat") is not None else None,
             r["position_long"] * SEMICIRCLE_DEG if r.get("position_long") is not None else None)
            for r in records]))
    samples = []
    for record, distance in zip(records, distances, strict=False):
        cadence = record.get("cadence")
        samples.append(Sample(
            t_s=float(record["timestamp"] - t0), distance_m=distance,
            altitude_m=_first(record, "enhanced_altitude", "altitude"),
            hr=record.get("heart_rate"),
            cadence_spm=cadence * STEPS_PER_STRIDE if cadence else None))

    laps = []
    for n, lap in enumerate(messages.get("lap_mesgs") or [], start=1):
        timer = _first(lap, "total_timer_time", "total_elapsed_time")
        if timer and lap.get("total_distance") is not None:
            laps.append(Lap(n, round(lap["total_distance"] / 1000.0, 3), int(round(timer)),
                            lap.get("avg_heart_rate"), lap.get("max_heart_rate")))

    cadence = _first(session, "avg_running_cadence", "avg_cadence")
    totals = {
        "moving_s": _first(session, "total_timer_time"),
        "elapsed_s": _first(session, "total_elapsed_time"),
        "elevation_gain_m": session.get("total_ascent"),
        "elevation_loss_m": session.get("total_descent"),
        "avg_hr": session.get("avg_heart_rate"),
        "max_hr": session.get("max_heart_rate"),
        "avg_cadence_spm": cadence * STEPS_PER_STRIDE if cadence else None,
    }
    distance_m = session.get("total_distance")
    if distance_m is None:
        distance_m = next((d for d in reversed(distances) if d is not None), None)
    if not distance_m:
        raise UnreadableActivity("no_distance", "the FIT file records no distance")
    sport_code = session.get("sport")
    sport = SPORTS.get(int(sport_code), "") if isinstance(sport_code, int) else ""
    return ActivityFile(format=FIT, sport=sport,
                        distance_km=distance_m / 1000.0,
                        recording=recording_from(samples, _when(start_raw), laps=laps, totals=totals))
