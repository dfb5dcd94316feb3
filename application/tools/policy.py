"""The write policy, written once and enforced by the tools, so that both coaches obey it.

A message changes stored data only when it states a fact about the runner: a run done, an ache
felt, a race entered, a preference given. Questions, complaints about the plan, plans for the
future, hypotheticals, negations and quotes of the coach's own plan never write
(application.understanding.speech_act reads which part of a message does what).

Each write tool has a rule below (data, not code): which evidence in the message it needs. The
registry (application.tools.registry) checks the rule before the tool runs; a refusal comes back as
an error the model can read ("write_not_a_fact": answer the question instead), and a run inferred
with less than high confidence comes back as a confirmation to ask with buttons ("¿Registro 2.7 km
hoy?"), exactly like a run that looks unusual. A call without the runner's message (a scheduled job,
an import, a confirmation already given) is not a runner's message to judge and goes through.
"""
from __future__ import annotations

import enum
import re
from datetime import date
from typing import Any

import attrs

from application.understanding.body import asks_about_a_told_ache
from application.understanding.cross_training import denies_an_activity, instead_of_running, names_an_activity
from application.understanding.numbers import words_to_numbers
from application.understanding.safety import read_red_flag
from application.understanding.speech_act import Act, Clause, clauses
from application.understanding.text import fold, has_any
from domain.errors import DomainError
from domain.injury import Severity


class Decision(str, enum.Enum):
    WRITE = "write"
    CONFIRM = "confirm"      # ask first, with buttons
    REFUSE = "refuse"


@attrs.frozen
class WriteRule:
    """What a write tool needs to find in the runner's message."""
    needs_number: bool = False                    # a distance, time or pain score in a writable clause
    cues: tuple[str, ...] = ()                    # one of these words in a writable clause (folded)
    never_with: tuple[str, ...] = ()              # these words make it a one-off or not the runner's
    allow_request: bool = False                   # an instruction to the coach counts ("borra…", "cambia…")
    confirm_unsure: bool = False                  # a fact without a verb of something done is asked first
    enough: str | None = None                     # a pattern that stands for the cues ("lunes, miércoles y viernes")
    never_pattern: str | None = None              # a pattern that makes the numbers something else
    with_future: bool = False                     # a plan for later carries it (a goal race is one)
    never_unless_done: str | None = None          # a pattern that makes the numbers something else, unless done


# "me inscribí en la 15K", "my race is…": the race is the runner's, entered, not wondered about.
_RACE_ENTRY = ("me inscribi", "inscrito", "inscrita", "me anote", "me apunte", "mi carrera", "mi meta", "mi objetivo",
               "nueva meta", "nuevo objetivo", "cambiar mi meta", "cambia mi meta", "voy a correr la",
               "voy a correr el",
               "corro la", "corro el", "mi proxima carrera", "ahora mi carrera", "my race", "my goal", "new goal",
               "signed up", "registered", "entered", "i'm running the", "im running the", "i am running the",
               "training for", "entrenando para", "quiero correr la", "quiero correr el", "quiero hacer la",
               "la meta es", "the goal is", "goal is", "goal time", "tiempo objetivo", "sub", "bajar de", "under",
               "change my goal", "update my goal", "let's go for", "lets go for", "vamos por", "go for",
               "no tengo carrera", "cambiamos a", "cambiemos a", "me bajo a", "me bajo al", "bajarme a",
               "bajarme al", "me subo a", "me subo al", "step down to", "drop down to", "drop to the", "move up to",
               "ya decidi", "decidido", "decided", "made up my mind",
               # the goal time given up: "ya no quiero 4:30, con terminar feliz me conformo"
               "con terminar", "terminar feliz", "just finish", "just to finish", "just want to finish", "sin tiempo",
               "no time goal", "no goal time", "ya no quiero",
               "no race", "ninguna carrera", "sin carrera", "cambia la fecha", "la carrera es", "the race is",
               "me cambio a", "me cambie a", "me paso a", "me pase a", "me cambio al", "me cambie al", "me paso al",
               "me pase al", "me cambio a la", "switching to", "switch to", "change to",
               "cambiar mi objetivo", "cambiar mi meta", "meta para", "goal for", "objetivo para", "target for",
               "still want", "sigo queriendo", "instead of the", "en vez de la", "en lugar de la",
               "decidi cambiar", "decided to switch", "decided to change", "cambiar de carrera", "por la maraton",
               "por el maraton", "por la media", "por la carrera", "for the marathon instead",
               "cambiame la meta", "cambia la meta", "cambiar la meta", "cambiame el objetivo", "instead", "en vez",
               # "mejor cambio la meta a…", "esa mismo, pongamos esa", "le apunto a 1:32"
               "cambio la meta", "cambio mi meta", "cambio el objetivo", "pongamos esa", "esa mismo", "esa misma",
               "vamos con esa", "let's go with", "le apunto a", "main race", "carrera principal",
               "me voy a la maraton", "me voy a la media", "quiero la de", "ya no voy a la", "ya no quiero hacer la",
               "me voy por", "me voy con la", "aim for", "aiming for", "signing up", "sign up", "sign me up",
               "registering", "me inscribo", "me voy a inscribir", "switching", "me apunto", "voy pal", "si voy para",
               "cambiemos", "movieron", "cambiaron", "postergaron", "adelantaron", "reprogramaron", "moved",
               "postponed", "rescheduled", "pushed back")
