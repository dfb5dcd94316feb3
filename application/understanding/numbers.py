"""Number words to digits ("cincuenta y dos" -> "52", "ten miles" -> "10 miles"), by text2num.

text2num's ``alpha2digit`` reads the numbers, with two edges handled first: quarters and halves
of an hour ("una hora y cuarto" would become "una hora y 4º") are rewritten to minutes, and "un",
"una", "a", "an", "dos", "two" before a unit ("una hora", "a mile", "dos días") become digits,
which alpha2digit leaves as words.
"""
from __future__ import annotations

import re
import warnings
from typing import Any

from text_to_num import alpha2digit

_ONE = r"(?:una|un|1|an|a|one)"
# (pattern, replacement) applied in order on lower-cased text, before alpha2digit sees it.
_DURATION_IDIOMS: tuple[tuple[str, Any], ...] = (
    (rf"(?<!\w){_ONE} hora y cuarto(?!\w)", "1 h 15 min"),
    (rf"(?<!\w){_ONE} hora y media(?!\w)", "1 h 30 min"),
    (rf"(?<!\w){_ONE} hora y tres cuartos(?!\w)", "1 h 45 min"),
    (r"(?<!\w)(\w+) horas y cuarto(?!\w)", r"\1 h 15 min"),
    (r"(?<!\w)(\w+) horas y media(?!\w)", r"\1 h 30 min"),
    (r"(?<!\w)tres cuartos de hora(?!\w)", "45 min"),
    (r"(?<!\w)(?:un )?cuarto de hora(?!\w)", "15 min"),
    # "media hora y cinco": 35 minutes
    (r"(?<!\w)media hora y (cinco|diez|quince|veinte|\d{1,2})(?!\w)",
     lambda m: f"{30 + ({'cinco': 5, 'diez': 10, 'quince': 15, 'veinte': 20}.get(m.group(1)) or int(m.group(1)))} min"),
    (r"(?<!\w)media hora(?!\w)", "30 min"),
    (rf"(?<!\w){_ONE} hour and a quarter(?!\w)", "1 h 15 min"),
    (rf"(?<!\w){_ONE} hour and a half(?!\w)", "1 h 30 min"),
    (rf"(?<!\w){_ONE} and a half hours?(?!\w)", "1 h 30 min"),
    (r"(?<!\w)(\w+) hours? and a quarter(?!\w)", r"\1 h 15 min"),
    (r"(?<!\w)(\w+) hours? and a half(?!\w)", r"\1 h 30 min"),
    (r"(?<!\w)(\w+) and a half hours(?!\w)", r"\1 h 30 min"),
    (r"(?<!\w)(?:half an hour|half hour)(?!\w)", "30 min"),
    (r"(?<!\w)(?:a )?quarter of an hour(?!\w)", "15 min"),
    (r"(?<!\w)three quarters of an hour(?!\w)", "45 min"),
)
_UNIT = (r"(?:horas?|hours?|h|millas?|miles?|kil[oó]metros?|km|minutos?|minutes?|d[ií]as?|days?|veces|times|"
         r"semanas?|weeks?)")
# Not the last word of a compound ("cincuenta y dos minutos", "twenty-one km"): text2num reads those whole.
_ONE_BEFORE_UNIT = re.compile(rf"(?<!\w)(?<!\by )(?<!-)(?:una|un|uno|an|a|one)\s+(?={_UNIT}(?!\w))")
_TWO_BEFORE_UNIT = re.compile(rf"(?<!\w)(?<!\by )(?<!-)(?:dos|two)\s+(?={_UNIT}(?!\w))")
_TWENTY_ONE_WORD = {"un": "veintiún", "uno": "veintiuno", "una": "veintiuna", "dos": "veintidós", "tres": "veintitrés",
                    "cuatro": "veinticuatro", "cinco": "veinticinco", "seis": "veintiséis", "siete": "veintisiete",
                    "ocho": "veintiocho", "nueve": "veintinueve"}
_TWENTY_AND = re.compile(r"(?<!\w)veinte y (un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?!\w)")
# "unos veinte", "unas tres veces": "about", not a one; alpha2digit would read "1 20". Hidden from it.
_ABOUT = re.compile(r"(?<!\w)(un[oa]s|un[a]?(?=\s+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                    r"diez)(?!\w)))(?=\s)")
# ("como un dos": the article before a number word, never "1 2")
_ABOUT_HIDDEN = "qq"


def words_to_numbers(text: str, lang: str = "es") -> str:
    """Lower-cased ``text`` with number words as digits; everything else as written."""
    lowered = text.lower()
    for pattern, replacement in _DURATION_IDIOMS:
        lowered = re.sub(pattern, replacement, lowered)
    # "veinte y cuatro" is said (and texted) for "veinticuatro"; text2num reads only the one-word form.
    lowered = _TWENTY_AND.sub(lambda m: _TWENTY_ONE_WORD[m.group(1)], lowered)
    lowered = _ONE_BEFORE_UNIT.sub("1 ", lowered)
    lowered = _TWO_BEFORE_UNIT.sub("2 ", lowered)
    with warnings.catch_warnings():   # a library warning must never reach the chat
        warnings.simplefilter("ignore")
        try:
            # The default threshold keeps "uno", "dos", "one", "two" as words unless part of a
            # bigger number ("un 10k" must not become "1 10k"); before a unit they are digits above.
            converted = alpha2digit(_ABOUT.sub(_ABOUT_HIDDEN + r"\1", lowered), "en" if lang == "en" else "es")
        except Exception:  # noqa: BLE001 - text2num failing on odd input: the words stay words
            return lowered
    converted = converted.replace(_ABOUT_HIDDEN + "un", "un")
    # "como 7 y medio en total", "siete y media km", "6 and a half miles": the half, as a decimal
    # (not a clock: "salgo a las 6 y media")
    return _AND_A_HALF.sub(lambda m: m.group(0) if re.search(r"(?:las|la|at|by)\s*$", converted[:m.start()])
                           else m.group(1) + ".5", converted)


_AND_A_HALF = re.compile(r"(?<![\d:.,])(\d{1,3}) (?:y medi[oa]|and a half)(?=\s*(?:km|k|kms|kilometros?|kilometers?|"
                         r"millas?|miles?|mi|en total|in total|total)(?!\w)|\W*$|\s*[,.;!])")
