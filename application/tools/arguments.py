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
from domain.runner import FitnessLevel, GoalRace, Units


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
    confirmed: bool = arg("True only after the runner confirmed a run the coach flagged as unusual "
                          "(much longer or faster than their history, or a possible duplicate).", False)
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
    goal_race: GoalRace | None = arg(
        "Target race distance: 'half', 'marathon', km as '5k', '15k', '21.5k', or miles as '10mi'.", None)
    weekly_frequency: int | None = arg("Days per week the runner can run (1-7).", None)
    fitness_level: FitnessLevel | None = arg("Running level.", None)
    motivation: str | None = arg("Why they run / the race they have in mind.", None)
    injury_history: str | None = arg("Past injuries, in the runner's words.", None)
    timezone: str | None = arg("IANA timezone, e.g. 'America/Guayaquil'.", None)
    language: str | None = arg("Language to answer in: 'es' or 'en'.", None)
    weekly_km: float | None = arg("Kilometres a week the runner runs now.", None, minimum=0, maximum=300)
    longest_run_km: float | None = arg("Longest run of the last month, km.", None, minimum=0, maximum=250)


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
    side: str | None = arg("left or right, if said.", None)
    pain: int | None = arg("Pain 0-10 if said.", None, minimum=0, maximum=10)
    pain_walking: bool | None = arg("True if it hurts to walk (a red flag).", None)
    swelling: bool | None = arg("True if it is swollen (a red flag).", None)
    sharp: bool | None = arg("True if the pain is sharp/stabbing (a red flag).", None)
    since_days: int | None = arg("How many days it has hurt.", None, minimum=0, maximum=3650)
    trigger: str | None = arg("What makes it hurt (stairs, downhill, after 5 km…).", None)


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


@attrs.frozen
class LogCrossTrainingArgs:
    """Store cross-training the runner has ALREADY DONE (bike, swim, strength, elliptical, yoga…).
    It is counted apart from running km. Not for runs."""
    tool: ClassVar[str] = "log_cross_training"

    activity: str = arg("One of: bike, swim, strength, other.")
    minutes: float | None = arg("Duration in minutes.", None, minimum=1, maximum=600)
    distance_km: float | None = arg("Distance in km if said (bike, swim).", None, minimum=0.01, maximum=500)
    day: date | None = arg("Day, YYYY-MM-DD in the runner's calendar; omit for today.", None)
    rpe: int | None = arg("Perceived effort 1-10 if given.", None, minimum=1, maximum=10)


@attrs.frozen
class CorrectRunArgs:
    """Correct a run ALREADY LOGGED ("me equivoqué, fueron 6 km no 8"): the last run, or the run of
    a given day. Never log a second run for a correction. Give only what changes."""
    tool: ClassVar[str] = "correct_run"

    day: date | None = arg("Day of the run to correct (YYYY-MM-DD); omit for the last logged run.", None)
    logged_km: float | None = arg("The distance as it was logged, when the runner says it (\"6 not 8\": 8), "
                                  "to find the run.", None)
    distance_km: float | None = arg("The right distance in km.", None)
    duration_min: float | None = arg("The right total time in minutes.", None)
    new_day: date | None = arg("The right day, if the day was wrong.", None)
    confirmed: bool = arg("True only after the runner confirmed a correction the coach flagged as unusual.", False)


@attrs.frozen
class DeleteRunArgs:
    """Delete a logged run the runner asks to remove ("borra mi última carrera")."""
    tool: ClassVar[str] = "delete_run"

    day: date | None = arg("Day of the run to delete (YYYY-MM-DD); omit for the last logged run.", None)
    logged_km: float | None = arg("Its distance, when the runner says it, to pick the run of that day.", None)


@attrs.frozen
class RecordMissedSessionArgs:
    """The runner could not do a planned session ("hoy no pude entrenar, llovió"). The plan moves
    or drops it by rule (a key session is never doubled up with the next one)."""
    tool: ClassVar[str] = "record_missed_session"

    day: date | None = arg("Day of the missed session (YYYY-MM-DD); omit for today.", None)
    reason: str | None = arg("Why, in the runner's words (rain, work, tired, sick…).", None)


@attrs.frozen
class GetSessionsArgs:
    """The planned sessions from a day on (today, tomorrow, the next session, this week), with what
    is already logged on each day. Use for "¿qué toca hoy/mañana?", "what's this week?"."""
    tool: ClassVar[str] = "get_sessions"

    day: date | None = arg("First day (YYYY-MM-DD); omit for today.", None)
    days: int = arg("How many days to show: 1 for one day, 7 for a week.", 1, minimum=1, maximum=14)


