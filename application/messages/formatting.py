"""Plans, paces and race plans as chat text: the domain's kinds, numbers and codes, worded from the
message catalogue (application/messages/{es,en}/plans.py)."""
from __future__ import annotations

import re
from datetime import date

import attrs

from application.messages import (
    GOAL_NAMES,
    RACE_NAMES,
    SESSION_NAMES,
    has_phrase,
    name_of,
    say,
    short_date,
)
from domain.pace import KM_PER_MILE, format_clock, format_pace
from domain.plan import PlanNote, Session, SessionKind, TrainingPlan
from domain.race_day import PaceNote, RacePlan
from domain.runner import Units
from domain.season_outline import GoalFitness, SeasonOutline
from domain.vdot import VdotEstimate, predicted_race_times, training_paces

K = SessionKind

# Spanish body parts that are feminine (for "derecha"/"izquierda").
_FEMININE_ES = {"rodilla", "espinilla", "cadera", "espalda", "planta", "pantorrilla", "ingle", "muñeca"}


def km_text(km: float) -> str:
    """Kilometres with at most 2 decimals, no trailing zeros: 7.0 → '7', 12.345 → '12.35'."""
    return f"{round(km, 2):g}"


def _dist(km: float, units: Units) -> str:
    """A distance the plan prescribes, in the runner's units: miles to a tenth ("8.1 mi", never
    "8.08 mi": a plan's 13 km is no more exact than that), km as the plan wrote them."""
    return f"{round(km / KM_PER_MILE, 1):g}" if units is Units.MILES else km_text(km)


def fact_dist(km: float, units: Units) -> str:
    """A distance the runner ran, in their units, at most 2 decimals (as their watch shows it)."""
    return km_text(km / KM_PER_MILE if units is Units.MILES else km)


def _in_units(km: float, units: Units) -> float:
    return km / KM_PER_MILE if units is Units.MILES else km


def _unit(units: Units) -> str:
    return "mi" if units is Units.MILES else "km"


def _pace(fast_slow: tuple[float, float] | None, units: Units = Units.KM) -> str:
    if not fast_slow:
        return ""
    scale = KM_PER_MILE if units is Units.MILES else 1.0
    fast, slow = fast_slow[0] * scale, fast_slow[1] * scale
    return format_pace((fast + slow) / 2) if abs(slow - fast) < 10 * scale else \
        f"{format_pace(fast)}–{format_pace(slow)}"


def part_with_side(part: str, side: str, language: str) -> str:
    """'tu rodilla derecha' / 'your right knee' (the injured part and side, never lost)."""
    from domain.injury import body_part_name
    name = body_part_name(part, language) or say(language, "injury_part_unknown")
    if not side:
        return say(language, "part_no_side", part=name)
    gender = "f" if part in _FEMININE_ES else "m"     # Spanish agreement; English ignores it
    return say(language, f"part_side_{side}_{gender}", part=name)


def session_description(session: Session, vdot: float, language: str,
                        units: Units = Units.KM) -> tuple[str, str]:
    """(purpose, description) of one day, distances and paces in the runner's units."""
    if session.code == "moved":
        purpose, text = session_description(attrs.evolve(session, code=""), vdot, language, units)
        return purpose, say(language, "session_moved_prefix") + text
    paces = training_paces(vdot)
    easy = _pace(paces.easy, units)
    if session.code and has_phrase(f"session_{session.code}"):
        key = session.code
    elif session.kind.is_quality and session.workout is not None:
        key = session.kind.value
        if units is Units.MILES and has_phrase(f"session_{key}_m"):
            key = f"{key}_m"          # "4 × 1000 m", never "4 × 0.62 mi"
    else:
        key = session.kind.value if has_phrase(f"session_{session.kind.value}") else "rest"
    w = session.workout
    values: dict[str, object] = {"km": _dist(session.distance_km, units), "easy": easy, "u": _unit(units),
                                 "pace": _pace(session.pace_s_per_km, units),
                                 "mp": _pace((paces.marathon, paces.marathon), units)}
    if w is not None:
        values.update(reps=w.reps, rep=_dist(w.rep_km, units), rep_m=round(w.rep_km * 1000),
                      rec=f"{w.recovery_min:g}", warm=_dist(w.warmup_km, units), cool=_dist(w.cooldown_km, units),
                      work=_dist(w.reps * w.rep_km, units))
    else:
        values.update(reps=0, rep="0", rep_m=0, rec="0", warm="0", cool="0", work=values["km"])
    purpose_key = f"purpose_{key}" if has_phrase(f"purpose_{key}") else f"purpose_{session.kind.value}"
    purpose = say(language, purpose_key) if has_phrase(purpose_key) else ""
    return purpose, say(language, f"session_{key}", **values)


_KM_WORD = re.compile(r"(\d) km\b")
_KM_AMOUNT = re.compile(r"(\d+(?:\.\d+)?) km\b")
_PER_KM = re.compile(r"(\d+:\d\d)(?:–(\d+:\d\d))?/km\b")


