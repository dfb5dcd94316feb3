"""Issue 22: degrade, never stop. The embedded vector store damaged in the three ways an operator
found (segment.json, the WAL, a truncated vectors file): the process still builds everything, the
damaged shard is moved aside (kept) and a new one is rebuilt from what the database holds. A memory
that cannot be built at all is "degraded" on /health with the reason, and the coach answers."""
from __future__ import annotations

import glob
import os
from datetime import date, datetime, timezone

import pytest
from dependency_injector import providers
from starlette.testclient import TestClient

from adapters.in_memory import FixedClock
from bootstrap import Settings, build_container, close_resources, rebuild_memory_at_start
from domain.conversation import Intent, Message, Role
from domain.run import Run
from domain.runner import Runner
from entrypoints.http_app import create_app

pytestmark = pytest.mark.integration

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)


def _settings(data_dir) -> Settings:
    return Settings(store="sqlite", vector_store="qdrant", embeddings="hashing", llm_provider="offline",
                    data_dir=str(data_dir))


def _container(data_dir):
    container = build_container(_settings(data_dir))
    container.clock.override(providers.Object(FixedClock(NOW)))
    return container


def _shard(data_dir) -> str:
    return os.path.join(str(data_dir), "qdrant", "edge", "andes_memories")


def _damage(kind: str, shard: str) -> None:
    if kind == "segment.json":
        [path] = glob.glob(os.path.join(shard, "segments", "*", "segment.json"))
        with open(path, "w") as f:
            f.write("{not json")
    elif kind == "wal":
        with open(os.path.join(shard, "wal", "open-1"), "r+b") as f:
            f.write(b"\xff" * 4096)
    else:
        [path] = glob.glob(os.path.join(shard, "segments", "*", "vector_storage", "vectors", "chunk_0.mmap"))
        os.truncate(path, 100)


@pytest.fixture
def remembered(tmp_path):
    """A runner with a run, a message worth remembering and their memories, the process closed."""
    container = _container(tmp_path)
    ana = Runner(phone="+593991110077", name="Ana")
    ana.onboarding_completed = True
    container.runners().save(ana)
    container.runs().add(Run(runner_id=ana.id, date=date(2026, 12, 6), distance_km=12, duration_s=3600))
    container.conversations().append(
        Message(runner_id=ana.id, role=Role.RUNNER, text="me duele la rodilla derecha al bajar escaleras",
                at=NOW, intent=Intent.INJURY_REPORT))
    for day in range(1, 40):                      # a season's worth of runs: a shard with some weight
        container.runs().add(Run(runner_id=ana.id, date=date(2026, 10, 1 + day % 28), distance_km=5 + day % 7))
    container.rebuild_memory()()
    memory = container.vector_memory()
    assert memory.flush(30)
    assert {r.document.kind.value for r in memory.retrieve_context(ana.id, "rodilla", k=60)} == {"run", "conversation"}
    close_resources(container)
    return tmp_path, ana


@pytest.mark.parametrize("kind", ["segment.json", "wal", "vectors file"])
def test_a_damaged_store_is_moved_aside_and_rebuilt_from_the_database(remembered, kind):
    data_dir, ana = remembered
    _damage(kind, _shard(data_dir))
    container = _container(data_dir)
    try:
        container.jobs()                                    # everything builds: no job fails on the memory
        memory = container.vector_memory()
        assert memory.needs_rebuild and memory.retrieve_context(ana.id, "rodilla", k=5) == []
        rebuild_memory_at_start(container)
        assert memory.flush(30)
        kinds = {r.document.kind.value for r in memory.retrieve_context(ana.id, "rodilla carrera", k=60)}
        assert kinds == {"run", "conversation"}
        assert not memory.needs_rebuild
    finally:
        close_resources(container)
    assert len(glob.glob(_shard(data_dir) + ".damaged-*")) == 1            # kept for a post-mortem


def test_a_memory_that_cannot_be_built_is_degraded_with_its_reason_and_the_coach_answers(tmp_path):
    edge = os.path.join(str(tmp_path), "qdrant", "edge")
    os.makedirs(os.path.dirname(edge))
    with open(edge, "w") as f:                             # a file where the store's folder should be
        f.write("not a folder")
    container = _container(tmp_path)
    try:
        with TestClient(create_app(container, allow_unsigned=True)) as client:
            body = client.get("/health").json()
            vector = body["checks"]["vector_store"]
            assert body["status"] == "degraded" and vector["status"] == "down"
            assert "not built" in vector["error"] and "without long-term memory" in vector["error"]
        reply = container.reply_to_runner()
        exchange = reply.open("+593991110078", "Hola")
        runner, answer = reply.close(exchange)
        assert answer.text and runner.id
    finally:
        close_resources(container)


def test_andes_reindex_writes_every_memory_again(remembered, monkeypatch, capsys):
    data_dir, ana = remembered
    from entrypoints import cli
    monkeypatch.setenv("ANDES_DATA_DIR", str(data_dir))
    monkeypatch.setenv("ANDES_STORE", "sqlite")
    monkeypatch.setenv("ANDES_VECTOR_STORE", "qdrant")
    monkeypatch.setenv("EMBEDDINGS_PROVIDER", "hashing")
    monkeypatch.setenv("LLM_PROVIDER", "offline")
    assert cli.main(["reindex"]) == 0
    assert "40 runs" in capsys.readouterr().out


def test_memory_writes_a_killed_process_had_queued_are_written_at_the_next_start(tmp_path):
    """The memory is written after the reply commits (adapters/deferred_memory.py): a kill -9 right
    after the commit loses those writes. The next process to start writes the last hour's memories
    again from the store; older ones (already written) are left alone."""
    container = _container(tmp_path)
    ana = Runner(phone="+593991110079", name="Ana")
    ana.onboarding_completed = True
    container.runners().save(ana)
    # What the killed process had committed, its memory writes never applied:
    container.runs().add(Run(runner_id=ana.id, date=date(2026, 12, 1), distance_km=21.1, duration_s=7200,
                             created_at=NOW))
    container.conversations().append(Message(runner_id=ana.id, role=Role.RUNNER, at=NOW, intent=Intent.INJURY_REPORT,
                                             text="me duele el tobillo izquierdo desde el domingo"))
    container.conversations().append(Message(runner_id=ana.id, role=Role.RUNNER, intent=Intent.INJURY_REPORT,
                                             at=datetime(2026, 11, 1, tzinfo=timezone.utc),
                                             text="hace un mes me dolía la cadera"))
    close_resources(container)

    container = _container(tmp_path)
    try:
        rebuild_memory_at_start(container)
        memory = container.vector_memory()
        assert memory.flush(30)
        texts = {r.document.text for r in memory.retrieve_context(ana.id, "dolor", k=10)}
        assert "me duele el tobillo izquierdo desde el domingo" in texts
        assert any("21.1 km" in text for text in texts)
        assert "hace un mes me dolía la cadera" not in texts          # older than the hour: not rewritten
    finally:
        close_resources(container)
