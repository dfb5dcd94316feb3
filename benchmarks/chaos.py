"""Chaos benchmark of the message pipeline (issue 12): 2 ``andes serve`` + 2 ``andes worker``
processes on PostgreSQL (through a TCP proxy) and Redis, 200 runners × 5 run reports, and one
failure in the middle of the traffic:

* ``kill``: kill -9 a worker and a server, restart them ``--down`` seconds later;
* ``pg``: every PostgreSQL connection cut and new ones refused for 15 s (the proxy);
* ``graph-fail``: the Graph API answers 503 for 60 s;
* ``graph-late``: the Graph API accepts but answers 12 s late, for 30 s (a client that times out
  and sends again makes duplicates: the only case where ≤ 1 % twice is allowed).

Each message is "hoy corrí N km en M min" with numbers of its own (runner i, message k:
N = 3 + 2k + (i mod 9 + 1)/10), so that the runs can be checked in SQL and the replies in the fake
Graph API's log. Deliveries that get no 200 are posted again (same wamid, the other server), as
Meta does. Checks: in SQL, 0 runs lost and 0 stored twice; in the Graph log, 0 replies lost, 0
sent twice (≤ 1 % in the late case), and each runner's replies in the order of their messages
(when the replies name the distance).

Order, precisely: a reply that went out after the reply to a later message is counted against the
pipeline when its message was in the inbox before that later message was answered (when its row was
written, by a trigger of the benchmark's, against the later one's ``done_at``): that one was known
and could have waited its turn. When the delivery itself came in only after the later message was
answered (a server killed mid-request, Meta's retry arriving after the runner's next message), no
one could have answered it first: that is counted apart, as a late delivery, and printed.

    python -m benchmarks.chaos                                  # all scenarios, 3 rounds each
    python -m benchmarks.chaos --scenario kill --rounds 1 --runners 20 --messages 3
    python -m benchmarks.chaos --workers 0                      # no worker processes: serve answers

Prints one line per round and PASS/FAIL per check; exit status 1 when a check failed.
"""
from __future__ import annotations

import argparse
import asyncio
import re
import sys
import time
from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import psycopg

from benchmarks.harness.graph import GraphControl
from benchmarks.harness.load import Load, phone_of
from benchmarks.harness.pgproxy import TcpProxy
from benchmarks.harness.procs import SECRET, Cluster, Helper, add_arguments, subcommand_exists

SCENARIOS = ("kill", "pg", "graph-fail", "graph-late")
KM_IN_REPLY = re.compile(r"(\d+)[.,](\d)\s*km")


def run_report(i: int, k: int) -> tuple[str, Decimal, int]:
    """Runner i's k-th message: its text, its distance and its duration in seconds."""
    km = Decimal(3 + 2 * k) + Decimal(i % 9 + 1) / 10
    minutes = int(km * 6) + 1
    return f"hoy corrí {km} km en {minutes} min", km, minutes * 60


async def inject(scenario: str, args: argparse.Namespace, cluster: Cluster, graph: GraphControl,
                 proxy: TcpProxy) -> str:
    await asyncio.sleep(args.at)
    if scenario == "kill":
        victims = cluster.servers[:1] + cluster.workers[:1]
        for process in victims:
            process.kill9()
        await asyncio.sleep(args.down)
        for process in victims:
            process.start()
        for process in victims:
            await asyncio.to_thread(process.wait_ready, args.start_timeout)
        return f"killed -9 {[p.name for p in victims]}, restarted after {args.down:g} s"
    if scenario == "pg":
        proxy.cut(args.pg_down)
        return f"PostgreSQL cut for {args.pg_down:g} s"
    if scenario == "graph-fail":
        graph.fail(args.graph_down)
        return f"Graph API failing for {args.graph_down:g} s"
    graph.late(args.late_for, args.late_by)
    return f"Graph API answering {args.late_by:g} s late for {args.late_for:g} s"


async def traffic(scenario: str, args: argparse.Namespace, cluster: Cluster, graph: GraphControl,
                  proxy: TcpProxy) -> tuple[Load, str, float]:
    load = Load(cluster.webhook_urls, retry_for=args.timeout)
    items = [(k * args.gap + args.gap * i / args.runners, phone_of(i), run_report(i, k)[0])
             for k in range(args.messages) for i in range(args.runners)]
    event = asyncio.create_task(inject(scenario, args, cluster, graph, proxy))
    try:
        await load.schedule(items)
        what = await event
    finally:
        await load.close()
    expected = args.runners * args.messages
    deadline = time.monotonic() + args.timeout
    phones = {phone_of(i) for i in range(args.runners)}
    while time.monotonic() < deadline:
        if sum(1 for to, _, _ in graph.sends() if to in phones) >= expected:
            break
        await asyncio.sleep(1.0)
    waited = time.monotonic()
    await asyncio.sleep(args.grace)
    return load, what, waited


