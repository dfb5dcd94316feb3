"""Injuries: triage first (where, side, since when, pain 0-10, pain walking, swelling), red flags
mean stop and see a professional, and every injury changes the plan, naming the part and side."""
from __future__ import annotations

import re
from typing import Any

import attrs

from application.coach.coach_reply import CREATE_PLAN
from application.coach.offline import talk
from application.coach.offline.turn import Turn
from application.messages import SEVERITY_NAMES, name_of
from application.messages.formatting import note_text, part_with_side
from application.tools.arguments import RecordInjuryArgs, ResolveInjuryArgs, UpdateInjuryArgs
from application.understanding.body import (
    IF_NOT_WORSE,
    asks_about_a_told_ache,
    bare_pain_score,
    body_parts_in,
    denied_before,
    denied_parts,
    mentions_pain,
    read_triage,
    scores_effort,
    severity_words,
    side_near,
)
from application.understanding.safety import (
    HEALTH_ALERT_PARTS,
    says_easy_running_allowed,
    says_seen_by_professional,
)
from application.understanding.text import fold, has_any
from domain.conversation import Intent, Role
from domain.injury import Injury, Severity
from domain.plan import TrainingPlan


def _part(turn: Turn, injury: Injury) -> str:
    """'tu rodilla derecha' / 'your right knee': the part and its side, never lost."""
    side = getattr(injury, "side", None)
    return part_with_side(injury.body_part, getattr(side, "value", side) or "", turn.lang)


def report(turn: Turn) -> Any:
    denied = denied_parts(turn.text)      # "No chest pain. I did feel like I might go down…"
    parts = [p for p in body_parts_in(turn.text) if p not in denied]
    if not parts and "?" in turn.text:
        # "sore throat… Should I run with a head cold?": asked, answered from what the coach knows (the neck check)
        known = talk.knowledge(turn)
        if known is not None:
            return turn.reply(known.text, Intent.RUNNING_QUESTION)
    if not parts:
        return turn.reply(turn.say("injury_ask_part"), Intent.INJURY_REPORT)
    triage = read_triage(turn.text, turn.today)
    side = triage.side if triage.side in ("left", "right") else None
    severity = Severity(severity_words(turn.text))
    lines: list[str] = []
    adapted = None
    injury = None
    for part in parts:
        outcome = turn.call(RecordInjuryArgs(
            body_part=part, severity=severity, side=side if len(parts) == 1 else None, pain=triage.pain_score,
            pain_walking=triage.pain_walking, swelling=triage.swelling,
            since_days=triage.since_days, trigger=", ".join(triage.triggers) or None))
        if outcome.is_error:
            return turn.refused(outcome, Intent.INJURY_REPORT)
        injury = outcome.value.injury
        adapted = outcome.value.adapted_plan or adapted
        if outcome.value.red_flags:
            lines.append(turn.say("injury_red_flag", part=_part(turn, injury)))
        else:
            lines.append(turn.say("injury_recorded", part=_part(turn, injury),
                                  severity=name_of(SEVERITY_NAMES, injury.severity, turn.lang),
                                  advice=turn.say(f"injury_advice_{injury.severity.value}")))
    if adapted is not None and adapted.adaptations:
        lines.append(turn.say("injury_plan_adapted"))
        lines.extend(f"• {a}" for a in _injury_adaptations(turn, adapted))
    elif turn.ctx.active_plan is None:
        lines.append(turn.say("injury_no_plan"))
    questions = _missing_triage(turn, triage, side, len(parts))
    if questions and injury is not None and not getattr(injury, "red_flags", ()):
        lines.append(turn.say("injury_triage_intro") + " " + " ".join(questions))
    return turn.reply("\n".join(lines), Intent.INJURY_REPORT)


def _injury_adaptations(turn: Turn, plan: TrainingPlan) -> list[str]:
    """What the injury changed in the plan (not every note of the block: the season's stay in the plan)."""
    injury_notes = [n for n in plan.notes if n.code.startswith("injury")]
    if not injury_notes:
        return list(plan.adaptations)
    return [note_text(n, turn.lang) for n in injury_notes]


