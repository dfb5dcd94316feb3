"""LLMCoach: the language model answers, using the coach's tools to act on the runner's data.

One message: a system prompt with everything the coach knows, the recent chat as prior turns,
then complete → run the tools the model asks for → give it the results → ... until it answers
in text (at most ``max_tool_rounds`` rounds of tools).

When the provider fails, LLMUnavailable goes up to ReplyToRunner, which lets the offline coach
answer; if a run was already stored in this turn, the error carries it as ``logged_run`` so it
is not stored twice.
"""
from __future__ import annotations

import json
import logging
from datetime import date
from typing import TYPE_CHECKING

from application.coach_reply import CREATE_PLAN, SHOW_TODAY, CoachReply
from application.context import CoachContext
from application.messages import say, short_date
from application.ports import LLM, ChatTurn, Completion, LLMUnavailable, ToolCall
from application.prompts import build_system_prompt
from application.tools.registry import ToolOutcome, ToolRegistry
from application.understanding.intents import Understand
from domain.conversation import Intent, Message, Role
from domain.pace import format_clock, format_pace
from domain.run import Run

if TYPE_CHECKING:
    from application.tools.toolbox import CoachTools

log = logging.getLogger(__name__)

# The first of these tools used in a turn names the intent of the runner's message.
TOOL_INTENTS: dict[str, Intent] = {
    "log_run": Intent.LOG_RUN,
    "log_cross_training": Intent.LOG_CROSS_TRAINING,
    "correct_run": Intent.CORRECT_RUN,
    "delete_run": Intent.DELETE_RUN,
    "record_missed_session": Intent.MISSED_SESSION,
    "get_sessions": Intent.SESSION_QUERY,
    "should_i_run": Intent.SHOULD_I_RUN,
    "record_injury": Intent.INJURY_REPORT,
    "update_injury": Intent.INJURY_UPDATE,
    "resolve_injury": Intent.INJURY_UPDATE,
    "generate_plan": Intent.PLAN_REQUEST,
    "get_progress": Intent.PROGRESS,
    "get_fitness": Intent.PACE_QUESTION,
    "set_race": Intent.SET_RACE,
    "set_schedule": Intent.SET_SCHEDULE,
    "update_profile": Intent.PROFILE_UPDATE,
    "search_memory": Intent.MEMORY_QUESTION,
    "running_knowledge": Intent.RUNNING_QUESTION,
}

PLAN_OFFER_AFTER_RUNS = 3



