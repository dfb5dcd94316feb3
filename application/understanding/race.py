"""Read the runner's race: "mi media maratón es el 15 de marzo", "I want to run a sub-4 marathon",
"quiero bajar de 50 min en los 10k de la Ruta de las Iglesias en abril", "no tengo carrera"."""
from __future__ import annotations

import re
from datetime import date

import attrs

from application.understanding.dates import find_day
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold, number
from domain.runner import GoalRace

_NO_RACE = re.compile(
    r"(?<!\w)(?:no tengo (?:ninguna |una )?carrera|no tengo ninguna|sin carrera|ninguna carrera|no hay carrera|"
    r"todavia no tengo|aun no tengo|no race|no races|no upcoming race|not training for a race|"
    r"not registered|no tengo fecha|nothing planned|none planned|no,? (?:no )?tengo)(?!\w)")
# Any race distance: the half and the marathon by name, "10 millas" / "10 miles", "15k", "30K",
# and "N km" where the words around say it is a race ("trail de 25 km", "una carrera de 12 km",
# "la de 8 km") — never "corro 30 km por semana".
_HALF = (r"media maraton|medio maraton|half marathon|half|21(?:[.,]1)? ?km?|1/2 maraton|(?<=la )media|"
         r"(?<=mi )media|(?<=una )media|(?<=the )half")
_MARATHON = r"maraton|marathon|42(?:[.,]2)? ?km?"
_NUMBER = r"(\d{1,3}(?:[.,]\d{1,3})?)"
_PER_WEEK = r"(?!\s*(?:por|a la|al|per|a|1|each|every|/|x)\s*(?:semana|week|sem|wk|dia|day|mes|month))(?!\s*semanal)"
_BY_NUMBER: tuple[tuple[str, float], ...] = (
    (rf"{_NUMBER}\s*(?:millas|milla|miles|mile|milers?|mi)(?!\w){_PER_WEEK}", 1.609344),   # "a 10 miler"
    (rf"{_NUMBER}\s*k(?!\w){_PER_WEEK}", 1.0),
    (rf"(?:carrera|race|trail|competencia|prueba|ultra|run|correr|la|una|el|un|mi|my|a|the|objetivo|goal|"
     rf"meta)\s+(?:de\s+|of\s+)?{_NUMBER}\s*(?:km|kms|kilometros|kilometers|kilometres|mil)(?!\w){_PER_WEEK}", 1.0),
)
# "sub-4", "sub 1:45", "bajar de 50 min", "en menos de 2 horas", "under 3:30", "break 50", "en 1:50",
# "goal 45 min", "meta 3h45".
_GOAL = re.compile(
    r"(?<!\w)(?:sub[- ]?|bajar de\s+|bajar los\s+|menos de\s+|por debajo de\s+|under\s+|break(?:ing)?\s+|"
    r"in under\s+|en\s+|in\s+|goal(?: time)?(?: of| is|:)?\s+|meta(?: de|:)?\s+|objetivo(?: de|:)?\s+|"
    r"tiempo objetivo(?: de|:)?\s+|hacer\s+|terminar en\s+|finish in\s+|(?:still )?want\s+|(?:sigo )?quiero\s+|"
    r"meta\W+(?:\w+\W+){0,3}?|goal\W+(?:\w+\W+){0,3}?|target\s+|pongamos\s+|ponle\s+|make it\s+|"
    r"go for\s+|going for\s+|aim for\s+|shoot for\s+|ir por\s+|(?:still\s+)?aim\s+(?=(?:sub[- ]?)?\d)|"
    # "Want to go 1:27 if you think it's doable", "I'd be happy with 2:45", "me conformo con 2:10"
    r"(?:want|wanna|like|hoping|hope) to (?:go|do|run|finish in)\s+|happy with\s+|me conformo con\s+|"
    # "Still hoping for 3:30", "aiming at 1:45", "espero hacer 50"
    r"(?:hoping|hope) for\s+|aiming (?:at|for)\s+|espero (?:hacer|bajar de)\s+|(?:le )?apunto a\s+|apuntarle a\s+|"
    r"feliz con\s+)"
    r"(?:(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d+(?:[.,]\d+)?)\s*(?:h|horas?|hours?|hrs?)\s*"
    # ("2 horas y 5 min", "1 hour and 55 minutes")
    r"(?:(?:y|and|con)\s+)?(\d{1,2})?(?:\s*(?:min|minutos?|minutes?|mins?)(?!\w))?"
    r"|(\d+(?:[.,]\d+)?)\s*(?:min|minutos?|minutes?|mins?|')?)(?![\w:])"
    # "4 days a week", "10 km", "3 veces": a count of something else, not a time
    r"(?!\s*(?:days?|dias?|veces|times|x|km|kms|k|mi|miles?|millas?|semanas?|weeks?|years?|anos|meses|months?)\b)"
    # "nueva meta: maratón de Guayaquil 4 de octubre": a day of the month, not 4 hours
    r"(?!\s*(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)")
