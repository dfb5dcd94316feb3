"""Per-message cost on the default stack, as a ratio to the machine's floor sampled alternately
with the messages in the same process (issue 23: a floor measured after the messages swung the
ratio from 1.48× to 6.97× between runs).

The stack: real PostgreSQL (a schema of its own, dropped after) + Redis chat buffer + the embedded
vector store + E5 + the offline coach, built by ``bootstrap.build_container``. Each message of an
onboarded runner is answered inside ONE unit of work (``with store.unit_of_work(): reply(...)``),
as the worker does. Printed:

* the floor: one PostgreSQL round trip, one Redis round trip, one short E5 embedding, one vector
  search among 200 points — one sample just before each message;
* per kind of message (greeting, run report, injury report with an active plan, question,
  progress): the reply's median time, its ratio to the floor sampled just before it (median and
  range), the memory writes done after it (deferred, measured apart), and PostgreSQL round trips
  (``tests.round_trips``), and the time spent drawing the pictures a reply carries (issue 25: the
  progress card for "¿cómo voy?", the plan picture when the message made a new block, as an ache
  that rebuilds the plan does). Since issue 23 a picture is drawn when the worker's sender sends it,
  after the reply's words (application.messaging.outbound): it is drawn here just after the reply,
  as the sender would, and measured apart like the memory writes. The mix: each round's mean reply
  over its mean floor, and the same with each reply's drawing time added (what a runner waited
  before the words when the pictures were drawn in the reply);
* a run report for a runner with 20,000 runs against one for a new runner;
* the scheduler with N runners whose bi-weekly summary is due.

    python -m benchmarks.cost                       # full size (10,000 runners for the scheduler)
    python -m benchmarks.cost --rounds 10 --history-runs 0 --scheduler-runners 0     # the ratios only

Goals: the mix ≤ 1.3× the floor (issue 23); a run report at 20k runs within ± 20 % of a new
runner's; the scheduler for 10,000 runners ≤ 15 s.
Needs PostgreSQL (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/test) and Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/15; only keys under a random prefix are touched).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import psycopg
from dependency_injector import providers
from psycopg import sql

from adapters.in_memory import FixedClock, RecordingMessenger
from application.schedule.scheduled_jobs import BIWEEKLY_ANCHOR, ScheduledJobs, is_biweekly_sunday
from bootstrap import Settings, build_container, close_resources
from domain.memory import MemoryDocument, MemoryKind
from tests.round_trips import RoundTrips

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")


def _biweekly_sunday(after: date) -> date:
    day = after
    while not is_biweekly_sunday(day, BIWEEKLY_ANCHOR):
        day += timedelta(days=1)
    return day


SUNDAY = _biweekly_sunday(date(2026, 11, 24))
# 18:30 in Guayaquil (UTC-5): the bi-weekly summaries are due for every runner there.
NOW = datetime(SUNDAY.year, SUNDAY.month, SUNDAY.day, 23, 30, tzinfo=timezone.utc)

ONBOARDING = ["Hola", "soy Caro", "29", "10k de Guayaquil el 4 de octubre", "50 min", "4", "intermedio",
              "25 km", "12", "no", "lunes miercoles viernes y domingo, fondo el domingo", "ninguna"]
KINDS: dict[str, Callable[[int], str]] = {
    "greeting": lambda i: ["hola!", "buenas tardes coach", "hola, ¿qué tal?", "buenos días"][i % 4],
    "run report": lambda i: f"hoy corrí {6 + i % 7} km en {34 + 5 * (i % 7)} min",
    "injury report": lambda i: ["me duele la rodilla", "me duele el tobillo derecho", "tengo dolor en la cadera",
                                "me duele el gemelo izquierdo"][i % 4],
    "question": lambda i: ["cuanta agua tomo en un fondo", "que es un tempo?", "como caliento antes de correr?",
                           "que como antes de un fondo?"][i % 4],
    "progress": lambda i: ["como voy?", "como va mi semana?", "cómo voy con el plan?", "como voy este mes?"][i % 4],
}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


@contextlib.contextmanager
def bench_schema() -> Iterator[str]:
    name = f"bench_cost_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(DATABASE_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        try:
            yield name
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


def _url_with_schema(schema: str) -> str:
    sep = "&" if "?" in DATABASE_URL else "?"
    return f"{DATABASE_URL}{sep}options=-c%20search_path%3D{schema}"


def _forget_recent(embedder: object) -> None:
    recent = getattr(embedder, "_recent", None)
    if recent is not None:
        recent.clear()


def _flush(memory: object) -> None:
    flush = getattr(memory, "flush", None)
    if flush:
        flush()


class Floor:
    """The machine's floor for one message: one PostgreSQL round trip, one Redis round trip, one
    short E5 embedding (never seen before) and one vector search among 200 points, each sampled
    once per call of ``sample`` — alternately with the messages, so that both see the same load."""

    def __init__(self, container: Any, data_dir: str):
        from bootstrap import _open_vector_memory

        self._store, self._embedder = container.store(), container.embedder()
        import redis
        self._redis = redis.Redis.from_url(REDIS_URL)
        self._redis.ping()
        self._n = 0
        self.cpu_ms = 0.0
        vectors: dict[str, list[float]] = {}

        class Precomputed:          # the search alone: the query's vector computed before
            dimension = self._embedder.dimension

            def embed_query(self, text: str) -> list[float]:
                return vectors[text]

            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                return [vectors[t] for t in texts]

        texts = [f"el corredor {r} contó la cosa número {m}: corrí {m + 3} km" for r in range(20) for m in range(10)]
        for text, vector in zip(texts, self._embedder.embed_documents(texts), strict=True):
            vectors[text] = vector
        self._query = "¿qué te conté de mi rodilla?"
        vectors[self._query] = self._embedder.embed_query(self._query)
        settings = container.settings().replace(qdrant_path=os.path.join(data_dir, "floor_vectors"),
                                                qdrant_collection="floor")
        self._memory = _open_vector_memory(settings, Precomputed(), container.clock())
        for n, text in enumerate(texts):
            self._memory.store(MemoryDocument(runner_id=f"r{n // 10}", text=text, kind=MemoryKind.CONVERSATION,
                                              created_at=NOW))

    def sample(self) -> dict[str, float]:
        cpu = time.process_time()
        out = self._sample()
        self.cpu_ms = (time.process_time() - cpu) * 1000        # the process's CPU for the whole floor
        return out

    def _sample(self) -> dict[str, float]:
        self._n += 1
        out = {}
        with self._store.pool.connection() as conn:
            conn.autocommit = True
            t = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            out["postgres round trip"] = (time.perf_counter() - t) * 1000
            conn.autocommit = False
        t = time.perf_counter()
        self._redis.ping()
        out["redis round trip"] = (time.perf_counter() - t) * 1000
        _forget_recent(self._embedder)
        t = time.perf_counter()
        self._embedder.embed_query(f"hoy corrí {self._n % 40 + 3} km tranquilo")
        out["short E5 embedding"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        self._memory.retrieve_context(f"r{self._n % 20}", self._query, k=5)
        out["vector search, 200 points"] = (time.perf_counter() - t) * 1000
        return out

    def close(self) -> None:
        self._redis.close()
        close = getattr(self._memory, "close", None)
        if close:
            close()


class DrawingClock:
    """Time spent drawing pictures (issue 25: the progress card for "¿cómo voy?", the plan picture when
    a message made a new block), wall and CPU, summed since ``reset``: the renderer wrapped. The
    reply's pictures are drawn by ``draw`` after the reply, as the worker's sender does."""

    def __init__(self, container: Any):
        self.ms = self.cpu_ms = 0.0
        pictures = container.pictures()
        renderer = getattr(pictures, "_renderer", None)
        if renderer is None:
            return
        for name in ("progress_card", "plan_picture"):
            setattr(renderer, name, self._timed(getattr(renderer, name)))

    def _timed(self, draw: Callable[[Any], bytes]) -> Callable[[Any], bytes]:
        def timed(picture: Any) -> bytes:
            t, cpu = time.perf_counter(), time.process_time()
            try:
                return draw(picture)
            finally:
                self.ms += (time.perf_counter() - t) * 1000
                self.cpu_ms += (time.process_time() - cpu) * 1000
        return timed

    def reset(self) -> None:
        self.ms = self.cpu_ms = 0.0

    @staticmethod
    def draw(container: Any, reply: Any) -> None:
        pictures = container.pictures()
        for picture in getattr(reply, "pictures", ()):
            assert pictures.draw(picture.content) is not None


def _onboard(reply: Callable[[str, str], Any], uow: Any, phone: str) -> None:
    for text in ONBOARDING:
        with uow:
            reply(phone, text)


def measure_messages(container: Any, floor: Floor, rounds: int) -> dict[str, Any]:
    """Each round: a new onboarded runner with a plan says one message of each kind; before each
    message, one sample of the floor. Ratios are taken pair by pair and per round (the mix)."""
    reply, uow = container.reply_to_runner(), container.unit_of_work()
    embedder, memory = container.embedder(), container.vector_memory()
    results: dict[str, dict[str, list[float]]] = {k: {"reply": [], "after": [], "trips": [], "pg": [], "ratio": [],
                                                       "cpu_ratio": [], "drawing": []} for k in KINDS}
    floors: list[dict[str, float]] = []
    mix_ratios: list[float] = []
    mix_cpu: list[float] = []
    mix_drawn: list[float] = []
    drawing = DrawingClock(container)
    # Warm-up: one whole untimed conversation (models, caches, first queries).
    _onboard(reply, uow, "+593990099999")
    for text in KINDS.values():
        with uow:
            reply("+593990099999", text(0))
    _flush(memory)
    floor.sample()
    for n in range(rounds):
        phone = f"+5939901{n:05d}"
        _onboard(reply, uow, phone)
        with uow:
            reply(phone, "hazme un plan")      # the injury report is measured with an active plan
        _flush(memory)
        round_replies, round_floors, round_cpu, round_floor_cpu, round_drawing = [], [], [], [], []
        for kind, text in KINDS.items():
            sample = floor.sample()
            floors.append(sample)
            floor_ms = sum(sample.values())
            _forget_recent(embedder)
            drawing.reset()
            with RoundTrips() as trips:
                t, cpu = time.perf_counter(), time.process_time()
                with uow:
                    _, answer = reply(phone, text(n))
                took = (time.perf_counter() - t) * 1000
                cpu_ms = (time.process_time() - cpu) * 1000
            assert drawing.ms == 0.0, "a picture was drawn in the reply's path"
            drawing.draw(container, answer)         # as the sender does, after the words
            t = time.perf_counter()
            _flush(memory)
            results[kind]["after"].append((time.perf_counter() - t) * 1000)
            results[kind]["reply"].append(took)
            results[kind]["ratio"].append(took / floor_ms)
            results[kind]["cpu_ratio"].append(cpu_ms / floor.cpu_ms)
            results[kind]["trips"].append(trips.count)
            results[kind]["pg"].append(trips.seconds * 1000)
            results[kind]["drawing"].append(drawing.ms)
            round_drawing.append(drawing.ms)
            round_replies.append(took)
            round_floors.append(floor_ms)
            round_cpu.append(cpu_ms)
            round_floor_cpu.append(floor.cpu_ms)
        mix_ratios.append(statistics.mean(round_replies) / statistics.mean(round_floors))
        mix_cpu.append(statistics.mean(round_cpu) / statistics.mean(round_floor_cpu))
        mix_drawn.append((statistics.mean(round_replies) + statistics.mean(round_drawing))
                         / statistics.mean(round_floors))
    return {"kinds": results, "floors": floors, "mix": mix_ratios, "mix_cpu": mix_cpu, "mix_drawn": mix_drawn}


def _runner_id(container: Any, phone: str) -> str:
    runner = container.runners().by_phone(phone)
    assert runner is not None, phone
    return str(runner.id)


def _copy_runs(conn: psycopg.Connection, rows: Iterator[tuple[Any, ...]]) -> None:
    with conn.cursor() as cur, cur.copy(
            "COPY runs (id, user_id, run_date, distance_km, duration_s, perceived_effort, created_at) FROM STDIN"
    ) as copy:
        for row in rows:
            copy.write_row(row)


def measure_history(container: Any, runs: int, rounds: int) -> tuple[float, float]:
    """A run report's median cost for a new runner and for one with ``runs`` runs."""
    reply, uow, embedder, memory = (container.reply_to_runner(), container.unit_of_work(),
                                    container.embedder(), container.vector_memory())
    today = NOW.date()
    times: dict[str, list[float]] = {"new": [], "old": []}
    for n in range(rounds):
        phones = {"new": f"+5939902{n:05d}", "old": f"+5939903{n:05d}"}
        for phone in phones.values():
            _onboard(reply, uow, phone)
        old = _runner_id(container, phones["old"])
        # ~1.3 runs a day over ~42 years, the newest yesterday: every window holds a realistic
        # share of them, and a query without one reads all 20,000.
        with container.store().pool.connection() as conn:
            _copy_runs(conn, ((uuid.uuid4().hex, old, today - timedelta(days=1 + i * 3 // 4),
                               5 + (i % 11), (5 + (i % 11)) * 330, 4 + i % 5, NOW - timedelta(days=1 + i))
                              for i in range(runs)))
            conn.execute("ANALYZE runs")
        _flush(memory)
        for who in ("new", "old"):
            _forget_recent(embedder)
            t = time.perf_counter()
            with uow:
                reply(phones[who], f"hoy corrí {7 + n % 5} km en {40 + n % 5} min")
            times[who].append((time.perf_counter() - t) * 1000)
            _flush(memory)
    return _median(times["new"]), _median(times["old"])


def measure_scheduler(container: Any, count: int) -> tuple[float, int]:
    """Seconds for one scheduler tick with ``count`` runners whose bi-weekly summary is due."""
    pool = container.store().pool
    today = NOW.date()
    ids = [f"sched-{i:06d}" for i in range(count)]
    with pool.connection() as conn, conn.cursor() as cur:
        with cur.copy("COPY users (id, phone, name, timezone, language, onboarding_completed, created_at) "
                      "FROM STDIN") as copy:
            for i, rid in enumerate(ids):
                copy.write_row((rid, f"+59398{i:07d}", f"Runner {i}", "America/Guayaquil", "es", True,
                                NOW - timedelta(days=60)))
        # Eight runs each over the last four weeks, and a message an hour ago (WhatsApp's window open).
        _copy_runs(conn, ((uuid.uuid4().hex, rid, today - timedelta(days=1 + 3 * k), 5 + k, (5 + k) * 340, 5,
                           NOW - timedelta(days=1 + 3 * k)) for rid in ids for k in range(8)))
        with cur.copy("COPY conversations (id, user_id, role, message, created_at) FROM STDIN") as copy:
            for rid in ids:
                copy.write_row((uuid.uuid4().hex, rid, "runner", "hola", NOW - timedelta(hours=1)))
        conn.execute("ANALYZE")
    messenger = RecordingMessenger()
    jobs = ScheduledJobs(runners=container.runners(), plans=container.plans(), summaries=container.summaries(),
                         summarize=container.summarize_progress(), messenger=messenger, clock=container.clock(),
                         conversations=container.conversations())
    t = time.perf_counter()
    report = jobs.run()
    took = time.perf_counter() - t
    return took, len([s for s in report.sent if s[0].startswith("sched-")])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="runners per kind of message (medians over them)")
    parser.add_argument("--history-runs", type=int, default=20_000)
    parser.add_argument("--scheduler-runners", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir, bench_schema() as schema:
        settings = Settings(data_dir=data_dir, store="postgres", database_url=_url_with_schema(schema),
                            redis_url=REDIS_URL, vector_store="qdrant", embeddings="e5", llm_provider="offline")
        container = build_container(settings)
        container.clock.override(providers.Object(FixedClock(NOW)))
        buffer = container.chat_buffer()
        if hasattr(buffer, "_prefix"):
            buffer._prefix = f"bench-cost-{uuid.uuid4().hex[:8]}:"
        floor = Floor(container, data_dir)
        try:
            measured = measure_messages(container, floor, args.rounds)
            if args.history_runs:
                new, old = measure_history(container, args.history_runs, max(3, args.rounds))
            if args.scheduler_runners:
                scheduler_s, sent = measure_scheduler(container, args.scheduler_runners)
        finally:
            floor.close()
            close_resources(container)
    floors = measured["floors"]
    print(f"floor ({len(floors)} samples, each taken just before a message; median [min–max]):")
    for name in floors[0]:
        values = [f[name] for f in floors]
        print(f"  {name:<28} {_median(values):7.2f} ms [{min(values):.2f}–{max(values):.2f}]")
    sums = [sum(f.values()) for f in floors]
    floor_ms = _median(sums)
    print(f"  {'sum':<28} {floor_ms:7.2f} ms [{min(sums):.2f}–{max(sums):.2f}]")
    def spread(values: list[float]) -> str:
        return f"{_median(values):5.2f} [{min(values):.2f}–{max(values):.2f}]"

    print(f"\n{'message (one unit of work)':<28} {'reply ms':>9} {'× floor (time)':>20} {'× floor (CPU)':>20} "
          f"{'after ms':>9} {'PG trips':>9} {'PG ms':>7} {'drawing ms':>11}")
    for kind, m in measured["kinds"].items():
        print(f"  {kind:<26} {_median(m['reply']):9.1f} {spread(m['ratio']):>20} {spread(m['cpu_ratio']):>20} "
              f"{_median(m['after']):9.1f} {max(m['trips']):9.0f} {_median(m['pg']):7.1f} "
              f"{_median(m['drawing']):11.1f}")
    print(f"  {'the mix (mean of a round)':<26} {'':>9} {spread(measured['mix']):>20} "
          f"{spread(measured['mix_cpu']):>20}")
    print(f"  {'the mix, drawing added':<26} {'':>9} {spread(measured['mix_drawn']):>20}")
    print("  (× floor: each message over the floor sampled just before it, in wall time and in the process's CPU"
          " time; the mix: a round's mean reply over its mean floor; median [range] over rounds. 'after': the"
          " memory writes done once the reply is out; 'PG trips': the most in a round; 'PG ms': time waiting on"
          " PostgreSQL within the reply; 'drawing ms': drawing the pictures the reply carries (issue 25), after the"
          " reply as the sender draws them, not in the reply's time; 'drawing added': the mix with that time added"
          " to each reply, as when they were drawn in it, the floor unchanged)")
    if args.history_runs:
        print(f"\nrun report, new runner {new:.1f} ms; with {args.history_runs:,} runs {old:.1f} ms "
              f"({(old - new) / new * 100:+.0f} %)")
    if args.scheduler_runners:
        print(f"scheduler: {args.scheduler_runners:,} runners due, {sent:,} summaries sent in {scheduler_s:.2f} s")
    print("goals: the mix ≤ 1.3× the floor (issue 23); a run report ≤ 8 round trips, every other message ≤ 6; "
          "20k runs ± 20 %; scheduler 10,000 runners ≤ 15 s")


if __name__ == "__main__":
    main()
