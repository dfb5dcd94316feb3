"""Read onboarding answers: a name, an age, a goal race, days a week, a level, volume, injuries.

Each reader returns None when the answer is not there, so onboarding can take several answers from
one message ("Ana, 34 años, 4 días por semana") and re-ask only for what is missing.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import attrs

from application.understanding.body import body_parts_in, mentions_surgery, side_in
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.race import bare_distance_in, race_distance_in
from application.understanding.run_report import RunReport, parse_run_report
from application.understanding.text import fold, has_any, number, words_of
from domain.pace import KM_PER_MILE
from domain.runner import FitnessLevel, GoalRace, Units

_NO = ("no", "ninguna", "ninguno", "nada", "nunca", "none", "nope", "never", "nothing", "n/a", "na", "nah", "naa",
       "naah", "nop", "nel", "negativo", "not really", "no no", "nones", "nada que ver", "no nada", "no ninguna")
# "solo terminarla", "just finish it": no goal time, only to finish (said alone or after "no sé").
_JUST_FINISH = (r"(?:(?:solo|solamente|nomas|just|only)\s+)?(?:quiero\s+|want to\s+|to\s+)?(?:terminar\w*|acabar\w*|"
                r"completar\w*|llegar(?: a la meta)?|cruzar la meta|finish\w*|complete it|get to the finish)"
                r"(?:\s+(?:nomas|nada mas|it|la carrera|the race))?")
_SKIP = re.compile(
    r"^\W*(?:(?:nose|no se|no lo se|ni idea|idk|no idea|not sure)\W+" + _JUST_FINISH + "|" + _JUST_FINISH + "|"
    r"nose|ns|no se|no lo se|ni idea|no tengo idea|no estoy segur[oa]|paso|pasar|salta|saltar|siguiente|"
    r"prefiero no decir|omitir|skip|pass|next|idk|i don'?t know|dont know|not sure|no idea|no se todavia|"
    r"no se aun|aun no se|todavia no se|me da igual|da igual|cualquiera|cualquier dia|sin preferencia|any day|"
    r"any|whatever|doesn'?t matter|no preference|-|\.+|"
    # "any day works", "cualquier día me sirve", "flexible", "I'm flexible"
    r"(?:any ?day|any of them|anything|cualquier dia|cualquiera|todos)\s+(?:works?|is fine|is ok|me sirve|esta bien|"
    r"me va|vale)|(?:i'?m |im |soy )?flexible)\W*$")
# Laughter, filler and emojis around an answer: "soy andres jaja", "Ana xd 😅".
_FILLER = re.compile(r"(?i)(?<!\w)(?:ja(?:ja)+j?|je(?:je)+|ji(?:ji)+|ha(?:ha)+h?|he(?:he)+|xd+|lol|jsjs\w*|"
                     r"ok|okay|pues|bueno|hola|holi|hello|hi there|hi|hey|buenas|buenos dias|buenas tardes|"
                     r"buenas noches|mucho gusto|gracias|thanks)(?!\w)")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_INTRO = re.compile(r"(?i)(?:me llamo|mi nombre es|soy|soi|my name is|i am|i'm|im|call me|ll[aá]mame|dime)\s+(.+)")
# Words that follow "soy"/"I'm" without being a name.
_NOT_NAMES = {
    "principiante", "intermedio", "intermedia", "avanzado", "avanzada", "nuevo", "nueva", "de", "del", "un",
    "una", "el", "la", "corredor", "corredora", "runner", "a", "an", "the", "from", "new", "beginner",
    "intermediate", "advanced", "muy", "bien", "fine", "good", "ok", "tengo", "and", "y", "have", "years",
    "anos", "años", "quiero", "want", "not", "no", "si", "yes", "sure", "ready", "listo", "lista", "aqui",
    "here", "en", "in", "para", "for", "ecuatoriano", "ecuatoriana", "mujer", "hombre",
    # Words that open an answer to another question ("creo q el 12", "nose", "hice 7"): not a name.
    "creo", "pienso", "nose", "hice", "corri", "corro", "voy", "puedo", "seria", "sera", "bueno", "hola", "q",
    "que", "es", "mi", "tu", "yo", "me", "te", "se", "lo", "los", "las", "unos", "unas", "como", "mas", "menos",
    "think", "guess", "maybe", "probably", "ran", "run", "did", "i", "it", "is", "about", "around", "like",
}
# "soy la Dani", "soy el Pancho": the article Ecuadorians put before a first name.
_ARTICLE = re.compile(r"(?i)^(?:la|el)\s+(?=[A-Za-zÁÉÍÓÚÑáéíóúñ])")
_NAME_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñüÜ][A-Za-zÁÉÍÓÚÑáéíóúñüÜ'-]*")


def clean_answer(text: str) -> str:
    """``text`` without laughter, greetings and emojis ("soy andres jaja" -> "soy andres")."""
    text = _EMOJI.sub(" ", text)
    text = _FILLER.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;!¡?¿")


def name_in(text: str) -> str | None:
    """The runner's first name(s) as they wrote them, capitalised: "soy andres jaja" -> "Andres"."""
    raw = clean_answer(text)
    m = _INTRO.search(raw)
    candidate = _ARTICLE.sub("", m.group(1)) if m else re.sub(r"^(?:la|el|La|El)\s+(?=[A-ZÁÉÍÓÚÑ])", "", raw)
    # "Ana, 34 años, 4 días": the name is the first clause.
    candidate = re.split(r"[,;.:!?\n]|\s(?:y|and|e|tengo|i'm|im|de)\s|\d", candidate)[0].strip()
    words = candidate.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if fold(words[0]) in _NOT_NAMES or (not m and has_any(fold(candidate), _NO)):
        return None
    if any(fold(w) in _NOT_NAMES for w in words[1:]):
        words = words[:1]
    return " ".join(w[0].upper() + w[1:] for w in words)


