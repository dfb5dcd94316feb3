"""Body parts and pain words runners use, in Spanish and English."""
import itertools
import re
from datetime import date

import attrs

from application.understanding.dates import find_day, weekday_in
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold
from domain.injury import body_part_name

# folded word -> canonical Spanish body part (Spanish is the product's first language;
# the coach translates when it answers in English).
BODY_PARTS = {
    "rodilla": "rodilla", "rodillas": "rodilla", "knee": "rodilla", "knees": "rodilla",
    "tobillo": "tobillo", "tobillos": "tobillo", "ankle": "tobillo", "ankles": "tobillo",
    "gemelo": "gemelo", "gemelos": "gemelo", "pantorrilla": "gemelo", "pantorrillas": "gemelo",
    "calf": "gemelo", "calves": "gemelo",
    "espinilla": "espinilla", "espinillas": "espinilla", "shin": "espinilla", "shins": "espinilla",
    "periostitis": "espinilla",
    "cadera": "cadera", "hip": "cadera", "hips": "cadera",
    "espalda": "espalda", "lumbar": "espalda", "back": "espalda",
    "pie": "pie", "pies": "pie", "foot": "pie", "feet": "pie", "fascia": "pie", "plantar": "pie",
    "talon": "talón", "heel": "talón",
    "isquio": "isquiotibial", "isquios": "isquiotibial", "isquiotibial": "isquiotibial",
    "isquiotibiales": "isquiotibial", "hamstring": "isquiotibial", "hamstrings": "isquiotibial",
    "cuadriceps": "cuádriceps", "quad": "cuádriceps", "quads": "cuádriceps",
    "aquiles": "tendón de Aquiles", "achilles": "tendón de Aquiles",
    "muslo": "muslo", "thigh": "muslo", "gluteo": "glúteo", "gluteos": "glúteo", "glute": "glúteo",
    "hombro": "hombro", "shoulder": "hombro", "cuello": "cuello", "neck": "cuello",
    # A fall hurts more than the legs: "wrist is pretty swollen", "me raspé el codo".
    "muneca": "muñeca", "munecas": "muñeca", "wrist": "muñeca", "wrists": "muñeca", "mano": "mano", "hand": "mano",
    "codo": "codo", "codos": "codo", "elbow": "codo", "elbows": "codo", "brazo": "brazo", "arm": "brazo",
    "costilla": "costillas", "costillas": "costillas", "rib": "costillas", "ribs": "costillas",
    # Structures of a joint name the joint: "menisco" is the knee's.
    "menisco": "rodilla", "meniscos": "rodilla", "meniscus": "rodilla", "rotula": "rodilla", "kneecap": "rodilla",
    "patella": "rodilla", "lca": "rodilla", "acl": "rodilla",
    # Everyday words runners use in Ecuador and Latin America, and their typos.
    "canilla": "espinilla", "canillas": "espinilla", "canila": "espinilla", "canilas": "espinilla",
    "tibia": "espinilla", "tibias": "espinilla", "shinbone": "espinilla", "shinsplints": "espinilla",
    "espinia": "espinilla",
    "planta": "pie", "plantas": "pie", "empeine": "pie", "empeines": "pie", "metatarso": "pie", "metatarsos": "pie",
    "dedo": "pie", "dedos": "pie", "toe": "pie", "toes": "pie", "arch": "pie", "instep": "pie",
    "talones": "talón", "heels": "talón", "tobiyo": "tobillo", "rodiya": "rodilla", "rodila": "rodilla",
    "pantorilla": "gemelo", "pantorillas": "gemelo", "chamorro": "gemelo", "soleo": "gemelo",
    "ingle": "cadera", "groin": "cadera", "cintilla": "rodilla",
    "pecho": "pecho", "chest": "pecho", "torax": "pecho",
    "cuadricep": "cuádriceps", "femoral": "isquiotibial", "femorales": "isquiotibial",
    "hammy": "isquiotibial", "hammies": "isquiotibial", "itb": "rodilla",
    "nalga": "glúteo", "nalgas": "glúteo", "piriforme": "glúteo",
    # The fibula's runner's fractures sit low, by the ankle.
    "perone": "tobillo", "fibula": "tobillo",
}
# "abajo de la rodilla", "below the knee": the shin, not the knee; "the back of my ankle": the Achilles.
_BELOW_KNEE = re.compile(r"(?:abajo|debajo|bajo|below|under|underneath)\s+(?:de\s+)?(?:la\s+|mi\s+|my\s+|the\s+)?"
                         r"(?:rodilla|knee)")