@attrs.frozen
class ShouldIRunArgs:
    """Whether the runner should run on a day, and how: from the plan, the recent load (hard days,
    days in a row) and open injuries. Use for "¿debería correr hoy o descanso?"."""
    tool: ClassVar[str] = "should_i_run"

    day: date | None = arg("The day (YYYY-MM-DD); omit for today.", None)
    soreness: int | None = arg("How sore the runner says their legs are today: 0 not, 1 sore, 2 very sore "
                               "(walking or stairs hurt, 'piernas destruidas').", None, minimum=0, maximum=2)


@attrs.frozen
class SetRaceArgs:
    """Set the runner's goal race: distance, date, name and goal time, or that they have no race.
    ("mi media maratón es el 15 de marzo", "I want to run a sub-4 marathon"). Not a run log."""
    tool: ClassVar[str] = "set_race"

    goal_race: GoalRace | None = arg(
        "Race distance: 'half', 'marathon', km as '5k', '15k', '30k', or miles as '10mi'.", None)
    race_date: date | None = arg("Race day, YYYY-MM-DD (in the future).", None)
    race_name: str | None = arg("The race's name, e.g. 'Media Maratón de Quito'.", None)
    goal_time_min: float | None = arg("Goal time in minutes (e.g. 240 for sub-4 h).", None, minimum=5, maximum=900)
    has_race: bool | None = arg("false when the runner says they have no race (a progression cycle).", None)
    no_goal_time: bool | None = arg("true when the runner drops their goal time (just to finish).", None)


@attrs.frozen
class SetScheduleArgs:
    """Set the runner's preferred running days and long-run day, and/or units for every reply."""
    tool: ClassVar[str] = "set_schedule"

    run_days: list[str] = arg("Weekdays to run, in English lowercase: monday … sunday.", factory=list)
    long_run_day: str | None = arg("Weekday of the long run, English lowercase.", None)
    units: Units | None = arg("'km' or 'mi' for distances and paces in replies.", None)


@attrs.frozen
class UpdateInjuryArgs:
    """An update on an open injury: better, worse, the same, or healed; with pain 0-10, side and what
    triggers it when said. Healed closes it; worse may need a professional."""
    tool: ClassVar[str] = "update_injury"

    body_part: str | None = arg("The body part; omit when the runner has only one open injury.", None)
    status: str = arg("One of: better, worse, same, healed.", "same")
    pain: int | None = arg("Pain 0-10 if said.", None, minimum=0, maximum=10)
    side: str | None = arg("left or right, if said.", None)
    trigger: str | None = arg("What makes it hurt (stairs, downhill, after 5 km…).", None)
    pain_walking: bool | None = arg("Whether it hurts to walk, if the runner said (a red flag when true).", None)
    swelling: bool | None = arg("Whether it is swollen, if the runner said (a red flag when true).", None)


@attrs.frozen
class GetFitnessArgs:
    """The runner's VDOT, training paces (easy, marathon, threshold, interval, repetition), race-day
    predictions and a pacing plan for their goal race."""
    tool: ClassVar[str] = "get_fitness"


@attrs.frozen
class GetSeasonArgs:
    """The season at a glance to race day (phases and their dates, the biggest week, the longest
    run, when the taper starts) and the goal's fitness: the VDOT the goal time needs, today's, the
    gap, whether the weeks left make it realistic and the time to aim for if not. Use it for
    "¿cómo se ve mi temporada?", "what's my longest run before the race?", "¿llego a mi meta?"."""
    tool: ClassVar[str] = "get_season"


@attrs.frozen
class RunningKnowledgeArgs:
    """Look up the coach's curated answer to a running question or term (tempo, umbral, fondo, VDOT,
    cadence, nutrition, hydration, shoes, warm-up, sleep, two days in a row…). Answer from it."""
    tool: ClassVar[str] = "running_knowledge"

    question: str = arg("The question, in the runner's words.")


@attrs.frozen
class ConnectStravaArgs:
    """Give the runner the link that connects their Strava account (then every run they upload is
    logged by itself), or disconnect it. Only when the runner asks to connect or disconnect Strava.
    Files from the watch (FIT/GPX/TCX) sent in the chat are logged without any tool."""
    tool: ClassVar[str] = "connect_strava"

    disconnect: bool = arg("True when the runner asks to disconnect Strava.", False)


TOOL_ARGUMENTS: tuple[type, ...] = (
    LogRunArgs, LogCrossTrainingArgs, CorrectRunArgs, DeleteRunArgs, RecordMissedSessionArgs,
    GetSessionsArgs, ShouldIRunArgs, GeneratePlanArgs, GetProgressArgs, GetFitnessArgs, GetSeasonArgs, SetRaceArgs,
    SetScheduleArgs, UpdateProfileArgs, RecordInjuryArgs, UpdateInjuryArgs, ResolveInjuryArgs,
    SearchMemoryArgs, RunningKnowledgeArgs, ConnectStravaArgs,
)

for _cls in TOOL_ARGUMENTS:
    attrs.resolve_types(_cls)


