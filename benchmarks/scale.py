"""Scale benchmark of the message pipeline (issue 12): many runners at once, through the real
webhook, ``andes serve`` and ``andes worker`` processes on PostgreSQL and Redis, with a fake LLM
and a fake Graph API on 127.0.0.1 (benchmarks/harness).

Scenarios (``--scenario``, default all):

A delivery the webhook refuses (503) is posted again after a backoff, to the other server if there
is one, as Meta redelivers; the first post's answer time is the ack latency measured.

* ``llm``: 1000 onboarded runners send one message each within 10 s while the fake LLM takes 2 s
  per call. Goals: every message answered exactly once, none by the offline fallback (the fake
  LLM's replies carry a marker), last reply ≤ 30 s after the first message, webhook ack p99 ≤ 50 ms.
* ``llm-tool``: the same with one tool round trip (two LLM calls per reply).
* ``offline``: the offline coach, 500 runners × 4 messages within 10 s. Goals: ≥ 100 replies/s,
  reply p99 ≤ 10 s.
* ``workers``: throughput of the ``llm`` load with 1, 2 and 4 worker processes (``--worker-counts``).

    python -m benchmarks.scale                              # everything, full size
    python -m benchmarks.scale --quick                      # 10 % of the runners, for a smoke run
    python -m benchmarks.scale --scenario llm --runners 200 --window 5 --latency 1
    python -m benchmarks.scale --workers 0                  # no worker processes: serve answers alone

A lock-up (issue 22: every delivery refused for minutes) fails the goal "no lock-up" in every scenario.

Each scenario prints one block of numbers and PASS/FAIL per goal; exit status 1 when a goal failed.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import defaultdict
from typing import Any

from benchmarks.harness.graph import GraphControl
from benchmarks.harness.llm import MARKER
from benchmarks.harness.load import Load, Sent, percentile, phone_of
from benchmarks.harness.procs import Cluster, Helper, add_arguments, subcommand_exists

OFFLINE_TEXTS = ["hoy corrí {km} km en {min} min", "¿cómo voy?", "¿qué me toca mañana?", "gracias, coach"]
LLM_TEXT = "¿cómo voy con mi entrenamiento?"


def plan(runners: int, per_runner: int, window: float, texts: list[str]) -> list[tuple[float, str, str]]:
    """Round k of every runner in the k-th slice of the window: a runner's messages come window/k
    seconds apart, in order."""
    total = runners * per_runner
    items = []
    for k in range(per_runner):
        for i in range(runners):
            km = 5 + (i % 10)
            text = texts[k % len(texts)].format(km=km, min=km * 6)
            items.append((window * (k * runners + i) / total, phone_of(i), text))
    return items


def summarize(sent: list[Sent], sends: list[tuple[str, str, float]], per_runner: int,
              marker: str | None) -> dict[str, Any]:
    phones = {s.phone for s in sent}
    replies: dict[str, list[float]] = defaultdict(list)
    fallback = 0
    for to, text, at in sends:
        if to in phones:
            replies[to].append(at)
            if marker is not None and marker not in text:
                fallback += 1
    messages: dict[str, list[float]] = defaultdict(list)
    for s in sent:
        messages[s.phone].append(s.at)
    latencies = []
    for phone, times in messages.items():   # the k-th reply answers the k-th message
        for asked, answered in zip(sorted(times), sorted(replies.get(phone, [])), strict=False):
            latencies.append(answered - asked)
    n_replies = sum(len(r) for r in replies.values())
    first = min(s.at for s in sent)
    stall_s, stall_at = longest_stall(sent)
    accepted = [s.accepted_at for s in sent if s.accepted_at]
    last = max((t for r in replies.values() for t in r), default=first)
    return {
        "messages": len(sent), "accepted": sum(1 for s in sent if s.status == 200),
        "reposts": sum(s.attempts - 1 for s in sent), "never_accepted": sum(1 for s in sent if not s.accepted_at),
        "replies": n_replies,
        "exactly_once": sum(1 for p in phones if len(replies.get(p, [])) == per_runner),
        "missing": sum(max(0, per_runner - len(replies.get(p, []))) for p in phones),
        "extra": sum(max(0, len(replies.get(p, [])) - per_runner) for p in phones),
        "fallback": fallback if marker is not None else None,
        "span_s": last - first,
        "send_span_s": max(s.at for s in sent) - first,
        "replies_per_s": n_replies / (last - first) if last > first else 0.0,
        "ack_p50_ms": percentile([s.ack_s for s in sent], 50) * 1000,
        "ack_p99_ms": percentile([s.ack_s for s in sent], 99) * 1000,
        "ack_max_ms": max(s.ack_s for s in sent) * 1000,
        "reply_p50_s": percentile(latencies, 50), "reply_p99_s": percentile(latencies, 99),
        "last_accept_s": (max(accepted) - first) if accepted else float("nan"),
        "stall_s": stall_s, "stall_at_s": stall_at - first if stall_at else 0.0,
    }


NO_LOCK_UP = "no lock-up: every delivery accepted, no 60 s with one waiting and none accepted"


def no_lock_up(r: dict[str, Any]) -> bool:
    return r["never_accepted"] == 0 and r["stall_s"] < 60


def longest_stall(sent: list[Sent]) -> tuple[float, float]:
    """The longest time during which some delivery was waiting to be accepted (posted, not yet
    answered 200) and the webhook accepted none, with when it began (unix time): a lock-up shows as a
    stall that lasts to the end (infinite when a delivery was never accepted); an overload that
    clears, as a stall of seconds."""
    events = sorted([(s.at, 1) for s in sent] + [(s.accepted_at, -1) for s in sent if s.accepted_at])
    waiting, since, best, best_at = 0, None, 0.0, 0.0
    for at, change in events:
        if change < 0 and since is not None and at - since > best:
            best, best_at = at - since, since
        waiting += change
        if change < 0 or since is None:
            since = at if waiting > 0 else None
    if waiting > 0 and since is not None:
        best, best_at = float("inf"), since
    return best, best_at


async def drive(cluster: Cluster, graph: GraphControl, items: list[tuple[float, str, str]], expected: int,
                timeout: float, grace: float) -> tuple[list[Sent], list[tuple[str, str, float]]]:
    load = Load(cluster.webhook_urls, retry_for=timeout)     # a delivery refused is posted again, as Meta does
    try:
        await load.schedule(items)
    finally:
        await load.close()
    phones = {s.phone for s in load.sent}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for to, _, _ in graph.sends() if to in phones) >= expected:
            break
        await asyncio.sleep(0.5)
    await asyncio.sleep(grace)            # duplicates come after the last expected reply
    return load.sent, graph.sends()


def run(args: argparse.Namespace, label: str, *, llm_mode: str | None, runners: int, per_runner: int,
        workers: int) -> dict[str, Any]:
    graph_helper = Helper("benchmarks.harness.graph")
    llm_helper = Helper("benchmarks.harness.llm", "--latency", str(args.latency), "--mode", llm_mode) \
        if llm_mode else None
    graph = GraphControl(graph_helper.url)
    cluster = Cluster(args, graph_helper.url, llm_helper.url if llm_helper else None, label=label)
    try:
        cluster.migrate()
        cluster.seed_runners([phone_of(i) for i in range(runners)])
        started = time.monotonic()
        cluster.start(args.servers, workers)
        print(f"  [{label}] {args.servers} server(s) + {workers} worker(s) up in {time.monotonic() - started:.1f} s; "
              f"{runners} runners × {per_runner} message(s) within {args.window:g} s", flush=True)
        texts = [LLM_TEXT] if llm_mode else OFFLINE_TEXTS
        sent, sends = asyncio.run(drive(cluster, graph, plan(runners, per_runner, args.window, texts),
                                        runners * per_runner, args.timeout, args.grace))
        result = summarize(sent, sends, per_runner, MARKER if llm_mode else None)
        if llm_helper is not None:
            import httpx
            result["llm"] = httpx.get(llm_helper.url + "/_stats").json()
        result["graph"] = graph.counters
        dead = [p.name for p in cluster.servers + cluster.workers if not p.alive()]
        if dead:
            result["died"] = dead
        return result
    finally:
        cluster.close()
        graph.close()
        graph_helper.close()
        if llm_helper is not None:
            llm_helper.close()


def report(label: str, r: dict[str, Any], goals: list[tuple[str, bool]]) -> bool:
    print(f"{label}:")
    print(f"  messages {r['messages']} ({r['accepted']} accepted at the first post, {r['reposts']} re-posts, "
          f"{r['never_accepted']} never accepted), replies {r['replies']}: exactly once "
          f"{r['exactly_once']} runners, missing {r['missing']}, extra {r['extra']}"
          + (f", by the fallback {r['fallback']}" if r["fallback"] is not None else ""))
    print(f"  first message → last reply {r['span_s']:.1f} s (sending took {r['send_span_s']:.1f} s); "
          f"{r['replies_per_s']:.1f} replies/s")
    print(f"  every delivery accepted {r['last_accept_s']:.1f} s after the first message; longest stall (a delivery "
          f"waiting, none accepted) {r['stall_s']:.1f} s, from {r['stall_at_s']:.1f} s")
    print(f"  webhook ack p50 {r['ack_p50_ms']:.1f} ms, p99 {r['ack_p99_ms']:.1f} ms, max {r['ack_max_ms']:.0f} ms; "
          f"reply latency p50 {r['reply_p50_s']:.2f} s, p99 {r['reply_p99_s']:.2f} s")
    if "llm" in r:
        print(f"  fake LLM: {r['llm']['requests']} calls, peak {r['llm']['peak_in_flight']} in flight")
    print(f"  fake Graph API: {r['graph']}")
    if "died" in r:
        print(f"  processes that died: {r['died']}")
    ok = True
    for goal, passed in goals:
        print(f"  {'PASS' if passed else 'FAIL'} {goal}")
        ok &= passed
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenario", action="append", choices=("llm", "llm-tool", "offline", "workers"),
                        help="repeatable; default all")
    parser.add_argument("--quick", action="store_true", help="10 %% of the runners (at least 20)")
    parser.add_argument("--runners", type=int, help="runners of the llm scenarios (default 1000)")
    parser.add_argument("--offline-runners", type=int, help="runners of the offline scenario (default 500)")
    parser.add_argument("--offline-messages", type=int, default=4)
    parser.add_argument("--window", type=float, default=10.0, help="seconds over which the messages are sent")
    parser.add_argument("--latency", type=float, default=2.0, help="the fake LLM's seconds per call")
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (0: serve answers alone)")
    parser.add_argument("--worker-counts", default="1,2,4")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the replies")
    parser.add_argument("--grace", type=float, default=3.0, help="seconds to wait for duplicates after")
    add_arguments(parser)
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    runners = args.runners or max(20, int(1000 * scale))
    offline_runners = args.offline_runners or max(20, int(500 * scale))
    scenarios = args.scenario or ["llm", "llm-tool", "offline", "workers"]
    has_worker = subcommand_exists(args.worker_cmd)
    if not has_worker and (args.workers or "workers" in scenarios):
        print(f"no worker command ({args.worker_cmd!r} --help fails): serve answers alone, no workers started")
        args.workers = 0
    ok = True
    for scenario in scenarios:
        if scenario in ("llm", "llm-tool"):
            mode = "text" if scenario == "llm" else "tool"
            r = run(args, scenario, llm_mode=mode, runners=runners, per_runner=1, workers=args.workers)
            ok &= report(f"{scenario}: {runners} runners × 1 message, LLM {args.latency:g} s per call", r, [
                ("every message answered exactly once", r["exactly_once"] == runners and r["extra"] == 0),
                (NO_LOCK_UP, no_lock_up(r)),
                ("none by the fallback", r["fallback"] == 0),
                ("last reply ≤ 30 s after the first message", r["span_s"] <= 30),
                ("webhook ack p99 ≤ 50 ms", r["ack_p99_ms"] <= 50)])
        elif scenario == "offline":
            r = run(args, scenario, llm_mode=None, runners=offline_runners, per_runner=args.offline_messages,
                    workers=args.workers)
            ok &= report(f"offline: {offline_runners} runners × {args.offline_messages} messages", r, [
                ("every message answered exactly once", r["missing"] == 0 and r["extra"] == 0),
                (NO_LOCK_UP, no_lock_up(r)),
                ("≥ 100 replies/s", r["replies_per_s"] >= 100), ("reply p99 ≤ 10 s", r["reply_p99_s"] <= 10)])
        elif scenario == "workers":
            if not has_worker:
                print("workers: skipped (no worker command)")
                continue
            rows = []
            for count in (int(c) for c in args.worker_counts.split(",")):
                r = run(args, f"workers{count}", llm_mode="text", runners=runners, per_runner=1, workers=count)
                rows.append((count, r))
            print(f"workers: {runners} runners × 1 message, LLM {args.latency:g} s per call")
            print("  workers  replies/s  last reply (s)  reply p99 (s)  missing  extra  longest stall (s)")
            for count, r in rows:
                print(f"  {count:7d}  {r['replies_per_s']:9.1f}  {r['span_s']:14.1f}  {r['reply_p99_s']:13.2f}  "
                      f"{r['missing']:7d}  {r['extra']:5d}  {r['stall_s']:17.1f}")
                ok &= no_lock_up(r)
            print(f"  {'PASS' if all(no_lock_up(r) for _, r in rows) else 'FAIL'} {NO_LOCK_UP} (each count)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
