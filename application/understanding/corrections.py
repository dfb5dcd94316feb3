"""Read a correction or a deletion of a logged run: "me equivoqué, fueron 6 km no 8", "the run on
Tuesday was 12k not 10", "borra mi última carrera", "delete yesterday's run"."""
from __future__ import annotations

import re
from datetime import date

import attrs

from application.understanding.dates import SHORT_DAY_NAMES, WEEKDAY_RE, find_day, weekday_in
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.run_report import parse_run_report, plausible_pace
from application.understanding.speech_act import PERSON as _PERSON
from application.understanding.text import fold, number
from domain.pace import KM_PER_MILE
from domain.runner import Units

_DELETE = re.compile(r"(?<!\w)(?:borra\w*|borrar|elimina\w*|quita\w*|anula\w*|delete|remove|erase|undo|deshaz|"
                     r"cancela\w*)(?!\w)")
_CORRECT = re.compile(
    r"(?<!\w)(?:me equivoque|me confundi|error|equivocado|corrige|corregir|corrijo|corregi|correccion|en realidad|"
    r"realmente|"
    r"en vdd|en verdad|vi mal|lei mal|segun el reloj|segun strava|misread|read it wrong|"
    r"quise decir|cambia|cambiar|actualiza|no eran|no fueron|no era|no fue|sino|en vez de|en lugar de|"
    r"i meant|actually|mistake|typo|wrong|fix|correct|change|update|instead of|"
    # "wait it was 7.2, my watch was paused", "wait no 18.6, strava cut the corner": the number put right
    r"wait it was|wait,? (?:it'?s|its)|watch (?:was )?paused|strava cut|gps (?:cut|lost|died|messed)|"
    # "nombe espera, ese es el tiempo de mi primo 😅 yo hice 16:48": the time put right after a "wait"
    r"(?:espera|wait|nombe|no mentira|mentira|perdon|sorry)\W+(?:\w+\W+){0,10}?(?:yo hice|yo corri|i did|i ran|"
    r"mine was|el mio fue|mi tiempo fue|my time was)\s+\d[\d:.,]*|"
    r"el reloj (?:se )?(?:pauso|corto)|se pauso el reloj|"
    # "strava says 12.4, watch cut out", "was actually 8.3 per garmin": the device's number puts it right
    # ("el chip dice 20:48", "results say 44:10": the official number, when a number is told with it)
    r"(?:chip|el oficial|official|results?|resultados?|tiempo oficial|official time)\s+(?:(?:del|de la|of the|"
    r"for the)\s+"
    r"\w+\s+)?(?:says?|said|dice|decia|marca|marco|shows?|showed|has|had|tiene|gives?|gave|salio|fue|was|came out)\s+"
    r"(?:\w+\s+){0,2}?\d[\d:.,]*|"
    r"(?:strava|garmin|coros|polar|suunto|watch|reloj|app)\s+(?:says|said|dice|decia|marca|marco|shows|showed|had|"
    r"tiene|me da|gives|gave)|per (?:garmin|strava|coros|polar|suunto|my watch|the watch)|"
    r"(?:watch|reloj|gps)\s+(?:cut out|died|se murio|se apago|se corto))(?!\w)")
# The old value is the negated one: "no 8", "not 10", "en vez de 8", "instead of 10".
_NEGATED = (r"(?:no|not|ni|en vez de|en lugar de|instead of|y no|and not|no eran|no fueron|no fue|no era|wasn't|"
            r"was not)\s+")
_NUM = r"(\d+(?:[.,]\d+)?)\s*(km|kms|k|millas?|miles?|mi)?(?!\w)"
# "way better when its not 100 degrees", "no 30 grados": the weather, not the run's old value.
_NOT_A_RUNS_NUMBER = r"[\d.,]*\s*(?:degrees?|deg|grados?|°|%|percent|por ciento|f|c)(?!\w)"
_RUN_WORDS = r"(?:carrera|entreno|entrenamiento|trote|salida|corrida|run|runs|jog|workout|rodaje|fondo|registro)"


@attrs.define(frozen=True)
class RunTarget:
    """Which logged run: the last one (``day`` None), or the one on ``day`` (the one of about
    ``distance_km`` when there are several that day)."""
    day: date | None = None
    distance_km: float | None = None

    @property
    def is_last(self) -> bool:
        return self.day is None


@attrs.define(frozen=True)
class RunCorrection:
    target: RunTarget
    distance_km: float | None = None
    duration_s: int | None = None
    day: date | None = None