# "one spot about a hand above my ankle on the inside", "dos dedos arriba del tobillo": a hand or fingers
# measure where it hurts, they are not the part; just above the ankle is the lower shin (the tibia).
_A_MEASURE = re.compile(r"(?<!\w)(?:con|with)\s+(?:el|un|los|mi|my|a|the)\s+(?:dedo|dedos|finger|fingers|thumb|pulgar)"
                        r"(?!\w)|"      # "si lo aprieto con el dedo": what presses, not a sore toe
                        r"(?<!\w)(?:a|one|two|three|four|about a|like a|una|un|dos|tres|cuatro)\s+"
                        r"(?:hand|hands|hand's|finger|fingers|palm|palmo|dedo|dedos|cuarta)(?:'s)?"
                        r"(?:\s+(?:width|widths|breadth|de ancho))?(?=\s+(?:above|below|up|over|under|from|arriba|"
                        r"encima|debajo|abajo|sobre|por encima|mas arriba))")
_ABOVE_ANKLE = re.compile(r"(?:above|up from|over|arriba|encima|por encima|mas arriba|sobre)\s+(?:de\s+|del\s+|of\s+)?"
                          r"(?:the\s+|my\s+|mi\s+|la\s+|el\s+)?(?:right\s+|left\s+|derech[oa]\s+|izquierd[oa]\s+)?"
                          r"(?:ankle|tobillo)"
                          r"(?:\s+(?:on the inside|on the inner side|por dentro|por la parte de adentro))?")
_BACK_OF = re.compile(r"(?:back|behind|parte de atras|atras)\s+(?:of\s+|de\s+|del\s+)?"
                      r"(?:the\s+|my\s+|mi\s+|la\s+|el\s+)?"
                      r"(?:right\s+|left\s+|derech[oa]\s+|izquierd[oa]\s+)?(ankle|heel|knee|tobillo|talon|rodilla)")


PAIN_WORDS = ("duele", "duelen", "dolor", "dolia", "dolio", "dolieron", "doliendo", "molesta", "molestan", "molestia",
              # "la rodilla me molestó un poquito" (the accent dropped): the past of a niggle
              "molesto", "molestaba", "molestaron", "molestando",
              "molestias", "lesion", "lesionado", "lesionada", "hurt", "hurts", "hurting", "pain",
              "painful", "sore", "ache", "aches", "aching", "injury", "injured", "tendinitis",
              "esguince", "sprain", "inflamada", "inflamado", "swollen", "hinchada", "hinchado",
              # How runners say a muscle is overloaded: "calf is a bit tight", "tengo el gemelo cargado".
              "tight", "tightness", "cargado", "cargada", "cargados", "cargadas",
              # ...and the words of a niggle: stiff, cranky, a tweak; "apretado", "resentido".
              "stiff", "stiffness", "cranky", "niggle", "tweaked", "achy", "apretado", "apretada", "resentido",
              # "left shin a bit grumbly", "niggly", "twingey", "grumpy": the same niggle, in other words
              "grumbly", "grumbling", "grumpy", "niggly", "niggling", "twinge", "twingey", "tender", "barking",
              "resentida", "tenso", "tensa",
              # Ecuador: "siento templado el isquio" is a tight, overloaded muscle.
              "templado", "templada", "templados", "templadas",
              # "me empezó a molestar la canilla", "left shin is paining slightly", "knee a little tweaky"
              "molestar", "molestarme", "paining", "pained", "tweaky", "tweak", "tweaking",
              # "el isquio quedó medio tirante", "la canilla me late" (throbs)
              "tirante", "tirantes", "tironeo", "me late", "me palpita",
              # "la canilla me empezó a doler más"
              "doler", "dolerme")
SEVERE_WORDS = ("no puedo caminar", "no puedo apoyar", "can't walk", "cannot walk", "cant walk",
                "hinchada", "hinchado", "swollen", "fractura", "fracture", "muchisimo", "insoportable",
                "unbearable", "esguince", "sprain", "no puedo correr", "can't run", "cannot run")
MODERATE_WORDS = ("bastante", "mucho", "fuerte", "a lot", "really", "badly", "cojeando", "limping",
                  "cada paso", "every step", "tuve que parar", "had to stop", "me detuve", "stopped")
MILD_WORDS = ("un poco", "poquito", "leve", "ligera", "ligero", "a bit", "a little", "slight",
              "slightly", "mild", "molestia", "molesta")
RECOVERED_WORDS = ("ya no me duele", "ya no duele", "ya no me molesta", "no longer hurts",
                   "doesn't hurt anymore", "doesnt hurt anymore", "no me duele", "recuperad",
                   "ya estoy bien", "recovered", "healed", "sane", "se me paso", "feels fine now")


# "talón de Aquiles", "tendón de Aquiles": the Achilles, not the heel.
_ACHILLES = re.compile(r"(?:talon|tendon|tendones) de (?:aquiles|aquiles)")


# "el muslo de atrás", "the back of my thigh": the hamstring.
_BACK_OF_THIGH = re.compile(r"(?<!\w)(?:muslo (?:de |por )?(?:atras|detras)|parte (?:de )?(?:atras|trasera) del muslo|"
                            r"(?:atras|detras) del muslo|"
                            r"back of (?:my |the )?(?:thigh|leg)|(?:back|rear) thigh)(?!\w)")


def _until_a_part(words: list[str]) -> list[str]:
    """The words before the next body part named ("and back, shin still pain": the pain is the shin's)."""
    return list(itertools.takewhile(lambda w: not BODY_PARTS.get(w), words))


