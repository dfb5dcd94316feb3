"""Read runs reported in free text: "hoy corrí 8 km en 45 min, me duele la rodilla".

``parse_runs`` returns one RunReport per run the message reports (a paragraph may report a week),
each with its day; a planned or wished-for run comes back with ``planned=True``, never as done.
The reading is a few steps over folded text in which number words are already digits
(numbers.words_to_numbers): split at day words, then per part take out, in order, the effort score,
interval sets, warm-up/cool-down, a given pace, the distance and the time; what is left cannot
be mistaken for them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

import attrs

from application.understanding.body import body_parts_in, mentions_pain, without_part_scores
from application.understanding.dates import WEEKDAY_RE, find_day, short_days_spelled
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold, has_any, number
from domain.pace import KM_PER_MILE
from domain.runner import Units

RUN_VERBS = ("corri", "corrimos", "trote", "trotamos", "trotar", "sali a correr", "salimos a correr",
             "fui a correr", "fuimos a correr", "hice", "complete", "termine", "rodaje", "fondo",
             "entrene", "entrenamiento de", "ran", "run", "jogged", "jog", "did", "completed", "finished",
             "race", "raced", "long run", "easy run", "tempo", "intervals", "series", "salida")
_PAST_VERBS = ("corri", "corrimos", "trote", "trotamos", "hice", "hicimos", "sali", "salimos", "fui", "complete",
               "termine", "entrene", "gane", "competi", "ran", "did", "jogged", "completed", "finished", "raced",
               "won", "went", "was", "fue", "fueron", "tuve", "had", "took", "tomo", "demore", "me demore", "hammered",
               "smashed", "nailed", "done", "hecho", "listo")
_PLANNED = re.compile(
    # ("ya quiero que llegue el 11": the race day wished for; "mi señora me esperó": waited, not hoped)
    r"(?<!\w)(?:voy a|vamos a|quiero(?! que llegue| q llegue)|quisiera|pienso|planeo|tengo que|me gustaria|"
    r"(?<!me )(?<!te )(?<!nos )(?<!los )(?<!las )espero|mi meta|mi objetivo|meta para|meta de|objetivo para|"
    r"goal for|target for|"
    r"i want to|i'd like to|i would like to|i'm going to|im going to|i am going to|going to|gonna|i will|"
    r"i'll|planning|plan to|hope to|my goal|sub[- ]?\d|bajar de|break|en la noche voy|iba a|was going to|"
    # "under 50", "under an hour": a goal time ("HR stayed under 175" is not)
    r"(?<!stayed )(?<!kept )(?<!was )(?<!hr )under(?= \d{1,2}:\d\d| \d{1,3} ?(?:min\w*|h|hrs?|hours?)(?!\w)"
    r"| \d{1,2}(?![\d:.,])| an hour| the hour| \w+ minutes)|"
    r"was supposed to|supposed to|meant to|"
    # "Long run at MacRitchie today, aiming 28k", "la idea es hacer 12"
    r"aiming|aim for|targeting|la idea es|apunto a|apuntando a)(?!\w)")
# "8k easy after work tonight": later today, not yet run — unless its time is told ("tonight 8k, 48:20").
_TOTAL_IN = re.compile(r"(?<!\w)(?:total|en total|in total)\s+(?:in|en)\s+(?:\d+:\d\d(?::\d\d)?|\d+\s*(?:min\w*|h\w*)"
                       r"(?:\s*\d+\s*(?:min\w*)?)?)")
# "averaged 1:59 a rep", "3:50 cada una": a rep's time, not the session's; "con trote de 2 min", "r90s", "with 2 min
# jog": the recovery between reps; "3:55 3:58 4:00 3:57": the reps' splits
_PER_REP = re.compile(r"\d{1,2}:\d\d\s*(?:a|per|each|por|cada)\s+(?:rep|repeat|interval|serie|una|uno|one)\w*"
                      r"|(?:\d{1,2}:\d\d[\s,]+){2,}\d{1,2}:\d\d")
# ...and, around reps, the recovery between them ("con trote de 2 min", "with 90 s jog"); alone, "20 minutos de trote"
# is the run itself
_RECOVERY_TIME = re.compile(r"(?:con\s+|with\s+)?(?:trote|trotando|jog|jogging|rest|pausa|descanso|rec|recovery|"
                            r"recuperacion|"
                       r"walk|caminando)\s+(?:de\s+|of\s+)?\d+\s*(?:min\w*|seg\w*|secs?|s|')(?!\w)"
                       r"|(?:con\s+|with\s+)?\d+\s*(?:min\w*|seg\w*|secs?|s|')\s+(?:de\s+)?(?:trote|trotando|jog|jogging|"
                       r"rest|pausa|descanso|rec|recovery|walk|caminando)(?!\w)")
_A_RACE_NAME = re.compile(r"(?<![\w.,])\d{1,2}\s*[kK]\s+(?:de\s+|del\s+)?(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ']+\s+){1,3}"
                          r"(?:(?:de|del)\s+(?:(?:la|los|las|el)\s+)?)?[A-ZÁÉÍÓÚÑ]")
# ("15 km ida y vuelta" is the round trip's total: not doubled)
_EACH_WAY = re.compile(r"\d\s*(?:k|km|kms|mi|miles?)?\s+(?:each way|cada lado|por lado)")
# "After 5 min ok liao so I walked back", "a los 10 min se me pasó": when something happened, not the run's time.
_WAITED = re.compile(r"(?<!\w)(?:after|despues de|a los|tras|within|en cosa de)\s+(?:like\s+|about\s+|unos\s+)?"
                     r"\d+\s*(?:min\w*|seg\w*|secs?|seconds?)(?!\w)")
# "5k en 31:40 🥲 quería bajar de 30", "wanted to break 50": the goal missed, told with the result.
_PAST_WISH = re.compile(r"(?<!\w)(?:queria|quise|esperaba|wanted to|was hoping to|was aiming to|was trying to|"
                        r"hoped to|i was going for)\s+(?:bajar de|break|go sub|go under|sub|hacer)\s*[\d:]*")
_DONE_WORD = re.compile(r"(?<!\w)(?:done|hecho|lista|listo|termin\w*|finish\w*|complet\w*|acab\w*|✅|pr|pb)(?!\w)|✅|"
                        r"🏅")
# "no pude salir temprano así q salí a las 12": not then, but the run was done (later, or another way)
_NOT_WHEN = re.compile(r"(?<!\w)(?:no pude|no alcance a|couldn'?t|could not|didn'?t|did not)\s+(?:salir|correr|"
                       r"trotar|go|run|"
                       r"get out)\s+(?:(?:a correr|out|to run)\s+)?(?:temprano|early|en la manana|in the morning|"
                       r"in morning|"
                       r"this morning|in the am|"
                       r"a la hora|"
                       r"on time|antes|before work|con el grupo|with the group|with the club|con el club)(?!\w)")
_LATER_TODAY = re.compile(r"(?<!\w)(?:tonight|later today|this evening|esta noche|mas tarde)(?!\w)")
_QUESTION = re.compile(r"^\W*(?:cuant[oa]s?|como(?!\s+(?:unos\s+|unas\s+)?\d)|que(?!\s+(?:mas|tal|hubo|fue)(?!\w))|"
                       r"cual|cuales|debo|deberia|puedo|"
                       r"es bueno|es malo|sirve|"
                       r"how|what|which|should|can|could|is it|does|do i|why|por que)(?!\w)")
_RACE = re.compile(
    r"(?<!\w)(?:carrera|competencia|competi|race|raced|gane|won|podio|podium|medalla|medal|categoria|"
    r"turkey trot|trot|fun run|color run|turkey chase|"
    r"age group|chip|tiempo oficial|official time|prueba de tiempo|time trial|contrarreloj|parkrun|oficial|official|"
    # "PR by 6 sec", "nuevo récord personal", "track meet": a best time raced
    r"pr|prs|pb|pbs|personal best|personal record|record personal|mejor marca|track meet|meet|"
    # "puesto 12 en mujeres", "3rd in my age group", "finished 40th": a place in a race
    r"puesto \d+|lugar \d+|\d+(?:st|nd|rd|th) place|place \d+|\d+(?:st|nd|rd|th) in|\d+(?:ro|do|to|vo|no|mo) en|"
    # "sub 40 by over a minute", "bajé de 50": a goal time beaten is a race run
    r"sub[- ]?\d+(?::\d\d)?\s+(?:by|por)|broke \d+|rompi (?:los |el )?\d+|baje de \d+|"
    # A time trial in any wording: "una prueba de 5k a full", "all out", "5k test" (issue 21).
    r"prueba(?: de)? \d+(?:[.,]\d+)?\s*k\w*|test(?: de)? \d+(?:[.,]\d+)?\s*k\w*|\d+(?:[.,]\d+)?\s*k\w* test|"
    r"a full|a tope|a muerte|all[- ]?out|flat[- ]?out|max effort|maximo esfuerzo|"
    r"(?:la|el|los|una|the|a)\s+\d{1,2}\s*k|(?:media\s+)?maraton|(?:half\s+)?marathon|"
    r"(?:finished|termine|complete|acabe)\s+(?:the|la|el|my|mi)\s+(?:\w+\s+){0,2}(?:\d{1,2}\s*k|half|media)|"
    # "quedé 23 de 140", "came 40th of 300", "la nocturna 8K": a place in the field, a race by its name
    r"quede (?:en el )?(?:puesto )?\d+ de \d+|(?:came|finished|placed) \d+(?:st|nd|rd|th)? (?:of|out of) \d+|"
    r"(?:la|el|the)\s+(?!manana|tarde|noche|semana|morning|evening|afternoon|night|mitad|primera|segunda|ultima|"
    r"subida|bajada|vuelta|ida|pista|track|loop|route|ruta)[a-z]{4,15}\s+\d{1,2}\s*k)(?!\w)|🏅|🥇|🥈|🥉|🏆")
_TRAINING = re.compile(r"(?<!\w)(?:entrenamiento|training|fondo|long run|tirada|rodaje|tempo|suave|easy|series|"
                       # ("a 5k jog with the club kids, very slow"): a jog is no race
                       r"intervals|intervalos|fartlek|umbral|threshold|jog|jogging|jogged|trotecito|shakeout|ez|"
                       r"regenerativo|very slow|muy lento|despacito)(?!\w)")
# "no corrí", "didn't run", "no pude entrenar": a run that did not happen (a missed session).
_NOT_DONE = re.compile(r"^\W*(?:hoy nada|nada hoy|nothing today|rest day today|dia de descanso)(?!\w)|"
                       r"(?<!\w)(?:no|nunca|never)\s+(?:pude\s+|alcance\s+a\s+)?"
                       r"(?:corri|sali|entrene|trote|hice|correr|"
                       r"entrenar|trotar|salir)(?!\w)|(?<!\w)(?:didn'?t|did not|couldn'?t|could not|never)\s+"
                       r"(?:get to\s+)?(?:run|jog|train|go)(?!\w)")

_UNIT = r"(km|kms|kilometros?|kilometers?|kilometres?|k|millas?|milers?|miles?|mi|metros|mts|meters|metres|m)"
_DIST = re.compile(rf"(?<![\w:.,])(\d+(?:[.,]\d+)?)\s*{_UNIT}(?!\w)")
# "…1 cd. six miles in 51:40", "…enfriamiento 10. como 6k en 40 min": the session's distance with its time, told
# after its parts (a warm-up, reps, a cool-down) — the whole of it.
_SESSION_PAIR = re.compile(rf"(?<![\w:.,@])(\d+(?:[.,]\d+)?)\s*{_UNIT}?\s+(?:en|in)\s+"
                           r"(\d{1,2}:\d\d(?::\d\d)?|\d+\s*h\s*\d*(?:\s*min\w*)?|\d+\s*(?:min\w*|hrs?|horas?|hours?)(?:\s*\d+)?)"
                           r"(?![\w:])")
_RPE = re.compile(
    r"(?:rpe|esfuerzo|effort|intensidad|intensity)\s*(?:de|of|:|=)?\s*(-?\d+(?:[.,]\d+)?)(?:\s*/\s*10)?"
    r"|(?<![\w/:.])(-?\d+(?:[.,]\d+)?)\s*/\s*10(?!\d)")
# How hard it felt, when no number is given (Borg's CR-10 as runners say it): "a tope", "all out" is 9;
# "full cansada", "muerto", "exhausted", "destroyed" is 8 (hard). Daniels reads fitness from hard efforts.
_FELT_ALL_OUT = re.compile(r"(?<!\w)(?:a tope|a full|al maximo|al limite|all out|max effort|full gas|flat out|"
                           r"deje todo|left it all)(?!\w)")
_FELT_HARD = re.compile(r"(?<!\w)(?:full cansad[oa]|bien cansad[oa]|muy cansad[oa]|super cansad[oa]|"
                        r"muert[oa]|reventad[oa]|fundid[oa]|destruid[oa]|molid[oa]|exhausted|destroyed|wrecked|"
                        r"gassed|spent|knackered|shattered|dying|brutal)(?!\w)")
_PAIN_BEFORE = re.compile(r"(?:dolor|duele|pain|hurts?|molestia)\W+(?:\w+\W+){0,2}$")
_CLOCK = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"
# "a 5:30", "at 8:30 pace", "a ritmo de 5:30", "5:30/km", "@ 4:50 min/km": a pace, not the time.
_PACE = re.compile(
    r"(?:(?<!\w)(?:a|at|con|@)\s+(?:un\s+|a\s+)?(?:ritmo|pace)?\s*(?:de|of|:)?\s*|(?<!\w)(?:ritmo|pace)\s*(?:de|of|:)?\s*|@\s*)"
    r"(\d{1,2}):(\d{2})(?![:\d])\s*(min)?\s*(/\s*km|/\s*k|por km|per km|/\s*mi(?:le)?|por milla|per mile|"
    r"a la milla|el km|el kilometro)?(?:\s*(?:pace|de ritmo|ritmo))?"
    r"|(?<![\d:])(\d{1,2}):(\d{2})\s*(?:min)?\s*(/\s*km|/\s*mi(?:le)?|per mile|por milla|per km|por km)")
# "a 6 min/km", "at 9 min per mile": a pace in whole (or decimal) minutes.
_PACE_MINUTES = re.compile(r"(?:(?<!\w)(?:a|at|@)\s+)?(\d{1,2}(?:[.,]\d)?)\s*(?:min|minutos?|minutes?)\s*"
                           r"(?:/|por|per|el|a la)\s*(km|k|kilometro|mi|mile|milla)(?!\w)")
_H = r"(\d+(?:[.,]\d+)?)\s*(?:horas?|hours?|hrs?|h)(?![a-z])"
_MIN = r"(\d+(?:[.,]\d+)?)\s*(?:(?:minutos?|minutes?|mins?|min|m)(?![a-z])|'(?!'))"
_SEC = r"(\d+)\s*(?:segundos?|seconds?|secs?|seg|s|\"|'')(?!\w)"
_HM = re.compile(_H + r"\s*(?:y|and|con|,)?\s*(?:(\d+)\s*(?:minutos?|minutes?|mins?|min|m|')?(?![\w:]))?")
_MS = re.compile(rf"{_MIN}(?:\s*(?:y|and|,)?\s*{_SEC}|\s*(?:y medio|and a half))?")
_BARE_MINUTES = re.compile(r"(?<!\w)(?:en|in)\s+(\d{1,3})(?![\w]|[:.,]\d|\s*(?:x|km|k|mi|millas?|miles?)(?!\w))"
                           # "10k ez 48": the minutes last, after how it was run
                           r"|(?<!\w)(?:easy|ez|suaves?|tranqui|recovery)\s+(\d{2,3})(?=\W*$|\s*[.,;!])")
# Interval sets: "6x1000", "6 x 800 m", "10x400", "8x3'", "6 series de 1000", "5 por 1 km".
_REPS = re.compile(
    r"(?<![\w.])(\d{1,2})\s*(?:x|por|\*|series de|repeticiones de|reps? of|repeats? of|intervalos de)\s*"
    r"(\d+(?:[.,]\d+)?)\s*(km|k|mts|metros|meters|m|millas?|miles?|mi|minutos?|minutes?|mins?|min|'|segundos?|seg|s|\")?(?!\w)")
_REP_TIME = re.compile(rf"^\s*(?:a|at|en|in|@)\s+(?:ritmo\s+de\s+)?{_CLOCK}\s*(/\s*km|min/km|por km|per km)?"
                       r"|^\s*(?:a|at|en|in|@)\s+(\d{2,3})\s*(?:seg|segundos|s|sec|seconds|\")(?!\w)")
_RECOVERY = re.compile(
    r"(?:(?<!\w)(?:rec|recup|recuperacion|recuperando|recovery|descanso|pausa|rest|r|trotando|jog)\s*(?:de|of|:)?\s*"
    rf"(?:{_CLOCK}|(\d+(?:[.,]\d+)?)\s*(minutos?|minutes?|mins?|min|'|segundos?|seconds?|secs?|seg|s|\"|'')(?!\w)))"
    r"|(?:(\d+(?:[.,]\d+)?)\s*(minutos?|minutes?|mins?|min|'|segundos?|seconds?|secs?|seg|s|\"|'')\s*"
    r"(?:de\s+)?(?:rec|recup|recuperacion|recovery|descanso|pausa|rest|trotando|trote|jog|caminando)(?!\w))")
# A recovery run as a distance ("200m jog", "rec 400 m trotando"): not the run's distance.
_REC_DISTANCE = re.compile(r"^\W*(?:(?:with|con|y|and)\s+)?(?:(?:rec|recup\w*|recovery)\s*(?:de\s*)?)?"
                           r"\d+\s*(?:m|mts|metros|meters)"
                           r"\s*(?:de\s+)?(?:jog|trote|trotando|rec\w*|recovery|caminando|walk\w*)?(?!\w)")
_WARM_COOL = re.compile(
    r"(?<!\w)(?:calentamiento|calentando|calentar|calente|warm[- ]?up|wu|enfriamiento|vuelta a la calma|enfriar|"
    r"enfrie|enfriando|cool[- ]?down|cd)\s*(?:de|of|:)?\s*(\d+(?:[.,]\d+)?)\s*(km|k|millas?|miles?|mi)(?!\w)"
    # "2 de enfriamiento": the unit of the main set, unsaid
    r"|(\d+(?:[.,]\d+)?)\s*(km|k|millas?|miles?|mi)?\s*(?:de\s+)?(?:calentamiento|calentando|warm[- ]?up|wu|"
    r"enfriamiento|vuelta a la calma|cool[- ]?down|cd|soltando|de soltura)(?!\w)")
_TOTAL = re.compile(rf"(\d+(?:[.,]\d+)?)\s*{_UNIT}(?!\w)\s*(?:en total|in total|total|altogether|all up|overall|"
                    rf"in all)|(?:total|en total)\s*"
                    rf"(?:(?:el|la|mi|the|my)\s+\w+\s+(?:quedo|fue|was|came to|ended)\s+(?:en|at|in)?\s*)?"
                    rf"(?:de\s*|como\s*|unos\s*|about\s*|around\s*|~\s*|of\s*)?(\d+(?:[.,]\d+)?)\s*{_UNIT}(?!\w)")
# "4x2mi @ 6:35. 11 total": a total with no unit is in the unit the message (or the runner) uses.
_BARE_TOTAL = re.compile(r"(?<![\w:.,/@])(\d+(?:[.,]\d+)?)\s*(?:en total|in total|total)(?!\w)"
                         r"|(?<!\w)(?:total|en total)\s*(?:de\s*|como\s*|like\s*|about\s*|around\s*|unos\s*)?:?\s*"
                         r"(\d+(?:[.,]\d+)?)(?![\w:.,/'\"])"
                         r"(?!\s*(?:min\w*|h|hr?s?|horas?|hours?|seg(?:s|undos?)?|secs?|'|\"|x|veces|times|reps?)(?!\w))")
# ("en total 10.5 según el reloj": "según" is no unit of time)
# "3k calentamiento + 6k a 4:05 + 2k enfriamiento": the parts of one session, added up.
_SUM = re.compile(r"\+")
# A number that is a time or a count, not a distance: "did 1 hr of yoga", "8 x 400", "45 mins".
_NOT_A_DISTANCE = r"(?:x|min\w*|minutes?|h|hrs?|hr|horas?|hours?|seg\w*|secs?|seconds?)(?!\w)"
# A run with no unit: "hoy 5 suave", "corrí 8", "ran 6 easy".
_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
          r"diciembre)")
_BARE_DISTANCE = re.compile(
    r"(?:(?<!\w)(?:corri|corrimos|trote|trotamos|hice|hicimos|meti|metimos|ran|jogged|did|correr|run|hoy|ayer|today|"
    rf"yesterday|fondo de|long run of|largo de|rodaje de|trote de|tirada de)\s+"
    # ("hice los 14 del fondo", "did the 6 easy"; not "the 5th")
    rf"(?:(?:like|como|unos|unas|about|around|los|las|mis|the|my)\s+)?|(?<!\w){WEEKDAY_RE}\s+)"
    # ("sabado 8 y domingo fondo de 16": the day's amount; not "el sábado 10 de abril", "sunday 7 am")
    # ("long run sun 16, calf a bit tweaky": a comma after the number ends it, unless a decimal follows)
    rf"(\d{{1,2}}(?:[.,]\d+)?)(?![\w:]|[.,]\d|\s*{_NOT_A_DISTANCE}|\s*(?:am|pm|a\.m|p\.m)(?!\w)|\s+de\s+{_MONTH}"
    r"|\s+(?:(?:more|mas)\s+)?(?:reps|repeats|repeticiones|series|intervals|laps|vueltas|strides|rectas|sprints|"
    r"hills|cuestas)(?!\w)"
    r"|\s+(?:runs?|days?|dias?|salidas?|sessions?|sesiones|entrenos?|weeks?|semanas?|veces|times|personas|people|"
    r"amigos|friends|ultimos|ultimas|primeros|primeras|last|first|final|finales|q faltaban|que faltaban|"
    r"que me faltaban|"
    r"restantes|remaining|left)(?!\w))"
    # ...and where the number stands alone in a training log: "Sat: 4 shakeout", "listo 26.4 en 2:08:30".
    rf"|(?:(?<!\w){WEEKDAY_RE}\s*:\s*|(?<!\w)(?:listo|done|was|fueron|fue|son)\s+(?:(?:los|las|the)\s+)?|^\s*)"
    rf"(\d{{1,2}}(?:[.,]\d+)?)(?![\w:.]|,\d|\s*{_NOT_A_DISTANCE}|\s*/)"
    r"(?=\s+(?:en|in)\s+\d|\s+(?:easy|ez|suave\w*|shakeout|recovery|rec|rodaje|regenerativo|tranqui\w*|de fondo|long|"
    # ("14 done. 2:09", "6 done, 48 min")
    r"k|km|done|listos?|hechos?|completed?)(?!\w)|\s*$|\s*[,.+])"
    # "long one done. 14 in 2:02:10": a sentence that is the amount with its time (not "back's a bit stiff. 2")
    rf"|(?<=[.!;]\s)(\d{{1,2}}(?:[.,]\d+)?)(?=\s+(?:en|in)\s+\d)"
    # "él hizo 12 y yo 7 en 55 min", "she did 10 and I 6 in 40": the runner's own amount, with its time
    rf"|(?<!\w)(?:yo|i|me)\s+(\d{{1,2}}(?:[.,]\d+)?)(?=\s+(?:en|in)\s+\d)"
    # ...or wherever a number is followed by how it was run: "post shift 6 easy", "despues del trabajo 8 suave".
    r"|(?<![\w.,:/+-])(\d{1,2}(?:[.,]\d+)?)(?=\s+(?:more\s+|mas\s+)?(?:easy|ez|suave\w*|shakeout|recovery|rodaje|"
    r"regenerativo|tranqui\w*)"
    r"(?!\w)(?!\s+(?:runs?|days?|dias?|salidas?|sessions?|sesiones|entrenos?|weeks?|semanas?|veces|times)(?!\w)))"
    # "easy 4 after school, 34 min", "y en la tarde otros 6 soltando, 33 min": the amount after how it was run
    r"|(?<!\w)(?:easy|suave|tranqui|otros|otras|another)\s+(\d{1,2}(?:[.,]\d+)?)(?=\s*,|\s*$|\s+(?:after|before|"
    r"this|today|tonight|hoy|in|en|soltando|suaves?|easy|more|mas|km|k|mi|con|with|w|por|x|around|alrededor)(?!\w))"
    # "2.5 today 29 min", "thirteen today, 2 hrs": the amount, the day, then its time
    r"|(?<![\w.,:/+-])(\d{1,2}(?:[.,]\d+)?)(?=\s+(?:today|hoy|this morning|tonight|esta manana)\W+"
    r"(?:in\s+|en\s+)?\d{1,3}(?:[.,]\d+)?\s*(?:min|mins|minutes|minutos|h|hr|hrs|hours?|horas?)(?!\w))"
    # "and 2 more on the treadmill after shift", "y otros 3 mas en la caminadora": more of the same run, in its units
    r"|(?<![\w.,:/+-])(\d{1,2}(?:[.,]\d+)?)\s+(?:more|mas|extra)(?=\s+(?:on|en|in|at|after|despues|around|por)\s|"
    r"\s*[,.!]|\s*$)"
    # "hice los 18 pero fue horrible", "did the 10, legs dead": the planned distance, done (nothing named after it)
    r"|(?<!\w)(?:hice|corri|termine|complete|meti|did|ran|finished|nailed|smashed)\s+(?:los|las|the|mis|my)\s+"
    r"(\d{1,2}(?:[.,]\d+)?)(?=\s*(?:$|[,.!?;]|(?:pero|but|y|and|hoy|today|ayer|yesterday|nomas|easy|suave\w*|"
    # ("did the 4 it was like 98 out lol", "hice los 10 con mi pana")
    r"tranqui\w*|it|its|it's|was|felt|fue|estuvo|con|with|w)(?!\w)))")
_DAY_MARK = re.compile(
    rf"(?<!\w)(?:(?:el|on|last)\s+)?{WEEKDAY_RE}(?!\w)"
    r"|(?<!\w)(?:hoy|ayer|anteayer|antier|today|yesterday|manana|tomorrow|this morning|esta morning|tonight|"
    r"this evening|esta noche)(?!\w)"
    r"|(?<!\w)(?:el\s+)?\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre)(?!\w)|(?<![\w/:.])\d{1,2}/\d{1,2}(?![\w/])")
_CONJUNCTION = re.compile(r"\s*(?:,|;|(?<!\w)(?:y|and|then|luego)(?!\w))\s*")
_MORNING = re.compile(r"(?:esta|la|cada|las|de)\s+manana(s)?")
_KINDS = (("intervals", ("series", "intervalos", "intervals", "repeats", "pista", "track")),
          ("tempo", ("tempo", "umbral", "threshold")),
          ("long", ("fondo", "largo", "larga", "long run", "long")),
          ("easy", ("suave", "suaves", "facil", "easy", "tranquilo", "tranqui", "rodaje", "regenerativo",
                    "recovery run", "trote suave")))
_MOODS = {
    "genial": "great", "excelente": "great", "increible": "great", "great": "great", "amazing": "great",
    "awesome": "great", "bien": "good", "good": "good", "fine": "good", "comodo": "good", "strong": "good",
    "fuerte": "good", "normal": "ok", "ok": "ok", "regular": "ok", "meh": "ok",
    "cansado": "tired", "cansada": "tired", "agotado": "tired", "agotada": "tired", "tired": "tired",
    "exhausted": "tired", "pesado": "tired", "pesada": "tired", "heavy": "tired",
    "mal": "bad", "fatal": "bad", "horrible": "bad", "terrible": "bad", "awful": "bad", "bad": "bad",
}
_WEATHER = {
    "lluvia": "rain", "llovia": "rain", "lloviendo": "rain", "llovio": "rain", "rain": "rain",
    "raining": "rain", "rainy": "rain", "calor": "hot", "caluroso": "hot", "hot": "hot", "heat": "hot",
    "frio": "cold", "cold": "cold", "viento": "wind", "windy": "wind", "wind": "wind",
    "sol": "sunny", "soleado": "sunny", "sunny": "sunny", "humedad": "humid", "humid": "humid",
    "neblina": "fog", "fog": "fog", "foggy": "fog",
}
_RACE_DISTANCES = (("parkrun", 5.0), ("media maraton", 21.0975), ("medio maraton", 21.0975), ("half marathon", 21.0975),
                   ("maraton", 42.195), ("marathon", 42.195),
                   # "finished the quito half", "corrí la media de Cuenca": the race named by its distance.
                   (r"(?:the|my)\s+(?:\w+\s+)?half(?!\s+(?:hour|an|a\s+mile|mile))", 21.0975),
                   (r"(?:la|mi)\s+media\s+(?:de|del)\s+\w+", 21.0975),
                   # Found in chat: "half in 1:48 last month", "una media en 1:52" (not "media hora").
                   (r"half\s+(?:marathon\s+)?in(?=\s+\d)", 21.0975), (r"media\s+en(?=\s+\d)", 21.0975),
                   # "Last Chance Half: 1:22:47", "media de Cuenca: 1:52:10": the race's name, then its time.
                   (r"(?:half|media|maraton|marathon)(?=\s*[:,-]?\s*\d{1,2}:\d{2})", 21.0975),
                   # "ran the mile in 5:40", "la milla en 5:30": the mile raced.
                   (r"(?:the|a|la|una)\s+(?:mile|milla)\s+(?:in|en)(?=\s+\d{1,2}:\d\d)", 1.609344))
# "4:52 MILE!!!! PR by 6 sec": a clock before "mile", with no other distance said, is the mile raced in that time
# (beside a distance, "8 mi, 8:30 mile" is the pace).
_LONE_MILE = re.compile(r"(?<![\d:])(\d{1,2}):(\d\d)\s*(?:mile|milla)(?!\w)(?!\s*(?:pace|ritmo|avg|average|splits?))"
                        # "MILE TRIAL 5:38", "mile time: 5:10"
                        r"|(?<!\w)(?:mile|milla)(?:\s*(?:trial|time|race|tt|test|de prueba))*\s*[:\-]?\s*"
                        r"(\d{1,2}):(\d\d)(?![\d:])")
# A human pace lies roughly between 2:20 and 15:00 per km; used to read '1:55' as h:mm or mm:ss.
_PLAUSIBLE_PACE = (140, 900)
_REP_MINUTES = re.compile(r"(?<!\w)(?:cuestas|series|repeticiones|repeats|reps|intervalos|hills|sprints|x)\s+"
                          r"(?:de\s+|of\s+)?"
                          r"\d+\s*(?:min|minutos|minutes|')")
_AVERAGE = re.compile(r"(?<!\w)(?:avg|average|prom|promedio|media de|ritmo|pace|a|at|@)(?!\w)")
_SLOWEST_INTERVAL_PACE = 420


@attrs.define(frozen=True)
class IntervalSet:
    """reps × (a distance or a time), at a pace, with a recovery between reps."""
    reps: int
    rep_distance_km: float | None = None
    rep_duration_s: int | None = None
    pace_s_per_km: float | None = None
    recovery_s: int | None = None


@attrs.define
class RunReport:
    distance_km: float | None = None
    duration_s: int | None = None
    perceived_effort: float | None = None
    mood: str | None = None
    aches: list[str] = attrs.field(factory=list)
    pain_mentioned: bool = False
    weather: str | None = None
    day: date | None = None
    mentions_running: bool = False
    is_race: bool = False
    planned: bool = False                       # not done: to do, a goal, or missed ("no corrí")
    intervals: tuple[IntervalSet, ...] | None = None
    pace_s_per_km: float | None = None           # the pace the runner gave, per km
    distance_estimated: bool = False             # intervals only: reps' distance, no warm-up said
    kind: str | None = None                      # easy | long | tempo | intervals (what the runner called it)

    @property
    def is_complete(self) -> bool:
        return self.distance_km is not None


_STRIDES = re.compile(r"(?<!\w)(?:strides|stride|rectas|aceleraciones|progresivos|pick-?ups|sprints cortos)(?!\w)")


def parse_runs(text: str, today: date, units: Units = Units.KM) -> list[RunReport]:
    """Every run ``text`` reports, in the order written; [] when it reports none. The plan quoted back,
    a question or a plan for later next to the run ("Hoy tocaban 6 km. Hice 4") are not runs."""
    if _WEEK_ADDED_UP.search(fold(text)):
        return []       # "Semana total: 10+6+13+12+14+10+18 = 83 km": the week's runs, already logged
    text = _own_sentence(_facts_only(text))
    f = _prepare(text)
    if _TODAY.search(f):
        f = _REFERENCE.sub(" ", f)
    parts = _split_by_day(f)
    reports: list[RunReport] = []
    for part in parts:
        report = _parse_part(part, today, units, text if len(parts) == 1 else None)
        if reports and not _DAY_MARK.search(part):
            # "Lunes doble: AM 10 km…, PM 5 km…": a session with no day of its own is on the day before it.
            report = attrs.evolve(report, day=reports[-1].day)
        reports.append(report)
    # "We also did strides at the end, 6 x 100m": strides belong to the run they end, never a run of their own
    reports = [r for r in reports if not (r.intervals and _STRIDES.search(f) and not _DIST.search(_REPS.sub(" ", f))
                                          and all(
        (s.rep_distance_km or 0) <= 0.2 for s in r.intervals) and r.distance_km is not None
        and r.distance_km <= sum(s.reps * (s.rep_distance_km or 0) for s in r.intervals) + 0.01)]
    runs = [r for r in reports if r.distance_km is not None or r.intervals]
    if not runs and reports and len(parts) == 1 and len(_WARM_COOL.findall(f)) >= 2 and not _DIST.search(
            _WARM_COOL.sub(" ", f)):
        # "also ran 2k warm up before and 3k cool down after" (around a race logged apart): two runs.
        base = reports[0]
        return [attrs.evolve(base, distance_km=round(_to_km(number(m.group(1) or m.group(3)),
                                                             m.group(2) or m.group(4), units) or 0, 3),
                             duration_s=None, is_race=False, intervals=None)
                for m in _WARM_COOL.finditer(f)]
    if not runs and reports:
        whole = _parse_part(f, today, units, text)
        return [whole] if whole.mentions_running and not whole.planned else []
    return runs


_WENT_OUT_TO_DO = re.compile(r"(?<!\w)(?:sali|salimos|fui|fuimos|went out|headed out|set out|went)\s+(?:a|to)\s+"
                             r"(?:hacer|correr|trotar|meter|do|run|get in)\s+(?:los|las|el|mis|my|the|a)?\s*"
                             r"\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?|millas?)?(?!\w)")
_DONE_AFTER = re.compile(r"(?<!\w)(?:corri|hice|alcance a|llegue a|ran|did|managed|made it|only|solo|nomas)\s+"
                         r"(?:solo\s+|only\s+|like\s+|como\s+|unos\s+)?\d")
_WEEK_ADDED_UP = re.compile(r"(?<!\w)(?:semana|week|weekly|semanal)\w*\W+(?:\w+\W+){0,3}?\d+(?:[.,]\d+)?(?:\s*\+\s*"
                            r"\d+(?:[.,]\d+)?){2,}")
# "hoy repongo lo de ayer": the day named after "lo de" is the session made up, not the run's day.
_TODAY = re.compile(r"(?<!\w)(?:hoy|today)(?!\w)")
_REFERENCE = re.compile(r"(?<!\w)(?:lo|la|el|los|las|what i missed|the one)\s+(?:de|del|from|on)\s+(?:ayer|anteayer|"
                        r"yesterday|el\s+)?\w*")
_DONE_OF_PLANNED = re.compile(r"(?<!\w)((?:did|done|ran|made it|managed|hice|corri|logre|complete|completed|"
                              r"alcance a)\s+"
                              r"(?:only\s+|solo\s+)?\d+(?:[.,]\d+)?(?:\s*(?:k|km|kms|mi|miles?|millas?)(?!\w))?)\s+"
                              r"(?:of|de)\s+"
                              r"(?:the\s+|los\s+|las\s+)?\d+(?:[.,]\d+)?\s*(k|km|kms|mi|miles?|millas?)?"
                              r"(?:\s+(?:planned|planeados|del plan))?(?!\w)")
# "gemelo 2/10, mejor que ayer", "felt better than yesterday": a day compared with, not the run's day.
_COMPARED_DAY = re.compile(r"(?<!\w)(?:mejor|peor|igual|mas|menos|better|worse|more|less|faster|slower|easier|"
                           r"harder)"
                           r"\s+(?:que|than|to|a)\s+(?:(?:el|la|the|last)\s+)?(?:ayer|yesterday|anteayer|lunes|martes|"
                           r"miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday|last (?:week|time))(?!\w)"
                           # "legs v heavy after yday", "cansada desde ayer": the day the tiredness comes from
                           r"|(?<!\w)(?:after|since|desde|despues de)\s+(?:yday|yesterday|ayer|anoche|last night)"
                           r"(?!\w)")
# ("on the last one" is a rep, not last week)
_A_WEEK_BACK = re.compile(r"(?<!\w)(?:pasado|pasada|ago|hace|anterior|previous|week before|"
                          r"last (?:week|mon|tue|tues|wed|thu|thurs|fri|sat|sun|\w+day))(?!\w)")


def _own_sentence(text: str) -> str:
    """"Easy 10k done, 50:12. Legs ok after Sunday's long one": the run is the one sentence that has one;
    the day named in another sentence is another run's."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+(?=\D)", text) if p.strip()]
    if len(sentences) < 2:
        return text
    with_runs = [p for p in sentences if _has_run(_prepare_plain(p))]
    if len(with_runs) != 1:
        return text
    own = with_runs[0]
    if find_day(_prepare_plain(own), date.today(), "past") is None and any(
            find_day(_prepare_plain(p), date.today(), "past") for p in sentences if p is not own) \
            and not any(_TODAY.search(_prepare_plain(p)) for p in sentences if p is not own):
        # ("hoy hice mi primera sesión, media hora… Como 4 km según el celular": today is this run's day)
        # "ayer no le conté. a los 4 km me dio un mareo…": a short opening that only names the day (no run of
        # its own) is the run's day; a day told elsewhere is another run's.
        before = sentences[:sentences.index(own)] if not _TODAY.search(_prepare_plain(own)) else []
        opening = [p for p in before if (len(p.split()) <= 5 or _TOLD_ABOUT.search(_prepare_plain(p))
                                         or _WENT_RUNNING.search(_prepare_plain(p)))
                   and _DAY_MARK.search(_prepare_plain(p)) and not _has_run(_prepare_plain(p))
                   and not re.search(r"\d", p)]
        return " ".join(opening) + " " + own + " " + " ".join(
            p for p in sentences if p is not own and not _DAY_MARK.search(_prepare_plain(p)))
    return text