def _missing_triage(turn: Turn, triage: Any, side: str | None, parts: int) -> list[str]:
    asked = []
    if triage.pain_score is None:
        asked.append(turn.say("triage_ask_pain"))
    if triage.pain_walking is None:
        asked.append(turn.say("triage_ask_walking"))
    if triage.swelling is None:
        asked.append(turn.say("triage_ask_swelling"))
    if side is None and parts == 1:
        asked.append(turn.say("triage_ask_side"))
    return asked[:3]


def sessions_with_the_ache(turn: Turn, injury: Injury) -> Any:
    """"does my hip thing mean no tempo this week?": what the open ache allows, by its severity (the plan's own
    rule for it: mild, easy runs only; moderate, no running; severe, see someone first)."""
    advice = turn.say(f"injury_advice_{injury.severity.value}")
    return turn.reply(turn.say("injury_and_sessions", part=_part(turn, injury),
                               severity=name_of(SEVERITY_NAMES, injury.severity, turn.lang),
                               advice=advice[:1].lower() + advice[1:]), Intent.INJURY_UPDATE)


def update(turn: Turn) -> Any:
    triage = read_triage(turn.text, turn.today)
    if triage.pain_score is None and bare_pain_score(turn.text) is not None:
        triage = attrs.evolve(triage, pain_score=bare_pain_score(turn.text))      # "un 3", answering "¿del 0 al 10?"
    answered = triage.pain_score is not None or triage.pain_walking is not None or triage.swelling is not None
    one_run = bool(_NOT_ON_ONE_RUN.search(fold(turn.text))) and not _healed(turn.text)
    hedged = bool(_HEDGED.search(fold(turn.text)))
    if not one_run and not hedged and ((_healed(turn.text) and not answered) or triage.pain_score == 0 or (
            _GONE.search(fold(turn.text)) and not _ACHE_NOW.search(fold(turn.text)) and not answered)):
        status = "healed"
    elif answered and not has_any(fold(turn.text), _EXPLICIT_TREND):
        # Answers to the triage questions ("4/10, no me duele al caminar"): the same ache, now known better.
        status = "same"
    elif hedged:
        status = "better"          # "calf feels fine-ish", "más o menos bien": better, not over
    elif one_run and not _only_mild(turn, triage):
        # "la espalda ni me dolió", "knee didn't hurt at all": one run without pain is better, not healed
        # (a chronic or returning ache closes when the runner says it is gone).
        status = "better"
    elif one_run:
        # A niggle (pain ≤ 3/10) that did not show up on a run is over: a mild ache needs no gradual
        # return, and it reopens the day the runner mentions it again.
        status = "healed"
    else:
        status = triage.trend or "same"
    parts = list(triage.parts)
    if triage.swelling or triage.pain_walking:
        # A red flag in an update is reported as such: the injury is recorded again with it.
        return report(turn) if parts or _only_open(turn) else turn.reply(turn.say("injury_ask_part"),
                                                                         Intent.INJURY_UPDATE)
    part = parts[0] if parts else None
    if part is None and len(turn.ctx.open_injuries) > 1 and status != "healed":
        # "hoy sigue igual cuando camino, un 6", "dolor hoy 3": the ache told of last (the severe one first, a day tied)
        told = list(turn.ctx.open_injuries)
        latest = max(range(len(told)), key=lambda n: (told[n].reported_on or turn.today, n))
        part = told[latest].body_part
    if part is not None and part not in {i.body_part for i in turn.ctx.open_injuries} and status != "healed" \
            and (_ACHE.search(fold(turn.text)) or mentions_pain(turn.text)):
        return report(turn)        # a new ache named while answering about another: reported, not lost
    if status == "healed" and not says_seen_by_professional(turn.text) and (
            part in HEALTH_ALERT_PARTS or (part is None and turn.ctx.open_injuries
                                       and all(i.body_part in HEALTH_ALERT_PARTS for i in turn.ctx.open_injuries))):
        # "chest fine walking": good to hear, but chest pain closes once a doctor has cleared it (a red flag that is
        # not a muscle or a joint closes only when the runner names it: "ya no me duele la cabeza" ends no heat illness)
        return turn.reply(turn.say("ack_negation"), Intent.INJURY_UPDATE)
    side = (side_near(turn.text, part) if part is not None else triage.side) if triage.side in ("left", "right") \
        else None
    outcome = turn.call(UpdateInjuryArgs(body_part=part, status=status, pain=triage.pain_score, side=side,
                                         trigger=", ".join(triage.triggers) or None,
                                         pain_walking=triage.pain_walking, swelling=triage.swelling))
    if outcome.is_error:
        return turn.refused(outcome, Intent.INJURY_UPDATE)
    result = outcome.value
    if result.injury is None:
        key = "injury_update_which" if len(turn.ctx.open_injuries) > 1 else "injury_update_none"
        return turn.reply(turn.say(key), Intent.INJURY_UPDATE)
    where = _part(turn, result.injury)
    if status == "healed":
        return turn.reply(turn.say("injury_resolved", part=where), Intent.INJURY_UPDATE,
                          buttons=(CREATE_PLAN[turn.lang],))
    key = f"injury_{status}"
    if status == "better" and result.see_professional and result.injury.severity is Severity.SEVERE:
        key = "injury_better_not_yet"     # feeling better does not lift a warning sign: a professional does
    lines = [turn.say(key, part=where, severity=name_of(SEVERITY_NAMES, result.injury.severity, turn.lang))]
    if status == "same":
        lines[0] += " " + turn.say(f"injury_advice_{result.injury.severity.value}")
    if result.see_professional and key != "injury_better_not_yet":
        lines.append(turn.say("injury_see_professional"))
    if result.adapted_plan is not None:
        lines.append(turn.say("injury_plan_adapted"))
        lines.extend(f"• {a}" for a in _injury_adaptations(turn, result.adapted_plan))
    return turn.reply("\n".join(lines), Intent.INJURY_UPDATE)