# "turno doble en la planta", "at the plant": a workplace, not the sole of the foot
_THE_PLANT = re.compile(r"(?<!\w)(?:en|de|a|desde|hasta)\s+la\s+planta(?!\s+(?:del|de mi|de los)\s+pie)(?!\w)")


def body_parts_in(text: str) -> list[str]:
    folded = _ACHILLES.sub(" aquiles ", _BACK_OF_THIGH.sub(" isquiotibial ", _THE_PLANT.sub(" ", fold(text))))
    folded = _BELOW_KNEE.sub(" espinilla ", folded)
    folded = _ABOVE_ANKLE.sub(" espinilla ", _A_MEASURE.sub(" ", folded))
    # "ice on it, foot up", "con la pierna en alto": resting it, not another part hurting
    folded = re.sub(r"(?<!\w)(?:foot|feet|leg|legs|pie|pies|pierna|piernas)\s+(?:up|elevated|en alto|arriba|raised)"
                    r"(?!\w)", " ", folded)
    back_of = _BACK_OF.search(folded)
    if back_of:
        # The back of the ankle or heel is the Achilles; of the knee, the knee itself.
        where = back_of.group(1)
        folded = _BACK_OF.sub(" aquiles " if where in ("ankle", "heel", "tobillo", "talon") else f" {where} ", folded)
    found: list[str] = []
    words = re.findall(r"\w+", folded)
    for i, word in enumerate(words):
        part = BODY_PARTS.get(word)
        if word == "back" and (i > 0 and words[i - 1] in ("come", "came", "coming", "get", "got", "go", "went", "be",
                                                          "bounce", "im", "m", "just", "are", "re", "was", "is",
                                                          # "like 80% feeling back", "getting back", "way back"
                                                          "feeling", "feel", "getting", "coming", "way", "bouncing",
                                                          "there")
                               # "walked to the shop and back" (not "hip and back sore", "5k and back is tight")
                               or i > 1 and words[i - 1] == "and" and not BODY_PARTS.get(words[i - 2])
                               and not any(w in PAIN_WORDS or w in ("is", "was", "feels", "felt")
                                           for w in _until_a_part(words[i + 1:i + 4]))
                               or i + 1 < len(words) and words[i + 1] in ("from", "home", "to", "at", "in", "then",
                                                                          "when", "on", "into", "up", "again")
                               or re.match(r"\s*back\s*[.!,]", folded)):
            continue        # "come back", "I'm back", "back. xray no fracture": not the back
        if part and part not in found and not re.match(
                r"\s+(?:no|nope|nada|tampoco|(?:(?:is|are|esta|estan|feels?|se siente)\s+)?(?:normal|sin problema))"
                r"\s*(?:[.,;!?]|$)",
                folded[_word_end(folded, word, i, words):]):
            # "dolor en el pecho no", "la espalda normal.": a part denied is not named as hurting (a part said
            # "fine" is still named: "my knee is fine now" tells which ache is over)
            found.append(part)
    return found


_PART_WORDS = "|".join(sorted((re.escape(w) for w in BODY_PARTS), key=len, reverse=True))
# "No chest pain", "no plantar fasciitis since 2022", "sin dolor en la rodilla", "no pain in my knee": a part
# named only to say nothing is wrong with it.
_DENIED_PART = re.compile(
    rf"(?<!\w)(?:no|sin|zero|without|ningun\w*|never had)\s+(?:\w+\s+)?({_PART_WORDS})(?:'?s)?"
    r"(?=\s+(?:pain|dolor|issues?|problems?|problemas?|tightness|fasciitis|fascitis|itis|molestias?|trouble|niggles?)"
    r"(?!\w))"
    # "Nothing in the chest", "nada en el pecho": the part named only to say it is clear
    rf"|(?<!\w)(?:nothing|nada)\s+(?:in|on|en|de)\s+(?:(?:the|my|el|la|mi)\s+)?({_PART_WORDS})(?!\w)"
    rf"|(?<!\w)(?:no|sin|without|zero)\s+(?:pain|dolor|molestias?|issues?|problems?|problemas?|tightness)\s+"
    rf"(?:in|on|en|de|del|with)\s+(?:(?:the|my|el|la|los|las|mi|mis)\s+)?({_PART_WORDS})(?!\w)"
    # "knee was fine. shins a lil achy tho": the part said fine beside the one that aches
    rf"|(?<!\w)({_PART_WORDS})(?:'?s)?\s+(?:was|is|are|were|felt|feels?|esta|estuvo|estaba)?\s*(?:totally\s+|all\s+|"
    rf"muy\s+)?(?:fine|good|ok|okay|great|perfect|bien|perfect[oa])(?!\w)")


def denied_parts(text: str) -> set[str]:
    """The parts named only in a denial ("No chest pain"): not an ache to record."""
    folded = fold(text)
    denied = {BODY_PARTS[next(g for g in m.groups() if g)] for m in _DENIED_PART.finditer(folded)}
    rest = _DENIED_PART.sub(" ", folded)
    return {part for part in denied if part not in body_parts_in(rest)}