# "el sábado pasado fui con mi pana a correr por el Villonaco. como 12 km en 1h40": the outing, then its numbers
_WENT_RUNNING = re.compile(r"(?<!\w)(?:fui|fuimos|sali|salimos|went|headed out)\s+(?:\w+\s+){0,6}?(?:a correr|a trotar|"
                           r"for a run|running|to run|for a jog)(?!\w)")
# "Oh mate I never told you about last Sunday. Did 24k on the trails": the day the run is told of.
_TOLD_ABOUT = re.compile(r"(?<!\w)(?:told you|tell you|update|updated|conte|contarte|olvide|forgot|se me paso)(?!\w)")


def _prepare_plain(text: str) -> str:
    return fold(text)


def _facts_only(text: str) -> str:
    from application.understanding.speech_act import Act, clauses
    parts = clauses(text)
    if len(parts) == 1 and parts[0].act is Act.SOMEONE_ELSE:
        return ""       # ("wife ran 6 miles tonight", the run part of a message whose walk was the runner's)
    if len(parts) < 2:
        return text
    kept = [c for c in parts if c.act in (Act.FACT, Act.ANSWER, Act.NEGATION)]
    if any(c.act is Act.FACT and c.done and _has_run(_prepare(c.text)) for c in kept):
        # "Hoy no hice el fondo. … troté un poquito con ellos, unos 2 km": the session denied is not the run told
        # ("Fui a la 10K pero… no corrí": running itself denied stays, and the 10K is no run)
        kept = [c for c in kept if c.act is not Act.NEGATION or not _A_SESSION_DENIED.search(c.text)
                or _RUNNING_DENIED.search(c.text)]
    if not kept or len(kept) == len(parts):
        return text
    if not any(_has_run(_prepare(c.text)) for c in kept):
        # "Pregunta: para el tempo de mañana, 8 km a 3:50 ¿está bien? Mi media fue 1:22:30": the only run
        # is in the question; the facts beside it hold none.
        return ". ".join(c.text for c in kept)
    return ". ".join(c.text for c in kept)