_NAME_ES = re.compile(
    r"(?i:(?:media\s+)?marat[oó]n|medio marat[oó]n|(?<=la )media|(?<=mi )media|\d{1,2}\s?km?|carrera)\s+"
    r"(?:de\s+(?:la\s+|el\s+|los\s+)?|del\s+)"
    # The place's first word may come in lower case, as WhatsApp is written ("la 15k de quito").
    r"((?!(?:el|la|los|las|este|esta|mi|en|a|hoy|manana|mañana|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)\b)[A-Za-zÁÉÍÓÚÑáéíóúñ][\wáéíóúñ]*"
    r"(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*)")
_NAME_EN = re.compile(r"(?:the\s+)?((?:[A-Z][\w']*\s+){1,3})"
                      r"(?:Half Marathon|Half|Marathon|marathon|half|\d{1,2}[kK]\b)")

# As WhatsApp is written, the answer "chicago marathon oct 10" starts with the place in lower case.
_NAME_EN_LOWER = re.compile(r"(?:the\s+)?([a-z][a-z']+(?:\s+[a-z][a-z']+)?)\s+(?:half marathon|marathon|half)(?!\w)")
# "training for the london marathon", "running the berlin half": a lower-case name after "the".
_NAME_EN_AFTER = re.compile(r"(?<=\bthe )([a-z][a-z']+(?:\s+[a-z][a-z']+)?)\s+(?:half marathon|marathon|half)(?!\w)")
_NOT_A_PLACE = frozenset("""i my a an the want wanna run running do doing first next last full half big local road
    trail city fall spring summer winter this that another some upcoming virtual ultra mini training
    signed registered entered gonna going to for of in on at and or just only one two thinking considering maybe
    instead doing""".split())


@attrs.define(frozen=True)
class RaceInfo:
    has_race: bool | None = None        # False: "no tengo carrera"; None: not said
    goal_race: GoalRace | None = None
    race_date: date | None = None
    race_name: str | None = None
    goal_time_s: int | None = None
    date_approximate: bool = False      # only a month was said ("en abril": the 1st is kept)


# "el full instead of the half", "la 10K en vez de la media": the race given up is not the new one.
_GIVEN_UP = re.compile(r"(?<!\w)(?:instead of|rather than|en vez del?|en lugar del?|no la|not the)\s+"
                       # up to the new race's verb: "en vez del 5k de febrero | me preparo para un 10k"
                       r"(?:(?!(?:me|i|i'?ll|hago|corro|voy|do|run|go|prepar\w*|entreno)(?!\w))[^.,;!?\n\s]+\s*){1,6}"
                       # "la de 10k de marzo ya no la corro", "dropping the 10k": the clause of the race left
                       r"|[^.,;!?\n]*(?<!\w)(?:ya no (?:la |lo )?(?:corro|hago|voy)|ya no va|no longer|dropping|"
                       r"not doing|not running|skipping)(?!\w)[^.,;!?\n]*"
                       # "ya no quiero la 10k de abril, me voy a meter a la media…": the race no longer wanted
                       r"|(?<!\w)(?:ya no quiero|ya no (?:voy a|pienso) (?:hacer|correr)|no quiero|don'?t want|"
                       r"skip|drop|forget)\s+(?:hacer\s+|correr\s+|to do\s+|to run\s+)?(?:la|el|the|my|mi)\s+"
                       r"[^.,;!?\n]*")
