"""The runner's race, week and profile, changed in conversation."""
from __future__ import annotations

import re
from typing import Any

import attrs

from application.coach.coach_reply import CREATE_PLAN
from application.coach.offline.turn import Turn
from application.messages import FIELD_NAMES, GOAL_NAMES, LEVEL_NAMES, name_of, say, short_date
from application.ports import Button
from application.tools.arguments import SetRaceArgs, SetScheduleArgs, UpdateProfileArgs
from application.tools.handlers import WEEKDAY_NAMES
from application.tools.policy import says_goal_change
from application.understanding import profile_answers as answers
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.race import (
    RaceInfo,
    asks_to_set_goal,
    changes_goal_race,
    new_race_words,
    parse_race,
    race_distances_in,
    weighs_a_new_goal,
)
from application.understanding.schedule import SchedulePreference, day_added, parse_schedule, parse_units
from application.understanding.speech_act import Act, clauses
from application.understanding.text import fold, has_any
from domain.conversation import Intent
from domain.pace import format_clock
from domain.season import short_build
from domain.vdot import plausible_goal_time


def _failed(turn: Turn, outcome: Any, intent: Intent) -> Any:
    return turn.refused(outcome, intent)


def _rebuild_offer(turn: Turn) -> tuple:
    return (CREATE_PLAN[turn.lang],)


def drops_goal_time(turn: Turn) -> bool:
    """"la meta q te dije, ya no quiero 4:30, con terminar feliz me conformo": the goal time given up."""
    folded = fold(turn.text)
    return bool(turn.runner.goal_time_s and _NO_TIME.search(folded) and _GOAL_WORDS.search(folded))


def set_race(turn: Turn) -> Any:
    race = parse_race(turn.text, turn.today)
    new_race = race is not None and race.goal_race is not None and race.goal_race != turn.runner.goal_race
    if turn.runner.goal_time_s and _NO_TIME.search(fold(turn.text)) and (race is None or not race.goal_time_s) \
            and not new_race:
        # "ya no quiero 4:30, con terminar feliz el Vilcabamba me conformo": the goal time dropped, the race kept
        outcome = turn.call(SetRaceArgs(no_goal_time=True, race_date=race.race_date if race else None))
        if outcome.is_error:
            return _failed(turn, outcome, Intent.SET_RACE)
        return turn.reply(turn.say("race_goal_time_dropped"), Intent.SET_RACE)
    if race is None:
        return turn.reply(turn.say("race_needs_details"), Intent.SET_RACE)
    return _apply_race(turn, race)   # (a new race drops the old goal time: "…just want to finish it")


