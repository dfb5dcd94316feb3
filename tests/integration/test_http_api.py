"""/health, /metrics and the read-only JSON API, over HTTP against a real uvicorn server."""
from __future__ import annotations

import time
from datetime import date, datetime

import httpx
import pytest
from dependency_injector import providers

from adapters.in_memory import ScriptedLLM
from bootstrap import Settings, build_container
from entrypoints.http_app import create_app
from tests.integration.fake_graph_api import ServerThread

pytestmark = pytest.mark.integration

TOKEN = "api-token-for-tests"
PHONE = "+593991110042"
ONBOARDING = ["Hola", "Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "20", "10", "no", "me da igual",
              "ninguna"]


@pytest.fixture
def container(tmp_path):
    return build_container(Settings(store="memory", vector_store="memory", embeddings="hashing",
                                    llm_provider="offline", data_dir=str(tmp_path)))


class Served:
    def __init__(self, container, **options):
        self.app = create_app(container, **options)
        self.server = ServerThread(self.app).start()
        self.http = httpx.Client(base_url=self.server.url, timeout=10)

    def get(self, path, token: str | None = None, **kw):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.http.get(path, headers=headers, **kw)

    def close(self):
        self.http.close()
        self.server.stop()


@pytest.fixture
def serve():
    served = []

    def start(container, **options):
        s = Served(container, **options)
        served.append(s)
        return s
    yield start
    for s in served:
        s.close()


class Probed:
    """``target`` with another ``ping``."""

    def __init__(self, target, ping):
        self._target = target
        self.ping = ping

    def __getattr__(self, name):
        return getattr(self._target, name)


def broken():
    raise ConnectionError("connection refused")


def hanging():
    time.sleep(3)
    return True


# --- /health --------------------------------------------------------------------------------

def test_health_when_everything_is_up(container, serve):
    response = serve(container).get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "healthy"
    assert set(body["checks"]) == {"database", "inbox", "chat_buffer", "vector_store", "embedder", "llm", "whatsapp"}
    assert body["checks"]["inbox"]["status"] == "ok"
    assert datetime.fromisoformat(body["timestamp"]).tzinfo is not None
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["chat_buffer"]["status"] == "ok"
    assert body["checks"]["vector_store"]["status"] == "ok"
    assert body["checks"]["llm"]["status"] == "offline"
    assert all(isinstance(c["latency_ms"], float) for c in body["checks"].values())


def test_health_is_503_when_the_database_is_down(container, serve):
    container.store.override(providers.Object(Probed(container.store(), broken)))
    response = serve(container).get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["database"] == {"status": "down", "error": "ConnectionError",
                                          "latency_ms": body["checks"]["database"]["latency_ms"]}


def test_a_read_only_sqlite_database_is_down(tmp_path, serve):
    """A read still answers; the health check's committed write does not."""
    container = build_container(Settings(store="sqlite", vector_store="memory", embeddings="hashing",
                                         llm_provider="offline", data_dir=str(tmp_path)))
    served = serve(container)
    assert served.get("/health").json()["checks"]["database"]["status"] == "ok"
    store = container.store()
    store.db._conn.execute("PRAGMA query_only = ON")         # as a file or disk that refuses writes
    response = served.get("/health")
    assert response.status_code == 503
    assert response.json()["status"] == "down" and response.json()["checks"]["database"]["status"] == "down"
    store.db._conn.execute("PRAGMA query_only = OFF")
    assert served.get("/health").status_code == 200


def test_a_full_disk_is_down(tmp_path, serve, monkeypatch):
    import adapters.sqlite.store as sqlite_store
    container = build_container(Settings(store="sqlite", vector_store="memory", embeddings="hashing",
                                         llm_provider="offline", data_dir=str(tmp_path)))
    served = serve(container)
    assert served.get("/health").status_code == 200
    monkeypatch.setattr(sqlite_store, "MIN_FREE_BYTES", 1 << 62)    # more than any disk has left
    response = served.get("/health")
    assert response.status_code == 503 and response.json()["checks"]["database"]["status"] == "down"


class _StuckWriter:
    """An inbox writer whose writes never come back (a pool that lent its last connection)."""

    async def put(self, item):
        await __import__("asyncio").sleep(3600)

    async def check(self):
        await __import__("asyncio").sleep(3600)

    async def close(self):
        pass


def test_a_stuck_inbox_is_down_while_the_database_answers(container, serve):
    container.inbox_writer.override(providers.Object(_StuckWriter()))
    response = serve(container, health_timeout_s=0.3).get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["inbox"] == {"status": "down", "error": "no write in 0.3 s",
                                       "latency_ms": body["checks"]["inbox"]["latency_ms"]}