def _word_end(folded: str, word: str, index: int, words: list[str]) -> int:
    """Where the ``index``-th word of ``folded`` ends (its occurrences counted from the start)."""
    at = -1
    for _ in range(words[:index + 1].count(word)):
        at = folded.find(word, at + 1)
        while at > 0 and folded[at - 1].isalnum():
            at = folded.find(word, at + 1)
    return at + len(word) if at >= 0 else len(folded)


# "sin molestia", "no pain", "ni dolor", "nada de dolor": the word is there, the pain is not.
_DENIED = re.compile(r"(?:(?<!\w)(?:sin|no|ni|nada de|cero|without|zero|never|nunca)|n'?t)\W+(?:\w+\W+){0,1}$"
                     # "no ha vuelto a molestar", "hasn't started to hurt again"
                     r"|(?<!\w)no\s+(?:me\s+)?(?:ha|han|he)\s+vuelto\s+a\s+(?:\w+\s+)?$"
                     r"|(?<!\w)(?:hasn'?t|haven'?t|has not|have not)\s+(?:\w+\s+){0,2}$")


def denied_before(folded: str, index: int) -> bool:
    """The word at ``index`` of ``folded`` is denied by what comes just before it ("no pain", "didn't even twinge")."""
    return bool(_DENIED.search(folded[max(0, index - 25):index]))


def mentions_pain(text: str) -> bool:
    """An ache said in words, or a part given a score ("la canilla un 4 al final", "isquio un 2 hoy"):
    runners answer the coach's 0–10 question without saying "dolor" again."""
    f = fold(text)
    return any(not _DENIED.search(f[max(0, m.start() - 25):m.start()]) and not _OF_THE_PAST.match(f, m.end())
               for w in PAIN_WORDS for m in re.finditer(rf"(?<!\w){w}(?!\w)", f)) or bool(_scored_part(f))


def _scored_part(folded: str) -> int | None:
    """A score of 1–10 said of a leg's or foot's part named just before it (not "back at 7", "arm 2")."""
    for word in re.finditer(r"\w+", folded):
        if BODY_PARTS.get(word.group()) in _SCORED_PARTS and not _DENIED.search(folded[max(0, word.start() - 25):
                                                                                         word.start()]):
            scored = _PART_SCORE.match(folded, word.end())
            if scored and 1 <= int(scored.group("score")) <= 10:
                return int(scored.group("score"))
    return None


def without_part_scores(folded: str) -> str:
    """``folded`` less the scores said of a part ("la cadera hoy 1, casi nada"): a score is no distance."""
    for word in reversed(list(re.finditer(r"\w+", folded))):
        if BODY_PARTS.get(word.group()) in _SCORED_PARTS:
            scored = _PART_SCORE.match(folded, word.end())
            if scored and 0 <= int(scored.group("score")) <= 10:
                folded = folded[:scored.start("score")] + " " + folded[scored.end("score"):]
    return folded


# "desde el esguince del año pasado", "the sprain back in 2023": an injury of the past, named by its time.
_OF_THE_PAST = re.compile(r"\s+(?:\w+\s+){0,2}?(?:del ano pasado|de hace (?:\w+ )?anos|(?:del|de|en|in|from|back in)\s+"
                          r"(?:19|20)\d\d|last year|years ago|hace (?:\w+ )?anos)(?!\w)")


def severity_words(text: str) -> str:
    """'severe' | 'moderate' | 'mild' from how the runner describes it (mild when unsure).

    What the runner denies is not a sign: "no está hinchada y camino normal" is no swelling and no
    pain walking. A stated pain of 3/10 or less with no red flag is mild (proportionate care:
    easy running with a check-in, issue 21)."""
    f = _NO_WALK_PAIN.sub(" ", _NO_SWELLING.sub(" ", fold(text)))
    # "por la fractura del 2024 me pongo paranoica": an old injury named with its year is history, not this one
    f = re.sub(r"(?:\w+\s+){0,3}?(?:del|de|en|in|from|back in)\s+(?:19|20)\d\d(?!\d)|hace \w+ anos", " ", f)
    f = re.sub(r"camino (?:normal|bien|sin problema)|walk(?:ing)? (?:is )?(?:normal|normally|fine)", " ", f)
    score = _PAIN_SCORE.search(fold(text))
    pain = int(next(g for g in score.groups() if g is not None)) if score else None
    red_flag = any(w in f for w in SEVERE_WORDS)
    if pain is not None and pain <= 3 and not red_flag:
        return "mild"
    if red_flag:
        return "severe"
    if any(w in f for w in MODERATE_WORDS):
        return "moderate"
    return "mild"


def says_recovered(text: str) -> bool:
    f = fold(text)
    return any(w in f for w in RECOVERED_WORDS)


part_name = body_part_name


# --- Triage: where, which side, how much, since when, what makes it hurt, better or worse. ---
# The questions a physio asks first; red flags (pain walking, swelling) are the domain's to act on.