_A_SESSION_DENIED = re.compile(r"(?<!\w)(?:fondo|largo|long run|long one|tempo|series|intervals?|intervalos|workout|"
                               r"cuestas|hills|umbral|threshold|lo del plan|the plan)(?!\w)")
_RUNNING_DENIED = re.compile(r"(?<!\w)(?:no|ni|didn'?t|did not|never)\s+(?:\w+\s+)?(?:corri|trote|ran|run|"
                             r"jog\w*)(?!\w)")


def plausible_pace(seconds: float, km: float) -> bool:
    """``seconds`` over ``km`` is a pace a human runs (see _PLAUSIBLE_PACE)."""
    lo, hi = _PLAUSIBLE_PACE
    return lo <= seconds / km <= hi


def names_a_distance(text: str) -> bool:
    """A distance with its unit is in ``text``: "10k", "5 millas", "800 m"."""
    return bool(_DIST.search(fold(text)))


def parse_run_report(text: str, today: date, units: Units = Units.KM) -> RunReport:
    """The first run in ``text`` (what the message is mostly about), complete or not."""
    runs = parse_runs(text, today, units)
    return runs[0] if runs else _parse_part(_prepare(text), today, units, text)


def _prepare(text: str) -> str:
    # Number words in the detected language; a short English message may be taken for Spanish ("ran
    # five km"), so English number words are read too. Never the other way: "miles" is a Spanish number.
    # "like five miles total" in a message taken for Spanish ("yo just got back…"): "miles" after a number is
    # the unit, never the Spanish thousands.
    text = _MILES_UNIT.sub(lambda m: m.group(1) + " mi", text)
    lang = detect_language(text)
    # "veinte y ocho" (as it is said) is "veintiocho" to the number reader.
    text = re.sub(r"(?i)(?<!\w)veinte y (uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?!\w)",
                  r"veinti\1", text)
    # ...and "thirty one" (as it is typed) is "thirty-one".
    text = re.sub(r"(?i)(?<!\w)(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|"
                  r"seven|eight|nine)(?!\w)", r"\1-\2", text)
    converted = words_to_numbers(text, lang)
    f = fold(words_to_numbers(converted, "en") if lang != "en" else converted)
    # A training log's "Sat: 4 shakeout", "Mon: 8 mi": the abbreviation before a colon is the day.
    f = _LOG_DAY.sub(lambda m: _LOG_DAYS[m.group(1)] + ":", f)
    f = short_days_spelled(f)
    f = _SMALL_BEFORE_UNIT.sub(lambda m: _SMALL[m.group(1)] + m.group(2), f)
    for pattern, replacement in _HALVES:
        f = pattern.sub(replacement, f)
    # Times said in words: "una hora veintiocho" → 1 h 28 min; "en diecinueve cuarenta y dos" → 19:42.
    f = re.sub(r"(?<![\d.,])(\d)\s*(?:horas?|hours?|hrs?|h)\s+(\d{1,2})(?!\s*(?:km|k|mi|millas?|miles?|x|:|\d))",
               r"\1 h \2 min", f)
    f = re.sub(r"(?:(?<=:)|(?<=\ben)|(?<=\bin)|(?<=,))\s*(\d{1,2})\s+(\d{2})(?!\s*(?:km|k|mi|millas?|miles?|min|x)|\d)",
               r" \1:\2", f)
    f = re.sub(r"(?<=\d)\s*ish(?!\w)", "", f)        # "28ish mins", "an hour ish"
    # "3 cal + 8 km @4:10 + 3 enf = 14 km": the sum's result is the total
    f = re.sub(r"=\s*(\d+(?:[.,]\d+)?)\s*(km|k|mi|miles?|millas?)(?!\w)", r" total \1 \2 ", f)
    # "58 minutos con 20 segundos"
    f = re.sub(r"(?<![\d:])(\d{1,3})\s*(?:minutos?|minutes?|mins?)\s+(?:con|and|y)\s+(\d{1,2})\s*(?:segundos?|seconds?|"
               r"secs?|seg)(?!\w)", lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", f)
    # "una hora y media y algo... 1h38 on the watch": the rough time, then the exact one (the exact one stays)
    f = re.sub(r"(?<![\d:])\d+(?:[.,]\d+)?\s*(?:h|horas?|hours?|hrs?)(?:\s+(?:y\s+)?(?:media|\d{1,2}(?:\s*min\w*)?))?"
               r"\s+(?:y algo|and a bit|and change|y pico|o algo asi|or so)(?=\W+(?:\w+\W+){0,3}?\d+\s*h\s*\d{2}|"
               r"\W+(?:\w+\W+){0,3}?\d:\d\d)", " ", f)
    # A track race by its metres: "1600 in 4:41", "the 3200 was rough, 10:18", "los 1500 en 5:02".
    f = re.sub(r"(?<![\d.,:])(800|1500|1600|3000|3200|5000|10000)"
               r"(?=\s+(?:in|en|was|fue|:)\s*(?:[\w,]+\s+){0,4}?\d{1,2}:\d\d)", r"\1 m", f)
    f = re.sub(r"(?<![\d:])(\d)\s*h\s*(\d{2}):(\d{2})(?![\d:])", r"\1:\2:\3", f)   # "1h00:30" is 1:00:30
    # "regresé caminando cojeando como 2 km": the walk back, not the run
    f = re.sub(r"(?<!\w)(?:regres\w*|volvi|me regrese|walked (?:back|home))\s+(?:\w+\s+){0,3}?\d+(?:[.,]\d+)?\s*"
               r"(?:km|k|mi|miles?|millas?)(?!\w)", " ", f)
    # "Baje como 6 km caminando cojeando", "hobbled the last 2 miles back": the way down on foot, not the run
    f = re.sub(r"(?<!\w)(?:baje|bajamos|sali|regrese)\s+(?:\w+\s+){0,3}?\d+(?:[.,]\d+)?\s*"
               r"(?:km|k|mi|miles?|millas?)(?!\w)(?=\s+(?:caminando|a pie))"
               r"|(?<!\w)walked\s+(?:\w+\s+){0,3}?\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?|millas?)(?!\w)", " ", f)
    # "2 min trote 1 caminando, 7 veces, 21 min": run-walk minutes, never a distance
    f = re.sub(r"(?<![\w.,:])\d{1,2}\s*(?:min\w*|')?\s*(?:de\s+)?(?:trot\w*|corr\w*|jog\w*|run\w*)\W+(?:y\s+|and\s+)?"
               r"\d{1,2}\s*(?:min\w*|')?\s*(?:de\s+)?(?:camin\w*|walk\w*)(?!\w)"
               r"|(?<![\w.,:])\d{1,2}\s*(?:min\w*|')?\s*(?:de\s+)?(?:camin\w*|walk\w*)\W+(?:y\s+|and\s+)?"
               r"\d{1,2}\s*(?:min\w*|')?\s*(?:de\s+)?(?:trot\w*|corr\w*|jog\w*|run\w*)(?!\w)", " run-walk ", f)
    # "+1400 m", "1400 m de desnivel", "D+ 900", "2,000 ft of climbing": the climb, never the run's distance
    f = re.sub(r"(?:(?<![\w.,])\+\d{3,}[\d.,]*\s*(?:m|mts|metros|ft|feet|d\+)|d\+\s*\d[\d.,]*\s*(?:m|mts|metros|ft)?|"
               r"(?<![\w.,])\d[\d.,]*\s*(?:m|mts|metros|ft|feet)\s+(?:de\s+)?(?:desnivel|d\+|positivo|elevation|"
               r"of (?:climbing|climb|elevation|gain|vert)|gain|vert|climbing|up))(?!\w)", " ", f)
    # "bro its a 5k 😭", "es solo un 10k": what a race is, not a run told
    f = re.sub(r"(?<!\w)(?:it'?s|its|it is|is|es|era|sera)\s+(?:just\s+|only\s+|solo\s+)?(?:a|an|un|una)\s+\d+\s*"
               r"k(?:m)?(?!\w)(?!\s*(?:in|en)\s+\d)(?=\W*$|\s*[,.!?😭😂🙄]|\s+(?:race|carrera|lol|jaja\w*|bro|man)(?!\w))",
               " ", f)
    f = _NOT_THE_RUNS_TIME.sub(" ", without_part_scores(f))
    f = _REFERENCE_DAY.sub(" ", f)          # "5 km suaves pa soltar antes del domingo": today's run
    meant = _WENT_OUT_TO_DO.search(f)
    if meant and _DONE_AFTER.search(f, meant.end()):
        # "salí a hacer los 10 km…, me caí en el km 7… corrí 7": what they went out for, then what they ran
        f = f[:meant.start()] + " " + f[meant.end():]
    of_planned = _DONE_OF_PLANNED.search(f)
    if of_planned:
        # "did 32 of the 40, rolled my ankle around 30k": the distance done is told; the plan's and the
        # point where it went wrong are not it.
        done = of_planned.group(1)
        unit = "" if re.search(r"[a-z]$", done) or not of_planned.group(2) else " " + of_planned.group(2)
        f = f[:of_planned.start()] + done + unit + " " + f[of_planned.end():]
    if not _STOPPED_THERE.search(f) or of_planned:
        f = _A_POINT_IN_THE_RUN.sub(" ", f)     # (where the runner stopped, the point is how far they ran)
    if _EVERY_RUN.search(f):
        f = _THAN_A_DISTANCE.sub(" ", f)
    f = _LONGEST_EVER.sub(" ", f)
    if not _DIST.search(_SEGMENT.sub(" ", f)):
        f = _SEGMENT.sub(" ", f)       # only a stretch of the run is named: no run in it
    return _MORNING.sub(lambda m: m.group(0).replace("manana", "morning"), f)


_REFERENCE_DAY = re.compile(rf"(?<!\w)(?:antes|despues|before|after|ahead of|hasta|until|till)\s+(?:de\s+|del\s+|el\s+|"
                            rf"la\s+|the\s+|my\s+|mi\s+)?(?:{WEEKDAY_RE}|race|carrera|competencia)(?!\w)"
                            # "soltura 5 km con 4 rectas, listo pal domingo", "ready for sunday": the day ahead
                            rf"|(?<!\w)(?:listo|lista|listos|ready|set)\s+(?:pal|pa'?l|para el|para|for|for the)\s+"
                            rf"(?:{WEEKDAY_RE}|race|carrera|big day)(?!\w)")
_MILES_UNIT = re.compile(r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d+(?:[.,]\d+)?)\s+miles\b")
# "dormí 5 horas", "slept 3 hrs", "turno de 24h", "14 hour day", "24h shift": the hours of the day around
# the run (sleep, work), not the run's time.
_HOURS = r"\d+(?:[.,]\d+)?\s*(?:horas?|hours?|hrs?|h)"
_NOT_THE_RUNS_TIME = re.compile(
    rf"(?<!\w)(?:dormi|dormimos|slept|sleep|sleeping|sueno|turno|guardia|shift|jornada|trabaje|worked|working|"
    rf"estudie|studied|manejando|driving|viaje|flight|vuelo)\s+(?:\w+\s+){{0,2}}?{_HOURS}(?!\w)"
    rf"|(?<!\w){_HOURS}\s*(?:-\s*)?(?:de\s+)?(?:sleep|sueno|dormid\w*|de dormir|shift|day|workday|turno|guardia|"
    rf"jornada|de trabajo|of work|of sleep|trabajando|working|manejando|driving|de viaje|flight|de vuelo)(?!\w)"
    # "up at like 4000m", "a 2800 m de altura": the altitude, not a distance run.
    rf"|(?<!\w)(?:up at|up to|at|a|hasta|altura de|altitude of)\s+(?:like\s+|about\s+|around\s+|unos\s+|como\s+)?"
    rf"\d[\d.,]{{3,}}\s*(?:m|mts|metros|meters|metres|ft|feet|msnm)(?!\w)"
    # "18 km con 900 m+", "1200 m de desnivel", "D+ 800", "2000 ft of climbing": the climb, not a time.
    rf"|(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:m|mts|metros|ft|feet)\s*(?:\+|d\+|de desnivel|desnivel|positivos|"
    rf"de subida|de ascenso|elevation|of elevation|of climbing|of climb|gain|vert|up)(?!\w)|(?<!\w)d\+\s*\d+"
    # "gone in 10 min", "se me pasó en 5 minutos", "lasted 20 min": how long a symptom lasted.
    rf"|(?<!\w)(?:gone|went away|passed|subsided|settled|eased|lasted|duro|se (?:me )?(?:paso|quito|fue))\s+"
    rf"(?:\w+\s+){{0,2}}?\d+(?:[.,]\d+)?\s*(?:minutos?|minutes?|mins?|min|horas?|hours?|hrs?|h)(?!\w)"
    # "salí a las 5:30", "at 6:15am", "5:30 de la mañana": the time of day the run started, not its time.
    r"|(?<!\w)(?:a|at)\s+las?\s+\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?!\w)"
    r"|(?<![\w:])\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|de la (?:manana|tarde|noche|madrugada))(?!\w)"
    # "10x400 en 68-70''": a range of a rep's seconds
    r"|(?<![\w.,:'])\d+\s*-\s*\d+\s*(?:''|\")")


# "had one gel at 8 km", "hidratándome cada 5 km", "en el km 12 me dio…", "a ritmo de maratón", "at marathon
# pace": a point in the run or a pace named by a race, not a distance run.
_A_POINT_IN_THE_RUN = re.compile(
    r"(?<!\w)(?:at|around|by|en el|al|por el|a los)\s+(?:km|kilometro|mile|milla)\s+\d+(?:[.,]\d+)?(?!\w)"
    r"|(?<!\w)(?:at|by|a los|al|cada|every)\s+(?:about\s+|like\s+)?\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?|millas?)(?!\w)"
    # "around 3k my heart was beating weird" (not "around 9.3km total as per watch")
    r"|(?<!\w)(?:around|round|como a los|por los)\s+\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?|millas?)(?!\w)"
    r"(?!\s*(?:total|in total|en total|overall|all up|altogether|today|hoy|,|\.|$|i think|i guess|or so|creo|"
    r"mas o menos|aprox\w*|maybe|tal vez|only|solo|solamente|nomas|tops|max|as per|per|segun|on (?:the|my) "
    r"(?:phone|watch|app))(?!\w)|\W*$)"
    r"(?!\s*(?:en|in)\s+\d)"
    # "my left foot went numb about a mile in", "2k into the run": how far in something happened
    # (said roughly: "4 km in Cubbon Park" with the park's name taken out is a run, not a point)
    r"|(?:(?<!\w)(?:about|around|like|maybe|roughly|only|just)\s+|~\s*)\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?)\s+"
    # (not at the very end of a piece: "~14k in" split off "…, felt a pop" is how far they got)
    r"(?:in(?=\s*(?:[.,;!?)]|and\b|but\b|my\b|i\b|it\b|things\b|everything\b|something\b))|"
    r"into (?:the|my|it|that) (?:run|race|long run|workout|tempo))"
    r"|(?<!\w)(?:a\s+)?ritmo\s+(?:de\s+)?(?:media\s+)?(?:maraton|media)|(?:half\s+)?marathon\s+pace|half\s+pace|"
    r"race\s+pace|ritmo\s+(?:de\s+)?carrera")
# (where something went wrong — a pain, a pop, a dizzy spell — the run ended there, or about there)
_STOPPED_THERE = re.compile(r"(?<!\w)(?:pare|me pare|me detuve|me retire|abandon\w*|no pude (?:seguir|terminar)|"
                            r"ya no aguante|no aguante|tuve q(?:ue)? (?:regresar|parar|caminar)|stopped|had to stop|"
                            r"dnf|couldn'?t (?:go on|continue|finish|keep going|push off)|regres\w* caminando|"
                            r"volvi caminando|hobbl\w*|cojea\w*|me sente|walked (?:home|back)|ended (?:it|there)|"
                            r"called it|me dio|felt a|pop|mareo|dizz\w*|went down|fell|slipped|me cai|me resbale|"
                            r"cut short)(?!\w)")
# "legs were heavy the last 2 miles", "los últimos 3 km a ritmo": a stretch of the run, not a run.
_SEGMENT = re.compile(rf"(?<!\w)(?:(?:the|los|las|el|la|mis|my)\s+)?(?:last|first|final|ultimos?|ultimas?|primeros?|"
                      rf"primeras?|finales)\s+(?:\w+\s+)?\d+(?:[.,]\d+)?\s*{_UNIT}(?!\w)(?!\s*(?:en|in)\s+\d)")


# "5 miles is the longest race I ever did", "10k es lo más largo que he corrido": the runner's history,
# not a run of this week.
_LONGEST_EVER = re.compile(
    rf"(?<![\w.,])\d+(?:[.,]\d+)?\s*{_UNIT}\s+(?:is|was|es|fue|son|are|has been|ha sido)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:longest|furthest|farthest|most|max\w*|lo mas|la mas|el mas|mas larg\w*|mas lejos)(?!\w)")
# "on every run longer than 2 miles", "cada vez que hago más de 10 km": a kind of run, not a run.
_EVERY_RUN = re.compile(r"(?<!\w)(?:every|each|any|all|whenever|always|cada|todas? las?|todos? los|siempre|"
                        r"cuando sea)(?!\w)")
_THAN_A_DISTANCE = re.compile(rf"(?<!\w)(?:longer|further|farther|shorter|more|less|over|under|beyond|past|"
                              rf"mas largos?|mas largas?|mas|menos)\s+(?:than|que|de|of)?\s*\d+(?:[.,]\d+)?\s*"
                              rf"{_UNIT}(?!\w)")


_LOG_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
             "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday", "lun": "lunes",
             "mie": "miercoles",
             "jue": "jueves", "vie": "viernes", "sab": "sabado", "dom": "domingo"}