# "cambiar mi objetivo a la carrera de 10 km", "me cambio al Trail 35K", "change my goal to …": the new race
# comes after these words; what comes before (the race given up, the doctor's advice) is not it.
_CHANGED_TO = re.compile(r"(?<!\w)(?:cambi\w*(?:\s+(?:mi|el|la|de)\s+(?:objetivo|meta|carrera|goal))?\s+"
                         r"(?:a|al|a la|por)|"
                         r"me (?:cambio|cambie|paso|pase)\s+(?:a|al|a la)|"
                         r"(?:change|switch)\w*(?:\s+(?:my|the)\s+(?:goal|race|target)(?:\s+race)?)?\s+to|"
                         r"switching to|moving to|"
                         # "Cambiemos el objetivo: el 10K de…", "new goal: …", "nueva meta: …"
                         r"cambi\w*\s+(?:mi|el|la|de)\s+(?:objetivo|meta|carrera|goal)\s*:|"
                         r"(?:nueva meta|nuevo objetivo|new goal|new race|nueva carrera)\s*:?|"
                         r"(?:mejor|better)\s+(?:me voy por|me apunto a|hago|do|run)|me voy por|"
                         r"si voy (?:pal|para el|para la)|quiero (?:hacer |correr )?la de|me voy a (?=la|el))(?!\w)")


# "I can't do the Manchester half now… I've entered the Abbey Dash 10K in Leeds on 7 November instead": the race
# entered in place of another is named after "entered".
_ENTERED = re.compile(r"(?<!\w)(?:i'?ve entered|i entered|i'?ve signed up for|i signed up for|signed up for|"
                      r"registered for|me inscribi (?:en|a|para)|me apunte (?:a|en|para)|me anote (?:a|en|para))(?!\w)")
_IN_PLACE = re.compile(r"(?<!\w)(?:instead|en vez|en lugar|ya no|no longer|can'?t do|cannot do|won'?t (?:do|make)|"
                       r"no (?:voy a )?(?:puedo|podre) (?:hacer|correr|ir)|no alcanzo)(?!\w)")


def _change_point(f: str) -> re.Match[str] | None:
    """Where the new race starts being named: after "me cambio a", "switching to", or "entered" (when it is
    entered in place of another)."""
    # (the last one said: "ya no quiero hacer la de 5K…, quiero la de 10K de Santo Domingo")
    changed = list(_CHANGED_TO.finditer(f))
    return changed[-1] if changed else (_ENTERED.search(f) if _IN_PLACE.search(f) else None)


# "…the Cubbon Park 5K on 5th March so I'm changing my race to that one": the new race was named before.
_THAT_ONE = re.compile(r"^\W*(?:that|this|it|esa|esta|ese|este|aquella|aquel|la misma|el mismo)(?:\s+(?:one|race|"
                       r"carrera|instead|then|entonces|mejor))?(?!\w)")


def new_race_words(f: str) -> str:
    """The part of the message that names the new goal race (all of it when no change is said)."""
    changed = _change_point(f)
    part = f[changed.end():] if changed else f
    if changed and _THAT_ONE.search(part):
        part = f[:changed.start()]
    return _GIVEN_UP.sub(" ", part)


# The World Marathon Majors and the other big city marathons, named with no distance ("so london is my race
# now", "got a place for Berlin"): the race there is a marathon.
_MAJORS = re.compile(r"(?<!\w)(?:london|boston|berlin|chicago|new york|nyc|tokyo|sydney|valencia|paris|amsterdam|"
                     r"rotterdam|seville|sevilla)(?!\w)")


def _a_major(folded: str) -> GoalRace | None:
    return GoalRace.of_km(42.195) if _MAJORS.search(folded) else None


