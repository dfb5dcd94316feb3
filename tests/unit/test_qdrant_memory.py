"""The embedded Qdrant memories, both engines through the same tests: QdrantEdgeMemory (Qdrant Edge,
the default) and QdrantVectorMemory in qdrant-client's local mode (``path=``: the same adapter a
Qdrant server gets with ``url=``)."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest

from adapters.e5_embedder import E5Embedder
from adapters.hashing_embedder import HashingEmbedder
from adapters.in_memory import FixedClock
from adapters.qdrant_edge_memory import QdrantEdgeMemory
from adapters.qdrant_memory import QdrantVectorMemory, VectorStoreBusy, point_id
from domain.memory import MemoryDocument, MemoryKind, Recollection
from domain.run import Run

NOW = datetime(2026, 4, 12, 9, 0, tzinfo=timezone.utc)

KNEE = "me duele la rodilla derecha después de la tirada larga"
ANA_MEMORIES = [
    (MemoryKind.CONVERSATION, KNEE),
    (MemoryKind.PLAN, "Objetivo: maratón de Valencia en diciembre por debajo de 3:45"),
    (MemoryKind.CONVERSATION, "Esta semana dormí fatal, apenas cinco horas por noche"),
    (MemoryKind.CONVERSATION, "Antes de las tiradas largas desayuno avena con plátano y café"),
    (MemoryKind.RUN, "Run on 2026-03-29: 18 km in 1:52:00 (6:13/km); weather: lluvia fuerte y viento"),
    (MemoryKind.CONVERSATION, "Hice mi mejor marca en 10k: 48:30 en la carrera popular del barrio"),
    (MemoryKind.CONVERSATION, "Últimamente no tengo ganas de salir a correr, estoy desmotivada"),
    (MemoryKind.CONVERSATION, "Me compré unas zapatillas nuevas con más amortiguación"),
    (MemoryKind.CONVERSATION, "Los martes hago series de 400 metros en la pista con el club"),
]


@pytest.fixture(scope="module")
def e5():
    return E5Embedder()


@pytest.fixture
def clock():
    return FixedClock(NOW)


ENGINES = {
    "edge": lambda embedder, clock, collection, path: QdrantEdgeMemory(embedder, clock, path, collection),
    "local": lambda embedder, clock, collection, path: QdrantVectorMemory(embedder, clock, collection, path=path),
}


@pytest.fixture(params=sorted(ENGINES))
def engine(request):
    return request.param


@pytest.fixture
def open_memory(tmp_path, clock, engine):
    opened = []

    def _open(embedder=None, collection="memories", path=None):
        m = ENGINES[engine](embedder or HashingEmbedder(), clock, collection, str(path or tmp_path / "qdrant"))
        opened.append(m)
        return m

    yield _open
    for m in opened:
        m.close()


def doc(runner_id, text, kind=MemoryKind.CONVERSATION, **kw):
    return MemoryDocument(runner_id=runner_id, kind=kind, text=text, created_at=NOW, **kw)


def test_stores_and_recalls_the_whole_document(open_memory):
    memory = open_memory()
    stored = doc("ana", KNEE, metadata={"message_id": "wamid.1"})
    memory.store(stored)
    memory.store(doc("ana", "quiero correr un maratón"))

    [first, *_] = memory.retrieve_context("ana", "rodilla derecha", k=2)
    assert isinstance(first, Recollection)
    assert first.document == stored
    assert first.document.created_at.tzinfo is not None
    assert -1.0 <= first.score <= 1.0001


def test_a_runner_never_recalls_another_runners_memories(open_memory):
    memory = open_memory()
    memory.store(doc("ana", "me duele la rodilla derecha después de la tirada larga"))
    memory.store(doc("bruno", "me duele la rodilla derecha después de la tirada larga del domingo"))
    memory.store(doc("bruno", "me duele la rodilla derecha"))
    memory.store(doc("ana", "dormí poco esta semana"))

    for k in (1, 2, 5, 50):
        got = memory.retrieve_context("ana", "me duele la rodilla derecha", k=k)
        assert got and {r.document.runner_id for r in got} == {"ana"}
    assert len(memory.retrieve_context("ana", "me duele la rodilla derecha", k=50)) == 2
    assert {r.document.runner_id for r in memory.retrieve_context("bruno", "dormí poco", k=50)} == {"bruno"}
    assert memory.retrieve_context("carla", "me duele la rodilla derecha") == []


def test_k_limits_and_orders_by_score(open_memory):
    memory = open_memory()
    for i in range(7):
        memory.store(doc("ana", f"recuerdo número {i} sobre series y ritmo"))
    got = memory.retrieve_context("ana", "series", k=3)
    assert len(got) == 3
    assert [r.score for r in got] == sorted((r.score for r in got), reverse=True)
    assert memory.retrieve_context("ana", "series", k=0) == []


def test_empty_memory_recalls_nothing(open_memory):
    assert open_memory().retrieve_context("ana", "¿qué hablamos de mi rodilla?") == []


def test_update_after_run_upserts_by_run_id(open_memory, clock):
    memory = open_memory()
    run = Run(runner_id="ana", date=date(2026, 4, 11), distance_km=12, duration_s=3900, notes="piernas pesadas")
    memory.update_after_run(run)
    run.notes = "piernas pesadas; me dolió el gemelo izquierdo"
    clock.advance(timedelta(hours=1))
    memory.update_after_run(run)

    assert memory.count("ana") == 1
    [r] = memory.retrieve_context("ana", "gemelo", k=5)
    assert r.document.id == run.id
    assert r.document.kind is MemoryKind.RUN
    assert "gemelo izquierdo" in r.document.text
    assert r.document.metadata == {"run_id": run.id, "date": "2026-04-11"}
    assert r.document.created_at == NOW + timedelta(hours=1)


def test_point_ids_are_uuids_derived_from_the_document_id():
    hex_id = "0123456789abcdef0123456789abcdef"
    assert point_id(hex_id) == "01234567-89ab-cdef-0123-456789abcdef"
    assert point_id("run-42") == point_id("run-42") != point_id("run-43")


def test_collection_is_created_on_first_use_with_the_embedders_dimension(tmp_path, clock):
    memory = QdrantVectorMemory(HashingEmbedder(dimension=64), clock, "c64", path=str(tmp_path / "q"))
    client = memory._client
    assert not client.collection_exists("c64")
    memory.store(doc("ana", "hola"))
    params = client.get_collection("c64").config.params.vectors
    assert params.size == 64
    assert params.distance.name == "COSINE"
    memory.close()


def test_edge_shard_has_the_embedders_dimension_and_a_tenant_index_on_runner_id(tmp_path, clock):
    import json

    memory = QdrantEdgeMemory(HashingEmbedder(dimension=64), clock, str(tmp_path), "c64")
    memory.store(doc("ana", "hola"))
    memory.close()
    config = json.loads((tmp_path / "c64" / "edge_config.json").read_text())
    assert config["vectors"][""] == {"size": 64, "distance": "Cosine"}
    import qdrant_edge as qe
    shard = qe.EdgeShard.load(str(tmp_path / "c64"))
    index = shard.info().payload_schema["runner_id"]
    assert index.data_type == qe.PayloadSchemaType.Keyword and index.params.is_tenant
    shard.close()


def test_a_second_opener_of_the_same_folder_is_told_it_is_busy(tmp_path, clock):
    first = QdrantEdgeMemory(HashingEmbedder(), clock, str(tmp_path))
    with pytest.raises(VectorStoreBusy, match="in use"):
        QdrantEdgeMemory(HashingEmbedder(), clock, str(tmp_path))
    first.close()
    QdrantEdgeMemory(HashingEmbedder(), clock, str(tmp_path)).close()     # free again once closed


def test_memories_survive_a_restart_and_a_wrong_dimension_fails_loudly(open_memory, tmp_path, clock):
    path = tmp_path / "persist"
    first = open_memory(path=path)
    first.store(doc("ana", KNEE))
    first.close()

    again = open_memory(path=path)
    assert again.retrieve_context("ana", "rodilla", k=1)[0].document.text == KNEE
    again.close()

    with pytest.raises(ValueError, match="dimension"):
        open_memory(HashingEmbedder(dimension=32), path=path).retrieve_context("ana", "rodilla")


def test_exactly_one_of_path_url_client(clock):
    with pytest.raises(ValueError):
        QdrantVectorMemory(HashingEmbedder(), clock)
    with pytest.raises(ValueError):
        QdrantVectorMemory(HashingEmbedder(), clock, path="/tmp/x", url="http://localhost:6333")


def test_concurrent_use_from_many_threads(open_memory):
    memory = open_memory()
    errors = []

    def work(t):
        try:
            for i in range(10):
                memory.store(doc(f"r{t % 2}", f"hilo {t} recuerdo {i}"))
                memory.retrieve_context(f"r{t % 2}", "recuerdo", k=3)
        except Exception as exc:  # pragma: no cover - the assertion shows it
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert memory.count("r0") == 40 and memory.count("r1") == 40


def test_forget_runner(open_memory):
    memory = open_memory()
    memory.store(doc("ana", "uno"))
    memory.store(doc("bruno", "dos"))
    memory.forget_runner("ana")
    assert memory.count("ana") == 0 and memory.count("bruno") == 1


def test_forget_one_memory_of_one_runner(open_memory):
    memory = open_memory()
    run = Run(runner_id="ana", date=date(2026, 4, 11), distance_km=8)
    memory.update_after_run(run)
    memory.store(doc("ana", "otra cosa"))
    memory.forget("bruno", run.id)          # not Bruno's: nothing happens
    assert memory.count("ana") == 2
    memory.forget("ana", run.id)
    memory.forget("ana", "never-stored")    # a no-op
    assert memory.count("ana") == 1
    assert [r.document.text for r in memory.retrieve_context("ana", "8 km", k=5)] == ["otra cosa"]


# --- with the real multilingual model ------------------------------------------------------

@pytest.fixture
def ana_with_e5(open_memory, e5):
    memory = open_memory(e5, collection="e5")
    for kind, text in ANA_MEMORIES:
        memory.store(doc("ana", text, kind))
    # another runner with an even closer knee memory: must never show up for Ana
    memory.store(doc("bruno", "¿Qué hablamos de mi rodilla? Me duele la rodilla", MemoryKind.CONVERSATION))
    return memory


def test_e5_spanish_question_recalls_the_knee_conversation_first(ana_with_e5):
    assert len(ANA_MEMORIES) >= 8
    got = ana_with_e5.retrieve_context("ana", "¿qué hablamos de mi rodilla?", k=3)
    assert got[0].document.text == KNEE
    assert all(r.document.runner_id == "ana" for r in got)


def test_e5_english_question_recalls_the_spanish_knee_conversation(ana_with_e5):
    # Cross-lingual recall is the model's weak spot (see benchmarks/retrieval_quality.py): here the
    # knee memory comes first by a small margin, so the test asks only for the top 3 of the 5 the
    # coach reads.
    got = ana_with_e5.retrieve_context("ana", "what did I tell you about my knee?", k=3)
    assert KNEE in [r.document.text for r in got]
    assert all(r.document.runner_id == "ana" for r in got)


def test_memories_of_the_local_mode_are_copied_into_an_empty_edge_shard(tmp_path, clock):
    from adapters.qdrant_edge_memory import copy_from_local_mode

    old = QdrantVectorMemory(HashingEmbedder(), clock, "memories", path=str(tmp_path))
    for i in range(600):                       # more than one scroll page
        old.store(doc(f"r{i % 3}", f"recuerdo {i}"))
    kept = doc("ana", KNEE, metadata={"message_id": "wamid.1"})
    old.store(kept)
    old.close()

    edge = QdrantEdgeMemory(HashingEmbedder(), clock, str(tmp_path / "edge"), "memories")
    assert copy_from_local_mode(edge, str(tmp_path), "memories") == 601
    assert edge.count("r0") == 200 and edge.count("ana") == 1
    assert edge.retrieve_context("ana", KNEE, k=1)[0].document == kept
    assert copy_from_local_mode(edge, str(tmp_path), "memories") == 0        # once
    assert copy_from_local_mode(edge, str(tmp_path), "other") == 0
    edge.close()


def test_bootstrap_opens_qdrant_edge_as_the_embedded_default(tmp_path, clock):
    from bootstrap import Settings, _open_vector_memory

    memory = _open_vector_memory(Settings(data_dir=str(tmp_path), embeddings="hashing"), HashingEmbedder(), clock)
    try:
        assert isinstance(memory, QdrantEdgeMemory)
        memory.store(doc("ana", KNEE))
        assert (tmp_path / "qdrant" / "edge" / "andes_memories" / "edge_config.json").exists()
    finally:
        memory.close()