# "knee fine during" (and after?), "bien mientras corro": fine for a part of the day is not healed.
_NOT_ON_ONE_RUN = re.compile(r"(?<!\w)(?:didn'?t hurt|did not hurt|no (?:me )?dolio|ni (?:me )?dolio|"
                             # "calf was fine during, no pain at all", "sin dolor mientras corría"
                             r"(?:no pain|zero pain|sin dolor|nada de dolor)\s+(?:at all\s+)?(?:during|while running|"
                             r"on the run|durante|mientras corr\w*|en el trote)|"
                             r"(?:fine|ok|good|bien)\s+(?:during|while running|durante|mientras corr\w*),?\s+"
                             r"(?:no pain|zero pain|sin dolor|nada de dolor|ni me dolio|didn'?t hurt)|"
                             r"ni se sintio|no se sintio|ni (?:lo|la) senti|"
                             r"no (?:me )?molesto|ni (?:me )?molesto|wasn'?t sore|didn'?t bother)(?!\w)")
_ACHE_NOW = re.compile(r"(?<!\w)(?:pero|but|still|sigue|todavia|aun|un poco|a bit|a little|casi|almost|during|while|"
                       # "solo cuando la aprieto, caminando nada": it hurts when pressed, so it is there
                       r"solo cuando|only when|cuando (?:la|lo|le|me) (?:aprieto|presiono|toco|aplasto)|"
                       r"when i (?:press|push|touch|poke)|if i (?:press|push|touch|poke)|al (?:apretar|presionar|"
                       r"tocar)|"
                       r"mientras|durante|at first|al principio|al inicio|in the water|en el agua|in the pool|in water|"
                       r"swimming|nadando|on the bike|en la bici|"
                       r"en la piscina|on the bike|en la bici|swimming|nadando|pedaleando|cycling)(?!\w)")


def rescored_open_ache(turn: Turn) -> bool:
    """"4 mi in 37 min, shin was a 4 by the end": an open ache named with a new score."""
    triage = read_triage(turn.text, turn.today)
    open_parts = {i.body_part for i in turn.ctx.open_injuries}
    return triage.pain_score is not None and bool(open_parts & set(body_parts_in(turn.text)))


# Where runners' bone stress injuries sit (tibia, metatarsals, calcaneus): one run without pain does not
# close an ache there (Warden et al., "Management and prevention of bone stress injuries in long-distance
# runners", JOSPT 2014: pain-guided, graded return).
_BONE_STRESS_SITES = frozenset({"espinilla", "pie", "talón"})


def _only_mild(turn: Turn, triage: Any) -> bool:
    """Every open ache the message may be about is a mild soft-tissue niggle (the one named, else all)."""
    named = set(triage.parts)
    about = [i for i in turn.ctx.open_injuries if not named or i.body_part in named]
    return bool(about) and all(i.severity is Severity.MILD and i.body_part not in _BONE_STRESS_SITES
                               for i in about)


