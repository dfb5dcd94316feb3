import functools
import re
import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lower-case without accents: 'Corrí 10 KM' -> 'corri 10 km'."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def words_of(folded: str) -> list[str]:
    """The words of already-folded text, without the punctuation around them: 'si, dale!' -> ['si', 'dale']."""
    return [w for w in (w.strip(".,;:!¡?¿") for w in folded.split()) if w]


def has_any(folded: str, words: Iterable[str]) -> bool:
    """Whole-word (or whole-phrase) match of any of ``words`` in already-folded text."""
    key = tuple(sorted(words)) if isinstance(words, (set, frozenset)) else tuple(words)
    return _whole_words(key).search(folded) is not None


@functools.lru_cache(maxsize=1024)
def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of words, compiled once: the understanding asks for the same lists
    for every message (it was a regex per word per call)."""
    if not words:
        return re.compile(r"(?!)")             # matches nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def number(text: str) -> float:
    return float(text.replace(",", "."))
