"""End to end: ReplyToRunner with an LLMCoach on the OpenAI-compatible adapter, pointed at a fake
provider that fails. The runner still gets an answer (from the offline coach), and the run in the
message is stored exactly once, whether the provider failed before or after logging it."""
from __future__ import annotations

from adapters.llm_retry import RetryPolicy
from adapters.openai_llm import OpenAICompatibleLLM
from application.llm_coach import LLMCoach
from domain.conversation import Intent, Role
from tests.integration.fake_llm_servers import (  # noqa: F401  (fixtures)
    CoachWorld, fake_llm, fake_llm_server_session, openai_error, openai_text, openai_tool_calls,
)

FAST = RetryPolicy(max_attempts=2, initial_wait_s=0.01, max_wait_s=0.02)
MESSAGE = "corrí 10 km en 50 min"


def reply_to_runner(world: CoachWorld, server):
    llm = OpenAICompatibleLLM(api_key="test-key", base_url=server.openai_base_url, timeout_s=2, retry=FAST)
    return world.reply_to_runner(LLMCoach(llm, world.tools))


def test_provider_down_the_offline_coach_answers_and_logs_the_run_once(fake_llm):
    fake_llm.default = openai_error(500, "down")
    world = CoachWorld()
    runner, reply = reply_to_runner(world, fake_llm)(world.PHONE, MESSAGE)

    assert reply.degraded is True
    assert reply.intent == Intent.LOG_RUN and reply.tools_used == ["log_run"]
    assert "Registré tu carrera" in reply.text and "10 km" in reply.text and "5:00/km" in reply.text
    [run] = world.stored_runs()
    assert (run.distance_km, run.duration_s) == (10, 3000)
    assert len(fake_llm.posts()) == 2                   # the retry policy's attempts, then the fallback
    # The exchange is remembered as usual.
    log = world.conversations.for_runner(runner.id)
    assert [(m.role, m.intent) for m in log] == [(Role.RUNNER, Intent.LOG_RUN), (Role.COACH, Intent.LOG_RUN)]
    assert len(world.buffer.recent(runner.id)) == 2


def test_provider_fails_after_the_model_logged_the_run_it_is_not_logged_twice(fake_llm):
    fake_llm.enqueue(openai_tool_calls(("call_1", "log_run", {"distance_km": 10, "duration_min": 50})))
    fake_llm.default = openai_error(503, "overloaded")
    world = CoachWorld()
    _, reply = reply_to_runner(world, fake_llm)(world.PHONE, MESSAGE)

    assert reply.degraded is True and reply.intent == Intent.LOG_RUN
    assert "Registré tu carrera" in reply.text and "10 km" in reply.text
    [run] = world.stored_runs()
    assert (run.distance_km, run.duration_s) == (10, 3000)
    assert len(fake_llm.posts()) == 3                   # round 1, then round 2 and its retry


def test_provider_up_the_llm_answers(fake_llm):
    fake_llm.enqueue(openai_tool_calls(("call_1", "log_run", {"distance_km": 10, "duration_min": 50})),
                     openai_text("✅ 10 km a 5:00/km, ¡vas volando, Ana!"))
    world = CoachWorld()
    _, reply = reply_to_runner(world, fake_llm)(world.PHONE, MESSAGE)
    assert reply.degraded is False
    assert reply.text == "✅ 10 km a 5:00/km, ¡vas volando, Ana!"
    assert len(world.stored_runs()) == 1


def test_a_bad_api_key_falls_back_at_once(fake_llm):
    fake_llm.default = openai_error(401, "invalid api key")
    world = CoachWorld()
    _, reply = reply_to_runner(world, fake_llm)(world.PHONE, "¿cómo voy?")
    assert reply.degraded is True and reply.intent == Intent.PROGRESS
    assert len(fake_llm.posts()) == 1