_LOG_DAY = re.compile(r"^\s*(mon|tues|tue|wed|thurs|thu|fri|sat|sun|lun|mie|jue|vie|sab|dom)\s*:")
# alpha2digit leaves a lone small number word ("y dos minutos"); before a unit it is a number.
_SMALL = {"dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
          "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SMALL_BEFORE_UNIT = re.compile(r"(?<!\w)(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|two|three|four|five|six|seven|"
                                r"eight|nine)(\s+(?:minutos?|minutes?|mins?|km|kilometros?|millas?|miles?|k)(?!\w))")
_UNIT_WORD = r"(km|kms|kilometros?|kilometers?|kilometres?|k|millas?|miles?|mi)"
# "3 kilómetros y medio", "3 y medio km", "two and a half miles", "1 hora y 2 minutos".
_HALVES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?<![\d.,])(\d+)\s*{_UNIT_WORD}\s+(?:y medio|and a half)(?!\w)"), r"\1.5 \2"),
    (re.compile(rf"(?<![\d.,])(\d+)\s+(?:y medio|and a half)\s+{_UNIT_WORD}(?!\w)"), r"\1.5 \2"),
    (re.compile(r"(?<![\d.,])(\d+)\s*(?:horas?|hours?|hrs?)\s+(?:y|and|con)\s+(\d+)\s*(?:minutos?|minutes?|mins?)(?!\w)"),
     r"\1 h \2 min"),
)


