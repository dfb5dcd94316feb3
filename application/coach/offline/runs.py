"""Runs and cross-training: logging (one or several, intervals included), correcting, deleting."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import attrs

from application.coach.coach_reply import CREATE_PLAN
from application.coach.offline import injuries
from application.coach.offline.turn import Turn
from application.messages import reason, short_date
from application.messages.formatting import part_with_side
from application.ports import Button
from application.tools import policy
from application.tools.arguments import (
    CorrectRunArgs,
    DeleteRunArgs,
    LogCrossTrainingArgs,
    LogRunArgs,
    UpdateInjuryArgs,
)
from application.training import measures
from application.understanding.body import body_parts_in, mentions_pain, part_name, read_triage, side_near
from application.understanding.corrections import parse_correction, parse_deletion
from application.understanding.cross_training import parse_cross_training, split_activities
from application.understanding.dates import MONTH_RE
from application.understanding.numbers import words_to_numbers
from application.understanding.run_report import RunReport, names_a_distance, parse_runs, plausible_pace
from application.understanding.speech_act import Act, clauses, names_someone_else
from application.understanding.text import fold
from domain.conversation import Intent, Role
from domain.milestones import PACE_RECORD_MIN_KM, MilestoneKind
from domain.run import Run
from domain.vdot import training_paces

PLAN_OFFER_AFTER_RUNS = 3


def _confirm_buttons(turn: Turn) -> tuple[Button, ...]:
    return (Button("confirm:yes", turn.say("button_yes_save")), Button("confirm:no", turn.say("button_no")))


def reports_a_run(turn: Turn) -> bool:
    """A run done, with its distance, is in the message (whatever else it says or asks), as the write
    policy reads it ("when do I start marathon pace runs?" has a distance and no run)."""
    if policy.judge("log_run", turn.text, answering=turn.answers).decision is policy.Decision.REFUSE:
        return False
    run_text, _ = split_activities(turn.text, turn.today)
    return any(not r.planned and r.distance_km for r in parse_runs(run_text, turn.today, turn.units))


# "went thru 10k in 36:20", "los primeros 5 en 28:30": a split on the way, not the race's distance.
_SPLIT_AT = re.compile(r"(?i)(?:thru|through|at|los primeros|the first|first|primer|primeros|pase|pasé|passed)\s+"
                       r"(?:the\s+|el\s+|los\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|mi|miles?|millas?)?\s+(?:in|en|a)\s+\d"
                       # "first k was 3:35", "el primer km en 3:40": a split, not the race's distance
                       r"|(?:first|last|primer|ultimo|último)\s+(?:k|km|kilo|mile|milla)\b")
# "TERMINÉEE 31:12 el tiempo oficial", "17:31 missed it by 1 sec": on race day a finish time is the race.
_FINISH_TIME = re.compile(r"(?<![\d:.,])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])(?!\s*(?:am|pm|a\.m|p\.m|/|min/|por km|"
                          r"per|el km|a la milla|pace|ritmo))")


_AN_OLD_TIME = re.compile(r"(?<!\w)(?:beat|beating|broke|than|vs|versus|old|previous|anterior|last year'?s|"
                          r"mi (?:anterior|viejo|antiguo)|my old|le gane a)\s+(?:my\s+|mi\s+|el\s+|the\s+)?"
                          r"\d{1,2}:\d{2}"
                          rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:from|de|del)\s+(?:el\s+)?(?:last|el ano|{MONTH_RE})")
_A_BEST = re.compile(r"(?<!\w)(?:pr|pb|prs|pbs|personal best|personal record|record personal|mejor marca|"
                     r"nuevo record)(?!\w)")


def _race_announced(turn: Turn) -> tuple[Any, float] | None:
    """(day, km) of a race the runner announced in the last days for today or yesterday ("Race tomorrow.
    Frostbite 5K in Lincoln Park", "race tmrw!! lost lagoon 5k"): the race a bare finish time is about."""
    from application.training.local_time import local_day
    from application.understanding.dates import parse_day
    from application.understanding.race import race_distance_in
    told = {m.id: m for m in [*turn.ctx.recent_messages]}
    if not any(_A_RACE.search(fold(m.text)) for m in told.values() if m.role is Role.RUNNER):
        told.update({m.id: m for m in turn.ctx.earlier_messages()})     # the log, only when the buffer has none
    for message in sorted(told.values(), key=lambda m: m.at, reverse=True):
        if message.role is not Role.RUNNER:
            continue
        sent = local_day(turn.runner, message.at)
        if sent < turn.today - timedelta(days=7):
            break         # (a race told of earlier in the week: "doing the Centennial Park 10K on sunday")
        folded = fold(words_to_numbers(message.text, turn.lang))
        if not _A_RACE.search(folded) or all(c.act is Act.SOMEONE_ELSE for c in clauses(message.text)
                                             if _A_RACE.search(c.text)):
            continue      # ("my gf ran her first 10k today!!": her race, not one the runner announced)
        # the race's own distance ("2 mi shakeout, jingle bell 5k tmrw": the 5k, not the shakeout)
        # ("Shakeout 5k + 4 strides. Race tmrw, Beaches 10K": the distance in the race word's own sentence)
        raced = [p for p in re.split(r"[.!?\n]+", folded)
                 if re.search(r"(?<!\w)(?:race|racing|carrera|competencia)(?!\w)", p)]
        by_name = next((m for p in [*raced, folded]
                        for m in [re.search(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*k(?!\w)", p)] if m), None)
        distance = race_distance_in(by_name.group(0)) if by_name else race_distance_in(folded)
        km = distance.distance_km if distance is not None else 5.0 if "parkrun" in folded else None
        # (the day in the race's own sentence: "shin feels better today. i can race tmrw right??")
        day = (parse_day(". ".join(raced), sent, prefer="future") if raced else None) \
            or parse_day(message.text, sent, prefer="future")
        if km is not None and day is not None and turn.today - timedelta(days=1) <= day <= turn.today:
            return day, km
    return None


_A_RACE = re.compile(r"(?<!\w)(?:race|racing|carrera|competencia|parkrun|\d+\s*k)(?!\w)")


def race_day_finish(turn: Turn) -> Any | None:
    """The result of a race — the goal race, or one the runner announced for the day — told on race day (or
    the day after) as a bare finish time: logged as the race at its distance; None when the message is not
    that."""
    folded = fold(turn.text)
    found = _FINISH_TIME.search(folded)
    if found is not None and _AN_OLD_TIME.search(folded, max(0, found.start() - 20)):
        return None       # "beat my 17:02 from june lol": the old best, not today's finish
    if found is None or names_a_distance(_SPLIT_AT.sub(" ", turn.text)) or any(
            r.distance_km for r in parse_runs(_SPLIT_AT.sub(" ", turn.text), turn.today, turn.units)):
        return None       # ("12.2 in 1:37:30": a run with its own distance, not the race's bare time)
    runner = turn.runner
    if runner.race_date is not None and runner.goal_race is not None and (
            turn.today - timedelta(days=1) <= runner.race_date <= turn.today):
        race_day, km = runner.race_date, runner.goal_race.distance_km
    else:
        announced = _race_announced(turn)
        if announced is None:
            return None
        race_day, km = announced
    from application.understanding.dates import parse_day
    if any(c.act is Act.SOMEONE_ELSE and found.group(0) in c.text for c in clauses(turn.text)):
        return None       # "mi esposo hizo 1:02 jajaja le gané": his time, not the runner's race
    if any(r.is_race and r.date == race_day for r in turn.tools.runs.for_runner(runner.id, since=race_day)):
        return None       # the race is logged already: another time told now is someone's, or a split
    told_day = parse_day(turn.text, turn.today)
    if told_day not in (None, race_day, turn.today) or parse_correction(turn.text, turn.today) is not None:
        return None       # "el tempo del miércoles fue 44:50 no 44:30": another day's session put right
    a, b, c = int(found.group(1)), int(found.group(2)), found.group(3)
    candidates = [a * 3600 + b * 60 + int(c)] if c is not None else [a * 60 + b, a * 3600 + b * 60]
    seconds = next((s for s in candidates if plausible_pace(s, km)), None)
    if seconds is None or policy.judge("log_run", turn.text).decision is policy.Decision.REFUSE:
        return None
    report = RunReport(distance_km=km, duration_s=seconds, day=race_day, is_race=True, mentions_running=True)
    # ("PR!!! 16:48 at the turkey trot": a best time told as one is faster than the fitness read so far)
    return _log_run_reports(turn, [report], confirmed=bool(_A_BEST.search(folded)))


def log_runs(turn: Turn, confirmed: bool = False, note_aches: bool = True) -> Any:
    """Every run of the message, then every other activity in it ("8k recovery + 30 min strength").
    ``note_aches`` False: the message's ache was already recorded (a red flag, stored severe)."""
    finish = None if confirmed else race_day_finish(turn)
    if finish is not None:
        return finish
    run_text, others = split_activities(turn.text, turn.today)
    reports = parse_runs(run_text, turn.today, turn.units) if run_text.strip() else []
    if others and not any(not r.planned and r.distance_km for r in reports):
        logged = log_cross_training(turn)
        if any(r.planned and r.distance_km for r in reports) and logged.intent is Intent.LOG_CROSS_TRAINING:
            # "4 miles easy tonight w the club + 20 min stretching": the run still ahead is said so, not dropped
            return turn.reply(logged.text + "\n" + turn.say("run_planned_not_logged"), logged.intent,
                              buttons=logged.buttons)
        return logged
    raced = _race_of_today(turn)
    if raced is not None:
        # "ya acabó la carrerita del colegio" then "5k en 31:40": the run told on the day of a race told of is it
        reports = [attrs.evolve(r, is_race=True) if not r.is_race and not r.planned and r.day == turn.today
                   and r.distance_km and r.duration_s and (raced == 0 or abs(r.distance_km - raced) <= 0.1 * raced)
                   and not r.intervals else r for r in reports]
    reply = _log_run_reports(turn, reports, confirmed, note_aches)
    if others and reply.intent is Intent.LOG_RUN:
        # An activity with neither time nor distance next to a run is part of it ("tuve que caminar").
        extra = _log_others(turn, [o for o in others if o.minutes or o.distance_km])
        if extra:
            reply = turn.reply(reply.text + "\n" + "\n".join(extra), Intent.LOG_RUN, buttons=reply.buttons)
    # "…hice 6 km…, en la tarde fui en bici… y la rodilla derecha me molesta un poquito, como un 2": an ache told
    # after another activity was not the run's to note; it is recorded on its own.
    told_apart = bool(others) and bool(body_parts_in(turn.text)) and mentions_pain(turn.text) and not (
        body_parts_in(run_text) and mentions_pain(run_text))
    return _with_the_body(turn, reply, new_aches=told_apart)


_ANOTHER_SESSION = re.compile(r"(?<!\w)(?:again|another|second|2nd|pm|am|evening|tonight|doble|double|otra vez|otros?|"
                              r"otras?|segund[oa]|en la noche|en la tarde|de nuevo|later)(?!\w)")
_A_RACE_TOLD = re.compile(r"(?<!\w)(?:carrer\w*|competencia|race|racing|parkrun)(?!\w)")


def _race_of_today(turn: Turn) -> float | None:
    """The distance (0 when unsaid) of a race the runner told of in the last day as today's ("ya acabó la
    carrerita del colegio", "q como antes de la carrera? es a las 8 de la noche"); None when there was none."""
    from application.training.local_time import local_day
    from application.understanding.dates import parse_day
    from application.understanding.race import parse_race, race_distance_in
    for message in reversed(turn.ctx.recent_messages):
        if message.role is not Role.RUNNER or message.text == turn.text:
            continue
        sent = local_day(turn.runner, message.at)
        if sent < turn.today - timedelta(days=1):
            break
        folded = fold(words_to_numbers(message.text, turn.lang))
        told = parse_race(message.text, sent)
        if not _A_RACE_TOLD.search(folded) or (told is not None and told.has_race is False) \
                or names_someone_else(message.text) or any(c.act is Act.NEGATION for c in clauses(message.text)):
            continue      # ("no tengo carrera", "my gf's race"): no race of the runner's today
        day = parse_day(message.text, sent, prefer="future") or sent
        if day == turn.today:
            distance = race_distance_in(folded)
            return distance.distance_km if distance is not None else 0.0
    return None


def _log_others(turn: Turn, others: list[Any]) -> list[str]:
    lines = []
    for report in others:
        if report.minutes is None and report.distance_km is None:
            lines.append(turn.say("cross_needs_details"))
            continue
        outcome = turn.call(LogCrossTrainingArgs(activity=report.activity, minutes=report.minutes,
                                                 distance_km=report.distance_km, day=report.day))
        if outcome.is_error:
            lines.append(turn.say("cross_refused", reason=reason(turn.lang, outcome.error)))
            continue
        activity = outcome.value
        amount = (turn.say("minutes", minutes=f"{activity.minutes:g}") if report.minutes
                  else measures.distance(activity.distance_km, turn.units))
        lines.append(turn.say("cross_logged", activity=_named(turn, activity, report), amount=amount,
                              day=short_date(activity.day, turn.lang)))
    return lines


def _log_run_reports(turn: Turn, reports: list[Any], confirmed: bool, note_aches: bool = True) -> Any:
    done = [r for r in reports if not r.planned]
    if not done:
        if any(r.planned for r in reports):
            return turn.reply(turn.say("run_planned_not_logged"), Intent.LOG_RUN)
        return turn.reply(turn.say("run_needs_distance"), Intent.LOG_RUN)
    if any(r.distance_km is None for r in done):
        return turn.reply(turn.say("run_needs_distance"), Intent.LOG_RUN)
    lines: list[str] = []
    logged: list[Run] = []
    for report in done:
        assert report.distance_km is not None    # checked above: every run here has its distance
        if confirmed and _already_stored(turn, report):
            continue      # "Sí, guárdalo" confirms the run that was asked about, not the ones logged before it
        completed = None if confirmed else _completes_a_logged_run(turn, report)
        if completed is not None:
            lines.append(completed)
            continue
        rpe = report.perceived_effort
        args = LogRunArgs(
            distance_km=report.distance_km, duration_min=report.duration_s / 60 if report.duration_s else None,
            day=report.day, rpe=int(round(rpe)) if rpe is not None else None, mood=report.mood,
            aches=list(report.aches) if note_aches else [], weather=report.weather, is_race=bool(report.is_race),
            notes=turn.text.strip() or None, confirmed=confirmed,
        )
        outcome = turn.call(args)
        pending = outcome.needs_confirmation
        if pending is not None and _ANOTHER_SESSION.search(fold(turn.text)) \
                and all(c.code == "possible_duplicate" for c in pending.concerns):
            # "6k again after practice", "PM track: …": a second session that day, said so — nothing to ask
            outcome = turn.call(attrs.evolve(args, confirmed=True))
        if outcome.needs_confirmation is not None:
            # What was logged before it (already in ``lines``) stays said, then the question.
            return _ask_to_confirm(turn, outcome.needs_confirmation, report.day or turn.today,
                                   report.distance_km, said=lines)
        if outcome.is_error:
            why = reason(turn.lang, outcome.error) if outcome.error is not None else ""
            lines.append(turn.say("run_refused", reason=why))
            continue
        assert outcome.logged_run is not None
        logged.append(outcome.logged_run)
        _triage_new_aches(turn, outcome.value.new_injuries)
        # "tu rodilla derecha": the part and side as the runner said them.
        new_parts = [part_with_side(i.body_part, getattr(i.side, "value", i.side) or "", turn.lang)
                     for i in outcome.value.new_injuries]
        if report.intervals:
            lines.append(_run_line(turn, outcome.logged_run) + " " + _intervals_text(turn, report.intervals))
        else:
            lines.append(_run_line(turn, outcome.logged_run))
        feedback = _pace_feedback(turn, outcome.logged_run)
        if feedback:
            lines.append(feedback)
        if new_parts or outcome.logged_run.aches:
            aches = (outcome.logged_run.aches or "").split(", ")
            parts = new_parts or [turn.say("part_no_side", part=part_name(p, turn.lang)) for p in aches]
            lines.append(turn.say("run_ache_noted", parts=", ".join(parts)))
    if not logged:
        return turn.reply("\n".join(lines), Intent.LOG_RUN)
    return _after_logging(turn, logged, lines)


_TOTAL_SAID = re.compile(r"(?<!\w)(?:total|en total|in total|overall|as per (?:my )?watch|per my watch|watch says|"
                         r"segun (?:el|mi) reloj|el reloj marca)(?!\w)")


# "pm workout: 8x400…, like 6 mi total": a session of its own (a double day), not the morning run's total.
_A_SESSION_OF_ITS_OWN = re.compile(r"\d+\s*x\s*\d|(?<!\w)(?:workout|session|sesion|entreno|tempo|series|intervals|"
                                   r"reps|am|pm|tarde|noche|evening|afternoon|another|otro|otra|second|segundo)(?!\w)")


def _completes_a_logged_run(turn: Turn, report: Any) -> str | None:
    """"10k was bout 58 min btw" after "10k easy this morning": the time of a run already logged that day
    without one — the same run, completed (its reply line), not a second run. "Around 10.4km total as per
    watch" right after a run was logged: that run's distance, put right."""
    day = report.day or turn.today
    logged = turn.tools.runs.on_day(turn.runner.id, day)
    recent = turn.ctx.recent_messages
    just_logged = any(m.role == Role.COACH and m.intent is Intent.LOG_RUN for m in recent[-4:])
    if just_logged and len(logged) == 1 and _TOTAL_SAID.search(fold(turn.text)) and not report.is_race \
            and not _A_SESSION_OF_ITS_OWN.search(fold(turn.text)) \
            and abs(logged[0].distance_km - report.distance_km) > 0.05:
        outcome = turn.call(CorrectRunArgs(day=day, logged_km=logged[0].distance_km, distance_km=report.distance_km,
                                           duration_min=report.duration_s / 60 if report.duration_s else None))
        if not outcome.is_error and outcome.needs_confirmation is None:
            return _fixed_line(turn, outcome.value)
    if not report.duration_s or report.is_race:
        return None
    same = [r for r in logged
            if r.duration_s is None and abs(r.distance_km - report.distance_km) <= 0.05 * r.distance_km]
    if len(same) != 1:
        return None
    outcome = turn.call(CorrectRunArgs(day=day, logged_km=same[0].distance_km, duration_min=report.duration_s / 60))
    if outcome.is_error or outcome.needs_confirmation is not None:
        return None
    return _fixed_line(turn, outcome.value)


def _fixed_line(turn: Turn, change: Any) -> str:
    """"✏️ Fixed: your run on Tue Jan 26 is now 10 km in 58:00 (was 10 km)"."""
    return turn.say("run_fixed", day=short_date(change.run.date, turn.lang), run=_run_facts(turn, change.run),
                    before=_run_facts(turn, change.before))


def _triage_new_aches(turn: Turn, new_injuries: list[Any]) -> None:
    """An ache told in a run report keeps what was said of it ("el muslo de atrás de la pierna derecha me
    duele un poco, un 3 de 10"): its side and pain, as an injury report would."""
    if len(new_injuries) != 1:
        return
    triage = read_triage(turn.text, turn.today)
    part = new_injuries[0].body_part
    side = side_near(turn.text, part)
    if triage.pain_score is None and side is None:
        return
    turn.call(UpdateInjuryArgs(body_part=part, status="same", pain=triage.pain_score, side=side,
                               pain_walking=triage.pain_walking, swelling=triage.swelling))


def _already_stored(turn: Turn, report: Any) -> bool:
    day = report.day or turn.today
    return any(abs(run.distance_km - report.distance_km) < 0.01 and run.duration_s == report.duration_s
               for run in turn.tools.runs.on_day(turn.runner.id, day))


def _run_line(turn: Turn, run: Run) -> str:
    key = "race_logged" if run.is_race else "run_logged"
    return turn.say(key, day=short_date(run.date, turn.lang), **_facts(turn, run))


def _run_facts(turn: Turn, run: Run) -> str:
    """'6 km en 45:00 (7:30/km)': a run's distance, time and pace in the runner's units."""
    facts = _facts(turn, run)
    return facts["distance"] + facts["time"] + facts["pace"]


def _facts(turn: Turn, run: Run) -> dict[str, str]:
    time = turn.say("run_time", time=measures.duration(run.duration_s)) if run.duration_s else ""
    pace = f" ({measures.pace(run.pace_s_per_km, turn.units)})" if run.pace_s_per_km else ""
    return {"distance": measures.distance(run.distance_km, turn.units), "time": time, "pace": pace}


def _intervals_text(turn: Turn, intervals: Any) -> str:
    parts = []
    for block in intervals:
        size = (measures.distance(block.rep_distance_km, turn.units) if getattr(block, "rep_distance_km", None)
                else measures.duration(block.rep_duration_s or 0))
        text = f"{block.reps}×{size}"
        if getattr(block, "pace_s_per_km", None):
            text += f" @ {measures.pace(block.pace_s_per_km, turn.units)}"
        if getattr(block, "recovery_s", None):
            text += " " + turn.say("intervals_recovery", time=measures.duration(block.recovery_s))
        parts.append(text)
    return turn.say("intervals_noted", sets=", ".join(parts))


def _pace_feedback(turn: Turn, run: Run) -> str | None:
    """Compare the run with what the plan asked for that day, or with the runner's easy pace."""
    if not run.pace_s_per_km or run.is_race:
        return None
    plan = turn.tools.active_plan(turn.runner)
    planned = plan.session_on(run.date) if plan else None
    if planned and planned.pace_s_per_km and planned.kind.is_run and not planned.kind.is_quality:
        fast, slow = planned.pace_s_per_km
        if run.pace_s_per_km < fast - 10:
            return turn.say("pace_faster_than_planned", target=measures.pace_range(fast, slow, turn.units))
        if run.pace_s_per_km > slow + 20:
            return turn.say("pace_slower_than_planned")
        return turn.say("pace_on_target")
    if plan and not planned:
        easy_fast, _ = training_paces(plan.vdot).easy
        if run.pace_s_per_km < easy_fast - 15 and (run.perceived_effort or 0) < 7:
            return turn.say("pace_easy_too_fast")
    return None


def _after_logging(turn: Turn, logged: list[Run], lines: list[str]) -> Any:
    # Records, counts and the week's km come from aggregates and a week of runs: a runner with years
    # of history costs what a new one does.
    since = turn.today.replace(year=turn.today.year - 1)
    earlier = turn.tools.runs.records(turn.runner.id, since=since, exclude=[r.id for r in logged])
    count = earlier.runs + sum(1 for r in {r.id: r for r in logged}.values() if r.date >= since)
    from application.training.log_run import week_runs
    from domain.milestones import milestones_against, week_km
    last = logged[-1]
    for run in logged:
        for milestone in milestones_against(run, earlier):
            if milestone.kind is MilestoneKind.LONGEST_RUN:
                lines.append(turn.say("longest_run", previous=measures.distance(milestone.previous_best, turn.units)))
            else:
                lines.append(turn.say("fastest_pace", min_km=measures.distance(PACE_RECORD_MIN_KM, turn.units),
                                      previous=measures.pace(milestone.previous_best, turn.units)))
    if count > 1:
        week = week_runs(turn.tools.runs, turn.runner.id, last.date)
        # ("el domingo corrí 14", told on Tuesday: that week's total, not this one's)
        this_week = last.date - timedelta(days=last.date.weekday()) == turn.today - timedelta(days=turn.today.weekday())
        lines.append(turn.say("week_km" if this_week else "week_km_then",
                              km=measures.distance(week_km(last, week), turn.units)))
    buttons: tuple[Button, ...] = ()
    if turn.ctx.active_plan is None:
        lines.append(turn.say("runs_count_one") if count == 1 else turn.say("runs_count", count=count))
        if count >= PLAN_OFFER_AFTER_RUNS:
            lines.append(turn.say("first_plan_offer"))
            buttons = (CREATE_PLAN[turn.lang],)
    return turn.reply("\n".join(lines), Intent.LOG_RUN, buttons=buttons)


def already_logged(turn: Turn, run: Run) -> Any:
    return _after_logging(turn, [run], [_run_line(turn, run)])


def log_cross_training(turn: Turn) -> Any:
    run_text, others = split_activities(turn.text, turn.today)
    if run_text.strip() and any(not r.planned and r.distance_km for r in parse_runs(run_text, turn.today, turn.units)):
        return log_runs(turn)            # a run and another sport in one message: both, the run first
    if not others and parse_cross_training(turn.text, turn.today) is None and any(
            not r.planned and r.mentions_running and (r.distance_km or r.duration_s)
            for r in parse_runs(turn.text, turn.today, turn.units)):
        return log_runs(turn)            # "went for a run at the park for an hour": a run, no other sport named
    return _with_the_body(turn, _log_cross_training(turn, others), new_aches=True)


def _with_the_body(turn: Turn, reply: Any, new_aches: bool = False) -> Any:
    """What the message also says of the body, after the session it logged: an open ache said to be
    gone or scored anew is updated ("5 km en 36 min, la canilla nada"); with ``new_aches``, a new ache
    is recorded ("yoga 1 hour, left hamstring a bit tight, 2/10": a run notes its own aches)."""
    if reply.intent not in (Intent.LOG_RUN, Intent.LOG_CROSS_TRAINING):
        return reply
    body = injuries.about_the_body(turn)
    if not {"log_run", "log_cross_training"} & set(turn.tools_used):
        # Nothing logged yet (the coach asks how far): an open ache said to be gone is still heard ("20 min
        # shake out + 4 strides. Calf totally fine now"); anything else waits for its own message.
        # ("Walk run done again… 28 mins. Calf only a 1 now": the ache scored anew is heard too)
        if not (turn.ctx.open_injuries and (body is Intent.INJURY_UPDATE and injuries.said_gone(turn.text)
                                            or injuries.rescored_open_ache(turn))):
            return reply
    if turn.ctx.open_injuries and (body is Intent.INJURY_UPDATE or injuries.rescored_open_ache(turn)):
        told = injuries.update(turn)
    elif new_aches and body is Intent.INJURY_REPORT:
        told = injuries.report(turn)
    else:
        return reply
    if not {"log_run", "log_cross_training"} & set(turn.tools_used):
        return turn.reply(told.text + "\n" + reply.text, reply.intent, buttons=reply.buttons)   # then the question
    return turn.reply(reply.text + "\n" + told.text, reply.intent, buttons=reply.buttons)


def _log_cross_training(turn: Turn, others: list[Any]) -> Any:
    if len(others) > 1:
        lines = _log_others(turn, others)
        return turn.reply("\n".join(lines), Intent.LOG_CROSS_TRAINING)
    report = others[0] if others else parse_cross_training(turn.text, turn.today)
    if report is None or (report.minutes is None and report.distance_km is None):
        return turn.reply(turn.say("cross_needs_details"), Intent.LOG_CROSS_TRAINING)
    outcome = turn.call(LogCrossTrainingArgs(activity=report.activity, minutes=report.minutes,
                                             distance_km=report.distance_km, day=report.day))
    if outcome.is_error:
        return turn.reply(turn.say("cross_refused", reason=reason(turn.lang, outcome.error)), Intent.LOG_CROSS_TRAINING)
    activity = outcome.value
    amount = (turn.say("minutes", minutes=f"{activity.minutes:g}") if report.minutes
              else measures.distance(activity.distance_km, turn.units))
    return turn.reply(turn.say("cross_logged", activity=_named(turn, activity, report), amount=amount,
                               day=short_date(activity.day, turn.lang)), Intent.LOG_CROSS_TRAINING)


def _activity(activity: Any) -> str:
    return getattr(activity.activity, "value", activity.activity)


def _named(turn: Turn, activity: Any, report: Any) -> str:
    """"caminata", "yoga"… for a sport stored as "other" the runner named; else the activity's name."""
    sport = getattr(report, "sport", None)
    return turn.say(f"sport_{sport}") if sport else turn.say(f"activity_{_activity(activity)}")


def _ask_to_confirm(turn: Turn, pending: Any, day: Any, km: float, said: list[str] | None = None) -> Any:
    concerns = "; ".join(reason(turn.lang, c) for c in pending.concerns)
    text = "\n".join([*(said or []), turn.say("run_needs_confirmation", day=short_date(day, turn.lang),
                                               distance=measures.distance(km, turn.units), concerns=concerns),
                       turn.say("confirm_save_anyway")])
    return turn.reply(text, Intent.CLARIFY, buttons=_confirm_buttons(turn))


def correct_run(turn: Turn, confirmed: bool = False) -> Any:
    recent = turn.tools.runs.for_runner(turn.runner.id, since=turn.today - timedelta(days=7))
    if not confirmed and not recent and reports_a_run(turn):
        return log_runs(turn)       # "18 no, fueron 16 en 1:38" with nothing logged to correct: the run itself
    correction = parse_correction(turn.text, turn.today, turn.units)
    if correction is None or (correction.distance_km is None and correction.duration_s is None
                              and correction.day is None):
        return turn.reply(turn.say("correction_needs_value"), Intent.CORRECT_RUN)
    target = correction.target
    day = target.day if target else None
    if day == turn.today - timedelta(days=7) and not turn.tools.runs.on_day(turn.runner.id, day) \
            and turn.tools.runs.on_day(turn.runner.id, turn.today):
        day = turn.today      # "monday was 4.5 not 4" written on a Monday, about this morning's run
    outcome = turn.call(CorrectRunArgs(
        day=day, logged_km=target.distance_km if target else None,
        distance_km=correction.distance_km,
        duration_min=correction.duration_s / 60 if correction.duration_s else None, new_day=correction.day,
        confirmed=confirmed))
    return _corrected(turn, outcome)


def set_time(turn: Turn, run: Run, duration_s: int) -> Any:
    """The time of a run logged just before ("like 27 min"), told on its own."""
    outcome = turn.call(CorrectRunArgs(day=run.date, logged_km=run.distance_km, duration_min=duration_s / 60))
    return _corrected(turn, outcome, time_added=run.duration_s is None)


def _corrected(turn: Turn, outcome: Any, time_added: bool = False) -> Any:
    """The reply to a run corrected: confirmed first when unusual, refused with why, or what it is now."""
    pending = outcome.needs_confirmation
    if pending is not None:
        return _ask_to_confirm(turn, pending, pending.run.date, pending.run.distance_km)
    if outcome.is_error:
        return _change_failed(turn, outcome, Intent.CORRECT_RUN)
    change = outcome.value
    lines = [turn.say("run_time_added", day=short_date(change.run.date, turn.lang), run=_run_facts(turn, change.run))
             if time_added else _fixed_line(turn, change)]
    if change.plan_rebuilt and not time_added:
        lines.append(turn.say("plan_updated_after_change"))
    return turn.reply("\n".join(lines), Intent.CORRECT_RUN)


def delete_run(turn: Turn) -> Any:
    target = parse_deletion(turn.text, turn.today)
    outcome = turn.call(DeleteRunArgs(day=target.day if target else None,
                                      logged_km=target.distance_km if target else None))
    if outcome.is_error:
        return _change_failed(turn, outcome, Intent.DELETE_RUN)
    change = outcome.value
    lines = [turn.say("run_removed", day=short_date(change.before.date, turn.lang),
                      distance=measures.distance(change.before.distance_km, turn.units))]
    if change.plan_rebuilt:
        lines.append(turn.say("plan_updated_after_change"))
    return turn.reply("\n".join(lines), Intent.DELETE_RUN)


def _change_failed(turn: Turn, outcome: Any, intent: Intent) -> Any:
    code = getattr(outcome.error, "code", "")
    if code in ("run_not_found", "no_runs"):
        return turn.reply(turn.say("run_missing"), intent)
    return turn.reply(turn.say("run_refused", reason=reason(turn.lang, outcome.error)), intent)
