"""The plan day by day: what's on, should I run, a missed session, the whole plan, progress, paces."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from application.coach.coach_reply import CREATE_PLAN, SHOW_TODAY
from application.coach.offline.turn import Turn
from application.messages import SESSION_NAMES, name_of, reason, short_date
from application.messages.formatting import (
    fitness_text,
    pace_note_text,
    paces_text,
    part_with_side,
    plan_text,
    race_plan_text,
    season_text,
    session_text,
)
from application.tools.arguments import (
    GeneratePlanArgs,
    GetFitnessArgs,
    GetProgressArgs,
    GetSeasonArgs,
    GetSessionsArgs,
    RecordMissedSessionArgs,
    ShouldIRunArgs,
)
from application.training import measures
from application.training.sessions import DayOutlook
from application.understanding.dates import parse_day
from application.understanding.intents import wants_new_plan
from application.understanding.soreness import soreness_in
from application.understanding.text import fold, has_any
from domain.conversation import Intent

_TOMORROW = ("manana", "tomorrow", "tmrw", "tmr")
_WEEK = ("semana", "week", "semanal", "weekly")
_WILL_MISS = ("no puedo", "no podre", "no voy a poder", "no voy a entrenar", "no voy a correr", "can't",
              "cant", "cannot", "won't", "wont", "will miss", "not able")
_NEXT = ("proxima", "proximo", "siguiente", "next", "que sigue")


def session_query(turn: Turn) -> Any:
    folded = fold(turn.text)
    plan = turn.tools.active_plan(turn.runner)
    if plan is None or plan.end < turn.today:
        return _no_plan(turn, Intent.SESSION_QUERY)
    first, days = turn.today, 1
    if has_any(folded, _WEEK):
        days = 7
    elif has_any(folded, _TOMORROW) and not has_any(folded, ("pasado manana",)):
        first = turn.today + timedelta(days=1)
    elif not has_any(folded, ("hoy", "today")):
        asked = parse_day(turn.text, turn.today, prefer="future")
        if asked is not None and asked >= turn.today:
            first = asked
    outcome = turn.call(GetSessionsArgs(day=first, days=14 if has_any(folded, _NEXT) else days))
    outlooks: list[DayOutlook] = outcome.value
    label: str | None = None
    if has_any(folded, _NEXT):
        upcoming = [d for d in outlooks if d.session is not None and d.session.kind.is_run and not d.done]
        if not upcoming:
            return turn.reply(turn.say("plan_ended", end=short_date(plan.end, turn.lang)), Intent.SESSION_QUERY,
                              buttons=(CREATE_PLAN[turn.lang],))
        outlooks, label = upcoming[:1], "next_session"
    else:
        label = "week_sessions" if days == 7 else None
    lines = [turn.say(label)] if label else []
    for day in outlooks:
        lines.append(_day_line(turn, day, detailed=len(outlooks) == 1))
    return turn.reply("\n".join(lines), Intent.SESSION_QUERY)


def _day_line(turn: Turn, day: DayOutlook, detailed: bool) -> str:
    # "Hoy toca…" / "Mañana toca…" for one day asked about; a week is a list of dated lines.
    when = "day"
    if detailed:
        when = ("today" if day.day == turn.today else "tomorrow" if day.day == turn.today + timedelta(days=1)
                else "day")
    if day.session is None:
        return turn.say("no_session_that_day", day=short_date(day.day, turn.lang))
    # Done: the session's name is enough (its detail would say what to do, and that is done).
    session = session_text(day.session, turn.lang, detailed=detailed and not day.done, units=turn.units)
    if day.done:
        done = measures.distance(day.done_km, turn.units)
        if day.session.kind.is_run:
            return turn.say("session_done", day=short_date(day.day, turn.lang), session=session, done=done)
        return turn.say("ran_on_rest_day", day=short_date(day.day, turn.lang), done=done)
    if day.runs:
        return turn.say("session_partly_done", day=short_date(day.day, turn.lang), session=session,
                        done=measures.distance(day.done_km, turn.units))
    return turn.say(f"{when}_session" if when != "day" else "day_session", day=short_date(day.day, turn.lang),
                    session=session)


def _no_plan(turn: Turn, intent: Intent) -> Any:
    return turn.reply(turn.say("plan_none"), intent, buttons=(CREATE_PLAN[turn.lang],))


def should_i_run(turn: Turn) -> Any:
    asked = turn.today + timedelta(days=1) if has_any(fold(turn.text), _TOMORROW) else turn.today
    soreness = soreness_in(turn.text) if asked == turn.today else 0
    verdict = turn.call(ShouldIRunArgs(day=asked, soreness=soreness or None)).value
    values: dict[str, Any] = {}
    if verdict.session is not None:
        values["session"] = session_text(verdict.session, turn.lang, detailed=True)
    if verdict.injury is not None:
        side = getattr(verdict.injury, "side", None)
        values["part"] = part_with_side(verdict.injury.body_part, getattr(side, "value", side) or "", turn.lang)
    values["done"] = measures.distance(verdict.done_km, turn.units)
    lines = [turn.say(f"advice_{verdict.advice.value}", **values)]
    lines.extend(turn.say(f"advice_reason_{r.value}") for r in verdict.reasons
                 if r.value not in ("no_plan", "done_today", "planned_rest", "injury_severe", "injury_moderate"))
    buttons = (CREATE_PLAN[turn.lang],) if verdict.session is None and turn.ctx.active_plan is None else ()
    return turn.reply("\n".join(lines), Intent.SHOULD_I_RUN, buttons=buttons)


def missed_session(turn: Turn) -> Any:
    ahead = has_any(fold(turn.text), _WILL_MISS)
    day = parse_day(turn.text, turn.today, prefer="future" if ahead else "past") or turn.today
    if day > turn.today and not ahead:
        day = turn.today
    done = turn.call(GetSessionsArgs(day=day, days=1)).value
    if done and done[0].runs:
        # A run is already logged that day: nothing was missed, or only part of it.
        return turn.reply(turn.say("missed_but_logged", day=short_date(day, turn.lang),
                                   done=measures.distance(done[0].done_km, turn.units)), Intent.MISSED_SESSION)
    outcome = turn.call(RecordMissedSessionArgs(day=day))
    if outcome.is_error:
        return turn.reply(turn.say("run_refused", reason=reason(turn.lang, outcome.error)), Intent.MISSED_SESSION)
    missed = outcome.value
    if not missed.had_plan:
        return turn.reply(turn.say("missed_no_plan"), Intent.MISSED_SESSION, buttons=(CREATE_PLAN[turn.lang],))
    if missed.session is None or not missed.session.kind.is_run:
        return turn.reply(turn.say("missed_nothing_planned"), Intent.MISSED_SESSION)
    session = _session_name(turn, missed.session)
    if missed.moved_to is not None:
        text = turn.say("missed_moved", session=session, day=short_date(missed.moved_to, turn.lang))
    else:
        text = turn.say("missed_dropped", session=session)
    return turn.reply(text, Intent.MISSED_SESSION)


def _session_name(turn: Turn, session: Any) -> str:
    """'el rodaje suave de 8 km' → the kind and distance, without the workout's detail."""
    name = name_of(SESSION_NAMES, session.kind, turn.lang)
    return f"{name} {measures.distance(session.distance_km, turn.units)}" if session.distance_km else name


