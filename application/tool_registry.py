"""The coach's tools as a language model sees them, and how a model's tool call is carried out.

Each tool is written ONCE, as an attrs class of its arguments: the field types, defaults and
descriptions give both the JSON schema the model is shown (``ToolSpec.parameters``) and the
validation of what the model sends back (structured with cattrs, strictly: no silent "7.5" -> 7).
The class docstring is the tool's description.

Whatever goes wrong in a call (unknown tool, arguments that are not JSON, wrong types, missing
arguments, a rule of the domain broken) comes back as an error result for the model to read and
correct, never as an exception: the conversation goes on.
"""
from __future__ import annotations

import enum
import inspect
import json
import logging
import math
import re
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.v import format_exception

from application.log_run import RunDetails
from application.messages import WEEKDAYS, reason
from application.ports import ToolCall, ToolSpec
from application.prompts import local_day
from application.understanding import profile_answers as answers
from application.understanding.body import body_parts_in
from application.understanding.text import fold
from domain.errors import DomainError
from domain.injury import Injury, Severity
from domain.milestones import milestones, week_km
from domain.pace import format_clock, format_pace
from domain.plan import Session, TrainingPlan
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner

if TYPE_CHECKING:
    from application.tools import CoachTools

log = logging.getLogger(__name__)


# --- Declaring arguments ------------------------------------------------------------------------

def arg(description: str, default: Any = attrs.NOTHING, *, factory: Callable[[], Any] | None = None,
        minimum: float | None = None, maximum: float | None = None) -> Any:
    """An argument of a tool: its description and bounds feed the schema AND the validation."""
    metadata: dict[str, Any] = {"description": description}
    validators = []
    if minimum is not None:
        metadata["minimum"] = minimum
        validators.append(attrs.validators.ge(minimum))
    if maximum is not None:
        metadata["maximum"] = maximum
        validators.append(attrs.validators.le(maximum))
    validator = attrs.validators.optional(validators) if validators else None
    if factory is not None:
        return attrs.field(factory=factory, metadata=metadata, validator=validator)
    return attrs.field(default=default, metadata=metadata, validator=validator)


@attrs.frozen
class LogRunArgs:
    """Store a run the runner has ALREADY DONE (past tense: "corrí 10 km en 50 min"), once per run.
    Never for planned runs or questions, and never again for a run already listed under the
    recent runs. If the distance is missing, ask for it instead of calling this."""
    tool: ClassVar[str] = "log_run"

    distance_km: float = arg("Distance in kilometres (convert miles: 1 mi = 1.609 km; 'media maratón' = 21.1).")
    duration_min: float | None = arg("Total time in minutes, e.g. 52.5 for 52:30 or 65 for 1h05. Omit if not said.",
                                     None)
    day: date | None = arg("Day of the run, YYYY-MM-DD, in the runner's calendar. Omit for today "
                            "('ayer' = yesterday).", None)
    rpe: int | None = arg("Perceived effort 1-10 (RPE) if the runner gave it or described it clearly.", None)
    mood: str | None = arg("How the runner felt, in a word or two (e.g. 'cansado', 'great').", None)
    aches: list[str] = arg("Body parts that hurt or bothered during/after the run (e.g. ['rodilla']).",
                           factory=list)
    weather: str | None = arg("Weather if mentioned (e.g. 'lluvia', 'hot').", None)
    is_race: bool = arg("True if it was a race or an all-out time trial (it then sets the runner's VDOT).",
                        False)
    notes: str | None = arg("Anything else worth remembering about the run. Omit to keep the runner's words.",
                            None)


@attrs.frozen
class GeneratePlanArgs:
    """Build a NEW 14-day training block from the runner's recent runs (VDOT) and open injuries,
    and make it the active plan. Only when there is no active plan, the active one has ended, or
    the runner explicitly asks for a new/adjusted plan; otherwise answer from the active plan."""
    tool: ClassVar[str] = "generate_plan"


@attrs.frozen
class GetProgressArgs:
    """Summarise the runner's training over the last days: runs, km, time, average pace, longest
    run, average effort, change vs the previous period, plan completion, VDOT, open injuries."""
    tool: ClassVar[str] = "get_progress"

    days: int = arg("Length of the period in days (14 by default, 30 for 'este mes').", 14,
                    minimum=1, maximum=365)