def in_runner_units(text: str, units: Units) -> str:
    """A text worded in km and min/km, in the runner's units: '10 km … (4:51/km)' → '6.21 mi …
    (7:49/mi)'. Every distance and pace a runner on miles reads goes through it."""
    if units is not Units.MILES:
        return text

    def pace(m: re.Match[str]) -> str:
        def one(clock: str) -> str:
            mins, secs = clock.split(":")
            return format_pace((int(mins) * 60 + int(secs)) * KM_PER_MILE)
        return one(m.group(1)) + (f"–{one(m.group(2))}" if m.group(2) else "") + "/mi"
    text = _PER_KM.sub(pace, text)
    return _KM_AMOUNT.sub(lambda m: f"{round(float(m.group(1)) / KM_PER_MILE, 1):g} mi", text)


def note_text(note: PlanNote, language: str, units: Units = Units.KM) -> str:
    """One adaptation, in the runner's words and units."""
    params = dict(note.params)
    if units is Units.MILES:
        for key in ("km", "done", "planned"):
            if key in params and params[key]:
                try:
                    params[key] = _dist(float(params[key]), units)
                except ValueError:
                    pass
    if "part" in params:
        params["part_side"] = part_with_side(params["part"], params.get("side", ""), language)
        flags = [say(language, f"flag_{f}") for f in params.get("flags", "").split(",") if f]
        params["flags_text"] = (say(language, "flags_intro", flags=", ".join(flags)) if flags else "")
    for key in ("day", "to", "race_day"):
        if params.get(key):
            params[key] = short_date(date.fromisoformat(params[key]), language)
    if "kind" in params:
        params["kind"] = name_of(SESSION_NAMES, params["kind"], language)
    text = say(language, f"note_{note.code}", **params)
    return _KM_WORD.sub(r"\1 mi", text) if units is Units.MILES else text


def render_plan(plan: TrainingPlan, language: str, units: Units = Units.KM) -> TrainingPlan:
    """The plan with its sessions' purpose/description and its adaptations worded (for storage
    and for both coaches)."""
    sessions = []
    for s in plan.sessions:
        purpose, description = session_description(s, plan.vdot, language, units)
        sessions.append(attrs.evolve(s, purpose=purpose, description=description))
    # A plan read back from the store has no notes (only their words): keep its adaptations.
    adaptations = [note_text(n, language, units) for n in plan.notes] if plan.notes else list(plan.adaptations)
    return attrs.evolve(plan, sessions=sessions, adaptations=adaptations)


def session_text(session: Session, language: str, detailed: bool = False, units: Units = Units.KM) -> str:
    """One line of a plan. Workouts show their structure (reps and paces): a single pace for a
    whole interval session would mislead. ``detailed`` adds the how and the why, for 'today'."""
    text = name_of(SESSION_NAMES, session.kind, language)
    if session.distance_km:
        text += f" {_dist(session.distance_km, units)} {_unit(units)}"
    if (detailed or session.kind.is_quality or session.code) and session.description:
        text += f": {session.description}"
    elif session.pace_s_per_km:
        text += f" @ {_pace(session.pace_s_per_km, units)}/{_unit(units)}"
    if detailed and session.purpose:
        text += f" {session.purpose}"
    return text


def plan_text(plan: TrainingPlan, language: str, today: date | None = None, units: Units = Units.KM) -> str:
    lines = [say(language, "plan_header", start=short_date(plan.start, language),
                 end=short_date(plan.end, language), km=_dist(plan.total_km, units), u=_unit(units),
                 vdot=f"{plan.vdot:.1f}")]
    for s in plan.sessions:
        marker = "👉 " if s.date == today else ""
        lines.append(f"{marker}{short_date(s.date, language)} · {session_text(s, language, units=units)}")
    if plan.adaptations:
        lines.append("")
        lines.extend(f"⚠️ {a}" for a in plan.adaptations)
    return "\n".join(lines)


def paces_text(vdot: float, language: str, units: Units = Units.KM) -> str:
    paces = training_paces(vdot)
    table = paces.per_mile() if units is Units.MILES else paces.per_km()
    text = say(language, "paces", vdot=f"{vdot:.1f}", unit=units.value, **table)
    times = predicted_race_times(vdot)
    shown = ", ".join(f"{name_of(RACE_NAMES, k, language)} {format_clock(times[k])}"
                      for k in ("5k", "10k", "half", "marathon") if k in times)
    return text + "\n" + say(language, "predictions", times=shown)


def pace_check_text(verdict: str, zone: str, asked_s_per_km: float, zone_range: tuple[float, float],
                    language: str, units: Units = Units.KM) -> str:
    """"8:30/mi is faster than your easy pace (9:55–11:08/mi)…": a pace asked about, against its zone."""
    scale, unit = (KM_PER_MILE, "mi") if units is Units.MILES else (1.0, "km")
    fast, slow = (format_pace(v * scale) for v in zone_range)
    shown = f"{fast}–{slow}/{unit}" if fast != slow else f"{fast}/{unit}"
    key = f"pace_check_easy_{verdict}" if zone == "easy" else f"pace_check_{verdict}"
    return say(language, key, asked=f"{format_pace(asked_s_per_km * scale)}/{unit}", range=shown,
               zone=say(language, f"pace_zone_{zone}"))


