"""Conversation around the training: greetings, thanks, help, running questions, memory, and
questions that are not about running (redirected politely)."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from application.coach.coach_reply import SHOW_PROGRESS, SHOW_TODAY
from application.coach.offline.turn import Turn
from application.messages import GOAL_NAMES, name_of, short_date
from application.messages.formatting import session_text
from application.tools.arguments import RunningKnowledgeArgs, SearchMemoryArgs
from application.training.local_time import local_day
from application.understanding.body import body_parts_in
from application.understanding.text import fold, has_any
from domain.conversation import Intent

MEMORY_SNIPPET = 180


# A greeting said with a greeting's words ("la 1ra vez" is no hello, whatever the classifier guessed).
_HELLO = re.compile(r"(?<!\w)(?:h?ola+s?|holi\w*|buen[oa]s?|buen dia|hey+|hi+|hii+|hello|hiya|howdy|morning|evening|"
                    r"afternoon|good (?:morning|evening|afternoon|day)|g'?day|q(?:ue)? mas|q(?:ue)? tal|q(?:ue)? hubo|"
                    r"quiubo|q(?:ue)? fue|saludos|ey+|yo|sup|wassup|como estas|como esta|how are you|how'?s it going|"
                    r"alo|aló)(?!\w)|👋")


def greeting(turn: Turn) -> Any:
    if not _HELLO.search(fold(turn.text)):
        return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)
    name = turn.runner.display_name
    reply = turn.say("greeting_named", name=name) if name else turn.say("greeting_plain")
    plan = turn.ctx.active_plan
    today = plan.session_on(turn.today) if plan else None
    if today:
        reply += "\n" + turn.say("today_session", session=session_text(today, turn.lang, detailed=True))
    return turn.reply(reply, Intent.GREETING, buttons=(SHOW_TODAY[turn.lang], SHOW_PROGRESS[turn.lang]))


def thanks(turn: Turn) -> Any:
    return turn.reply(turn.say("thanks"), Intent.SMALL_TALK)


def help(turn: Turn) -> Any:  # noqa: A001 (the intent's name)
    return turn.reply(turn.say("help"), Intent.HELP)


def knowledge(turn: Turn) -> Any | None:
    """The running knowledge's answer to the message, or to one of its questions: "pregunta de nutrición, ¿qué
    como después del largo? hoy solo me comí un pan jaja" is answered from its question alone."""
    from application.understanding.speech_act import Act, clauses
    asked = [c.text for c in clauses(turn.text) if c.act is Act.QUESTION]
    for question in dict.fromkeys([turn.text, *asked]):
        outcome = turn.call(RunningKnowledgeArgs(question=question))
        if not outcome.is_error and outcome.value is not None:
            return outcome.value
    return None


def out_of_scope(turn: Turn) -> Any:
    # "¿qué me recomiendas para recuperarme más rápido?" is a runner's question the knowledge answers.
    known = knowledge(turn)
    if known is not None:
        return turn.reply(known.text, Intent.RUNNING_QUESTION)
    from application.understanding.speech_act import Act, acts
    if "?" not in turn.text and not acts(turn.text) & {Act.QUESTION, Act.HYPOTHETICAL} \
            and not _A_REQUEST.search(fold(turn.text)):
        return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)     # "q frio hacia achachay": chat, heard
    return turn.reply(turn.say("out_of_scope"), Intent.OUT_OF_SCOPE)


# Something asked of the coach without a question mark: "ayúdame con mi tesis", "recomiéndame una peli".
_A_REQUEST = re.compile(r"(?<!\w)(?:ayuda\w*|help|recomienda\w*|recommend|dime|tell me|explica\w*|explain|"
                        r"necesito|i need|quiero que|i want you|puedes|can you|could you|haz|hazme|write|escribe\w*|"
                        r"busca\w*|find|give me|dame)(?!\w)")


def running_question(turn: Turn) -> Any:
    known = knowledge(turn)
    if known is None:
        return turn.reply(turn.say("knowledge_not_found"), Intent.RUNNING_QUESTION)
    return turn.reply(known.text, Intent.RUNNING_QUESTION)