# When each inbox row was written, by the database's clock (a benchmark-only trigger): the webhook
# stamps received_at before its INSERT, which may then wait (for a connection; for a runner's
# closing unit to end, by design), so received_at alone would blame the pipeline for a delivery
# that was stored only after the later message was answered.
STORED_AT = """
    CREATE TABLE bench_inbox_stored (message_id text PRIMARY KEY, at timestamptz NOT NULL);
    CREATE FUNCTION bench_inbox_stored() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO bench_inbox_stored VALUES (NEW.message_id, clock_timestamp()) ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$;
    CREATE TRIGGER bench_inbox_stored AFTER INSERT ON inbox FOR EACH ROW EXECUTE FUNCTION bench_inbox_stored();
"""


def check(args: argparse.Namespace, cluster: Cluster, sends: list[tuple[str, str, float]],
          sent: list[Any]) -> dict[str, Any]:
    expected = {(phone_of(i), km, seconds): 0 for i in range(args.runners) for k in range(args.messages)
                for _, km, seconds in [run_report(i, k)]}
    rows = cluster.sql("SELECT u.phone, r.distance_km, r.duration_s FROM runs r JOIN users u ON u.id = r.user_id")
    unexpected = 0
    for phone, km, seconds in rows:
        key = (str(phone).lstrip("+"), Decimal(km).normalize(), seconds)
        key = next((k for k in expected if k[0] == key[0] and k[1].normalize() == key[1] and k[2] == key[2]), key)
        if key in expected:
            expected[key] += 1
        else:
            unexpected += 1
    runs_lost = sum(1 for n in expected.values() if n == 0)
    runs_twice = sum(1 for n in expected.values() if n > 1)
    # Replies: per runner, which message each reply names (by its distance), in arrival order.
    km_index = {(phone_of(i), run_report(i, k)[1]): k for i in range(args.runners) for k in range(args.messages)}
    per_runner: dict[str, list[int | None]] = defaultdict(list)
    for to, text, _ in sorted(sends, key=lambda s: s[2]):
        match = KM_IN_REPLY.search(text)
        k = km_index.get((to, Decimal(f"{match[1]}.{match[2]}"))) if match else None
        per_runner[to].append(k)
    # When each message entered the inbox and when it was answered (its unit committed).
    wamid_of = {(s.phone, s.text): s.wamid for s in sent}
    inbox = {m: (stored or received, done) for m, received, stored, done in cluster.sql(
        "SELECT i.message_id, i.received_at, s.at, i.done_at FROM inbox i "
        "LEFT JOIN bench_inbox_stored s USING (message_id)")}

    def known_in_time(phone: str, earlier: int, later: int) -> bool:
        """Was message ``earlier`` in the inbox before message ``later`` was answered?"""
        first = inbox.get(wamid_of.get((phone, run_report(_index(phone), earlier)[0]), ""))
        second = inbox.get(wamid_of.get((phone, run_report(_index(phone), later)[0]), ""))
        if first is None or second is None or second[1] is None:
            return True                           # unknown: counted against the pipeline
        return first[0] < second[1]

    # Each reply's outbox row (when it was queued, how many tries), to tell an answer given out of
    # order from a reply sent out of order (a sender killed holding the earlier one's lease).
    queued = {(str(to), text): (created, attempts) for to, text, created, attempts in cluster.sql(
        "SELECT recipient, text, created_at, attempts FROM outbox")}
    sent_at: dict[tuple[str, int], float] = {}
    queued_of: dict[tuple[str, int], Any] = {}
    for to, text, at in sends:
        match = KM_IN_REPLY.search(text)
        k = km_index.get((to, Decimal(f"{match[1]}.{match[2]}"))) if match else None
        if k is not None:
            sent_at.setdefault((to, k), at)
            queued_of.setdefault((to, k), queued.get((to.lstrip("+"), text)) or queued.get((to, text)))

    def explain(phone: str, earlier: int, later: int) -> str:
        def one(k: int) -> str:
            received, done = inbox.get(wamid_of.get((phone, run_report(_index(phone), k)[0]), ""), (None, None))
            created, attempts = queued_of.get((phone, k)) or (None, None)
            at = datetime.fromtimestamp(sent_at[(phone, k)], timezone.utc) if (phone, k) in sent_at else None
            return (f"#{k} stored {_t(received)} done {_t(done)} queued {_t(created)} tries {attempts} "
                    f"sent {_t(at)}")
        return f"{phone}: {one(earlier)} | {one(later)}"
    examples: list[str] = []

    replies_lost = replies_twice = unnamed = out_of_order = late_deliveries = 0
    for i in range(args.runners):
        got = per_runner.get(phone_of(i), [])
        named = [k for k in got if k is not None]
        unnamed += len(got) - len(named)
        if len(named) == len(got):                # every reply names its run: exact accounting
            counts = [named.count(k) for k in range(args.messages)]
            replies_lost += sum(1 for c in counts if c == 0)
            replies_twice += sum(c - 1 for c in counts if c > 1)
        else:                                     # count only
            replies_lost += max(0, args.messages - len(got))
            replies_twice += max(0, len(got) - args.messages)
        firsts = list(dict.fromkeys(named))       # the order of first replies
        for a, b in zip(firsts, firsts[1:], strict=False):
            if b < a:                             # b was sent before a, and answered after it
                if known_in_time(phone_of(i), b, a):
                    out_of_order += 1
                    examples.append(explain(phone_of(i), b, a))
                else:
                    late_deliveries += 1
    return {"runs_lost": runs_lost, "runs_twice": runs_twice, "runs_unexpected": unexpected,
            "replies": len([s for s in sends if s[0] in {phone_of(i) for i in range(args.runners)}]),
            "replies_lost": replies_lost, "replies_twice": replies_twice, "unnamed_replies": unnamed,
            "out_of_order": out_of_order, "late_deliveries": late_deliveries, "examples": examples}


