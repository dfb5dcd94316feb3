"""Vectors of fixed texts (the intent bank, the knowledge base's questions) cached on disk.

Embedding a few hundred texts with E5 costs seconds at every start; the vectors only change when
the texts or the embedder do. A cache file holds the vectors with a key (embedder class, dimension,
a hash of the texts) and a probe vector that catches a changed model behind the same class name. A
stale or unreadable file is recomputed and rewritten; a read-only install keeps the vectors in memory.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from application.ports import Embedder

log = logging.getLogger(__name__)

PROBE = "hoy corrí 8 km en 45 min"


def model_of(embedder: Embedder) -> type:
    """The class whose vectors these are: a stand-in for an embedder that could not be built
    (adapters/degraded.py) embeds with its fallback's model, and shares its cache."""
    return type(getattr(embedder, "working_part", None) or embedder)


def cache_key(embedder: Embedder, texts: Sequence[str], version: str = "") -> str:
    cls = model_of(embedder)
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    return f"{cls.__module__}.{cls.__qualname__}:{embedder.dimension}:{version}:{digest}"


def cached_vectors(embedder: Embedder, texts: Sequence[str], path: Path | None,
                   embed: Callable[[Sequence[str]], np.ndarray], probe_text: str = PROBE,
                   version: str = "") -> np.ndarray:
    """``embed(texts)``'s vectors, read from ``path`` when it holds them for these texts and this
    embedder, else computed and written there."""
    probe = np.asarray(embed([probe_text])[0], dtype=np.float32)
    key = cache_key(embedder, texts, version)
    if path is not None and path.exists():
        try:
            with np.load(path, allow_pickle=False) as cached:
                if str(cached["key"]) == key and cosine(cached["probe"], probe) > 0.999:
                    return np.asarray(cached["vectors"], dtype=np.float32)
        except (OSError, KeyError, ValueError) as exc:
            log.warning("vector cache %s unreadable (%s); recomputing", path, exc)
    vectors = np.asarray(embed(texts), dtype=np.float32)
    if path is not None:
        write_arrays(path, key=np.array(key), probe=probe, vectors=vectors.astype(np.float32))
    return vectors


def write_arrays(path: Path, **arrays: np.ndarray) -> bool:
    """Write a cache file atomically (readable by every user of a shared install); False when the
    folder is read-only: the caller keeps what it computed in memory only."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)    # type: ignore[arg-type]
        os.chmod(tmp, 0o644)         # mkstemp's 0600 would hide it from other users of a shared install
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.info("cache not written to %s: %s", path, exc)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        return False


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    if a.shape != b.shape:
        return -1.0
    denom = float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0
    return float(a @ b) / denom


def cache_file(folder: Path | None, stem: str, embedder: Embedder) -> Path | None:
    """Where the vectors of ``stem`` for this embedder live, e.g. ``intent_examples.e5embedder.npz``."""
    if folder is None:
        return None
    import re
    slug = re.sub(r"\W+", "_", model_of(embedder).__name__).lower()
    return folder / f"{stem}.{slug}.npz"
