"""Helpers the readers share: distance along a track of positions, and the recording of samples."""
from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from domain.activity import MILE_M, Lap, Recording, Sample, splits, summarise

# The mean Earth radius (IUGG), for the haversine distance between two fixes.
EARTH_RADIUS_M = 6_371_008.8


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def cumulative_distances(points: Sequence[tuple[float | None, float | None]]) -> list[float | None]:
    """Metres from the start at each (lat, lon); a point without a fix keeps the distance so far."""
    out: list[float | None] = []
    total = 0.0
    last: tuple[float, float] | None = None
    for lat, lon in points:
        if lat is not None and lon is not None:
            if last is not None:
                total += haversine_m(last[0], last[1], lat, lon)
            last = (lat, lon)
        out.append(total)
    return out


def _int(value: Any) -> int | None:
    return int(round(value)) if isinstance(value, (int, float)) and value > 0 else None


def recording_from(samples: Sequence[Sample], started_at: datetime | None, *, laps: Sequence[Lap] = (),
                   totals: dict[str, Any] | None = None) -> Recording:
    """The recording of a track: what the file states (``totals``) first, else what the samples give."""
    worked_out = summarise(samples) if samples else {}
    stated = {k: v for k, v in (totals or {}).items() if v is not None}
    merged = {**worked_out, **stated}
    moving = merged.get("moving_s")
    elapsed = merged.get("elapsed_s")
    gain, loss = merged.get("elevation_gain_m"), merged.get("elevation_loss_m")
    timed = bool(samples) and samples[-1].t_s > samples[0].t_s
    return Recording(
        started_at=started_at,
        moving_s=int(round(moving)) if moving else None,
        elapsed_s=int(round(elapsed)) if elapsed else None,
        elevation_gain_m=round(float(gain), 1) if gain is not None else None,
        elevation_loss_m=round(float(loss), 1) if loss is not None else None,
        avg_hr=_int(merged.get("avg_hr")), max_hr=_int(merged.get("max_hr")),
        avg_cadence_spm=_int(merged.get("avg_cadence_spm")),
        splits=tuple(splits(samples)) if timed else (),
        mile_splits=tuple(splits(samples, MILE_M)) if timed else (),
        laps=tuple(laps),
        altitude_m=round(float(merged["altitude_m"]), 1) if merged.get("altitude_m") is not None else None,
    )