def _t(at: Any) -> str:
    return at.strftime("%H:%M:%S.%f")[:-3] if at is not None else "-"


def _index(phone: str) -> int:
    return int(phone[-7:])                        # phone_of(i) ends with i on 7 digits


def one_round(scenario: str, args: argparse.Namespace, workers: int) -> dict[str, Any]:
    admin = urlsplit(args.admin_database_url)
    proxy = TcpProxy(admin.hostname or "127.0.0.1", admin.port or 5432).start()
    graph_helper = Helper("benchmarks.harness.graph")
    graph = GraphControl(graph_helper.url)
    cluster = Cluster(args, graph_helper.url, None, database_host=("127.0.0.1", proxy.port), label=scenario)
    try:
        cluster.migrate()
        with psycopg.connect(cluster.direct_url, autocommit=True) as conn:
            conn.execute(STORED_AT)                # no parameters: several statements at once
        cluster.seed_runners([phone_of(i) for i in range(args.runners)])
        cluster.start(args.servers, workers)
        graph.post_statuses(cluster.webhook_urls, SECRET)      # each reply's "sent" status, as Meta sends it
        started = time.time()
        load, what, waited = asyncio.run(traffic(scenario, args, cluster, graph, proxy))
        result = check(args, cluster, graph.sends(), load.sent)
        last = max((t for _, _, t in graph.sends()), default=started)
        result.update(what=what, messages=len(load.sent), unaccepted=sum(1 for s in load.sent if not s.accepted_at),
                      reposts=sum(s.attempts - 1 for s in load.sent), span_s=last - started,
                      graph=graph.counters, died=[p.name for p in cluster.servers + cluster.workers if not p.alive()])
        return result
    finally:
        cluster.close()
        graph.close()
        graph_helper.close()
        proxy.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenario", action="append", choices=SCENARIOS, help="repeatable; default all")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runners", type=int, default=200)
    parser.add_argument("--messages", type=int, default=5, help="run reports per runner")
    parser.add_argument("--gap", type=float, default=3.0, help="seconds between a runner's messages")
    parser.add_argument("--at", type=float, default=4.0, help="seconds into the traffic when the failure starts")
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="worker processes (0: serve answers alone)")
    parser.add_argument("--down", type=float, default=3.0, help="kill: seconds before the restart")
    parser.add_argument("--pg-down", type=float, default=15.0)
    parser.add_argument("--graph-down", type=float, default=60.0)
    parser.add_argument("--late-for", type=float, default=30.0)
    parser.add_argument("--late-by", type=float, default=12.0)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for every reply")
    parser.add_argument("--grace", type=float, default=5.0, help="seconds to wait for duplicates after")
    add_arguments(parser)
    args = parser.parse_args(argv)
    workers = args.workers
    if workers and not subcommand_exists(args.worker_cmd):
        print(f"no worker command ({args.worker_cmd!r} --help fails): serve answers alone, no workers started")
        workers = 0
    ok = True
    total = args.runners * args.messages
    for scenario in args.scenario or SCENARIOS:
        for n in range(1, args.rounds + 1):
            r = one_round(scenario, args, workers)
            twice_allowed = int(total * 0.01) if scenario == "graph-late" else 0
            checks = [("0 runs lost", r["runs_lost"] == 0), ("0 runs stored twice", r["runs_twice"] == 0),
                      ("0 replies lost", r["replies_lost"] == 0),
                      (f"≤ {twice_allowed} replies sent twice", r["replies_twice"] <= twice_allowed),
                      ("per-runner order intact", r["out_of_order"] == 0),
                      ("every delivery accepted", r["unaccepted"] == 0)]
            print(f"{scenario} round {n}: {r['what']}; {r['messages']} messages ({r['reposts']} re-posts, "
                  f"{r['unaccepted']} never accepted), {r['replies']} replies in {r['span_s']:.1f} s")
            print(f"  runs lost {r['runs_lost']}, twice {r['runs_twice']}, unexpected {r['runs_unexpected']}; "
                  f"replies lost {r['replies_lost']}, twice {r['replies_twice']}, out of order {r['out_of_order']} "
                  f"(+ {r['late_deliveries']} delivered after the runner's next message was answered), "
                  f"not naming their run {r['unnamed_replies']}; Graph {r['graph']}"
                  + (f"; died: {r['died']}" if r["died"] else ""))
            for example in r["examples"][:5]:
                print(f"    out of order: {example}")
            for name, passed in checks:
                if not passed:
                    print(f"  FAIL {name}")
                ok &= passed
            if all(passed for _, passed in checks):
                print("  PASS all checks")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
