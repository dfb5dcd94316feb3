"""How well does the knowledge base find the right topic for questions it has never seen?

The held-out set (benchmarks/knowledge_questions.py, kept out of the retrieval keys) is ranked by
the default embedder (multilingual-e5-small, symmetric, as bootstrap builds it). Printed:

- top-1 / top-3 accuracy over all held-out questions (ranking only, ignoring the threshold);
- answered: share of held-out questions scoring above the threshold, and top-1 accuracy among them;
- off-topic: share of non-running messages the knowledge base (wrongly) answers;
- ms per answer after warm-up (one query embedding + a matrix-vector product), p50 / p99, and the
  same without the embedding (the vector passed in): the knowledge base's own cost.

    .venv/bin/python -m benchmarks.knowledge             # summary
    .venv/bin/python -m benchmarks.knowledge --misses    # and every wrong top-1
    .venv/bin/python -m benchmarks.knowledge --sweep     # answered / off-topic at other thresholds and margins
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.e5_embedder import E5Embedder
from application.coach.knowledge import KnowledgeBase
from benchmarks.knowledge_questions import HELD_OUT, OFF_TOPIC


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every wrong top-1")
    parser.add_argument("--sweep", action="store_true", help="answered / off-topic answered at other thresholds")
    args = parser.parse_args(argv)

    kb_embedder = E5Embedder(symmetric=True)
    kb = KnowledgeBase(kb_embedder)
    started = time.perf_counter()
    kb.warm_up()
    warm_s = time.perf_counter() - started
    keys = sum(len(topic.questions) for topic in kb.topics)

    cases = [(question, topic) for topic, questions in HELD_OUT.items() for question in questions]
    timings: list[float] = []
    results: list[tuple[str, str, list[tuple[str, float]], float, bool]] = []
    for question, expected in cases:
        t0 = time.perf_counter()
        found = kb.answer(question, "es")
        timings.append((time.perf_counter() - t0) * 1000)
        ranked, anchor = kb.scores(question)
        results.append((question, expected, ranked, anchor, found is not None))
    off = [(question, *kb.scores(question)) for question in OFF_TOPIC]
    # The knowledge base's own cost, the question already embedded (as when the classifier's vector is reused).
    vectors = [kb_embedder.embed_query(question) for question, _ in cases]
    own: list[float] = []
    for (question, _), vector in zip(cases, vectors):
        t0 = time.perf_counter()
        kb.answer(question, "es", query_vector=vector)
        own.append((time.perf_counter() - t0) * 1000)
    own.sort()
    off_answered = [question for question in OFF_TOPIC if kb.answer(question, "en") is not None]

    n = len(cases)
    top1 = sum(ranked[0][0] == expected for _, expected, ranked, _, _ in results)
    top3 = sum(expected in [t for t, _ in ranked[:3]] for _, expected, ranked, _, _ in results)
    answered = [(expected, ranked) for _, expected, ranked, _, ok in results if ok]
    answered_right = sum(ranked[0][0] == expected for expected, ranked in answered)
    timings.sort()
    print(f"knowledge base: {len(kb.topics)} topics, {keys} keys (embedded in {warm_s:.1f} s); "
          f"held-out: {n} questions, off-topic: {len(OFF_TOPIC)}; threshold {kb.threshold}")
    print(f"top-1 accuracy     {top1 / n:6.1%}  ({top1}/{n})")
    print(f"top-3 accuracy     {top3 / n:6.1%}  ({top3}/{n})")
    print(f"answered           {len(answered) / n:6.1%}  ({len(answered)}/{n}), "
          f"right when answered {answered_right / max(1, len(answered)):6.1%}")
    print(f"off-topic answered {len(off_answered) / len(OFF_TOPIC):6.1%}  ({len(off_answered)}/{len(OFF_TOPIC)})"
          + (f": {off_answered}" if off_answered else ""))
    print(f"ms per answer      p50 {statistics.median(timings):.1f}  p99 {timings[int(0.99 * (n - 1))]:.1f}"
          f"  (of which without the query embedding: p50 {statistics.median(own):.2f}  "
          f"p99 {own[int(0.99 * (n - 1))]:.2f})")

    if args.sweep:
        for threshold in (0.84, 0.85, 0.86, 0.87, 0.88):
            for margin in (0.0, 0.01, 0.02, 0.03):
                ok = sum(r[0][1] >= max(threshold, a + margin) for _, _, r, a, _ in results)
                bad = sum(r[0][1] >= max(threshold, a + margin) for _, r, a in off)
                print(f"  threshold {threshold:.2f} anchor margin {margin:.2f}: answered {ok / n:6.1%}, "
                      f"off-topic answered {bad / len(off):6.1%}")
    if args.misses:
        for question, expected, ranked, _, _ in results:
            if ranked[0][0] != expected:
                print(f"  MISS {question!r}: expected {expected}, got "
                      + ", ".join(f"{t} {s:.3f}" for t, s in ranked[:3]))
        for question, expected, ranked, anchor, ok in results:
            if not ok:
                print(f"  NOT ANSWERED {question!r}: {ranked[0][0]} {ranked[0][1]:.3f}, anchor {anchor:.3f}")
        for question, ranked, anchor in off:
            print(f"  off-topic {question!r}: {ranked[0][0]} {ranked[0][1]:.3f}, anchor {anchor:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