def pace_note_text(note: PaceNote, language: str, units: Units = Units.KM) -> str:
    p = note.params
    return in_runner_units(say(language, f"pace_note_{note.code}", typical=format_pace(float(p["typical"])),
                               fast=format_pace(float(p["fast"])), slow=format_pace(float(p["slow"])),
                               runs=p["runs"]), units)


def race_plan_text(plan: RacePlan, vdot: float, language: str, units: Units = Units.KM) -> str:
    goal = name_of(GOAL_NAMES, plan.goal, language)
    lines = [say(language, "race_plan_header", goal=goal, vdot=f"{vdot:.1f}", predicted=format_clock(plan.predicted_s))]
    lines.append(say(language, f"race_plan_{plan.code}", goal_time=format_clock(plan.goal_s or 0),
                     predicted=format_clock(plan.predicted_s), target=format_clock(plan.target_s)))
    first, last = plan.splits[0], plan.splits[-1]
    if plan.negative:
        lines.append(say(language, "race_plan_negative", first=format_pace(first.pace_s_per_km),
                         second=format_pace(last.pace_s_per_km)))
    else:
        lines.append(say(language, "race_plan_even", pace=format_pace(first.pace_s_per_km)))
    if units is Units.MILES:
        lines.append(" · ".join(say(language, "race_plan_split_mi", mi=km_text(s.km / KM_PER_MILE),
                                    elapsed=format_clock(s.elapsed_s)) for s in plan.splits))
        return in_runner_units("\n".join(lines), units)
    lines.append(" · ".join(say(language, "race_plan_split", km=km_text(s.km), elapsed=format_clock(s.elapsed_s))
                            for s in plan.splits))
    return "\n".join(lines)


def fitness_text(estimate: VdotEstimate, language: str, units: Units = Units.KM) -> str:
    """Where the VDOT comes from, worded from the estimate's code (and the outliers left out)."""
    params = dict(estimate.params)
    if params.get("day"):
        params["day"] = short_date(date.fromisoformat(params["day"]), language)
    params.setdefault("vdot", f"{estimate.vdot:.1f}")
    text = say(language, f"vdot_{estimate.code}", **params)
    if params.get("days_off"):
        text += " " + say(language, "vdot_time_off", **params)
    if estimate.rejected:
        text += " " + say(language, "vdot_rejected", count=len(estimate.rejected))
    return in_runner_units(text, units)


def season_text(outline: SeasonOutline | None, goal: GoalFitness | None, language: str,
                units: Units = Units.KM) -> str:
    """The season at a glance (phases, biggest week, longest run, taper) and the goal's fitness."""
    lines: list[str] = []
    if outline is None:
        lines.append(say(language, "season_none"))
    else:
        lines.append(say(language, "season_header", goal=name_of(GOAL_NAMES, outline.goal, language),
                         race_day=short_date(outline.race_date, language), weeks=len(outline.weeks)))
        for phase, start, end in outline.phases():
            lines.append(say(language, "season_phase", phase=say(language, f"season_phase_{phase.value}"),
                             start=short_date(start, language), end=short_date(end, language)))
        u = _unit(units)
        lines.append(say(language, "season_peak", day=short_date(outline.peak.start, language),
                         km=f"{round(_in_units(outline.peak.km, units)):g}", u=u))
        if outline.longest.long_km > 0:
            lines.append(say(language, "season_longest", km=f"{round(_in_units(outline.longest.long_km, units), 1):g}", u=u,
                             day=short_date(outline.longest.start, language)))
        if outline.taper_start is not None:
            lines.append(say(language, "season_taper", day=short_date(outline.taper_start, language)))
    if goal is not None:
        lines.append("")
        lines.append(goal_fitness_text(goal, language, units))
    if outline is not None:
        lines.append(say(language, "season_note"))
    return "\n".join(lines)


def goal_fitness_text(goal: GoalFitness, language: str, units: Units = Units.KM) -> str:
    """How far the goal is, whether the weeks left make it realistic, and the paces trained at."""
    values = {"goal_time": format_clock(goal.goal_s or 0), "target": f"{goal.target_vdot or 0:.1f}",
              "vdot": f"{goal.vdot:.1f}", "gap": f"{goal.gap:.1f}", "weeks": goal.weeks_left,
              "reachable": f"{goal.reachable_vdot:.1f}", "aim": format_clock(goal.aim_s),
              "predicted": format_clock(goal.predicted_s)}
    if goal.goal_s is None:
        key = "goal_fitness_no_goal"
    elif goal.gap <= 0:
        key = "goal_fitness_reached"
    else:
        key = "goal_fitness_realistic" if goal.realistic else "goal_fitness_unrealistic"
    paces = training_paces(goal.vdot)
    table = paces.per_mile() if units is Units.MILES else paces.per_km()
    return say(language, key, **values) + " " + say(language, "goal_fitness_paces", u=_unit(units), **table)