def age_in(text: str) -> int | None:
    """"34", "tengo cincuenta y dos años", "I'm 41"; never "hace 5 años" or "4 días"."""
    f = _numbers(text)
    m = re.search(r"(?<!hace )(?<!\d)(\d{1,3})\s*(?:anos|years?|yrs|y/?o)(?!\w)(?! ago)", f)
    if m is None and not re.search(r"dias|days|veces|times|km|millas|miles|hace|ago|(?<=\d)x", f):
        m = re.search(r"(?:tengo|edad|age|i'?m|i am)\s*:?\s*(\d{1,3})(?!\d)", f) or re.fullmatch(r"\W*(\d{1,3})\W*", f)
    return int(m.group(1)) if m else None


def goal_in(text: str) -> GoalRace | None:
    """The goal race's distance: any race distance ("15k", "10 millas", "trail de 25 km"), or an
    answer that is only a distance ("15 km")."""
    folded = fold(words_to_numbers(text, "es"))
    return race_distance_in(folded) or bare_distance_in(folded)


def frequency_in(text: str) -> int | None:
    """Days a week: "4 días", "tres", "5 veces por semana", "3x semana"; never "hace 5 años"."""
    f = _numbers(text)
    m = re.search(r"(?<![\d:.,])(\d{1,2})\s*(?:dias|días|veces|days|times|x|d)(?:\s*(?:por|a la|per|a|/|each|every)?\s*"
                  r"(?:semana|week|sem|wk))?(?!\w)", f) \
        or re.search(r"(?<![\d:.,])(\d{1,2})\s*(?:por|a la|per|/)\s*(?:semana|week)", f) \
        or re.fullmatch(r"\W*(\d{1,2})\W*", f)
    return int(m.group(1)) if m else None


def level_in(text: str, answering: bool = True) -> FitnessLevel | None:
    """The level in ``text``. ``answering`` False: a message mid-conversation, where only the level's own words
    count ("new job", "empiezo el lunes", "a medio camino" say nothing of the runner's level)."""
    f = fold(text).strip(" .!")
    if answering and f in ("1", "2", "3"):
        return [FitnessLevel.BEGINNER, FitnessLevel.INTERMEDIATE, FitnessLevel.ADVANCED][int(f) - 1]
    loose_beginner = ("empezando", "nuevo", "nueva", "new", "starting", "just started", "basico", "empiezo",
                      "recien empiezo") if answering else ("new to running", "nuevo en esto", "nueva en esto",
                                                           "recien empiezo a correr")
    if has_any(f, ("principiante", "novato", "novata", "beginner", *loose_beginner)):
        return FitnessLevel.BEGINNER
    if has_any(f, ("avanzado", "avanzada", "experto", "experta", "competitivo", "advanced", "expert",
                   "competitive", "elite")):
        return FitnessLevel.ADVANCED
    if has_any(f, ("intermedio", "intermedia", "intermediate", "some experience",
                   *(("medio", "regular") if answering else ()))):
        return FitnessLevel.INTERMEDIATE
    return None


def is_no(text: str) -> bool:
    f = fold(clean_answer(text)).strip(" .!")
    return f in _NO or has_any(f, ("ninguna lesion", "sin lesiones", "no injuries", "no tengo", "nunca me he",
                                   "ninguna", "ninguno", "none"))


# "sí", "yes, a few", "claro, varias": an answer that says there is something, and not what.
_BARE_YES = frozenset("""si yes yeah yep claro obvio tuve he tenido i have had some a few one una un uno unas
    algunas algunos varias varios pocas poco bit little""".split())


def is_bare_yes(text: str) -> bool:
    words = words_of(fold(clean_answer(text)))
    return bool(words) and words[0] in ("si", "yes", "yeah", "yep", "claro") and all(w in _BARE_YES for w in words)


def is_skip(text: str) -> bool:
    """The runner passes on an optional question: "no sé", "paso", "skip"."""
    return bool(_SKIP.match(fold(clean_answer(text)) or "-"))


