"""Read when the runner likes to train: "prefiero entrenar lunes, miércoles y sábado", "fondo los
domingos", "long run on saturdays"; and the units they read ("prefiero millas", "use km")."""
from __future__ import annotations

import re

import attrs

from application.understanding.dates import WEEKDAY_RE, WEEKDAYS
from application.understanding.text import fold
from domain.runner import Units

_LONG = r"(?:fondo|fondos|largo|larga|largos|long runs?|long)"
_RANGE = re.compile(rf"(?:(?:de|del|from)\s+)?(?<!\w)({WEEKDAY_RE})\s+(?:a|al|to|through|till|until|-)\s+"
                    rf"({WEEKDAY_RE})")
_EVERY_DAY = re.compile(r"(?<!\w)(?:todos los dias|todo los dias|diario|a diario|every ?day|daily)(?!\w)")
_WEEKEND = re.compile(r"(?<!\w)(?:fines? de semana|finde|findes|weekends?)(?!\w)")
# "todos los días menos el lunes", "entre semana excepto el miércoles": the days taken out of a span.
_EXCEPT_DAY = re.compile(rf"(?<!\w)(?:menos|excepto|salvo|except|but not|not on)\s+(?:(?:el|los|la|on|the)\s+)?"
                         rf"({WEEKDAY_RE})(?:\s*(?:,|y|e|and|or|ni|o)\s*(?:(?:el|los|la|the)\s+)?({WEEKDAY_RE}))?(?!\w)")
_WEEKDAYS_ONLY = re.compile(r"(?<!\w)(?:entre semana|weekdays|dias de semana|dias laborables)(?!\w)")
_MILES = re.compile(r"(?<!\w)(?:millas?|miles?|mi|imperial)(?!\w)")
_KM = re.compile(r"(?<!\w)(?:km|kms|kilometros?|kilometers?|kilometres?|metric|metrico|sistema metrico)(?!\w)")
_PREFERENCE = re.compile(r"(?<!\w)(?:prefiero|prefer|use|usa|usar|usemos|cambia|cambiar|switch|change|en|in|"
                         r"quiero|want|please|por favor|mejor|dame|give me|show|muestra|habla|talk|no|not|instead|"
                         r"en vez|en lugar)(?!\w)")


_NEGATED_DAY = re.compile(
    rf"(?<!\w)(?:no puedo|no podre|no voy a poder|no|menos|excepto|salvo|except|not|can'?t|cannot|won'?t)"
    rf"(?:\s+\w+){{0,3}}?\s+(?:el|los|la|on|the)?\s*{WEEKDAY_RE}(?!\w)"
    # "ya no puedo martes y jueves": every day of the list denied
    rf"(?:(?:\s*(?:,|y|e|and|or|ni|o)\s*|\s+)(?:el\s+|los\s+|the\s+)?{WEEKDAY_RE}(?!\w))*")