def memory(turn: Turn) -> Any:
    """From the profile first (race, goal time, days, injuries, best race, the week's km), then what
    was said: "¿cuál era mi tiempo objetivo?", "what did I tell you about my knee?"."""
    if _asks_what_is_planned(turn.text):
        from application.coach.offline.days import session_query
        return session_query(turn)       # "what's my plan this week?": the week's sessions, not its km so far
    from_profile = profile_facts(turn)
    found = _distinct(turn.call(SearchMemoryArgs(query=turn.text, k=5)).value or [])[:3]
    if from_profile and not _asks_what_was_said(turn.text):
        found = found[:0]
    asked_parts = set(body_parts_in(turn.text))
    if asked_parts:
        # "¿qué te dije de mi canilla?": what was said about that part, not every message remembered.
        found = [hit for hit in found if asked_parts & set(body_parts_in(hit.document.text))]
    if not found:
        if from_profile:
            return turn.reply("\n".join(from_profile), Intent.MEMORY_QUESTION)
        return turn.reply(turn.say("memory_none"), Intent.MEMORY_QUESTION)
    lines = [*from_profile, turn.say("profile_memory_remembered" if from_profile else "memory_header")]
    for hit in found:
        text = hit.document.text
        text = text if len(text) <= MEMORY_SNIPPET else text[:MEMORY_SNIPPET].rsplit(" ", 1)[0] + "…"
        # The runner's day, not UTC's: a Sunday-evening message in Guayaquil is Sunday's.
        lines.append(f"• {short_date(local_day(turn.runner, hit.document.created_at), turn.lang)}: {text}")
    return turn.reply("\n".join(lines), Intent.MEMORY_QUESTION)


def _distinct(recollections: list[Any]) -> list[Any]:
    """Drop a memory whose words another, closer one already says (a report and its run record)."""
    kept: list[Any] = []
    seen: list[set[str]] = []
    for hit in recollections:
        words = set(fold(hit.document.text).split())
        if any(words <= other or other <= words for other in seen):
            continue
        kept.append(hit)
        seen.append(words)
    return kept


def strava(turn: Turn, disconnect: bool = False) -> Any:
    """"conectar strava" → the link (issue 24); "desconectar strava" → unlinked; not set up → said so."""
    from application.tools.arguments import ConnectStravaArgs

    outcome = turn.call(ConnectStravaArgs(disconnect=disconnect))
    if outcome.is_error or outcome.value is None:
        return turn.reply(turn.say("strava_not_set_up"), Intent.HELP)
    if disconnect:
        return turn.reply(turn.say("strava_disconnected"), Intent.HELP)
    return turn.reply(turn.say("strava_connect_link", url=outcome.value, minutes=15), Intent.HELP)


# What a memory question is about, in the runner's words (folded).
_ABOUT_RACE = ("carrera", "race", "meta", "goal", "objetivo", "maraton", "marathon", "media", "half", "15k",
               "10k", "21k",
               "42k", "5k", "tiempo", "time", "fecha", "date", "cuando es", "when is")
_ABOUT_DAYS = ("dias", "days", "que dias", "which days", "horario", "schedule", "fondo", "long run")
_ABOUT_INJURY = ("lesion", "lesiones", "injury", "injuries", "duele", "dolia", "hurt", "molestia", "rodilla", "knee",
                 "tobillo", "ankle", "gemelo", "calf", "espinilla", "canilla", "shin", "talon", "heel", "espalda",
                 "back", "cadera", "hip", "pie", "foot", "isquio", "hamstring", "aquiles", "achilles", "pecho", "chest")
_ABOUT_BEST = ("pb", "pr", "record", "mejor marca", "mejor tiempo", "best time", "personal best", "marca")
_ABOUT_WEEK = ("km", "kilometros", "miles", "millas", "semana", "week", "total", "llevo", "volumen", "mileage")
_WHAT_WAS_SAID = ("te dije", "te conte", "hablamos", "tell you", "told you", "did i say", "did i tell", "we talk")


_ABOUT_PLAN = ("mi plan", "my plan", "el plan", "the plan", "me toca", "programado", "scheduled", "supposed to",
               "planned", "planificado")
