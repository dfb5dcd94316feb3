"""Embedded vector memory: Qdrant Edge against qdrant-client's local mode, side by side.

Synthetic data made in the run: random unit vectors (384 dimensions, like E5) spread over many
runners (``--per-runner`` points each), stored through the adapters Andes uses
(adapters/qdrant_edge_memory.py, adapters/qdrant_memory.py with ``path=``). For each engine and size:

* search p50/p99 of one runner's 5 nearest memories (the adapter's search, payloads decoded: what
  ``retrieve_context`` costs after embedding the question);
* recall@5 against exact search (numpy over that runner's points);
* RSS growth of the process while the store was filled, and the time to reopen it and search once.

Each engine and size runs in its own process (a clean RSS, no shared caches).

    python -m benchmarks.vector_search                    # 200 / 10k / 100k points (local mode to 10k)
    python -m benchmarks.vector_search --local-max 100000 # both engines at 100k too (~10 min here)
    python -m benchmarks.vector_search --sizes 200 10000 --queries 100
    python -m benchmarks.vector_search --interleaved     # + ratios from searches taken in turn (issue 23)
"""
from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

DIMENSION = 384
GOALS_MS = {200: 5.0, 10_000: 10.0, 100_000: 20.0}
NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))


def data(points: int, per_runner: int, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((points, DIMENSION), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    runners = rng.integers(0, max(1, points // per_runner), points)
    return vectors, runners


class _Dimension:
    dimension = DIMENSION


def _open(engine: str, path: str) -> Any:
    from adapters.in_memory import FixedClock
    clock = FixedClock(NOW)
    if engine == "edge":
        from adapters.qdrant_edge_memory import QdrantEdgeMemory
        return QdrantEdgeMemory(_Dimension(), clock, path, "bench")      # type: ignore[arg-type]
    from adapters.qdrant_memory import QdrantVectorMemory
    return QdrantVectorMemory(_Dimension(), clock, "bench", path=path)  # type: ignore[arg-type]


def _fill(engine: str, memory: Any, vectors: np.ndarray, runners: np.ndarray) -> None:
    """Bulk-load through the engine (the adapter stores one document at a time: too slow for 100k)."""
    from adapters.qdrant_memory import _payload
    from domain.memory import MemoryDocument, MemoryKind
    batch = 1000
    for start in range(0, len(vectors), batch):
        rows = range(start, min(len(vectors), start + batch))
        payloads = [_payload(MemoryDocument(runner_id=f"r{runners[i]}", kind=MemoryKind.CONVERSATION,
                                            text=f"memoria sintética número {i}", created_at=NOW, id=_id(i)))
                    for i in rows]
        if engine == "edge":
            import qdrant_edge as qe
            memory._shard.update(qe.UpdateOperation.upsert_points(
                [qe.Point(_id(i), vectors[i].tolist(), p) for i, p in zip(rows, payloads, strict=True)]))
        else:
            from qdrant_client import models
            memory._ensure_collection()
            memory._client.upsert("bench", points=[
                models.PointStruct(id=_id(i), vector=vectors[i].tolist(), payload=p)
                for i, p in zip(rows, payloads, strict=True)], wait=True)


def _id(i: int) -> str:
    return str(uuid.UUID(int=i + 1))


def measure(engine: str, points: int, per_runner: int, queries: int) -> dict[str, Any]:
    vectors, runners = data(points, per_runner)
    rng = np.random.default_rng(11)
    asked = rng.integers(0, points, queries)             # runners who have memories
    questions = rng.standard_normal((queries, DIMENSION), dtype=np.float32)
    questions /= np.linalg.norm(questions, axis=1, keepdims=True)
    import adapters.qdrant_edge_memory  # noqa: F401 - imported before the RSS baseline (it imports both engines)
    gc.collect()
    with tempfile.TemporaryDirectory() as path:
        before = rss_mb()
        started = time.perf_counter()
        memory = _open(engine, path)
        _fill(engine, memory, vectors, runners)
        fill_s = time.perf_counter() - started
        gc.collect()
        grown = rss_mb() - before
        latencies, recalls = [], []
        for q, row in zip(questions, asked, strict=True):
            runner = int(runners[row])
            started = time.perf_counter()
            found = memory._search(f"r{runner}", q.tolist(), 5)
            latencies.append(time.perf_counter() - started)
            mine = np.flatnonzero(runners == runner)
            exact = {_id(int(i)) for i in mine[np.argsort(-(vectors[mine] @ q))[:5]]}
            got = {p["document_id"] for _, p in found}
            assert all(p["runner_id"] == f"r{runner}" for _, p in found)
            recalls.append(len(got & exact) / len(exact))
        memory.close()
        started = time.perf_counter()
        memory = _open(engine, path)
        memory._search(f"r{int(runners[0])}", questions[0].tolist(), 5)
        reopen_s = time.perf_counter() - started
        memory.close()
    return {"engine": engine, "points": points, "runners": int(runners.max()) + 1, "fill_s": fill_s,
            "p50_ms": percentile(latencies, 50) * 1000, "p99_ms": percentile(latencies, 99) * 1000,
            "recall": float(np.mean(recalls)), "rss_mb": grown, "reopen_s": reopen_s}


def interleaved(sizes: list[int], engines: list[str], local_max: int, per_runner: int, queries: int,
                blocks: int) -> None:
    """Every store open in this process, searched in turn query by query (so that all see the same
    machine), and each one's median over a block of queries divided by Qdrant Edge's at the
    smallest size in that block: ratios with their range over the blocks, not a p99 of noise."""
    stores: dict[tuple[str, int], tuple[Any, np.ndarray]] = {}
    with tempfile.TemporaryDirectory() as root:
        for points in sizes:
            vectors, runners = data(points, per_runner)
            for engine in engines:
                if engine == "local" and points > local_max:
                    continue
                memory = _open(engine, os.path.join(root, f"{engine}{points}"))
                _fill(engine, memory, vectors, runners)
                stores[(engine, points)] = (memory, runners)
        rng = np.random.default_rng(11)
        questions = rng.standard_normal((queries * blocks, DIMENSION), dtype=np.float32)
        questions /= np.linalg.norm(questions, axis=1, keepdims=True)
        order = list(stores)
        times: dict[tuple[str, int], list[list[float]]] = {key: [[] for _ in range(blocks)] for key in order}
        for n, q in enumerate(questions):
            block = n // queries
            for key in order[n % len(order):] + order[:n % len(order)]:        # a different one first each time
                memory, runners = stores[key]
                runner = int(runners[n % len(runners)])
                started = time.perf_counter()
                memory._search(f"r{runner}", q.tolist(), 5)
                times[key][block].append(time.perf_counter() - started)
        for memory, _ in stores.values():
            memory.close()
    base = ("edge", min(sizes))
    print(f"\ninterleaved: {len(order)} stores searched in turn, {blocks} blocks of {queries} queries; each block's "
          f"median over Qdrant Edge's at {min(sizes):,} points in the same block")
    header = "× edge@" + format(min(sizes), ",")
    print(f"{'engine':<6} {'points':>7} {'median ms':>10} {header:>14}  [range over blocks]")
    for key in order:
        medians = [float(np.median(b)) for b in times[key]]
        ratios = [m / float(np.median(b)) for m, b in zip(medians, times[base], strict=True)]
        print(f"{key[0]:<6} {key[1]:>7} {float(np.median(medians)) * 1000:>10.3f} {float(np.median(ratios)):>14.2f}  "
              f"[{min(ratios):.2f}–{max(ratios):.2f}]")


def _child(conn: Any, *args: Any) -> None:
    try:
        conn.send(measure(*args))
    except Exception as error:  # noqa: BLE001 - reported in the table
        conn.send({"error": f"{type(error).__name__}: {error}"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 10_000, 100_000])
    parser.add_argument("--engines", nargs="+", choices=("edge", "local"), default=["edge", "local"])
    parser.add_argument("--per-runner", type=int, default=100, help="memories per runner (default 100)")
    parser.add_argument("--queries", type=int, default=200, help="searches per engine and size (default 200)")
    parser.add_argument("--local-max", type=int, default=10_000,
                        help="largest size run on the local mode (default 10k: filling it with 100k points "
                             "takes minutes; --local-max 100000 for the full comparison)")
    parser.add_argument("--local-queries", type=int, default=20,
                        help="searches for the local mode above 10k points (each scans them all; default 20)")
    parser.add_argument("--interleaved", action="store_true",
                        help="also: every store in one process, searched in turn; ratios to Edge at the smallest size")
    parser.add_argument("--blocks", type=int, default=10, help="blocks of --queries for the interleaved ratios")
    args = parser.parse_args(argv)
    context = multiprocessing.get_context("spawn")
    print(f"{'engine':<6} {'points':>7} {'runners':>7} {'fill s':>7} {'p50 ms':>8} {'p99 ms':>8} {'goal':>6} "
          f"{'recall@5':>8} {'RSS +MB':>8} {'reopen s':>8}")
    ok = True
    for points in args.sizes:
        for engine in args.engines:
            if engine == "local" and points > args.local_max:
                print(f"{engine:<6} {points:>7} skipped (--local-max {args.local_max})")
                continue
            queries = args.local_queries if engine == "local" and points > 10_000 else args.queries
            parent, child = context.Pipe()
            process = context.Process(target=_child, args=(child, engine, points, args.per_runner, queries))
            process.start()
            row = parent.recv()
            process.join()
            if "error" in row:
                print(f"{engine:<6} {points:>7} FAILED {row['error']}")
                ok = False
                continue
            goal = GOALS_MS.get(points)
            met = "" if goal is None else (f"≤{goal:g}" + ("✓" if row["p99_ms"] <= goal else "✗"))
            print(f"{engine:<6} {points:>7} {row['runners']:>7} {row['fill_s']:>7.1f} {row['p50_ms']:>8.2f} "
                  f"{row['p99_ms']:>8.2f} {met:>6} {row['recall']:>8.3f} {row['rss_mb']:>8.0f} "
                  f"{row['reopen_s']:>8.2f}", flush=True)
            if engine == "edge":
                ok &= row["recall"] >= 0.95 and (goal is None or row["p99_ms"] <= goal)
    print("OK: Qdrant Edge meets the search and recall goals" if ok else "FAILED: a goal was missed")
    if args.interleaved:
        interleaved(args.sizes, args.engines, args.local_max, args.per_runner, max(1, args.queries // args.blocks),
                    args.blocks)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