@attrs.frozen
class UpdateProfileArgs:
    """Change the runner's profile when they ask to (goal race, days per week, level, name...).
    Give only the fields that change."""
    tool: ClassVar[str] = "update_profile"

    name: str | None = arg("The name the runner wants to be called.", None)
    age: int | None = arg("Age in years (10-100).", None)
    goal_race: GoalRace | None = arg("Target race distance.", None)
    weekly_frequency: int | None = arg("Days per week the runner can run (1-7).", None)
    fitness_level: FitnessLevel | None = arg("Running level.", None)
    motivation: str | None = arg("Why they run / the race they have in mind.", None)
    injury_history: str | None = arg("Past injuries, in the runner's words.", None)
    timezone: str | None = arg("IANA timezone, e.g. 'America/Guayaquil'.", None)
    language: str | None = arg("Language to answer in: 'es' or 'en'.", None)


@attrs.frozen
class RecordInjuryArgs:
    """Record pain or an injury the runner reports (outside of a run being logged), so the plan
    is adapted right away: mild = easy running only, moderate = cross-training, severe = rest and
    see a professional."""
    tool: ClassVar[str] = "record_injury"

    body_part: str = arg("Where it hurts, e.g. 'rodilla', 'knee', 'gemelo', 'tobillo'.")
    severity: Severity = arg("mild: niggle, can run easy; moderate: hurts while running; severe: hurts "
                             "walking, swelling, or had to stop and can't run.", Severity.MILD)
    description: str | None = arg("Short description in the runner's words.", None)


@attrs.frozen
class ResolveInjuryArgs:
    """Mark an injury as healed when the runner says it no longer hurts."""
    tool: ClassVar[str] = "resolve_injury"

    body_part: str | None = arg("The body part that is better; omit to close every open injury.", None)


@attrs.frozen
class SearchMemoryArgs:
    """Search what the runner told the coach before (past messages, runs, injuries, plans) by
    meaning. Use for questions like '¿qué te dije de mi rodilla?' or 'when was my last long run?'."""
    tool: ClassVar[str] = "search_memory"

    query: str = arg("What to look for, in a few words.")
    k: int = arg("How many memories to return.", 5, minimum=1, maximum=10)


TOOL_ARGUMENTS: tuple[type, ...] = (
    LogRunArgs, GeneratePlanArgs, GetProgressArgs, UpdateProfileArgs, RecordInjuryArgs,
    ResolveInjuryArgs, SearchMemoryArgs,
)

for _cls in TOOL_ARGUMENTS:
    attrs.resolve_types(_cls)


# --- The JSON schema, derived from the classes -----------------------------------------------------

