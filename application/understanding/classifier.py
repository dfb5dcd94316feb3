"""What does the runner want? A small intent classifier over the bundled embedder.

A multinomial logistic regression (numpy only) over two feature blocks of the normalised text:

* the embedder's vector (multilingual E5 in production: meaning, across Spanish and English), centred
  on the bank's mean so that the model sees what differs between messages, not what they share;
* a signed hashed bag of character 2–4-grams and words of the folded text, digits collapsed to "0"
  (robust to typos, missing accents and short keywords such as "ok", "km", "borra").

It learns at start-up from the labelled bilingual bank in ``data/intent_examples.jsonl`` (the TRAIN
split of benchmarks/data/understanding_corpus.jsonl; the test split is never read here). The bank's
vectors are cached next to it in ``intent_examples.<embedder>.npz``, keyed by a hash of the bank and
checked against a probe vector, so a start-up with a fresh cache embeds one text instead of ~560;
a stale cache is recomputed and rewritten (when the folder is writable).

Hyper-parameters and the confidence threshold were chosen by 5-fold cross-validation on the train
bank only (``python -m benchmarks.understanding tune``); below the threshold the coach asks a short
clarifying question with its best guesses instead of acting.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import unicodedata
import zlib
from collections.abc import Sequence
from pathlib import Path

import attrs
import numpy as np

from application.ports import Embedder
from application.understanding.vector_cache import cosine, model_of, write_arrays
from domain.conversation import Intent

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
BANK_PATH = DATA_DIR / "intent_examples.jsonl"

# Chosen by 5-fold cross-validation on the train bank (benchmarks/understanding.py `tune`).
DEFAULT_THRESHOLD = 0.41
NGRAM_DIM = 1024          # hashed n-gram buckets (2048 scored the same in CV)
NGRAM_WEIGHT = 0.4        # the n-gram block's norm relative to the embedding block's (1.0)
L2 = 1e-5                 # weight decay; 1e-4 and more underfit in CV
EPOCHS = 150
LEARNING_RATE = 0.1
# Bumped whenever `normalize` or the features change: it is part of the cache key.
FEATURES_VERSION = "1"

_PROBE = "hoy corrí 5 km en 30 min, me duele la rodilla 😅"

# Models trained in this process, by bank, features and embedder (probe): classifiers built again
# (a container per test, several coaches) reuse them instead of training again.
_TRAINED: dict[str, tuple[SoftmaxRegression, np.ndarray]] = {}


@attrs.define(frozen=True)
class LabelledExample:
    text: str
    intent: Intent
    lang: str = ""


@attrs.define(frozen=True)
class IntentGuess:
    intent: Intent
    confidence: float
    alternatives: tuple[tuple[Intent, float], ...] = ()   # best-first, excluding ``intent``
    threshold: float = DEFAULT_THRESHOLD

    @property
    def is_confident(self) -> bool:
        return self.confidence >= self.threshold

    def top(self, n: int = 3) -> tuple[Intent, ...]:
        """The ``n`` best guesses, e.g. for the buttons of a clarifying question."""
        return ((self.intent,) + tuple(i for i, _ in self.alternatives))[:n]


def load_examples(path: Path | str | None = None) -> list[LabelledExample]:
    """The labelled bank (default: the bundled one): one JSON object per line with ``text``,
    ``intent`` and ``lang``."""
    examples = []
    with open(path if path is not None else BANK_PATH, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                examples.append(LabelledExample(row["text"], Intent(row["intent"]), row.get("lang", "")))
    return examples


# --- normalisation ---------------------------------------------------------------------------------

# Emojis that carry the message on WhatsApp ("👍" is a whole answer); others are left to the embedder.
_EMOJI_WORDS = {
    "👍": " ok ", "👌": " ok ", "🙏": " gracias ", "✅": " listo ", "🏃": " correr ", "🏃‍♂️": " correr ",
    "🏃‍♀️": " correr ", "🚴": " bici ", "🏊": " nadar ", "🏆": " carrera ganada ", "🤕": " dolor ",
    "😣": " dolor ", "🥵": " cansado ", "😴": " dormido ",
}
_REPEATS = re.compile(r"([a-z])\1{2,}")      # "holaaa" -> "hola", "buenasss" -> "buenas"


def fold(text: str) -> str:
    """Lower-case without accents ('Corrí' -> 'corri'); 'ñ' becomes 'n' like runners who skip it."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """The one normalisation used for the bank and for incoming messages alike."""
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    text = fold(text)
    text = _REPEATS.sub(r"\1\1", text)
    # Emoji with no word of their own ("que mas pana 🤙🏽") move the embedding off the examples' more than
    # they add; a message of emoji alone keeps them.
    words = "".join(ch for ch in text if ch.isalnum() or unicodedata.category(ch) not in ("So", "Sk", "Cf"))
    words = words.replace("\ufe0f", "")
    if re.search(r"[^\W\d_]", words):
        text = words
    return " ".join(text.split())


def _ngram_vector(normalized: str, dim: int = NGRAM_DIM) -> np.ndarray:
    """Signed hashed counts of words and char 2-4-grams (digits collapsed), L2-normalised."""
    vec = np.zeros(dim, dtype=np.float32)
    words = re.findall(r"\w+|[^\w\s]", re.sub(r"\d+", "0", normalized))
    features: list[str] = [f"w:{w}" for w in words]
    for w in words:
        padded = f" {w} "
        for n in (2, 3, 4):
            features.extend(padded[i:i + n] for i in range(max(1, len(padded) - n + 1)))
    for feature in features:
        h = zlib.crc32(feature.encode())
        vec[h % dim] += 1.0 if (h >> 31) & 1 else -1.0
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


# --- model -----------------------------------------------------------------------------------------

class SoftmaxRegression:
    """Multinomial logistic regression by full-batch gradient descent with Adam (numpy only)."""

    def __init__(self, l2: float = L2, epochs: int = EPOCHS, lr: float = LEARNING_RATE):
        self.l2, self.epochs, self.lr = l2, epochs, lr
        self.w: np.ndarray | None = None
        self.b: np.ndarray | None = None

    def fit(self, x: np.ndarray, y: np.ndarray, n_classes: int) -> SoftmaxRegression:
        n, d = x.shape
        x = x.astype(np.float32)
        w = np.zeros((d, n_classes), dtype=np.float32)
        b = np.zeros(n_classes, dtype=np.float32)
        onehot = np.eye(n_classes, dtype=np.float32)[y]
        m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for t in range(1, self.epochs + 1):
            g = (_softmax(x @ w + b) - onehot) / n
            gw = x.T @ g + self.l2 * w
            gb = g.sum(axis=0)
            m_w = beta1 * m_w + (1 - beta1) * gw
            v_w = beta2 * v_w + (1 - beta2) * gw * gw
            m_b = beta1 * m_b + (1 - beta1) * gb
            v_b = beta2 * v_b + (1 - beta2) * gb * gb
            step = self.lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
            w -= step * m_w / (np.sqrt(v_w) + eps)
            b -= step * m_b / (np.sqrt(v_b) + eps)
        self.w, self.b = w, b
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        assert self.w is not None and self.b is not None
        return _softmax(x @ self.w + self.b)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@attrs.define(frozen=True)
class FeatureConfig:
    use_embedding: bool = True
    ngram_weight: float = NGRAM_WEIGHT
    ngram_dim: int = NGRAM_DIM
    l2: float = L2
    epochs: int = EPOCHS


def build_features(embeddings: np.ndarray | None, normalized: Sequence[str], mean: np.ndarray | None,
                   config: FeatureConfig) -> np.ndarray:
    """Rows of [centred, re-normalised embedding | ngram_weight * hashed n-grams]."""
    blocks = []
    if config.use_embedding and embeddings is not None:
        centred = embeddings - mean if mean is not None else embeddings
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        blocks.append(centred / np.where(norms == 0, 1, norms))
    if config.ngram_weight > 0:
        grams = np.stack([_ngram_vector(t, config.ngram_dim) for t in normalized])
        blocks.append(config.ngram_weight * grams)
    return np.hstack(blocks).astype(np.float32)


class IntentClassifier:
    """``classify(text)`` -> the most likely Intent, its probability and the next best guesses.

    Trained lazily on first use (or by ``warm_up()`` at start-up) from ``examples`` (default: the
    bundled bank). ``cache_dir``: where the bank's embeddings are cached (the package's data folder by
    default; None to never read or write a cache). Custom ``examples`` never use the cache.
    """

    def __init__(self, embedder: Embedder, examples: Sequence[LabelledExample] | None = None,
                 threshold: float = DEFAULT_THRESHOLD, config: FeatureConfig | None = None,
                 cache_dir: Path | None = DATA_DIR, max_alternatives: int = 3):
        self._embedder = embedder
        self._bank = examples is None
        self._examples = list(examples) if examples is not None else None
        self.threshold = threshold
        self._config = config or FeatureConfig()
        self._cache_dir = cache_dir if self._bank else None
        self._max_alternatives = max_alternatives
        self._lock = threading.Lock()
        self._model: SoftmaxRegression | None = None
        self._mean: np.ndarray | None = None
        self._labels: list[Intent] = []
        self._probe_vector: np.ndarray | None = None

    @property
    def examples(self) -> list[LabelledExample]:
        if self._examples is None:
            self._examples = load_examples()
        return self._examples

    def warm_up(self) -> None:
        """Train now (start-up) rather than on the first message."""
        self._ensure_trained()

    def classify(self, text: str) -> IntentGuess:
        normalized = normalize(text)
        if not normalized:
            return IntentGuess(Intent.UNKNOWN, 0.0, (), self.threshold)
        probs = self.probabilities([text])[0]
        order = np.argsort(-probs)
        best = order[0]
        alternatives = tuple((self._labels[i], float(probs[i])) for i in order[1:1 + self._max_alternatives]
                             if probs[i] >= 0.01)
        return IntentGuess(self._labels[best], float(probs[best]), alternatives, self.threshold)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, one row per text, columns in ``self.labels`` order."""
        model = self._ensure_trained()
        normalized = [normalize(t) for t in texts]
        embeddings = self._embed(normalized, batch=False) if self._config.use_embedding else None
        return model.predict_proba(build_features(embeddings, normalized, self._mean, self._config))

    @property
    def labels(self) -> list[Intent]:
        self._ensure_trained()
        return list(self._labels)

    # --- training ---

    def _ensure_trained(self) -> SoftmaxRegression:
        model = self._model
        if model is not None:
            return model
        with self._lock:
            if self._model is None:
                self._train()
            assert self._model is not None
            return self._model

    def _train(self) -> None:
        examples = self.examples
        normalized = [normalize(e.text) for e in examples]
        self._labels = sorted({e.intent for e in examples}, key=lambda i: i.value)
        key = self._cache_key(normalized, examples)
        memo_key = None
        if self._config.use_embedding:
            probe_digest = hashlib.sha256(np.round(self._probe(), 3).tobytes()).hexdigest()[:16]
            memo_key = f"{key}|{self._config!r}|{probe_digest}"
            if memo_key in _TRAINED:   # another classifier of this process (tests, several coaches)
                self._model, self._mean = _TRAINED[memo_key]
                return
        self._fit_or_load(normalized, examples, key)
        if memo_key is not None and self._model is not None and self._mean is not None:
            _TRAINED[memo_key] = (self._model, self._mean)

    def _fit_or_load(self, normalized: list[str], examples: Sequence[LabelledExample], key: str) -> None:
        cache = _BankCache(self._cache_path(), key, repr(self._config))
        if self._config.use_embedding and cache.load(self._probe()):
            if cache.model is not None and cache.labels == [i.value for i in self._labels]:
                self._model, self._mean = cache.model, cache.mean
                return
            embeddings: np.ndarray | None = cache.vectors
        else:
            embeddings = self._bank_embeddings(normalized) if self._config.use_embedding else None
        index = {intent: k for k, intent in enumerate(self._labels)}
        y = np.array([index[e.intent] for e in examples])
        self._mean = embeddings.mean(axis=0) if embeddings is not None else None
        x = build_features(embeddings, normalized, self._mean, self._config)
        self._model = SoftmaxRegression(self._config.l2, self._config.epochs).fit(x, y, len(self._labels))
        if embeddings is not None and self._mean is not None:
            cache.save(self._probe(), embeddings, self._model, self._mean, [i.value for i in self._labels])

    def _probe(self) -> np.ndarray:
        if self._probe_vector is None:
            self._probe_vector = np.asarray(self._embedder.embed_query(normalize(_PROBE)), dtype=np.float32)
        return self._probe_vector

    def _embed(self, normalized: Sequence[str], batch: bool) -> np.ndarray:
        """Query-mode vectors (E5's "query:" for short texts on both sides); a batch call is used
        only when the embedder's document mode gives the same vectors (E5 with symmetric=True)."""
        if batch:
            return np.asarray(self._embedder.embed_documents(list(normalized)), dtype=np.float32)
        return np.asarray([self._embedder.embed_query(t) for t in normalized], dtype=np.float32)

    def _bank_embeddings(self, normalized: list[str]) -> np.ndarray:
        as_document = np.asarray(self._embedder.embed_documents([normalize(_PROBE)])[0], dtype=np.float32)
        return self._embed(normalized, batch=cosine(as_document, self._probe()) > 0.9999)

    def _cache_key(self, normalized: list[str], examples: Sequence[LabelledExample]) -> str:
        cls = model_of(self._embedder)
        bank = "\n".join(f"{t}\t{e.intent.value}" for t, e in zip(normalized, examples, strict=True))
        digest = hashlib.sha256(bank.encode()).hexdigest()[:16]
        return f"{cls.__module__}.{cls.__qualname__}:{self._embedder.dimension}:v{FEATURES_VERSION}:{digest}"

    def _cache_path(self) -> Path | None:
        if self._cache_dir is None:
            return None
        slug = re.sub(r"\W+", "_", model_of(self._embedder).__name__).lower()
        return self._cache_dir / f"intent_examples.{slug}.npz"


