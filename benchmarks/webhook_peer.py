"""`andes serve`'s webhook against its peer — a bare Starlette endpoint that checks the signature,
parses the JSON, does one INSERT into PostgreSQL and answers 200 (benchmarks/harness/bare_webhook.py)
— side by side in one run (issue 23).

Both serve on this machine with the same PostgreSQL; the load generator keeps ``--concurrency``
signed deliveries in flight (closed loop, plain asyncio streams: benchmarks/harness/load.py) from
``--runners`` runners, for ``--seconds`` per phase. Phases alternate between the two (A B B A …),
so that both see the same machine; per phase: acknowledgements per second, ack p50/p99 and the
server process's CPU time per delivery (/proc/<pid>/stat: all its threads). Printed: each pair's
ratios (andes / peer), median and range. Goals: CPU per delivery ≤ 1.3× the peer's, ack p99 ≤ 1.5×.

    python -m benchmarks.webhook_peer [--phases 6 --seconds 5 --concurrency 64 --runners 200] [--peer-transaction]

The peer autocommits its INSERT (one round trip, as andes' inbox writer does); ``--peer-transaction``
runs the peer measured before issue 23's last round, whose INSERT was BEGIN, INSERT, COMMIT.
Needs PostgreSQL (a fresh database per run) and Redis, as benchmarks/scale.py.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time

from benchmarks.harness.load import Load, percentile, phone_of
from benchmarks.harness.procs import SECRET, Cluster, Helper, add_arguments, free_port

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of process ``pid``, all its threads (/proc/<pid>/stat fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def phase(load: Load, pid: int, seconds: float, concurrency: int, runners: int) -> dict[str, float]:
    load.sent.clear()
    stop = time.monotonic() + seconds

    async def sender(k: int) -> None:
        rng = random.Random(k)
        while time.monotonic() < stop:
            await load.post(phone_of(rng.randrange(runners)), "hoy corrí 8 km en 45 min")

    cpu, started = cpu_seconds(pid), time.monotonic()
    await asyncio.gather(*(sender(k) for k in range(concurrency)))
    elapsed, used = time.monotonic() - started, cpu_seconds(pid) - cpu
    acked = [s for s in load.sent if s.status == 200]
    acks = [s.ack_s * 1000 for s in acked]
    return {"per_s": len(acked) / elapsed, "cpu_ms": used * 1000 / max(1, len(acked)),
            "p50": percentile(acks, 50), "p99": percentile(acks, 99), "refused": len(load.sent) - len(acked)}


async def drive(args: argparse.Namespace, targets: dict[str, tuple[str, int]]) -> dict[str, list[dict[str, float]]]:
    loads = {name: Load([url]) for name, (url, _) in targets.items()}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in targets}
    try:
        for name, (_, pid) in targets.items():                      # warm-up, not counted
            await phase(loads[name], pid, 1.0, args.concurrency, args.runners)
        names = list(targets)
        for n in range(args.phases):
            for name in (names if n % 2 == 0 else names[::-1]):
                r = await phase(loads[name], targets[name][1], args.seconds, args.concurrency, args.runners)
                results[name].append(r)
                print(f"  phase {n + 1} {name:<12} {r['per_s']:7.0f}/s  CPU {r['cpu_ms']:5.2f} ms/delivery  "
                      f"ack p50 {r['p50']:6.1f} ms  p99 {r['p99']:6.1f} ms  refused {r['refused']:.0f}", flush=True)
    finally:
        for load in loads.values():
            await load.close()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phases", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--runners", type=int, default=200)
    parser.add_argument("--peer-transaction", action="store_true",
                        help="the old peer: each INSERT in a transaction (BEGIN, INSERT, COMMIT: three round trips)")
    add_arguments(parser)
    args = parser.parse_args(argv)
    cluster = Cluster(args, graph_url="http://127.0.0.1:9", llm_url=None, label="peer")
    peer = None
    try:
        cluster.migrate()
        cluster.start(servers=1, workers=0)
        peer = Helper("benchmarks.harness.bare_webhook", "--database-url", cluster.direct_url, "--secret", SECRET,
                      "--port", str(free_port()), *(["--transaction"] if args.peer_transaction else []))
        andes = cluster.servers[0]
        assert andes.process is not None
        targets = {"andes serve": (andes.url + "/webhook", andes.process.pid),
                   "bare peer": (peer.url + "/webhook", peer.process.pid)}
        print(f"{args.concurrency} deliveries in flight from {args.runners} runners, {args.phases} phases of "
              f"{args.seconds:.0f} s each, alternating:")
        results = asyncio.run(drive(args, targets))
    finally:
        if peer is not None:
            peer.close()
        cluster.close()
    a, b = results["andes serve"], results["bare peer"]

    def line(key: str, unit: str) -> str:
        mine, theirs = [r[key] for r in a], [r[key] for r in b]
        ratios = [x / y for x, y in zip(mine, theirs, strict=True)]
        return (f"{statistics.median(mine):8.2f} {unit} vs {statistics.median(theirs):8.2f} {unit}: "
                f"{statistics.median(ratios):.2f}× [{min(ratios):.2f}–{max(ratios):.2f}]")

    print("andes / peer, medians over phases, ratio median [range] of the phase pairs:")
    print(f"  acks per second   {line('per_s', '/s ')}")
    print(f"  CPU per delivery  {line('cpu_ms', 'ms ')}   (goal ≤ 1.3×)")
    print(f"  ack p50           {line('p50', 'ms ')}")
    print(f"  ack p99           {line('p99', 'ms ')}   (goal ≤ 1.5×)")


if __name__ == "__main__":
    main()
