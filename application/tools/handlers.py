"""One handler per tool: (tools, runner, args, today, message) -> (JSON payload, typed value).

The payload is what a language model reads; the value is what the offline coach words. Both
coaches reach the application only through these, so a rule (a future date, a duplicate run, a
body part's canonical name) is applied once, whoever calls.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from application.messages.formatting import fitness_text, pace_note_text, race_plan_text, season_text
from application.tools.arguments import (
    ConnectStravaArgs,
    CorrectRunArgs,
    DeleteRunArgs,
    GeneratePlanArgs,
    GetFitnessArgs,
    GetProgressArgs,
    GetSeasonArgs,
    GetSessionsArgs,
    LogCrossTrainingArgs,
    LogRunArgs,
    RecordInjuryArgs,
    RecordMissedSessionArgs,
    ResolveInjuryArgs,
    RunningKnowledgeArgs,
    SearchMemoryArgs,
    SetRaceArgs,
    SetScheduleArgs,
    ShouldIRunArgs,
    UpdateInjuryArgs,
    UpdateProfileArgs,
)
from application.tools.parsing import ArgumentError
from application.tools.views import canonical_part, clean, injury_json, plan_json, run_json, session_json
from application.training.local_time import local_day
from application.training.log_run import RunDetails, week_runs
from application.understanding.safety import says_seen_by_professional
from domain.milestones import milestones_against, week_km
from domain.pace import format_clock, format_pace
from domain.runner import Runner, long_run_day_for
from domain.vdot import plausible_goal_time

if TYPE_CHECKING:
    from application.tools.toolbox import CoachTools

Handler = Callable[["CoachTools", Runner, Any, date, "str | None"], tuple[dict[str, Any], Any]]
HANDLERS: dict[str, Handler] = {}

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def handles(cls: type) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[getattr(cls, "tool")] = fn   # noqa: B009 (a ClassVar of every argument class)
        return fn
    return register


def _not_future(field: str, day: date | None, today: date) -> None:
    if day is not None and day > today:
        raise ArgumentError(f"{field}: {day.isoformat()} is after today ({today.isoformat()}); "
                            f"only what was already done can be logged")


def _minutes_to_s(minutes: float | None) -> int | None:
    return int(round(minutes * 60)) if minutes is not None else None


# --- runs ------------------------------------------------------------------------------------------

@handles(LogRunArgs)
def log_run(tools: CoachTools, runner: Runner, args: LogRunArgs, today: date, message: str | None):
    _not_future("day", args.day, today)
    parts: list[str] = []
    for ache in args.aches:
        part = canonical_part(ache)
        if part and part not in parts:
            parts.append(part)
    details = RunDetails(
        distance_km=args.distance_km, day=args.day, duration_s=_minutes_to_s(args.duration_min),
        perceived_effort=args.rpe, mood=args.mood, aches=", ".join(parts) or None,
        notes=args.notes or (message or "").strip() or None, weather=args.weather, ache_parts=parts,
        is_race=args.is_race,
    )
    logged = tools.log_run(runner, details, today, confirmed=args.confirmed)
    run = logged.run
    result: dict[str, Any] = {"logged": True, "run": run_json(run)}
    if logged.new_injuries:
        result["new_injuries"] = [i.body_part for i in logged.new_injuries]
    # Aggregated by the store (count, longest, fastest pace): never the whole history.
    since = _year_before(today)      # the offline coach's year too: one aggregate per message
    earlier = tools.runs.records(runner.id, since=since, exclude=[run.id])
    result["runs_logged_total"] = earlier.runs + (run.date >= since)
    result["week_km"] = week_km(run, week_runs(tools.runs, runner.id, run.date))
    records = milestones_against(run, earlier)
    if records:
        # Something to celebrate: the model is told, with the record it beat.
        result["records"] = [{"kind": m.kind.value, "previous_best": round(m.previous_best, 1)} for m in records]
    plan = tools.active_plan(runner)
    planned = plan.session_on(run.date) if plan else None
    if planned is not None:
        result["planned_that_day"] = session_json(planned, runner.language)
    elif plan is None:
        result["active_plan"] = None
    return result, logged


@handles(LogCrossTrainingArgs)
def log_cross_training(tools: CoachTools, runner: Runner, args: LogCrossTrainingArgs, today: date,
                       message: str | None):
    _not_future("day", args.day, today)
    activity = tools.log_cross_training(runner, args.activity, args.minutes, args.distance_km,
                                        args.day or today, args.rpe, (message or "").strip() or None)
    return {"logged": True, "cross_training": clean({
        "activity": activity.activity.value if hasattr(activity.activity, "value") else activity.activity,
        "date": activity.day.isoformat(), "minutes": activity.minutes, "distance_km": activity.distance_km,
        "note": "counted apart from running km",
    })}, activity


@handles(CorrectRunArgs)
def correct_run(tools: CoachTools, runner: Runner, args: CorrectRunArgs, today: date, message: str | None):
    _not_future("new_day", args.new_day, today)
    if args.distance_km is None and args.duration_min is None and args.new_day is None:
        raise ArgumentError("give at least one of distance_km, duration_min, new_day")
    change = tools.correct_run(runner, args.day, today, logged_km=args.logged_km, distance_km=args.distance_km,
                               duration_s=_minutes_to_s(args.duration_min), new_day=args.new_day,
                               confirmed=args.confirmed)
    after = run_json(change.run) if change.run is not None else None
    return {"corrected": True, "before": run_json(change.before), "after": after,
            "plan_rebuilt": change.plan_rebuilt}, change


@handles(DeleteRunArgs)
def delete_run(tools: CoachTools, runner: Runner, args: DeleteRunArgs, today: date, message: str | None):
    change = tools.delete_run(runner, args.day, today, logged_km=args.logged_km)
    return {"deleted": True, "run": run_json(change.before), "plan_rebuilt": change.plan_rebuilt}, change


# --- the plan --------------------------------------------------------------------------------------

@handles(RecordMissedSessionArgs)
def record_missed_session(tools: CoachTools, runner: Runner, args: RecordMissedSessionArgs, today: date,
                          message: str | None):
    missed = tools.record_missed(runner, args.day or today, today, args.reason)
    return clean({
        "missed": session_json(missed.session, runner.language) if missed.session else None,
        "moved_to": missed.moved_to.isoformat() if missed.moved_to else None,
        "dropped": missed.dropped,
        "active_plan": None if missed.session is None and not missed.had_plan else True,
    }) | {"recorded": True}, missed


@handles(GetSessionsArgs)
def get_sessions(tools: CoachTools, runner: Runner, args: GetSessionsArgs, today: date, message: str | None):
    days = tools.sessions(runner, args.day or today, args.days, today)
    return {"days": [clean({
        "date": d.day.isoformat(),
        "planned": session_json(d.session, runner.language) if d.session else None,
        "logged": [run_json(r) for r in d.runs],
        "done": d.done,
    }) for d in days], "active_plan": bool(tools.active_plan(runner))}, days


@handles(ShouldIRunArgs)
def should_i_run(tools: CoachTools, runner: Runner, args: ShouldIRunArgs, today: date, message: str | None):
    verdict = tools.should_i_run(runner, args.day or today, args.soreness or 0)
    return clean({
        "advice": verdict.advice.value,
        "reasons": [r.value for r in verdict.reasons],
        "planned": session_json(verdict.session, runner.language) if verdict.session else None,
        "injury": injury_json(verdict.injury) if verdict.injury else None,
        "already_run_km": verdict.done_km or None,
    }), verdict


@handles(GeneratePlanArgs)
def generate_plan(tools: CoachTools, runner: Runner, args: GeneratePlanArgs, today: date, message: str | None):
    generated = tools.generate_plan(runner, today)
    estimate = generated.estimate
    return {
        "plan": plan_json(generated.plan, runner.language),
        "vdot_source": estimate.source,
        "vdot_explanation": fitness_text(estimate, runner.language, runner.units),
        "pace_note": pace_note_text(generated.pace_note, runner.language, runner.units)
        if generated.pace_note else None,
        "race_plan": race_plan_text(generated.race, estimate.vdot, runner.language, runner.units)
        if generated.race else None,
    }, generated


@handles(GetProgressArgs)
def get_progress(tools: CoachTools, runner: Runner, args: GetProgressArgs, today: date, message: str | None):
    summary = tools.get_progress(runner, today, args.days)
    data = summary.as_dict()
    pace = data.pop("average_pace_s_per_km", None)
    data["average_pace_per_km"] = format_pace(pace) if pace else None
    data["total_time"] = format_clock(data.pop("total_time_s")) if summary.total_time_s else None
    for key in ("average_effort", "vdot"):
        if data.get(key) is not None:
            data[key] = round(data[key], 1)
    return {"progress": {k: v for k, v in data.items() if v is not None}}, summary


@handles(GetFitnessArgs)
def get_fitness(tools: CoachTools, runner: Runner, args: GetFitnessArgs, today: date, message: str | None):
    fitness = tools.fitness_report(runner, today)
    return fitness.as_dict(), fitness


@handles(GetSeasonArgs)
def get_season(tools: CoachTools, runner: Runner, args: GetSeasonArgs, today: date, message: str | None):
    view = tools.season(runner, today)
    data = view.as_dict()
    data["text"] = season_text(view.outline, view.goal, runner.language, runner.units)
    return data, view


# --- the profile -----------------------------------------------------------------------------------

@handles(SetRaceArgs)
def set_race(tools: CoachTools, runner: Runner, args: SetRaceArgs, today: date, message: str | None):
    if args.race_date is not None and args.race_date <= today:
        raise ArgumentError(f"race_date: {args.race_date.isoformat()} is not in the future")
    goal = args.goal_race or runner.goal_race
    if args.goal_time_min and goal is not None and not plausible_goal_time(goal.distance_km, args.goal_time_min * 60):
        raise ArgumentError(f"goal_time_min: {args.goal_time_min:g} min is not a goal time for {goal.distance_km:g} km")
    changes: dict[str, Any] = {"goal_race": args.goal_race, "race_date": args.race_date, "race_name": args.race_name,
                               "goal_time_s": _minutes_to_s(args.goal_time_min), "has_race": args.has_race}
    if args.has_race is False:
        changes.update(race_date=None, race_name=None, goal_time_s=None)
        applied = tools.update_profile(runner, {"has_race": False}, clear=("race_date", "race_name", "goal_time_s"))
    else:
        changes = {k: v for k, v in changes.items() if v is not None}
        if args.no_goal_time and not args.goal_time_min:
            # "ya no quiero 4:30, con terminar feliz me conformo": the race stays, its goal time goes.
            cleared = tools.update_profile(runner, changes, clear=("goal_time_s",))
            return {"updated": _shown(cleared)}, cleared
        if not changes:
            raise ArgumentError("give the race distance, date, name or goal time, no_goal_time, or has_race=false")
        changes.setdefault("has_race", True)
        # Another race (a new distance, date or name): the old one's name, date and goal time don't carry over.
        # (A date or a name given where there was none completes the same race.)
        new_race = (runner.race_date is not None and args.race_date not in (None, runner.race_date)
                    or runner.race_name is not None and args.race_name not in (None, runner.race_name)
                    or args.goal_race not in (None, runner.goal_race))
        stale = tuple(f for f, given in (("race_name", args.race_name), ("goal_time_s", args.goal_time_min),
                                         ("race_date", args.race_date))
                      if new_race and given is None)
        applied = tools.update_profile(runner, changes, clear=stale)
    return {"updated": _shown(applied)}, applied


@handles(SetScheduleArgs)
def set_schedule(tools: CoachTools, runner: Runner, args: SetScheduleArgs, today: date, message: str | None):
    changes: dict[str, Any] = {}
    if args.run_days:
        changes["run_days"] = tuple(sorted({_weekday(d) for d in args.run_days}))
    if args.long_run_day:
        changes["long_run_day"] = _weekday(args.long_run_day)
    if args.units is not None:
        changes["units"] = args.units
    if not changes:
        raise ArgumentError("give run_days, long_run_day or units")
    days = changes.get("run_days", runner.run_days)
    if "long_run_day" in changes and days and changes["long_run_day"] not in days:
        changes["run_days"] = tuple(sorted({*days, changes["long_run_day"]}))
    if "run_days" in changes:
        changes["weekly_frequency"] = len(changes["run_days"])
        if "long_run_day" not in changes and runner.long_run_day is not None:
            changes["long_run_day"] = long_run_day_for(changes["run_days"], runner.long_run_day)
    applied = tools.update_profile(runner, changes)
    return {"updated": _shown(applied)}, applied


def _weekday(name: str) -> int:
    wanted = name.strip().lower()
    for number, day in enumerate(WEEKDAY_NAMES):
        if wanted in (day, day[:3]):
            return number
    raise ArgumentError(f"{name!r} is not a weekday (monday … sunday)")


def _shown(applied: dict[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in applied.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif key in ("run_days", "long_run_day") and value is not None:
            value = [WEEKDAY_NAMES[d] for d in value] if isinstance(value, tuple) else WEEKDAY_NAMES[value]
        shown[key] = getattr(value, "value", value)
    return shown


@handles(UpdateProfileArgs)
def update_profile(tools: CoachTools, runner: Runner, args: UpdateProfileArgs, today: date, message: str | None):
    changes = {
        "name": args.name, "age": args.age, "goal_race": args.goal_race,
        "weekly_frequency": args.weekly_frequency, "fitness_level": args.fitness_level,
        "motivation": args.motivation, "injury_history": args.injury_history,
        "timezone": args.timezone, "language": args.language, "weekly_km": args.weekly_km,
        "longest_run_km": args.longest_run_km,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise ArgumentError("give at least one field to change")
    if "timezone" in changes:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(str(changes["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            raise ArgumentError(f"timezone: {changes['timezone']!r} is not an IANA timezone") from None
    applied = tools.update_profile(runner, changes)
    return {"updated": _shown(applied)}, applied


# --- injuries --------------------------------------------------------------------------------------

@handles(RecordInjuryArgs)
def record_injury(tools: CoachTools, runner: Runner, args: RecordInjuryArgs, today: date, message: str | None):
    part = canonical_part(args.body_part)
    if not part:
        raise ArgumentError("body_part: must name a body part")
    outcome = tools.record_injury(
        runner, part, args.severity, args.description or (message or "").strip(), today,
        side=_side(args.side), pain=args.pain, pain_walking=args.pain_walking, swelling=args.swelling,
        sharp=args.sharp, since_days=args.since_days, trigger=args.trigger,
    )
    result: dict[str, Any] = {"injury": injury_json(outcome.injury),
                              "red_flags": list(outcome.red_flags),
                              "plan_adapted": outcome.adapted_plan is not None}
    if outcome.adapted_plan is not None:
        result["adaptations"] = list(outcome.adapted_plan.adaptations)
        upcoming = [s for s in outcome.adapted_plan.sessions if s.date >= today][:3]
        result["next_sessions"] = [session_json(s, runner.language) for s in upcoming]
    return result, outcome


def _side(text: str | None) -> str | None:
    if not text:
        return None
    word = text.strip().lower()
    if word in ("left", "izquierda", "izquierdo", "izq"):
        return "left"
    if word in ("right", "derecha", "derecho", "der"):
        return "right"
    raise ArgumentError(f"side: {text!r} is not left or right")


@handles(UpdateInjuryArgs)
def update_injury(tools: CoachTools, runner: Runner, args: UpdateInjuryArgs, today: date, message: str | None):
    status = args.status.strip().lower()
    if status not in ("better", "worse", "same", "healed"):
        raise ArgumentError("status: one of better, worse, same, healed")
    part = canonical_part(args.body_part) if args.body_part else None
    outcome = tools.update_injury(runner, part, status, today, pain=args.pain, side=_side(args.side),
                                  trigger=args.trigger, pain_walking=args.pain_walking, swelling=args.swelling,
                                  note=(message or "").strip() or None,
                                  seen_by_professional=says_seen_by_professional(message or ""))
    return clean({"injury": injury_json(outcome.injury) if outcome.injury else None,
                  "status": status, "plan_adapted": outcome.adapted_plan is not None,
                  "see_professional": outcome.see_professional,
                  "note": None if outcome.injury else "no open injury matched"}), outcome


@handles(ResolveInjuryArgs)
def resolve_injury(tools: CoachTools, runner: Runner, args: ResolveInjuryArgs, today: date, message: str | None):
    part = canonical_part(args.body_part) if args.body_part else None
    resolved = tools.resolve_injury(runner, part, today)
    result: dict[str, Any] = {"resolved": [i.body_part for i in resolved]}
    if not resolved:
        result["note"] = "no open injury matched"
    return result, resolved


# --- memory and knowledge --------------------------------------------------------------------------

@handles(SearchMemoryArgs)
def search_memory(tools: CoachTools, runner: Runner, args: SearchMemoryArgs, today: date, message: str | None):
    if not args.query.strip():
        raise ArgumentError("query: must not be empty")
    found = tools.search_memory(runner, args.query, args.k)
    return {"memories": [clean({
        "date": local_day(runner, hit.document.created_at).isoformat(),
        "kind": hit.document.kind.value,
        "text": hit.document.text,
        "score": round(hit.score, 2),
    }) for hit in found]}, found


@handles(RunningKnowledgeArgs)
def running_knowledge(tools: CoachTools, runner: Runner, args: RunningKnowledgeArgs, today: date,
                      message: str | None):
    if not args.question.strip():
        raise ArgumentError("question: must not be empty")
    found = tools.knowledge(args.question, runner.language)
    if found is None:
        return {"found": False, "note": "not in the coach's knowledge base: answer briefly and carefully, "
                                         "or say you don't know"}, None
    return {"found": True, "topic": found.topic, "answer": found.text}, found


# --- Strava (issue 24) -----------------------------------------------------------------------------

@handles(ConnectStravaArgs)
def connect_strava(tools: CoachTools, runner: Runner, args: ConnectStravaArgs, today: date, message: str | None):
    """The link to connect Strava (valid 15 minutes), a disconnection, or "not set up"."""
    sync = tools.strava_case
    if sync is None or not sync.set_up:
        return {"set_up": False, "say": "Strava is not switched on for this coach: the runner can send the "
                                        ".fit/.gpx/.tcx file of a run in the chat instead"}, None
    if args.disconnect:
        return {"disconnected": bool(sync.disconnect(runner))}, False
    url = sync.connect_link(runner)
    return {"url": url, "expires_minutes": 15}, url


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:          # 29 February
        return day - timedelta(days=365)