# A second session on the same day: "AM 10 km suave 55', PM 5 km regenerativo 30'", "5k this morning and
# another 3 easy in the evening" (a double day is two runs).
_SESSION_MARK = re.compile(r"(?<![\w:])(?:am|pm|a\.m\.|p\.m\.)(?!\w)|(?<!\w)(?:en la|por la|in the|this|esta)\s+"
                           r"(?:tarde|noche|afternoon|evening)(?!\w)")


# "el lunes en la noche salí a trotar": a day told alone before the part of the day is that day's heading.
_DAY_ALONE = re.compile(rf"(?:^|[:;,.!]\s)\W*(?:el |la |on |this |last |este |esta )?(?:{WEEKDAY_RE}|ayer|anteayer|"
                        rf"yesterday)\W*$")


_THEN = re.compile(r"(?:,|;)?\s+(?:and\s+|y\s+)?(?:then|luego|despues|later|mas tarde)\s+")
_OWN_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])(?!\s*(?:/|min/|por km|per|pace|ritmo|el km|a la milla))"
                       r"|(?<![\d:.,])\d{1,3}\s*(?:min|mins|minutes|minutos)(?!\w)(?!\s*(?:/|por km|per))")


def _split_by_day(f: str) -> list[str]:
    """Parts of a paragraph that each start at a day word (or a session of the day); a part with no run
    joins the one before."""
    sessions = [p for p in _THEN.split(f) if p.strip()]
    if len(sessions) >= 2 and all(_has_run(p) and _OWN_TIME.search(p) for p in sessions):
        # "double today: 8k easy this morning 44 min, then 6k w the run club tonight 33 min": two sessions,
        # each with its own distance and time (not a warm-up "then" the workout, told without their times)
        return sessions
    starts = sorted({m.start() for m in _DAY_MARK.finditer(f)} | {m.start() for m in _SESSION_MARK.finditer(f)})
    if len(starts) < 2:
        return [f]
    bounds = [0, *starts[1:], len(f)]
    parts = [f[a:b] for a, b in pairwise(bounds)]
    merged: list[str] = []
    for part in parts:
        if merged and not _has_run(merged[-1]) and _has_run(part) and len(merged) == 1:
            # "ayer no corrí pero hoy sí, 7 km en 40": the opening words without a run are not a run; a
            # heading of the day ("Lunes doble:", "sat —") is the day of what follows it.
            alone = _DAY_ALONE.search(merged[-1])
            if len(merged[-1].split()) <= 3 and re.search(r"[:\-—]\s*$", merged[-1]) or (
                    _DAY_MARK.search(merged[-1]) and not _DAY_MARK.match(part) and _SESSION_MARK.match(part)
                    and not _NOT_DONE.search(merged[-1])):
                # ("el miércoles al final sí salí en la noche, 5 km…": the night of the day said before)
                merged[-1] = merged[-1] + part
            elif alone:
                merged[-1] = merged[-1][alone.start():] + part     # only the day, not the words before it
            else:
                merged[-1] = part
        elif merged and (not _has_run(part) or not _has_run(merged[-1])):
            merged[-1] += part
        else:
            merged.append(part)
    if len(merged) == 1:
        # The day after its run: "10 km in 50 min today and 5 km in 27 min yesterday".
        pieces = [p for p in _CONJUNCTION.split(f) if p.strip()]
        runs = [p for p in pieces if _has_run(p)]
        if len(runs) >= 2 and all(_DAY_MARK.search(p) or _SESSION_MARK.search(p) for p in runs) \
                and len(runs) == len(pieces):
            return runs
    return merged


