"""How well does the coach understand what runners write? (issue 9, "Measured")

The master corpus ``benchmarks/data/understanding_corpus.jsonl`` (labelled bilingual messages; policy in
benchmarks/data/README.md) is split once, with a fixed seed and stratified by intent and language, into

* the TRAIN bank ``application/understanding/data/intent_examples.jsonl`` (what the classifier learns), and
* the TEST split ``benchmarks/data/understanding_test.jsonl`` (read only here; never tuned on).

    python -m benchmarks.understanding            # evaluate on the test split (E5)
    python -m benchmarks.understanding --embedder hashing
    python -m benchmarks.understanding split      # (re)write the two splits from the corpus
    python -m benchmarks.understanding tune       # 5-fold cross-validation on TRAIN only
    python -m benchmarks.understanding --blind benchmarks/data/blind/v2   # the test split, then a blind set
                                                  # of whole conversations (benchmarks/blind.py)

Evaluation prints per-intent precision/recall/F1 and macro F1, the share of test messages that would
get a clarifying question (confidence below the threshold), run-report field exactness for the LOG_RUN
test messages (the parser as it is on this branch: ``parse_runs`` if present, else
``parse_run_report``), and classification latency p50/p99 after warm-up.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from application.understanding.classifier import (
    BANK_PATH,
    DEFAULT_THRESHOLD,
    FeatureConfig,
    IntentClassifier,
    LabelledExample,
    SoftmaxRegression,
    build_features,
    normalize,
)
from domain.conversation import Intent

DATA = ROOT / "benchmarks" / "data"
CORPUS_PATH = DATA / "understanding_corpus.jsonl"
TEST_PATH = DATA / "understanding_test.jsonl"
SEED = 20261124
TEST_SHARE = 0.30
TODAY = date(2026, 11, 24)   # a Tuesday: the corpus's day offsets are relative to it


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


# --- split -----------------------------------------------------------------------------------------

def split(corpus: Sequence[dict[str, Any]], seed: int = SEED, test_share: float = TEST_SHARE
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Stratified by (intent, lang): in each group the ``round(test_share * n)`` rows that come first
    in a seeded hash order of their ids go to test (a row's rank does not depend on the other rows,
    so adding examples later moves few existing ones across)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for row in corpus:
        groups[(row["intent"], row["lang"])].append(row)
    train, test = [], []
    for key in sorted(groups):
        rows = sorted(groups[key], key=lambda r: hashlib.sha256(f"{seed}:{r['id']}".encode()).hexdigest())
        k = round(test_share * len(rows))
        test.extend(rows[:k])
        train.extend(rows[k:])
    return sorted(train, key=lambda r: r["id"]), sorted(test, key=lambda r: r["id"])


def cmd_split() -> None:
    corpus = read_jsonl(CORPUS_PATH)
    train, test = split(corpus)
    BANK_PATH.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(BANK_PATH, [{"text": r["text"], "intent": r["intent"], "lang": r["lang"]} for r in train])
    write_jsonl(TEST_PATH, test)
    print(f"corpus {len(corpus)} -> train {len(train)} ({BANK_PATH.relative_to(ROOT)}), "
          f"test {len(test)} ({TEST_PATH.relative_to(ROOT)})")
    for name in ("hashing", "e5"):   # rebuild the caches shipped next to the bank
        started = time.perf_counter()
        IntentClassifier(make_embedder(name)).warm_up()
        print(f"bank cache for {name} ready in {time.perf_counter() - started:.1f} s")


# --- embedders ---------------------------------------------------------------------------------------

def make_embedder(name: str):
    if name == "e5":
        from adapters.e5_embedder import E5Embedder
        return E5Embedder(symmetric=True)   # as bootstrap.py builds it
    from adapters.hashing_embedder import HashingEmbedder
    return HashingEmbedder()


# --- metrics -----------------------------------------------------------------------------------------

def per_intent_scores(gold: Sequence[Intent], predicted: Sequence[Intent]
                      ) -> tuple[dict[Intent, tuple[float, float, float, int]], float]:
    """{intent: (precision, recall, F1, support)} over the gold intents, and their macro F1."""
    scores = {}
    for intent in sorted(set(gold), key=lambda i: i.value):
        tp = sum(g == intent and p == intent for g, p in zip(gold, predicted))
        fp = sum(g != intent and p == intent for g, p in zip(gold, predicted))
        fn = sum(g == intent and p != intent for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[intent] = (precision, recall, f1, tp + fn)
    return scores, statistics.mean(s[2] for s in scores.values())


def forget_recent(embedder: Any) -> None:
    recent = getattr(embedder, "_recent", None)
    if recent is not None:
        recent.clear()


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


# --- run-report fields ------------------------------------------------------------------------------

def _run_parser() -> tuple[str, Callable[[str], list[Any]]]:
    """The run-report parser on this branch, as a text -> list of reports function."""
    from application.understanding import run_report
    if hasattr(run_report, "parse_runs"):
        return "parse_runs", lambda text: list(run_report.parse_runs(text, TODAY))
    return "parse_run_report", lambda text: [run_report.parse_run_report(text, TODAY)]


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _close(expected: Any, actual: Any, tolerance: float) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(float(expected) - float(actual)) <= tolerance


def _interval_matches(expected: dict[str, Any], actual: Any) -> bool:
    checks = [("reps", 0), ("rep_distance_km", 0.005), ("rep_duration_s", 1), ("pace_s_per_km", 1.0),
              ("recovery_s", 1)]
    return all(_close(expected[name], _get(actual, name), tol) for name, tol in checks if name in expected)


def run_fields_mismatches(expected_runs: Sequence[dict[str, Any]], reports: Sequence[Any]) -> list[str]:
    """Why a parse is not exact ([] when it is). Only the fields the corpus states are scored:
    distance (±5 m), duration (±1 s), given pace (±1 s/km), day, race flag, intervals."""
    if len(reports) != len(expected_runs):
        return [f"{len(reports)} runs read, {len(expected_runs)} expected"]
    problems = []
    for n, (exp, rep) in enumerate(zip(expected_runs, reports)):
        for name, tol in (("distance_km", 0.005), ("duration_s", 1.0), ("pace_s_per_km", 1.0)):
            if name in exp and not _close(exp[name], _get(rep, name), tol):
                problems.append(f"run {n + 1} {name}: {_get(rep, name)} != {exp[name]}")
        day = _get(rep, "day")
        expected_day = TODAY + timedelta(days=exp["day_offset"])
        if day != expected_day:
            problems.append(f"run {n + 1} day: {day} != {expected_day}")
        if bool(_get(rep, "is_race")) != exp["is_race"]:
            problems.append(f"run {n + 1} is_race: {_get(rep, 'is_race')} != {exp['is_race']}")
        if "intervals" in exp:
            got = _get(rep, "intervals") or ()
            if len(got) != len(exp["intervals"]) or not all(
                    _interval_matches(e, a) for e, a in zip(exp["intervals"], got)):
                problems.append(f"run {n + 1} intervals: {got!r} != {exp['intervals']}")
    return problems


# --- evaluate ----------------------------------------------------------------------------------------

def cmd_evaluate(embedder_name: str, show_errors: bool) -> dict[str, Any]:
    embedder = make_embedder(embedder_name)
    started = time.perf_counter()
    classifier = IntentClassifier(embedder)
    classifier.warm_up()
    startup_s = time.perf_counter() - started
    test = read_jsonl(TEST_PATH)
    gold = [Intent(r["intent"]) for r in test]
    guesses = [classifier.classify(r["text"]) for r in test]
    predicted = [g.intent for g in guesses]
    scores, macro_f1 = per_intent_scores(gold, predicted)
    clarify = sum(not g.is_confident for g in guesses) / len(guesses)
    wrong_confident = sum(g.is_confident and g.intent != t for g, t in zip(guesses, gold)) / len(guesses)

    print(f"Intent classifier on the TEST split ({len(test)} messages, embedder {embedder_name}, "
          f"trained on {len(classifier.examples)} bank examples, start-up {startup_s:.2f} s)")
    print(f"{'intent':<20}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>5}")
    for intent, (p, r, f1, n) in scores.items():
        print(f"{intent.value:<20}{p:>7.2f}{r:>8.2f}{f1:>7.2f}{n:>5}")
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    print(f"macro F1 {macro_f1:.3f} (goal ≥ 0.90)   accuracy {accuracy:.3f}")
    print(f"clarifying question (confidence < {classifier.threshold:.2f}): {clarify:.1%} of test messages "
          f"(goal ≤ 5 %); confident but wrong: {wrong_confident:.1%}")
    if show_errors:
        for row, guess in zip(test, guesses):
            if guess.intent.value != row["intent"] or not guess.is_confident:
                alts = ", ".join(f"{i.value} {p:.2f}" for i, p in guess.alternatives)
                print(f"  {row['intent']:<18} -> {guess.intent.value:<18} {guess.confidence:.2f} "
                      f"[{alts}]  {row['text']}")

    parser_name, parse = _run_parser()
    log_runs = [r for r in test if r["intent"] == "log_run"]
    exact, failures = 0, []
    for row in log_runs:
        try:
            problems = run_fields_mismatches(row["runs"], parse(row["text"]))
        except Exception as exc:  # noqa: BLE001 — a parser being rewritten elsewhere must not stop the benchmark
            problems = [f"{type(exc).__name__}: {exc}"]
        exact += not problems
        if problems:
            failures.append((row["text"], problems))
    fields_exact = exact / len(log_runs) if log_runs else float("nan")
    print(f"run-report fields exact ({parser_name}): {exact}/{len(log_runs)} = {fields_exact:.1%} (goal ≥ 95 %)")
    if show_errors:
        for text, problems in failures:
            print(f"  {text}\n      " + "; ".join(problems))

    texts = [r["text"] for r in test]
    for text in texts[:20]:   # warm-up
        classifier.classify(text)
    latencies = []
    for text in texts:
        forget_recent(embedder)    # the E5 adapter keeps recent vectors: time a message seen for the first time
        t0 = time.perf_counter()
        classifier.classify(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    embed_ms = []
    for text in texts:   # the embedder alone, to tell its share from the classifier's own work
        forget_recent(embedder)
        t0 = time.perf_counter()
        embedder.embed_query(normalize(text))
        embed_ms.append((time.perf_counter() - t0) * 1000)
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    print(f"classification latency after warm-up: p50 {p50:.1f} ms, p99 {p99:.1f} ms (goal p99 ≤ 30 ms); "
          f"the embedder alone: p50 {percentile(embed_ms, 50):.1f} ms, p99 {percentile(embed_ms, 99):.1f} ms")
    return {"macro_f1": macro_f1, "accuracy": accuracy, "clarify": clarify, "wrong_confident": wrong_confident,
            "fields_exact": fields_exact, "p50_ms": p50, "p99_ms": p99, "startup_s": startup_s,
            "embed_p50_ms": percentile(embed_ms, 50), "embed_p99_ms": percentile(embed_ms, 99)}


# --- tune (cross-validation on TRAIN only) ------------------------------------------------------------

def _folds(labels: Sequence[str], k: int, seed: int) -> list[np.ndarray]:
    """Stratified fold index of each example."""
    rng = random.Random(seed)
    fold_of = np.zeros(len(labels), dtype=int)
    by_label: dict[str, list[int]] = collections.defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold_of[i] = j % k
    return [np.flatnonzero(fold_of == f) for f in range(k)]


def cross_validated_probabilities(examples: Sequence[LabelledExample], embeddings: np.ndarray | None,
                                  config: FeatureConfig, k: int = 5, seed: int = SEED
                                  ) -> tuple[np.ndarray, list[Intent], np.ndarray]:
    """Out-of-fold class probabilities for every train example (features as the classifier builds them)."""
    labels = sorted({e.intent for e in examples}, key=lambda i: i.value)
    index = {intent: n for n, intent in enumerate(labels)}
    y = np.array([index[e.intent] for e in examples])
    normalized = [normalize(e.text) for e in examples]
    probs = np.zeros((len(examples), len(labels)), dtype=np.float32)
    for test_idx in _folds([e.intent.value for e in examples], k, seed):
        train_idx = np.setdiff1d(np.arange(len(examples)), test_idx)
        emb_train = embeddings[train_idx] if embeddings is not None else None
        mean = emb_train.mean(axis=0) if emb_train is not None else None
        x_train = build_features(emb_train, [normalized[i] for i in train_idx], mean, config)
        x_test = build_features(embeddings[test_idx] if embeddings is not None else None,
                                [normalized[i] for i in test_idx], mean, config)
        model = SoftmaxRegression(config.l2, config.epochs).fit(x_train, y[train_idx], len(labels))
        probs[test_idx] = model.predict_proba(x_test)
    return probs, labels, y


def choose_threshold(confidence: np.ndarray, correct: np.ndarray, max_clarify: float = 0.05,
                     wrong_cost: float = 3.0) -> float:
    """The threshold that minimises wrong actions (cost ``wrong_cost``) plus clarifying questions
    (cost 1) among those that ask on at most ``max_clarify`` of the messages."""
    best, best_cost = 0.0, float("inf")
    for t in np.arange(0.0, 0.96, 0.01):
        asked = confidence < t
        if asked.mean() > max_clarify:
            break
        cost = wrong_cost * float(np.sum(~asked & ~correct)) + float(np.sum(asked))
        if cost < best_cost:
            best, best_cost = float(round(t, 2)), cost
    return best


def cmd_tune(embedder_name: str) -> None:
    from application.understanding.classifier import load_examples
    examples = load_examples()
    embedder = make_embedder(embedder_name)
    t0 = time.perf_counter()
    embeddings = np.asarray(embedder.embed_documents([normalize(e.text) for e in examples]), dtype=np.float32)
    print(f"embedded {len(examples)} train examples in {time.perf_counter() - t0:.1f} s ({embedder_name})")
    configs = [
        ("embedding only", FeatureConfig(use_embedding=True, ngram_weight=0.0)),
        ("n-grams only", FeatureConfig(use_embedding=False, ngram_weight=1.0)),
    ] + [(f"emb + ngram w={w} l2={l2:g}", FeatureConfig(ngram_weight=w, l2=l2))
         for w in (0.2, 0.4, 0.6) for l2 in (1e-5, 1e-4, 1e-3)]
    print(f"classifier defaults: {FeatureConfig()!r}, threshold {DEFAULT_THRESHOLD}")
    print(f"{'features':<32}{'macroF1':>8}{'acc':>7}{'thr':>6}{'ask':>7}{'wrong':>7}")
    for name, config in configs:
        probs, labels, y = cross_validated_probabilities(
            examples, embeddings if config.use_embedding else None, config)
        predicted = probs.argmax(axis=1)
        _, macro = per_intent_scores([labels[i] for i in y], [labels[i] for i in predicted])
        correct = predicted == y
        confidence = probs.max(axis=1)
        threshold = choose_threshold(confidence, correct)
        asked = confidence < threshold
        print(f"{name:<32}{macro:>8.3f}{correct.mean():>7.3f}{threshold:>6.2f}{asked.mean():>7.1%}"
              f"{np.mean(~asked & ~correct):>7.1%}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="evaluate", choices=("evaluate", "split", "tune"))
    parser.add_argument("--embedder", default="e5", choices=("e5", "hashing"))
    parser.add_argument("--errors", action="store_true", help="list misclassified test messages and parse misses")
    parser.add_argument("--json", action="store_true", help="print the summary numbers as JSON at the end")
    parser.add_argument("--blind", metavar="FOLDER", help="also run a blind set of whole conversations "
                        "(benchmarks/data/blind/<set>) through the coach, scored by what it stored")
    parser.add_argument("--coach", default="offline", choices=("offline", "llm"),
                        help="which coach answers the blind set (llm: only when a provider is configured)")
    parser.add_argument("--conv", action="append", default=[], help="only these conversations of the blind set")
    parser.add_argument("--no-split", action="store_true", help="with --blind: skip the old test split")
    args = parser.parse_args(argv)
    if args.blind:
        from benchmarks.blind import blind_main
        if not args.no_split:
            summary = cmd_evaluate(args.embedder, False)
            if args.json:
                print(json.dumps(summary))
        blind_main(args.blind, args.coach, args.embedder, True, args.json, args.conv)
    elif args.command == "split":
        cmd_split()
    elif args.command == "tune":
        cmd_tune(args.embedder)
    else:
        summary = cmd_evaluate(args.embedder, args.errors)
        if args.json:
            print(json.dumps(summary))


if __name__ == "__main__":
    main()