def parse_race(text: str, today: date) -> RaceInfo | None:
    """What ``text`` says of the runner's race, or None when it says nothing about one."""
    f = fold(words_to_numbers(text, detect_language(text)))
    if _NO_RACE.search(f):
        return RaceInfo(has_race=False)
    new_part = new_race_words(f)
    major = None if race_distance_in(new_part) or race_distance_in(f) else _MAJORS.search(new_part)
    distance = race_distance_in(new_part) or race_distance_in(f) or _a_major(new_part)
    found = find_day(new_part, today, "future") if new_part != f else None
    found = found if found and found[0] > today else find_day(_GIVEN_UP.sub(" ", f), today, "future")
    # A race to train for is ahead: "hoy", "ayer" or a past date belong to a run, not to it.
    race_date, approximate = (found[0], found[2]) if found and found[0] > today else (None, False)
    folded = fold(text)
    if len(folded) == len(text):
        # The race given up is not named as the new one: "la de 10k de marzo ya no la corro".
        for m in reversed(list(_GIVEN_UP.finditer(folded))):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    changed = _change_point(fold(text))
    name = None
    if changed and len(fold(text)) == len(text):
        after = text[changed.end():]
        name = race_name_in(text[:changed.start()] if _THAT_ONE.search(fold(after)) else after)
    name = name or race_name_in(text)
    if name is None and major is not None:      # "got a place for Tokyo": the Tokyo Marathon
        city = major.group(0).title() if major.group(0) != "nyc" else "New York"
        name = f"{city} Marathon" if detect_language(text) == "en" else f"Maratón de {city}"
    goal = goal_time_in(f, distance)
    if distance is None and race_date is None and name is None and goal is None:
        return None
    has_race = True if (race_date or name) else None
    return RaceInfo(has_race=has_race, goal_race=distance, race_date=race_date, race_name=name,
                    goal_time_s=goal, date_approximate=approximate)


_A_RACE_PACE = re.compile(r"(?<!\w)(?:a\s+)?ritmo\s+(?:de\s+)?(?:media\s+)?(?:maraton|media|carrera|10k|5k|21k)(?!\w)|"
                          r"(?<!\w)(?:half\s+)?(?:marathon|half|10k|5k|race|hm|mp)\s+pace(?!\w)")


def race_distances_in(folded: str) -> list[GoalRace]:
    """Every race distance ``folded`` names, in the order written."""
    found: list[tuple[int, GoalRace]] = []
    folded = _A_RACE_PACE.sub(lambda m: " " * len(m.group(0)), folded)   # "10 a ritmo maratón" is a pace
    for named, pattern in ((GoalRace.HALF, _HALF), (GoalRace.MARATHON, _MARATHON)):
        found += [(m.start(), named) for m in re.finditer(rf"(?<![\w.])(?:{pattern})(?!\w)", folded)]
    for pattern, unit_km in _BY_NUMBER:
        for m in re.finditer(rf"(?<![\w.:,]){pattern}", folded):
            km = number(m.group(1)) * unit_km
            if 1.0 <= km <= 250.0:
                found.append((m.start(1), GoalRace.of_km(km)))
    return [race for _, race in sorted(found, key=lambda x: x[0])]


def race_distance_in(folded: str) -> GoalRace | None:
    """The first race distance ``folded`` names (any distance from 1 to 250 km), or None: "seoul marathon
    instead… or should i just do a half?" is about the marathon."""
    found = race_distances_in(folded)
    return found[0] if found else None


def bare_distance_in(folded: str) -> GoalRace | None:
    """An answer that is only a distance ("15 km", "30", "10 millas"): the goal question's reply."""
    m = re.fullmatch(r"\W*(\d{1,3}(?:[.,]\d{1,3})?)\s*(km|kms|k|kilometros|millas|miles|milers?|mi)?\W*", folded)
    if not m:
        return None
    km = number(m.group(1)) * (1.609344 if m.group(2) in ("millas", "miles", "miler", "milers", "mi") else 1.0)
    return GoalRace.of_km(km) if 1.0 <= km <= 250.0 else None


def race_name_in(text: str) -> str | None:
    """The race's name as written: "10k de la Ruta de las Iglesias", "media maratón de Quito", "Boston Marathon"."""
    m = _NAME_ES.search(text)
    if m:
        place = m.group(1)
        return (m.group(0)[:m.start(1) - m.start(0)] + place[:1].upper() + place[1:]).strip()
    m = _NAME_EN.search(text)
    if m and not re.match(r"(?i)(?:i|my|a|the|want|run)\b", m.group(1).strip()):
        return m.group(0).strip().removeprefix("the ").removeprefix("The ")
    m = _NAME_EN_LOWER.match(text.strip()) or _NAME_EN_AFTER.search(text)
    if m:
        # "thinking seoul marathon instead": the words before the place are not its name.
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_A_PLACE | {"the"}:
            words.pop(0)
        place = words[:-1]       # (the pattern ends with "marathon" or "half")
        if place and not {w.lower() for w in place} & _NOT_A_PLACE:
            return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


