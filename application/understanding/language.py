"""Guess whether a runner writes in Spanish or English."""
from application.understanding.text import fold

_EN = {"i", "ran", "run", "the", "my", "today", "yesterday", "hello", "hi", "miles", "mile", "knee",
       "hurts", "felt", "and", "what", "how", "want", "plan", "training", "is", "am", "me", "please",
       "english", "week", "good", "morning", "hey", "name", "years", "old"}
_ES = {"yo", "corri", "hoy", "ayer", "hola", "mi", "me", "la", "el", "que", "como", "quiero", "duele",
       "rodilla", "entrenamiento", "semana", "buenos", "buenas", "dias", "soy", "tengo", "anos", "y",
       "en", "de", "por", "favor", "espanol", "gracias", "km", "minutos", "sali", "trote"}


def detect_language(text: str, default: str = "es") -> str:
    words = fold(text).replace("?", " ").replace("!", " ").replace(",", " ").split()
    en = sum(w in _EN for w in words)
    es = sum(w in _ES for w in words)
    if en > es:
        return "en"
    if es > en:
        return "es"
    return default


def requested_language(text: str) -> str | None:
    """An explicit request to switch language ('in English please', 'háblame en español')."""
    f = fold(text)
    if "english" in f or "ingles" in f:
        return "en"
    if "espanol" in f or "spanish" in f:
        return "es"
    return None