def test_a_process_whose_inbox_does_not_recover_asks_to_be_restarted(container, serve, monkeypatch):
    """No delivery stored for INBOX_DEAD_AFTER_S while they kept coming: ``on_inbox_dead`` (in
    ``andes serve``: a SIGTERM to itself, then exit status 1 for the supervisor), called once."""
    import json

    import entrypoints.webhook as webhook
    from tests.integration.fake_graph_api import text_payload
    monkeypatch.setattr(webhook, "INBOX_DEAD_AFTER_S", 1.5)
    container.inbox_writer.override(providers.Object(_StuckWriter()))
    dead = []
    served = serve(container, allow_unsigned=True, on_inbox_dead=lambda: dead.append(time.monotonic()))
    started = time.monotonic()
    for n in range(4):
        body = json.dumps(text_payload(PHONE, "hola", f"wamid.dead{n}")).encode()
        response = served.http.post("/webhook", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 503
    assert len(dead) == 1 and dead[0] - started >= 1.5


def test_until_the_store_is_connected_health_is_503_and_names_the_step(container, serve):
    release = __import__("threading").Event()
    real = container.store()

    def slow_store():
        release.wait(10)
        return real
    container.store.override(providers.Callable(slow_store))
    served = serve(container)
    try:
        response = served.get("/health")
        assert response.status_code == 503
        assert response.json()["status"] == "starting"
        assert response.json()["waiting_on"] == "connecting the store and applying its migrations"
    finally:
        release.set()
    deadline = time.monotonic() + 10
    while served.get("/health").status_code != 200:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_a_hanging_database_is_down_after_the_short_timeout(container, serve):
    container.store.override(providers.Object(Probed(container.store(), hanging)))
    app = serve(container, health_timeout_s=0.2)
    started = time.perf_counter()
    response = app.get("/health")
    assert time.perf_counter() - started < 1.5
    assert response.status_code == 503
    assert response.json()["checks"]["database"]["status"] == "down"


def test_health_is_degraded_but_200_when_something_else_is_down(container, serve):
    container.chat_buffer.override(providers.Object(Probed(container.chat_buffer(), lambda: False)))
    container.vector_memory.override(providers.Object(Probed(container.vector_memory(), broken)))
    body = serve(container).get("/health")
    assert body.status_code == 200
    checks = body.json()["checks"]
    assert body.json()["status"] == "degraded"
    assert checks["chat_buffer"]["status"] == "down" and checks["vector_store"]["status"] == "down"
    assert checks["database"]["status"] == "ok"


def test_a_configured_llm_is_pinged(container, serve):
    container.llm.override(providers.Object(ScriptedLLM()))
    body = serve(container).get("/health").json()
    assert body["checks"]["llm"]["status"] == "ok" and body["status"] == "healthy"


def test_an_llm_that_does_not_answer_degrades(container, serve):
    container.llm.override(providers.Object(Probed(ScriptedLLM(), lambda: False)))
    response = serve(container).get("/health")
    assert response.status_code == 200
    assert response.json()["checks"]["llm"]["status"] == "down" and response.json()["status"] == "degraded"


# --- /metrics -------------------------------------------------------------------------------

def test_metrics_are_exposed_in_prometheus_text(container, serve):
    app = serve(container)
    app.app.state.metrics.record_reply("log_run", False, ["log_run"], 0.1)
    response = app.get("/metrics")
    assert response.status_code == 200
    # prometheus_client's text exposition (its CONTENT_TYPE_LATEST), rendered by OpenTelemetry's exporter
    assert response.headers["content-type"].startswith("text/plain; version=")
    assert 'messages_processed_total{degraded="false",intent="log_run"} 1' in response.text
    assert 'tools_executed_total{tool="log_run"} 1' in response.text
    assert "response_time_seconds_count 1" in response.text


# --- the JSON API ---------------------------------------------------------------------------

def onboard(container) -> str:
    reply = container.reply_to_runner()
    for text in ONBOARDING:
        runner, _ = reply(PHONE, text)
    return runner.id


def test_without_a_token_configured_the_api_does_not_exist(container, serve, monkeypatch):
    monkeypatch.delenv("ANDES_API_TOKEN", raising=False)
    runner_id = onboard(container)
    app = serve(container)
    for path in ("", "/runs", "/plan", "/progress"):
        assert app.get(f"/api/runners/{runner_id}{path}").status_code == 404
        assert app.get(f"/api/runners/{runner_id}{path}", token="anything").status_code == 404


def test_the_api_needs_the_bearer_token(container, serve):
    runner_id = onboard(container)
    app = serve(container, api_token=TOKEN)
    missing = app.get(f"/api/runners/{runner_id}")
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    assert app.get(f"/api/runners/{runner_id}", token="wrong").status_code == 401
    basic = app.http.get(f"/api/runners/{runner_id}", headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401
    assert app.get(f"/api/runners/{runner_id}", token=TOKEN).status_code == 200


def test_runner_profile_without_the_phone_number(container, serve):
    runner_id = onboard(container)
    app = serve(container, api_token=TOKEN)
    body = app.get(f"/api/runners/{runner_id}", token=TOKEN).json()
    assert body["id"] == runner_id and body["name"] == "Ana" and body["age"] == 34
    assert body["goal_race"] == "10k" and body["fitness_level"] == "intermediate"
    assert body["onboarding_completed"] is True and body["language"] == "es"
    assert "phone" not in body and "991110042" not in str(body)
    assert app.get("/api/runners/nobody", token=TOKEN).status_code == 404


def test_runs_plan_and_progress(container, serve):
    runner_id = onboard(container)
    reply = container.reply_to_runner()
    app = serve(container, api_token=TOKEN)
    assert app.get(f"/api/runners/{runner_id}/runs", token=TOKEN).json() == {"runner_id": runner_id, "runs": []}
    assert app.get(f"/api/runners/{runner_id}/plan", token=TOKEN).status_code == 404

    reply(PHONE, "hoy corrí 8 km en 45 min")
    reply(PHONE, "Crear mi plan")
    runs = app.get(f"/api/runners/{runner_id}/runs", token=TOKEN).json()["runs"]
    [run] = runs
    assert run["distance_km"] == 8.0 and run["duration_s"] == 2700
    assert run["pace_s_per_km"] == pytest.approx(337.5)
    date.fromisoformat(run["date"])
    future = app.get(f"/api/runners/{runner_id}/runs", token=TOKEN, params={"since": "2999-01-01"}).json()
    assert future["runs"] == []

    plan = app.get(f"/api/runners/{runner_id}/plan", token=TOKEN).json()
    assert plan["runner_id"] == runner_id and plan["active"] is True
    assert len(plan["sessions"]) == 14 and plan["end"] == plan["sessions"][-1]["date"]
    assert isinstance(plan["total_km"], float) and plan["vdot"] > 0

    progress = app.get(f"/api/runners/{runner_id}/progress", token=TOKEN).json()
    assert progress["runs"] == 1 and progress["total_km"] == 8.0
    assert progress["text"].startswith("📈") and progress["runner_id"] == runner_id
    month = app.get(f"/api/runners/{runner_id}/progress", token=TOKEN, params={"days": 30}).json()
    assert (date.fromisoformat(month["period_end"]) - date.fromisoformat(month["period_start"])).days == 29


@pytest.mark.parametrize("path,params", [
    ("/runs", {"limit": "many"}), ("/runs", {"limit": "0"}), ("/runs", {"limit": "100000"}),
    ("/runs", {"since": "yesterday"}), ("/progress", {"days": "0"}), ("/progress", {"days": "x"}),
])
def test_bad_query_parameters_are_400(container, serve, path, params):
    runner_id = onboard(container)
    response = serve(container, api_token=TOKEN).get(f"/api/runners/{runner_id}{path}", token=TOKEN,
                                                     params=params)
    assert response.status_code == 400 and "error" in response.json()


@pytest.mark.parametrize("runner_id", ["%00abc", "x" * 65, "a%0Ab", "%F0%9F%8F%83" * 20])
def test_an_id_no_runner_can_have_is_a_404_not_a_500(container, serve, runner_id):
    response = serve(container, api_token=TOKEN).get(f"/api/runners/{runner_id}/runs", token=TOKEN)
    assert response.status_code == 404 and response.json() == {"error": "runner not found"}


def test_health_never_piles_up_threads_on_a_hanging_database(container, serve):
    """A check still waiting is not started again: one thread per check, however many calls."""
    import threading

    container.store.override(providers.Object(Probed(container.store(), hanging)))
    app = serve(container, health_timeout_s=0.2)
    app.get("/health")
    before = threading.active_count()
    answers = [app.get("/health") for _ in range(10)]
    assert all(r.status_code == 503 for r in answers)
    assert answers[-1].json()["checks"]["database"]["error"].startswith("an earlier check")
    assert threading.active_count() <= before + 1


def test_an_adapter_without_ping_is_probed_through_its_port(container, serve):
    import redis

    from adapters.redis_chat import RedisChatBuffer
    # Nothing listens on port 1: the Redis chat buffer (which has no ping) can't be reached.
    unreachable = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2, socket_timeout=0.2)
    container.chat_buffer.override(providers.Object(RedisChatBuffer(unreachable)))
    response = serve(container, health_timeout_s=0.5).get("/health")   # redis-py retries: error or timeout
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["chat_buffer"]["status"] == "down"
    assert body["checks"]["database"]["status"] == "ok"
