"""What a tool result shows of runs, sessions, plans and injuries: compact JSON-ready dicts."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from application.messages import WEEKDAYS
from application.understanding.body import body_parts_in
from application.understanding.text import fold
from domain.injury import Injury
from domain.pace import format_clock, format_pace
from domain.plan import Session, TrainingPlan
from domain.run import Run


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


def _pace_range(pace: tuple[float, float] | None) -> str | None:
    if not pace:
        return None
    fast, slow = pace
    return format_pace(fast) if abs(slow - fast) < 3 else f"{format_pace(fast)}-{format_pace(slow)}"


def run_json(run: Run) -> dict[str, Any]:
    return _clean({
        "date": run.date.isoformat(),
        "distance_km": round(run.distance_km, 2),
        "duration": format_clock(run.duration_s) if run.duration_s else None,
        "pace_per_km": format_pace(run.pace_s_per_km) if run.pace_s_per_km else None,
        "rpe": run.perceived_effort,
        "mood": run.mood,
        "aches": run.aches,
        "weather": run.weather,
    })


def session_json(session: Session, language: str) -> dict[str, Any]:
    return _clean({
        "date": session.date.isoformat(),
        "day": WEEKDAYS.get(language, WEEKDAYS["es"])[session.date.weekday()],
        "kind": session.kind.value,
        "km": session.distance_km or None,
        "pace_per_km": _pace_range(session.pace_s_per_km),
        "purpose": session.purpose,
    })


def plan_json(plan: TrainingPlan, language: str, today: date | None = None) -> dict[str, Any]:
    sessions = [s for s in plan.sessions if today is None or s.date >= today]
    return _clean({
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat(),
        "total_km": plan.total_km,
        "week_km": [plan.week_km(0), plan.week_km(1)],
        "vdot": round(plan.vdot, 1),
        "adaptations": list(plan.adaptations),
        "sessions": [session_json(s, language) for s in sessions],
    })


def injury_json(injury: Injury) -> dict[str, Any]:
    return _clean({
        "body_part": injury.body_part,
        "severity": injury.severity.value,
        "since": injury.reported_on.isoformat() if injury.reported_on else None,
        "resolved_on": injury.resolved_on.isoformat() if injury.resolved_on else None,
        "description": injury.description,
    })


def _canonical_part(text: str) -> str:
    found = body_parts_in(text)
    return found[0] if found else fold(text).strip()


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)


