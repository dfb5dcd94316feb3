"""OpenAICompatibleLLM (DeepSeek / OpenAI) through the real openai SDK against a fake
/v1/chat/completions on 127.0.0.1: the wire format, tool calls, retries, timeouts."""
from __future__ import annotations

import json
import socket
import time

import pytest

from adapters.llm_retry import RetryPolicy
from adapters.openai_llm import OpenAICompatibleLLM
from application.llm_coach import LLMCoach
from application.ports import ChatTurn, LLMUnavailable, ToolCall, ToolSpec
from domain.conversation import Intent
from tests.integration.fake_llm_servers import (  # noqa: F401  (fixtures)
    CoachWorld, Scripted, fake_llm, fake_llm_server_session, openai_error, openai_text, openai_tool_calls,
)

FAST = RetryPolicy(max_attempts=3, initial_wait_s=0.01, max_wait_s=0.02, retry_after_cap_s=1.0)
SPEC = ToolSpec("log_run", "Store a run", {"type": "object", "properties": {"distance_km": {"type": "number"}},
                                           "required": ["distance_km"]})


def llm_for(server, timeout_s: float = 5.0, retry: RetryPolicy = FAST) -> OpenAICompatibleLLM:
    return OpenAICompatibleLLM(api_key="test-key", model="deepseek-chat", base_url=server.openai_base_url,
                               timeout_s=timeout_s, retry=retry)


def test_tool_call_round_trip_through_the_coach(fake_llm):
    fake_llm.enqueue(
        openai_tool_calls(("call_1", "log_run", {"distance_km": 10, "duration_min": 50, "rpe": 6})),
        openai_text("✅ 10 km a 5:00/km. ¡Buen trabajo, Ana!"),
    )
    world = CoachWorld()
    coach = LLMCoach(llm_for(fake_llm), world.tools)
    reply = coach.answer(world.ctx("corrí 10 km en 50 min, rpe 6"), "corrí 10 km en 50 min, rpe 6")

    assert reply.text == "✅ 10 km a 5:00/km. ¡Buen trabajo, Ana!"
    assert reply.intent == Intent.LOG_RUN and reply.tools_used == ["log_run"]
    [run] = world.stored_runs()
    assert (run.distance_km, run.duration_s, run.perceived_effort) == (10, 3000, 6)

    first, second = fake_llm.posts()
    assert first.path == "/v1/chat/completions"
    assert first.headers["authorization"] == "Bearer test-key"
    assert first.body["model"] == "deepseek-chat"
    system, user = first.body["messages"]
    assert system["role"] == "system" and "Eres Andes" in system["content"]
    assert user == {"role": "user", "content": "corrí 10 km en 50 min, rpe 6"}
    tools = {t["function"]["name"]: t for t in first.body["tools"]}
    assert set(tools) >= {"log_run", "generate_plan", "get_progress", "update_profile", "record_injury",
                          "search_memory"}
    log_run = tools["log_run"]
    assert log_run["type"] == "function" and log_run["function"]["description"]
    assert log_run["function"]["parameters"]["required"] == ["distance_km"]
    assert log_run["function"]["parameters"]["properties"]["distance_km"]["type"] == "number"

    assistant, tool = second.body["messages"][-2:]
    assert assistant["role"] == "assistant"
    assert assistant["tool_calls"] == [{"id": "call_1", "type": "function", "function": {
        "name": "log_run", "arguments": json.dumps({"distance_km": 10, "duration_min": 50, "rpe": 6})}}]
    assert tool["role"] == "tool" and tool["tool_call_id"] == "call_1"
    result = json.loads(tool["content"])
    assert result["logged"] is True and result["run"]["pace_per_km"] == "5:00"


def test_malformed_tool_calls_go_back_to_the_model_and_it_still_replies(fake_llm):
    fake_llm.enqueue(
        openai_tool_calls(("call_a", "log_run", '{"distance_km": 10,'), ("call_b", "teleport", {"to": "Cuenca"})),
        openai_tool_calls(("call_c", "log_run", {"distance_km": "diez"})),
        openai_text("Perdona, ¿cuántos km corriste exactamente?"),
    )
    world = CoachWorld()
    reply = LLMCoach(llm_for(fake_llm), world.tools).answer(world.ctx("corrí diez"), "corrí diez")
    assert reply.text == "Perdona, ¿cuántos km corriste exactamente?"
    assert reply.tools_used == [] and world.stored_runs() == []

    _, second, third = fake_llm.posts()
    assistant, bad_json, unknown = second.body["messages"][-3:]
    # Arguments that weren't JSON are echoed back as {} (providers may refuse invalid JSON in history).
    assert [c["function"]["arguments"] for c in assistant["tool_calls"]] == ["{}", json.dumps({"to": "Cuenca"})]
    assert bad_json["tool_call_id"] == "call_a"
    assert "not a valid JSON object" in json.loads(bad_json["content"])["error"]
    assert unknown["tool_call_id"] == "call_b" and "unknown tool" in json.loads(unknown["content"])["error"]
    wrong_type = third.body["messages"][-1]
    assert wrong_type["tool_call_id"] == "call_c" and "distance_km" in json.loads(wrong_type["content"])["error"]


def test_a_500_is_retried(fake_llm):
    fake_llm.enqueue(openai_error(500, "boom"), openai_error(503, "busy"), openai_text("¡Hola!"))
    completion = llm_for(fake_llm).complete("sys", [ChatTurn("user", "hola")], [SPEC])
    assert completion.text == "¡Hola!" and completion.tool_calls == ()
    assert len(fake_llm.posts()) == 3