def _only_open(turn: Turn) -> bool:
    return len(turn.ctx.open_injuries) == 1


# "calf feels fine-ish", "kinda ok", "medio bien", "más o menos": well enough, said with a shrug.
_HEDGED = re.compile(r"(?<!\w)(?:(?:fine|ok|okay|good|better|bien|mejor)\s*-?\s*ish|(?:kinda|kind of|sorta|sort of|"
                     r"mostly|almost|nearly|semi|fairly)\s+(?:fine|ok|okay|good)|casi bien|medio bien|mas o menos|"
                     r"maso|mas o menos bien|ahi nomas|ahi ahi|regular)(?!\w)")


# "No me duele al caminar" answers a triage question; only these say the injury is over.
_HEALED = ("ya no me duele", "ya no duele", "ya no me molesta", "no longer hurts", "doesn't hurt anymore",
           "doesnt hurt anymore", "recuperado", "recuperada", "ya estoy bien", "recovered", "healed", "sane",
           "se me paso", "feels fine now", "all good now", "ya paso", "ya nada", "ya no siento nada",
           "nothing anymore", "nothing at all now")


_EXPLICIT_TREND = ("mejor", "peor", "better", "worse", "empeoro", "empeora", "mejorando", "improving")


def _healed(text: str) -> bool:
    return has_any(fold(text), _HEALED)


# Words that say an ache is there, beyond "duele": how runners describe a niggle.
_ACHE = re.compile(r"(?<!\w)(?:duel\w*|dolor\w*|doli\w*|molest\w*|cargad\w*|apretad\w*|tens[oa]s?|rigid\w*|resentid\w*|"
                   r"templad\w*|"
                   r"hurt\w*|pain\w*|sore|ache\w*|achy|tight\w*|stiff\w*|cranky|niggl\w*|tweak\w*|twing\w*|"
                   r"rolled|torci\w*|dobl\w*|esguince|sprain\w*|fractur\w*|desgarr\w*|tear|torn|tendinitis|"
                   r"fascitis|effusion|derrame)(?!\w)|(?<![\d/:.])(?:[0-9]|10)\s*/\s*10")
# "calves fine", "el gemelo ni lo sentí", "hammy 0", "ya no me duele": the ache named is gone.
_GONE = re.compile(r"(?<!\w)(?:fine|good|great|grand|all good|no pain|bien|perfect\w*|joya|"
                   # "ya normal", "feels ok" — not "is that normal?", "is it ok to run?"
                   r"(?:ya|esta|anda|se siente|feels?|felt|back to|todo|totally|all)\s+(?:normal|ok|okay)|normalito|"
                   r"ni me acorde|ni me acuerdo|ni me acordaba|ni cuenta|forgot about it|didn'?t bother|"
                   r"did not bother|cero|zero|"
                   r"no (?:me )?molesto|ni (?:me )?molesto|no (?:me )?dolio|ni (?:me )?dolio|"
                   r"doesn'?t hurt|does not hurt|no longer hurts|stopped hurting|dejo de doler|"
                   r"ni (?:lo|la|los|las) (?:senti|siento|note|noto)|no (?:lo|la|los|las) (?:senti|siento|noto)|"
                   r"didn'?t feel it|don'?t feel it|"
                   r"ni se (?:sintio|siente|noto)|no se (?:sintio|noto)|"
                   r"no (?:me )?(?:duele|molesta)|"
                   r"ya no|se (?:me )?(?:paso|quito|fue)|gone|went away|no issues|nada(?! grave| serio| de otro)|"
                   # "calf no issue at all", "no dramas", "sin problema"
                   r"no issues?|not an issue|no problems?|no dramas?|sin problemas?|no twinges?|"
                   # "no chest stuff at all", "ningún síntoma", "nothing at all"
                   r"no (?:\w+ )?(?:stuff|symptoms?|sintomas?) at all|no symptoms?|ningun sintoma|sin sintomas|"
                   r"nothing at all|nada de nada|"
                   # "Hip's sorted", "didn't make a peep", "ni se ha asomado", "no sign of it"
                   r"sorted|all sorted|(?:didn'?t|did not) (?:make a peep|even twinge|twinge|flare)|not a peep|"
                   r"no sign of it|(?:ni|no) se ha (?:asomado|aparecido|sentido)|ni se asom\w*|ni aparec\w*)(?!\w)|"
                   r"(?<![\d/.])0(?:\s*/\s*10)?(?![\d/.:])")