# Why a day is not a running day: "Tues and Thurs are bad", "Sundays are family day", "los lunes tengo
# reunión del colegio", "que el viernes tengo mucho trabajo", "mondays i work late".
_BUSY = re.compile(
    r"(?<!\w)(?:(?:are|is|r|son|es|estan?)\s+(?:\w+\s+){0,2}?(?:bad|busy|out|off|dead|no good|not good|tough|hard|"
    r"gym|gimnasio|pesas|rest|descanso|nothing|nada|fijo|fija|sagrado|sagrada|"
    r"impossible|crazy|hectic|packed|slammed|insane|nuts|full|locos?|locas?|locura|full|pesados?|terribles?|"
    r"malos?|complicad\w*|imposibles?|ocupad\w*)|family days?|busy|ocupad\w*|"
    r"tengo\s+(?:\w+\s+){0,2}?(?:reunion\w*|clases?|trabajo|turnos?|curso|cita|compromiso\w*|partido|futbol|"
    r"guardia|mercado|colegio|consulta|\w+)|i (?:have|got)\s+(?:\w+\s+){0,2}?(?:work|class\w*|meetings?|shifts?|"
    r"practice|\w+)|(?:are|is|r|son|es)\s+(?!(?:\w+\s+)?(?:run|running|training|long run|correr|entreno)\b)"
    r"(?:\w+\s+){0,2}?(?:days?|dia)|"
    r"salgo (?:tarde|temprano|de viaje)|"
    r"entro (?:temprano|tarde)|i work|(?:i'?m|im|i am) working|working|trabajo (?:hasta|todo|tarde|temprano|los|el)|"
    r"me toca (?:trabajar|abrir|cuidar|ir|estar|llevar|atender)|no puedo|no podre|can'?t|cannot|"
    r"no me da (?:el )?tiempo|no tengo tiempo|"
    r"no (?:me )?(?:sirven?|van?|queda)|(?:don'?t|doesn'?t) work|ya no|not possible|no (?:es )?posible|"
    r"no more|not anymore|ya no puedo|imposibles?|"
    # "ahora trabajo martes jueves y sábado todo el día", "Tue and Thu in office"
    r"todo el dia|all day|in (?:the )?office|en (?:la )?oficina|presencial|"
    # "I've joined a pickleball group on Tuesdays and Thursdays", "clases de natación los martes"
    r"(?:group|class|classes|club|practice|team|league|lessons|clases?|grupo|equipo|partido)\s+"
    r"(?:on|los|el|de \w+ los)|"
    # "on nights again wed thurs fri", "turno de noche martes y miércoles": the shifts worked
    r"on (?:nights?|night shifts?|lates|earlies|days|call)|night shifts?|nightshift|turnos? de (?:noche|madrugada)|"
    # "y el yoga lo paso al jueves", "gym on mondays": another sport's day, not a running day
    r"yoga|pilates|gym|gimnasio|pesas|natacion|swim\w*|crossfit|spinning|"
    # "new standups at 7am tue/thu", "collecting the grandchildren Mondays…", "recojo a los niños"
    r"standups?|stand-ups?|early calls?|meetings?|reuniones|collecting|picking up|pick up|school run|recoger|recojo|"
    r"de guardia|on call|"
    # "school moved my classes to tue/thu evenings", "me cambiaron las clases a martes y jueves"
    r"(?:moved|changed|switched|put|cambiaron|pasaron|movieron)\s+(?:\w+\s+){0,3}?(?:classes|class|lectures?|"
    r"lessons|timetable|shifts?|work|"
    r"clases?|turnos?|trabajo|horario)\s+(?:to|a|al|para)"
    r")(?!\w)|\sno\s*$")
_REASON_CUT = re.compile(r"[.;\n,!?\U0001F300-\U0001FAFF]|(?<!\w)(?:que|porque|xq|because|since|cuz|cause|so|asi que|"
                         r"asi q|x eso|entonces|por eso|"
                         r"then)(?!\w)")


# "cambia mis días a martes y jueves xq lunes y miércoles salgo tarde": what follows "because" is the
# reason for the change, and the days in it are the ones given up.
_BECAUSE = re.compile(r"(?<!\w)(?:porque|xq|pq|x q|because|bc|since|cuz|cause|coz)(?!\w)[^.;\n!?]*")


def _without_busy_days(f: str) -> str:
    """The text less the pieces that give a day as busy: their weekdays are not the runner's days."""
    if re.search(rf"(?<!\w){WEEKDAY_RE}(?!\w)", _BECAUSE.sub(" ", f)):
        f = _BECAUSE.sub(" , ", f)
    pieces = _REASON_CUT.split(f)
    return " , ".join(p for p in pieces if not _BUSY.search(p))


@attrs.define(frozen=True)
class SchedulePreference:
    run_days: tuple[int, ...] | None = None    # 0 = Monday … 6 = Sunday; the long-run day included
    long_run_day: int | None = None