_OLD_GOAL = re.compile(r"(?<!\w)(?:ya no|no longer|not|no mas|instead of|en vez de)(?!\w)")


# "Something around 2:10 would make me happy", "1:45 sería un sueño": the time wished for, said before the wish
_WISHED_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:would (?:make me (?:very )?happy|"
                          r"be (?:great|nice|amazing|"
                          r"a dream|perfect))|me haria feliz|seria (?:un sueno|perfecto|genial|bacan)|estaria bien)")


def goal_time_in(folded: str, distance: GoalRace | None) -> int | None:
    """A goal time in seconds; "sub-4" is hours for a marathon, minutes for a 10k ("sub-40")."""
    wished = _WISHED_TIME.search(folded)
    if wished:
        a, b, c = int(wished.group(1)), int(wished.group(2)), wished.group(3)
        long_race = distance.distance_km > 12 if distance is not None else a < 2
        seconds = a * 3600 + b * 60 + int(c) if c else (a * 3600 + b * 60 if long_race else a * 60 + b)
        if _plausible(seconds, distance):
            return seconds
    for m in _GOAL.finditer(folded):
        clock_h, clock_m, clock_s, hours, hours_min, bare = m.groups()
        number_at = m.start(next(i for i in range(1, 7) if m.group(i) is not None))
        before = re.split(r"[,.;:!?]", folded[max(0, m.start() - 20):m.start()])[-1]
        if _OLD_GOAL.search(before + folded[m.start():number_at]):
            continue       # "meta ya no 38, pongamos 39": the old time, given up

        if clock_h is not None:
            a, b = int(clock_h), int(clock_m)
            if clock_s is not None:
                seconds = a * 3600 + b * 60 + int(clock_s)
            else:
                # h:mm for a long race, mm:ss for a 5k or 10k (no one finishes a 10k in 50 hours);
                # whichever is a plausible time for the distance.
                long_race = (distance.distance_km > 12 if distance is not None else a < 2)
                seconds = a * 3600 + b * 60 if long_race else a * 60 + b
                if not _plausible(seconds, distance) and _plausible(a * 3600 + b * 60, distance):
                    seconds = a * 3600 + b * 60
        elif hours is not None:
            seconds = round(number(hours) * 3600 + (int(hours_min) * 60 if hours_min else 0))
        else:
            value = number(bare)
            after = folded[m.end(6):m.end(6) + 3]
            unit_said = bool(re.match(r"\s*(?:min|')", folded[m.start(6) + len(bare):m.end()] or after))
            if value < 10 and not unit_said:
                seconds = round(value * 3600)      # "sub-4": hours
            elif 10 <= value <= 300:
                seconds = round(value * 60)         # "bajar de 50": minutes
            else:
                continue
        if _plausible(seconds, distance):
            return seconds
    return None


def _plausible(seconds: int, distance: GoalRace | None) -> bool:
    # Faster than ~2:20/km or slower than ~15:00/km is not a race time for that distance.
    if distance is None:
        return 600 <= seconds <= 8 * 3600
    pace = seconds / distance.distance_km
    return 140 <= pace <= 900