# "prefiero martes y jueves", "cambia mis días", "from now on Mondays": a preference, not a one-off move.
_PREFERENCE = ("prefiero", "mejor entreno", "mis dias", "mis dias de", "cambia mis", "cambiar mis", "cambiame",
               "a partir de ahora", "desde ahora", "de ahora en adelante", "solo puedo", "puedo entrenar",
               "puedo correr los", "entreno los", "corro los", "los dias que", "dias de entreno",
               "dias de entrenamiento",
               "i prefer", "my days", "change my days", "switch my days", "from now on", "going forward",
               "i can only", "i can run on", "i run on", "i train on", "my running days", "my training days",
               "cambia el fondo", "fondo los", "long run on", "long runs on", "km", "miles", "millas", "kilometros",
               "kilometers", "en millas", "in miles", "in km", "en km")
# "from next week … from now on": a change that lasts, whatever week it starts.
_FOR_GOOD = ("from now on", "a partir de ahora", "desde ahora", "de ahora en adelante", "going forward", "for good",
             "permanently", "from next week", "starting next week", "a partir de la proxima semana",
             "desde la proxima semana", "new schedule", "nuevo horario", "new contract", "nuevo trabajo", "new job",
             "next semester", "proximo semestre", "siguiente semestre", "ahora solo puedo", "now i can only",
             "cambio de planes", "me cambiaron el horario", "me movieron", "change of plans", "new shift",
             # Ecuador: "la otra semana" is next week; "me cambian a turno de día" is a new shift for good
             "desde la otra semana", "a partir de la otra semana", "desde el lunes", "a partir del lunes",
             "me cambian a", "me cambiaron a", "from monday on", "from now", "de aqui en adelante",
             # "me cambiaron de turno…, desde esta semana solo puedo…": a new shift is for good
             "desde esta semana", "a partir de esta semana", "from this week", "starting this week",
             "me cambiaron de turno", "cambio de turno", "nuevo turno", "me cambiaron el turno",
             # "ya no me dan los martes", "no longer free on tuesdays": the week changed for good
             "ya no me dan", "ya no puedo", "no longer", "ya no tengo")
_ONE_OFF = ("solo esta semana", "esta semana", "just this week", "just for next week", "next week", "la proxima semana",
            "semana que viene", "solo por", "just for", "only this", "por esta vez", "this time", "esta vez",
            "cita", "appt", "appointment", "examenes", "turno", "finals", "examen", "exam",
            # "el jueves no puedo, ¿lo muevo al viernes?": a session moved, not the week's days
            "lo muevo", "la muevo", "lo paso", "la paso", "lo cambio al", "la cambio al", "lo hago el", "la hago el",
            "move it", "moving it", "swap it", "shift it", "do it on",
            # "este sábado no puedo entrenar, me voy a Guayaquil": this one day, not the week's days
            "este sabado", "este domingo", "este lunes", "este martes", "este miercoles", "este jueves", "este viernes",
            "this saturday", "this sunday", "this monday", "this tuesday", "this wednesday", "this thursday",
            "this friday", "me voy a", "i'm away", "im away", "de viaje", "travelling", "traveling")

_WEEKDAY = (r"(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|lun|mar|mie|jue|vie|sab|dom|mondays?|"
            r"tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tue|tues|wed|thu|thurs|fri|sat|sun)")
