"""Safety first: a medical red flag is answered before anything else the message asks.

Every message passes application.understanding.safety before any intent is acted on (both coaches:
application.coach.reply calls ``check`` first). A red flag is answered with "stop running and see a
professional" (emergency services for the heart and the heat), stored as a severe injury, which
pauses the plan (domain.injury: severe → no running), and a run told in the same message is still
logged. Until the runner says they have been seen, every later answer starts with a reminder.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import attrs

from application.coach.coach_reply import CoachReply
from application.coach.offline import runs
from application.coach.offline.turn import Turn
from application.messages import say
from application.messages.emergency import emergency_number
from application.messages.formatting import part_with_side
from application.tools.arguments import RecordInjuryArgs, ResolveInjuryArgs
from application.understanding.body import body_parts_in, mentions_pain, pain_score_in, side_near
from application.understanding.safety import (
    HEALTH_ALERT_PARTS,
    RedFlag,
    read_red_flag,
    says_appointment_booked,
    says_cleared_by_professional,
    says_easy_running_allowed,
    says_seen_by_professional,
)
from domain.conversation import Intent, Role
from domain.injury import Severity

# A red flag answered more than this long ago no longer prefixes every answer (the runner has had
# days to be seen; the severe injury keeps the plan paused until they say it is better).
REMINDER_DAYS = 3
_WALKING_SIGNS = frozenset({"pain_walking", "cannot_bear_weight", "limping"})
_FALLBACK_PART = "pierna"


@attrs.frozen
class SafetyCheck:
    reply: CoachReply | None = None          # the red flag's own answer (nothing else acted on first)
    reminder: str | None = None              # to put before whatever else is answered


def open_parts(turn: Turn) -> tuple[str, ...]:
    """The runner's open aches, the latest reported first."""
    injuries = sorted(turn.ctx.open_injuries, key=lambda i: i.reported_on or turn.today, reverse=True)
    return tuple(i.body_part for i in injuries)


def check(turn: Turn) -> SafetyCheck:
    flag = read_red_flag(turn.text, open_parts(turn))
    if flag is not None and not says_seen_by_professional(turn.text):
        return SafetyCheck(reply=answer(turn, flag))
    severe_open = any(i.severity is Severity.SEVERE for i in turn.ctx.open_injuries)
    if severe_open and says_easy_running_allowed(turn.text):
        # "EKG normal, she said easy running is ok till the stress test": the doctor's word repeated (easy runs
        # only, stop at any symptom); the alarm stays on record until the runner is cleared.
        key = "safety_easy_cleared" if _health_alert_open(turn) else "safety_easy_cleared_body"
        return SafetyCheck(reply=turn.reply(turn.say(key, call=call_for_help(turn.lang, turn.runner)),
                                            Intent.INJURY_UPDATE))
    if severe_open and says_cleared_by_professional(turn.text):
        # "ya me vio el doctor, solo un raspón, puedo correr dice", "physio cleared me": cleared, the pause lifts.
        for injury in [i for i in turn.ctx.open_injuries if i.severity is Severity.SEVERE]:
            turn.call(ResolveInjuryArgs(body_part=injury.body_part))
        return SafetyCheck(reply=turn.reply(turn.say("safety_cleared"), Intent.INJURY_UPDATE))
    if (_alert_open(turn) or severe_open) and says_seen_by_professional(turn.text):
        # "El doctor me mandó un electrocardiograma y que no corra hasta la cita": heard, days later too.
        return SafetyCheck(reply=seen(turn))
    if severe_open and says_appointment_booked(turn.text):
        # "booked a cardiologist for Tuesday", "ya tengo cita con el traumatólogo el lunes"
        return SafetyCheck(reply=turn.reply(turn.say("safety_appointment", call=call_for_help(turn.lang, turn.runner)),
                                            Intent.INJURY_UPDATE))
    return SafetyCheck(reminder=_reminder(turn))


def seen(turn: Turn) -> CoachReply:
    """"rx sin fractura, esguince grado 2, bota por 2 semanas": the diagnosis kept with the injury (still
    severe: no running until cleared), and the runner told to follow it."""
    severe = [i for i in turn.ctx.open_injuries if i.severity is Severity.SEVERE]
    named = body_parts_in(turn.text)
    if severe:
        latest = max(severe, key=lambda i: i.reported_on or turn.today)
        # The alarm's part the diagnosis names ("una fisura en el peroné": the ankle), else the latest alarm's;
        # a cause found elsewhere ("a pinched nerve in my back" for a numb foot) stays in the description.
        part = next((p for p in named if p in {i.body_part for i in severe}), latest.body_part)
        # ("el tobillo hoy un 5, ya apoyo un poco con la bota": today's score kept with it)
        turn.call(RecordInjuryArgs(body_part=part, severity=Severity.SEVERE,
                                   description=turn.text.strip()[:300] or None, pain=pain_score_in(turn.text),
                                   side=latest.side.value if latest.side and part == latest.body_part else None))
    return turn.reply(turn.say("safety_seen"), Intent.INJURY_UPDATE)


def _health_alert_open(turn: Turn) -> bool:
    return any(i.body_part in HEALTH_ALERT_PARTS for i in turn.ctx.open_injuries)


