import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case without accents: 'Corrí 10 KM' -> 'corri 10 km'."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def has_any(folded: str, words) -> bool:
    """Whole-word (or whole-phrase) match of any of ``words`` in already-folded text."""
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def number(text: str) -> float:
    return float(text.replace(",", "."))
