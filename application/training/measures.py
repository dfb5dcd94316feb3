"""Distances and paces in the runner's units. Stored always in km; shown in km or miles."""
from __future__ import annotations

from domain.pace import KM_PER_MILE, format_clock, format_pace
from domain.runner import Units


def distance(km: float, units: Units = Units.KM) -> str:
    """At most 2 decimals, trailing zeros dropped: "8 km", "21.1 km", "4.97 mi"."""
    value = km / KM_PER_MILE if units is Units.MILES else km
    return f"{round(value, 2):g} {units.value}"


def target(km: float, units: Units = Units.KM) -> str:
    """A distance the coach prescribes (a session, a cap, a step), to a tenth: "8.6 mi", never
    "8.57 mi" — a runner on miles plans in tenths; their own runs keep two decimals."""
    value = km / KM_PER_MILE if units is Units.MILES else km
    return f"{round(value, 1):g} {units.value}"


def pace(s_per_km: float, units: Units = Units.KM) -> str:
    seconds = s_per_km * KM_PER_MILE if units is Units.MILES else s_per_km
    return f"{format_pace(seconds)}/{units.value}"


def pace_range(fast: float, slow: float, units: Units = Units.KM) -> str:
    if abs(slow - fast) < 3:
        return pace(fast, units)
    factor = KM_PER_MILE if units is Units.MILES else 1.0
    return f"{format_pace(fast * factor)}–{format_pace(slow * factor)}/{units.value}"


def duration(seconds: float) -> str:
    return format_clock(seconds)
