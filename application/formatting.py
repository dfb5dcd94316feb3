"""Plans and paces as chat text."""
from __future__ import annotations

from datetime import date

from application.messages import RACE_NAMES, SESSION_NAMES, name_of, say, short_date
from domain.pace import format_clock, format_pace
from domain.plan import Session, TrainingPlan
from domain.vdot import predicted_race_times, training_paces


def session_text(session: Session, language: str, detailed: bool = False) -> str:
    """One line of a plan. Workouts show their structure (reps and paces): a single pace for a
    whole interval session would mislead. ``detailed`` adds the how and the why, for 'today'."""
    text = name_of(SESSION_NAMES, session.kind, language)
    if session.distance_km:
        text += f" {session.distance_km:g} km"
    if (detailed or session.kind.is_quality) and session.description:
        text += f": {session.description}"
    elif session.pace_s_per_km:
        fast, slow = session.pace_s_per_km
        pace = format_pace(fast) if abs(slow - fast) < 3 else f"{format_pace(fast)}–{format_pace(slow)}"
        text += f" @ {pace}/km"
    if detailed and session.purpose:
        text += f" {session.purpose}"
    return text


def plan_text(plan: TrainingPlan, language: str, today: date | None = None) -> str:
    lines = [say(language, "plan_header", start=short_date(plan.start, language),
                 end=short_date(plan.end, language), km=f"{plan.total_km:g}", vdot=f"{plan.vdot:.1f}")]
    for s in plan.sessions:
        marker = "👉 " if s.date == today else ""
        lines.append(f"{marker}{short_date(s.date, language)} · {session_text(s, language)}")
    if plan.adaptations:
        lines.append("")
        lines.extend(f"⚠️ {a}" for a in plan.adaptations)
    return "\n".join(lines)


def paces_text(vdot: float, language: str) -> str:
    text = say(language, "paces", vdot=f"{vdot:.1f}", **training_paces(vdot).per_km())
    times = predicted_race_times(vdot)
    shown = ", ".join(f"{name_of(RACE_NAMES, k, language)} {format_clock(times[k])}"
                      for k in ("5k", "10k", "half", "marathon") if k in times)
    return text + "\n" + say(language, "predictions", times=shown)