def _non_none(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return inner[0] if len(inner) == 1 else tp
    return tp


def json_schema_of_type(tp: Any) -> dict[str, Any]:
    tp = _non_none(tp)
    if typing.get_origin(tp) in (list, tuple, Sequence):
        return {"type": "array", "items": json_schema_of_type(typing.get_args(tp)[0])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON schema for {tp!r}")


def json_schema(cls: type) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = json_schema_of_type(field.type)
        prop["description"] = field.metadata.get("description", "")
        for bound in ("minimum", "maximum"):
            if bound in field.metadata:
                prop[bound] = field.metadata[bound]
        default = field.default
        if default is attrs.NOTHING:
            required.append(field.name)
        elif not isinstance(default, attrs.Factory) and default is not None:  # type: ignore[arg-type]
            prop["default"] = default.value if isinstance(default, enum.Enum) else default
        properties[field.name] = prop
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def tool_spec(cls: type) -> ToolSpec:
    name: str = cls.tool  # type: ignore[attr-defined]  # each tool class declares its name
    return ToolSpec(name=name, description=inspect.cleandoc(cls.__doc__ or "").replace("\n", " "),
                    parameters=json_schema(cls))


# --- Structuring, strictly --------------------------------------------------------------------------

class ArgumentError(ValueError):
    """The model's arguments do not fit the tool."""


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*-?\d+(?:[.,]\d+)?\s*", value):
        number = float(value.replace(",", "."))
    else:
        raise ValueError(f"expected a number, got {value!r}")
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError(f"expected true or false, got {value!r}")


def _structure_date(value: Any, _: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


def _structure_str_list(value: Any, _: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"expected a list of strings, got {value!r}")


_SEVERITY_WORDS = {"leve": Severity.MILD, "ligera": Severity.MILD, "moderada": Severity.MODERATE,
                   "moderado": Severity.MODERATE, "fuerte": Severity.SEVERE, "grave": Severity.SEVERE,
                   "severa": Severity.SEVERE, "severo": Severity.SEVERE}
# Lenient readers for enums: the model may write the value in words ("media maratón").
_ENUM_READERS: dict[type, Callable[[str], Any]] = {
    GoalRace: answers.goal_in,
    FitnessLevel: answers.level_in,
    Severity: lambda text: _SEVERITY_WORDS.get(fold(text).strip()),
}


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    def structure(value: Any, _: Any) -> enum.Enum:
        if isinstance(value, str):
            wanted = fold(value).strip()
            for member in cls:
                if member.value == wanted:
                    return member
            reader = _ENUM_READERS.get(cls)
            found = reader(value) if reader else None
            if found is not None:
                return found
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"expected one of {allowed}, got {value!r}")
    return structure


def make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook_func(lambda t: t == list[str], _structure_str_list)
    # Explicitly per enum: these are str subclasses, and the str hook would otherwise take them.
    for cls in _enums_in(TOOL_ARGUMENTS):
        converter.register_structure_hook(cls, _enum_hook(cls))
    return converter


def _enums_in(definitions: Sequence[type]) -> list[type[enum.Enum]]:
    found: list[type[enum.Enum]] = []
    for cls in definitions:
        for field in attrs.fields(cls):
            tp = _non_none(field.type)
            if isinstance(tp, type) and issubclass(tp, enum.Enum) and tp not in found:
                found.append(tp)
    return found


def _format_exception(exc: BaseException, tp: Any) -> str:
    if isinstance(exc, KeyError):
        return "required argument missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown arguments {sorted(exc.extra_fields)}"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    return format_exception(exc, tp)


def structure_arguments(converter: cattrs.Converter, cls: type, arguments: dict[str, Any]) -> Any:
    """The model's arguments as an instance of ``cls``; ArgumentError says what is wrong."""
    # A null means "not given": the default applies (and a required argument is reported missing).
    given = {k: v for k, v in arguments.items() if v is not None}
    try:
        return converter.structure(given, cls)
    except cattrs.BaseValidationError as error:
        problems = cattrs.transform_error(error, path="$", format_exception=_format_exception)
        readable = []
        for problem in problems:
            message, separator, where = problem.rpartition(" @ ")
            if not separator:
                readable.append(problem)
                continue
            field = where.removeprefix("$").lstrip(".")
            readable.append(f"{field}: {message}" if field else message)
        raise ArgumentError("; ".join(readable)) from error
    except (ValueError, TypeError) as error:   # attrs validators (bounds) run in __init__
        raise ArgumentError(str(error)) from error


# --- Results the model can use ------------------------------------------------------------------------

def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


def _pace_range(pace: tuple[float, float] | None) -> str | None:
    if not pace:
        return None
    fast, slow = pace
    return format_pace(fast) if abs(slow - fast) < 3 else f"{format_pace(fast)}-{format_pace(slow)}"


def run_json(run: Run) -> dict[str, Any]:
    return _clean({
        "date": run.date.isoformat(),
        "distance_km": round(run.distance_km, 2),
        "duration": format_clock(run.duration_s) if run.duration_s else None,
        "pace_per_km": format_pace(run.pace_s_per_km) if run.pace_s_per_km else None,
        "rpe": run.perceived_effort,
        "mood": run.mood,
        "aches": run.aches,
        "weather": run.weather,
    })


def session_json(session: Session, language: str) -> dict[str, Any]:
    return _clean({
        "date": session.date.isoformat(),
        "day": WEEKDAYS.get(language, WEEKDAYS["es"])[session.date.weekday()],
        "kind": session.kind.value,
        "km": session.distance_km or None,
        "pace_per_km": _pace_range(session.pace_s_per_km),
        "purpose": session.purpose,
    })


def plan_json(plan: TrainingPlan, language: str, today: date | None = None) -> dict[str, Any]:
    sessions = [s for s in plan.sessions if today is None or s.date >= today]
    return _clean({
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat(),
        "total_km": plan.total_km,
        "week_km": [plan.week_km(0), plan.week_km(1)],
        "vdot": round(plan.vdot, 1),
        "adaptations": list(plan.adaptations),
        "sessions": [session_json(s, language) for s in sessions],
    })


def injury_json(injury: Injury) -> dict[str, Any]:
    return _clean({
        "body_part": injury.body_part,
        "severity": injury.severity.value,
        "since": injury.reported_on.isoformat() if injury.reported_on else None,
        "resolved_on": injury.resolved_on.isoformat() if injury.resolved_on else None,
        "description": injury.description,
    })


def _canonical_part(text: str) -> str:
    found = body_parts_in(text)
    return found[0] if found else fold(text).strip()


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)


# --- Executing a call ----------------------------------------------------------------------------------

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
