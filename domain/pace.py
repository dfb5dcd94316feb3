"""Pace and time formatting as a coach writes them (mm:ss per km, h:mm:ss for races)."""
from __future__ import annotations

KM_PER_MILE = 1.609344


def format_clock(seconds: float) -> str:
    total = int(round(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_pace(seconds_per_km: float) -> str:
    """A pace per km as mm:ss, e.g. 330.0 -> '5:30'."""
    total = int(round(seconds_per_km))
    m, s = divmod(total, 60)
    return f"{m}:{s:02d}"


def per_mile(seconds_per_km: float) -> float:
    return seconds_per_km * KM_PER_MILE