_WHEN = ("semana", "week", "hoy", "today", "manana", "tomorrow", "tmrw", "lunes", "martes", "miercoles", "jueves",
         "viernes", "sabado", "domingo", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _asks_what_is_planned(text: str) -> bool:
    """"¿cuál es mi plan esta semana?", "what's on the plan for saturday?" (not the race, days or aches)."""
    f = fold(text)
    return has_any(f, _ABOUT_PLAN) and has_any(f, _WHEN) and not has_any(
        f, (*_ABOUT_INJURY, *_ABOUT_BEST, "carrera", "race", "objetivo", "goal", "dias", "days", "llevo", "done",
            "hecho", "hice", "corri", "ran"))


def _asks_what_was_said(text: str) -> bool:
    return has_any(fold(text), _WHAT_WAS_SAID)


def profile_facts(turn: Turn) -> list[str]:
    """The profile's answer to a memory question, one line per thing asked about."""
    from application.messages import WEEKDAYS
    from application.messages.formatting import part_with_side
    from application.training import measures
    f = fold(turn.text)
    runner = turn.runner
    lines: list[str] = []
    if has_any(f, _ABOUT_RACE) and not has_any(f, _ABOUT_BEST):
        if runner.race_date is not None:
            goal = turn.say("profile_memory_goal", time=measures.duration(runner.goal_time_s)) \
                if runner.goal_time_s else ""
            race = runner.race_name or (name_of(GOAL_NAMES, runner.goal_race, turn.lang) if runner.goal_race else "")
            lines.append(turn.say("profile_memory_race", race=race, date=short_date(runner.race_date, turn.lang),
                                  goal=goal))
        else:
            lines.append(turn.say("profile_memory_no_race"))
    if has_any(f, _ABOUT_DAYS) and runner.run_days:
        names = WEEKDAYS[turn.lang]
        long = turn.say("profile_memory_long", day=names[runner.long_run_day]) \
            if runner.long_run_day is not None else ""
        lines.append(turn.say("profile_memory_days", days=", ".join(names[d] for d in runner.run_days), long=long))
    if has_any(f, _ABOUT_INJURY):
        open_ones = turn.ctx.open_injuries
        if open_ones:
            lines.append(turn.say("profile_memory_injuries", injuries=", ".join(
                part_with_side(i.body_part, i.side.value if i.side else "", turn.lang) for i in open_ones)))
        if runner.injury_history and fold(runner.injury_history) not in ("ninguna", "none", "no"):
            lines.append(turn.say("profile_memory_history", history=runner.injury_history))
        elif not open_ones:
            lines.append(turn.say("profile_memory_no_injuries"))
    if has_any(f, _ABOUT_BEST):
        races = [r for r in turn.tools.runs.for_runner(runner.id, limit=200) if r.is_race and r.duration_s]
        wanted = _distance_asked(f)
        if wanted:
            races = [r for r in races if abs(r.distance_km - wanted) < 0.3] or races
        if races:
            best = max(races, key=lambda r: (r.distance_km if not wanted else 0, -(r.pace_s_per_km or 0)))
            lines.append(turn.say("profile_memory_best", distance=measures.distance(best.distance_km, turn.units),
                                  time=measures.duration(best.duration_s or 0), day=short_date(best.date, turn.lang)))
    if not lines and has_any(f, _ABOUT_WEEK) and not has_any(f, _ABOUT_INJURY):
        monday = turn.today.toordinal() - turn.today.weekday()
        week = [r for r in turn.tools.runs.for_runner(runner.id, limit=50) if r.date.toordinal() >= monday]
        lines.append(turn.say("profile_memory_week",
                              distance=measures.distance(sum(r.distance_km for r in week), turn.units)))
    return lines


def _distance_asked(f: str) -> float | None:
    for words, km in ((("media", "half", "21k"), 21.0975), (("maraton", "marathon", "42k"), 42.195),
                      (("10k", "10 k"), 10.0), (("5k", "5 k", "parkrun"), 5.0), (("15k",), 15.0)):
        if has_any(f, words) and not (km == 42.195 and has_any(f, ("media", "half"))):
            return km
    return None


def weekday_of(turn: Turn, day: date, guessed: int | None) -> Any:
    """"5th March is sunday right?": the calendar answered (and the race day said so)."""
    key = "weekday_is" if guessed is None else "weekday_yes" if guessed == day.weekday() else "weekday_no"
    text = turn.say(key, day=short_date(day, turn.lang), weekday=turn.say(f"day_name_{day.weekday()}"))
    if day == turn.runner.race_date:
        text += " " + turn.say("weekday_race_day")
    return turn.reply(text, Intent.SESSION_QUERY)


# "honestly the marathon scares me", "me da miedo la maratón", "q nervios la media": nerves about the race.
_NERVES = re.compile(r"(?<!\w)(?:scares? me|scared|terrified|freaking out|freaked out|nervous|anxious|worried|"
                     r"intimidat\w*|daunting|me (?:da|dan) miedo|me asusta\w*|tengo miedo|nervios\w*|ansios[oa]|"
                     r"preocupad[oa]|me preocupa)(?!\w)")
_RACE_WORD = re.compile(r"(?<!\w)(?:marathon|maraton|half|media|race|carrera|\d+\s*k|ultra|trail|distance|"
                        # ("uff q nervios, nunca he corrido más de 10")
                        r"distancia|corr\w*|run|running|ran|\d+)(?!\w)")


def speaks_of_nerves(text: str) -> bool:
    """Nerves or fear about the race told, not an ache nor a question of training."""
    folded = fold(text)
    return bool(_NERVES.search(folded) and _RACE_WORD.search(folded))


def race_nerves(turn: Turn) -> Any:
    """"Guayaquil marathon is in October… honestly the marathon scares me": heard, and put in proportion."""
    race = _race_and_weeks(turn)
    if race is None:
        return turn.reply(turn.say("race_nerves_no_race"), Intent.SMALL_TALK)
    return turn.reply(turn.say("race_nerves", race=race[0], weeks=race[1]), Intent.SMALL_TALK)


# "Que pena porque iba bien para los 15K", "gutted tbh": disappointment, heard.
_LETDOWN = re.compile(r"(?<!\w)(?:q(?:ue)? pena|q(?:ue)? lastima|q(?:ue)? bajon|q(?:ue)? rabia|q(?:ue)? triste|"
                      r"me da pena|"
                      r"me frustra|what a shame|such a shame|gutted|bummed|that sucks|this sucks|so frustrating|"
                      r"frustrated|heartbroken|devastated)(?!\w)")
# "Si me dan el visto bueno el lunes, alcanzo todavía?", "will I still make it?": time enough for the race.
_IN_TIME = re.compile(r"(?<!\w)(?:alcanzo|alcanzare|llego a tiempo|todavia llego|aun llego|sigo a tiempo|"
                      r"me da (?:el )?tiempo|will i (?:still )?make it|still make it|still on track|"
                      r"do i still have time|"
                      r"is there (?:still )?time|enough time|too late)(?!\w)")


def _race_and_weeks(turn: Turn) -> tuple[str, int] | None:
    runner = turn.runner
    if runner.race_date is None or runner.race_date <= turn.today:
        return None
    race = runner.race_name or name_of(GOAL_NAMES, runner.goal_race, turn.lang)
    return race, max(1, (runner.race_date - turn.today).days // 7)


def letdown(turn: Turn) -> Any | None:
    """Disappointment told (no question in it): said back with what comes next."""
    if not _LETDOWN.search(fold(turn.text)) or "?" in turn.text:
        return None
    race = _race_and_weeks(turn)
    if turn.ctx.open_injuries and race is not None:
        return turn.reply(turn.say("letdown_injured", race=race[0]), Intent.SMALL_TALK)
    return turn.reply(turn.say("letdown"), Intent.SMALL_TALK)


def in_time_while_injured(turn: Turn) -> Any | None:
    """"alcanzo todavía?" with an ache that stops the running: the weeks left, and health first (None: not that;
    without such an ache the season's own view answers it)."""
    stopped = [i for i in turn.ctx.open_injuries if i.severity.value != "mild"]
    race = _race_and_weeks(turn)
    if not _IN_TIME.search(fold(turn.text)) or not stopped or race is None:
        return None
    day = short_date(turn.runner.race_date, turn.lang) if turn.runner.race_date else ""
    return turn.reply(turn.say("in_time_injured", race=race[0], weeks=race[1], day=day), Intent.PACE_QUESTION)


def asks_if_in_time(text: str) -> bool:
    return bool(_IN_TIME.search(fold(text)))


# "quedé 4ta en mi categoría", "came 12th in my age group", "3ro en la general": a place in the race's results.
_PLACED = re.compile(r"(?<!\w)(?:quede|llegue|sali|came|finished|placed|got|was)\s+(?:de\s+|en el puesto\s+|el\s+)?"
                     r"(\d{1,4})\s*(?:ro|do|to|vo|mo|no|ta|ra|da|va|ma|na|er|st|nd|rd|th|°|º|ª)?\s+(?:(?:en|in|de|of)\s+)?"
                     r"(?:(?:mi|my|la|the|su)\s+)?(categoria|category|age group|ag|grupo de edad|general|overall|rama)"
                     r"(?!\w)")


def placed(turn: Turn) -> Any | None:
    """A place in the results told: celebrated (None: no place told)."""
    m = _PLACED.search(fold(turn.text))
    if m is None:
        return None
    key = "placed_overall" if m.group(2) in ("general", "overall") else "placed_in_category"
    return turn.reply(turn.say(key, n=int(m.group(1))), Intent.SMALL_TALK)