def _has_run(part: str) -> bool:
    if _LONE_MILE.search(part) and not _DIST.search(part):
        return True
    clean = _RPE.sub(" ", part)
    return bool(_DIST.search(clean) or _REPS.search(clean) or _BARE_DISTANCE.search(clean))


# "legs dead after 18k", "a los 5 km me dio…", "at the 10k mark": a point on the way, not a run's distance
_A_POINT_ON_THE_WAY = re.compile(r"(?<!\w)(?:after|past|despues de|pasado el|passing)\s+(?:the\s+|el\s+|los\s+)?"
                                 r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)(?!\w)(?!\s+(?:en|in)\s+\d)"
                                 r"|(?<!\w)at the \d+\s*(?:k|km|mi)\s+mark")
# "8 slow recovery miles", "10 suaves km": the unit after the words of how it was run
_WORDS_BEFORE_UNIT = re.compile(r"(?<![\w.,:])(\d+(?:[.,]\d+)?)\s+((?:(?:slow|easy|recovery|hilly|steady|gentle|"
                                r"suaves?|lentos?|tranquilos?|regenerativos?)\s+){1,2})(miles|mi|km|kms|kilometros|millas)(?!\w)")


def _parse_part(f: str, today: date, units: Units, original: str | None) -> RunReport:
    f = _A_POINT_ON_THE_WAY.sub(" ", _WORDS_BEFORE_UNIT.sub(r"\1 \3 \2", f))
    rpe_match = next((m for m in _RPE.finditer(f) if not _PAIN_BEFORE.search(f[:m.start()])), None)
    rest = _RPE.sub(" ", f)
    intervals, rest = _intervals(rest, units)
    whole = _WITH_WARM_AND_COOL.search(rest)
    if whole:       # "con calentamiento y enfriamiento 10 km": the whole session, not a 10 km cool-down
        rest = rest[:whole.start()] + f" total {whole.group(1)} {whole.group(2)} " + rest[whole.end():]
    warm_km, rest = _warm_cool(rest, units)
    mile = _LONE_MILE.search(rest) if not _DIST.search(rest) else None
    if mile:
        minutes, seconds = (mile.group(1), mile.group(2)) if mile.group(1) else (mile.group(3), mile.group(4))
        rest = rest[:mile.start()] + f" 1.609344 km en {minutes}:{seconds} " + rest[mile.end():]
    total = _TOTAL.search(rest)
    miles_said = bool(re.search(r"(?<=\d)\s*(?:millas?|miles?|mi)(?!\w)", rest))
    per_mile_default = miles_said or units == Units.MILES
    main_at_pace = _MAIN_AT_PACE.search(rest) if warm_km else None
    pace, rest = _pace(rest, per_mile_default)
    distance, rest = _distance(rest, units)
    if distance is None and main_at_pace:
        distance = _to_km(number(main_at_pace.group(1)), None, units)
        rest = rest.replace(main_at_pace.group(1), " ", 1)
    estimated = False
    bare_total = _BARE_TOTAL.search(rest) if not total else None
    parts_summed = False
    if total:
        value = number(total.group(1) or total.group(3))
        distance = _to_km(value, total.group(2) or total.group(4), units)
    elif bare_total:
        value = number(bare_total.group(1) or bare_total.group(2))
        distance = _to_km(value, "mi" if miles_said else None, units)
    elif distance and not intervals and (warm_km or _segments(rest, units)) \
            and _told_with_its_total(f, [distance, *_segments(rest, units)], warm_km):
        distance = max([distance, *_segments(rest, units)])     # "2k + 6k + 2k. 10k en 52:40": the total
    elif distance and not intervals and _session_in_parts(f, warm_km, _segments(rest, units)):
        # "2k suave + 5k a 4:35 + 1k suave", "2 k calentamiento, 5 k a 4:50 y 1 k suave": the parts of one
        # session, added up (a warm-up and a cool-down are parts of it, not the whole of it).
        distance = round(distance + sum(_segments(rest, units)) + warm_km, 3)
        parts_summed = True
    elif distance and not intervals and warm_km:
        distance = max([distance, *_segments(rest, units)])     # the session's total, told with its parts
    elif distance is None and warm_km and not intervals and len(_WARM_COOL.findall(f)) == 1:
        distance = round(warm_km, 3)      # "also did like 2 mi cooldown": the cool-down told on its own is a run
        parts_summed = True               # (and, after a race, not the race)
    elif intervals and distance is None:
        reps_km = sum(s.reps * s.rep_distance_km for s in intervals if s.rep_distance_km)
        distance = round(reps_km + warm_km, 3) if reps_km else None
        estimated = bool(reps_km) and warm_km == 0
    timed = _PER_REP.sub(" ", _WAITED.sub(" ", rest))
    timed = _RECOVERY_TIME.sub(" ", timed) if intervals or _REPS.search(f) else timed
    duration = _duration(timed, distance if distance and distance > 0 else None)
    pairs = list(_SESSION_PAIR.finditer(f))
    if pairs and (intervals or warm_km) and not total:
        pair = pairs[-1]
        unit = pair.group(2) or ""
        metres = unit.startswith(("m", "metro")) and not unit.startswith(("mi", "mil"))
        pair_km = None if metres else _to_km(number(pair.group(1)), pair.group(2), units)
        # (the pair said last, after the parts: their total, even where the parts were added up already)
        if pair_km and pair_km >= warm_km and not _DIST.search(f, pair.end()) and (
                pair_km >= (distance or 0) or parts_summed or warm_km):
            distance, duration = round(pair_km, 3), _duration(pair.group(0), pair_km) or duration
            parts_summed = False
    if distance and _EACH_WAY.search(f):
        distance = round(distance * 2, 3)      # "there and back, about 1.5k each way"
    timed_total = _TOTAL_IN.search(f) if total or bare_total else None
    if timed_total:
        # "15 min warm up… 5.6k total in 44 min": the time told with the total is the session's
        duration = _duration(timed_total.group(0), distance if distance and distance > 0 else None) or duration
    if duration and distance and distance > 0 and duration / distance < _PLAUSIBLE_PACE[0]:
        # "8 mi recovery, 8:45 avg", "12k rodaje 5:05 prom", "8 cuestas de 2 min, 12 km total": a
        # clock that no runner covers the distance in is the average pace (or a rep), not the time.
        as_pace = duration / (KM_PER_MILE if per_mile_default else 1)
        if pace is None and 150 <= duration <= 900 and ":" in rest and (_AVERAGE.search(rest) or not intervals):
            pace = as_pace
            duration = None
        elif _REP_MINUTES.search(rest) or intervals:
            duration = None     # ("6x800 salieron 4:05, 4:08… 4:20 la última, 11 km en total": a rep's split)
        # Otherwise the time stays as said: the run rules explain why it cannot be ("10k en 9 minutos").
    # (a pace told with a warm-up and cool-down is the segment's: "3 km a 4:05 y 1 de enfriar, 6 en total")
    if duration is None and pace and distance and distance > 0 and not intervals and not parts_summed \
            and not warm_km and not _SUM.search(f):
        duration = round(pace * distance)
    dated = _COMPARED_DAY.sub(" ", _REFERENCE.sub(" ", f) if _TODAY.search(f) else f)
    found_day = find_day(dated, today, "past")
    marks = list(_DAY_MARK.finditer(dated))
    amount = _DIST.search(dated)
    if len({m.group(0) for m in marks}) >= 2 and amount and _TODAY.search(dated) and not _TODAY.search(
            dated[max(0, amount.start() - 30):amount.end() + 30]):
        # "Hoy descansé pero… el fin de semana hice 25 km por el Igualata el sábado en 3h50": the day said by
        # the distance, not today's rest told before it
        near = min((m for m in marks if not _TODAY.fullmatch(m.group(0).strip())),
                   key=lambda m: abs(m.start() - amount.start()), default=None)
        found_day = find_day(near.group(0), today, "past") if near else found_day
    day = found_day[0] if found_day else today
    if day == today - timedelta(days=7) and not _A_WEEK_BACK.search(f):
        # "domingo 8 km regenerativo" written on a Sunday is today's run, not last week's.
        day = today
    past_verb = has_any(f, _PAST_VERBS)
    # "¿cuántas calorías quemo corriendo 10 km?" asks about a run, it does not report one.
    asked = bool(_QUESTION.search(f)) and not past_verb
    later = bool(_LATER_TODAY.search(f)) and not duration and not past_verb
    # "turkey trot 5k today lets gooo 🦃": a race named for today, with no time and nothing done, is still ahead
    later = later or bool(_RACE.search(f) and _TODAY.search(f) and not duration and not past_verb
                          and not _DONE_WORD.search(f))
    planned = day > today or (bool(_PLANNED.search(_PAST_WISH.sub(" ", f))) and not past_verb) \
        or bool(_NOT_DONE.search(_NOT_WHEN.sub(" ", f))) or asked or later
    # ("10K Ciudad de Loja ✅ 48:55!!!": a race by its name, the distance and then the capitalised words)
    named_race = bool(original and duration and _A_RACE_NAME.search(original))
    is_race = bool(_RACE.search(f) or named_race) and not _TRAINING.search(f) and not planned and not (warm_km
                                                                                                   and parts_summed
                                                                                      and distance == warm_km) and (
        distance is not None or bool(re.search(r"\d:\d\d", f)))
    source = original if original is not None else f
    pain = mentions_pain(source)
    return RunReport(
        distance_km=round(distance, 3) if distance is not None else None,
        duration_s=duration,
        perceived_effort=number(rpe_match.group(1) or rpe_match.group(2)) if rpe_match else _felt_effort(source),
        mood=_first(f, _MOODS),
        aches=body_parts_in(source) if pain else [],
        pain_mentioned=pain,
        weather=_first(f, _WEATHER),
        day=day,
        mentions_running=has_any(f, RUN_VERBS) or distance is not None and (bool(_kind(f)) or
            has_any(f, ("en", "in")) or bool(duration or pace or intervals)),
        is_race=is_race,
        planned=planned,
        intervals=intervals or None,
        pace_s_per_km=round(pace, 1) if pace else None,
        distance_estimated=estimated,
        kind="intervals" if intervals else _kind(f),
    )