def _weekday(word: str) -> int:
    if word in _SHORT_DAYS:
        return _SHORT_DAYS[word]
    return next(v for k, v in WEEKDAYS.items() if len(k) > 3 and word.startswith(k))


# Short forms, read only in a list of at least two ("tue thu sat sun", "lun mie vie"): alone, "mar" or
# "sun" may mean something else.
_SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
               "sun": 6, "lun": 0, "mar": 1, "mie": 2, "jue": 3, "vie": 4, "sab": 5, "dom": 6}
_SHORT_RE = r"(?:{})".format("|".join(sorted(_SHORT_DAYS, key=len, reverse=True)))


# "Monday, Wednesday and Saturday suit me best. Yoga is Tuesdays…": the sentence that gives the days as the
# runner's is the one to read; the other days named around it are the week's other things.
_SUITS = re.compile(r"(?<!\w)(?:suit(?:s)? me|work(?:s)? (?:best|for me)|are best|best for me|me quedan|me sirven|"
                    r"(?:would|'d) like to run|like to run|quisiera correr|me gustaria correr|"
                    r"me acomodan|me va mejor|me van mejor|prefiero|i prefer|i can do|puedo correr|can run|"
                    r"(?:i )?want to run|quiero (?:correr|entrenar)|solo puedo|only can|can only)(?!\w)")
# "Sundays off", "domingo descanso": a day said to be off is not a running day.
_DAY_OFF = re.compile(rf"(?<!\w)(?:el |los |on )?({WEEKDAY_RE}|{_SHORT_RE})s?\s+"
                      r"(?:(?:always|siempre|is|es|are|son)\s+)?(?:off|rest|descanso|de descanso|libre de correr)"
                      r"(?!\w)")
# "change my running days to Mon, Wed, Fri", "mis días ahora son…": the days the
# runner gives come after these words; the days before them are the reason ("Tue and Thu in office").
_GIVEN_AFTER = re.compile(r"(?<!\w)(?:(?:(?:running|training|run)\s+)?days?\s+(?:to|are now|will be|(?:could |can )?be|"
                          r":)|"
                          r"(?:mis\s+)?dias(?:\s+de\s+(?:entreno|correr|trote))?\s+(?:a|ahora son|seran|sean|:))(?!\w)")


# A day named, by its name or its short form; and every day named (a list's days counted).
_A_DAY_NAMED = re.compile(rf"(?<!\w)(?:{WEEKDAY_RE}|{_SHORT_RE})(?!\w)")
_DAYS_NAMED = re.compile(rf"(?<!\w)(?:{WEEKDAY_RE}|{_SHORT_RE})s?(?!\w)")


_DAY = rf"(?:{WEEKDAY_RE}|{_SHORT_RE})s?(?!\w)"
# (a comma inside a list of days — "lunes, miércoles y sábado" — does not split it)
_IN_A_LIST = rf",(?=\s*(?:y\s+|e\s+|and\s+)?{_DAY}(?:\s*(?:,|;|\.|$)|\s+(?:y|e|and|or|o)\b|\s+{_DAY}))"
_SENTENCE = r"[.;!\n]+"
_CLAUSE = rf"[.;!\n]+|(?!{_IN_A_LIST}),"


def _the_sentence_that_gives_them(f: str) -> str:
    given = _GIVEN_AFTER.search(f)
    if given:
        after = re.split(r"[.;!?\n]", f[given.end():])[0]
        if _A_DAY_NAMED.search(after):
            return after
    # "Sundays are very difficult for me… Can we make my running days Mon Wed Fri Sat from now?": the one
    # sentence that lists three days or more is the new week; the others say why.
    sentences = [s for s in re.split(r"[.;!?\n]+", f) if s.strip()]
    lists = [s for s in sentences if len(re.findall(rf"(?<!\w){_DAY}", s)) >= 3]
    if len(lists) == 1 and len(sentences) > 1:
        # (…with the long-run day told beside it: "lunes, miércoles y viernes; fondo el domingo")
        return _the_clause_that_gives_them(" . ".join(
            s for s in sentences if s is lists[0] or re.search(r"(?<!\w)(?:fondo|long run|largo)(?!\w)", s)))
    giving = _giving(f, _SENTENCE)
    if giving is not None:
        return _the_clause_that_gives_them(giving)
    return _giving(f, _CLAUSE) or f


