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


_NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "an": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7, "seven": 7,
    "ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10, "once": 11, "eleven": 11,
    "doce": 12, "twelve": 12, "quince": 15, "fifteen": 15, "veinte": 20, "twenty": 20,
    "treinta": 30, "thirty": 30, "media": 0.5, "half": 0.5,
}


def words_to_digits(folded: str) -> str:
    """'corri cinco km' -> 'corri 5 km' (only before a unit-ish word, to keep 'a' and 'una' safe)."""
    def swap(m):
        return f"{_NUMBER_WORDS[m.group(1)]:g} {m.group(2)}"
    return re.sub(
        r"(?<!\w)(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
        r"(km|kms|kilometros?|millas?|miles?|horas?|hours?|hrs?|minutos?|minutes?|mins?|dias?|days?|veces|times)(?!\w)",
        swap, folded,
    )
