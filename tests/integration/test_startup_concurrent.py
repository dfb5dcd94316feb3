"""Issue 22: start-up that is correct or loud. Four ``andes serve`` and two ``andes worker`` started
at the same moment on an empty database all become ready: the store's migrations and procrastinate's
schema are applied once, under one advisory lock, the others waiting their turn (before, two of three
servers died on ``UniqueViolation`` creating procrastinate's types and kept answering 503 while
/health said 200). Then ``andes migrate`` finds nothing to do, and a procrastinate upgrade (a new
migration file) is applied once, in order."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from adapters.postgres.queue_schema import migration_files

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
READY_WITHIN_S = 120          # generous: six Python processes importing the app on a shared 2-core machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _env(postgres_url: str, schema: str, data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "ANDES_STORE": "postgres",
            "DATABASE_URL": f"{postgres_url}?options=-c%20search_path%3D{schema}", "REDIS_URL": "",
            "ANDES_DATA_DIR": str(data_dir), "ANDES_VECTOR_STORE": "memory", "EMBEDDINGS_PROVIDER": "hashing",
            "LLM_PROVIDER": "offline", "WHATSAPP_APP_SECRET": "secret", "WHATSAPP_VERIFY_TOKEN": "verify",
            "WHATSAPP_TOKEN": "token", "WHATSAPP_PHONE_NUMBER_ID": "1", "WHATSAPP_API_BASE": "http://127.0.0.1:9",
            "LOG_LEVEL": "INFO", "ANDES_DB_POOL_MAX": "4"}


def test_four_servers_and_two_workers_started_together_on_an_empty_database_all_become_ready(
        postgres_url, postgres_schema, postgres_admin, tmp_path):
    env = _env(postgres_url, postgres_schema, tmp_path)
    ports = [_free_port() for _ in range(4)]
    logs = {name: open(tmp_path / f"{name}.log", "wb")      # noqa: SIM115  (closed below)
            for name in [f"serve{i}" for i in range(4)] + ["worker0", "worker1"]}
    argv = {f"serve{i}": ["serve", "--port", str(port)] for i, port in enumerate(ports)}
    argv.update({"worker0": ["worker", "--concurrency", "4"], "worker1": ["worker", "--concurrency", "4"]})
    procs = {name: subprocess.Popen([sys.executable, "-m", "entrypoints.cli", *argv[name]], cwd=ROOT, env=env,
                                    stdout=logs[name], stderr=subprocess.STDOUT) for name in logs}
    try:
        deadline = time.monotonic() + READY_WITHIN_S
        ready: set[str] = set()
        while len(ready) < len(procs) and time.monotonic() < deadline:
            for name, proc in procs.items():
                assert proc.poll() is None, f"{name} exited {proc.returncode}: {(tmp_path / f'{name}.log').read_text()[-3000:]}"
                if name in ready:
                    continue
                if name.startswith("serve"):
                    try:
                        response = httpx.get(f"http://127.0.0.1:{ports[int(name[-1])]}/health", timeout=2)
                    except httpx.HTTPError:
                        continue
                    body = response.json()
                    if body["status"] not in ("starting", "down"):
                        ready.add(name)
                    else:
                        assert "waiting_on" in body or body["status"] == "down"
                elif "worker started" in (tmp_path / f"{name}.log").read_text():
                    ready.add(name)
            time.sleep(0.5)
        assert ready == set(procs), {name: (tmp_path / f"{name}.log").read_text()[-2000:]
                                     for name in set(procs) - ready}
    finally:
        for proc in procs.values():
            proc.terminate()
        for proc in procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs.values():
            log.close()
    for name in procs:
        text = (tmp_path / f"{name}.log").read_text()
        assert "UniqueViolation" not in text and "Traceback" not in text, text[-3000:]
    schema = postgres_schema
    names = [name for (name,) in postgres_admin.execute(
        f"SELECT name FROM {schema}.procrastinate_migrations ORDER BY name")]
    assert names == [name for name, _ in migration_files()]
    assert postgres_admin.execute(f"SELECT count(*) FROM {schema}.schema_migrations").fetchone()[0] >= 11

    # `andes migrate` on the migrated database: nothing to do, exit 0.
    done = subprocess.run([sys.executable, "-m", "entrypoints.cli", "migrate"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "job queue schema up to date" in done.stdout


def test_a_procrastinate_upgrade_is_applied_once_in_order(postgres_empty_pool, postgres_admin, postgres_schema,
                                                         monkeypatch):
    """A schema created by an older procrastinate: the files it lacks are applied in name order, each
    once, and recorded; a second run applies nothing."""
    import adapters.postgres.queue_schema as queue_schema
    files = migration_files()
    with postgres_empty_pool.connection() as conn:
        conn.autocommit = True
        monkeypatch.setattr(queue_schema, "migration_files", lambda: files[:-2])       # the older release
        assert queue_schema.apply_queue_schema(conn) == ["schema.sql"]
        applied_sql = []
        newer = [(name, f"CREATE TABLE upgrade_{i} (n int);") for i, (name, _) in enumerate(files[-2:])]
        monkeypatch.setattr(queue_schema, "migration_files", lambda: files[:-2] + newer)
        original = conn.execute

        def recording(query, *args, **kwargs):
            if isinstance(query, str) and query.startswith("CREATE TABLE upgrade_"):
                applied_sql.append(query)
            return original(query, *args, **kwargs)
        monkeypatch.setattr(conn, "execute", recording)
        assert queue_schema.apply_queue_schema(conn) == [name for name, _ in newer]
        assert applied_sql == [sql for _, sql in newer]
        assert queue_schema.apply_queue_schema(conn) == []
        conn.autocommit = False
