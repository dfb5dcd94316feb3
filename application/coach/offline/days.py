"""The plan day by day: what's on, should I run, a missed session, the whole plan, progress, paces."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from application.coach.coach_reply import CREATE_PLAN, SHOW_TODAY
from application.coach.offline.turn import Turn
from application.messages import SESSION_NAMES, has_phrase, name_of, reason, short_date
from application.messages.formatting import (
    fitness_text,
    pace_check_text,
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
from application.understanding import speech_act
from application.understanding.dates import parse_day
from application.understanding.intents import wants_new_plan
from application.understanding.numbers import words_to_numbers
from application.understanding.pace_asked import asked_pace
from application.understanding.run_report import parse_run_report
from application.understanding.soreness import soreness_in
from application.understanding.speech_act import Act
from application.understanding.text import fold, has_any
from domain.conversation import Intent
from domain.pace import KM_PER_MILE
from domain.plan import SessionKind
from domain.planning import LONG_RUN_GROWTH_KM, asked_distance
from domain.race_day import pace_against_zone, zone_range
from domain.runner import Units
from domain.vdot import training_paces

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
    next_week = has_any(folded, _WEEK) and has_any(folded, _NEXT)
    if next_week:       # "¿qué me toca la próxima semana?": Monday to Sunday of the next week
        first, days = turn.today + timedelta(days=7 - turn.today.weekday()), 7
    elif has_any(folded, _WEEK):
        days = 7
    elif has_any(folded, _TOMORROW) and not has_any(folded, ("pasado manana",)):
        first = turn.today + timedelta(days=1)
    elif not has_any(folded, ("hoy", "today")):
        asked = parse_day(turn.text, turn.today, prefer="future")
        if asked is not None and asked >= turn.today:
            first = asked
    next_session = has_any(folded, _NEXT) and not next_week
    outcome = turn.call(GetSessionsArgs(day=first, days=14 if next_session else days))
    outlooks: list[DayOutlook] = outcome.value
    label: str | None = None
    if next_session:
        upcoming = [d for d in outlooks if d.session is not None and d.session.kind.is_run and not d.done]
        if not upcoming:
            return turn.reply(turn.say("plan_ended", end=short_date(plan.end, turn.lang)), Intent.SESSION_QUERY,
                              buttons=(CREATE_PLAN[turn.lang],))
        outlooks, label = upcoming[:1], "next_session"
    else:
        label = "next_week_sessions" if next_week else "week_sessions" if days == 7 else None
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


# "¿puedo meter 16 el domingo?", "can I do 18 km on Sunday?", "si el sábado hago 20, es mucho?": a distance
# weighed for a day. The words of asking for leave (or of doubt), next to a distance.
_MAY_I = ("puedo", "podria", "deberia", "debo", "esta bien", "estaria bien", "es mucho", "seria mucho", "sera mucho",
          "me paso", "muy largo", "conviene", "vale la pena", "can i", "could i", "should i", "is it ok", "ok to",
          "too much", "too far", "too long", "would it be", "is that ok", "good idea", "si hago", "if i do", "if i run")


def distance_on_a_day(turn: Turn) -> Any | None:
    """A distance asked for one day, answered from that day's plan and what the runner ran lately
    (domain.planning.asked_distance); None when the message asks no such thing."""
    folded = fold(turn.text)
    if not has_any(folded, _MAY_I):
        return None
    asked_km = _asked_km(turn)
    if not asked_km:
        return None
    day = turn.today + timedelta(days=1) if has_any(folded, _TOMORROW) else (
        parse_day(turn.text, turn.today, prefer="future") or turn.today)
    day = max(day, turn.today)
    if any(i.severity.value in ("moderate", "severe") for i in turn.ctx.open_injuries):
        return None       # an injury answers first: should_i_run says what it allows
    outlook = turn.call(GetSessionsArgs(day=day, days=1)).value
    session = outlook[0].session if outlook else None
    planned_km = session.distance_km if session is not None and session.kind.is_run else None
    recent = turn.tools.runs.longest(turn.runner.id, since=turn.today - timedelta(days=28), limit=1)
    # What the body knows: the longest run logged in 4 weeks, or the longest the runner told at onboarding.
    longest = max([r.distance_km for r in recent] + [turn.runner.longest_run_km or 0.0])
    verdict, cap = asked_distance(asked_km, planned_km, longest, nursing_an_ache=bool(turn.ctx.open_injuries),
                                  long_day=session is None or session.kind is SessionKind.LONG)
    # (without its own full stop: the reply's sentence ends it — never "para cuidar la lesión.. Con tu…")
    plan = session_text(session, turn.lang, detailed=False, units=turn.units).rstrip(". ") \
        if session is not None else ""
    key = f"asked_distance_{verdict}" + ("" if plan else "_no_plan")
    if session is not None and not session.kind.is_run:
        key = "asked_distance_rest_day"
    return turn.reply(turn.say(key, day=short_date(day, turn.lang), asked=measures.distance(asked_km, turn.units),
                               session=plan, cap=measures.target(cap, turn.units),
                               longest=measures.distance(longest or 0.0, turn.units),
                               step=measures.target(LONG_RUN_GROWTH_KM, turn.units)), Intent.SHOULD_I_RUN)


# "puedo hacer 10 el sábado?": a bare number after the verb of running is the distance asked.
_BARE_ASKED = re.compile(r"(?<!\w)(?:hacer|hago|meter|meto|correr|corro|do|run|go)\s+(?:unos\s+|like\s+|about\s+)?"
                         r"(\d{1,2}(?:[.,]\d)?)(?!\s*(?:min\w*|h|hrs?|horas?|hours?|:|x|veces|times|/)|\d)")


# "two days in a row", "3 veces por semana": counts, not a distance.
_NOT_A_DISTANCE = re.compile(r"\d+\s*(?:days?|dias?|times|veces|weeks?|semanas?|months?|meses|seguid\w*|in a row|"
                             r"sessions?|sesiones|runs|salidas|workouts?|entrenos?)(?!\w)")


def _asked_km(turn: Turn) -> float | None:
    """The distance in the message's question (not the history beside it: "la semana pasada hice 14")."""
    for clause in speech_act.clauses(turn.text):
        if clause.act not in (Act.QUESTION, Act.HYPOTHETICAL):
            continue
        text = _NOT_A_DISTANCE.sub(" ", words_to_numbers(clause.text, turn.lang))
        km = parse_run_report(text, turn.today, turn.units).distance_km
        if km is None:
            bare = _BARE_ASKED.search(text)
            km = float(bare.group(1).replace(",", ".")) * (KM_PER_MILE if turn.units == Units.MILES else 1) \
                if bare else None
        if km and km > 0:
            return km
    return None


