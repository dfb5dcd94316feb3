"""A tiny deterministic embedder (hashed word and character n-grams).

No model, no download: used by unit tests and as the embedder of last resort. It finds
shared words, not meanings; the README explains why the default is a real model.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Sequence


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


class HashingEmbedder:
    def __init__(self, dimension: int = 256):
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self._dimension
        words = re.findall(r"\w+", _fold(text))
        features = list(words)
        for w in words:
            padded = f"#{w}#"
            features += [padded[i:i + 4] for i in range(max(1, len(padded) - 3))]
        for f in features:
            h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "big")
            vec[h % self._dimension] += 1.0 if (h >> 63) & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]