def _race_words(turn: Turn, goal: Any, name: str | None, race_date: Any, goal_time_s: int | None) -> list[str]:
    """"media maratón de Quito, el dom 15/3 (en 14 semanas), meta 1:55:00": the race as the runner reads it."""
    parts = []
    distance = name_of(GOAL_NAMES, goal, turn.lang) if goal else None
    if name:
        parts.append(name)
        # "media maratón de Quito" or "15k de Quito" already say the distance.
        names_distance = re.search(r"\d+\s*k\b|marat|half|media", name, re.IGNORECASE)
        distance = None if distance and (distance.lower() in name.lower() or names_distance) else distance
    if distance:
        parts.insert(0, distance)
    if race_date:
        days = (race_date - turn.today).days
        key = "race_on" if days >= 14 else "race_on_days"
        parts.append(turn.say(key, day=short_date(race_date, turn.lang), weeks=days // 7, days=days))
    if goal_time_s:
        parts.append(turn.say("race_goal", time=format_clock(goal_time_s)))
    return parts


_RACE_WORDS = re.compile(r"(?<!\w)(?:goal|meta|objetivo|race|carrera|competencia|marathon|maraton|half|media|"
                         r"trail|ultra)(?!\w)")


_GOAL_WORDS = re.compile(r"(?<!\w)(?:goal|meta|objetivo|target|aim\w*|race|carrera|competencia|marathon|maraton|half|"
                         r"media|10k|5k|21k|42k|15k|bajar de|romper|break|quiero hacer|want to run|trail|ultra|"
                         r"go for|going for|aim for|shoot for|ir por|instead of sub|en vez de sub)(?!\w)")


def weighed_goal(turn: Turn, text: str) -> RaceInfo | None:
    """The race ``text`` weighs as a new goal, when it is another race than the runner's goal."""
    race = parse_race(text, turn.today)
    if race is None or race.has_race is False or (race.goal_race is None and race.race_name is None):
        return None
    # A race, not a run: its name, a day weeks away, or the words of a race ("can I do 10k on Sunday instead
    # of 8?" is a run asked about, not a goal).
    far = race.race_date is not None and (race.race_date - turn.today).days >= 14
    if not (race.race_name or far or _RACE_WORDS.search(fold(text))):
        return None
    # "The 10K in May feels a long way off… There's a 5K on 21st March, would that be a better goal?": the
    # distance is the one in the sentence that weighs the change.
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if weighs_a_new_goal(sentence):
            named = race_distances_in(new_race_words(fold(words_to_numbers(sentence, detect_language(sentence)))))
            if named:
                race = attrs.evolve(race, goal_race=named[0])
                break
    runner = turn.runner
    same = race.goal_race in (None, runner.goal_race) and race.race_date in (None, runner.race_date) \
        and (race.race_name is None or _same_name(race.race_name, runner.race_name))
    return None if same else race


_NAME_FILLER = frozenset({"de", "del", "la", "el", "the", "of", "marathon", "maraton", "half", "media", "race",
                          "carrera", "run", "city"})


def _same_name(said: str, goal: str | None) -> bool:
    """"Guayaquil marathon" is the "Maratón de Guayaquil": the same words that name the place."""
    if goal is None:
        return False
    words = [set(fold(name).split()) - _NAME_FILLER for name in (said, goal)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


# "I got a charity place for London!!!", "me salió el cupo pa' la de Cuenca": a place in a race, not yet a goal.
_PLACE_WON = re.compile(r"(?<!\w)(?:(?:got|won|have|scored|landed|secured|bagged)\s+(?:a|an|my|the)?\s*(?:charity\s+|"
                        r"ballot\s+|guaranteed\s+)?(?:place|spot|entry|bib|slot)\s+(?:for|in|at|to)|got into|"
                        r"(?:me salio|consegui|me dieron|tengo|gane)\s+(?:el |un |mi )?cupo)(?!\w)")


def race_place_won(turn: Turn, text: str | None = None) -> RaceInfo | None:
    """A place in another race told as news (``text``, else the message): the race, to offer as the goal
    (None: not that)."""
    text = turn.text if text is None else text
    if not _PLACE_WON.search(fold(text)):
        return None
    race = parse_race(text, turn.today)
    if race is None or (race.goal_race is None and race.race_name is None):
        return None
    runner = turn.runner
    same = race.goal_race in (None, runner.goal_race) and race.race_date in (None, runner.race_date) \
        and (race.race_name is None or _same_name(race.race_name, runner.race_name))
    return None if same else race


def offer_goal_change(turn: Turn, race: RaceInfo, news: bool = False) -> Any:
    """"estoy pensando en cambiarme al 10k de Cuenca en abril", "would the 5K on 21st March be a better goal?":
    another goal weighed, not chosen. The coach says what it would mean and asks before changing anything."""
    lines = [turn.say("race_place_won")] if news else []
    said = _race_words(turn, race.goal_race, race.race_name, None if race.date_approximate else race.race_date,
                       race.goal_time_s)
    if race.date_approximate and race.race_date is not None:
        said.append(turn.say("race_in_month", month=turn.say(f"month_{race.race_date.month}")))   # "de abril"
    lines += [turn.say("goal_change_weighed", race=", ".join(said))]
    if race.race_date is not None and race.goal_race is not None \
            and short_build(race.goal_race, (race.race_date - turn.today).days):
        lines.append(turn.say("goal_change_short_build"))
    lines.append(turn.say("goal_change_question"))
    if race.race_date is None or race.date_approximate:
        lines.append(turn.say("goal_change_ask_date"))
    return turn.reply("\n".join(lines), Intent.SET_RACE,
                      buttons=(Button("goal:change", turn.say("button_goal_change")),
                               Button("goal:keep", turn.say("button_goal_keep"))))


def offers_goal_change(text: str, language: str) -> bool:
    """The coach's message asked whether to make a weighed race the new goal."""
    return say(language, "goal_change_question") in text


# "yes pls change to seoul", "si de una", "let's do that"; "no, sigo con la de febrero".
_KEEP = re.compile(r"^\W*(?:no|nah|nope|mejor no|better not|keep|sigo|seguimos|me quedo|i'?ll stay|stay)(?!\w)")
_SAME_TIME = re.compile(r"(?<!\w)(?:same (?:goal )?time|same goal|mismo tiempo|misma meta|la misma marca|"
                        r"igual (?:el|la) (?:tiempo|meta))(?!\w)")
_NO_TIME = re.compile(r"(?<!\w)(?:no time goal|no goal time|just (?:to )?finish|solo terminar\w*|"
                      r"sin (?:meta de )?tiempo|sin marca|only to finish|nomas terminar\w*|no (?:time|tiempo)|"
                      # "con terminar feliz me conformo", "just want to finish it", "forget the time"
                      r"con terminar\w*|terminar feliz|just (?:want|wanna) (?:to )?finish|"
                      r"forget the (?:time|goal time)|"
                      r"olvida(?:te)? (?:el|del) tiempo|drop the (?:time|goal time))(?!\w)")


def answer_goal_change_offer(turn: Turn, weighed: str) -> Any | None:
    """The runner answers the offer: a yes makes the weighed race the goal, with what the answer adds (its
    day, a goal time, "same goal time", "just to finish"); a no keeps the goal. Anything else is read as
    itself (None)."""
    folded = fold(turn.text)
    if _KEEP.match(folded):
        kept = turn.runner
        return turn.reply(turn.say("goal_change_declined", race=kept.race_name or name_of(
            GOAL_NAMES, kept.goal_race, turn.lang) or ""), Intent.SET_RACE)
    opening = " ".join(folded.split()[:4])
    told_time = parse_race(turn.text, turn.today)
    # "mi meta sería 2 horas y 5 min, ¿será q se puede?": a goal time for the race offered takes the offer
    takes_it = bool(told_time and told_time.goal_time_s and told_time.goal_race is None
                    and _GOAL_TIME_WORDS.search(folded)) or bool(_TAKES_THE_OFFER.search(folded))
    if not takes_it and (not has_any(opening, _YES_WORDS) or "?" in turn.text):
        return None       # "And I'd like to switch my training days to…": another request, read as itself
    from application.coach.offline.runs import reports_a_run
    if reports_a_run(turn):
        return None       # "Listo, hoy 7 km en 45 minutos": a run told, not a yes to the offer
    race = weighed_goal(turn, weighed) or race_place_won(turn, weighed)
    if race is None:
        return None
    told = parse_race(turn.text, turn.today)
    if told is not None and not has_any(opening, _YES_WORDS) and (told.goal_race not in (None, race.goal_race)
                                                                  or told.race_name is not None
                             and race.race_name is not None and not _same_name(told.race_name, race.race_name)):
        return None       # "Gonna switch my goal to the 15K here in Quito": another race, read as itself
    goal_time = race.goal_time_s
    if told is not None and told.goal_time_s:
        goal_time = told.goal_time_s
    elif _NO_TIME.search(folded):
        goal_time = None
    elif _SAME_TIME.search(folded) and turn.runner.goal_race == race.goal_race:
        goal_time = turn.runner.goal_time_s
    day, approximate = race.race_date, race.date_approximate
    if told is not None and told.race_date is not None and (day is None or approximate or not told.date_approximate):
        day, approximate = told.race_date, told.date_approximate
    chosen = attrs.evolve(race, race_date=day, date_approximate=approximate, goal_time_s=goal_time,
                          race_name=race.race_name or (told.race_name if told else None))
    turn.answers = "set_race"
    return _apply_race(turn, chosen)     # only the month known ("el 10k de Loja en mayo"): said there


# "So that replaces the 15K as my goal", "esa es mi meta ahora": the offer taken, in other words than a yes
_TAKES_THE_OFFER = re.compile(r"(?<!\w)(?:(?:that|it|this|esa|ese|eso)\s+(?:replaces|reemplaza)|"
                              r"(?:that'?s|thats|esa es|ese es|it'?s) (?:my|mi) (?:new )?(?:goal|meta|objetivo)|"
                              r"make it (?:my|the) goal|hazla (?:mi|la) meta)(?!\w)")
_GOAL_TIME_WORDS = re.compile(r"(?<!\w)(?:meta|objetivo|goal|target|aim\w*|quiero hacer|quisiera hacer|want to run|"
                              r"hoping for|bajar de|sub)(?!\w)")
_YES_WORDS = ("si", "yes", "yep", "yeah", "dale", "de una", "ok", "okay", "claro", "hagamoslo", "let's do", "lets do",
              "sure", "va", "please", "pls", "porfa", "cambia", "change", "switch", "sounds good", "perfecto", "listo",
              "go for it", "vamos", "hagale", "simon", "obvio")


def _apply_race(turn: Turn, race: RaceInfo) -> Any:
    if race.has_race is False:
        outcome = turn.call(SetRaceArgs(has_race=False))
        if outcome.is_error:
            return _failed(turn, outcome, Intent.SET_RACE)
        return turn.reply(turn.say("race_none_set"), Intent.SET_RACE, buttons=_rebuild_offer(turn))
    goal = race.goal_race or turn.runner.goal_race
    time_alone = race.goal_race is None and race.race_date is None and race.race_name is None
    if race.goal_time_s and (goal is not None and not plausible_goal_time(goal.distance_km, race.goal_time_s)
                             or time_alone and not turn.answers and not _GOAL_WORDS.search(fold(turn.text))):
        # "last one sub 4 lets goooo" (a rep under 4 minutes): a time with no goal or race named, or one no
        # runner could aim at over the distance, is not a goal time.
        race = attrs.evolve(race, goal_time_s=None)
        if time_alone:
            return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)
    outcome = turn.call(SetRaceArgs(goal_race=race.goal_race, race_date=race.race_date, race_name=race.race_name,
                                    goal_time_min=race.goal_time_s / 60 if race.goal_time_s else None))
    refused_as = str(getattr(outcome.error, "params", {}).get("acts", "")) if outcome.is_error else ""
    if "tune_up_race" in refused_as and race.goal_race is not None and turn.runner.goal_race is not None \
            and race.goal_race.distance_km > turn.runner.goal_race.distance_km + 0.5:
        # "me inscribí en la media de Manta" with a 15K as the goal: a race longer than the goal is no tune-up;
        # which one is the goal now is asked, not guessed.
        return offer_goal_change(turn, race)
    if "past_race" in refused_as or "tune_up_race" in refused_as:
        # "no I mean my race. half marathon 1:38:00 on october 18th": a race run, the goal stays; "signing up
        # for a 5k next week": a tune-up before the goal race, the goal stays.
        kept = turn.runner
        key = "race_tune_up" if "tune_up_race" in refused_as else "race_kept"
        return turn.reply(turn.say(key, race=kept.race_name or name_of(GOAL_NAMES, kept.goal_race, turn.lang),
                                   date=short_date(kept.race_date, turn.lang) if kept.race_date else ""),
                          Intent.SET_RACE)
    if outcome.is_error and "question" in refused_as and (race.goal_race or race.race_date or race.race_name):
        # "can i switch my goal to that instead of the 5k 🥺": asked, not decided — offered, and a yes makes it
        return offer_goal_change(turn, race)
    if outcome.is_error:
        return _failed(turn, outcome, Intent.SET_RACE)
    runner = turn.runner
    parts = _race_words(turn, runner.goal_race, runner.race_name, runner.race_date, runner.goal_time_s)
    if runner.race_date is None:
        lines = [turn.say("race_set_no_date", race=", ".join(parts)), turn.say("race_ask_date")]
    else:
        lines = [turn.say("race_set", race=", ".join(parts))]
        if race.date_approximate and race.race_date == runner.race_date:
            # "la 10k de Santo Domingo en mayo": only the month is known, the 1st is kept and the day asked for.
            lines.append(turn.say("race_month_kept", date=short_date(runner.race_date, turn.lang)))
    return turn.reply("\n".join(lines), Intent.SET_RACE, buttons=_rebuild_offer(turn))


def set_schedule(turn: Turn) -> Any:
    preference = parse_schedule(turn.text)
    added = day_added(turn.text)
    if added is not None and turn.runner.run_days and (preference is None or preference.run_days in (None, (added,))):
        # "ah y el sábado tmb sí puedo", right after the days were given: one more day on the week just set
        long_day = turn.runner.long_run_day
        if added in (5, 6) and (long_day is None or long_day < 5):
            long_day = added       # a weekend day added takes the long run: weekends usually have the time
        preference = SchedulePreference(run_days=tuple(sorted({*turn.runner.run_days, added})), long_run_day=long_day)
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


_PROFILE_WORDS = re.compile(r"(?<!\w)(?:perfil|profile|cambia\w*|change|update|actualiza\w*|nombre|name|edad|age|nivel|"
                            r"level|dias|days|meta|goal|objetivo)(?!\w)")


def update_profile(turn: Turn) -> Any:
    text, folded = turn.text, fold(turn.text)
    changes: dict[str, Any] = {"goal_race": answers.goal_in(text), "fitness_level": answers.level_in(text, False)}
    if has_any(folded, ("dias", "veces", "days", "times")):
        changes["weekly_frequency"] = answers.frequency_in(text)
    # (only the name's own words: "I'm getting very nervous" is no name)
    if has_any(folded, ("me llamo", "my name is", "llamame", "call me", "mi nombre es")):
        changes["name"] = answers.name_in(text)
    if re.search(r"(anos|years|edad|age)", folded):
        changes["age"] = answers.age_in(text)
    weekly = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:km|kilometros?)\s*(?:a la|por|per|a|each|every)\s*(?:semana|week)",
                       folded)
    if weekly:
        changes["weekly_km"] = float(weekly.group(1).replace(",", "."))
    changes = {k: v for k, v in changes.items() if v is not None}
    runner = turn.runner
    if changes.get("goal_race") not in (None, runner.goal_race) and runner.race_date is not None \
            and not changes_goal_race(text) and not asks_to_set_goal(text):
        # "ya me inscribí a la de 6K", "reckon I'm gonna step up to the 100K": another race named while a dated goal
        # race stands is not a new goal distance for that day: weighed, it is offered; entered, it is a race on
        # the way (the goal stays).
        if says_goal_change(text):
            return set_race(turn)      # "So I'm switching from the 50 to the 100, same day": the race's own rules
        del changes["goal_race"]
        if not changes:
            weighed = weighed_goal(turn, text) or RaceInfo(goal_race=answers.goal_in(text))
            if any(c.act in (Act.FUTURE, Act.HYPOTHETICAL, Act.QUESTION) for c in clauses(text)):
                return offer_goal_change(turn, attrs.evolve(weighed, race_date=weighed.race_date or runner.race_date))
            return turn.reply(turn.say("race_tune_up", race=runner.race_name or name_of(GOAL_NAMES, runner.goal_race,
                                                                                        turn.lang),
                                       date=short_date(runner.race_date, turn.lang)), Intent.SET_RACE)
    if not changes and answers.age_in(text) is not None:
        changes["age"] = answers.age_in(text)      # "I'm 52 now": the only number of a profile change
    if not changes and not _PROFILE_WORDS.search(folded):
        return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)     # "I'm getting very nervous!"
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
