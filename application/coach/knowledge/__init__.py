"""The running knowledge base: short bilingual answers to terms and general questions.

A question is embedded once and compared (one matrix-vector product) with every topic's example
questions, embedded once per process and kept in memory. A topic scores the best cosine of its
examples, plus a small boost when the question names one of its terms exactly ("VDOT",
"fartlek"). There is no answer below the threshold, nor when an off-topic anchor ("recomiéndame
una película") is about as close as the best topic; the caller then says it does not know, or
offers ``suggestions`` as buttons. A question naming no running word (vocabulary.py) nor term must
be a near-copy of an example question. The alternatives let it ask which topic was meant.

    kb = KnowledgeBase(embedder)
    found = kb.answer("que es el umbral?", "es")   # KnowledgeAnswer(topic="tempo_threshold", text=…)
"""
from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

import attrs
import numpy as np

from application.coach.knowledge.off_topic import OFF_TOPIC_ANCHORS
from application.coach.knowledge.text import mentions, normalise
from application.coach.knowledge.topic import Topic
from application.coach.knowledge.topics import TOPICS
from application.coach.knowledge.vocabulary import RUNNING_WORDS
from application.messages import say
from application.ports import Embedder
from application.understanding.classifier import normalize
from application.understanding.vector_cache import cache_file, cached_vectors

__all__ = ["DEFAULT_THRESHOLD", "TOPICS", "KnowledgeAnswer", "KnowledgeBase", "Topic"]

# Calibrated on multilingual-e5-small (symmetric, the default embedder) with benchmarks.knowledge:
# held-out running questions score ~0.87-0.99 on their best topic, off-topic messages ~0.80-0.88,
# so the threshold only drops the far ones and the anchors and the running-word guard do the rest.
# Another embedder needs its own values: HashingEmbedder's cosines are much lower (held-out median
# 0.65, off-topic 0.45), threshold=0.4 answers 95 % of the held-out set (79 % right, 82 % top-1).
DEFAULT_THRESHOLD = 0.86
ANCHOR_MARGIN = 0.02      # the best topic must beat the nearest off-topic anchor by this much
NO_RUNNING_WORD = 0.93    # without a running word or term, a question must be this close to a topic
LEXICAL_BOOST = 0.02      # a named term breaks near-ties; it cannot lift a far question on its own
AMBIGUOUS_MARGIN = 0.01   # a runner-up this close makes the answer ambiguous (worth a clarifying question)


@attrs.frozen
class KnowledgeAnswer:
    topic: str                                    # the topic id
    text: str                                     # the answer with its "when to see a professional" sentence
    score: float                                  # best cosine, plus LEXICAL_BOOST if a term is named (may pass 1)
    language: str
    title: str                                    # the topic's short label (a button)
    alternatives: tuple[tuple[str, float], ...]   # other topics, best first: (id, score)

    @property
    def is_ambiguous(self) -> bool:
        return bool(self.alternatives) and self.score - self.alternatives[0][1] < AMBIGUOUS_MARGIN


def _language(language: str) -> str:
    return "en" if language == "en" else "es"


CACHE_DIR = Path(__file__).parent / "data"