# Three weekdays in a row name a week's days, not a one-off move: "lunes, miércoles, viernes y domingo".
_DAY_LIST = rf"{_WEEKDAY}\W+(?:y\W+|and\W+)?{_WEEKDAY}\W+(?:y\W+|and\W+)?{_WEEKDAY}"

# "estoy como a 5 km del carro": how far somewhere is, not a run.
# ...nor is a race named by its distance ("para el 21k", "la 10K del domingo").
_DISTANCE_TO_A_PLACE = (r"\d+(?:[.,]\d+)?\s*(?:km|k|kilometros?|mi|miles?|millas?)\s+(?:del|de la|de mi|de casa|"
                        r"de aqui|from|away|to go|para llegar|hasta|of the car|to the car)(?!\w)")
# "para el 21k", "la 10K del domingo": a race named by its distance, not a run; unless the runner says they
# ran it ("Terminé la 10K Ruta del Atardecer, 52:48").
# ("56:45 en la 10K!!!": the time told just before it is the race's)
_RACE_BY_NAME = (r"(?<!\w)(?<!\d:\d\d )(?<!\d:\d\d en )(?<!\d:\d\d in )(?<!\d:\d\d:\d\d )(?<!\d:\d\d:\d\d en )"
                 r"(?<!\d:\d\d:\d\d in )(?:para el|para la|for the|el|la|the|a la|al|en la|en el)\s+\d+\s*k"
                 r"(?!\w)(?!\s+(?:en|in)\s+\d)")
# "10k el 13", "a 15k on the 14th": a race named by its day of the month, unless the runner says they did it.
_RACE_ON_A_DAY = r"\d+\s*k\s+(?:el|del|on the|on)\s+\d{1,2}(?:st|nd|rd|th)?(?!\s*(?:min|:|km|k|mi|h)|\d)"

# "la semana pasada hice 24", "Mi 10K en septiembre fue 52:30", "longest since the half in October": a
# run of some week or month back is the runner's history (context for a question), not a run to log
# on a day nobody said. A day that can be named ("el lunes pasado", "hace 3 días") is not this.
_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
          r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
          r"apr|jun|jul|aug|sept?|oct|nov|dec)")
_VAGUE_PAST = (rf"(?<!\w)(?:(?:en|in|durante|during|since|desde|back in|early|late|a principios de|a fines de|"
               # ("en el mar" is the sea, not March)
               rf"a finales de)\s+(?!el mar\b)(?:(?:el|la|the|mid|early|late)\s+)?{_MONTH}(?!\w)(?!\s*\d)|"
               r"la semana pasada|last week|el mes pasado|last month|el ano pasado|last year|"
               r"hace (?:unas?|un par de|\d+|dos|tres|cuatro|varias|algunas) (?:semanas|meses|anos)|"
               r"(?:a couple of|a few|\d+|two|three|four|several|some) (?:weeks|months|years) ago|"
               # ("desde el puente del Vado hasta el Parque": a route, not since when)
               r"since (?:the|my)|desde (?:la|el|mi)(?!\s+(?:puente|parque|casa|esquina|redondel|entrada|inicio|"
               r"principio|malecon|estadio|\w+\s+hasta))|"
               # "la mejor vez que corrí 5 km fue 33 min", "en el último 10k hice 5:25": the runner's record
               r"la mejor vez|mi mejor (?:tiempo|marca|vez)|my (?:best|pb|pr)(?: time)?|personal best|(?:pb|pr) is|"
               r"en (?:el|mi) ultim[oa]|in my last|my last (?:race|\d+\s*k))(?!\w)")

# "mi media maratón es el 15 de marzo", "my 10k is on…", "quiero correr un maratón en menos de 4 horas".
# "mejor hago un trail de 25 km", "i'd rather run a 10 miler": a choice of goal, in the present.
_CHOSEN_GOAL = (r"(?<!\w)(?:mejor|prefiero|i'?d rather|rather)\s+(?:hago|corro|hacer|correr|me preparo para|"
                r"entreno para|do|run|train for)\s+(?:un|una|la|el|a|an|the)(?!\w)")
