"""Read cross-training: "hoy hice 40 min de bici", "swam 1500 m", "una hora de pesas"."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

import attrs

from application.understanding.dates import parse_day
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold, number

Activity = Literal["bike", "swim", "strength", "other"]

_ACTIVITIES: tuple[tuple[Activity, str], ...] = (
    ("bike", r"bici\w*|ciclismo|pedale\w*|spinning|rodillo|mtb|bikes?|biked|biking|cycl\w+|spin class|peloton|zwift|"
             # "an hour and three quarters of riding", "club ride", "rodada" (a group ride in Latin America)
             r"riding|(?:group|club|road|gravel|long|easy|sunday|saturday|morning) rides?|rodada|"
             # "45 min spin on the trainer": the indoor bike
             r"estatica|stationary|spin(?= (?:on|en|in|at|class|session|bike))|(?<=min )spin|turbo trainer|"
             r"(?:on|en) the trainer"),
    ("swim", r"nade|nado|nadando|nadar|nadamos|nadaba|nadado|nadada|nadadita|natacion|piscina|swim\w*|swam|pool"),
    ("strength", (r"pesas|gimnasio|gym|fuerza|crossfit|funcional|weights|strength|lifting|lifted|"
                  r"sentadillas|squats|orangetheory|hiit|f45|bootcamp|upper body|lower body|tren superior|"
                  # "30 min de core", "core workout" ("core is toast" is a sore middle, not a session)
                  r"core (?:workout|session|routine|work|training|exercises)|ejercicios de core|(?:hice|did) core|"
                  r"(?<=min )core|(?<=min de )core|(?<=mins of )core|(?<=some )core|(?<=un poco de )core|"
                  r"(?<=' de )core|(?<=' )core|(?<=min of )core|"
                  r"core(?=,?\s+\d+\s*min)|(?<=\+ )core|(?<=\+)core|(?<=and )core(?!\s+(?:is|was|feels|felt))|"
                  r"^\W*core\W*$|"
                  # "the core circuit thing from practice", "circuito de fuerza"
                  r"core (?:\w+ )?(?:circuit|thing|stuff|class)|circuit training|circuito\w*|"
                  r"tren inferior|"
                  r"abdominales|abdomen|abs|brazos|arms|movilidad|mobility")),
    ("other", (r"yoga|pilates|eliptica|elliptical|caminata|caminatas|camine|caminamos|caminar|walk\w*|hik\w*|"
               r"(?<=min )caminando|(?<=minutos )caminando|(?<=hora )caminando|"
               r"senderismo|"
               r"remo|rowing|rowed|surf\w*|paddle\w*|kayak\w*|escalada|climbing|estiramientos|stretching|"
               r"futbol|football|soccer|tenis|tennis|basket\w*|baile|bailar|dance|dancing|aerobic\w*|aerobicos|"
               r"aquaerobic\w*|zumba|pickleball|padel|paddle tennis|squash|badminton|ecuavoley|voley\w*|"
               r"volleyball|volley|indor|fulbito|futbolito|basquet\w*|basketball|boxeo|boxing|kickboxing|"
               r"artes marciales|martial arts|karate|taekwondo|jiu ?jitsu|ski|skis|skiing|skied|esqui\w*|snowshoe\w*|"
               r"skate|skated|skating|patinaje|patinar|patine|"
               # "jugué pelota una hora", "salsa class", "bailoterapia"
               r"pelota|jugue (?:futbol|indor|basket|voley|tenis)|played (?:football|soccer|basketball|tennis)|"
               r"salsa|bachata|bailoterapia|dance class|clase de baile|"
               # "40 mins in the garden digging out a tree stump": hard work outdoors, told as a session
               r"gardening|garden work|yard work|digging|jardineria|trabajando en el jardin|cavando|"
               # "an hour shovelling the driveway", "cortando el césped": chores heavy enough to tell as a session
               r"shovel\w*|snow clearing|chopping wood|chopped wood|splitting wood|mowing|mowed|"
               r"cortando (?:el )?cesped|"
               r"cortar (?:el )?cesped|cortando lena|picando lena|paleando")),
)
_H = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:horas?|hours?|hrs?|h)(?![a-z])\s*(?:y|and)?\s*"
                r"(?:(\d+)\s*(?:minutos?|minutes?|mins?|min|m|')?(?!\w))?")
_MIN = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:minutos?|minutitos?|minuticos?|minutes?|mins?|min|')(?!\w)")
_DIST = re.compile(r"(\d+(?:[.,]\d+)?)\s*"
                   r"(km|kms|k|kilometros?|kilometers?|millas?|miles?|mi|metros|mts|meters|metres|m)(?!\w)")


@attrs.define(frozen=True)
class CrossTrainingReport:
    activity: Activity
    minutes: int | None = None
    distance_km: float | None = None
    day: date | None = None
    sport: str | None = None       # the "other" sport by its name (walk, yoga…), for the reply


# The "other" sports a runner names most, so the coach says "35 min de caminata", not "de otro deporte".
_SPORTS: tuple[tuple[str, str], ...] = (
    ("hike", r"hik\w*|senderismo|caminata de montana|trekking"),
    ("walk", r"caminata|caminatas|camine|caminamos|caminar|walk\w*|(?<=min )caminando|(?<=minutos )caminando|"
             r"(?<=hora )caminando"),
    ("yoga", r"yoga"), ("pilates", r"pilates"), ("elliptical", r"eliptica|elliptical"),
    ("rowing", r"remo|rowing|rowed"),
    ("football", r"futbol|football|soccer|indor|fulbito|futbolito|jugue pelota"),
    ("dance", r"baile|bailar|dance|dancing|salsa|zumba"),
    ("garden", r"gardening|garden work|yard work|digging|jardineria|trabajando en el jardin|cavando|mowing|mowed|"
               r"cortando (?:el )?cesped|cortar (?:el )?cesped"),
    ("stretching", r"estiramientos?|stretching|stretch(?:es|ed)?"),
    ("chores", r"shovel\w*|snow clearing|chopping wood|chopped wood|splitting wood|cortando lena|picando lena|"
               r"paleando"),
)


def sport_named(f: str) -> str | None:
    """The "other" sport ``f`` (folded) names, by its code, or None."""
    return next((code for code, words in _SPORTS if re.search(rf"(?<!\w)(?:{words})(?!\w)", f)), None)


# "28km on the Great North Walk trails", "el sendero Bike Park": a place's name, not a session.
_PLACE_NAME = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w']+\s+){1,3}(?:Walk|Way|Trail|Park|Bike Path|Pool)\b")


_BARE_MINUTES = re.compile(r"(?<!\w)(?:bike|bici|spin|swim|swam|nade|natacion|yoga|pilates|gym|gimnasio|elliptical|"
                           r"eliptica|row|remo)\w*\s+(?:again\s+|otra vez\s+|de nuevo\s+|today\s+|hoy\s+)?(\d{2,3})"
                           r"(?!\s*(?:k|km|kms|mi|miles?|m|mts|metros|x|:|/|%)(?!\w))(?=\W*$|\s*[,.;!])")


def parse_cross_training(text: str, today: date) -> CrossTrainingReport | None:
    """The first non-running activity in ``text``, or None when it names none."""
    text = _PLACE_NAME.sub(" ", text)
    f = fold(words_to_numbers(text, detect_language(text)))
    activity = _activity(f)
    if activity is None:
        return None
    minutes = _minutes(f)
    if minutes is None and _distance(f) is None:
        bare = _BARE_MINUTES.search(f)       # "bike again 45. shin like 4 today": the session's minutes
        minutes = int(bare.group(1)) if bare and 10 <= int(bare.group(1)) <= 180 else None
    return CrossTrainingReport(activity=activity, minutes=minutes, distance_km=_distance(f),
                               day=_day(text, f, today), sport=sport_named(f) if activity == "other" else None)


# "stopped and walked home", "regresé caminando a la casa": getting back after stopping, not a session.
_WALKED_BACK = re.compile(r"(?<!\w)(?:walk(?:ed|ing)? (?:it )?(?:back|home|the rest|the last (?:bit|part|\w+)|"
                          r"the end|a bit|some|parts?|the hills?|up the hills?)|(?:last|final) \w+ walk(?:ed|ing)?|"
                          r"including (?:the )?walk\w*|"
                          # "it went off after a minute or two when I walked": stopping to walk, not a session
                          r"(?:when|once|as soon as|after|cuando|apenas|en cuanto)\s+(?:i\s+)?(?:stopped and\s+)?"
                          r"(?:walked|walk|camine|me puse a caminar|pare a caminar)|"
                          r"(?:with|w/) (?:\d+ )?walk(?:ing)? breaks?|walk breaks?|incluyendo (?:la |lo )?camin\w*|"
                          r"con (?:\w+ )?(?:pausas|tramos) (?:de |caminando|camin\w*)|"
                          r"(?:camine|caminando|caminar) (?:de (?:regreso|vuelta)|a (?:la |mi )?casa|lo que falta\w*|"
                          r"el resto)|(?:regrese|volvi|me regrese|me fui) caminando)(?!\w)")


# "no me duele al caminar", "walking is fine", "hurts to walk": walking as a sign of an ache, not a session.
_WALKING_AS_A_SIGN = re.compile(r"(?<!\w)(?:(?:al|para|de|sin) caminar|cuando camino|camino (?:normal|bien|mal|sin)|"
                                r"caminar (?:normal|bien|sin)|walk(?:ing)? (?:is |was )?(?:fine|ok|okay|normal\w*|"
                                r"no problem\w*|no issues?|all good|good)|when walk\w*|"
                                r"when i walk|to walk|walking (?:hurts|pain)|pain (?:when |while )?walking|"
                                r"(?:hurts?|dolor|duele) (?:al |when |while )?(?:caminar|caminando|walking))(?!\w)")


# "30 min elliptical in the hotel gym": the gym is where, the elliptical is what.
_IN_THE_GYM = re.compile(r"(?<!\w)(?:in|at|en)\s+(?:the\s+|el\s+|my\s+|mi\s+)?(?:hotel\s+|building\s+)?"
                         r"(?:gym|gimnasio)(?:\s+del\s+hotel)?(?!\w)")


# "6 x 3 min hard up the stairs, walk down", "6 x 400m… 90 sec walk in between": the reps' recovery, not a walk
_WALK_RECOVERY = re.compile(r"(?<!\w)(?:walk(?:ed|ing)?|jog(?:ged|ging)?|caminando|caminata|trotando)\s+(?:back\s+)?"
                            r"(?:down|de bajada|recovery|recoveries|de recuperacion|in between|between|entre|rest|"
                            r"para recuperar)(?!\w)"
                            r"|(?<!\w)(?:recovery|recuperacion|rest|descanso)\s+(?:\w+\s+){0,2}?(?:walk\w*|caminando)(?!\w)"
                            r"|(?<!\w)(?:bajando|bajada)\s+caminando(?!\w)")


# "calf a bit tight, prob from the squats yday", "por las sentadillas de ayer": why it aches, not a session now
_A_CAUSE = re.compile(r"(?<!\w)(?:from|por|due to|because of|debido a|after all|(?:es|sera|fue|debe ser|must be|"
                      r"it'?s)\s+"
                      r"(?:de|del|from|por))\s+(?:the\s+|las\s+|los\s+|el\s+|la\s+|"
                      r"all\s+(?:the\s+)?|tanta\s+|tantas\s+)?(?:squats|sentadillas|lunges|zancadas|gym|gimnasio|pesas|"
                      r"weights|leg day|dia de pierna|deadlifts|peso muerto|yoga|pilates|bike|bici|spinning|"
                      r"crossfit)(?!\w)")


# "6 km con mi hijo, él en bici y yo corriendo": someone else's bike beside the runner's run
_THEY_RODE = re.compile(r"(?<!\w)(?:el|ella|mi \w+|my \w+|he|she|they)\s+(?:iba\s+|was\s+)?(?:en|on)\s+(?:la\s+|a\s+|"
                        r"his\s+|her\s+)?"
                        r"(?:bici\w*|bike|scooter|patines|skates)(?!\w)")


def _activity(f: str) -> Activity | None:
    f = _WALKED_BACK.sub(" ", _WALK_RECOVERY.sub(" ", _THEY_RODE.sub(" ", f)))
    f = _A_CAUSE.sub(" ", _WALKING_AS_A_SIGN.sub(" ", f))
    if _IN_THE_GYM.search(f) and re.search(r"(?<!\w)(?:eliptica|elliptical|bike|bici|spin\w*|treadmill|caminadora|"
                                           r"rowing|remo|swim\w*|pool|piscina|yoga|pilates)(?!\w)", f):
        f = _IN_THE_GYM.sub(" ", f)
    activity = next((name for name, words in _ACTIVITIES if re.search(rf"(?<!\w)(?:{words})(?!\w)", f)), None)
    if activity == "strength" and _TREADMILL.search(f) and not _LIFTING.search(f):
        return None       # "8 km caminadora en el gym": a run on the treadmill, in a gym
    if activity == "other" and _WALK.search(f) and _JOG.search(_NO_RUN.sub(" ", f)):
        return None       # "caminata con trote", run-walk: a run (Galloway), not another sport
    return activity


# "no corrí hoy, salí a caminar media hora", "not running today, walked the dog 30 min instead": the run
# denied, another activity done in its place.
_DID_OTHER = re.compile(r"(?<!\w)(?:sali a|salimos a|fui a|fuimos a|me fui a|hice|hicimos|camine|caminamos|nade|"
                        r"pedalee|rode|walked|swam|biked|cycled|did|went for|went on|had a|instead|en vez|en cambio|"
                        r"solo|nomas|only|just)(?!\w)")


def names_an_activity(text: str) -> bool:
    """``text`` names a non-running activity."""
    return _activity(fold(words_to_numbers(text, detect_language(text)))) is not None


def denies_an_activity(text: str) -> bool:
    """"no fui al gym", "didn't swim", "sin bici esta semana": the activity itself is denied (not "bici 50 min,
    sin dolor": a session done, with no pain)."""
    f = fold(text)
    words = "|".join(w for _, w in _ACTIVITIES)
    return bool(re.search(rf"(?<!\w)(?:no|ni|not|never|didn'?t|did not|sin|nada de|skipped|no hubo)\s+"
                          rf"(?:\w+\s+){{0,2}}?(?:{words})(?!\w)", f))


def instead_of_running(text: str) -> bool:
    """A run said not done, and another activity done (``text`` names one)."""
    f = fold(words_to_numbers(text, detect_language(text)))
    other = _NO_RUN.sub(" ", f)
    return bool(_NO_RUN.search(f)) and _activity(f) is not None and bool(
        _DID_OTHER.search(other) or _minutes(other) or _distance(other))


def _day(text: str, f: str, today: date) -> date:
    if re.search(r"(?<!\w)(?:anoche|last night|ayer en la noche|yesterday evening)(?!\w)", f):
        return today - timedelta(days=1)
    if re.search(r"(?<!\w)(?:hoy|today|tonight|esta (?:tarde|noche)|this (?:morning|afternoon|evening))(?!\w)", f):
        return today
    day = parse_day(text, today, "past") or today
    if day > today:
        return today       # "Natación 30 min, suave. Mañana carrera": tomorrow is the race's, the swim is done
    if day == today - timedelta(days=7) and not re.search(r"(?<!\w)(?:pasad[oa]|last|ago|hace)(?!\w)", f):
        return today       # "Buen domingo. Hoy otra caminata", a weekday named on that weekday: today
    return day


# "no corrí", "didn't run": a run denied is no run to walk with.
_NO_RUN = re.compile(r"(?<!\w)(?:no|ni|not|never|didn'?t|did not|without|sin|nada de|cero)\s+(?:\w+\s+){0,2}?"
                     r"(?:corr\w*|trot\w*|run\w*|ran|jog\w*)"
                     # "caminé con la bebé mientras ella corría", "walked while he ran": someone else's run
                     r"|(?<!\w)(?:mientras|while|as)\s+(?:ella|el|ellos|ellas|she|he|they|mi \w+|my \w+)\s+"
                     r"(?:corr\w*|trot\w*|ran|run\w*|jog\w*)"
                     r"|(?<!\w)(?:run|running) (?:club|crew|group)|(?:club|grupo) de (?:running|corredores|trote)"
                     # "walked 2 miles with the dog instead of running": the run not done, the walk done
                     r"|(?<!\w)(?:instead of|rather than|en vez de|en vez del|en lugar de|en lugar del)\s+"
                     r"(?:a\s+|the\s+|my\s+|mi\s+|el\s+|la\s+)?(?:long\s+|easy\s+)?"
                     r"(?:corr\w*|trot\w*|run\w*|jog\w*|fondo|rodaje|largo|entreno)")
_WALK = re.compile(r"(?<!\w)(?:caminata|camine|caminar|caminaba|caminando|walk\w*)(?!\w)")
_JOG = re.compile(r"(?<!\w)(?:trot\w*|corr\w*|jog\w*|run|running|ran)(?!\w)")
_TREADMILL = re.compile(r"(?<!\w)(?:caminadora|trotadora|treadmill|cinta|tread)(?!\w)")
_LIFTING = re.compile(r"(?<!\w)(?:pesas|fuerza|weights|lifting|lifted|crossfit|sentadillas|squats|strength|pierna|"
                      r"legs day|leg day|core|funcional)(?!\w)")
_RUN_WORD = re.compile(r"(?<!\w)(?:corri|corrimos|trote|trotamos|rodaje|fondo|ran|run|jog\w*|easy|suave\w*|"
                       # "Brick: 1h30 bici + 5k a ritmo de carrera": a pace of a race is a run's
                       r"recovery|shakeout|tempo|series|intervals|ritmo de carrera|race pace|off the bike|"
                       r"transition run|brick run)(?!\w)")
_NOT_WALKING = re.compile(r"(?<!\w)(?:no|sin|without|zero)\s+(?:walk\w*|caminar|caminando)(?!\w)")
_DONE_RUN = re.compile(r"(?<!\w)(?:corri|corrimos|trote|hice|did|ran|done)(?!\w)")
_SEPARATORS = re.compile(r"\s*(?:\+|;|,|\.\s|\by luego\b|\bluego\b|\band then\b|\bthen\b|\bplus\b|"
                         r"\by despues\b|\bafter that\b|\by\b(?! media| cuarto| tres cuartos| 3 cuartos)|"
                         r"\band\b(?! a half| a quarter| three quarters| 3 quarters)|\by tambien\b|\band also\b)\s*")


# "caminé y troté media hora", "walk/run 40 min", "a caminar y trotar": one run-walk session (Galloway).
_N = r"(?:\d+|uno|una|dos|tres|cuatro|cinco|one|two|three|four|five)"   # a count of minutes, in words too
_RUN_WALK = re.compile(r"(?<!\w)(?:camin\w*|walk\w*)\s*(?:y|and|&|/|\+|-)?\s*(?:trot\w*|corr\w*|jog\w*|run\w*)|"
                       r"(?<!\w)(?:trot\w*|corr\w*|jog\w*|run\w*)\s*(?:y|and|&|/|\+|-)?\s*(?:camin\w*|walk\w*)|"
                       # "1 minuto trotando y 2 caminando", "6 x 2 min run 1 min walk": run-walk intervals (Galloway)
                       rf"{_N}\s*(?:min\w*|')?\s*(?:de\s+)?(?:trot\w*|corr\w*|jog\w*|run\w*)\W+(?:y\s+|and\s+)?{_N}\s*"
                       r"(?:min\w*|')?\s*(?:de\s+)?(?:camin\w*|walk\w*)|"
                       rf"{_N}\s*(?:min\w*|')?\s*(?:de\s+)?(?:camin\w*|walk\w*)\W+(?:y\s+|and\s+)?{_N}\s*"
                       r"(?:min\w*|')?\s*(?:de\s+)?(?:trot\w*|corr\w*|jog\w*|run\w*)|"
                       # "5 km corriendo 3 min y caminando 1", "running 4 min, walking 1"
                       rf"(?:trot|corr|jog|run)\w*\s+{_N}\s*(?:min\w*|')?\W+(?:y\s+|and\s+)?(?:camin|walk)\w*\s+{_N}")


# "Natación 30 min… Mañana carrera, los 15K de Ambato": words of another day or a race open what follows them
_A_DAY_OR_RACE = re.compile(r"(?<!\w)(?:manana|tomorrow|tmrw|ayer|yesterday|hoy|today|carrera|race|lunes|martes|"
                            r"miercoles|"
                            r"jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)")


def split_activities(text: str, today: date) -> tuple[str, list[CrossTrainingReport]]:
    """A message with runs and cross-training ("8k recovery + 30 min strength", "bike ride yesterday
    and swam 30 min on thursday"): the text of the runs, and every other activity, each with its day."""
    from application.understanding.run_report import _has_run, _prepare
    text = _PLACE_NAME.sub(" ", text)
    if _RUN_WALK.search(fold(words_to_numbers(text, detect_language(text)))):
        return text, []       # ("dos de trote y uno de caminata": run-walk, in words too)
    pieces = [p for p in _SEPARATORS.split(text) if p and p.strip()]
    # Each activity with the pieces after it that name none ("Bici con el grupo, 2 horas").
    groups: list[tuple[Activity | None, list[str]]] = []       # None: a run
    waiting: list[str] = []     # opening words naming no activity: "Hice 30 min de brazos y abdomen en el gym"
    for piece in pieces:
        f = fold(words_to_numbers(piece, detect_language(piece)))
        activity = _activity(f)
        walking_only = bool(_WALK.search(f)) and not _JOG.search(_NO_RUN.sub(" ", f)) and not _NOT_WALKING.search(f)
        running = _has_run(_prepare(piece)) and not walking_only and (
            activity is None or activity in ("strength", "other") and bool(
                _RUN_WORD.search(f) or _TREADMILL.search(f) or _NOT_WALKING.search(f) or _DONE_RUN.search(f)))
        if running:
            groups.append((None, [*waiting, piece]))
            waiting = []
        elif activity is not None and groups and groups[-1][0] == activity and not waiting:
            groups[-1][1].append(piece)       # "30 min de brazos y abdomen": one session of the same kind
        elif activity is not None:
            groups.append((activity, [*waiting, piece]))
            waiting = []
        elif groups and not _A_DAY_OR_RACE.search(f):
            groups[-1][1].append(piece)
        else:
            waiting.append(piece)
        if running and len(groups) >= 2 and groups[-2][0] is not None and activity is None \
                and not _RUN_WORD.search(f) and not _JOG.search(f) \
                and not _distance(fold(" ".join(groups[-2][1]))) \
                and (groups[-2][0] != "strength" or not _minutes(fold(" ".join(groups[-2][1])))):
            # ("Swam 45 mins this morning, 1800m": the swim's distance too; "45min gym at lunch, 8k E": a gym session
            # has no distance, so the 8k is a run)
            # "walked the dog, like 3 mi, an hour": the numbers after an activity are that activity's.
            groups.pop()
            groups[-1][1].append(piece)
    if waiting:
        groups.append((None, waiting))
    groups = _ride_distance_joined(groups)
    others: list[CrossTrainingReport] = []
    run_text = text
    for activity, group in groups:
        if activity is None:
            continue
        said = ", ".join(group)
        f = fold(words_to_numbers(said, detect_language(said)))
        own_day = parse_day(said, today, "past")
        others.append(CrossTrainingReport(activity=activity, minutes=_minutes(f), distance_km=_distance(f),
                                          sport=sport_named(f) if activity == "other" else None,
                                          # The message's day, read as _day reads it: "Domingo. Caminé 50 min"
                                          # sent on a Sunday is today, not last week's Sunday.
                                          day=_day(said, f, today) if own_day else _day(text, fold(text), today)))
        for piece in group:
            run_text = run_text.replace(piece, " ", 1)
    if not others:
        return text, []          # nothing else in it: the runs' text as written ("una hora veinte y ocho")
    return run_text, others


_RIDE_KMH = 18      # faster than 3:20/km for the whole distance: an elite's pace, a cyclist's easy ride


def _ride_distance_joined(groups: list[tuple[Activity | None, list[str]]]) -> list[tuple[Activity | None, list[str]]]:
    """"22 miles, about an hour and three quarters of riding": a distance with no run word of its own, said
    just before a ride's time, is the ride's when no runner could run it in that time."""
    from application.understanding.run_report import plausible_pace
    out = list(groups)
    for n in range(len(out) - 1):
        (first, words), (then, ride) = out[n], out[n + 1]
        said = fold(" ".join(words))
        km, minutes = _distance(said), _minutes(fold(" ".join(ride)))
        too_fast = km is not None and minutes is not None and km > 0 and minutes > 0 and (
            km / (minutes / 60) > _RIDE_KMH or not plausible_pace(minutes * 60, km))
        if first is None and then == "bike" and too_fast and _minutes(said) is None and not _RUN_WORD.search(said):
            out[n], out[n + 1] = (None, []), ("bike", [*words, *ride])
    return [(activity, words) for activity, words in out if words]


_HOUR_AND_PART = re.compile(r"(\d+|an?|una)?\s*(?:horas?|hours?|hrs?)\s*(?:and|y)\s*(a half|media|a quarter|un cuarto|"
                            r"3 quarters|three quarters|3 cuartos|tres cuartos)(?!\w)")


def _minutes(f: str) -> int | None:
    part = _HOUR_AND_PART.search(f)
    if part:      # "an hour and three quarters of riding", "hora y media"
        hours = int(part.group(1)) if part.group(1) and part.group(1).isdigit() else 1
        return hours * 60 + {"a half": 30, "media": 30, "a quarter": 15, "un cuarto": 15}.get(part.group(2), 45)
    m = _H.search(f)
    if m:
        return round(number(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else 0))
    m = _MIN.search(f)
    if m:
        return round(number(m.group(1)))
    if re.search(r"(?<!\w)(?:media hora|half an hour|half hour|1/2 hora|1/2 hour)(?!\w)", f):
        return 30
    m = re.search(r"(?<![\w.,:])(\d{1,3})\s+(?:de\s+)?(?:yoga|pilates|stretch\w*|estiramientos?|core|abs|"
                  r"abdominales|movilidad|mobility)(?!\w)", f)
    if m and 5 <= int(m.group(1)) <= 180:
        return int(m.group(1))      # "+ 30 yoga": a session's minutes (no distance is ever told for these)
    # "an hour", "una hora", "hour ish": one hour, said without a number
    return 60 if re.search(r"(?<!\w)(?:an?\s+|una\s+|1\s+)?(?:hour|hora|hr)(?!\w)", f) else None


def _distance(f: str) -> float | None:
    m = _DIST.search(f)
    if not m:
        return None
    value, unit = number(m.group(1)), m.group(2)
    if unit in ("m", "metros", "mts", "meters", "metres"):
        return value / 1000 if value >= 25 else None     # "45 m" is minutes; a pool is 25 m
    if unit.startswith(("milla", "mile")) or unit == "mi":
        return round(value * 1.609344, 3)
    return value