class KnowledgeBase:
    def __init__(self, embedder: Embedder, topics: Sequence[Topic] = TOPICS,
                 threshold: float = DEFAULT_THRESHOLD, boost: float = LEXICAL_BOOST,
                 anchors: Sequence[str] = OFF_TOPIC_ANCHORS, anchor_margin: float = ANCHOR_MARGIN,
                 no_running_word: float = NO_RUNNING_WORD, alternatives: int = 3):
        self._embedder = embedder
        self._topics = tuple(topics)
        self._bundled = topics is TOPICS
        self._by_id = {topic.id: topic for topic in self._topics}
        self.threshold = threshold
        self._boost = boost
        self._alternatives = alternatives
        self._anchor_margin = anchor_margin
        self._no_running_word = no_running_word
        self._terms = [tuple(normalise(term) for term in topic.terms) for topic in self._topics]
        self._patterns = [tuple(re.compile(p) for p in topic.patterns) for topic in self._topics]
        # Keys are grouped by topic, the anchors last: _starts[i] is where topic i's keys begin
        # (for np.maximum.reduceat); the last group is the anchors'.
        self._keys = [question for topic in self._topics for question in topic.questions] + list(anchors)
        sizes = [len(topic.questions) for topic in self._topics]
        self._starts = np.cumsum([0] + sizes) if anchors else np.cumsum([0] + sizes[:-1])
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()

    @property
    def topics(self) -> tuple[Topic, ...]:
        return self._topics

    def topic(self, topic_id: str) -> Topic:
        return self._by_id[topic_id]

    def warm_up(self) -> None:
        """Embed the example questions now (≈ 5-8 s for E5 on two cores) instead of on the first question."""
        self._key_matrix()

    def _key_matrix(self) -> np.ndarray:
        if self._matrix is None:
            with self._lock:
                if self._matrix is None:
                    # Cached on disk beside the topics: embedding every key costs seconds at each start.
                    def embed(texts: Sequence[str]) -> np.ndarray:
                        return np.asarray(self._embedder.embed_documents(list(texts)), dtype=np.float32)
                    # Only the bundled topics are cached (a custom set, e.g. in a test, never writes a file).
                    path = cache_file(CACHE_DIR, "knowledge_keys", self._embedder) if self._bundled else None
                    vectors = cached_vectors(self._embedder, self._keys, path, embed) if path else embed(self._keys)
                    self._matrix = _unit_rows(vectors)
        return self._matrix

    def rank(self, question: str, query_vector: Sequence[float] | None = None) -> list[tuple[str, float]]:
        """Every topic with its score for ``question``, best first."""
        return self.scores(question, query_vector)[0]

    def scores(self, question: str,
               query_vector: Sequence[float] | None = None) -> tuple[list[tuple[str, float]], float]:
        """(topics best first, the nearest off-topic anchor's cosine or -1 without anchors).
        ``query_vector``: the question already embedded by the same embedder (``embed_query``), e.g.
        by the intent classifier, so it is not embedded twice."""
        matrix = self._key_matrix()
        # The question as the intent classifier embedded it: its vector is the one already computed.
        vector = self._embedder.embed_query(normalize(question)) if query_vector is None else query_vector
        query = _unit_rows(np.asarray([vector], dtype=np.float32))[0]
        grouped = np.maximum.reduceat(matrix @ query, self._starts)
        count = len(self._topics)
        scores, anchor = grouped[:count], (float(grouped[count]) if len(grouped) > count else -1.0)
        plain = normalise(question)
        for index, (terms, patterns) in enumerate(zip(self._terms, self._patterns, strict=True)):
            if any(mentions(plain, term) for term in terms) or any(p.search(plain) for p in patterns):
                scores[index] += self._boost
        order = np.argsort(-scores, kind="stable")
        return [(self._topics[i].id, float(scores[i])) for i in order], anchor

    def is_off_topic(self, question: str) -> bool:
        """Whether no topic is close enough to answer (too far, no nearer than an off-topic anchor, or
        no running word and not a near-copy of an example)."""
        ranked, anchor = self.scores(question)
        return self._rejects(question, ranked[0][1], anchor)

    def _rejects(self, question: str, best: float, anchor: float) -> bool:
        return best < self.threshold or self._unrelated(question, best, anchor)

    def _unrelated(self, question: str, best: float, anchor: float) -> bool:
        """Off topic whatever the threshold: an anchor as near, or no running word and not a near-copy."""
        if best < anchor + self._anchor_margin:
            return True
        return best < self._no_running_word and not self._names_running(normalise(question))

    def _names_running(self, plain: str) -> bool:
        if any(word in RUNNING_WORDS for word in plain.split()):
            return True
        return any(any(mentions(plain, term) for term in terms) or any(p.search(plain) for p in patterns)
                   for terms, patterns in zip(self._terms, self._patterns, strict=True))

    def answer(self, question: str, language: str,
               query_vector: Sequence[float] | None = None) -> KnowledgeAnswer | None:
        """The best topic's answer in ``language`` ("es" or "en"), or None when nothing is close enough."""
        ranked, anchor = self.scores(question, query_vector)
        best_id, best_score = ranked[0]
        if self._rejects(question, best_score, anchor):
            return None
        language = _language(language)
        return KnowledgeAnswer(
            topic=best_id, text=self.text_of(best_id, language), score=best_score, language=language,
            title=self._by_id[best_id].title(language),
            alternatives=tuple(ranked[1:1 + self._alternatives]))

    def text_of(self, topic_id: str, language: str) -> str:
        """A topic's full reply (e.g. when the runner picks it from a clarifying question's buttons)."""
        topic = self._by_id[topic_id]
        language = _language(language)
        return say(language, "knowledge_answer", answer=topic.answer(language),
                   professional=topic.professional(language))

    def suggestions(self, question: str, language: str, k: int = 3,
                    floor: float | None = None) -> list[tuple[str, str]]:
        """Up to ``k`` (topic id, button title) for a clarifying question, best first: topics scoring at
        least ``floor`` (default: the threshold minus 0.03, near misses worth offering). None for a
        question that is off topic for another reason (an anchor as near, or no running word)."""
        floor = self.threshold - 0.03 if floor is None else floor
        ranked, anchor = self.scores(question)
        if self._unrelated(question, ranked[0][1], anchor):
            return []
        language = _language(language)
        return [(topic_id, self._by_id[topic_id].title(language)) for topic_id, score in ranked[:k] if score >= floor]


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