def _the_clause_that_gives_them(sentences: str) -> str:
    """"From next week I can only do Mon Wed Sat Sun, new project Tues Thurs got early calls": within the
    sentence, the clause that gives the days, not the one that says why the others are gone."""
    finer = _giving(sentences, _CLAUSE)
    return finer if finer is not None and len(_DAYS_NAMED.findall(finer)) >= 2 else sentences


def _giving(f: str, splitter: str) -> str | None:
    """The sentences (or clauses) that give the days as the runner's ("I want to run Tue Thu Sat Sun instead,
    Monday run club moving to Thursday"), when others name days too; None when no part stands out."""
    parts = [s for s in re.split(splitter, f) if s.strip()]
    named = [s for s in parts if _A_DAY_NAMED.search(s)]
    giving = [s for s in named if _SUITS.search(s)]
    # ...and the long-run day beside them ("I can run Tue, Thu and Sun, long run Sunday")
    giving += [s for s in named if s not in giving and re.search(rf"(?<!\w){_LONG}(?!\w)", s)] if giving else []
    if giving and len(giving) < len(parts) and (splitter == _SENTENCE or any(
            len(_DAYS_NAMED.findall(g)) >= 2 for g in giving)):
        return " . ".join(giving)
    return None


# "ah y el sábado tmb sí puedo", "oh and saturdays work too": one more day, added to the days just given.
_ALSO_DAY = re.compile(rf"^(?:\W*(?:ah|oh|y|and|also|tambien|tmb|ok|ah y|oh and|perdon|sorry|ve|coach)\W+)*"
                       rf"(?:(?:el|los|la|on|the)\s+)?({WEEKDAY_RE})s?\s+(?:(?:tmb|tambien|too|also|igual)\s+)"
                       rf"(?:si\s+)?(?:puedo|can|works?|me sirve|me queda|esta bien)"
                       rf"|^(?:\W*(?:ah|oh|y|and|also|ok)\W+)*(?:(?:el|los|la|on|the)\s+)?({WEEKDAY_RE})s?\s+"
                       rf"(?:works?|is fine|are fine|is ok|are ok|me sirve|me sirven)\s+(?:too|also|tambien|tmb)"
                       rf"|^(?:\W*(?:ah|oh|y|and|also|ok)\W+)*(?:tambien|tmb|also|i can also|can also)\s+(?:si\s+)?"
                       rf"(?:puedo|can do|can run|i can do|i can run)?\s*(?:(?:el|los|la|on|the)\s+)?({WEEKDAY_RE})s?"
                       rf"\W*$")


def day_added(text: str) -> int | None:
    """The one running day added to the week just given, or None."""
    m = _ALSO_DAY.search(fold(text).strip())
    return _weekday(next(g for g in m.groups() if g)) if m else None


_INSTEAD_OF = re.compile(r"(?<!\w)(?:instead of|rather than|en vez de|en lugar de)(?!\w)")


