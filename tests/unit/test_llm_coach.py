"""LLMCoach: the tool loop, the intent, the system prompt and what happens when the provider fails.
On the in-memory adapters with a ScriptedLLM."""
from __future__ import annotations

import functools
import json
from datetime import date, datetime, timedelta, timezone

import pytest

from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import (
    FixedClock,
    InMemoryChatBuffer,
    InMemoryInjuryRepository,
    InMemoryPlanRepository,
    InMemoryRunnerRepository,
    InMemoryRunRepository,
    InMemoryVectorMemory,
    ScriptedLLM,
)
from application.coach.context import BuildContext
from application.coach.llm_coach import LLMCoach, history_turns
from application.coach.prompts import build_system_prompt
from application.ports import Completion, LLMUnavailable, ToolCall
from application.tools.toolbox import CoachTools
from application.training.generate_plan import GeneratePlan
from application.training.injuries import RecordInjury, ResolveInjury
from application.training.log_run import LogRun, RunDetails
from application.training.progress import SummarizeProgress
from domain.conversation import Intent, Message, Role
from domain.injury import Severity
from domain.memory import MemoryDocument, MemoryKind
from domain.runner import FitnessLevel, GoalRace, Runner

NOW = datetime(2026, 3, 4, 3, 30, tzinfo=timezone.utc)     # still Tuesday 3 March in Quito (22:30)
TODAY = date(2026, 3, 3)


class Setup:
    def __init__(self, language: str = "es"):
        self.clock = FixedClock(NOW)
        self.runners, self.runs = InMemoryRunnerRepository(), InMemoryRunRepository()
        self.plans, self.injuries = InMemoryPlanRepository(), InMemoryInjuryRepository()
        self.buffer = InMemoryChatBuffer(self.clock)
        self.memory = InMemoryVectorMemory(HashingEmbedder(), self.clock)
        self.tools = CoachTools(
            runners=self.runners, runs=self.runs, plans=self.plans, injuries=self.injuries, memory=self.memory,
            log_run_case=LogRun(self.runs, self.injuries, self.memory, self.clock),
            generate_plan_case=GeneratePlan(self.runs, self.plans, self.injuries, self.memory, self.clock),
            record_injury_case=RecordInjury(self.injuries, self.memory, self.clock),
            resolve_injury_case=ResolveInjury(self.injuries),
            summarize=SummarizeProgress(self.runs, self.plans, self.injuries),
        )
        self.build_context = BuildContext(self.buffer, self.memory, self.runs, self.plans, self.injuries)
        self.runner = Runner(phone="+593991234567", name="Ana" if language == "es" else "Kate", age=34,
                             goal_race=GoalRace.TEN_K, weekly_frequency=4, fitness_level=FitnessLevel.INTERMEDIATE,
                             injury_history="esguince de tobillo en 2023", motivation="bajar de 50 min en 10k",
                             language=language, onboarding_completed=True, created_at=NOW)
        self.runners.save(self.runner)

    def coach(self, *script, max_tool_rounds: int = 4) -> tuple[LLMCoach, ScriptedLLM]:
        llm = ScriptedLLM(script)
        return LLMCoach(llm, self.tools, max_tool_rounds=max_tool_rounds, understand=_understand()), llm

    def ctx(self, text: str):
        return self.build_context(self.runner, text, TODAY)

    def stored_runs(self):
        return self.runs.for_runner(self.runner.id)


@functools.lru_cache(maxsize=1)
def _understand():
    """The coach's own understanding (E5 + the intent classifier), for turns where the model used no tool."""
    from adapters.e5_embedder import E5Embedder
    from application.understanding.classifier import IntentClassifier
    from application.understanding.intents import Understand
    return Understand(IntentClassifier(E5Embedder(symmetric=True)))


def tool_call(name: str, arguments, call_id: str = "c1", raw: str = "") -> ToolCall:
    return ToolCall(id=call_id, name=name, arguments=arguments, raw_arguments=raw or json.dumps(arguments))


@pytest.fixture
def s() -> Setup:
    return Setup()


# --- the loop ---------------------------------------------------------------------------------------

def test_a_plain_answer_needs_no_tools_and_the_intent_comes_from_the_classifier(s):
    coach, llm = s.coach(Completion("¡Hola Ana! ¿Cómo te fue hoy?"))
    reply = coach.answer(s.ctx("hola"), "hola")
    assert reply.text == "¡Hola Ana! ¿Cómo te fue hoy?"
    assert reply.intent == Intent.GREETING and reply.tools_used == [] and not reply.degraded
    [(system, turns, tools)] = llm.calls
    assert [t.role for t in turns] == ["user"] and turns[0].content == "hola"
    assert {t.name for t in tools} >= {"log_run", "generate_plan", "get_progress", "update_profile",
                                       "record_injury", "search_memory"}