_MY_RACE = (_CHOSEN_GOAL + "|"
            r"(?<!\w)(?:mi|my|la|the)\s+(?:\w+\s+)?(?:media|medio|maraton|marathon|half|carrera|race|trail|\d+\s*k|"
            r"\d+\s*km|\d+\s*mil(?:er|e)s?)\s+(?:es|is|sera|will be|queda)(?!\w)|"
            r"(?<!\w)(?:quiero|want to|wanna|i'?d like to|me gustaria)\s+(?:correr|run|hacer|do)\s+(?:un|una|a|"
            r"an|mi|my|la|el|the)"
            r"\s+(?:\w+\s+)?(?:media|medio|maraton|marathon|half|carrera|race|\d+\s*k|\d+\s*km)|"
            r"(?:en menos de|in under|under|sub|bajo)\s*\d|"
            # "changing my half goal to 1:40", "let's still aim 3:30": the goal time set anew
            r"(?<!\w)(?:chang\w*|switch\w*|cambi\w*|mov\w*|lower\w*|baj\w*)\s+(?:my|mi|the|la|el)\s+(?:\w+\s+)?"
            r"(?:goal|meta|objetivo|target)|(?<!\w)(?:let'?s|lets)\s+(?:still\s+)?aim(?:\s+for)?\s+(?:sub[- ]?)?\d")

# "El neurólogo me ve el lunes 22", "appointment on thursday 14": a day of the month at an appointment, no run.
_AN_APPOINTMENT = (r"(?<!\w)(?:me ve|me atiende|me revisa|cita|consulta|turno|appointment|appt|sees me|seeing the)\s+"
                   rf"(?:\w+\s+){{0,3}}?(?:el\s+|on\s+)?{_WEEKDAY}\s+\d")

# An ache of years ago is history the profile keeps, not an injury now.
_HISTORY = (r"(?<!\w)(?:hace (?:\w+ )?anos|hace mucho|(?:en|del|de|in|back in) (?:19|20)\d\d|years ago|a few years|"
            r"long time ago|ni se acuerda|old injury|lesion antigua|antigua lesion)(?!\w)")

RULES: dict[str, WriteRule] = {
    "log_run": WriteRule(needs_number=True, confirm_unsure=True,
                         never_pattern=f"{_DISTANCE_TO_A_PLACE}|{_VAGUE_PAST}|{_AN_APPOINTMENT}",
                         never_unless_done=f"{_RACE_ON_A_DAY}|{_RACE_BY_NAME}"),
    "log_cross_training": WriteRule(),
    "correct_run": WriteRule(allow_request=True),
    "delete_run": WriteRule(allow_request=True),
    "record_missed_session": WriteRule(allow_request=True),
    "record_injury": WriteRule(never_pattern=_HISTORY),
    "update_injury": WriteRule(),
    "resolve_injury": WriteRule(),
    "set_race": WriteRule(cues=_RACE_ENTRY, allow_request=True, with_future=True, enough=_MY_RACE),
    "set_schedule": WriteRule(cues=_PREFERENCE, never_with=_ONE_OFF, allow_request=True, enough=_DAY_LIST,
                              with_future=True),
    "update_profile": WriteRule(allow_request=True),
}
# The acts that carry a write: negations write only an ache's end (update/resolve) or a session missed.
_NEGATION_WRITES = frozenset({"update_injury", "resolve_injury", "record_missed_session", "delete_run"})
# "cambia mis días…", and the same asked politely: "can we change my days to…?", "¿me puedes borrar…?"
_REQUEST = re.compile(r"^(?:(?:por favor|porfa|pls|please|coach|hey|oye|wait|espera|oops|ups|sorry|perdon|jaja\w*|"
                      r"lol|no|nope|ve|ah|oh|also|and|so|ok|okay|y|tambien|entonces|bueno|oye coach)\W+)*"
                      r"(?:(?:can|could|would|will) (?:you|u|we) (?:please |pls )?|"
                      r"(?:me |nos )?(?:puedes|podrias|podemos|puede|podria) (?:por favor |porfa )?(?:me |nos )?)?"
                      r"(?:borra\w*|elimina\w*|quita\w*|cambia\w*|pon|ponme|poner\w*|pasa\w*|mueve|mover\w*|"
                      r"actualiza\w*|corrige|corregir\w*|anota\w*|registra\w*|guarda\w*|delete|remove|change|set|put|"
                      r"move|update|fix|correct|log|save|switch|make|ignora\w*|ignore|olvida\w*|forget|scratch|"
                      r"disregard|do|go with|hacer|hagamos|run on|correr)(?!\w)"
                      # "…im on nights wed-fri now so can we switch my run days to mon tue sat sun?": asked mid-sentence
                      r"|(?<!\w)(?:(?:can|could|would) (?:you|u|we) (?:please |pls )?|(?:me |nos )?(?:puedes|podrias|"
                      r"podemos) (?:por favor |porfa )?(?:me |nos )?)(?:switch|change|move|set|update|make|do|go with|"
                      # ("…so could we run tue thu fri sun from now on?")
                      r"cambia\w*|run|train|correr|entrenar|trotar|"
                      r"pon\w*|mueve|mover)(?!\w)"
                      # "so can my days be mon tue thu fri sat sun", "¿pueden ser mis días lunes, martes…?"
                      r"|(?<!\w)(?:can|could) (?:my|the) (?:\w+ )?days be|(?:pueden|podrian) ser mis dias"
                      # "Can I make Monday a rest day from now on?", "can i switch my running days…" (not "can i
                      # switch my goal…?": a goal asked about is offered, not set)
                      r"|(?<!\w)(?:can|could|may) i (?:please )?(?:make|have) (?:\w+ ){1,2}(?:a )?(?:rest|off) day"
                      r"|(?<!\w)(?:can|could|may) i (?:please )?(?:switch|change|move|swap) my (?:\w+ )?days(?!\w)")