_STRONG_GONE = re.compile(r"(?<!\w)(?:ni molestia|sin molestia\w*|sin dolor|ni dolor|no pain|nada de dolor|cero dolor|"
                          r"no (?:me )?molesta|ya no|no longer|doesn'?t hurt|does not hurt|no (?:me )?duele|"
                          r"ni (?:lo|la|los|las) (?:senti|siento|note|noto)|no (?:lo|la|los|las) (?:siento|noto)|"
                          r"no (?:lo|la|los|las) senti|didn'?t feel it|se (?:me )?(?:paso|quito|fue)|gone|went away|"
                          r"ni me acordaba|ni me acorde|totally fine|completely fine|fully fine|100 ?%|sorted|"
                          r"stopped hurting|(?:didn'?t|did not) make a peep|not a peep|(?:ni|no) se ha (?:asomado|"
                          r"aparecido)|"
                          r"ni se asom\w*|"
                          r"dejo de doler)(?!\w)|(?<![\d/.])0\s*/\s*10")


# An ache of the past: "hace años", "la fractura del 2022", "years ago", "back in 2019".
# "me molesta un poquito el empeine, 1/10, por la fractura del 2024 me pongo paranoica": an ache now, told with
# its history.
_ACHING_NOW = re.compile(r"(?<!\w)(?:me (?:molesta|duele|esta molestando|esta doliendo)|(?:is|it'?s) (?:sore|hurting|"
                         r"aching|achy|tight)|hurts|aches|"
                         # "un poquito cargado el isquio izquierdo, nada q ver con la lesión de antes"
                         r"(?:un poco|un poquito|algo|medio|a bit|a little|bit|kinda)\s+(?:cargad\w*|apretad\w*|"
                         r"tens[oa]s?|"
                         r"tirante|tight|sore|stiff|achy))(?!\w)")
HISTORY = re.compile(r"(?<!\w)(?:hace (?:\w+ )?anos|hace mucho|hace rato|hace tiempo|ya fue|cuando tuve|when i had|"
                     r"(?:en|del|de|in|back in) (?:el )?(?:19|20)\d\d|years ago|"
                     r"a few years|long time ago|ni se acuerda|old injury|lesion antigua|antigua lesion|"
                     # "the ankle i rolled yonks ago, never bothers me anymore": told in passing, long healed
                     r"yonks ago|ages ago|donkey'?s years|way back|hace siglos|hace full|"
                     r"never bothers?|never bothered|doesn'?t bother me (?:any ?more|now)|"
                     r"nunca me (?:molesta|dio lata)|"
                     r"ya ni me molesta)(?!\w)")


_CANNOT = re.compile(r"(?<!\w)ya no (?:puedo|pude|aguanto|soporto|me deja|me dejo)(?!\w)")
_WORSE_NOW = re.compile(r"(?<!\w)(?<!ni )(?<!no )(?<!not )(?:peor|empeor\w*|worse|worsening|hurts more|"
                        r"duele mas|mas dolor)(?!\w)")
_NOT_SERIOUS = re.compile(r"(?<!\w)(?:nada (?:serio|grave|del otro mundo|importante|raro)|"
                          r"no (?:es )?nada (?:serio|grave)|nothing (?:serious|major|crazy|bad)|no big deal|"
                          r"not a big deal|not serious)(?!\w)")


def said_gone(text: str) -> bool:
    """The message says an ache is gone ("calf totally fine now", "ya ni lo siento")."""
    folded = _NOT_SERIOUS.sub(" ", fold(text))
    return bool(_STRONG_GONE.search(folded) or _GONE.search(folded) and not _ACHE.search(folded))


