"""The tools' arguments, each tool written ONCE as an attrs class.

The field types, defaults, bounds and descriptions give both the JSON schema a language model is
shown (application.tools.schema) and the validation of what it sends back
(application.tools.parsing); the offline coach builds the same classes from what it understood.
The class docstring is the tool's description.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

import attrs

from domain.injury import Severity
from domain.runner import FitnessLevel, GoalRace


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


