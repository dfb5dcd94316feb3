"""Carrying out a tool call, from the LLM coach (JSON arguments) or the offline coach (typed ones).

Both go through the same handlers (application.tools.handlers), so each rule and each result is
written once. Whatever goes wrong in a call (unknown tool, arguments that are not JSON, wrong types,
missing arguments, a rule of the domain broken, a run that needs the runner's confirmation) comes
back as an error result, never as an exception: the conversation goes on.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from application.messages import reason
from application.ports import ToolCall, ToolSpec, UnitOfWork
from application.tools import policy
from application.tools.arguments import TOOL_ARGUMENTS, LogRunArgs
from application.tools.handlers import HANDLERS
from application.tools.parsing import ArgumentError, make_converter, structure_arguments
from application.tools.schema import tool_spec
from application.tools.views import concern_json, dumps
from application.training.log_run import LoggedRun, NeedsConfirmation, RunDetails
from domain.errors import DomainError
from domain.run import Run
from domain.run_rules import RunConcern
from domain.runner import Runner

if TYPE_CHECKING:
    from application.tools.toolbox import CoachTools

log = logging.getLogger(__name__)


@attrs.frozen
class ToolOutcome:
    content: str                      # compact JSON for the model
    is_error: bool
    name: str
    logged_run: Run | None = None     # set when log_run stored a run
    value: Any = None                 # the typed result, for the offline coach to word
    error: Exception | None = None    # the DomainError / NeedsConfirmation / ArgumentError behind an error

    @property
    def needs_confirmation(self) -> NeedsConfirmation | None:
        return self.error if isinstance(self.error, NeedsConfirmation) else None


class ToolRegistry:
    """Each call is one unit of work: what a tool changes (a run, the ache it noted, the plan rebuilt
    around it) is saved whole or not at all."""

    def __init__(self, tools: CoachTools, definitions: Sequence[type] = TOOL_ARGUMENTS,
                 unit_of_work: UnitOfWork | None = None):
        self._tools = tools
        self._unit_of_work = unit_of_work
        self._definitions: dict[str, type] = {getattr(cls, "tool"): cls for cls in definitions}   # noqa: B009
        self._specs = [tool_spec(cls) for cls in definitions]
        self._converter = make_converter()
        missing = set(self._definitions) - set(HANDLERS)
        if missing:
            raise ValueError(f"tools without a handler: {sorted(missing)}")

    @property
    def specs(self) -> list[ToolSpec]:
        return list(self._specs)

    @property
    def names(self) -> list[str]:
        return list(self._definitions)

    def execute(self, runner: Runner, tool_call: ToolCall, today: date, message: str | None = None) -> ToolOutcome:
        """Carry out a model's call (JSON arguments); every failure is an error result for the model.

        ``message`` is the runner's message, kept as the notes of a logged run when the model gives none.
        """
        name = tool_call.name
        cls = self._definitions.get(name)
        if cls is None:
            return self._error(name, f"unknown tool {name!r}; the tools are: {', '.join(self._definitions)}")
        if tool_call.arguments is None or not isinstance(tool_call.arguments, dict):
            raw = (tool_call.raw_arguments or "")[:200]
            return self._error(name, f"the arguments are not a valid JSON object: {raw!r}. "
                                     f"Call {name} again with JSON arguments.")
        try:
            args = structure_arguments(self._converter, cls, tool_call.arguments)
        except ArgumentError as error:
            return self._error(name, f"invalid arguments for {name}: {error}", error)
        return self.call(runner, args, today, message)

    def call(self, runner: Runner, args: Any, today: date, message: str | None = None,
             answering: str | None = None) -> ToolOutcome:
        """Carry out a call with typed arguments (the offline coach's way in, and the model's after parsing).
        ``answering``: the write the coach's own last question asked for (application.tools.policy)."""
        name: str = getattr(type(args), "tool")   # noqa: B009
        try:
            _enforce_write_policy(name, runner, args, today, message, answering)
            with self._unit_of_work if self._unit_of_work is not None else contextlib.nullcontext():
                payload, value = HANDLERS[name](self._tools, runner, args, today, message)
        except ArgumentError as error:
            return self._error(name, f"invalid arguments for {name}: {error}", error)
        except NeedsConfirmation as pending:
            return ToolOutcome(dumps({
                "needs_confirmation": True,
                "concerns": [concern_json(c) for c in pending.concerns],
                "instruction": "Nothing was stored. Tell the runner why this run looks unusual and ask them "
                               "to confirm; if they confirm, call log_run again with confirmed=true.",
            }), is_error=True, name=name, error=pending)
        except DomainError as error:
            return ToolOutcome(dumps({"error": error.reason, "code": error.code,
                                      "message_for_runner": reason(runner.language, error)}),
                               is_error=True, name=name, error=error)
        except Exception as error:
            log.exception("tool failed", extra={"tool": name, "runner_id": runner.id})
            return self._error(name, f"{name} failed because of an internal error; nothing was changed "
                                     f"unless a later tool result says so. Do not retry it now.", error)
        logged = value.run if isinstance(value, LoggedRun) else None
        return ToolOutcome(dumps(payload), is_error=False, name=name, logged_run=logged, value=value)

    @staticmethod
    def _error(name: str, message: str, error: Exception | None = None) -> ToolOutcome:
        return ToolOutcome(dumps({"error": message}), is_error=True, name=name, error=error)


def _enforce_write_policy(name: str, runner: Runner, args: Any, today: date, message: str | None,
                          answering: str | None = None) -> None:
    """application.tools.policy, for every caller: a write the message does not state is refused, and a
    run it only suggests is asked about first (the same confirmation as an unusual run)."""
    verdict = policy.judge(name, message, args, answering, runner)
    if verdict.decision is policy.Decision.REFUSE:
        log.info("write refused by the policy", extra={"tool": name, "runner_id": runner.id, "acts": verdict.acts})
        raise policy.NotAFact(name, list(verdict.acts))
    if verdict.decision is policy.Decision.CONFIRM and isinstance(args, LogRunArgs):
        day = args.day or today
        raise NeedsConfirmation([RunConcern("not_sure_done", {"km": args.distance_km, "day": day.isoformat()})],
                                RunDetails(distance_km=args.distance_km, day=args.day),
                                Run(runner_id=runner.id, date=day, distance_km=args.distance_km))
