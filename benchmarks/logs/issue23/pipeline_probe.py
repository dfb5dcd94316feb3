"""What a psycopg pipeline costs on this machine against the round trips it saves (issue 23).

    python benchmarks/logs/issue23/pipeline_probe.py      # PostgreSQL at BENCH_DATABASE_URL

Alternating, 400 times each, on one connection and a temporary table: a tool call's savepoint and
its INSERT sent one by one (BEGIN, SAVEPOINT, INSERT: three round trips) or in one pipeline (one),
and a message's last write and its COMMIT one by one (two) or in one pipeline (one). Medians and
p90 in microseconds.
"""
from __future__ import annotations

import os
import statistics
import time

import psycopg

URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def main() -> None:
    conn = psycopg.connect(URL)
    conn.execute("CREATE TEMP TABLE pb (a int, b text)")
    conn.commit()

    def separate() -> None:
        conn.execute("SAVEPOINT s1")
        conn.execute("INSERT INTO pb VALUES (%s, %s)", [1, "x"])

    def pipelined() -> None:
        with conn.pipeline():
            conn.execute("SAVEPOINT s1")
            conn.execute("INSERT INTO pb VALUES (%s, %s)", [1, "x"])

    def commit_separate() -> None:
        conn.execute("INSERT INTO pb VALUES (%s, %s)", [2, "y"])
        conn.commit()

    def commit_pipelined() -> None:
        with conn.pipeline():
            conn.execute("INSERT INTO pb VALUES (%s, %s)", [2, "y"])
            conn.execute("COMMIT")

    probes = (separate, pipelined, commit_separate, commit_pipelined)
    took: dict[str, list[float]] = {p.__name__: [] for p in probes}
    for n in range(400):
        for probe in probes if n % 2 else tuple(reversed(probes)):
            t = time.perf_counter()
            probe()
            took[probe.__name__].append(time.perf_counter() - t)
            if probe in (separate, pipelined):
                conn.rollback()
    for name, values in took.items():
        values.sort()
        print(f"{name:<17} median {statistics.median(values) * 1e6:5.0f} µs   p90 {values[len(values) * 9 // 10] * 1e6:5.0f} µs")
    conn.close()


if __name__ == "__main__":
    main()