def about_the_body(turn: Turn) -> Intent | None:
    """An ache named in plain words: a new one is reported, an open one updated (or healed when it is
    said to be gone); a part said to be fine that was never reported is not an injury (None)."""
    from application.understanding.speech_act import Act, clauses
    parts = body_parts_in(turn.text)
    if not parts:
        return None
    acts = {c.act for c in clauses(turn.text)}
    if acts and acts <= {Act.QUESTION, Act.HYPOTHETICAL, Act.FUTURE} and not asks_about_a_told_ache(turn.text):
        return None       # ("es normal q me duela la canilla? la derecha, como un 2": the ache told, then asked about)
    folded = fold(turn.text)
    open_parts = {i.body_part for i in turn.ctx.open_injuries}
    named_open = [p for p in parts if p in open_parts]
    if HISTORY.search(folded) and read_triage(turn.text, turn.today).pain_score is None \
            and not _ACHING_NOW.search(folded):
        return Intent.SMALL_TALK      # "hace años tuve un desgarro…, ya está bien": history, not an ache now
    # ("no tightness at all", "didn't even twinge": an ache word denied is no ache)
    # ("Like an 8/10 effort": how hard it felt, no ache)
    ache = any(not denied_before(folded, m.start()) and not scores_effort(folded, m.start(), m.end())
               for m in _ACHE.finditer(folded)) or mentions_pain(turn.text) \
        or read_triage(turn.text, turn.today).pain_score is not None \
        or bool(named_open) and bool(bare_pain_score(turn.text))    # "la canilla ya casi nada, como un 1" (not "zero")
    # "me dolió un poquito el tobillo, nada serio": an ache played down is still there; "amanecí peor, ya no puedo
    # ni apoyar": worse, whatever "ya no" says.
    folded = _NOT_SERIOUS.sub(" ", _CANNOT.sub(" ", IF_NOT_WORSE.sub(" ", folded)))
    if _WORSE_NOW.search(folded):
        return Intent.INJURY_UPDATE if named_open else Intent.INJURY_REPORT
    if (_GONE.search(folded) or _STRONG_GONE.search(folded) or _NOT_ON_ONE_RUN.search(folded)) \
            and not read_triage(turn.text, turn.today).pain_score \
            and not bare_pain_score(turn.text) and (
            not ache or _STRONG_GONE.search(folded)):
        return Intent.INJURY_UPDATE if named_open else Intent.SMALL_TALK
    if not ache:
        return None
    return Intent.INJURY_UPDATE if named_open and len(parts) == 1 else Intent.INJURY_REPORT


# "Numbness finally gone this afternoon", "ya se me quitó el hormigueo": the warning sign itself said to be over,
# without the part it was felt in.
_SIGNS = (("numb", r"numb\w*|tingl\w*|pins and needles|hormigue\w*|entumecid\w*|entumecimiento|adormecid\w*|"
                   r"adormecimiento|dormid[oa]|asleep"),
          ("swollen", r"swell\w*|swollen|hinchaz\w*|hinchad\w*|inflamaci\w*|inflamad\w*"))
_SIGN_GONE = re.compile(r"(?<!\w)(?:gone|went away|is gone|all gone|disappeared|se (?:me )?(?:fue|quito|paso)|"
                        r"desaparecio|ya no (?:tengo|hay|siento))(?!\w)")


def sign_gone(turn: Turn) -> Any | None:
    """The open ache whose warning sign the runner says is gone is closed (None: not that message)."""
    folded = fold(turn.text)
    if not _SIGN_GONE.search(folded) or body_parts_in(turn.text) or not turn.ctx.open_injuries:
        return None
    for _, words in _SIGNS:
        if re.search(rf"(?<!\w)(?:{words})", folded):
            with_it = [i for i in turn.ctx.open_injuries if re.search(rf"(?<!\w)(?:{words})", fold(i.description))]
            if with_it:
                # (the first ache told with it: "still tingly at lunch. my hip is a little sore too" is the foot's)
                first = min(with_it, key=lambda i: i.reported_on or turn.today)
                told = [first.description, *(m.text for m in turn.ctx.recent_messages if m.role is Role.RUNNER)]
                if first.severity is Severity.SEVERE and not any(
                        says_seen_by_professional(t) or says_easy_running_allowed(t) for t in told):
                    return None     # a warning sign gone closes once a professional has seen it (round 6)
                outcome = turn.call(ResolveInjuryArgs(body_part=first.body_part))
                if outcome.is_error:
                    return None
                return turn.reply(turn.say("injury_resolved", part=_part(turn, first)), Intent.INJURY_UPDATE)
    return None
