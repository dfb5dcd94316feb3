"""Issue 22: an optional part that cannot be *built* degrades, never stops replies — the chat buffer
(Redis), the embedder and the LLM client each get a stand-in, /health's check of it says why, and
the coach still answers."""
import pytest

from adapters.degraded import PartUnavailable, StandIn, UnbuiltLLM
from application.ports import LLMUnavailable
from tests.coach_harness import ONBOARDING_ES, memory_container, onboard

PHONE = "+593990004242"


def _broken(*_args, **_kwargs):
    raise OSError("the part is broken")


def test_a_chat_buffer_that_cannot_be_built_falls_back_to_the_store(tmp_path, monkeypatch):
    from adapters.redis_chat import RedisChatBuffer
    monkeypatch.setattr(RedisChatBuffer, "from_url", classmethod(lambda cls, url: _broken()))
    container, _ = memory_container(tmp_path, embeddings="hashing", redis_url="redis://127.0.0.1:6379/0")
    buffer = container.chat_buffer()
    assert isinstance(buffer, StandIn)
    with pytest.raises(PartUnavailable, match="chat buffer .*OSError: the part is broken"):
        buffer.ping()
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ONBOARDING_ES)
    _, answer = reply(PHONE, "hoy corri 6 km en 36 min")
    assert "6 km" in answer.text
    runner = container.runners().by_phone(PHONE)
    assert buffer.recent(runner.id)            # the store's buffer did the work


def test_an_embedder_that_cannot_be_built_degrades_to_hashing_and_the_coach_answers(tmp_path, monkeypatch):
    import adapters.e5_embedder as e5
    from dependency_injector import providers

    from adapters.in_memory import FixedClock
    from bootstrap import build_container
    from tests.coach_harness import NOW, memory_settings
    monkeypatch.setattr(e5, "E5Embedder", _broken)
    container = build_container(memory_settings(tmp_path))      # embeddings="e5", as by default
    container.clock.override(providers.Object(FixedClock(NOW)))
    embedder = container.embedder()
    assert isinstance(embedder, StandIn)
    with pytest.raises(PartUnavailable, match="embedder"):
        embedder.ping()
    assert len(embedder.embed_query("hoy corrí 8 km")) == embedder.dimension
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ONBOARDING_ES)
    _, answer = reply(PHONE, "ayer corri 8 km en 45 min")
    runner = container.runners().by_phone(PHONE)
    assert [r.distance_km for r in container.runs().for_runner(runner.id)] == [8]
    assert "8 km" in answer.text


def test_an_llm_that_cannot_be_built_leaves_the_offline_coach_answering(tmp_path, monkeypatch):
    import adapters.openai_llm as openai_llm
    monkeypatch.setattr(openai_llm, "OpenAICompatibleLLM", _broken)
    container, _ = memory_container(tmp_path, embeddings="hashing", llm_provider="deepseek", llm_api_key="sk-x")
    llm = container.llm()
    assert isinstance(llm, UnbuiltLLM)
    with pytest.raises(LLMUnavailable, match="could not be built"):
        llm.ping()
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ONBOARDING_ES)
    _, answer = reply(PHONE, "hoy corri 5 km en 30 min")
    assert answer.degraded and "5 km" in answer.text