def test_log_run_round_trip(s):
    coach, llm = s.coach(
        Completion("", (tool_call("log_run", {"distance_km": 10, "duration_min": 50, "rpe": 6}),)),
        Completion("✅ 10 km a 5:00/km, ¡buen ritmo!"),
    )
    reply = coach.answer(s.ctx("corrí 10 km en 50 min, rpe 6"), "corrí 10 km en 50 min, rpe 6")
    assert reply.text == "✅ 10 km a 5:00/km, ¡buen ritmo!"
    assert reply.intent == Intent.LOG_RUN and reply.tools_used == ["log_run"]
    [run] = s.stored_runs()
    assert (run.distance_km, run.duration_s, run.perceived_effort, run.date) == (10, 3000, 6, TODAY)
    assert run.notes == "corrí 10 km en 50 min, rpe 6"
    # Second call: the assistant's tool call, then the tool's result answering it.
    _, turns, _ = llm.calls[1]
    assert [t.role for t in turns] == ["user", "assistant", "tool"]
    assert turns[1].tool_calls[0].name == "log_run"
    assert turns[2].tool_call_id == "c1" and not turns[2].is_error
    assert json.loads(turns[2].content)["run"]["pace_per_km"] == "5:00"


def test_several_tools_in_one_round_and_the_first_names_the_intent(s):
    coach, llm = s.coach(
        Completion("Anoto todo", (tool_call("log_run", {"distance_km": 8, "aches": ["rodilla"]}, "a"),
                                  tool_call("record_injury", {"body_part": "rodilla", "severity": "mild"}, "b"))),
        Completion("Listo: 8 km y anoté la rodilla."),
    )
    reply = coach.answer(s.ctx("corrí 8 km y me duele la rodilla"), "corrí 8 km y me duele la rodilla")
    assert reply.intent == Intent.LOG_RUN
    assert reply.tools_used == ["log_run", "record_injury"]
    _, turns, _ = llm.calls[1]
    assert [(t.role, t.tool_call_id) for t in turns[-2:]] == [("tool", "a"), ("tool", "b")]
    assert len(s.stored_runs()) == 1
    assert [i.body_part for i in s.injuries.for_runner(s.runner.id, active_only=True)] == ["rodilla"]


@pytest.mark.parametrize("tool, arguments, intent", [
    ("generate_plan", {}, Intent.PLAN_REQUEST),
    ("get_progress", {"days": 30}, Intent.PROGRESS),
    ("update_profile", {"weekly_frequency": 5}, Intent.PROFILE_UPDATE),
    ("record_injury", {"body_part": "gemelo"}, Intent.INJURY_REPORT),
    ("search_memory", {"query": "rodilla"}, Intent.MEMORY_QUESTION),
])
def test_the_intent_is_the_tool_used(s, tool, arguments, intent):
    coach, _ = s.coach(Completion("", (tool_call(tool, arguments),)), Completion("ok"))
    reply = coach.answer(s.ctx("mensaje cualquiera"), "mensaje cualquiera")
    assert reply.intent == intent and reply.tools_used == [tool]


def test_a_new_plan_offers_the_todays_session_button(s):
    coach, _ = s.coach(Completion("", (tool_call("generate_plan", {}),)), Completion("Tu plan está listo"))
    reply = coach.answer(s.ctx("hazme un plan"), "hazme un plan")
    assert [b.id for b in reply.buttons] == ["plan:today"]
    assert s.plans.active_for(s.runner.id) is not None


def test_the_third_run_without_a_plan_offers_one(s):
    for day in (1, 2):
        s.tools.log_run(s.runner, RunDetails(distance_km=5, duration_s=1800), TODAY - timedelta(days=day))
    coach, _ = s.coach(Completion("", (tool_call("log_run", {"distance_km": 6}),)), Completion("¡Bien!"))
    reply = coach.answer(s.ctx("corrí 6 km"), "corrí 6 km")
    assert [b.id for b in reply.buttons] == ["plan:create"]