# "wait ignore that, that was Gaz's run", "ignora eso, era lo q hizo mi ñaño", "scratch that, not mine":
# the run just logged is taken back.
_RETRACT = re.compile(
    r"(?<!\w)(?:ignora|ignore|olvida|olvidate de|forget|scratch|disregard|no cuentes|don'?t count|borra)\s+"
    r"(?:eso|esa|ese|that|this|it|lo anterior|lo ultimo|the last one|that one)(?!\w)"
    # "eso no fue mío", "that wasn't me", "ese fue lo q hizo mi pana" ("that was my best run ever" is not)
    r"|(?<!\w)(?:eso|esa|ese|that|it)\s+(?:no\s+(?:fue|era)\s+(?:mio|mia|yo|de mi|mi (?:entreno|carrera|trote))|"
    r"(?:wasn'?t|was not)\s+(?:mine|me|my (?:run|workout))|(?:fue|era|was)\s+(?:lo (?:que|q) hizo|not (?:mine|me)))"
    r"(?!\w)"
    r"|(?<!\w)(?:no era mio|no fue mio|wasn'?t mine|not my run|not mine|no el mio|no la mia|no es mio)(?!\w)"
    # "wait nvm thats my teammates run, it showed up on my strava feed lol ignore"
    rf"|(?<!\w)(?:that'?s|thats|ese es|esa es|eso es|this is)\s+(?:(?:el|la|the)\s+)?(?:(?:entreno|carrera|run)\s+)?"
    rf"(?:de\s+(?:mi|my)\s+{_PERSON}|(?:mi|my)\s+{_PERSON}'?s?|(?:mi|my)\s+(?:teammate|compa|coworker)'?s?)(?!\w)"
    # "ese era el entreno de mi hermana", "that was my brother's run"
    r"|(?<!\w)(?:eso|esa|ese|that|it)\s+(?:era|fue|was)\s+(?:(?:el|la|the)\s+)?(?:(?:entreno|carrera|trote|run|"
    rf"workout|registro)\s+)?(?:de\s+(?:mi|my)\s+{_PERSON}|(?:mi|my)\s+{_PERSON}'?s)(?!\w)")


def retracts_last_run(text: str) -> bool:
    """The runner takes back what they just sent (someone else's run, pasted by mistake)."""
    return bool(_RETRACT.search(fold(text)))


# "ignora lo del domingo, ese fue el 10k de mi amiga", "forget the one from tuesday": a run of a day taken back.
_RETRACT_A_DAY = re.compile(rf"(?<!\w)(?:ignora|ignore|olvida|olvidate de|forget|scratch|disregard|no cuentes|"
                            rf"don'?t count)\s+(?:lo|la|el|los|the|that|my|mi)?\s*(?:(?:run|entreno|carrera|trote|"
                            rf"one)\s+)?(?:de|del|from|on|of)\s+(?:el\s+|the\s+|last\s+)?(?:{WEEKDAY_RE}|ayer|"
                            rf"yesterday)(?!\w)")


def retracts_a_day(text: str) -> bool:
    """The runner takes back the run they told of on a day ("ignora lo del domingo")."""
    return bool(_RETRACT_A_DAY.search(fold(text)))


def parse_deletion(text: str, today: date) -> RunTarget | None:
    """The run to delete, when ``text`` asks to delete one."""
    f = fold(text)
    if not _DELETE.search(f) and not _RETRACT_A_DAY.search(f):
        return None
    if not re.search(rf"(?<!\w){_RUN_WORDS}(?!\w)|ultim|last|ayer|yesterday|hoy|today|{WEEKDAY_RE}|\d", f):
        return None
    found = find_day(text, today, "past")
    old = re.search(rf"(?<![\d:.,]){_NUM}", _strip_days(f))
    old_km = _km(old, Units.KM) if old and old.group(2) else None
    return RunTarget(day=found[0] if found else None, distance_km=old_km)


# "Sat was 12 not 10", "wed's run was 5": an English short day name, read where it names the run.
_SHORT_DAY = re.compile(r"(?<!\w)(mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
                        r"(?=\s*(?:was|were|'s|s run|run|long|:)(?!\w))")


# "el reloj marcó 10.1 pero vale la oficial", "garmin says 21.4 but going with the official": the number kept as is.
_KEPT_OFFICIAL = re.compile(r"(?<!\w)(?:vale|cuenta|me quedo con|counts?|going with|goes by|i'?ll take|keep)\s+"
                            r"(?:la|el|the)\s+(?:oficial|official|chip|de la organizacion)(?!\w)"
                            # "el garmin marcó 10.15 pero bueno", "watch said 21.3 but whatever"
                            r"|(?:pero|but)\s+(?:bueno|weno|whatever|oh well|nada|da igual|no importa|ni modo)\W*$")


