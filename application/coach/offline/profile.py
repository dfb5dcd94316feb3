"""The runner's race, week and profile, changed in conversation."""
from __future__ import annotations

import re
from typing import Any

from application.coach.coach_reply import CREATE_PLAN
from application.coach.offline.turn import Turn
from application.messages import FIELD_NAMES, GOAL_NAMES, LEVEL_NAMES, name_of, reason, short_date
from application.tools.arguments import SetRaceArgs, SetScheduleArgs, UpdateProfileArgs
from application.tools.handlers import WEEKDAY_NAMES
from application.understanding import profile_answers as answers
from application.understanding.race import parse_race
from application.understanding.schedule import parse_schedule, parse_units
from application.understanding.text import fold, has_any
from domain.conversation import Intent
from domain.pace import format_clock


def _failed(turn: Turn, outcome: Any, intent: Intent) -> Any:
    return turn.reply(turn.say("invalid_answer", reason=reason(turn.lang, outcome.error)), intent)


def _rebuild_offer(turn: Turn) -> tuple:
    return (CREATE_PLAN[turn.lang],)


def set_race(turn: Turn) -> Any:
    race = parse_race(turn.text, turn.today)
    if race is None:
        return turn.reply(turn.say("race_needs_details"), Intent.SET_RACE)
    if race.has_race is False:
        outcome = turn.call(SetRaceArgs(has_race=False))
        if outcome.is_error:
            return _failed(turn, outcome, Intent.SET_RACE)
        return turn.reply(turn.say("race_none_set"), Intent.SET_RACE, buttons=_rebuild_offer(turn))
    outcome = turn.call(SetRaceArgs(goal_race=race.goal_race, race_date=race.race_date, race_name=race.race_name,
                                    goal_time_min=race.goal_time_s / 60 if race.goal_time_s else None))
    refused_as = str(getattr(outcome.error, "params", {}).get("acts", "")) if outcome.is_error else ""
    if "past_race" in refused_as or "tune_up_race" in refused_as:
        # "no I mean my race. half marathon 1:38:00 on october 18th": a race run, the goal stays; "signing up
        # for a 5k next week": a tune-up before the goal race, the goal stays.
        kept = turn.runner
        key = "race_tune_up" if "tune_up_race" in refused_as else "race_kept"
        return turn.reply(turn.say(key, race=kept.race_name or name_of(GOAL_NAMES, kept.goal_race, turn.lang),
                                   date=short_date(kept.race_date, turn.lang) if kept.race_date else ""),
                          Intent.SET_RACE)
    if outcome.is_error:
        return _failed(turn, outcome, Intent.SET_RACE)
    runner = turn.runner
    parts = []
    goal = name_of(GOAL_NAMES, runner.goal_race, turn.lang) if runner.goal_race else None
    if runner.race_name:
        parts.append(runner.race_name)
        # "media maratón de Quito" or "15k de Quito" already say the distance.
        names_distance = re.search(r"\d+\s*k\b|marat|half|media", runner.race_name, re.IGNORECASE)
        goal = None if goal and (goal.lower() in runner.race_name.lower() or names_distance) else goal
    if goal:
        parts.insert(0, goal)
    if runner.race_date:
        days = (runner.race_date - turn.today).days
        key = "race_on" if days >= 14 else "race_on_days"
        parts.append(turn.say(key, day=short_date(runner.race_date, turn.lang), weeks=days // 7, days=days))
    if runner.goal_time_s:
        parts.append(turn.say("race_goal", time=format_clock(runner.goal_time_s)))
    if runner.race_date is None:
        lines = [turn.say("race_set_no_date", race=", ".join(parts)), turn.say("race_ask_date")]
    else:
        lines = [turn.say("race_set", race=", ".join(parts))]
    return turn.reply("\n".join(lines), Intent.SET_RACE, buttons=_rebuild_offer(turn))


def set_schedule(turn: Turn) -> Any:
    preference = parse_schedule(turn.text)
    if preference is None or (not preference.run_days and preference.long_run_day is None):
        return turn.reply(turn.say("schedule_needs_days"), Intent.SET_SCHEDULE)
    outcome = turn.call(SetScheduleArgs(
        run_days=[WEEKDAY_NAMES[d] for d in (preference.run_days or ())],
        long_run_day=WEEKDAY_NAMES[preference.long_run_day] if preference.long_run_day is not None else None))
    if outcome.is_error:
        return _failed(turn, outcome, Intent.SET_SCHEDULE)
    runner = turn.runner
    from application.messages import WEEKDAYS
    names = WEEKDAYS[turn.lang]
    days = ", ".join(names[d] for d in runner.run_days or ())
    lines = [turn.say("schedule_set", days=days) if days else ""]
    if runner.long_run_day is not None:
        lines.append(turn.say("long_run_day_set", day=names[runner.long_run_day]))
    return turn.reply("\n".join(x for x in lines if x), Intent.SET_SCHEDULE, buttons=_rebuild_offer(turn))


def set_units(turn: Turn) -> Any:
    units = parse_units(turn.text)
    if units is None:
        return turn.reply(turn.say("units_ask"), Intent.SET_UNITS)
    outcome = turn.call(SetScheduleArgs(units=units))
    if outcome.is_error:
        return _failed(turn, outcome, Intent.SET_UNITS)
    return turn.reply(turn.say(f"units_set_{units.value}"), Intent.SET_UNITS)


def update_profile(turn: Turn) -> Any:
    text, folded = turn.text, fold(turn.text)
    changes: dict[str, Any] = {"goal_race": answers.goal_in(text), "fitness_level": answers.level_in(text)}
    if has_any(folded, ("dias", "veces", "days", "times")):
        changes["weekly_frequency"] = answers.frequency_in(text)
    if has_any(folded, ("me llamo", "my name is", "llamame", "call me", "soy", "i'm", "im")):
        changes["name"] = answers.name_in(text)
    if re.search(r"(anos|years|edad|age)", folded):
        changes["age"] = answers.age_in(text)
    weekly = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:km|kilometros?)\s*(?:a la|por|per|a|each|every)\s*(?:semana|week)",
                       folded)
    if weekly:
        changes["weekly_km"] = float(weekly.group(1).replace(",", "."))
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes and answers.age_in(text) is not None:
        changes["age"] = answers.age_in(text)      # "I'm 52 now": the only number of a profile change
    if not changes:
        return turn.reply(turn.say("profile_nothing"), Intent.PROFILE_UPDATE)
    outcome = turn.call(UpdateProfileArgs(**changes))
    if outcome.is_error:
        return _failed(turn, outcome, Intent.PROFILE_UPDATE)
    applied = outcome.value
    shown = ", ".join(f"{name_of(FIELD_NAMES, k, turn.lang)}: {_shown_value(k, v, turn.lang)}"
                      for k, v in applied.items())
    plan_fields = {"goal_race", "weekly_frequency", "fitness_level", "weekly_km"}
    buttons = _rebuild_offer(turn) if plan_fields & applied.keys() else ()
    return turn.reply(turn.say("profile_updated", changes=shown), Intent.PROFILE_UPDATE, buttons=buttons)


def _shown_value(field: str, value: Any, language: str) -> str:
    table = {"goal_race": GOAL_NAMES, "fitness_level": LEVEL_NAMES}.get(field)
    if table:
        return name_of(table, value, language)
    return f"{value:g}" if isinstance(value, float) else str(value)