# ("L calf a bit tight", "R knee 2/10": the side's initial before a part)
_INITIAL_BEFORE_A_PART = (r"(?=\s+(?:calf|knee|shin|hip|foot|ankle|hamstring|hammy|quad|achilles|glute|heel|leg|achy|"
                          r"it\s*band|itb)\b)")
_LEFT = re.compile(r"(?<!\w)(?:izquierd[oa]s?|izq|left|l" + _INITIAL_BEFORE_A_PART + r")(?!\w)")
# ("…with strides right?", "right after", "all right", "you're right": a tag or an adverb, not a side.)
_RIGHT = re.compile(r"(?<!\w)(?:derech[oa]s?|der|"
                    r"r" + _INITIAL_BEFORE_A_PART + r"|"
                    r"(?<!all )(?<!thats )(?<!that's )(?<!youre )(?<!you're )right(?![\w?])"
                    r"(?!\s*\?)(?!\s+(?:now|away|after|before|on|there|here|back|off|then|when|as|from|at the)\b))"
                    r"(?!\w)")
_BOTH = re.compile(r"(?<!\w)(?:ambas|ambos|las dos|los dos|both)(?!\w)")
_PAIN_SCORE = re.compile(
    r"(?:dolor|duele|molest\w*|pain|hurts?|sore|ache|achy|tight\w*|cargad\w*|templad\w*)\D{0,25}?(?<![\d/])(\d{1,2})"
    r"\s*(?:/\s*10|de 10|sobre 10|out of 10)?(?![\d/:])(?!\s*(?:km|k|kms|mi|miles?|millas?|min\w*|h|hrs?|horas?|"
    r"dias?|days?|semanas?|weeks?|x)(?!\w))"
    r"|(?<![\d/])(\d{1,2})\s*(?:/\s*10|de 10|sobre 10|out of 10)(?!\d)"
    # "un 3 de dolor", "pain level 4": the score named as the pain's
    r"|(?<![\d/:.,])(\d{1,2})\s+de dolor(?!\w)|(?<!\w)pain (?:level|score|of|at)\s+(?:a\s+)?(\d{1,2})(?![\d/:])")
_NO_WALK_PAIN = re.compile(
    r"(?:no|ni)\s+(?:me\s+)?(?:duele|molesta)\w*\s+(?:al\s+|para\s+|cuando\s+)?camin\w*|"
    r"caminar\s+(?:no|bien)|camino (?:bien|normal|sin dolor|sin problema)|"
    r"(?:doesn'?t|does not|don'?t|no)\s+hurt\w*\s+(?:to\s+|when\s+i\s+|while\s+)?walk\w*|"
    r"walking\s+(?:is\s+)?(?:fine|ok)|"
    # "fine walking around", "no pain walking", "ok to walk on", "sin dolor al caminar"
    r"(?:fine|ok|okay|good|no pain|zero pain|sin dolor)\s+(?:when\s+|while\s+|al\s+|para\s+)?walk\w*|"
    r"sin dolor (?:al |para )?camin\w*|"
    # "caminando nada", "al caminar no", "walking nothing": the answer to "does it hurt when you walk?"
    r"(?:caminando|al caminar|walking)\s+(?:nada|no|nothing|none|zero|cero)(?!\w)|"
    r"can walk fine|i can walk")
_WALK_PAIN = re.compile(
    r"(?:duele|duelen|dolor|molesta|molestia)\w*\s+(?:\w+\s+){0,2}(?:al\s+|para\s+|cuando\s+)?camin\w*|"
    r"camin\w*\s+(?:me\s+)?(?:duele|molesta)|cojea\w*|cojeo|cojeando|no puedo (?:caminar|apoyar)|"
    r"hurts?\s+(?:to\s+|when\s+i\s+|while\s+)walk\w*|painful to walk|pain (?:when|while) walking|"
    r"limp(?:s|ing|ed|y)?(?!\w)|"
    r"can'?t walk|cannot walk|can'?t put weight")
_NO_SWELLING = re.compile(r"(?:no|sin|not|isn'?t|no esta|no hay)\s+(?:\w+\s+)?(?:hinchad\w*|inflamad\w*|hinchazon|"
                          r"inflamacion|swollen|swelling)|no swelling")
_SWELLING = re.compile(r"hinchad\w*|inflamad\w*|hinchazon|inflamacion|se hincho|swollen|swelling|puffy")
_SINCE_N = re.compile(r"(?:desde hace|hace|for|since)\s+(?:ya\s+|about\s+|unos?\s+|unas\s+|like\s+)?(\d+)\s*"
                      r"(dias?|days?|semanas?|weeks?|mes(?:es)?|months?)"
                      r"|(\d+)\s*(dias?|days?|semanas?|weeks?|mes(?:es)?|months?)\s+ago")
