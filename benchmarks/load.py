"""Load benchmark: N runners chatting at once with the coach through the real webhook.

Each simulated runner onboards (12 answers) and then reports 3 runs, waiting for the coach's reply
to each message before sending the next, like a person would. Everything goes over real HTTP on
127.0.0.1, in three processes so that none steals the others' GIL:

* the app (``entrypoints.http_app.create_app`` under uvicorn), as in production, with the offline
  coach, the bundled E5 embedder and the embedded Qdrant (Qdrant Edge) in a temporary directory —
  the stack the README deploys (``--vectors memory --embeddings hashing``: the old, cheaper fakes);
* the fake Graph API (``tests/integration/fake_graph_api.py`` under uvicorn), which receives the
  replies and reports when each arrived;
* this process: the runners, as a minimal asyncio HTTP/1.1 client (one keep-alive connection per
  runner, signed POSTs), cheap enough not to be what is measured.

    python benchmarks/load.py                          # 20 runners, in-memory store, E5 + Qdrant Edge
    python benchmarks/load.py --runners 200 --runs 5
    python benchmarks/load.py --store sqlite             # SQLite file in a temporary directory
    python benchmarks/load.py --store postgres --redis # real PostgreSQL (own schema, dropped after)
                                                       # and Redis (own key prefix, deleted after)

Prints throughput (replies per second), p50/p99 of the webhook latency (POST until its 200) and of
the end-to-end latency (POST until the reply reaches the Graph API), then checks that every message
got exactly one reply (at the Graph API and in the conversation log) and that every reported run is
in the store. Exit status 1 when a check fails or the run outlasts --timeout.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

SECRET = "bench-app-secret"
TOKEN = "bench-token"
PHONE_NUMBER_ID = "100200300"
ONBOARDING = {   # the onboarding's current questions: name, age, race, its date, days, level, weekly km,
                 # longest run, a recent race, preferred days, injuries
    "es": ["Hola", "{name}", "34", "10k", "no sé", "4", "intermedio", "25", "12", "no", "me da igual", "ninguna"],
    "en": ["Hi", "{name}", "41", "half marathon", "not sure", "3", "beginner", "30", "14", "no", "any day", "none"],
}
NAMES = {"es": ["Ana", "Luis", "Sofía", "Mateo", "Valentina", "Diego", "Camila", "Andrés"],
         "en": ["Bob", "Emma", "Liam", "Olivia", "Noah", "Grace"]}
RUN_REPORT = {"es": "hoy corrí {km} km en {min} min", "en": "ran {km} km in {min} min today"}
RUN_KM = [(5, 30), (8, 47), (6.5, 38), (10, 58), (12, 71)]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def script(index: int, runs: int) -> list[str]:
    """What runner ``index`` says: one in four speaks English."""
    language = "en" if index % 4 == 3 else "es"
    name = NAMES[language][index % len(NAMES[language])]
    messages = [m.format(name=name) for m in ONBOARDING[language]]
    for r in range(runs):
        km, minutes = RUN_KM[(index + r) % len(RUN_KM)]
        messages.append(RUN_REPORT[language].format(km=km, min=minutes))
    return messages


def phone_of(index: int) -> str:
    return f"59399{index:07d}"


def delivery(phone: str, text: str) -> bytes:
    body = {"object": "whatsapp_business_account", "entry": [{"id": "WABA", "changes": [{
        "field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550001111", "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Runner"}, "wa_id": phone}],
            "messages": [{"from": phone, "id": f"wamid.bench.{uuid.uuid4().hex}",
                          "timestamp": str(int(time.time())), "type": "text", "text": {"body": text}}]}}]}]}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


# --- the fake Graph API's process ------------------------------------------------------------

def serve_graph(conn, arrivals) -> None:
    from tests.integration.fake_graph_api import FakeGraphAPI, ServerThread
    graph = FakeGraphAPI(token=TOKEN, phone_number_id=PHONE_NUMBER_ID)
    # time.monotonic() is CLOCK_MONOTONIC: the same clock in every process of this machine.
    graph.listeners.append(lambda body, _: arrivals.put((body["to"], time.monotonic())))
    with ServerThread(graph.app) as server:
        conn.send(server.url)
        conn.recv()                                        # the client is done
        conn.send({"accepted": len(graph.requests), "rejected": graph.rejected[:3],
                   "rejected_count": len(graph.rejected)})
    arrivals.put(None)


# --- the app's process ---------------------------------------------------------------------

def build(args, graph_url: str, data_dir: str):
    from dependency_injector import providers

    from bootstrap import Settings, build_container
    settings = Settings(
        store=args.store, database_url=args.database_url if args.store == "postgres" else "",
        redis_url=args.redis_url if args.redis else "", vector_store=args.vectors, embeddings=args.embeddings,
        llm_provider="offline", data_dir=data_dir, whatsapp_token=TOKEN,
        whatsapp_phone_number_id=PHONE_NUMBER_ID, whatsapp_api_base=graph_url, whatsapp_app_secret=SECRET,
        whatsapp_verify_token="bench")
    container = build_container(settings)
    warm_up = getattr(container.embedder(), "warm_up", None)
    if warm_up:
        warm_up()                          # load E5 now, not inside the first runner's reply
    cleanup = []
    if args.store == "postgres":
        import psycopg
        from psycopg import sql

        from adapters.postgres import PostgresStore
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        admin = psycopg.connect(args.database_url, autocommit=True, connect_timeout=5)
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))

        def drop():
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
            admin.close()
        cleanup.append(drop)
        store = PostgresStore.connect(args.database_url, schema=schema, max_size=args.pool_size)
        cleanup.insert(0, store.close)
        container.store.override(providers.Object(store))
    if args.redis:
        import redis

        from adapters.redis_chat import RedisChatBuffer
        prefix = f"andes-bench:{uuid.uuid4().hex[:12]}:"
        client = redis.Redis.from_url(args.redis_url, socket_connect_timeout=5)
        client.ping()
        container.chat_buffer.override(providers.Object(RedisChatBuffer(client, prefix=prefix)))

        def forget():
            keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
            for i in range(0, len(keys), 500):
                client.delete(*keys[i:i + 500])
            client.close()
        cleanup.append(forget)
    return container, cleanup


def serve_app(args, graph_url: str, conn) -> None:
    logging.basicConfig(level=logging.WARNING, format="app %(levelname)s %(name)s: %(message)s")
    from entrypoints.http_app import create_app
    from tests.integration.fake_graph_api import ServerThread
    with tempfile.TemporaryDirectory() as data_dir:
        cleanup = []
        try:
            container, cleanup = build(args, graph_url, data_dir)
            with ServerThread(create_app(container, max_concurrency=args.workers)) as server:
                conn.send({"url": server.url})
                phones = conn.recv()                       # the client is done
            memory = container.vector_memory()
            memory.flush()
            runs = unanswered = remembered = 0
            for phone in phones:
                runner = container.runners().by_phone("+" + phone)
                if runner is None:
                    unanswered += 1
                    continue
                runs += len(container.runs().for_runner(runner.id))
                roles = [m.role.value for m in container.conversations().for_runner(runner.id, limit=10_000)]
                unanswered += abs(roles.count("runner") - roles.count("coach"))
                remembered += len(memory.retrieve_context(runner.id, "carrera", k=1000))
            conn.send({"runs": runs, "unanswered": unanswered, "remembered": remembered})
        except Exception as error:  # noqa: BLE001
            conn.send({"error": f"{error.__class__.__name__}: {error}"})
        finally:
            for step in cleanup:
                try:
                    step()
                except Exception as error:  # noqa: BLE001
                    print(f"cleanup failed: {error}", file=sys.stderr)


# --- the runners (this process) ------------------------------------------------------------

class Connection:
    """A minimal HTTP/1.1 keep-alive client: enough for POST /webhook, and cheap."""

    def __init__(self, host: str, port: int):
        self._host, self._port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
        assert self._reader is not None
        head = [f"POST {path} HTTP/1.1", f"Host: {self._host}:{self._port}", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        self._writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        status = int((await self._reader.readline()).split()[1])
        length, close = 0, False
        while True:
            line = (await self._reader.readline()).strip()
            if not line:
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        await self._reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


class Replies:
    """Arrival times of the replies at the Graph API, per phone."""

    def __init__(self):
        self.arrivals: dict[str, list[float]] = defaultdict(list)
        self._events: dict[str, asyncio.Event] = defaultdict(asyncio.Event)

    def arrived(self, phone: str, at: float) -> None:
        self.arrivals[phone].append(at)
        self._events[phone].set()

    async def wait(self, phone: str, count: int, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while len(self.arrivals[phone]) < count:
            event = self._events[phone]
            event.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no reply #{count}")
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                raise TimeoutError(f"no reply #{count}") from None
        return self.arrivals[phone][count - 1]


async def runner_session(index: int, args, host: str, port: int, replies: Replies, stats: dict) -> None:
    phone = phone_of(index)
    connection = Connection(host, port)
    try:
        for n, text in enumerate(script(index, args.runs), start=1):
            body = delivery(phone, text)
            signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            started = time.monotonic()
            status = await connection.post("/webhook", body, {
                "Content-Type": "application/json", "X-Hub-Signature-256": signature})
            stats["webhook"].append(time.monotonic() - started)
            stats["sent"] += 1
            if status != 200:
                stats["errors"].append(f"runner {index}: webhook answered {status}")
                return
            try:
                arrived = await replies.wait(phone, n, args.reply_timeout)
            except TimeoutError as error:
                stats["errors"].append(f"runner {index}: {error} after {args.reply_timeout} s")
                return
            stats["e2e"].append(arrived - started)
    finally:
        await connection.close()


async def drive(args, app_url: str, arrivals) -> dict:
    loop = asyncio.get_running_loop()
    replies = Replies()

    def pump():                                  # the Graph process's reports → this loop
        while (item := arrivals.get()) is not None:
            loop.call_soon_threadsafe(replies.arrived, *item)
    threading.Thread(target=pump, daemon=True, name="arrivals").start()

    host, port = app_url.split("//")[1].split(":")
    stats: dict[str, Any] = {"webhook": [], "e2e": [], "errors": [], "sent": 0}
    started = time.monotonic()
    sessions = [runner_session(i, args, host, int(port), replies, stats) for i in range(args.runners)]
    try:
        await asyncio.wait_for(asyncio.gather(*sessions), args.timeout)
    except TimeoutError:
        stats["errors"].append(f"the run outlasted --timeout {args.timeout} s")
    stats["wall"] = time.monotonic() - started
    await asyncio.sleep(0.5)                     # a late duplicate reply would show up by now
    stats["replies"] = {phone_of(i): len(replies.arrivals[phone_of(i)]) for i in range(args.runners)}
    return stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runners", type=int, default=20, help="simulated runners (default 20)")
    parser.add_argument("--runs", type=int, default=3, help="runs each reports after onboarding (default 3)")
    parser.add_argument("--vectors", choices=("qdrant", "memory"), default="qdrant",
                        help="vector memory: embedded Qdrant (default) or in-memory")
    parser.add_argument("--embeddings", choices=("e5", "hashing"), default="e5", help="embedder (default e5)")
    parser.add_argument("--store", choices=("memory", "sqlite", "postgres"), default="memory")
    parser.add_argument("--database-url", default=os.environ.get("ANDES_TEST_DATABASE_URL",
                                                                 "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--redis", action="store_true", help="chat buffer on Redis")
    parser.add_argument("--redis-url", default=os.environ.get("ANDES_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--workers", type=int, default=16, help="threads answering messages (default 16)")
    parser.add_argument("--pool-size", type=int, default=20, help="PostgreSQL pool size (default 20)")
    parser.add_argument("--timeout", type=float, default=180, help="give up after this many seconds")
    parser.add_argument("--reply-timeout", type=float, default=30, help="longest wait for one reply")
    args = parser.parse_args(argv)
    if not 1 <= args.runners <= 2000 or not 0 <= args.runs <= 20:
        parser.error("--runners must be 1..2000 and --runs 0..20")

    context = multiprocessing.get_context("spawn")
    arrivals = context.Queue()
    graph_conn, graph_end = context.Pipe()
    app_conn, app_end = context.Pipe()
    graph_process = context.Process(target=serve_graph, args=(graph_end, arrivals), daemon=True)
    graph_process.start()
    app_process = None
    try:
        if not graph_conn.poll(60):
            print("FAILED: the fake Graph API did not start")
            return 1
        graph_url = graph_conn.recv()
        app_process = context.Process(target=serve_app, args=(args, graph_url, app_end), daemon=True)
        app_process.start()
        if not app_conn.poll(60):
            print("FAILED: the app did not start in 60 s")
            return 1
        started = app_conn.recv()
        if "error" in started:
            print(f"FAILED: the app could not start: {started['error']}")
            return 1
        stats = asyncio.run(drive(args, started["url"], arrivals))
        app_conn.send([phone_of(i) for i in range(args.runners)])
        stored = app_conn.recv() if app_conn.poll(120) else {"error": "no answer"}
        graph_conn.send("done")
        graph = graph_conn.recv() if graph_conn.poll(30) else {"accepted": -1, "rejected": [], "rejected_count": -1}
    finally:
        for process in (app_process, graph_process):
            if process is not None:
                process.join(30)
                if process.is_alive():
                    process.terminate()
    if "error" in stored:
        print(f"FAILED: {stored['error']}")
        return 1

    per_runner = len(script(0, args.runs))
    expected = args.runners * per_runner
    wrong = {p: n for p, n in stats["replies"].items() if n != per_runner}
    answered = len(stats["e2e"])
    ms = 1000
    print(f"store={args.store}{'+redis' if args.redis else ''} vectors={args.vectors} embeddings={args.embeddings} "
          f"runners={args.runners} "
          f"messages={stats['sent']}/{expected} workers={args.workers}")
    print(f"wall {stats['wall']:.2f} s, throughput {answered / stats['wall']:.1f} msgs/s (replies received)")
    print(f"webhook latency (POST → 200): p50 {percentile(stats['webhook'], 50) * ms:.1f} ms, "
          f"p99 {percentile(stats['webhook'], 99) * ms:.1f} ms")
    print(f"end-to-end (POST → reply at Graph): p50 {percentile(stats['e2e'], 50) * ms:.1f} ms, "
          f"p99 {percentile(stats['e2e'], 99) * ms:.1f} ms, mean {statistics.fmean(stats['e2e'] or [0]) * ms:.1f} ms")
    print(f"replies at the Graph API {graph['accepted']}/{expected}, "
          f"runs stored {stored['runs']}/{args.runners * args.runs}, "
          f"runners whose log isn't one reply per message {stored['unanswered']}, "
          f"memories recalled {stored['remembered']}")
    ok = (not stats["errors"] and not wrong and answered == expected and graph["accepted"] == expected
          and stored["unanswered"] == 0 and stored["runs"] == args.runners * args.runs
          and graph["rejected_count"] == 0 and stored["remembered"] >= stored["runs"])
    for error in stats["errors"][:10]:
        print("ERROR", error)
    if wrong:
        print(f"ERROR {len(wrong)} runners did not get exactly one reply per message, e.g. "
              f"{list(wrong.values())[:5]} replies for {per_runner} messages")
    if graph["rejected_count"]:
        print(f"ERROR the Graph API refused {graph['rejected_count']} messages: {graph['rejected']}")
    if stored["remembered"] < stored["runs"]:
        print(f"ERROR the vector memory recalls {stored['remembered']} memories for {stored['runs']} runs")
    print("OK: every message got exactly one reply, every run was stored and remembered" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