def test_malformed_tool_calls_go_back_as_errors_and_the_conversation_still_ends_with_a_reply(s):
    coach, llm = s.coach(
        Completion("", (tool_call("log_run", None, "bad", raw='{"distance_km": 10'),
                        tool_call("borrar_todo", {}, "unknown"))),
        Completion("", (tool_call("log_run", {"distance_km": "diez"}, "wrong-type"),)),
        Completion("¿Me confirmas cuántos km corriste?"),
    )
    reply = coach.answer(s.ctx("corrí diez"), "corrí diez")
    assert reply.text == "¿Me confirmas cuántos km corriste?"
    assert reply.tools_used == [] and reply.intent == Intent.LOG_RUN   # attempted log_run names it
    assert s.stored_runs() == []
    _, turns, _ = llm.calls[1]
    errors = [t for t in turns if t.role == "tool"]
    assert [(t.tool_call_id, t.is_error) for t in errors] == [("bad", True), ("unknown", True)]
    assert "not a valid JSON object" in json.loads(errors[0].content)["error"]
    assert "unknown tool" in json.loads(errors[1].content)["error"]
    _, turns, _ = llm.calls[2]
    assert turns[-1].is_error and "distance_km" in json.loads(turns[-1].content)["error"]


def test_only_unknown_tools_leave_the_intent_to_the_classifier(s):
    coach, _ = s.coach(Completion("", (tool_call("weather", {"city": "Quito"}),)), Completion("No sé del clima"))
    reply = coach.answer(s.ctx("¿cómo voy?"), "¿cómo voy?")
    assert reply.intent == Intent.PROGRESS and reply.tools_used == []


def test_exhausted_rounds_answer_with_the_last_text(s):
    endless = [Completion(f"pensando {i}", (tool_call("get_progress", {}, f"c{i}"),)) for i in range(5)]
    coach, llm = s.coach(*endless, max_tool_rounds=2)
    reply = coach.answer(s.ctx("¿cómo voy?"), "¿cómo voy?")
    assert len(llm.calls) == 2
    assert reply.text == "pensando 1" and reply.intent == Intent.PROGRESS


def test_exhausted_rounds_after_logging_a_run_confirm_the_run(s):
    coach, llm = s.coach(
        Completion("", (tool_call("log_run", {"distance_km": 10, "duration_min": 50}),)),
        Completion("", (tool_call("get_progress", {}, "c2"),)),
        max_tool_rounds=2,
    )
    reply = coach.answer(s.ctx("corrí 10 km en 50 min"), "corrí 10 km en 50 min")
    assert reply.text.startswith("✅ Registré tu entreno") and "10 km" in reply.text and "5:00/km" in reply.text
    assert len(s.stored_runs()) == 1


def test_an_empty_answer_gets_a_short_fallback(s):
    coach, _ = s.coach(Completion(""))
    reply = coach.answer(s.ctx("¿?"), "¿?")
    assert reply.text and "otra forma" in reply.text


# --- provider failures -----------------------------------------------------------------------------

def test_a_provider_failure_is_raised_for_the_offline_coach(s):
    coach, _ = s.coach(LLMUnavailable("500 after 3 attempts"))
    with pytest.raises(LLMUnavailable) as raised:
        coach.answer(s.ctx("corrí 10 km en 50 min"), "corrí 10 km en 50 min")
    assert raised.value.logged_run is None
    assert s.stored_runs() == []


def test_a_failure_after_log_run_carries_the_run_already_stored(s):
    coach, _ = s.coach(Completion("", (tool_call("log_run", {"distance_km": 10, "duration_min": 50}),)),
                       LLMUnavailable("timeout"))
    with pytest.raises(LLMUnavailable) as raised:
        coach.answer(s.ctx("corrí 10 km en 50 min"), "corrí 10 km en 50 min")
    [run] = s.stored_runs()
    assert raised.value.logged_run is not None and raised.value.logged_run.id == run.id
    assert "round 2" in str(raised.value)


def test_an_unexpected_adapter_error_becomes_llm_unavailable(s):
    coach, _ = s.coach(KeyError("choices"))
    with pytest.raises(LLMUnavailable):
        coach.answer(s.ctx("hola"), "hola")


def test_max_tool_rounds_must_be_positive(s):
    with pytest.raises(ValueError):
        LLMCoach(ScriptedLLM(), s.tools, max_tool_rounds=0)


# --- what the model is told -------------------------------------------------------------------------

def test_the_recent_chat_comes_as_prior_turns(s):
    for i, (role, text) in enumerate([(Role.RUNNER, "hola"), (Role.COACH, "¡Hola Ana!"),
                                      (Role.RUNNER, "¿qué toca mañana?"), (Role.COACH, "Rodaje suave 6 km")]):
        s.buffer.append(Message(runner_id=s.runner.id, role=role, text=text, at=NOW + timedelta(seconds=i)))
    coach, llm = s.coach(Completion("Dale 💪"))
    coach.answer(s.ctx("gracias"), "gracias")
    _, turns, _ = llm.calls[0]
    assert [(t.role, t.content) for t in turns] == [
        ("user", "hola"), ("assistant", "¡Hola Ana!"), ("user", "¿qué toca mañana?"),
        ("assistant", "Rodaje suave 6 km"), ("user", "gracias")]


