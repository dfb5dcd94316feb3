"""Issue 12: the webhook stores, workers answer, on procrastinate (real PostgreSQL). Issue 23: the
webhook defers no job; the inbox NOTIFYs each stored message's runner at COMMIT and the workers'
listener enqueues one job per runner.

The app runs as `andes serve` does with DATABASE_URL (webhook only), the listener as in every
`andes worker`, and a worker as `andes worker` does, on the same database, until the queue is empty."""
from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import anyio
import psycopg
import pytest

from adapters.procrastinate_queue import (
    ProcrastinateQueue,
    apply_schema,
    create_app,
    listen_for_stored_messages,
    register_tasks,
)
from bootstrap import Settings, build_container
from entrypoints.worker import distributed_queue
from tests.integration.fake_graph_api import text_payload
from tests.integration.redis_fixtures import REDIS_URL
from tests.integration.test_webhook_e2e import ANA, BOB, SECRET, VERIFY, Coach

pytestmark = pytest.mark.integration


@pytest.fixture
def database_url(postgres_url, postgres_schema):
    return f"{postgres_url}?options=-c%20search_path%3D{postgres_schema}"


@pytest.fixture
def settings(tmp_path, graph, database_url):
    return Settings(store="postgres", database_url=database_url, redis_url=REDIS_URL, vector_store="memory",
                    embeddings="hashing", llm_provider="offline", data_dir=str(tmp_path),
                    whatsapp_token=graph.token, whatsapp_phone_number_id=graph.phone_number_id,
                    whatsapp_api_base=graph.url, whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY)


@pytest.fixture
def served(settings, graph, redis_client, database_url):
    """`andes serve` with DATABASE_URL (the webhook only stores), and a worker's listener enqueueing
    the runners whose messages were stored."""
    graph.requests.clear()
    container = build_container(settings)
    queue, on_ready = distributed_queue(container, settings)
    coach = Coach(container, graph, queue=queue, on_ready=on_ready)
    with listening(database_url):
        yield container, coach
    for runner in container.runners().all():
        redis_client.delete(f"andes:chat:{runner.id}")
    coach.close()
    container.store().close()


@contextlib.contextmanager
def listening(database_url: str):
    """``listen_for_stored_messages`` on a loop of its own, as a worker runs it."""
    loop = asyncio.new_event_loop()
    ready = asyncio.Event()
    app = create_app(database_url, max_size=2)
    listener: list[asyncio.Task[None]] = []

    async def listen() -> None:
        async with app.open_async():
            task = asyncio.ensure_future(listen_for_stored_messages(database_url, ProcrastinateQueue(app).answer,
                                                                   ready=ready))
            listener.append(task)
            with contextlib.suppress(asyncio.CancelledError):
                await task

    thread = threading.Thread(target=loop.run_until_complete, args=(listen(),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not ready.is_set() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ready.is_set(), "the listener did not start"
    try:
        yield
    finally:
        loop.call_soon_threadsafe(listener[0].cancel)
        thread.join(10)
        loop.close()


def wait_for_jobs(database_url: str, count: int, timeout: float = 10.0) -> list[tuple[str, str | None]]:
    deadline = time.monotonic() + timeout
    while len(jobs := jobs_waiting(database_url)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return jobs


def run_worker_until_idle(container, database_url: str, concurrency: int = 4) -> None:
    """`andes worker`, stopping once nothing is left to do (procrastinate's ``wait=False``)."""
    async def work() -> None:
        app = create_app(database_url)
        register_tasks(app, container.jobs, anyio.CapacityLimiter(concurrency))
        async with app.open_async():
            await app.run_worker_async(concurrency=concurrency, wait=False, install_signal_handlers=False,
                                       queues=["default"])
    asyncio.run(work())


def jobs_waiting(database_url: str) -> list[tuple[str, str | None]]:
    with psycopg.connect(database_url) as conn:
        return conn.execute("SELECT task_name, lock FROM procrastinate_jobs WHERE status = 'todo' "
                            "AND task_name = 'andes.answer' ORDER BY id").fetchall()


def test_the_stored_messages_wake_one_job_per_runner_and_a_worker_answers_each_message_once_in_order(
        served, graph, database_url):
    container, coach = served
    hola = text_payload(ANA, "Hola")
    for payload in (hola, text_payload(ANA, "Ana"), text_payload(BOB, "Hi"), text_payload(ANA, "34"), hola):
        assert coach.post(payload).status_code == 200
    # One waiting job per runner (the queueing lock), each runner's jobs under its own lock.
    waiting = wait_for_jobs(database_url, 2)
    time.sleep(0.3)                                     # and no more come
    assert sorted(lock for _, lock in jobs_waiting(database_url)) == sorted(["593991110001", "14155550102"])
    assert len(waiting) == 2
    assert graph.requests == []                         # the server only stores; nothing answered yet
    assert len(container.inbox().pending()) == 4          # the redelivered "Hola" is stored once

    run_worker_until_idle(container, database_url)

    ana = [graph.text_of(p) for p in graph.wait_for(3, ANA)]
    assert "¿Cómo te llamas?" in ana[0] and "Ana" in ana[1] and "años" in ana[1]
    assert "carrera" in ana[2]
    assert "What's your name?" in graph.text_of(graph.wait_for(1, BOB)[0])
    assert container.inbox().pending() == []
    assert len(graph.sent_to(ANA)) == 3                   # each once
    runner = container.runners().by_phone(ANA)
    assert [m.text for m in container.conversations().for_runner(runner.id)][::2] == ["Hola", "Ana", "34"]


def test_messages_are_answered_in_the_order_whatsapp_sent_them_not_the_order_they_arrived(
        served, graph, database_url):
    container, coach = served
    now = int(time.time())
    later = text_payload(ANA, "Ana")
    later["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(now)
    first = text_payload(ANA, "Hola")
    first["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(now - 5)
    assert coach.post(later).status_code == 200           # arrives first, was sent second
    assert coach.post(first).status_code == 200
    wait_for_jobs(database_url, 1)
    run_worker_until_idle(container, database_url)
    texts = [graph.text_of(p) for p in graph.wait_for(2, ANA)]
    assert "¿Cómo te llamas?" in texts[0] and "Ana" in texts[1]


def test_the_procrastinate_schema_is_created_once(database_url):
    assert apply_schema(database_url) is True
    assert apply_schema(database_url) is False