def plan(turn: Turn, build: bool = False) -> Any:
    """The active plan; a new one when there is none, it ended, or the runner asks for one
    (``build``: they said yes to the coach's offer to build it)."""
    active = turn.tools.active_plan(turn.runner)
    if active is None or active.end < turn.today or build or wants_new_plan(turn.text):
        outcome = turn.call(GeneratePlanArgs())
        if outcome.is_error:
            return turn.reply(turn.say("run_refused", reason=reason(turn.lang, outcome.error)), Intent.PLAN_REQUEST)
        generated = outcome.value
        parts = [plan_text(generated.plan, turn.lang, turn.today, turn.units),
                 fitness_text(generated.estimate, turn.lang, turn.units)]
        if generated.pace_note is not None:
            parts.append(pace_note_text(generated.pace_note, turn.lang, turn.units))
        if generated.race is not None:
            parts.append(race_plan_text(generated.race, generated.estimate.vdot, turn.lang, turn.units))
        return turn.reply("\n\n".join(parts), Intent.PLAN_REQUEST, buttons=(SHOW_TODAY[turn.lang],))
    return turn.reply(plan_text(active, turn.lang, turn.today, turn.units), Intent.PLAN_REQUEST)


def progress(turn: Turn) -> Any:
    folded = fold(turn.text)
    days = 30 if has_any(folded, ("mes", "month", "mensual", "monthly")) else (
        7 if has_any(folded, _WEEK) else 14)
    summary = turn.call(GetProgressArgs(days=days)).value
    return turn.reply(summary.text(turn.lang, turn.units), Intent.PROGRESS)


def fitness(turn: Turn) -> Any:
    report = turn.call(GetFitnessArgs()).value
    lines = [paces_text(report.estimate.vdot, turn.lang, turn.units), "",
             fitness_text(report.estimate, turn.lang, turn.units)]
    if report.race is not None:
        lines += ["", race_plan_text(report.race, report.estimate.vdot, turn.lang, turn.units)]
    return turn.reply("\n".join(lines), Intent.PACE_QUESTION)


def season(turn: Turn) -> Any:
    """"¿cómo se ve mi temporada?" / "what's my longest run before the race?": phases, the biggest
    week, the longest run, the taper, and how realistic the goal is (the get_season tool)."""
    view = turn.call(GetSeasonArgs()).value
    return turn.reply(season_text(view.outline, view.goal, turn.lang, turn.units), Intent.PACE_QUESTION)
