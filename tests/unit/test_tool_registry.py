"""ToolRegistry: one attrs class per tool gives the schema and the validation; every failure is an
error result for the model, never an exception. On the in-memory adapters."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import (
    FixedClock,
    InMemoryInjuryRepository,
    InMemoryPlanRepository,
    InMemoryRunnerRepository,
    InMemoryRunRepository,
    InMemoryVectorMemory,
)
from application.ports import ToolCall
from application.tools.arguments import TOOL_ARGUMENTS
from application.tools.registry import ToolRegistry
from application.tools.schema import json_schema
from application.tools.toolbox import CoachTools
from application.training.generate_plan import GeneratePlan
from application.training.injuries import RecordInjury, ResolveInjury
from application.training.log_run import LogRun
from application.training.progress import SummarizeProgress
from domain.injury import Severity
from domain.memory import MemoryDocument, MemoryKind
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner

NOW = datetime(2026, 3, 4, 15, 0, tzinfo=timezone.utc)     # 10:00 in Quito, Wednesday
TODAY = date(2026, 3, 4)


@attrs.define
class World:
    runner: Runner
    runners: InMemoryRunnerRepository
    runs: InMemoryRunRepository
    plans: InMemoryPlanRepository
    injuries: InMemoryInjuryRepository
    memory: InMemoryVectorMemory
    tools: CoachTools
    registry: ToolRegistry


def make_world(language: str = "es") -> World:
    clock = FixedClock(NOW)
    runners, runs = InMemoryRunnerRepository(), InMemoryRunRepository()
    plans, injuries = InMemoryPlanRepository(), InMemoryInjuryRepository()
    memory = InMemoryVectorMemory(HashingEmbedder(), clock)
    tools = CoachTools(
        runners=runners, runs=runs, plans=plans, injuries=injuries, memory=memory,
        log_run_case=LogRun(runs, injuries, memory, clock),
        generate_plan_case=GeneratePlan(runs, plans, injuries, memory, clock),
        record_injury_case=RecordInjury(injuries, memory, clock),
        resolve_injury_case=ResolveInjury(injuries),
        summarize=SummarizeProgress(runs, plans, injuries),
    )
    runner = Runner(phone="+593991234567", name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="Quito 10k",
                    language=language, onboarding_completed=True, created_at=NOW)
    runners.save(runner)
    return World(runner, runners, runs, plans, injuries, memory, tools, ToolRegistry(tools))


@pytest.fixture
def world() -> World:
    return make_world()


def call(world: World, name: str, arguments=None, raw: str = "", message: str | None = None):
    outcome = world.registry.execute(world.runner, ToolCall(id="c1", name=name, arguments=arguments,
                                                            raw_arguments=raw), TODAY, message=message)
    return outcome, json.loads(outcome.content)


# --- the schema comes from the classes -----------------------------------------------------------

def test_specs_are_derived_from_the_argument_classes():
    specs = {s.name: s for s in ToolRegistry(make_world().tools).specs}
    assert set(specs) == {"log_run", "log_cross_training", "correct_run", "delete_run", "record_missed_session",
                          "get_sessions", "should_i_run", "generate_plan", "get_progress", "get_fitness", "get_season",
                          "set_race", "set_schedule", "update_profile", "record_injury", "update_injury",
                          "resolve_injury", "search_memory", "running_knowledge", "connect_strava"}
    for cls in TOOL_ARGUMENTS:
        spec = specs[cls.tool]
        assert spec.parameters == json_schema(cls)
        assert set(spec.parameters["properties"]) == {f.name for f in attrs.fields(cls)}
        assert spec.parameters["type"] == "object" and spec.parameters["additionalProperties"] is False
        assert spec.description and "\n" not in spec.description
        for prop in spec.parameters["properties"].values():
            assert prop["description"]
        json.dumps(spec.parameters)   # plain JSON


def test_schema_types_required_defaults_and_bounds():
    specs = {s.name: s.parameters for s in ToolRegistry(make_world().tools).specs}
    log_run = specs["log_run"]
    assert log_run["required"] == ["distance_km"]
    props = log_run["properties"]
    assert props["distance_km"]["type"] == "number"
    assert props["rpe"]["type"] == "integer"
    assert props["day"] == {"type": "string", "format": "date", "description": props["day"]["description"]}
    assert props["aches"]["type"] == "array" and props["aches"]["items"] == {"type": "string"}
    assert props["is_race"]["type"] == "boolean" and props["is_race"]["default"] is False
    goal = specs["update_profile"]["properties"]["goal_race"]
    assert goal["type"] == "string" and "enum" not in goal            # any distance, not four
    assert "15k" in goal["description"] and "10mi" in goal["description"]
    assert "required" not in specs["update_profile"]
    assert specs["record_injury"]["properties"]["severity"]["default"] == "mild"
    days = specs["get_progress"]["properties"]["days"]
    assert (days["minimum"], days["maximum"], days["default"]) == (1, 365, 14)
    assert specs["search_memory"]["required"] == ["query"]
    assert specs["generate_plan"]["properties"] == {}


# --- log_run ------------------------------------------------------------------------------------

def test_log_run_stores_the_run_and_returns_it_with_its_pace(world):
    outcome, data = call(world, "log_run", {"distance_km": 10, "duration_min": 50, "rpe": 6, "mood": "bien"},
                         message="corrí 10 km en 50 min")
    assert not outcome.is_error and outcome.name == "log_run"
    assert data["logged"] is True
    stored = world.runs.for_runner(world.runner.id)
    assert data["run"] == {"date": "2026-03-04", "distance_km": 10.0, "duration": "50:00", "pace_per_km": "5:00",
                           "rpe": 6, "mood": "bien", "id": stored[0].id}   # the id lets the model correct it
    assert data["runs_logged_total"] == 1
    assert len(stored) == 1 and outcome.logged_run is not None and stored[0].id == outcome.logged_run.id
    assert stored[0].duration_s == 3000 and stored[0].notes == "corrí 10 km en 50 min"


def test_log_run_reads_lenient_but_unambiguous_values(world):
    outcome, data = call(world, "log_run", {"distance_km": "8,5", "duration_min": "45", "day": "2026-03-03",
                                            "aches": "knee", "is_race": "false", "notes": None})
    assert not outcome.is_error, data
    run = world.runs.for_runner(world.runner.id)[0]
    assert (run.distance_km, run.duration_s, run.date) == (8.5, 2700, date(2026, 3, 3))
    assert run.aches == "rodilla"
    assert data["new_injuries"] == ["rodilla"]
    assert [i.body_part for i in world.injuries.for_runner(world.runner.id)] == ["rodilla"]


def test_a_race_is_marked_on_the_run_so_it_sets_the_vdot(world):
    call(world, "log_run", {"distance_km": 10, "duration_min": 45, "rpe": 9, "is_race": True},
         message="10k de Quito en 45")
    run = world.runs.for_runner(world.runner.id)[0]
    assert run.is_race and run.notes == "10k de Quito en 45"
    assert world.tools.fitness(world.runner, TODAY).source == "race"


@pytest.mark.parametrize("arguments, expected", [
    ({"distance_km": -3}, "distance_not_positive"),
    ({"distance_km": 10, "rpe": 12}, "rpe_out_of_range"),
    ({"distance_km": 10, "duration_min": 5}, "pace_impossible"),
])
def test_a_domain_rule_broken_is_an_error_result_and_nothing_is_stored(world, arguments, expected):
    outcome, data = call(world, "log_run", arguments)
    assert outcome.is_error and outcome.logged_run is None
    assert data["code"] == expected
    assert data["error"] and data["message_for_runner"]
    assert world.runs.for_runner(world.runner.id) == []


def test_the_domain_reason_is_given_in_the_runners_language(world):
    _, data = call(world, "log_run", {"distance_km": -3})
    assert "mayor que cero" in data["message_for_runner"]
    english = make_world("en")
    _, data = call(english, "log_run", {"distance_km": -3})
    assert "more than zero" in data["message_for_runner"]


@pytest.mark.parametrize("arguments, words", [
    ({}, ["distance_km", "missing"]),
    ({"distance_km": "diez"}, ["distance_km", "number"]),
    ({"distance_km": 10, "rpe": 7.5}, ["rpe", "integer"]),
    ({"distance_km": 10, "rpe": True}, ["rpe", "integer"]),
    ({"distance_km": 10, "day": "ayer"}, ["day", "YYYY-MM-DD"]),
    ({"distance_km": 10, "day": "2026-03-05"}, ["day", "after today"]),
    ({"distance_km": 10, "aches": [3]}, ["aches", "list of strings"]),
    ({"distance_km": 10, "distance": 10}, ["unknown arguments", "distance"]),
    ({"distance_km": 10, "is_race": "yes"}, ["is_race", "true or false"]),
])
def test_wrong_arguments_are_explained_to_the_model(world, arguments, words):
    outcome, data = call(world, "log_run", arguments)
    assert outcome.is_error
    assert data["error"].startswith("invalid arguments for log_run")
    for word in words:
        assert word in data["error"]
    assert world.runs.for_runner(world.runner.id) == []


def test_unknown_tool_and_arguments_that_are_not_json(world):
    outcome, data = call(world, "delete_everything", {})
    assert outcome.is_error and outcome.name == "delete_everything"
    assert "unknown tool" in data["error"] and "log_run" in data["error"]
    outcome, data = call(world, "log_run", None, raw='{"distance_km": 10,')
    assert outcome.is_error
    assert "not a valid JSON object" in data["error"] and '{"distance_km": 10,' in data["error"]
    assert world.runs.for_runner(world.runner.id) == []


def test_an_unexpected_failure_is_an_error_result_too(world, mocker):
    world.tools.summarize = mocker.Mock(side_effect=RuntimeError("database down"))
    outcome, data = call(world, "get_progress", {})
    assert outcome.is_error and "internal error" in data["error"]
    assert "database down" not in outcome.content


# --- the other tools ------------------------------------------------------------------------------

def test_generate_plan_returns_the_sessions_with_paces(world):
    outcome, data = call(world, "generate_plan", {})
    assert not outcome.is_error, data
    plan = data["plan"]
    assert plan["start"] == "2026-03-04" and plan["end"] == "2026-03-17"
    assert len(plan["sessions"]) == 14
    runs = [s for s in plan["sessions"] if s["kind"] not in ("rest", "cross_training")]
    assert runs and all("pace_per_km" in s and "km" in s for s in runs)
    assert plan["sessions"][0]["day"] == "mié"
    assert data["vdot_source"] == "default" and data["vdot_explanation"]
    assert world.plans.active_for(world.runner.id) is not None


def test_get_progress_summarises_the_period(world):
    call(world, "log_run", {"distance_km": 10, "duration_min": 50, "rpe": 5})
    call(world, "log_run", {"distance_km": 5, "duration_min": 30, "day": "2026-03-02"})
    outcome, data = call(world, "get_progress", {"days": 7})
    assert not outcome.is_error
    progress = data["progress"]
    assert progress["runs"] == 2 and progress["total_km"] == 15.0
    assert progress["average_pace_per_km"] == "5:20"
    assert progress["total_time"] == "1:20:00"
    assert progress["period_start"] == "2026-02-26" and progress["longest_km"] == 10.0
    outcome, data = call(world, "get_progress", {"days": 0})
    assert outcome.is_error and "days" in data["error"]


def test_update_profile_changes_only_what_is_given(world):
    outcome, data = call(world, "update_profile", {"goal_race": "media maratón", "weekly_frequency": 5})
    assert not outcome.is_error, data
    assert data["updated"] == {"goal_race": "half", "weekly_frequency": 5}
    saved = world.runners.get(world.runner.id)
    assert saved.goal_race == GoalRace.HALF and saved.weekly_frequency == 5 and saved.name == "Ana"


@pytest.mark.parametrize("arguments, word", [
    ({}, "at least one"),
    ({"weekly_frequency": 9}, "outside 1–7"),
    ({"goal_race": "ultra"}, "goal_race"),
    ({"timezone": "Mars/Olympus"}, "timezone"),
    ({"language": "fr"}, "not supported"),
])
def test_update_profile_refuses_bad_values_and_saves_nothing(world, arguments, word):
    outcome, data = call(world, "update_profile", arguments)
    assert outcome.is_error and word in data["error"]
    saved = world.runners.get(world.runner.id)
    assert (saved.weekly_frequency, saved.goal_race, saved.language) == (4, GoalRace.TEN_K, "es")


def test_record_injury_adapts_the_active_plan(world):
    call(world, "generate_plan", {})
    outcome, data = call(world, "record_injury", {"body_part": "knee", "severity": "moderate"},
                         message="me duele bastante la rodilla")
    assert not outcome.is_error, data
    assert data["injury"]["body_part"] == "rodilla" and data["injury"]["severity"] == "moderate"
    assert data["injury"]["description"] == "me duele bastante la rodilla"
    assert data["plan_adapted"] is True and data["adaptations"]
    [injury] = world.injuries.for_runner(world.runner.id, active_only=True)
    assert injury.severity == Severity.MODERATE


def test_record_injury_without_a_plan_and_resolve_it(world):
    _, data = call(world, "record_injury", {"body_part": "tobillo", "severity": "leve"})
    assert data["plan_adapted"] is False and data["injury"]["severity"] == "mild"
    outcome, data = call(world, "resolve_injury", {"body_part": "ankle"})
    assert not outcome.is_error and data["resolved"] == ["tobillo"]
    assert world.injuries.for_runner(world.runner.id, active_only=True) == []
    _, data = call(world, "resolve_injury", {})
    assert data == {"resolved": [], "note": "no open injury matched"}


def test_search_memory_returns_dated_memories(world):
    world.memory.store(MemoryDocument(runner_id=world.runner.id, kind=MemoryKind.CONVERSATION,
                                      text="me duele la rodilla izquierda al bajar escaleras",
                                      created_at=NOW - timedelta(days=20)))
    outcome, data = call(world, "search_memory", {"query": "rodilla", "k": 3})
    assert not outcome.is_error
    [memory] = data["memories"]
    assert memory["date"] == "2026-02-12" and memory["kind"] == "conversation"
    assert "rodilla" in memory["text"] and isinstance(memory["score"], float)
    outcome, data = call(world, "search_memory", {"query": "  "})
    assert outcome.is_error and "query" in data["error"]
    outcome, data = call(world, "search_memory", {"query": "x", "k": 50})
    assert outcome.is_error and "k" in data["error"]


def test_results_are_compact_json(world):
    outcome, data = call(world, "log_run", {"distance_km": 10, "duration_min": 50}, message="corrí 10 km ñaño")
    assert outcome.content == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert isinstance(outcome.logged_run, Run)


def test_log_run_tells_the_model_about_records_and_the_weeks_km(world):
    for km, minutes in ((8, 48), (10, 60)):
        call(world, "log_run", {"distance_km": km, "duration_min": minutes})
    _, data = call(world, "log_run", {"distance_km": 15, "duration_min": 80})
    assert data["week_km"] == 33
    assert {"kind": "longest_run", "previous_best": 10.0} in data["records"]
    assert {r["kind"] for r in data["records"]} == {"longest_run", "fastest_pace"}   # 5:20/km beats 6:00/km