_NUMBER = re.compile(r"\d|(?<!\w)(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
                     r"quince|veinte|treinta|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                     r"twenty|thirty|half|media|medio)(?!\w)")


class NotAFact(DomainError):
    """The message does not state the fact this write needs: nothing was stored."""

    def __init__(self, tool: str, acts: list[str]):
        super().__init__(f"{tool} refused: the runner's message states no fact to store (it is "
                         f"{', '.join(acts) or 'not about this'}); answer it instead of storing anything",
                         "write_not_a_fact", tool=tool, acts=", ".join(acts))


@attrs.frozen
class Verdict:
    decision: Decision
    acts: tuple[str, ...] = ()

    @property
    def writes(self) -> bool:
        return self.decision is Decision.WRITE


def judge(tool: str, message: str | None, args: Any = None, answering: str | None = None,
          runner: Any = None) -> Verdict:
    """May this message carry this write? ``message`` None: not a runner's message (always writes).
    ``answering``: the write the coach's own open question asked for ("¿Qué fecha es la carrera?" —
    "el 11 de octubre"): the answer needs no other cue, only not to be a question or a plan."""
    rule = RULES.get(tool)
    if rule is None or message is None or not message.strip() or getattr(args, "confirmed", False):
        return Verdict(Decision.WRITE)
    parts = clauses(message)
    found = tuple(dict.fromkeys(c.act.value for c in parts))
    if answering == tool:
        if any(c.act.may_write or c.act is Act.NEGATION for c in parts):
            return Verdict(Decision.WRITE, found)
        return Verdict(Decision.REFUSE, found)
    if tool == "record_injury" and getattr(args, "severity", None) is Severity.SEVERE \
            and read_red_flag(message, ()) is not None:
        # Safety first: a red flag is recorded whatever else the message says ("no pude terminar, a los
        # 4 km me dio un mareo fuerte…" reads as a negation, and the warning sign must still be kept).
        return Verdict(Decision.WRITE, found)
    if tool in ("record_injury", "update_injury") and asks_about_a_told_ache(message):
        return Verdict(Decision.WRITE, found)     # "¿es normal q me duela la canilla? la derecha, como un 2"
    if tool == "set_race" and _replaces_the_goal(runner, args) and _GOAL_KEPT.search(fold(message)):
        return Verdict(Decision.REFUSE, (*found, "tune_up_race"))
    if tool == "set_race" and _replaces_the_goal(runner, args) and getattr(args, "race_date", None) is not None \
            and args.race_date < runner.race_date and not has_any(fold(message), _EXPLICIT_CHANGE) \
            and not re.search(_GOAL_STATED, fold(message)):
        # "el sábado hay una 5k navideña, me inscribí": a race before the goal race is a tune-up, not a new goal.
        return Verdict(Decision.REFUSE, (*found, "tune_up_race"))
    if tool == "set_race" and _replaces_the_goal(runner, args) and not has_any(fold(message), _RACE_CHANGE) \
            and not re.search(_GOAL_STATED, fold(message)):
        # A race told while a goal race exists is a race run, not a new goal, unless the runner says so.
        return Verdict(Decision.REFUSE, (*found, "past_race"))
    usable = [c for c in parts if _carries(tool, rule, c)]
    if tool == "log_cross_training" and len(parts) > 1 and any(names_an_activity(c.text) for c in parts):
        # "Not running today. Wife walked 5 miles with her group": the clause that names the activity decides.
        usable = [c for c in usable if names_an_activity(c.text)]
    if tool in _NEEDS_WORDS and any(c.act in (Act.SOMEONE_ELSE, Act.QUESTION) for c in parts):
        # "my bro is training for a 100k ultra. siao": an interjection beside someone else's news carries nothing.
        usable = [c for c in usable if len(c.text.split()) > 2 or _NUMBER.search(c.text) or c.act is Act.ANSWER]
    if not usable:
        return Verdict(Decision.REFUSE, found)
    # ("cinco kilometros en treinta y ocho minutos": numbers in words are numbers)
    if rule.needs_number and not any(_NUMBER.search(c.text) or _NUMBER.search(words_to_numbers(c.text))
                                     for c in usable):
        return Verdict(Decision.REFUSE, found)
    if rule.cues and not any(has_any(c.text, rule.cues) or (rule.enough and re.search(rule.enough, c.text))
                             for c in usable):
        return Verdict(Decision.REFUSE, found)
    numbered = [c for c in usable if _NUMBER.search(c.text) or _NUMBER.search(words_to_numbers(c.text))]
    if rule.never_pattern and all(re.search(rule.never_pattern, c.text) for c in usable
                                  if c in numbered or not rule.needs_number):
        return Verdict(Decision.REFUSE, found)
    if rule.never_unless_done and numbered and all(re.search(rule.never_unless_done, c.text) and not c.done
                                                   for c in numbered):
        return Verdict(Decision.REFUSE, found)
    if rule.never_with and has_any(fold(message), rule.never_with) and not has_any(fold(message), _FOR_GOOD):
        return Verdict(Decision.REFUSE, found)
    if rule.confirm_unsure and not any(c.done for c in usable) and _others_are_not_facts(parts, usable):
        # "y un fondo de 2.7…" next to a question: a number with no verb of something done.
        return Verdict(Decision.CONFIRM, found)
    return Verdict(Decision.WRITE, found)