def says_miles(text: str) -> bool:
    """Whether a distance answer is given in miles ("22 miles", "unas 15 millas", "20 mi")."""
    return bool(re.search(r"(?<=\d)\s*(?:millas?|miles?|mi)(?!\w)", fold(text)))


def distance_km_in(text: str, units: Units = Units.KM) -> float | None:
    """A volume or a distance: "unos 30 km", "20 millas", "25"; 0 for "nada", "recién empiezo"."""
    f = _numbers(text)
    if re.search(r"(?<!\w)(?:nada|cero|ninguno|no corro|todavia no corro|recien empiezo|empezando|nothing|none|"
                 r"i don'?t run|just starting|zero)(?!\w)", f) and not re.search(r"\d", f):
        return 0.0
    m = re.search(r"(?<![\d:])(\d+(?:[.,]\d+)?)\s*(km|kms|k|kilometros?|kilometers?|millas?|miles?|mi)?(?!\w)", f)
    if not m:
        return None
    value, unit = number(m.group(1)), m.group(2)
    in_miles = unit is not None and (unit.startswith(("milla", "mile")) or unit == "mi") or \
        (unit is None and units == Units.MILES)
    return round(value * KM_PER_MILE, 2) if in_miles else value


def recent_race_in(text: str, today: date, units: Units = Units.KM) -> RunReport | None:
    """A recent race or time trial with its distance and time ("10k en 48:30 hace 3 semanas")."""
    report = parse_run_report(text, today, units)
    if report.distance_km is None and report.duration_s is not None:
        # "corrí la media ayer en 1:45", "a 15k last month in 1:20": a race named by its distance.
        named = race_distance_in(fold(words_to_numbers(text, detect_language(text))))
        if named is not None:
            report.distance_km = round(named.distance_km, 3)
            clock = re.search(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", text)
            if clock and report.duration_s / named.distance_km < 140:   # "1:45" for a half is h:mm
                report.duration_s = int(clock.group(1)) * 3600 + int(clock.group(2)) * 60
    if report.distance_km is None or report.duration_s is None or report.distance_km <= 0:
        return None
    report.is_race = True
    report.planned = False
    return report


@attrs.define(frozen=True)
class PastInjury:
    """An injury or surgery from the runner's history, not a current ache."""
    part: str
    side: str | None = None
    surgery: bool = False
    when: date | None = None           # about when (from "hace 5 años")
    words: str = ""                    # what the runner wrote


_NO_PAIN_NOW = re.compile(
    r"(?<!\w)(?:ya no (?:me )?(?:duele|molesta)|no me duele(?: nada)?|sin dolor|ya estoy bien|ya sane|"
    r"no (?:pain|hurt)s? (?:now|anymore)|no (?:longer )?(?:hurts?|pain)|doesn'?t hurt|pain[- ]free|all good now|"
    r"fully healed|healed|recuperad[oa]|curad[oa]|"
    # "me dolía la rodilla hace un mes pero ya nada", "tuve fascitis pero ya bn", "it's fine now"
    r"(?:pero|but|y|and)?\s*ya (?:nada|no(?! tanto| mucho| tan\b| siempre)|bien|bn|paso|"
    r"se (?:me )?(?:paso|quito|fue)|estoy (?:bien|bn|ok))|"
    r"(?:it'?s|its|all|feels?|is|was)?\s*(?:fine|good|ok|okay) now|gone now|went away|no (?:issues|problems) now)"
    r"(?!\w)")


def denies_pain_now(text: str) -> bool:
    """"me operaron el menisco hace 6 años, ya no me duele": history, not an open injury."""
    return bool(_NO_PAIN_NOW.search(fold(text)))


def past_injuries_in(text: str, today: date) -> list[PastInjury]:
    """'rodilla izquierda operada hace 5 años, menisco' -> a left-knee surgery about 5 years ago."""
    parts = body_parts_in(text)
    if not parts:
        return []
    f = _numbers(text)
    when = None
    m = re.search(r"(?:hace|desde hace)\s+(\d+)\s*(anos|años|meses|mes|semanas?)|(\d+)\s*(years?|months?|weeks?)\s+ago",
                  f)
    if m:
        value, unit = int(m.group(1) or m.group(3)), m.group(2) or m.group(4)
        days = value * (365 if unit.startswith(("ano", "año", "year")) else 30 if unit.startswith(("mes", "month"))
                        else 7)
        when = today - timedelta(days=days)
    return [PastInjury(part=part, side=side_in(text), surgery=mentions_surgery(text), when=when, words=text.strip())
            for part in parts]


def _numbers(text: str) -> str:
    """The answer with its number words as digits. A short answer says little about its language
    ("twenty nine" reads as Spanish): when the guess finds no number, the other language is tried."""
    cleaned = clean_answer(text)
    language = detect_language(cleaned)
    converted = words_to_numbers(cleaned, language)
    if not any(c.isdigit() for c in converted):
        converted = words_to_numbers(cleaned, "en" if language == "es" else "es")
    return fold(converted)