def parse_correction(text: str, today: date, units: Units = Units.KM) -> RunCorrection | None:
    """The new values of a logged run, when ``text`` corrects one; None when it changes nothing."""
    f = fold(words_to_numbers(text, detect_language(text)))
    if _KEPT_OFFICIAL.search(f):
        return None
    f = _SHORT_DAY.sub(lambda m: SHORT_DAY_NAMES[m.group(1)], f)
    # "wait no 18.6": "no" here is "no, wait", not the old value
    f = re.sub(r"(?<!\w)(?:wait,?\s+no|no,?\s+wait|espera,?\s+no|no,?\s+espera)(?!\w)", " wait ", f)
    negated_value = re.search(rf"(?<!\w){_NEGATED}(?:(?:los|las|the|el|on)\s+)?(?:\d(?!{_NOT_A_RUNS_NUMBER})|"
                              rf"{WEEKDAY_RE}|ayer|yesterday)", f)
    if not (_CORRECT.search(f) or negated_value):
        return None
    body = _strip_days(f)
    # "no fueron 6x800, fueron 5 … así q el total fue como 8.5 km no 9.3": a distance with its unit set against the
    # old one is the correction, whatever count came before it.
    pair = re.search(rf"(?<![\w:.,])(\d+(?:[.,]\d+)?)\s*(km|kms|k|millas?|miles?|mi)(?!\w)\s*,?\s*{_NEGATED}"
                     rf"(?:(?:los|las|the)\s+)?(?=\d)", body)
    if pair:
        body = body[pair.start():]
    old = re.search(rf"(?<!\w){_NEGATED}(?:(?:los|las|the)\s+)?(?!\d+{_NOT_A_RUNS_NUMBER}){_NUM}", body)
    new_distance = None
    for m in re.finditer(rf"(?<![\w:.,]){_NUM}", body):
        if old and m.start(1) == old.start(1):
            continue
        # (a time's unit, not "4.8 según el reloj")
        if re.match(r"\s*(?:min|minutos?|minutes?|h|horas?|hours?|:|seg|segundos?|s|x)\b", body[m.end():]) or \
                re.match(r"\s*(?:min|minutos?|minutes?|h|horas?|hours?|seg|segundos?|sec|secs|seconds?)\b",
                         body[m.end(1):]):
            continue
        unit = m.group(2) or (old.group(2) if old else None)
        # "sorry 13 not 14": a bare number right before the one it replaces is the new value
        followed_by_old = bool(re.match(rf"\s*,?\s*{_NEGATED}\d+(?:[.,]\d+)?(?!\d|\s*(?:min|minutos?|minutes?|h\b|"
                                        rf"horas?|hours?|:|seg|sec))", body[m.end():]))
        if unit is None and not followed_by_old and not re.search(
                r"(?<!\w)(?:fueron|eran|was|were|son|is|it's|its|says|said|dice|decia|marca|wait|espera|sino|but|just|only|"
                r"solo|"
                r"marco|shows|showed|reads|read|tiene|has|had|me da|gives|gave|fue|actually|really|more like|closer to|"
                r"so|entonces|osea|o sea)\s*$", body[:m.start()]):
            continue
        new_distance = _km_value(number(m.group(1)), unit, units)
        break
    total = re.search(r"(?<!\w)(?:en total|in total|total)\s*(?:de\s+|como\s+|like\s+|about\s+|around\s+|unos\s+)?"
                      r"(\d+(?:[.,]\d+)?)\s*(km|kms|k|millas?|miles?|mi)?(?![\w:])", body)
    if total:
        # "como 2 km antes y 1 después, en total como 6": the total is the run's distance, not its parts
        new_distance = _km_value(number(total.group(1)), total.group(2) or _unit_of(body), units)
    # "tempo was only 4k not 5k… So 8k total not 9": the session's total, set against the old total, is the run's
    total_first = re.search(rf"(?<![\w:.,])(\d+(?:[.,]\d+)?)\s*(km|kms|k|millas?|miles?|mi)?\s+(?:en total|in total|"
                            rf"total)(?:\s*,?\s*{_NEGATED}(\d+(?:[.,]\d+)?)\s*(km|kms|k|millas?|miles?|mi)?)?(?![\w:])",
                            body)
    if total_first and not total:
        unit = total_first.group(2) or total_first.group(4) or _unit_of(body)
        new_distance = _km_value(number(total_first.group(1)), unit, units)
    report = parse_run_report(_negated_removed(f), today, units)
    duration = report.duration_s if re.search(r"\d\s*(?:min|minutos?|minutes?|h|horas?|hours?)|\d:\d\d", f) else None
    new_day, target_day = _days(f, today)
    old_km = None
    if old and (old.group(2) or not _after_a_time(body[:old.start()])) \
            and not re.match(r"\s*,?\s*(?:eran|fueron|were|sino|but)\s+\d+\s*x", body[old.end():]):
        # ("no eran 5 eran 6x1000": a count of reps, not the run's old distance)
        old_km = _km_value(number(old.group(1)), old.group(2) or _unit_of(body), units)
    if total_first and not total:
        # (the old total, when said, names the run; the part set right before it does not)
        old_km = _km_value(number(total_first.group(3)), total_first.group(4) or total_first.group(2) or _unit_of(body),
                           units) if total_first.group(3) else None
    named = _THE_RUN_OF.search(f) if old_km is None else None
    if named:       # "the 8 from tuesday morning was actually 8.3": which of the day's runs
        old_km = _km_value(number(named.group(1)), named.group(2) or _unit_of(body), units)
    if duration and new_distance and not plausible_pace(duration, new_distance):
        duration = None       # "(3:50)" beside "total 13 km": a rep's time, not the run's
    if new_distance is None and duration is None and new_day is None:
        return None
    return RunCorrection(target=RunTarget(day=target_day, distance_km=old_km), distance_km=new_distance,
                         duration_s=duration, day=new_day)