def test_a_429_waits_what_retry_after_asks(fake_llm):
    fake_llm.enqueue(openai_error(429, "slow down", headers={"retry-after": "0.3"}), openai_text("ok"))
    assert llm_for(fake_llm).complete("sys", [ChatTurn("user", "hola")], []).text == "ok"
    first, second = fake_llm.posts()
    assert second.at - first.at >= 0.28


def test_retry_after_is_capped(fake_llm):
    fake_llm.enqueue(openai_error(429, headers={"retry-after": "30"}), openai_text("ok"))
    capped = RetryPolicy(max_attempts=2, initial_wait_s=0.01, retry_after_cap_s=0.2)
    started = time.monotonic()
    assert llm_for(fake_llm, retry=capped).complete("sys", [ChatTurn("user", "hola")], []).text == "ok"
    assert 0.18 <= time.monotonic() - started < 3


def test_a_timeout_is_retried_then_llm_unavailable(fake_llm):
    fake_llm.default = Scripted(openai_text("too late").body, delay_s=1.5)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="APITimeoutError"):
        llm_for(fake_llm, timeout_s=0.2).complete("sys", [ChatTurn("user", "hola")], [])
    assert len(fake_llm.posts()) == 3
    assert time.monotonic() - started < 1.5


def test_persistent_5xx_gives_llm_unavailable_after_max_attempts(fake_llm):
    with pytest.raises(LLMUnavailable, match="500"):
        llm_for(fake_llm).complete("sys", [ChatTurn("user", "hola")], [])
    assert len(fake_llm.posts()) == 3


@pytest.mark.parametrize("status", [400, 401])
def test_bad_request_and_bad_key_are_not_retried(fake_llm, status):
    fake_llm.enqueue(openai_error(status), openai_text("never reached"))
    with pytest.raises(LLMUnavailable, match=str(status)):
        llm_for(fake_llm).complete("sys", [ChatTurn("user", "hola")], [])
    assert len(fake_llm.posts()) == 1


def test_connection_refused_is_llm_unavailable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    llm = OpenAICompatibleLLM("test-key", base_url=f"http://127.0.0.1:{port}/v1", timeout_s=1, retry=FAST)
    with pytest.raises(LLMUnavailable, match="APIConnectionError"):
        llm.complete("sys", [ChatTurn("user", "hola")], [])
    assert llm.ping() is False


def test_wire_shape_of_every_turn_and_no_tools_key_without_tools(fake_llm):
    fake_llm.enqueue(openai_text("ok"))
    turns = [
        ChatTurn("user", "hola"), ChatTurn("assistant", "¡Hola!"), ChatTurn("user", "corrí 5 km"),
        ChatTurn("assistant", "", tool_calls=(ToolCall("c9", "log_run", {"distance_km": 5}, '{"distance_km": 5}'),)),
        ChatTurn("tool", '{"logged":true}', tool_call_id="c9", is_error=False),
    ]
    llm_for(fake_llm).complete("sistema", turns, [])
    body = fake_llm.posts()[0].body
    assert "tools" not in body
    assert body["messages"] == [
        {"role": "system", "content": "sistema"},
        {"role": "user", "content": "hola"},
        {"role": "assistant", "content": "¡Hola!"},
        {"role": "user", "content": "corrí 5 km"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c9", "type": "function", "function": {"name": "log_run", "arguments": '{"distance_km": 5}'}}]},
        {"role": "tool", "tool_call_id": "c9", "content": '{"logged":true}'},
    ]


def test_ping(fake_llm):
    llm = llm_for(fake_llm)
    assert llm.ping() is True
    assert fake_llm.requests[-1].method == "GET" and fake_llm.requests[-1].path == "/v1/models"
    fake_llm.models_response = openai_error(401, "bad key")     # the fixture restores it
    assert llm.ping() is False
    assert llm.name == "openai:deepseek-chat"
    assert OpenAICompatibleLLM("k").name == "deepseek:deepseek-chat"


def test_retry_after_ms_is_honoured_too(fake_llm):
    fake_llm.enqueue(openai_error(429, headers={"retry-after-ms": "250"}), openai_text("ok"))
    assert llm_for(fake_llm).complete("sys", [ChatTurn("user", "hola")], []).text == "ok"
    first, second = fake_llm.posts()
    assert second.at - first.at >= 0.23


def test_what_is_retried_and_how_long_retry_after_asks():
    from email.utils import formatdate

    import httpx2
    import openai

    from adapters.llm_retry import is_retryable, retry_after_s

    def status_error(status: int, headers: dict[str, str] | None = None):
        request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
        response = httpx2.Response(status, headers=headers or {}, request=request)
        return openai.APIStatusError("x", response=response, body=None)

    connection = (openai.APIConnectionError,)
    assert [s for s in (400, 401, 403, 404, 408, 422, 429, 500, 502, 503, 529)
            if is_retryable(status_error(s), connection)] == [408, 429, 500, 502, 503, 529]
    timeout = openai.APITimeoutError(request=httpx2.Request("POST", "http://127.0.0.1"))
    assert is_retryable(timeout, connection) and not is_retryable(ValueError("x"), connection)
    assert retry_after_s(status_error(429, {"retry-after": "2"})) == 2.0
    assert retry_after_s(status_error(429, {"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    in_five = retry_after_s(status_error(429, {"retry-after": formatdate(time.time() + 5, usegmt=True)}))
    assert 3 <= in_five <= 5
    assert retry_after_s(status_error(429, {"retry-after": "soon"})) is None
    assert retry_after_s(status_error(429)) is None