def _carries(tool: str, rule: WriteRule, clause: Clause) -> bool:
    if clause.act.may_write or (rule.with_future and clause.act is Act.FUTURE):
        return True
    if clause.act is Act.SOMEONE_ELSE and tool == "delete_run":
        return True       # "ignora eso, era lo que hizo mi hermano": someone else's run, taken back
    if clause.act is Act.NEGATION and tool in _NEGATION_WRITES:
        return True
    if clause.act is Act.NEGATION and tool == "log_cross_training" and (
            instead_of_running(clause.text) or names_an_activity(clause.text) and not denies_an_activity(clause.text)):
        # "no corrí hoy, salí a caminar media hora": the run denied, the walk done; "bici 50 min, sin dolor": the
        # ride done, the pain denied.
        return True
    return rule.allow_request and clause.act is Act.QUESTION and bool(_REQUEST.search(clause.text))


def _others_are_not_facts(parts: list[Clause], usable: list[Clause]) -> bool:
    return any(c not in usable and c.act in (Act.QUESTION, Act.FUTURE, Act.HYPOTHETICAL, Act.QUOTE, Act.HISTORY)
               for c in parts)


# Writes whose content is words, not a number or a yes: a clause of two words or less cannot carry them.
_NEEDS_WORDS = frozenset({"update_profile", "set_race", "set_schedule"})
# Words that change the goal outright, whatever the new race's day.
# "so that's my main race now, the 15K can just be for fun": the new race named the goal
_MAIN_RACE = ("pongamos esa", "esa mismo", "esa misma", "vamos con esa", "let's go with", "go with that one",
              "cambio la meta", "cambio mi meta", "my main race", "main race now", "mi carrera principal", "my a race",
              "my goal race now", "that's my goal", "thats my goal", "esa es mi meta", "ese es mi objetivo",
              # "so london is my race now not brighton"
              "is my race now", "my race now", "es mi carrera ahora", "ahora es mi carrera", "mi carrera ahora es")