# "the 8 from tuesday", "los 10 del domingo", "el de 12 del sábado": a run named by its distance and day.
_THE_RUN_OF = re.compile(rf"(?<!\w)(?:the|los|las|el|la|my|mi)\s+(?:de\s+)?(\d+(?:[.,]\d+)?)\s*"
                         rf"(km|kms|k|millas?|miles?|mi)?\s+(?:(?:mile|km|k)?\s*(?:run|jog|trote)?\s*)?(?:from|on|of|del|de)\s+(?:the\s+|el\s+)?"
                         rf"(?:{WEEKDAY_RE}|ayer|yesterday|this morning|esta manana|last)")


def _days(f: str, today: date) -> tuple[date | None, date | None]:
    """(the run's new day, the day of the run to correct). "fue el lunes, no el martes": the run of
    Tuesday moves to Monday; "la del martes fueron 12": Tuesday's run; otherwise the last run."""
    negated = re.search(rf"{_NEGATED}(?:el\s+|on\s+)?({WEEKDAY_RE}|ayer|yesterday|hoy|today)", f)
    if negated:
        old_day = find_day(negated.group(1), today, "past")
        rest = f[:negated.start()] + " " + f[negated.end():]
        new = find_day(rest, today, "past")
        return (new[0] if new else None), (old_day[0] if old_day else None)
    found = weekday_in(f, today, "past")
    if found:
        return None, found[0]
    relative = find_day(f, today, "past")
    return None, (relative[0] if relative else None)


def _strip_days(f: str) -> str:
    """Dates and '/10' scores out, so '15/11' or 'RPE 7' is never a new distance."""
    return re.sub(r"(?<!\w)\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+de\s+[a-z]+|(?:rpe|esfuerzo)\s*\d+", " ", f)


def _negated_removed(f: str) -> str:
    # "no fue 1h52 fue 1h55", "not 45:10": the old time goes whole, not only its first number
    f = re.sub(rf"(?<!\w){_NEGATED}(?:\d+\s*h(?:oras?|rs?)?\s*\d*(?:\s*min\w*)?|\d+:\d\d(?::\d\d)?|"
               rf"\d+\s*(?:min\w*|'))", " ", f)
    return re.sub(rf"(?<!\w){_NEGATED}(?:(?:los|las|the)\s+)?{_NUM}", " ", f)


def _after_a_time(before: str) -> bool:
    """'50 minutos, no 45': a bare old value follows a time, so it is a time too."""
    last = re.findall(r"\d\s*(km|kms|k|millas?|miles?|mi|min|minutos?|minutes?|h|horas?|hours?)(?!\w)|\d:\d\d", before)
    return bool(last) and not re.match(r"km|kms|k$|milla|mile|mi$", last[-1] or "")


def _unit_of(body: str) -> str | None:
    m = re.search(r"\d\s*(km|kms|k|millas?|miles?|mi)(?!\w)", body)
    return m.group(1) if m else None


def _km(m: re.Match[str], units: Units) -> float:
    return _km_value(number(m.group(1)), m.group(2), units)


def _km_value(value: float, unit: str | None, units: Units) -> float:
    in_miles = (unit is not None and (unit.startswith(("milla", "mile")) or unit == "mi")) or \
        (unit is None and units == Units.MILES)
    return round(value * KM_PER_MILE, 3) if in_miles else value
