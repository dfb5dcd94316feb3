"""LLMCoach: the language model answers, using the coach's tools to act on the runner's data.

One message is a ``Conversation``: a system prompt with everything the coach knows, the recent chat
as prior turns, then complete → run the tools the model asks for → give it the results → ... until
it answers in text (at most ``max_tool_rounds`` rounds of tools).

Its steps are apart so that a worker never holds a database transaction while the model thinks
(application.messaging.inbound): ``start`` and ``run_tools`` and ``reply`` touch the store (run them in a
thread, inside a unit of work), ``converse_async`` awaits the model and calls back for the tools.
``answer`` does it all in one go, blocking (the terminal chat). After each round of tools
``Conversation.progress`` is what a retry needs to go on without running them again; ``start``
takes it back.

When the provider fails, LLMUnavailable goes up to ReplyToRunner, which lets the offline coach
answer; if a run was already stored in this turn, the error carries it as ``logged_run`` so it
is not stored twice.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from application.coach.coach_reply import CREATE_PLAN, SHOW_TODAY, CoachReply
from application.coach.context import CoachContext
from application.coach.prompts import build_system_prompt
from application.messages import say, short_date
from application.ports import LLM, ChatTurn, Completion, LLMUnavailable, RunRepository, ToolCall, ToolSpec
from application.tools.registry import ToolOutcome, ToolRegistry
from application.understanding.intents import Understand
from domain.conversation import Intent, Message, Role
from domain.pace import format_clock, format_pace
from domain.run import Run
from domain.runner import Runner

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
    "get_season": Intent.PACE_QUESTION,
    "set_race": Intent.SET_RACE,
    "set_schedule": Intent.SET_SCHEDULE,
    "update_profile": Intent.PROFILE_UPDATE,
    "search_memory": Intent.MEMORY_QUESTION,
    "running_knowledge": Intent.RUNNING_QUESTION,
}

PLAN_OFFER_AFTER_RUNS = 3



@attrs.define
class Conversation:
    """One runner message being answered by the model: what was said, done and learnt so far."""
    runner: Runner
    today: date
    text: str
    system: str
    turns: list[ChatTurn]                 # the chat so far, the runner's message, then this answer's turns
    specs: list[ToolSpec]
    first_new: int                        # turns[first_new:] are this answer's (assistant and tool turns)
    rounds: int = 0                       # model calls made
    attempted: list[str] = attrs.Factory(list)   # known tools the model called, in order
    used: list[str] = attrs.Factory(list)        # tools that succeeded, in order, once each
    logged: list[Run] = attrs.Factory(list)      # runs stored while answering
    completion: Completion | None = None  # the model's last answer
    last_text: str = ""                   # the last words it said along the way

    @property
    def logged_run(self) -> Run | None:
        return self.logged[-1] if self.logged else None

    def progress(self) -> str:
        """What a retry needs to go on after the tools already run (JSON, kept with the message)."""
        return json.dumps({
            "turns": [attrs.asdict(t, recurse=True) for t in self.turns[self.first_new:]],
            "rounds": self.rounds, "attempted": self.attempted, "used": self.used,
            "logged": [r.id for r in self.logged], "last_text": self.last_text,
        }, ensure_ascii=False)


def _turn(data: dict[str, Any]) -> ChatTurn:
    calls = tuple(ToolCall(**c) for c in data.pop("tool_calls", ()))
    return ChatTurn(**data, tool_calls=calls)


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
        """The whole answer, blocking (raises LLMUnavailable when the provider fails)."""
        conversation = self.start(ctx, text)
        self.converse(conversation)
        return self.reply(ctx, conversation)

    # --- the steps ---------------------------------------------------------------------------

    def start(self, ctx: CoachContext, text: str, progress: str | None = None) -> Conversation:
        """The conversation for the runner's message (reads the store); with ``progress``, as a
        previous try left it after its last round of tools."""
        system = build_system_prompt(ctx, self._fitness(ctx))
        turns = history_turns(ctx.recent_messages, text)
        turns.append(ChatTurn(role="user", content=text or "…"))
        conversation = Conversation(ctx.runner, ctx.today, text, system, turns, self._registry.specs,
                                    first_new=len(turns))
        if progress:
            self._resume(conversation, progress, self._tools.runs)
        return conversation

    def wants_model(self, conversation: Conversation) -> bool:
        """Whether the model is to be asked (again): not yet, or it asked for tools and rounds are left."""
        completion = conversation.completion
        if completion is not None and (completion.refused or not completion.tool_calls):
            return False
        if conversation.rounds >= self._max_rounds:
            log.warning("llm tool rounds exhausted", extra={"runner_id": conversation.runner.id,
                                                            "rounds": self._max_rounds})
            return False
        return True

    def converse(self, conversation: Conversation) -> None:
        """Ask the model and run its tools until it answers (blocking)."""
        while self.wants_model(conversation):
            calls = self._absorb(conversation, self._complete(conversation))
            if calls:
                self.run_tools(conversation, calls)

    async def converse_async(self, conversation: Conversation,
                             run_tools: Callable[[Conversation, list[ToolCall]], Awaitable[None]]) -> None:
        """The same, awaiting the model; ``run_tools`` is awaited for each round of tools (the caller
        runs ``self.run_tools`` off the event loop, in a unit of work, and keeps the progress)."""
        while self.wants_model(conversation):
            try:
                completion = await self._llm.acomplete(conversation.system, conversation.turns, conversation.specs)
            except Exception as error:
                raise self._unavailable(conversation, error) from error
            calls = self._absorb(conversation, completion)
            if calls:
                await run_tools(conversation, calls)

    def run_tools(self, conversation: Conversation, calls: list[ToolCall]) -> None:
        """Carry out one round of the model's tool calls (writes the store) and note the results."""
        runner, text = conversation.runner, conversation.text
        for call in calls:
            outcome = (_already_logged(call, conversation.logged, conversation.today)
                       or self._registry.execute(runner, call, conversation.today, message=text))
            log.info("tool call", extra={"runner_id": runner.id, "tool": call.name, "round": conversation.rounds,
                                         "is_error": outcome.is_error})
            if call.name in TOOL_INTENTS:
                conversation.attempted.append(call.name)
            if not outcome.is_error and outcome.name not in conversation.used:
                conversation.used.append(outcome.name)
            if outcome.logged_run is not None:
                conversation.logged.append(outcome.logged_run)
            conversation.turns.append(ChatTurn(role="tool", content=outcome.content, tool_call_id=call.id,
                                               is_error=outcome.is_error))

    def reply(self, ctx: CoachContext, conversation: Conversation) -> CoachReply:
        """The runner's answer from where the conversation ended (may read the store and embed)."""
        runner, completion, logged_run = ctx.runner, conversation.completion, conversation.logged_run
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
                          else conversation.last_text or self._fallback_text(runner.language, None))
        intent = self._intent(conversation.attempted, conversation.text, ctx.today)
        return CoachReply(reply_text, intent, buttons=self._buttons(ctx, conversation.used),
                          tools_used=list(conversation.used))

    # ------------------------------------------------------------------------------------------

    def _complete(self, conversation: Conversation) -> Completion:
        try:
            return self._llm.complete(conversation.system, conversation.turns, conversation.specs)
        except Exception as error:
            raise self._unavailable(conversation, error) from error

    def _unavailable(self, conversation: Conversation, error: Exception) -> LLMUnavailable:
        if not isinstance(error, LLMUnavailable):   # an adapter bug must not cost the runner an answer
            log.error("llm adapter failed unexpectedly", exc_info=error, extra={"llm": self._llm.name})
        reason = str(error) if isinstance(error, LLMUnavailable) else f"{type(error).__name__}: {error}"
        return _unavailable(reason, conversation.logged_run, conversation.rounds + 1)

    @staticmethod
    def _absorb(conversation: Conversation, completion: Completion) -> list[ToolCall]:
        """Take the model's answer in; returns the tools it asks for (none when it is done)."""
        conversation.rounds += 1
        conversation.completion = completion
        if completion.refused:
            return []
        if completion.text.strip():
            conversation.last_text = completion.text.strip()
        if not completion.tool_calls:
            return []
        conversation.turns.append(ChatTurn(role="assistant", content=completion.text,
                                           tool_calls=completion.tool_calls, reasoning=completion.reasoning))
        return list(completion.tool_calls)

    @staticmethod
    def _resume(conversation: Conversation, progress: str, runs: RunRepository) -> None:
        try:
            saved = json.loads(progress)
            turns = [_turn(dict(t)) for t in saved["turns"]]
        except (ValueError, KeyError, TypeError) as error:
            log.warning("progress of an earlier try unreadable: starting over", extra={"error": str(error)})
            return
        conversation.turns.extend(turns)
        conversation.rounds = int(saved.get("rounds", 0))
        conversation.attempted = list(saved.get("attempted", []))
        conversation.used = list(saved.get("used", []))
        conversation.last_text = str(saved.get("last_text", ""))
        conversation.logged = [run for run in (runs.get(i) for i in saved.get("logged", [])) if run is not None]
        if turns and turns[-1].role == "tool":      # the model's last answer was tool calls: ask again
            last_call = next(t for t in reversed(turns) if t.role == "assistant")
            conversation.completion = Completion(text=last_call.content, tool_calls=last_call.tool_calls,
                                                 reasoning=last_call.reasoning)

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