_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("stairs_down", r"baj\w*\s+(?:las\s+)?escaleras|going down\s+(?:the\s+)?stairs|down ?stairs|downstairs"),
    ("stairs_up", r"sub\w*\s+(?:las\s+)?escaleras|going up\s+(?:the\s+)?stairs|up ?stairs|upstairs|climbing stairs"),
    ("downhill", r"bajadas?|cuesta abajo|downhill"),
    ("uphill", r"subidas?|cuestas?|cuesta arriba|uphill|hills?"),
    ("walking", r"al caminar|caminando|cuando camino|walking|when i walk|to walk"),
    ("running", r"al correr|corriendo|cuando corro|when i run|while running|running"),
    ("after_running", r"despues de correr|after (?:running|runs|a run|my run)"),
    ("morning", r"al levantarme|en la manana|por la manana|al despertar|mornings?|when i wake|first thing"),
    ("sitting", r"sentad\w*|sitting"),
    ("jumping", r"saltar|saltando|jumping"),
    ("speed", r"series|intervalos|rapido|speed|fast|sprints?|intervals"),
)
_WORSE = re.compile(r"(?<!\w)(?:peor|empeor\w*|mas dolor|duele mas|mas fuerte|worse|worsening|more pain|hurts more|"
                    r"getting bad)(?!\w)")
# ("mejor no", "mejor me quedo", "better not": rather, not better.)
_BETTER = re.compile(r"(?<!\w)(?:mejor(?!\s+(?:no|si|me|te|lo|la|hago|voy|sigo|dejo|corro|quedo)\b)|mejorando|mejora|"
                     r"menos dolor|duele menos|better(?! not\b)|improving|improved|"
                     r"less pain|hurts less|ya no me duele|ya no duele|no longer hurts)(?!\w)")
_SAME = re.compile(r"(?<!\w)(?:igual|lo mismo|sigue igual|same|no change|unchanged)(?!\w)")


def side_in(text: str) -> str | None:
    """'left' | 'right' from izquierda/derecha, left/right; None when unsaid or both."""
    f = fold(text)
    left, right = _LEFT.search(f), _RIGHT.search(f)
    if _BOTH.search(f) or (left and right):
        return None
    return "left" if left else "right" if right else None


def side_near(text: str, part: str) -> str | None:
    """The side said next to ``part`` ("calf's fine. Left foot's grand too": the calf has no side said);
    the message's side when it names only this part."""
    folded = fold(text)
    words = re.findall(r"\w+", folded)
    sides = set()
    for i, word in enumerate(words):
        if BODY_PARTS.get(word) == part:
            near = " ".join(words[max(0, i - 3):i + 4])
            left, right = _LEFT.search(near), _RIGHT.search(near)
            if left and not right:
                sides.add("left")
            elif right and not left:
                sides.add("right")
    if len(sides) == 1:
        return sides.pop()
    return side_in(text) if not sides and set(body_parts_in(text)) <= {part} else None


