"""Read onboarding answers: a name, an age, a goal race, runs per week, a level."""
from __future__ import annotations

import re

from application.understanding.text import fold, has_any, words_to_digits
from domain.runner import FitnessLevel, GoalRace

_NO = ("no", "ninguna", "ninguno", "nada", "nunca", "none", "nope", "never", "nothing", "n/a", "na")


def name_in(text: str) -> str | None:
    raw = text.strip().rstrip(".!")
    m = re.search(r"(?i)(?:me llamo|mi nombre es|soy|my name is|i am|i'm|call me|llamame|llámame)\s+"
                  r"([A-Za-zÁÉÍÓÚÑáéíóúñü][\wÁÉÍÓÚÑáéíóúñü'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]*)?)", raw)
    if m:
        return m.group(1).strip().title()
    words = raw.split()
    if 1 <= len(words) <= 3 and all(re.fullmatch(r"[A-Za-zÁÉÍÓÚÑáéíóúñü'-]+", w) for w in words):
        if not has_any(fold(raw), _NO + ("hola", "hello", "hi", "hey", "buenas")):
            return " ".join(w.capitalize() for w in words)
    return None


def age_in(text: str) -> int | None:
    f = words_to_digits(fold(text))
    m = re.search(r"(\d{1,3})\s*(?:anos|years|yrs|y/o|años)", f) or re.fullmatch(r"\D*(\d{1,3})\D*", f)
    return int(m.group(1)) if m else None


def goal_in(text: str) -> GoalRace | None:
    f = fold(text)
    if has_any(f, ("media maraton", "medio maraton", "half marathon", "half", "media", "21k", "21 km", "21km")):
        return GoalRace.HALF
    if has_any(f, ("maraton", "marathon", "42k", "42 km", "42km")):
        return GoalRace.MARATHON
    if re.search(r"(?<!\d)10\s*(?:k|km|kms|mil)(?!\w)", f) or has_any(f, ("diez", "ten k")):
        return GoalRace.TEN_K
    if re.search(r"(?<!\d)5\s*(?:k|km|kms|mil)(?!\w)", f) or has_any(f, ("cinco", "five k")):
        return GoalRace.FIVE_K
    return None


def frequency_in(text: str) -> int | None:
    f = words_to_digits(fold(text))
    m = re.search(r"(?<!\d)(\d{1,2})(?:\s*(?:dias|veces|days|times|x|por|a|per|/))?", f)
    return int(m.group(1)) if m else None


def level_in(text: str) -> FitnessLevel | None:
    f = fold(text)
    if has_any(f, ("principiante", "novato", "novata", "empezando", "nuevo", "nueva", "beginner", "new",
                   "starting", "just started", "basico", "1")):
        return FitnessLevel.BEGINNER
    if has_any(f, ("avanzado", "avanzada", "experto", "experta", "competitivo", "advanced", "expert",
                   "competitive", "elite", "3")):
        return FitnessLevel.ADVANCED
    if has_any(f, ("intermedio", "intermedia", "medio", "regular", "intermediate", "some experience",
                   "2")):
        return FitnessLevel.INTERMEDIATE
    return None


def is_no(text: str) -> bool:
    f = fold(text).strip(" .!")
    return f in _NO or has_any(f, ("ninguna lesion", "sin lesiones", "no injuries", "no tengo", "nunca me he"))