# "…pero esa es solo para caminarla, la meta sigue siendo la de Yahuarcocha": another race, the goal kept
_GOAL_KEPT = re.compile(r"(?<!\w)(?:(?:la |mi )?meta sigue siendo|(?:el |mi )?objetivo sigue siendo|"
                        r"sigue siendo mi (?:meta|objetivo)|"
                        r"(?:my |the )?goal (?:is )?still|still my goal|main race is still|goal race is still)(?!\w)")
_EXPLICIT_CHANGE = ("nueva meta", "nuevo objetivo", "cambia", "cambiar", "cambio", "cambiame", "en vez", "en lugar",
                    # "ya decidí, me bajo a la 10k de Loja": a decision told is a change, however soon the race
                    "ya decidi", "decidido", "decided", "made up my mind", "me bajo a", "me bajo al", "step down",
                    "drop down", "me subo a", "me subo al",
                    "ya no", "new goal", "change", "changing", "cambiando",
                    "switch", "instead", "mejor hago", "rather", "me voy por",
                    "mejor me voy", "switching", "mejor me apunto", "cambiemos", "cambiamos", "cambiale", "cambialo",
                    "movieron", "cambiaron", "postergaron", "adelantaron", "reprogramaron", "moved", "postponed",
                    "rescheduled", "pushed back", "as my goal", "as the goal", "como mi meta", "como meta",
                    "como objetivo", "como mi objetivo", *_MAIN_RACE)
# The words of a runner changing their goal race, not telling about another race.
_RACE_CHANGE = ("nueva meta", "nuevo objetivo", "nueva carrera", "cambia", "cambiar", "cambio", "cambiame", "ahora mi",
                "ya no", "en vez", "en lugar", "me inscribi", "me anote", "me apunte", "inscrito", "inscrita", "decidi",
                "quiero hacer la", "quiero correr la", "quiero correr el", "voy a correr la", "voy a correr el",
                "new goal", "new race", "change", "changing", "cambiando",
                "switch", "instead", "now my", "signed up", "registered", "entered",
                "decided", "i'm doing the", "im doing the", "i want to run the", "i'll run the", "going to run the",
                "me voy por", "me voy con la", "me inscribo", "me voy a inscribir", "signing up", "sign up",
                "registering", "aim for", "aiming for", "switching", "switched", "me apunto", "si voy pal",
                "si voy para", "voy pal", "cambiemos", "cambiamos", "movieron", "cambiaron", "postergaron",
                "me bajo a", "me bajo al", "bajarme", "me subo a", "me subo al", "step down", "drop down", "move up to",
                "adelantaron", "reprogramaron", "moved", "postponed", "rescheduled", "pushed back", "as my goal",
                "as the goal", "como mi meta", "como meta", "como objetivo", "como mi objetivo", *_MAIN_RACE)


# "mi media maratón es el 15 de marzo", "quiero correr un maratón", "I want to run the Boston Marathon".
_GOAL_STATED = (r"(?<!\w)(?:mi|my)\s+(?:\w+\s+)?(?:media|medio|maraton|marathon|half|carrera|race|\d+\s*k)\s+"
                r"(?:es|is|sera|will be)(?!\w)|"
                r"(?<!\w)(?:quiero|quisiera|voy a|want to|wanna|i'?d like to|going to|gonna)"
                r"\s+(?:correr|hacer|run|do|train for|entrenar para)\s+(?:un|una|la|el|a|an|the|mi|my)(?!\w)|"
                + _CHOSEN_GOAL)


def says_goal_change(message: str) -> bool:
    """The runner's words change the goal race ("switching from the 50 to the 100", "en vez de la media")."""
    return has_any(fold(message), _EXPLICIT_CHANGE)


def _replaces_the_goal(runner: Any, args: Any) -> bool:
    """The call would put another race (distance or day) in place of the runner's goal race."""
    if runner is None or args is None or getattr(runner, "race_date", None) is None:
        return False
    new_date, new_race = getattr(args, "race_date", None), getattr(args, "goal_race", None)
    return (new_date is not None and new_date != runner.race_date) or (
        new_race is not None and runner.goal_race is not None and new_race != runner.goal_race)


def past_race_is_not_a_goal(race_date: date | None, today: date) -> bool:
    """A race whose day has passed is a result, never a new goal."""
    return race_date is not None and race_date < today