class LLMCoach:
    def __init__(self, llm: LLM, tools: CoachTools, registry: ToolRegistry | None = None,
                 max_tool_rounds: int = 4, understand: Understand | None = None):
        if max_tool_rounds < 1:
            raise ValueError("max_tool_rounds must be at least 1")
        self._llm = llm
        self._tools = tools
        self._registry = registry or ToolRegistry(tools)
        self._max_rounds = max_tool_rounds
        self._understand = understand

    @property
    def llm_name(self) -> str:
        return self._llm.name

    def answer(self, ctx: CoachContext, text: str) -> CoachReply:
        runner = ctx.runner
        system = build_system_prompt(ctx, self._fitness(ctx))
        turns = history_turns(ctx.recent_messages, text)
        turns.append(ChatTurn(role="user", content=text or "…"))
        specs = self._registry.specs

        attempted: list[str] = []      # known tools the model called, in order
        used: list[str] = []           # tools that succeeded, in order, once each
        logged_run: Run | None = None
        logged_this_turn: list[Run] = []
        completion: Completion | None = None
        last_text = ""
        for round_number in range(1, self._max_rounds + 1):
            completion = self._complete(system, turns, specs, logged_run, round_number)
            if completion.refused:
                break
            if completion.text.strip():
                last_text = completion.text.strip()
            if not completion.tool_calls:
                break
            turns.append(ChatTurn(role="assistant", content=completion.text, tool_calls=completion.tool_calls,
                                  reasoning=completion.reasoning))
            for call in completion.tool_calls:
                outcome = (_already_logged(call, logged_this_turn, ctx.today)
                           or self._registry.execute(runner, call, ctx.today, message=text))
                log.info("tool call", extra={"runner_id": runner.id, "tool": call.name, "round": round_number,
                                             "is_error": outcome.is_error})
                if call.name in TOOL_INTENTS:
                    attempted.append(call.name)
                if not outcome.is_error and outcome.name not in used:
                    used.append(outcome.name)
                if outcome.logged_run is not None:
                    logged_run = outcome.logged_run
                    logged_this_turn.append(outcome.logged_run)
                turns.append(ChatTurn(role="tool", content=outcome.content, tool_call_id=call.id,
                                      is_error=outcome.is_error))
        else:
            log.warning("llm tool rounds exhausted", extra={"runner_id": runner.id, "rounds": self._max_rounds})

        finished = completion is not None and not completion.tool_calls
        reply_text = completion.text.strip() if finished and completion else ""
        if completion is not None and completion.refused:
            # The provider declined: a polite no from the catalogue (what was logged is still said).
            log.warning("llm refused", extra={"runner_id": runner.id, "llm": self._llm.name})
            reply_text = say(runner.language, "llm_refused")
            if logged_run is not None:
                reply_text = self._fallback_text(runner.language, logged_run) + "\n\n" + reply_text
        if not reply_text:
            # Rounds exhausted, or an empty answer: say what was done, else the last words, else sorry.
            reply_text = (self._fallback_text(runner.language, logged_run) if logged_run is not None
                          else last_text or self._fallback_text(runner.language, None))
        intent = self._intent(attempted, text, ctx.today)
        return CoachReply(reply_text, intent, buttons=self._buttons(ctx, used), tools_used=used)

    # ------------------------------------------------------------------------------------------

    def _complete(self, system: str, turns: list[ChatTurn], specs, logged_run: Run | None,
                  round_number: int) -> Completion:
        try:
            return self._llm.complete(system, turns, specs)
        except LLMUnavailable as error:
            raise _unavailable(str(error), logged_run, round_number) from error
        except Exception as error:   # an adapter bug must not cost the runner an answer
            log.exception("llm adapter failed unexpectedly", extra={"llm": self._llm.name})
            raise _unavailable(f"{type(error).__name__}: {error}", logged_run, round_number) from error

    def _fitness(self, ctx: CoachContext):
        try:
            return self._tools.fitness(ctx.runner, ctx.today)
        except Exception:
            log.exception("fitness estimate failed", extra={"runner_id": ctx.runner.id})
            return None

    def _intent(self, attempted: list[str], text: str, today: date) -> Intent:
        """The first tool the model used names the intent; with none, the classifier's guess."""
        if attempted:
            return TOOL_INTENTS[attempted[0]]
        if self._understand is None:
            return Intent.UNKNOWN
        try:
            return self._understand(text, today).intent
        except Exception:
            log.exception("intent classifier failed")
            return Intent.UNKNOWN

    def _buttons(self, ctx: CoachContext, used: list[str]) -> tuple:
        lang = "en" if ctx.runner.language == "en" else "es"
        if "generate_plan" in used:
            return (SHOW_TODAY[lang],)
        if "log_run" in used and ctx.active_plan is None:
            try:
                count = len(self._tools.runs.for_runner(ctx.runner.id, limit=PLAN_OFFER_AFTER_RUNS))
            except Exception:
                return ()
            if count >= PLAN_OFFER_AFTER_RUNS:
                return (CREATE_PLAN[lang],)
        return ()

    @staticmethod
    def _fallback_text(language: str, logged_run: Run | None) -> str:
        lang = "en" if language == "en" else "es"
        if logged_run is None:
            return say(lang, "llm_tangled")
        time = say(lang, "run_time", time=format_clock(logged_run.duration_s)) if logged_run.duration_s else ""
        pace = f" ({format_pace(logged_run.pace_s_per_km)}/km)" if logged_run.pace_s_per_km else ""
        return say(lang, "run_logged", day=short_date(logged_run.date, lang),
                   distance=f"{logged_run.distance_km:g} km", time=time, pace=pace)


def _already_logged(call: ToolCall, logged: list[Run], today: date) -> ToolOutcome | None:
    """A second log_run of the same run (same day and distance) in one message is refused: models
    sometimes repeat a call, and a run must be stored once."""
    if call.name != "log_run" or not logged or not isinstance(call.arguments, dict):
        return None
    try:
        distance = float(call.arguments["distance_km"])
        day = date.fromisoformat(str(call.arguments["day"])[:10]) if call.arguments.get("day") else today
    except (TypeError, ValueError):
        return None
    for run in logged:
        if run.date == day and abs(run.distance_km - distance) < 0.01:
            content = json.dumps({"error": f"this run ({distance:g} km on {day.isoformat()}) was already logged "
                                           f"for this message; it is stored once"}, ensure_ascii=False)
            return ToolOutcome(content, is_error=True, name="log_run")
    return None


def _unavailable(reason: str, logged_run: Run | None, round_number: int) -> LLMUnavailable:
    error = LLMUnavailable(f"round {round_number}: {reason}")
    error.logged_run = logged_run    # read by ReplyToRunner so the offline coach won't log it again
    return error


def history_turns(messages: list[Message], current_text: str | None = None) -> list[ChatTurn]:
    """The recent chat as prior turns (the message being answered is not repeated)."""
    history = list(messages)
    if (history and current_text is not None and history[-1].role == Role.RUNNER
            and history[-1].text.strip() == current_text.strip()):
        history.pop()
    turns = []
    for message in history:
        if not message.text.strip():
            continue
        role = "user" if message.role == Role.RUNNER else "assistant"
        turns.append(ChatTurn(role=role, content=message.text))
    return turns