# "¿cómo se ve mi temporada?", "what's my longest run before the race?", "¿mi meta es realista?",
# "cuándo empieza el taper": the season at a glance and the goal's fitness.
_SEASON = re.compile(
    r"(?<!\w)(?:temporada|season|fondo mas largo|tirada mas larga|(?:el |mi )?longest run|long run mas largo|"
    r"semana mas (?:fuerte|dura|larga)|peak week|biggest week|taper|afinamiento|"
    # "¿cuántas semanas faltan?", "cuánto me falta pa la media?", "how many weeks till race day?"
    r"cuant[oa]s? (?:semanas|dias|meses) (?:me |nos )?(?:faltan|quedan)|cuanto (?:tiempo )?(?:me |nos )?(?:falta|queda)"
    r"\s+(?:pa|para|hasta) (?:la|el|mi)|(?:semanas|dias) (?:faltan|quedan) (?:pa|para|hasta)|"
    r"how (?:many )?(?:weeks|days|months) (?:until|till|til|to|left|before|away|do i have|to go)|"
    r"how long (?:until|till|til|to go|do i have)|(?:weeks|days) (?:left|to go) (?:until|till|to|before)|"
    r"(?:meta|objetivo|goal|tiempo)\s+(?:es\s+)?realista|(?:is|es)\s+(?:my|mi)\s+(?:goal|meta|objetivo)\s+"
    r"(?:realistic|realista)|realistic goal|llego a (?:mi|la) (?:meta|objetivo|marca)|"
    r"can i (?:run|make|hit|get)\s+(?:a\s+)?(?:sub|my goal)|puedo (?:bajar|hacer) (?:de\s+)?(?:sub|mi meta)|"
    # "is sub 27 even realistic off a 4:52 mile", "¿1:45 es realista?"
    r"(?:sub[- ]?\d[\d:]*|\d{1,2}:\d\d(?::\d\d)?)\s+(?:\w+\s+){0,2}(?:realistic|realista|posible|possible|doable|"
    r"achievable|alcanzable))(?!\w)")


def asks_about_season(text: str) -> bool:
    """Whether ``text`` asks for the season at a glance or how realistic the goal is."""
    folded = fold(text)
    asked = "?" in text or bool(re.match(r"\W*(?:y\s+|and\s+|so\s+)?(?:is|are|can|could|do|does|will|would|es|sera|"
                                         r"crees|puedo|podre|cuant\w*|how)\b", folded))
    return bool(_SEASON.search(folded)) and asked or bool(
        re.search(r"(?<!\w)(?:como se ve|como va|how does|how's|hows|what does|muestrame|show me)\s+(?:\w+\s+)?"
                  r"(?:temporada|season)", folded))


_CHANGE_GOAL = re.compile(
    r"(?<!\w)(?:cambia(?:r|me)?|cambio|cambiemos|change|switch|update|pon|ponme|set)\s+(?:mi |my |el |the |la )?"
    r"(?:objetivo|meta|goal(?: race)?|carrera|race|distancia|distance)|"
    r"(?:mejor|better|rather|instead|ahora)\s+(?:hago|corro|voy a (?:hacer|correr)|run|do|i'?ll (?:run|do))(?!\w)|"
    # "decidí cambiar Sevilla por la maratón de Barcelona"
    r"cambi\w*\s+(?:\w+\s+){1,3}?por\s+(?:la|el|una|un)(?!\w)|"
    # "me cambio al Trail Cotacachi 35K", "I've entered the full marathon instead of the half"
    r"(?:me cambio|me cambie|me paso|me pase|i'?m switching|switching|i switched|i'?m moving|moving)\s+"
    r"(?:a|al|a la|to|to the|over to)(?!\w)|"
    # "mejor me voy por la Trail Vilcabamba", "I'll do the Berlin Half instead", "aiming for the Fargo half"
    r"(?:mejor\s+)?me voy (?:por|con) (?:la|el|una|un)(?!\w)|"
    # "Me voy a la maratón de Cuenca el 16 de abril!!", "quiero la de 10K de Santo Domingo"
    r"me voy a (?:la|el) (?:maraton|media|\d+\s*k|carrera|trail|ultra)|quiero (?:hacer |correr )?la de \d+\s*k|"
    # (not "gonna do the long run tomorrow instead": a session moved, not a race)
    r"(?:i'?ll|i will|gonna|going to|will)\s+(?:do|run|race|aim for|go for|target)\s+"
    r"(?!(?:the |my |a )?(?:long run|long one|tempo|intervals|workout|session|easy run|run|track|speed ?work)\b)"
    r"(?:\w+\s+){0,6}?(?:instead|rather)(?!\w)|(?:aim(?:ing)? for|targeting)\s+(?:the|"
    r"a)\s+(?:\w+\s+){0,6}?(?:instead|now)(?!\w)|"
    r"(?:i'?m |im )?(?:signing up|registering|sign(?:ed)? me up) for (?:the|a)(?!\w)|"
    r"(?:me inscribo|me voy a inscribir|me estoy inscribiendo|me apunto|mejor me apunto) (?:en|a|para|al) "
    r"(?:la|el)?(?!\w)|"
    # "si voy pal 10k de la laguna el 21 de marzo", "switching to the half"
    r"(?:si|ya|entonces)\s+voy\s+(?:pal|pa'?l|para el|para la|por el|por la|a la|al)(?!\w)|"
    r"(?:i'?m |im )?switching to (?:the|a)(?!\w)|"
    # "la carrera de los 5k la movieron pal 21 de febrero", "they moved the race to march 7"
    r"(?:la|lo|el|los)\s+(?:movieron|cambiaron|pasaron|postergaron|adelantaron|reprogramaron)(?!\w)|"
    r"(?:moved|postponed|rescheduled|pushed back)\s+(?:\w+\s+){0,3}?(?:to|until|till)(?!\w)|"
    r"(?:i'?ve entered|i entered|entered|signed up for|registered for|me inscribi (?:en|a|para)|"
    r"me apunte (?:a|en|para)|me anote (?:a|en|para))(?!\w).*(?:instead|en vez|en lugar|ya no|no longer)")