class _BankCache:
    """The bank's vectors and the model trained on them, in one .npz next to the bank.

    Valid when the key (embedder class and dimension, features version, hash of the normalised bank)
    matches and the embedder still gives the stored vector for a probe text (same model weights); the
    model part is used only when it was trained with the same FeatureConfig."""

    def __init__(self, path: Path | None, key: str, config: str):
        self.path, self.key, self.config = path, key, config
        self.vectors: np.ndarray | None = None
        self.model: SoftmaxRegression | None = None
        self.mean: np.ndarray | None = None
        self.labels: list[str] = []

    def load(self, probe: np.ndarray) -> bool:
        if self.path is None or not self.path.exists():
            return False
        try:
            with np.load(self.path, allow_pickle=False) as cached:
                if str(cached["key"]) != self.key or cosine(cached["probe"], probe) < 0.999:
                    return False
                self.vectors = cached["vectors"].astype(np.float32)
                if str(cached["config"]) == self.config:
                    self.model = SoftmaxRegression()
                    self.model.w, self.model.b = cached["w"], cached["b"]
                    self.mean = cached["mean"]
                    self.labels = [str(v) for v in cached["labels"]]
            return True
        except (OSError, KeyError, ValueError) as exc:
            log.warning("intent cache %s unreadable (%s); re-embedding the bank", self.path, exc)
            return False

    def save(self, probe: np.ndarray, vectors: np.ndarray, model: SoftmaxRegression, mean: np.ndarray,
             labels: list[str]) -> None:
        if self.path is None:
            return
        assert model.w is not None and model.b is not None    # trained just before
        # A read-only install keeps it in memory only (write_arrays says so in the log).
        write_arrays(self.path, key=np.array(self.key), config=np.array(self.config), probe=probe,
                     vectors=vectors.astype(np.float32), w=model.w, b=model.b, mean=mean, labels=np.array(labels))
