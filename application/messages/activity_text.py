"""The reply to a run from the watch: "✅ 10.2 km en 52:10 (5:07/km), +145 m, FC media 152 · el km
más rápido el 9 (4:48)", then the laps of an interval workout and what the coach noticed."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from application.messages import say, short_date
from application.messages.formatting import _unit, fact_dist
from domain.activity import MILE_M, THRESHOLD_HR_FRACTION, Lap, max_hr_for_age
from domain.pace import format_clock, format_pace, per_mile
from domain.run import Run
from domain.runner import Runner, Units

# Laps the watch made by itself every km (or mile) are not intervals.
AUTO_LAP_TOLERANCE = 0.03
MAX_LAPS_SHOWN = 12
# The fastest km is named when it was this much faster than the run's average pace (s/km).
FASTEST_WORTH_SAYING_S = 3.0


def _pace(seconds_per_km: float, units: Units) -> str:
    return format_pace(per_mile(seconds_per_km) if units is Units.MILES else seconds_per_km)


def run_summary(run: Run, language: str, units: Units = Units.KM) -> str:
    """"10.2 km en 52:10 (5:07/km), +145 m, FC media 152 · el km más rápido el 9 (4:48)"."""
    unit = _unit(units)
    if run.duration_s is None or run.pace_s_per_km is None:
        text = say(language, "activity_summary_untimed", distance=fact_dist(run.distance_km, units), unit=unit)
    else:
        text = say(language, "activity_summary", distance=fact_dist(run.distance_km, units), unit=unit,
                   time=format_clock(run.duration_s), pace=_pace(run.pace_s_per_km, units))
    recording = run.recording
    if recording is None:
        return text
    extras = []
    if recording.elevation_gain_m is not None and recording.elevation_gain_m >= 1:
        extras.append(say(language, "activity_climb", gain=round(recording.elevation_gain_m)))
    if recording.avg_hr:
        extras.append(say(language, "activity_hr", hr=recording.avg_hr))
    if extras:
        text += ", " + ", ".join(extras)
    split = recording.fastest_mile if units is Units.MILES else recording.fastest_split
    if split is not None and run.pace_s_per_km is not None and \
            split.pace_s_per_km <= run.pace_s_per_km - FASTEST_WORTH_SAYING_S:   # even splits: nothing to say
        key = "activity_fastest_mile" if units is Units.MILES else "activity_fastest_km"
        pace = split.duration_s / (split.distance_km * 1000.0 / MILE_M) if units is Units.MILES \
            else split.pace_s_per_km
        text += " · " + say(language, key, index=split.index, pace=format_pace(pace))
    return text


def intervals(laps: Sequence[Lap]) -> list[Lap]:
    """The laps of an interval workout; none when the watch lapped by itself every km or mile."""
    if len(laps) < 2:
        return []
    body = laps[:-1]
    for unit_km in (1.0, MILE_M / 1000.0):
        if all(abs(lap.distance_km - unit_km) <= AUTO_LAP_TOLERANCE * unit_km for lap in body):
            return []
    return list(laps)


def _lap_text(lap: Lap, units: Units) -> str:
    distance = f"{round(lap.distance_km * 1000):d} m" if lap.distance_km < 1 else f"{fact_dist(lap.distance_km, units)} {_unit(units)}"
    pace = f" ({_pace(lap.pace_s_per_km, units)}/{_unit(units)})" if lap.pace_s_per_km else ""
    return f"{distance} {format_clock(lap.duration_s)}{pace}"


def activity_reply(run: Run, outcome: str, notes: Sequence[str], runner: Runner, today: date,
                   flat_pace_s_per_km: float | None = None) -> str:
    language, units = runner.language, runner.units
    summary = run_summary(run, language, units)
    day = short_date(run.date, language)
    if outcome == "completed":
        text = say(language, "activity_completed", day=day, summary=summary)
    elif outcome == "updated":
        text = say(language, "activity_updated", day=day, summary=summary)
    elif run.date != today:
        text = say(language, "activity_logged_on", day=day, summary=summary)
    else:
        text = say(language, "activity_logged", summary=summary)
    lines = [text]
    laps = intervals(run.recording.laps) if run.recording else []
    if laps:
        shown = ", ".join(_lap_text(lap, units) for lap in laps[:MAX_LAPS_SHOWN])
        lines.append(say(language, "activity_intervals", laps=shown + (" …" if len(laps) > MAX_LAPS_SHOWN else "")))
    for note in notes:
        if note == "race_evidence":
            lines.append(say(language, "activity_note_race_evidence"))
        elif note == "easy_at_threshold" and run.recording and runner.age:
            lines.append(say(language, "activity_note_easy_at_threshold", hr=run.recording.avg_hr,
                             limit=round(THRESHOLD_HR_FRACTION * max_hr_for_age(runner.age))))
        elif note == "altitude" and flat_pace_s_per_km and run.recording:
            gain = run.recording.elevation_gain_m
            values = dict(altitude=_thousands(run.recording.altitude_m or 0, language),
                          flat=_pace(flat_pace_s_per_km, units), unit=_unit(units))
            if gain and gain >= 1:
                lines.append(say(language, "activity_note_altitude", gain=round(gain), **values))
            else:
                lines.append(say(language, "activity_note_altitude_only", **values))
    return "\n".join(lines)


def sport_name(sport: str, language: str) -> str:
    key = {"cycling": "activity_sport_cycling", "swimming": "activity_sport_swimming",
           "walking": "activity_sport_walking", "hiking": "activity_sport_walking"}.get(sport, "activity_sport_other")
    return say(language, key)


def _thousands(value: float, language: str) -> str:
    """2,850 in English, 2.850 in Spanish."""
    text = f"{round(value):,}"
    return text.replace(",", ".") if language == "es" else text