def _felt_effort(text: str) -> int | None:
    f = fold(text)
    return 9 if _FELT_ALL_OUT.search(f) else 8 if _FELT_HARD.search(f) else None


def _kind(f: str) -> str | None:
    return next((kind for kind, words in _KINDS if has_any(f, words)), None)


def _to_km(value: float, unit: str | None, units: Units) -> float | None:
    if unit is None:
        return value * KM_PER_MILE if units == Units.MILES else value
    if unit.startswith(("milla", "mile")) or unit == "mi":
        return value * KM_PER_MILE
    if unit in ("m", "mts", "metros", "meters", "metres"):
        return value / 1000
    return value


def _intervals(f: str, units: Units) -> tuple[tuple[IntervalSet, ...], str]:
    sets: list[IntervalSet] = []
    while (m := _REPS.search(f)) is not None:
        reps, value, unit = int(m.group(1)), number(m.group(2)), m.group(3)
        rep_km: float | None = None
        rep_s: int | None = None
        if unit and re.match(r"min|'|seg|s|\"", unit):
            rep_s = int(value * 60) if re.match(r"min|'", unit) else int(value)
        elif unit is None:
            rep_km = value / 1000 if value >= 100 else value   # "6x1000" metres, "5x2" km
        else:
            rep_km = _to_km(value, unit, units)
        end = m.end()
        pace = None
        timed = _REP_TIME.match(f[end:])
        if timed:
            if timed.group(1):
                a, b, c = int(timed.group(1)), int(timed.group(2)), timed.group(3)
                seconds = a * 3600 + b * 60 + int(c) if c else a * 60 + b
                per_km = bool(timed.group(4))
            else:
                seconds, per_km = int(timed.group(5)), False
            # "6x800 a 3:10": the time of each rep, unless it says /km or a rep time would be
            # faster than any human (then it was the pace per km).
            # A rep time slower than 7:00/km for an interval is not one: "8x400 a 4:00" is the pace.
            if rep_km and not per_km and _PLAUSIBLE_PACE[0] <= seconds / rep_km <= _SLOWEST_INTERVAL_PACE:
                pace = seconds / rep_km
            else:
                pace = float(seconds)
            end += timed.end()
        recovery = None
        rec = _RECOVERY.search(f[end:end + 40])
        rec_distance = _REC_DISTANCE.match(f[end:])
        if rec:
            recovery = _recovery_seconds(rec)
            end += rec.end()
            seconds_too = re.match(r"\s*(\d{1,2})\s*(?:''|\"|s|seg|segundos)(?!\w)", f[end:])   # "rec 1' 30''"
            if seconds_too and recovery % 60 == 0:
                recovery += int(seconds_too.group(1))
                end += seconds_too.end()
        elif rec_distance:
            end += rec_distance.end()
        sets.append(IntervalSet(reps=reps, rep_distance_km=round(rep_km, 3) if rep_km else None,
                                rep_duration_s=rep_s, pace_s_per_km=round(pace, 1) if pace else None,
                                recovery_s=recovery))
        f = f[:m.start()] + " " + f[end:]
    return tuple(sets), f