def should_i_run(turn: Turn) -> Any:
    asked = turn.today + timedelta(days=1) if has_any(fold(turn.text), _TOMORROW) else turn.today
    named = parse_day(turn.text, turn.today, prefer="future")
    if asked == turn.today and named is not None and named > turn.today:
        asked = named       # "el martes puedo hacer series o todavía no?": Tuesday, not today
    soreness = soreness_in(turn.text) if asked == turn.today else 0
    verdict = turn.call(ShouldIRunArgs(day=asked, soreness=soreness or None)).value
    values: dict[str, Any] = {}
    if verdict.session is not None:
        values["session"] = session_text(verdict.session, turn.lang, detailed=True)
    if verdict.injury is not None:
        side = getattr(verdict.injury, "side", None)
        values["part"] = part_with_side(verdict.injury.body_part, getattr(side, "value", side) or "", turn.lang)
    values["done"] = measures.distance(verdict.done_km, turn.units)
    key = f"advice_{verdict.advice.value}"
    if asked != turn.today and has_phrase(key + "_on_day"):
        key, values["day"] = key + "_on_day", short_date(asked, turn.lang)
    lines = [turn.say(key, **values)]
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
    return f"{name} {measures.target(session.distance_km, turn.units)}" if session.distance_km else name


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
    if has_any(fold(turn.text), _WEEK):
        return session_query(turn)      # "¿qué dice el plan pa esta semana?": this week's days, not both weeks
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
    asked = asked_pace(turn.text, turn.units)
    if asked is not None and asked.zone is not None:
        # "is 8:30/mi ok for my easy runs?": the pace asked, against that zone of the runner's own paces first.
        paces = training_paces(report.estimate.vdot)
        verdict = pace_against_zone(paces, asked.zone, asked.seconds_per_km)
        lines = [pace_check_text(verdict, asked.zone, asked.seconds_per_km, zone_range(paces, asked.zone),
                                 turn.lang, turn.units), "", *lines]
    race = _race_asked_about(turn, report.estimate.vdot) or report.race
    if race is not None and (asked is None or asked.zone is None):     # (a zone's pace asked: not the race's)
        lines += ["", race_plan_text(race, report.estimate.vdot, turn.lang, turn.units)]
    return turn.reply("\n".join(lines), Intent.PACE_QUESTION)


def _race_asked_about(turn: Turn, vdot: float) -> Any | None:
    """"race tmrw, the harbour 10k. what pace for sub 47?": the pacing of the race asked about (its distance,
    and the time wanted), not of the goal race."""
    from application.understanding.race import goal_time_in, race_asked_in, time_weighed
    from domain.race_day import race_plan
    folded = fold(turn.text)
    distance = race_asked_in(folded) or turn.runner.goal_race
    if distance is None:
        return None
    asked = goal_time_in(folded, distance) or time_weighed(turn.text, distance)
    if distance == turn.runner.goal_race and asked in (None, turn.runner.goal_time_s):
        return None       # the goal race as it is: its own plan
    # "¿cree que 1:50 en la media es realista?": the time asked, weighed against the runner's fitness
    return race_plan(vdot, distance, asked, turn.units is Units.MILES)


def season(turn: Turn) -> Any:
    """"¿cómo se ve mi temporada?" / "what's my longest run before the race?": phases, the biggest
    week, the longest run, the taper, and how realistic the goal is (the get_season tool)."""
    view = turn.call(GetSeasonArgs()).value
    return turn.reply(season_text(view.outline, view.goal, turn.lang, turn.units), Intent.PACE_QUESTION)
