"""Text normalisation shared by the lexical boost and the key checks: lower case, no accents."""
from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9%]+")


def normalise(text: str) -> str:
    """'¿Qué es el VDOT?' -> 'que es el vdot' (accents and punctuation out, one space between words)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", plain).strip()


def mentions(normalised_text: str, term: str) -> bool:
    """Whether ``term`` (already normalised) appears as whole words in ``normalised_text``."""
    return f" {term} " in f" {normalised_text} "