def parse_schedule(text: str) -> SchedulePreference | None:
    """Preferred days and long-run day, or None when ``text`` names no day."""
    f = fold(text)
    days_off = [_weekday(m.group(1)) for m in _DAY_OFF.finditer(f)]
    f = _the_sentence_that_gives_them(_DAY_OFF.sub(" ", f))
    instead = _INSTEAD_OF.search(f)
    if instead and _A_DAY_NAMED.search(f[:instead.start()]) and _A_DAY_NAMED.search(f[instead.end():]):
        f = f[:instead.start()]      # "tue thu sat sun from now on instead of mon wed fri sun": the old days go
    days: list[int] = []
    long_day: int | None = None
    if _EVERY_DAY.search(f):
        days = list(range(7))
    if _WEEKEND.search(f):
        days += [5, 6]
    if _WEEKDAYS_ONLY.search(f):
        days += [0, 1, 2, 3, 4]
    for m in _RANGE.finditer(f):
        start, end = _weekday(m.group(1)), _weekday(m.group(2))
        days += [d % 7 for d in range(start, end + (7 if end < start else 0) + 1)]
    # "no puedo correr el jueves", "except fridays": days the runner cannot run are not their days; nor
    # the days they give as the reason ("Tues and Thurs are bad", "los lunes tengo reunión").
    f_no_ranges = _without_busy_days(_NEGATED_DAY.sub(" ", _RANGE.sub(" ", f)))
    # A clause is what lies between commas, "y"/"and": the long-run day is the weekday sharing one
    # with "fondo"/"long run".
    day_re = WEEKDAY_RE
    if len(re.findall(rf"(?<!\w){_SHORT_RE}(?!\w)", f_no_ranges)) >= 2:
        day_re = rf"(?:{WEEKDAY_RE}|{_SHORT_RE})"
    for clause in re.split(r"[,;.\n]|(?<!\w)(?:y|e|and|pero|but)(?!\w)", f_no_ranges):
        named = [_weekday(m.group(0)) for m in re.finditer(rf"(?<!\w){day_re}(?!\w)", clause)]
        days += named
        if named and re.search(rf"(?<!\w){_LONG}(?!\w)", clause):
            long_day = named[-1] if long_day is None else long_day
    for m in _EXCEPT_DAY.finditer(f):
        for word in filter(None, m.groups()):
            days = [d for d in days if d != _weekday(word)]
    days = [d for d in days if d not in days_off]
    if not days:
        return None
    if set(days) == {long_day}:
        # "fondo los domingos": the long-run day only, not a one-day week.
        return SchedulePreference(run_days=None, long_run_day=long_day)
    return SchedulePreference(run_days=tuple(sorted(set(days))), long_run_day=long_day)


def parse_units(text: str) -> Units | None:
    """Miles or km, when ``text`` asks for one (or is little more than the unit's name)."""
    f = fold(text)
    short = len(f.split()) <= 2
    if not (short or _PREFERENCE.search(f)):
        return None
    miles, km = _MILES.search(f), _KM.search(f)
    if miles and km:   # "millas, no km" / "km instead of miles": the first named wins unless negated
        negated_miles = re.search(r"(?<!\w)(?:no|not|instead of|en vez de|en lugar de)\s+(?:en\s+|in\s+)?"
                                  r"(?:millas?|miles?)", f)
        negated_km = re.search(r"(?<!\w)(?:no|not|instead of|en vez de|en lugar de)\s+(?:en\s+|in\s+)?"
                               r"(?:km|kilometros?|kilometers?)", f)
        if negated_miles and not negated_km:
            return Units.KM
        if negated_km and not negated_miles:
            return Units.MILES
        return Units.MILES if miles.start() < km.start() else Units.KM
    if miles:
        return Units.MILES
    if km:
        return Units.KM
    return None


# "ahora trabajo martes, jueves y sábado todo el día", "new job, Mon and Wed in the office till late": the
# week changed, told by the days that are taken, not by the days left to run.
_LASTING = re.compile(r"(?<!\w)(?:ahora|now|from now on|me cambiaron|nuevo|nueva|new|desde ahora|from next week|"
                      r"a partir de|starting|empiezo|started)(?!\w)")


def only_busy_days(text: str) -> bool:
    """The message gives a lasting change of the runner's week as the days they are busy, and no day to run."""
    f = fold(text)
    named = _DAYS_NAMED.findall(f)
    return len(named) >= 2 and parse_schedule(text) is None and bool(_LASTING.search(f)) \
        and bool(_BUSY.search(f))
