"""End to end: ReplyToRunner with an LLMCoach on the OpenAI-compatible adapter, pointed at a fake
provider that fails. The runner still gets an answer (from the offline coach), and the run in the
message is stored exactly once, whether the provider failed before or after logging it."""
from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient

from adapters.llm_retry import RetryPolicy
from adapters.openai_llm import OpenAICompatibleLLM
from application.coach.llm_coach import LLMCoach
from application.ports import ChatTurn, LLMUnavailable
from bootstrap import Settings, build_container
from domain.conversation import Intent, Role
from entrypoints.http_app import create_app
from tests.integration.fake_llm_servers import (  # noqa: F401  (fixtures)
    CoachWorld,
    deepseek_insufficient_balance,
    fake_llm,
    fake_llm_server_session,
    openai_error,
    openai_text,
    openai_tool_calls,
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
    assert "Registré tu entreno" in reply.text and "10 km" in reply.text and "5:00/km" in reply.text
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
    assert "Registré tu entreno" in reply.text and "10 km" in reply.text
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


# --- an outage, an empty balance: one quick fallback per message, and /health says why ----------

def test_an_outage_costs_one_quick_fallback_per_message_once_the_breaker_opens(fake_llm):
    fake_llm.default = openai_error(503, "overloaded")
    world = CoachWorld()
    reply = reply_to_runner(world, fake_llm)
    for _ in range(2):                       # two messages find the provider down: the breaker opens
        _, answer = reply(world.PHONE, "¿cómo voy?")
        assert answer.degraded is True
    assert len(fake_llm.posts()) == 4        # 2 messages × 2 attempts

    started = time.monotonic()
    _, answer = reply(world.PHONE, MESSAGE)
    assert time.monotonic() - started < 1.0
    assert answer.degraded is True and "Registré tu entreno" in answer.text and len(world.stored_runs()) == 1
    assert len(fake_llm.posts()) == 4        # no request while the breaker is open


def test_insufficient_balance_health_says_llm_down_with_the_reason_and_messages_fall_back(fake_llm, tmp_path):
    fake_llm.default = deepseek_insufficient_balance()
    container = build_container(Settings(
        store="memory", vector_store="memory", embeddings="hashing", data_dir=str(tmp_path),
        llm_provider="deepseek", llm_api_key="test-key", llm_base_url=fake_llm.openai_base_url))
    with TestClient(create_app(container)) as client:     # the app's start-up (lifespan) runs
        body = client.get("/health").json()
        assert body["status"] == "degraded" and body["checks"]["database"]["status"] == "ok"
        llm = body["checks"]["llm"]
        assert llm["status"] == "down" and "402" in llm["error"] and "insufficient balance" in llm["error"]
        [probe] = fake_llm.posts()                # a real minimal completion on DeepSeek's current model
        assert probe.body["model"] == "deepseek-flash" and probe.body["max_tokens"] == 1

        # The 402 opened the breaker: a message fails over to the offline coach at once, with no request.
        started = time.monotonic()
        with pytest.raises(LLMUnavailable, match="circuit open"):
            container.llm().complete("sys", [ChatTurn("user", "hola")], [])
        assert time.monotonic() - started < 0.5 and len(fake_llm.posts()) == 1
        assert client.get("/health").json()["checks"]["llm"]["error"].startswith("circuit open")


def test_health_names_the_model_and_whether_deepseek_lists_it(fake_llm, tmp_path):
    """Issue 22: the default is a model DeepSeek serves and lists (its Models & Pricing page and
    GET /models: deepseek-flash, deepseek-v4-pro); a retired name is refused by the fake as by
    DeepSeek, and /health says which model and that the provider does not list it."""
    from tests.integration.fake_llm_servers import openai_text

    def health_of(model: str | None) -> dict:
        fake_llm.reset()
        fake_llm.enqueue(openai_text("ok"))
        container = build_container(Settings(
            store="memory", vector_store="memory", embeddings="hashing", data_dir=str(tmp_path),
            llm_provider="deepseek", llm_api_key="test-key", llm_base_url=fake_llm.openai_base_url,
            llm_model=model or ""))
        try:
            with TestClient(create_app(container)) as client:
                return client.get("/health").json()["checks"]["llm"]
        finally:
            container.llm().close()

    default = health_of(None)
    assert (default["status"], default["model"], default["listed"]) == ("ok", "deepseek:deepseek-flash", True)
    retired = health_of("deepseek-chat")        # retired 2026-07-24
    assert (retired["status"], retired["model"], retired["listed"]) == ("down", "deepseek:deepseek-chat", False)
    assert "400" in retired["error"] and "Model Not Exist" in retired["error"]
