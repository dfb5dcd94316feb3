"""Carrying out a tool call, from the LLM coach (JSON arguments) or the offline coach (typed ones).

Both go through the same handlers, so each rule and each result is written once. Whatever goes
wrong in a call (unknown tool, arguments that are not JSON, wrong types, missing arguments, a rule
of the domain broken) comes back as an error result, never as an exception: the conversation goes on.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from application.log_run import RunDetails
from application.messages import reason
from application.ports import ToolCall, ToolSpec
from application.prompts import local_day
from application.tools.arguments import (
    TOOL_ARGUMENTS,
    GeneratePlanArgs,
    GetProgressArgs,
    LogRunArgs,
    RecordInjuryArgs,
    ResolveInjuryArgs,
    SearchMemoryArgs,
    UpdateProfileArgs,
)
from application.tools.parsing import ArgumentError, make_converter, structure_arguments
from application.tools.schema import tool_spec
from application.tools.views import _canonical_part, _clean, _dumps, injury_json, plan_json, run_json, session_json
from domain.errors import DomainError
from domain.milestones import milestones, week_km
from domain.pace import format_clock, format_pace
from domain.run import Run
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


class ToolRegistry:
    def __init__(self, tools: CoachTools, definitions: Sequence[type] = TOOL_ARGUMENTS):
        self._tools = tools
        self._definitions = {cls.tool: cls for cls in definitions}  # type: ignore[attr-defined]
        self._specs = [tool_spec(cls) for cls in definitions]
        self._converter = make_converter()
        self._handlers: dict[str, Callable[..., tuple[dict[str, Any], Run | None]]] = {
            "log_run": self._log_run,
            "generate_plan": self._generate_plan,
            "get_progress": self._get_progress,
            "update_profile": self._update_profile,
            "record_injury": self._record_injury,
            "resolve_injury": self._resolve_injury,
            "search_memory": self._search_memory,
        }
        missing = set(self._definitions) - set(self._handlers)
        if missing:
            raise ValueError(f"tools without a handler: {sorted(missing)}")

    @property
    def specs(self) -> list[ToolSpec]:
        return list(self._specs)

    @property
    def names(self) -> list[str]:
        return list(self._definitions)

    def execute(self, runner: Runner, tool_call: ToolCall, today: date, message: str | None = None) -> ToolOutcome:
        """Carry out one call; every failure is an error result for the model, not an exception.

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
            payload, logged = self._handlers[name](runner, args, today, message)
        except ArgumentError as error:
            return self._error(name, f"invalid arguments for {name}: {error}")
        except DomainError as error:
            return ToolOutcome(_dumps({"error": error.reason, "code": error.code,
                                       "message_for_runner": reason(runner.language, error)}),
                               is_error=True, name=name)
        except Exception:
            log.exception("tool failed", extra={"tool": name, "runner_id": runner.id})
            return self._error(name, f"{name} failed because of an internal error; nothing was changed "
                                     f"unless a later tool result says so. Do not retry it now.")
        return ToolOutcome(_dumps(payload), is_error=False, name=name, logged_run=logged)

    @staticmethod
    def _error(name: str, message: str) -> ToolOutcome:
        return ToolOutcome(_dumps({"error": message}), is_error=True, name=name)

    # --- handlers: (runner, args, today, message) -> (result, logged run) ---------------------------

    def _log_run(self, runner: Runner, args: LogRunArgs, today: date, message: str | None):
        if args.day is not None and args.day > today:
            raise ArgumentError(f"day: {args.day.isoformat()} is after today ({today.isoformat()}); "
                                f"only runs already done can be logged")
        parts: list[str] = []
        for ache in args.aches:
            part = _canonical_part(ache)
            if part and part not in parts:
                parts.append(part)
        notes = args.notes or (message or "").strip() or None
        if args.is_race:
            notes = f"race: {notes}" if notes else "race"
        duration_s = int(round(args.duration_min * 60)) if args.duration_min is not None else None
        details = RunDetails(
            distance_km=args.distance_km, day=args.day, duration_s=duration_s, perceived_effort=args.rpe,
            mood=args.mood, aches=", ".join(parts) or None, notes=notes, weather=args.weather,
            ache_parts=parts,
        )
        logged = self._tools.log_run(runner, details, today)
        run = logged.run
        result: dict[str, Any] = {"logged": True, "run": run_json(run)}
        if logged.new_injuries:
            result["new_injuries"] = [i.body_part for i in logged.new_injuries]
        history = self._tools.runs.for_runner(runner.id)
        result["runs_logged_total"] = len(history)
        result["week_km"] = week_km(run, history)
        records = milestones(run, history)
        if records:
            # Something to celebrate: the model is told, with the record it beat.
            result["records"] = [{"kind": m.kind.value, "previous_best": round(m.previous_best, 1)}
                                 for m in records]
        plan = self._tools.active_plan(runner)
        planned = plan.session_on(run.date) if plan else None
        if planned is not None:
            result["planned_that_day"] = session_json(planned, runner.language)
        elif plan is None:
            result["active_plan"] = None
        return result, run

    def _generate_plan(self, runner: Runner, args: GeneratePlanArgs, today: date, message: str | None):
        generated = self._tools.generate_plan(runner, today)
        estimate = generated.estimate
        return {
            "plan": plan_json(generated.plan, runner.language),
            "vdot_source": estimate.source,
            "vdot_explanation": estimate.explanation(runner.language),
        }, None

    def _get_progress(self, runner: Runner, args: GetProgressArgs, today: date, message: str | None):
        summary = self._tools.get_progress(runner, today, args.days)
        data = summary.as_dict()
        pace = data.pop("average_pace_s_per_km", None)
        data["average_pace_per_km"] = format_pace(pace) if pace else None
        data["total_time"] = format_clock(data.pop("total_time_s")) if summary.total_time_s else None
        for key in ("average_effort", "vdot"):
            if data.get(key) is not None:
                data[key] = round(data[key], 1)
        return {"progress": {k: v for k, v in data.items() if v is not None}}, None

    def _update_profile(self, runner: Runner, args: UpdateProfileArgs, today: date, message: str | None):
        changes = {
            "name": args.name, "age": args.age, "goal_race": args.goal_race,
            "weekly_frequency": args.weekly_frequency, "fitness_level": args.fitness_level,
            "motivation": args.motivation, "injury_history": args.injury_history,
            "timezone": args.timezone, "language": args.language,
        }
        changes = {k: v for k, v in changes.items() if v is not None}
        if not changes:
            raise ArgumentError("give at least one field to change")
        if "timezone" in changes:
            try:
                ZoneInfo(str(changes["timezone"]))
            except (ZoneInfoNotFoundError, ValueError):
                raise ArgumentError(f"timezone: {changes['timezone']!r} is not an IANA timezone") from None
        applied = self._tools.update_profile(runner, changes)
        return {"updated": {k: getattr(v, "value", v) for k, v in applied.items()}}, None

    def _record_injury(self, runner: Runner, args: RecordInjuryArgs, today: date, message: str | None):
        part = _canonical_part(args.body_part)
        if not part:
            raise ArgumentError("body_part: must name a body part")
        description = args.description or (message or "").strip()
        outcome = self._tools.record_injury(runner, part, args.severity, description, today)
        result: dict[str, Any] = {"injury": injury_json(outcome.injury)}
        if outcome.adapted_plan is not None:
            result["plan_adapted"] = True
            result["adaptations"] = list(outcome.adapted_plan.adaptations)
            upcoming = [s for s in outcome.adapted_plan.sessions if s.date >= today][:3]
            result["next_sessions"] = [session_json(s, runner.language) for s in upcoming]
        else:
            result["plan_adapted"] = False
        return result, None

    def _resolve_injury(self, runner: Runner, args: ResolveInjuryArgs, today: date, message: str | None):
        part = _canonical_part(args.body_part) if args.body_part else None
        resolved = self._tools.resolve_injury(runner, part, today)
        result: dict[str, Any] = {"resolved": [i.body_part for i in resolved]}
        if not resolved:
            result["note"] = "no open injury matched"
        return result, None

    def _search_memory(self, runner: Runner, args: SearchMemoryArgs, today: date, message: str | None):
        if not args.query.strip():
            raise ArgumentError("query: must not be empty")
        found = self._tools.search_memory(runner, args.query, args.k)
        return {"memories": [_clean({
            "date": local_day(runner, hit.document.created_at).isoformat(),
            "kind": hit.document.kind.value,
            "text": hit.document.text,
            "score": round(hit.score, 2),
        }) for hit in found]}, None
