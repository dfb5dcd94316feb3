"""Conversation around the training: greetings, thanks, help, running questions, memory, and
questions that are not about running (redirected politely)."""
from __future__ import annotations

from typing import Any

from application.coach.coach_reply import SHOW_PROGRESS, SHOW_TODAY
from application.coach.offline.turn import Turn
from application.messages import short_date
from application.messages.formatting import session_text
from application.tools.arguments import RunningKnowledgeArgs, SearchMemoryArgs
from application.training.local_time import local_day
from application.understanding.text import fold
from domain.conversation import Intent

MEMORY_SNIPPET = 180


def greeting(turn: Turn) -> Any:
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


def out_of_scope(turn: Turn) -> Any:
    return turn.reply(turn.say("out_of_scope"), Intent.OUT_OF_SCOPE)


def running_question(turn: Turn) -> Any:
    outcome = turn.call(RunningKnowledgeArgs(question=turn.text))
    if outcome.is_error or outcome.value is None:
        return turn.reply(turn.say("knowledge_not_found"), Intent.RUNNING_QUESTION)
    return turn.reply(outcome.value.text, Intent.RUNNING_QUESTION)


def memory(turn: Turn) -> Any:
    found = _distinct(turn.call(SearchMemoryArgs(query=turn.text, k=5)).value or [])[:3]
    if not found:
        return turn.reply(turn.say("memory_none"), Intent.MEMORY_QUESTION)
    lines = [turn.say("memory_header")]
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