def changes_goal_race(text: str) -> bool:
    """"cambia mi objetivo a 15k", "mejor hago un trail de 25 km", "change my goal to a 10 mile race":
    a new goal distance, never a run report."""
    folded = fold(words_to_numbers(text, detect_language(text)))
    return bool(_CHANGE_GOAL.search(folded)) and race_distance_in(folded) is not None


# "estoy pensando en cambiarme al 10k…", "would that be a better goal?", "y si en vez del 5k me preparo para un
# 10k?", "si me inscribo al trail de 21k…": another goal race weighed, not yet chosen (the coach offers it).
_WEIGHING = re.compile(
    r"(?<!\w)(?:en vez|en lugar|instead|rather than|better goal|mejor (?:meta|objetivo)|new goal|nueva meta|"
    r"as (?:my|the) goal|como (?:mi )?(?:meta|objetivo)|cambiar\w*|cambio|change|switch\w*|"
    r"(?:me )?prepar(?:o|arme) para|train(?:ing)? for|si me (?:inscribo|apunto|meto)|if i (?:sign up|enter|do)|"
    r"pensando|thinking|considering|should i (?:do|run|go for|switch)|deberia (?:hacer|correr)|"
    # "y si ya bajé de 30 mejor me voy a la de 10k de abril?", "what if I went for the half instead?"
    r"mejor me voy (?:a|por|con)|me voy a (?:la|el) de|mejor hago (?:la|el|una|un)|what if i (?:did|do|went for|ran))"
    r"(?!\w)")


# "can u set that as my goal?", "¿me la pones como meta?": asked to be done, not weighed.
_ASKED_TO_SET = re.compile(r"(?<!\w)(?:(?:can|could|would|will) (?:you|u|ya) (?:please |pls )?(?:set|make|change|put|"
                           r"switch|update)|set (?:that|it|this) as|make (?:that|it|this) (?:my|the)|"
                           r"(?:puedes|podrias|me) (?:poner|cambiar|ponerla|cambiarla|ponerlo|cambiarlo)|"
                           r"me la (?:pones|cambias)|ponla|ponlo|cambiala|cambialo|pon (?:esa|ese|la|el) como|"
                           # "Cambiemos el objetivo: …", "can we change my goal to…", "new goal: …": decided
                           r"cambiemos|cambiamos|nueva meta\s*:|nuevo objetivo\s*:|new goal\s*:|"
                           # "esa mismo, pongamos esa", "let's go with that one"
                           r"pongamos (?:esa|ese|esa misma)|ponemos esa|vamos con (?:esa|ese)|esa mismo|esa misma|"
                           r"let'?s go with (?:that|it|this)|go with that one|"
                           # "Ya decidí: me cambio a…", "ok decided, im doing the 100k": a decision told
                           r"(?<!not )(?<!n't )(?<!nt )(?<!no )(?<!no he )(?<!no e )(?:ya decid\w*|decidi|decidido|"
                           r"he decidido|me decidi|decided|made up my mind)|"
                           r"let'?s (?:change|switch)|can we (?:change|switch|set|make)|podemos cambiar|"
                           r"(?:change|switch) my goal(?: race)? to|"
                           r"cambia(?:r)? (?:mi|el|la) (?:objetivo|meta|carrera)|"
                           # "Switching to the half at Waterfront instead", "so that's my goal race now", "let's make
                           # that my goal", "big decision… sign up for the Guayaquil Marathon"
                           r"(?<!of )(?<!about )(?<!considering )(?<!maybe )(?:i'?m |im )?(?<!of )(?<!about )"
                           r"switching to|(?:that'?s|thats|es|this is|esa es|ese es) (?:my|mi) (?:new )?"
                           r"(?:main |big |a )?(?:goal|meta|objetivo|race|carrera)(?: race| principal)?"
                           r"(?: now| ahora)?|"
                           r"let'?s make (?:that|it|this) (?:my|the)|big decision|"
                           r"gran decision|sign(?:ing|ed)? up for|me voy a inscribir|me inscribo)(?!\w)")