# "como un dos", "un uno", "like a two": a score in words (number words up to ten are kept as words)
_SCORE_WORDS = {"cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                "nueve": 9, "diez": 10, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SCORE = r"(\d{1,2}|" + "|".join(_SCORE_WORDS) + r")"


def _score(said: str) -> int:
    return _SCORE_WORDS[said] if said in _SCORE_WORDS else int(said)


_BARE_SCORE = re.compile(r"^\W*(?:(?:bueno|well|ok|hmm+|mmm+|meh|eh|uff+|pues|casi|almost|ahora|now|hoy|today|morning|"
                         r"buenos dias|buen dia|hola|hi|hey|reckon|i reckon|i'?d say|id say|diria|yo diria|prob|"
                         r"probably|probablemente|creo|i think|"
                         r"still|sigue|todavia|aun|ya|mejor|better|peor|worse|its|it's|it is|down to|bajo a)\W+)*"
                         r"(?:(?:un|una|como|como un|like|like a|about|around|maybe|a|tipo|unos)\s+)*"
                         + _SCORE + r"(?:\s*/\s*10)?(?:\s+(?:maybe|creo|quizas|tal vez|or so|ish|mas o menos|now|ahora|"
                         r"hoy|today|ya|ahi ahi|maso|nomas|no mas|tops|at most|max|i think|i guess))?\W*$")


def bare_pain_score(text: str) -> int | None:
    """"un 3", "like a 3 maybe", "bueno casi, un 1": a lone number, the answer to "¿del 0 al 10?" — the whole
    answer or one sentence of it ("better. 1 maybe", "meh 3 maybe. fine walking around")."""
    folded = fold(words_to_numbers(text, "es"))
    # (a decimal point is no sentence's end: "10.3 mi" holds no score of 10)
    for piece in [folded, *re.split(r"(?:(?<!\d)\.|\.(?!\d)|[;!?\n])+", folded),
                  *re.split(r"(?:(?<!\d)\.|\.(?!\d)|[;,!?\n])+", folded)]:
        m = _BARE_SCORE.search(piece)
        if m and 0 <= _score(m.group(1)) <= 10:
            return _score(m.group(1))
    return None


# "knee a 2 now", "hip is like a 1", "shin was a 4 by the end", "la rodilla como un 3": a score said of a
# part named just before it (the runner answering the coach's 0–10 question in their own words).
# ("isquio 2 nomás", "calf 3 today": the score right after the part, with no word between)
_PART_SCORE = re.compile(
    r"(?:\W+(?:\w+\W+){0,4}?(?:a|an|un|una|en|at|about|like|como|around|maybe|tipo|was|is|ya|hoy|today|now|ahora|"
    r"esta en|anda en)\s+|[ ,:]+)(?P<score>\d{1,2})(?!\s*(?:(?:km|k|kms|mi|miles?|millas?|min\w*|m|h|hrs?|horas?|x|"
    r"veces|"
    r"times|am|pm|semanas?|weeks?|dias?|days?|meses|months?|anos|years?|grados?|degrees?)(?!\w)|:|%|[.,]\d|"
    r"/\s*[2-9]|de [2-9])|\d)")   # (a unit is a whole word: "un 2 hoy" is a score)


_SCORED_PARTS = frozenset(("rodilla", "tobillo", "gemelo", "espinilla", "cadera", "pie", "talón", "isquiotibial",
                           "cuádriceps", "tendón de Aquiles", "muslo", "glúteo"))


# "me duele la rodilla izquierda hace una semana, como un 3": the score closing a message about pain.
# ("…sentado en el bus ve, un 5 maso": the hedge may come after the score.)
_CLOSING_SCORE = re.compile(r"[,;]\s*(?:(?:y|and|pero|but)\s+)?(?:(?:es|is|esta|it's|its)\s+)?"
                            r"(?:(?:como|like|tipo|about|around|maybe)\s+)?(?:un|una|a|an)\s+(\d{1,2})(?:\s*/\s*10)?"
                            r"(?:\s+(?:maso|mas o menos|nomas|no mas|creo|or so|ish|i think|i guess|tops))?\W*$")


# "…de tanto subir gradas en el mercado un 2 nomás": the score last, marked as one by its hedge.
_HEDGED_LAST_SCORE = re.compile(r"(?<!\w)(?:un|una|a|an)\s+(\d{1,2})(?:\s*/\s*10)?\s+(?:nomas|no mas|nada mas|maso|"
                                r"mas o menos|tops|max|ish|or so|at most)\W*$")


_PAIN_THEN_SCORE = re.compile(r"(?<!\w)(?:dol\w*|duel\w*|molest\w*|hurt\w*|pain\w*|sore)\W+(?:\w+\W+){0,5}?"
                              r"(?:como |like |about |tipo |around |maybe )?(?:un|una|a|"
                              r"an)\s+(\d{1,2})(?!\d)(?:\s*/\s*10)?"
                              r"(?!\s*(?:km|k|kms|mi|miles?|millas?|min\w*|h|hrs?|horas?|x|veces|times|dias?|days?|"
                              r"semanas?|weeks?)(?!\w))(?![\d:.,]\d)")


# A score of how hard the run felt (RPE), not of a pain.
_AN_EFFORT = re.compile(r"\s*(?:/\s*10|de 10|out of 10)?\s*(?:effort|esfuerzo|de esfuerzo|rpe|intensity|intensidad|"
                        r"on effort|hard)(?!\w)")
_EFFORT_BEFORE = re.compile(r"(?<!\w)(?:rpe|effort|esfuerzo|intensidad|intensity)\W+(?:\w+\W+){0,2}$")


# A question that tells the ache it asks about: "¿es normal q me duela la canilla?", "why does my knee hurt after…?"
_ACHE_IN_THE_QUESTION = re.compile(r"(?<!\w)(?:es normal|is it normal|normal que|normal q|should i worry|"
                                   r"debo preocuparme|"
                                   r"por ?que|xq|why)\s+(?:\w+\s+){0,4}?(?:me duel\w*|duele|hurts?|aches?|me molest\w*|"
                                   r"is sore|is tight|feels tight|esta cargad\w*)(?!\w)")


def asks_about_a_told_ache(text: str) -> bool:
    """The ache is told inside the question about it: stated as much as asked."""
    return bool(_ACHE_IN_THE_QUESTION.search(fold(text))) and bool(body_parts_in(text))


_NOT_EVEN_A_SCORE = re.compile(r"(?<!\w)(?:ni|not even|ni siquiera|no llega a)\s+(?:un|una|a|"
                               r"an)?\s*[1-3](?:\s*/\s*10)?(?![\d:.,])")


def scores_effort(folded: str, start: int, end: int) -> bool:
    """The score at ``folded[start:end]`` rates the effort ("an 8/10 effort", "RPE 8"), not a pain."""
    return bool(_AN_EFFORT.match(folded, end) or _EFFORT_BEFORE.search(folded[max(0, start - 20):start]))


def pain_score_in(text: str) -> int | None:
    """Pain on the 0–10 scale: 'dolor 6/10', 'un 7 de 10', 'pain is a 4', 'knee a 2 now'."""
    f = fold(text)
    if _NOT_EVEN_A_SCORE.search(f):
        return 0            # "la cadera hoy nada, ni un 1", "not even a 1"
    for m in _PAIN_SCORE.finditer(f):
        if scores_effort(f, m.start(), m.end()):
            continue        # "Like an 8/10 effort", "RPE 8/10": how hard the run was, not a pain
        value = int(next(g for g in m.groups() if g is not None))
        if 0 <= value <= 10:
            return value
    closing = _CLOSING_SCORE.search(f) or _HEDGED_LAST_SCORE.search(f)
    if closing and mentions_pain(text) and 0 <= int(closing.group(1)) <= 10:
        return int(closing.group(1))
    told = next((m for m in _PAIN_THEN_SCORE.finditer(f) if not denied_before(f, m.start())), None)
    if told and 0 <= int(told.group(1)) <= 10:
        return int(told.group(1))     # "me empezó a doler más, ya era como un 5, le puse hielo"
    named = set(body_parts_in(text))     # "got back at 7": "back" is no part there, 7 no score
    for word in re.finditer(r"\w+", f):
        scored = _PART_SCORE.match(f, word.end()) if BODY_PARTS.get(word.group()) in named else None
        if scored and 0 <= int(scored.group("score")) <= 10:
            return int(scored.group("score"))
    return None


def pain_walking_in(text: str) -> bool | None:
    """True: it hurts to walk (a red flag); False: the runner says walking is fine; None: unsaid."""
    f = fold(text)
    if _NO_WALK_PAIN.search(f):
        return False
    return True if _WALK_PAIN.search(f) else None


def swelling_in(text: str) -> bool | None:
    f = fold(text)
    if _NO_SWELLING.search(f):
        return False
    return True if _SWELLING.search(f) else None


def since_days_in(text: str, today: date) -> int | None:
    """How many days it has hurt: 'desde hace 3 días', 'hace una semana', 'since Monday', 'desde ayer'."""
    f = fold(words_to_numbers(words_to_numbers(text, "es"), "en"))
    m = _SINCE_N.search(f)
    if m:
        value, unit = int(m.group(1) or m.group(3)), m.group(2) or m.group(4)
        return value * (7 if unit.startswith(("semana", "week")) else 30 if unit.startswith(("mes", "month")) else 1)
    since = re.search(r"(?:desde|since)\s+(?:el\s+|la\s+|last\s+)?(.{0,30})", f)
    if since:
        found = weekday_in(since.group(1), today, "past") or find_day(since.group(1), today, "past")
        if found:
            return (today - found[0]).days
    return None


def triggers_in(text: str) -> list[str]:
    """What brings the pain on: 'stairs_down', 'walking', 'running', 'uphill', 'morning'…"""
    f = fold(text)
    found: list[str] = []
    for name, pattern in _TRIGGERS:
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", f) and name not in found:
            found.append(name)
    if "stairs_down" in found or "stairs_up" in found:
        found = [t for t in found if t not in ("downhill", "uphill") or re.search(r"cuesta|hill|bajada|subida", f)]
    return found


# "running is ok if it doesn't get worse", "mientras no empeore": a condition, not a worsening
IF_NOT_WORSE = re.compile(r"(?<!\w)(?:if|as long as|unless|si|mientras|siempre que)\s+(?:it\s+|the \w+\s+|no\s+)?"
                          r"(?:doesn'?t|does not|don'?t|won'?t|no|not)?\s*(?:get\s+|gets\s+|se\s+pone\s+)?"
                          r"(?:worse|peor|empeor\w*)(?!\w)")


def trend_in(text: str) -> str | None:
    """'better' | 'worse' | 'same' for an injury update, or None."""
    f = IF_NOT_WORSE.sub(" ", fold(text))
    if _WORSE.search(f):
        return "worse"
    if _BETTER.search(f) or says_recovered(text):
        return "better"
    return "same" if _SAME.search(f) else None


@attrs.define(frozen=True)
class Triage:
    parts: tuple[str, ...] = ()
    side: str | None = None
    pain_score: int | None = None
    pain_walking: bool | None = None
    swelling: bool | None = None
    since_days: int | None = None
    triggers: tuple[str, ...] = ()
    trend: str | None = None
    surgery: bool = False


def read_triage(text: str, today: date) -> Triage:
    """Every triage answer in one message (a runner often answers several at once)."""
    return Triage(parts=tuple(body_parts_in(text)), side=side_in(text), pain_score=pain_score_in(text),
                  pain_walking=pain_walking_in(text), swelling=swelling_in(text),
                  since_days=since_days_in(text, today), triggers=tuple(triggers_in(text)),
                  trend=trend_in(text), surgery=mentions_surgery(text))


_SURGERY = re.compile(r"(?<!\w)(?:operad[oa]s?|opere|operacion|operaron|cirugia|intervenid[oa]|artroscopia|"
                      r"surgery|operated|operation|arthroscopy)(?!\w)")


def mentions_surgery(text: str) -> bool:
    return bool(_SURGERY.search(fold(text)))