def _recovery_seconds(m: re.Match[str]) -> int:
    if m.group(1):
        return int(m.group(1)) * 60 + int(m.group(2))
    value, unit = (m.group(4), m.group(5)) if m.group(4) else (m.group(6), m.group(7))
    return round(number(value) * (60 if re.match(r"min|'$", unit) and unit != "''" else 1))


def _warm_cool(f: str, units: Units) -> tuple[float, str]:
    total = 0.0
    for m in _WARM_COOL.finditer(f):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        total += _to_km(number(value), unit, units) or 0
    return total, _WARM_COOL.sub(" ", f)


def _pace(f: str, per_mile_default: bool) -> tuple[float | None, str]:
    for m in _PACE.finditer(f):
        if m.group(1):
            minutes, seconds, unit = int(m.group(1)), int(m.group(2)), m.group(4) or ""
            # "a las 6:30" is a time of day, not a pace.
            if re.search(r"(?<!\w)(?:a|at)\s+las?\s*$", f[:m.start(1)]):
                continue
        else:
            minutes, seconds, unit = int(m.group(5)), int(m.group(6)), m.group(7) or ""
        per_mile = "mi" in unit or "milla" in unit or (not unit and per_mile_default)
        pace = (minutes * 60 + seconds) / (KM_PER_MILE if per_mile else 1)
        return pace, f[:m.start()] + " " + f[m.end():]
    minutes_only = _PACE_MINUTES.search(f)
    if minutes_only:
        per_mile = minutes_only.group(2).startswith("mi")
        rest = f[:minutes_only.start()] + " " + f[minutes_only.end():]
        return number(minutes_only.group(1)) * 60 / (KM_PER_MILE if per_mile else 1), rest
    return None, f


def _distances(f: str) -> Iterator[re.Match[str]]:
    """The distances said in ``f``, in order ('45 m' is minutes, not metres: left out)."""
    for m in _DIST.finditer(f):
        if not (m.group(2) in ("m", "metros", "mts", "meters", "metres") and number(m.group(1)) < 100):
            yield m


def _distance(f: str, units: Units) -> tuple[float | None, str]:
    for m in _distances(f):
        value, unit = number(m.group(1)), m.group(2)
        before = f[:m.start()]
        negative = re.search(r"(?:^|[\s(])-$", before)      # "-2 km", not "Sunday run - 6 km"
        km = _to_km(value, unit, units) or 0.0
        return (-km if negative else km), f[:m.start()] + " " + f[m.end():]
    # A race named by its distance is the run only when it was run: with its time or a verb of it done
    # ("corrí la media en 1:52", "finished the quito half"), not "pierdo 3 semanas a 7 de la maratón".
    done = bool(re.search(r"\d:\d\d|\d\s*h\b|\d\s*(?:horas?|hours?|hrs?)\b", f)) or has_any(f, _PAST_VERBS) \
        or bool(re.search(r"(?<!\w)(?:done|listo|lista|hecho|hecha|termin\w*|finish\w*|complet\w*|hoy|today)(?!\w)"
                          r"|🎉|🏅|🥳|🥇|🥈|🥉", f))
    for name, km in _RACE_DISTANCES:
        if done and re.search(rf"(?<!\w){name}(?!\w)", f):
            return km, f
    bare = _BARE_DISTANCE.search(f)
    if bare:
        g = next(i for i in range(1, bare.re.groups + 1) if bare.group(i))
        return _to_km(number(bare.group(g)), None, units), f[:bare.start(g)] + " " + f[bare.end(g):]
    return None, f


def _session_in_parts(f: str, warm_km: float, others: list[float]) -> bool:
    """A warm-up or cool-down with a main set, or parts joined by "+": one session told in its parts."""
    if warm_km:
        return bool(_SUM.search(f) or len(_WARM_COOL.findall(f)) >= 2 or others)
    return bool(_SUM.search(f) and others)


_MAIN_AT_PACE = re.compile(r"(?<![\w.:])(\d{1,2}(?:[.,]\d+)?)\s*(?:@|at\s+\d{1,2}:\d\d|a\s+\d{1,2}:\d\d)")
_WITH_WARM_AND_COOL = re.compile(r"(?:con|incluyendo|including|with|w/)\s+(?:el\s+|the\s+)?"
                                 r"(?:calentamiento|warm[- ]?up|wu)\s+(?:y|and|\+|&)\s+(?:el\s+|the\s+)?"
                                 r"(?:enfriamiento|cool[- ]?down|cd)\s*,?\s*"
                                 r"(?:en total\s*|in total\s*|total\s*|son\s*|fueron\s*|were\s*)?(\d+(?:[.,]\d+)?)\s*"
                                 r"(km|k|mi|miles?|millas?)(?!\w)")
# "2k wu + 20 min tempo + 2k cd, 9ish km in 52 min": a part told by its minutes leaves the one distance
# said for the whole session.
_PART_IN_MINUTES = re.compile(r"\d+\s*(?:min\w*|')\s+(?:de\s+)?(?:tempo|umbral|threshold|steady|progresiv\w*|"
                              r"fartlek|a ritmo|at pace|@|cambios|ritmo)")


def _told_with_its_total(f: str, distances: list[float], warm_km: float) -> bool:
    """Whether one of the distances is the whole session: it is about the sum of the others ("2k + 6k + 2k,
    como 10 km en 50 min"), or the main part was told in minutes."""
    if not distances:
        return False
    biggest = max(distances)
    rest = sum(distances) - biggest + warm_km
    # (a total is said last: "2k + 3k a 6:00 + 1k" has a middle part that only happens to equal the others)
    if len(distances) >= 2 and distances[-1] == biggest and rest > 0 and abs(biggest - rest) <= 0.15 * biggest:
        return True
    return len(distances) == 1 and bool(_PART_IN_MINUTES.search(f)) and biggest > warm_km


def _segments(rest: str, units: Units) -> list[float]:
    """The distances left in a session's text once its first one is read (the other parts of it)."""
    return [_to_km(number(m.group(1)), m.group(2), units) or 0.0 for m in _distances(rest)]


# A time that is not the run's: a pace or a range of paces ("@ 4:55-5:00"), a rep or a rest ("2 min standing
# rest", "rec 2'", "1 minuto trote 1 minuto camino").
_NOT_THE_TOTAL_BEFORE = re.compile(r"(?:(?<!\w)(?:a|at|@|rec\w*|rests?|descansos?|pausas?|jog|trote|off|x|"
                                  r"(?:pausas?|descansos?|recuperacion\w*|rests?|recover\w*) (?:de|of))\s*|-\s*|"
                                  r"\d:\d\d\s*,?\s*|(?:reps|splits|parciales|vueltas|laps)(?: were| fueron)?:?\s*|"
                                  # "6 piques de 1 minuto", "strides of 20 sec": a rep's time
                                  r"(?<!\w)(?:piques?|sprints?|reps?|repeticiones|series|cambios|strides|intervalos?|"
                                  r"intervals?|cuestas|hills?)\s+(?:de\s+|of\s+)?)$")
_NOT_THE_TOTAL_AFTER = re.compile(r"^\s*(?:-\s*\d|,?\s*\d{1,2}:\d\d|/|"
                                  r"(?:de\s+)?(?:standing|walking|jog\w*|rest|rec\w*|recovery|"
                                  r"descanso|pausa|trote|trotando|camin\w*|walk\w*|run\w*|corr\w*|on|off|each|c/u|"
                                  # "1 minuto rápido y 1 suave": a rep and its recovery
                                  r"cada|rapid\w*|fast|hard|fuerte|duro|suav\w*|easy|strong|recuperando)(?!\w))")


# "hoy 6 km y 20 min de bici": the bike's time, not the run's.
_OTHER_SPORT_AFTER = re.compile(r"^\s*(?:de\s+|of\s+)?(?:bici\w*|bicicleta|bike|biking|cycling|spin\w*|swim\w*|"
                                r"nado|natacion|yoga|gym|pesas|weights|elliptical|eliptica|caminata|walk\w*|"
                                r"pilates|crossfit)(?!\w)")


def _durations(f: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Every time said in ``f``, in order: (start, end, the readings it may have: m:ss and h:mm for a clock)."""
    found: list[tuple[int, int, tuple[int, ...]]] = []
    taken: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?<![\d:]){_CLOCK}(?![\d:])", f):
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        found.append((m.start(), m.end(),
                      (a * 3600 + b * 60 + int(c),) if c is not None else (a * 60 + b, a * 3600 + b * 60)))
        taken.append(m.span())
    for pattern in (_HM, _MS):
        for m in pattern.finditer(f):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if pattern is _MS and number(m.group(1)) >= 600 and re.match(r"[\d.,]+\s*m(?![a-z])", m.group(0)):
                continue      # "2850m is no joke": metres of altitude, not 47 hours
            if pattern is _HM:
                seconds = round(number(m.group(1)) * 3600 + (number(m.group(2)) if m.group(2) else 0) * 60)
            else:
                half = 30 if re.search(r"(?:medio|half)$", m.group(0)) else 0
                seconds = round(number(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else half))
            found.append((m.start(), m.end(), (seconds,)))
            taken.append(m.span())
    return sorted(found)


def _duration(f: str, distance_km: float | None) -> int | None:
    """The run's time: of every time said, the first one a runner could cover the distance in; else the
    first one said as the run's (not a pace, a rep or a rest), as said (the run rules explain why it
    cannot be: "10k en 9 minutos")."""
    times = [(s, e, r) for s, e, r in _durations(f) if not _OTHER_SPORT_AFTER.match(f[e:e + 20])]
    if distance_km:
        for start, end, readings in times:
            if f[end:end + 3].lstrip().startswith("-") or f[max(0, start - 3):start].rstrip().endswith("-"):
                continue      # "6x400 at like 1:28-1:31": a range of rep times, never the run's
            plausible = [s for s in readings if plausible_pace(s, distance_km)]
            if plausible:
                return plausible[0]
    for start, end, readings in times:
        if not _NOT_THE_TOTAL_BEFORE.search(f[max(0, start - 12):start]) and not _NOT_THE_TOTAL_AFTER.match(
                f[end:end + 20]):
            return readings[0]
    m = _BARE_MINUTES.search(f)
    if m:
        said = int(m.group(1) or m.group(2))
        seconds = said * 60
        if (distance_km and plausible_pace(seconds, distance_km)) or (not distance_km and m.group(1)
                                                                       and 5 <= said <= 300):
            return seconds
    return None


def _first(f: str, table: dict[str, str]) -> str | None:
    for word in re.findall(r"\w+", f):
        if word in table:
            return table[word]
    return None