# "me inscribí", "signed up": decided, not weighed (though the race may be one run today, not a new goal).
_SIGNED_UP = re.compile(r"(?<!\w)(?:me inscribi|me anote|me apunte|signed up|i'?ve registered|i registered|"
                        r"i entered|i'?ve entered|i'?m entered|i'?m registered|i'?m in for)(?!\w)")


def asks_to_set_goal(text: str) -> bool:
    """"can u set that as my goal?", "ponla como mi meta": the runner asks for the race to be their goal."""
    return bool(_ASKED_TO_SET.search(fold(text)))


def weighs_a_new_goal(text: str) -> bool:
    """The runner weighs another race as their goal (a question or a thought, not a decision, nor a request
    to set it)."""
    folded = fold(text)
    # ("y si en vez del 5K me inscribo al 10K de octubre?": signing up, said as a "what if")
    asked_to_set = _ASKED_TO_SET.search(folded) and not _WHAT_IF.match(folded)
    return bool(_WEIGHING.search(folded)) and not asked_to_set and not _SIGNED_UP.search(folded)


_WHAT_IF = re.compile(r"^\W*(?:(?:y|and|oye|coach|pana)\W+)*(?:si|what if|and if|que tal si|q tal si|"
                      r"how about if)(?!\w)")


# "¿cree que 1:50 en la media es realista o me quedo corto?", "is sub 1:45 doable?": a goal time weighed.
_IS_IT_REALISTIC = re.compile(r"(?<!\w)(?:realist\w*|doable|achievable|possible|posible|alcanzable|se puede|"
                              r"me quedo corto|too ambitious|muy ambicios\w*|reachable|on track)(?!\w)")


def race_asked_in(folded: str) -> GoalRace | None:
    """The race a question is about: the one named after its time ("con este 10K, ¿1:50 en la media es
    realista?": the half), else the first one named."""
    clock = re.search(r"\d:\d\d", folded)
    return (race_distance_in(folded[clock.end():]) if clock else None) or race_distance_in(folded)


def time_weighed(text: str, goal: GoalRace | None) -> int | None:
    """The goal time a question weighs ("¿1:50 en la media es realista?"), in seconds, or None; for the race
    it names (``race_asked_in``), else ``goal``."""
    folded = fold(text)
    if "?" not in text or not _IS_IT_REALISTIC.search(folded):
        return None
    distance = race_asked_in(folded) or goal
    told = goal_time_in(folded, distance)
    if told is not None:
        return told
    clock = re.search(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])", folded)
    if clock is None:
        # "is 30 min possible?", "¿4 horas es posible?": the time in words of minutes or hours
        said = re.search(r"(?<![\w:.,])(\d{1,3}(?:[.,]5)?)\s*(min|mins|minutes|minutos|h|hrs?|hours?|horas?)(?!\w)",
                         folded)
        if said is None:
            return None
        seconds = round(number(said.group(1)) * (60 if said.group(2).startswith("min") else 3600))
        return seconds if _plausible(seconds, distance) else None
    h_or_m, m_or_s, s = int(clock.group(1)), int(clock.group(2)), clock.group(3)
    if s is not None:
        return h_or_m * 3600 + m_or_s * 60 + int(s)
    # "1:50" for a half is hours; "45:30" for a 10k is minutes (the race's length decides)
    long_race = distance is not None and distance.distance_km > 15
    return h_or_m * 3600 + m_or_s * 60 if long_race and h_or_m < 10 else h_or_m * 60 + m_or_s