def test_history_does_not_repeat_the_message_being_answered():
    msgs = [Message(runner_id="r", role=Role.RUNNER, text="corrí 5 km", at=NOW)]
    assert [t.content for t in history_turns(msgs, "corrí 5 km")] == []
    assert [t.content for t in history_turns(msgs, "otra cosa")] == ["corrí 5 km"]


def test_the_system_prompt_holds_the_runner_the_date_the_plan_runs_injuries_and_memories(s):
    s.tools.log_run(s.runner, RunDetails(distance_km=8, duration_s=2640, perceived_effort=5, aches="gemelo"),
                    TODAY - timedelta(days=1))
    s.tools.generate_plan(s.runner, TODAY)
    s.tools.record_injury(s.runner, "gemelo", Severity.MILD, "molestia en el gemelo", TODAY)
    s.memory.store(MemoryDocument(runner_id=s.runner.id, kind=MemoryKind.CONVERSATION,
                                  text="quiero correr la Quito Últimas Noticias 15k en junio",
                                  created_at=NOW - timedelta(days=30)))
    system = build_system_prompt(s.ctx("¿qué toca hoy para la Quito Últimas Noticias?"),
                                 s.tools.fitness(s.runner, TODAY))
    assert "Eres Andes" in system and "VDOT" in system and "WhatsApp" in system
    assert "Hoy es martes 2026-03-03" in system and "America/Guayaquil" in system   # Quito's day, not UTC's
    assert "Nombre: Ana" in system and "Objetivo: 10k" in system and "Días por semana: 4" in system
    assert "esguince de tobillo en 2023" in system
    assert "Ritmos (min/km): suave" in system
    assert "Plan activo del mar 3/3 al lun 16/3" in system and "👉 mar 3/3" in system
    assert "lun 2/3 (2026-03-02): 8 km, 44:00, 5:30/km, RPE 5" in system
    assert "Lesiones abiertas:\n- gemelo (leve, desde mar 3/3)" in system
    assert "2026-02-01: quiero correr la Quito Últimas Noticias 15k en junio" in system


def test_the_system_prompt_without_data_says_so(s):
    system = build_system_prompt(s.ctx("hola"))
    assert "Plan activo: Sin plan activo." in system
    assert "Aún no ha registrado carreras." in system and "Lesiones abiertas: Ninguna." in system


def test_an_english_runner_gets_an_english_prompt():
    s = Setup("en")
    coach, llm = s.coach(Completion("Hi Kate!"))
    coach.answer(s.ctx("hi"), "hi")
    system = llm.calls[0][0]
    assert "You are Andes" in system and "Always answer in English" in system
    assert "Today is Tuesday 2026-03-03" in system and "Name: Kate" in system
    assert "Eres Andes" not in system


def test_the_fallback_confirmation_speaks_english_too():
    s = Setup("en")
    coach, _ = s.coach(Completion("", (tool_call("log_run", {"distance_km": 5}),)),
                       Completion("", (tool_call("get_progress", {}, "c2"),)), max_tool_rounds=2)
    reply = coach.answer(s.ctx("ran 5k"), "ran 5k")
    assert reply.text == "✅ Logged your run on Tue Mar 3: 5 km."


def test_the_same_run_logged_twice_in_one_message_is_stored_once(s):
    coach, llm = s.coach(
        Completion("", (tool_call("log_run", {"distance_km": 10, "duration_min": 50}, "a"),
                        tool_call("log_run", {"distance_km": 10.0, "day": TODAY.isoformat()}, "b"))),
        Completion("", (tool_call("log_run", {"distance_km": 5, "day": "2026-03-02"}, "c"),)),
        Completion("Anotadas: 10 km hoy y 5 km el lunes"),
    )
    reply = coach.answer(s.ctx("hoy 10 km en 50 min y el lunes 5 km"), "hoy 10 km en 50 min y el lunes 5 km")
    assert sorted(r.distance_km for r in s.stored_runs()) == [5, 10]
    _, turns, _ = llm.calls[1]
    duplicate = turns[-1]
    assert duplicate.tool_call_id == "b" and duplicate.is_error
    assert "already logged" in json.loads(duplicate.content)["error"]
    assert reply.tools_used == ["log_run"]