def _alert_open(turn: Turn) -> bool:
    recent = turn.ctx.recent_messages
    return any(m.role == Role.COACH and m.intent == Intent.RED_FLAG
               and m.at.date() >= turn.today - timedelta(days=REMINDER_DAYS) for m in recent)


def answer(turn: Turn, flag: RedFlag) -> CoachReply:
    """The warning first, then the run of the same message (if any) as it is logged."""
    part = record(turn, flag)
    run_text = ""
    if runs.reports_a_run(turn):
        # The ache is the red flag, stored severe above: the run is logged without a second, milder
        # record of it (and without "tell me if it hurts to walk").
        logged = runs.log_runs(turn, note_aches=False)
        run_text = logged.text
    text = warning(turn.lang, flag, part, turn.runner.display_name, call_for_help(turn.lang, turn.runner))
    also = _other_aches(turn, flag)
    return turn.reply(text + ("\n" + also if also else "") + ("\n\n" + run_text if run_text else ""), Intent.RED_FLAG)


def _other_aches(turn: Turn, flag: RedFlag) -> str:
    """"Still tingly at lunch. My right hip is a little sore too, 2 out of 10": the other ache is noted, mild."""
    lines = []
    for sentence in re.split(r"[.;!?\n]+", turn.text):
        others = [p for p in body_parts_in(sentence) if p not in flag.parts]
        if len(others) != 1 or not mentions_pain(sentence) or read_red_flag(sentence, ()) is not None:
            continue
        side = side_near(sentence, others[0])
        outcome = turn.call(RecordInjuryArgs(body_part=others[0], severity=Severity.MILD,
                                             description=sentence.strip()[:300] or None, side=side,
                                             pain=pain_score_in(sentence)))
        if not outcome.is_error:
            lines.append(turn.say("injury_also_noted", part=part_with_side(others[0], side or "", turn.lang)))
    return "\n".join(lines)


def record(turn: Turn, flag: RedFlag) -> str:
    """The red flag stored as a severe injury of each part named (the plan pauses around it)."""
    signs = set(flag.signs)
    parts = flag.parts or (_FALLBACK_PART,)
    for part in parts:
        turn.call(RecordInjuryArgs(
            body_part=part, severity=Severity.SEVERE, description=turn.text.strip()[:300] or None,
            side=flag.side if len(parts) == 1 else None, pain=flag.pain,
            pain_walking=True if signs & _WALKING_SIGNS else None,
            swelling=True if "swelling" in signs else None, sharp=True if "sharp" in signs else None))
    return parts[0]


def call_for_help(lang: str, runner: Any) -> str:
    """"llama al 911", "call emergency services (995)": the number where the runner lives (their timezone)."""
    number = emergency_number(getattr(runner, "timezone", None))
    return say(lang, "call_number", number=number) if number else say(lang, "call_local")


def warning(lang: str, flag: RedFlag, part: str, name: str = "", call: str = "") -> str:
    signs = [say(lang, f"sign_{s}", pain=flag.pain) for s in dict.fromkeys(flag.signs)][:3]
    listed = signs[0] if len(signs) == 1 else ", ".join(signs[:-1]) + say(lang, "sign_and") + signs[-1]
    listed = listed[:1].upper() + listed[1:] if flag.emergency else listed
    key = {"cardiac": "safety_emergency_cardiac", "heat": "safety_emergency_heat"}.get(flag.kind, "safety_stop_injury")
    when = say(lang, f"sign_when_{flag.context}") if flag.context else ""
    return say(lang, key, name=f"{name}, " if name else "", signs=listed, when=when,
               call=call or say(lang, "call_local"), part=part_with_side(part, flag.side or "", lang))


def _reminder(turn: Turn) -> str | None:
    """While a red flag answered in the last days is open and the runner has not said they were seen."""
    recent = turn.ctx.recent_messages
    last = None
    for index, message in enumerate(recent):
        if message.role == Role.COACH and message.intent == Intent.RED_FLAG:
            last = index
    since = turn.today - timedelta(days=REMINDER_DAYS)
    severe = [i for i in turn.ctx.open_injuries if i.severity is Severity.SEVERE]
    # The warning may have left the chat buffer (a day or so): the severe record of the last days counts too,
    # until the runner says they were seen (the diagnosis is kept as its description).
    recorded = [i for i in severe if i.reported_on is not None and i.reported_on >= since
                and not says_seen_by_professional(i.description)]
    if (last is None or recent[last].at.date() < since) and not recorded:
        return None
    told = [m.text for m in recent[last + 1 if last is not None else 0:] if m.role == Role.RUNNER] + [turn.text]
    if any(says_seen_by_professional(t) or says_easy_running_allowed(t) for t in told):
        return None       # (seen, or allowed easy running: the doctor's word stands now)
    if not severe:
        return None
    latest = max(severe, key=lambda i: i.reported_on or turn.today)
    what = part_with_side(latest.body_part, latest.side.value if latest.side else "", turn.lang)
    emergency = latest.body_part in HEALTH_ALERT_PARTS
    return say(turn.lang, "safety_reminder_emergency" if emergency else "safety_reminder", what=what,
               call=call_for_help(turn.lang, turn.runner))
