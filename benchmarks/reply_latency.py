"""Understanding + offline reply latency on the embedded defaults (SQLite, embedded Qdrant, E5).

A few runners onboard, then each sends a week of everyday messages (runs, questions, a correction,
an ache, a missed day…, in Spanish and English). Every reply is timed from the message to the
answer, through ``ReplyToRunner`` as ``andes chat`` calls it, after a warm-up round. Two numbers:

* understanding alone (intent classifier + slot evidence) per message;
* the whole reply (understanding, tools, store, memory) per message.

    python -m benchmarks.reply_latency               # 3 runners × the script below
    python -m benchmarks.reply_latency --runners 5

Goal (issue 9): understanding + offline reply p99 ≤ 30 ms after warm-up on this machine. The time
spent writing memories of runs, aches and plans to the vector store is not part of the reply: they
are written after it, on a background thread (adapters/deferred_memory.py), and the benchmark lets
them finish before the runner's next message, as a person reading the reply would.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timezone

from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import Settings, build_container, close_resources

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=timezone.utc)

ONBOARDING = ["Hola", "soy Caro", "29", "10k de Guayaquil el 4 de octubre", "50 min", "4", "intermedio",
              "25 km", "12", "no", "lunes miercoles viernes y domingo, fondo el domingo", "ninguna"]
WEEK_ES = ["hoy corri 8 km en 45 min, me duele la rodilla", "que toca mañana?", "hice 6x1000 a 3:25 rec 2 min",
           "me equivoque, fueron 6 km no 8", "cuanta agua tomo en un fondo", "como voy?",
           "hoy no pude entrenar, llovio", "deberia correr hoy o descanso?", "a que ritmo corro?",
           "hoy hice 40 min de bici", "gracias!!", "que hablamos de mi rodilla?"]
WEEK_EN = ["ran 10 km in 55 min today", "what's on for tomorrow?", "how did my week go?", "what's a tempo run?",
           "should I run today?", "my right knee hurts", "is it ok to run two days in a row?", "thanks"]


def forget_recent(embedder: object) -> None:
    recent = getattr(embedder, "_recent", None)
    if recent is not None:
        recent.clear()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runners", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir:
        container = build_container(Settings(data_dir=data_dir, store="sqlite", vector_store="qdrant",
                                             embeddings="e5", llm_provider="offline"))
        container.clock.override(providers.Object(FixedClock(NOW)))
        reply, understand, embedder = container.reply_to_runner(), container.understand(), container.embedder()
        memory = container.vector_memory()
        today = NOW.date()
        for text in WEEK_ES + WEEK_EN:            # warm-up: models, caches, first queries
            understand(text, today)
        for text in ONBOARDING + WEEK_ES + WEEK_EN:   # and one whole untimed conversation
            reply("+593990099999", text)
        replies: list[float] = []
        understanding: list[float] = []
        slowest: list[tuple[float, str]] = []
        for n in range(args.runners):
            phone = f"+5939900{n:05d}"
            for text in ONBOARDING:
                reply(phone, text)
            for text in (WEEK_ES if n % 2 == 0 else WEEK_EN):
                # Every runner sends the script's texts: forget recent vectors before each timing, so
                # each message costs what a new one would (one embedding, reused within the message).
                forget_recent(embedder)
                started = time.perf_counter()
                understand(text, today)
                understanding.append((time.perf_counter() - started) * 1000)
                forget_recent(embedder)
                started = time.perf_counter()
                reply(phone, text)
                replies.append((time.perf_counter() - started) * 1000)
                slowest.append((replies[-1], text))
                # A runner reads the reply before writing again: the memories written after it (on
                # the background thread) are in before the next message is timed.
                flush = getattr(memory, "flush", None)
                if flush:
                    flush()
        close_resources(container)
    for name, values in (("understanding", understanding), ("whole offline reply", replies)):
        print(f"{name:<20} n={len(values):<4} p50 {statistics.median(values):6.1f} ms   "
              f"p99 {percentile(values, 99):6.1f} ms   max {max(values):6.1f} ms")
    print("slowest replies: " + "; ".join(f"{ms:.0f} ms «{text}»" for ms, text in sorted(slowest)[-3:]))
    print("goal: understanding + offline reply p99 ≤ 30 ms (issue 9)")


if __name__ == "__main__":
    main()
