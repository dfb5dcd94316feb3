"""What a watch or a phone app recorded about a run, and the rules a coach reads it with.

A ``Recording`` rides on a ``Run`` (``Run.recording``): the start time, moving and elapsed time, the
per-km splits, elevation, heart rate, cadence and the laps (intervals). ``samples_to_recording``
builds one from a track's samples (GPX, TCX and FIT records alike); the readers in
adapters/activity_files only turn a file into samples and totals.

Pure: no I/O, no words (codes and values).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

# Where a run came from (``Run.source``).
TYPED = "typed"
FIT = "fit"
GPX = "gpx"
TCX = "tcx"
STRAVA = "strava"
RECORDED_SOURCES = frozenset({FIT, GPX, TCX, STRAVA})

# A pause: no progress faster than a slow walk (0.5 m/s, 33 min/km), or a gap in the samples longer
# than this (the watch auto-paused or lost the signal). Moving time leaves both out, as Strava's and
# Garmin's "moving time" do.
MOVING_SPEED_M_S = 0.5
GAP_S = 10.0
# Elevation noise: a change is counted once the altitude has moved this far from the last counted
# point (hysteresis), so GPS/barometric jitter of ±1 m on flat ground adds no climb.
ELEVATION_HYSTERESIS_M = 2.0


@attrs.frozen
class Split:
    """One kilometre (or the last part of one) of the run, in moving time."""
    index: int                          # 1 for the first km
    distance_km: float
    duration_s: int
    elevation_gain_m: float | None = None
    avg_hr: int | None = None

    @property
    def pace_s_per_km(self) -> float:
        return self.duration_s / self.distance_km


@attrs.frozen
class Lap:
    """A lap as the watch recorded it (the lap button or an interval workout's steps)."""
    index: int
    distance_km: float
    duration_s: int
    avg_hr: int | None = None
    max_hr: int | None = None

    @property
    def pace_s_per_km(self) -> float | None:
        return self.duration_s / self.distance_km if self.distance_km > 0 else None


@attrs.frozen
class Recording:
    started_at: datetime | None = None          # UTC
    moving_s: int | None = None
    elapsed_s: int | None = None
    elevation_gain_m: float | None = None
    elevation_loss_m: float | None = None
    avg_hr: int | None = None
    max_hr: int | None = None
    avg_cadence_spm: int | None = None          # steps per minute (both feet)
    splits: tuple[Split, ...] = ()
    laps: tuple[Lap, ...] = ()
    altitude_m: float | None = None             # median altitude of the run, when known
    mile_splits: tuple[Split, ...] = ()   # for runners in miles

    @property
    def fastest_split(self) -> Split | None:
        """The fastest whole km (a last part under half a km is too short to compare)."""
        return fastest(self.splits, 0.5)

    @property
    def fastest_mile(self) -> Split | None:
        return fastest(self.mile_splits, 0.8)

    @property
    def intervals(self) -> tuple[Lap, ...]:
        """The laps, when there are several (one lap is the whole run, not an interval)."""
        return self.laps if len(self.laps) > 1 else ()


def fastest(found: Sequence[Split], shortest_km: float) -> Split | None:
    whole = [s for s in found if s.distance_km >= shortest_km]
    return min(whole, key=lambda s: s.pace_s_per_km) if len(whole) >= 2 else None


MILE_M = 1609.344


@attrs.frozen
class Sample:
    """One point of a track: seconds since the start, metres so far, altitude, heart rate, cadence."""
    t_s: float
    distance_m: float | None = None
    altitude_m: float | None = None
    hr: int | None = None
    cadence_spm: int | None = None


def moving_time(samples: Sequence[Sample]) -> float:
    """Seconds in motion: the intervals faster than a slow walk and not a gap (see MOVING_SPEED_M_S)."""
    total = 0.0
    for a, b in zip(samples, samples[1:], strict=False):
        dt = b.t_s - a.t_s
        if dt <= 0 or dt > GAP_S or a.distance_m is None or b.distance_m is None:
            continue
        if (b.distance_m - a.distance_m) / dt >= MOVING_SPEED_M_S:
            total += dt
    return total


def elevation_change(altitudes: Sequence[float]) -> tuple[float, float]:
    """(gain, loss) in metres: climbs and descents between turning points, a turn counted once the
    altitude has come back ELEVATION_HYSTERESIS_M from the highest (lowest) point, so that jitter on
    flat ground adds nothing and a real hill counts in full."""
    if not altitudes:
        return 0.0, 0.0
    gain = loss = 0.0
    turn = extreme = altitudes[0]       # the last turning point; the furthest point since
    climbing: bool | None = None
    for alt in altitudes[1:]:
        if climbing is None:
            if abs(alt - turn) >= ELEVATION_HYSTERESIS_M:
                climbing, extreme = alt > turn, alt
        elif climbing:
            if alt > extreme:
                extreme = alt
            elif extreme - alt >= ELEVATION_HYSTERESIS_M:
                gain += extreme - turn
                turn, extreme, climbing = extreme, alt, False
        else:
            if alt < extreme:
                extreme = alt
            elif alt - extreme >= ELEVATION_HYSTERESIS_M:
                loss += turn - extreme
                turn, extreme, climbing = extreme, alt, True
    if climbing is True:
        gain += extreme - turn
    elif climbing is False:
        loss += turn - extreme
    return gain, loss


def splits(samples: Sequence[Sample], unit_m: float = 1000.0) -> list[Split]:
    """Per-km splits in moving time (pauses left out), the crossing of each km interpolated
    between the two samples around it."""
    found: list[Split] = []
    if len(samples) < 2:
        return found
    clock = 0.0                        # moving time so far
    start_clock = 0.0
    start_alt_gain = 0.0
    gain = 0.0
    hr_sum = hr_n = 0
    index = 1
    prev = samples[0]
    for cur in samples[1:]:
        if cur.distance_m is None or prev.distance_m is None:
            prev = cur
            continue
        dt = cur.t_s - prev.t_s
        dd = cur.distance_m - prev.distance_m
        moving = 0 < dt <= GAP_S and dd / dt >= MOVING_SPEED_M_S
        if prev.altitude_m is not None and cur.altitude_m is not None and cur.altitude_m > prev.altitude_m:
            gain += cur.altitude_m - prev.altitude_m
        if cur.hr is not None:
            hr_sum += cur.hr
            hr_n += 1
        while dd > 0 and cur.distance_m >= index * unit_m > prev.distance_m:
            at = (index * unit_m - prev.distance_m) / dd
            crossing = clock + (dt * at if moving else 0.0)
            found.append(Split(index, unit_m / 1000.0, int(round(crossing - start_clock)),
                               round(gain - start_alt_gain, 1) if cur.altitude_m is not None else None,
                               round(hr_sum / hr_n) if hr_n else None))
            start_clock, start_alt_gain, hr_sum, hr_n = crossing, gain, 0, 0
            index += 1
        if moving:
            clock += dt
        prev = cur
    last = next((s.distance_m for s in reversed(samples) if s.distance_m is not None), 0.0) or 0.0
    rest_m = last - (index - 1) * unit_m
    if rest_m >= 10 and clock - start_clock >= 1:
        found.append(Split(index, round(rest_m / 1000.0, 3), int(round(clock - start_clock)),
                           round(gain - start_alt_gain, 1) if samples[-1].altitude_m is not None else None,
                           round(hr_sum / hr_n) if hr_n else None))
    return found


def summarise(samples: Sequence[Sample]) -> dict[str, float | int | None]:
    """Totals a track's samples give when the file has none of its own."""
    hrs = [s.hr for s in samples if s.hr]
    cadences = [s.cadence_spm for s in samples if s.cadence_spm]
    alts = [s.altitude_m for s in samples if s.altitude_m is not None]
    gain, loss = elevation_change(alts) if alts else (None, None)
    return {
        "moving_s": moving_time(samples),
        "elapsed_s": samples[-1].t_s - samples[0].t_s if samples else None,
        "avg_hr": round(sum(hrs) / len(hrs)) if hrs else None,
        "max_hr": max(hrs) if hrs else None,
        "avg_cadence_spm": round(sum(cadences) / len(cadences)) if cadences else None,
        "elevation_gain_m": gain,
        "elevation_loss_m": loss,
        "altitude_m": sorted(alts)[len(alts) // 2] if alts else None,
    }


# --- what the coach reads in a recording -----------------------------------------------------------

def max_hr_for_age(age: int) -> int:
    """Predicted maximal heart rate, 208 − 0.7 × age (Tanaka, Monahan & Seals 2001, "Age-predicted
    maximal heart rate revisited", JACC 37:153): closer than 220 − age for adults who train."""
    return round(208 - 0.7 * age)


# Daniels' Running Formula (3rd ed., ch. 4, Table 4.1 and the intensity descriptions): easy (E)
# running is 65–79 % of HRmax, threshold (T) 88–92 %. An "easy" run averaging 88 % or more was
# a threshold run.
EASY_MAX_HR_FRACTION = 0.79
THRESHOLD_HR_FRACTION = 0.88


def easy_at_threshold(avg_hr: int | None, max_hr: int | None) -> bool:
    """True when a run meant as easy averaged threshold heart rate (see THRESHOLD_HR_FRACTION)."""
    return bool(avg_hr and max_hr and avg_hr >= THRESHOLD_HR_FRACTION * max_hr)


# Altitude: Daniels' Running Formula (3rd ed., ch. 5 "Altitude training"; and Daniels 1975 on
# endurance at 2,300 m) — at about 2,000–2,300 m, races lasting over ~5 minutes are run 3–4 %
# slower (a loss of ~12–15 s per mile at threshold pace) until acclimatised, and stay ~2 % slower
# after. We allow the acclimatised figure, growing from nothing at 1,000 m to 3 % at 3,000 m
# (Quito, 2,850 m: ~2.8 %), capped there: a pace recorded high up is judged against sea-level
# expectations slowed by this fraction.
ALTITUDE_FREE_M = 1000.0
ALTITUDE_SLOWING_PER_1000_M = 0.015
ALTITUDE_MAX_SLOWING = 0.03


def altitude_slowing(altitude_m: float | None) -> float:
    """The fraction a run at this altitude is expected to be slower than at sea level."""
    if altitude_m is None or altitude_m <= ALTITUDE_FREE_M:
        return 0.0
    return min(ALTITUDE_MAX_SLOWING, (altitude_m - ALTITUDE_FREE_M) / 1000.0 * ALTITUDE_SLOWING_PER_1000_M)


# Hills: running uphill costs about 12–15 s per mile for each 1 % of grade, and a downhill gives
# back only about half of it (Daniels' Running Formula, ch. 5 on hill running; the same rule of
# thumb in Pfitzinger & Douglas, "Advanced Marathoning", ch. 1). Per km: ~8 s per 1 % of climb.
CLIMB_S_PER_KM_PER_PERCENT = 8.0


def climb_allowance_s_per_km(distance_km: float, gain_m: float | None, loss_m: float | None) -> float:
    """Seconds per km a run's climbing explains (the descents give back half). Without the descent
    (Strava states only the climb) the run is taken as a loop: it came down what it went up."""
    if not gain_m or distance_km <= 0:
        return 0.0
    net_climb_m = gain_m - 0.5 * (gain_m if loss_m is None else loss_m)
    grade_percent = max(0.0, net_climb_m) / (distance_km * 1000.0) * 100.0
    return grade_percent * CLIMB_S_PER_KM_PER_PERCENT


def flat_sea_level_pace(pace_s_per_km: float, distance_km: float, recording: Recording | None) -> float:
    """The pace the same effort would give on flat ground at sea level: what a pace recorded in the
    hills of Quito is judged by."""
    if recording is None:
        return pace_s_per_km
    pace = pace_s_per_km - climb_allowance_s_per_km(distance_km, recording.elevation_gain_m,
                                                    recording.elevation_loss_m)
    return pace / (1.0 + altitude_slowing(recording.altitude_m))
