"""The offline coach: answers from the runner's data with rules, no model and no network.

It is the default when no LLM is configured, and the fallback when the LLM provider fails.
"""
from __future__ import annotations

import re
from typing import Any

from application.coach_reply import CREATE_PLAN, SHOW_PROGRESS, SHOW_TODAY, CoachReply
from application.context import CoachContext
from application.formatting import paces_text, plan_text, session_text
from application.log_run import RunDetails
from application.messages import FIELD_NAMES, GOAL_NAMES, LEVEL_NAMES, SEVERITY_NAMES, name_of, reason, say, short_date
from application.tools.toolbox import CoachTools
from application.understanding import profile_answers as answers
from application.understanding.body import body_parts_in, part_name, says_recovered, severity_words
from application.understanding.intents import classify, wants_new_plan
from application.understanding.run_report import RunReport
from application.understanding.text import fold, has_any
from domain.conversation import Intent
from domain.errors import DomainError
from domain.injury import Severity
from domain.milestones import PACE_RECORD_MIN_KM, MilestoneKind, milestones, week_km
from domain.pace import format_clock, format_pace
from domain.run import Run
from domain.vdot import training_paces

PLAN_OFFER_AFTER_RUNS = 3
MEMORY_SNIPPET = 180


class OfflineCoach:
    def __init__(self, tools: CoachTools):
        self._tools = tools

    def answer(self, ctx: CoachContext, text: str, already_logged: Run | None = None) -> CoachReply:
        intent, report = classify(text, ctx.today)
        handler = {
            Intent.LOG_RUN: self._log_run,
            Intent.PLAN_REQUEST: self._plan,
            Intent.PACE_QUESTION: self._paces,
            Intent.PROGRESS: self._progress,
            Intent.INJURY_REPORT: self._injury,
            Intent.MEMORY_QUESTION: self._memory,
            Intent.PROFILE_UPDATE: self._profile,
        }.get(intent)
        if intent == Intent.LOG_RUN and already_logged is not None:
            return self._run_logged(ctx, already_logged, [], tools=[])
        if handler:
            return handler(ctx, text, report)
        lang = ctx.runner.language
        if intent == Intent.GREETING:
            reply = say(lang, "greeting", name=ctx.runner.display_name).replace(" !", "!").replace(" ,", ",")
            today = ctx.active_plan.session_on(ctx.today) if ctx.active_plan else None
            if today:
                reply += "\n" + say(lang, "today_session", session=session_text(today, lang, detailed=True))
            return CoachReply(reply, intent, buttons=(SHOW_TODAY[lang], SHOW_PROGRESS[lang]))
        key = {Intent.SMALL_TALK: "thanks", Intent.HELP: "help"}.get(intent, "unknown")
        return CoachReply(say(lang, key), intent)

    # --- runs -----------------------------------------------------------------------------

    def _log_run(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        if report.distance_km is None:
            return CoachReply(say(lang, "run_needs_distance"), Intent.LOG_RUN)
        rpe = report.perceived_effort
        details = RunDetails(
            distance_km=report.distance_km,
            day=report.day,
            duration_s=report.duration_s,
            perceived_effort=int(round(rpe)) if rpe is not None else None,   # the stores keep whole RPEs
            mood=report.mood,
            aches=", ".join(report.aches) or None,
            notes=text.strip(),
            weather=report.weather,
            ache_parts=report.aches,
        )
        try:
            logged = self._tools.log_run(ctx.runner, details, ctx.today)
        except DomainError as error:
            return CoachReply(say(lang, "run_refused", reason=reason(lang, error)), Intent.LOG_RUN)
        return self._run_logged(ctx, logged.run, [i.body_part for i in logged.new_injuries], tools=["log_run"])

    def _run_logged(self, ctx: CoachContext, run: Run, new_aches: list[str], tools: list[str]) -> CoachReply:
        lang = ctx.runner.language
        time = f" en {format_clock(run.duration_s)}" if run.duration_s and lang != "en" else (
            f" in {format_clock(run.duration_s)}" if run.duration_s else "")
        pace = f" ({format_pace(run.pace_s_per_km)}/km)" if run.pace_s_per_km else ""
        lines = [say(lang, "run_logged", day=short_date(run.date, lang), distance=f"{run.distance_km:g}",
                     time=time, pace=pace)]
        feedback = self._pace_feedback(ctx, run)
        if feedback:
            lines.append(feedback)
        if new_aches or run.aches:
            parts = ", ".join(part_name(p, lang) for p in (new_aches or (run.aches or "").split(", ")))
            lines.append(say(lang, "run_ache_noted", parts=parts))
        history = self._tools.runs.for_runner(ctx.runner.id)
        lines.extend(self._celebrations(run, history, lang))
        buttons: tuple = ()
        count = len(history)
        if ctx.active_plan is None:
            lines.append(say(lang, "runs_count_one") if count == 1 else say(lang, "runs_count", count=count))
            if count >= PLAN_OFFER_AFTER_RUNS:
                lines.append(say(lang, "first_plan_offer"))
                buttons = (CREATE_PLAN[lang],)
        return CoachReply("\n".join(lines), Intent.LOG_RUN, buttons=buttons, tools_used=tools)

    @staticmethod
    def _celebrations(run: Run, history: list[Run], lang: str) -> list[str]:
        lines = []
        for milestone in milestones(run, history):
            if milestone.kind is MilestoneKind.LONGEST_RUN:
                lines.append(say(lang, "longest_run", previous=milestone.previous_best))
            else:
                lines.append(say(lang, "fastest_pace", min_km=PACE_RECORD_MIN_KM,
                                 previous=format_pace(milestone.previous_best)))
        if len(history) > 1:
            lines.append(say(lang, "week_km", km=week_km(run, history)))
        return lines

    def _pace_feedback(self, ctx: CoachContext, run: Run) -> str | None:
        """Compare the run with what today's session asked for, or with the runner's easy pace."""
        if not run.pace_s_per_km:
            return None
        es = ctx.runner.language != "en"
        planned = ctx.active_plan.session_on(run.date) if ctx.active_plan else None
        if planned and planned.pace_s_per_km and planned.kind.is_run:
            fast, slow = planned.pace_s_per_km
            if run.pace_s_per_km < fast - 10:
                return ("Fuiste más rápido de lo planeado: hoy tocaba " if es else
                        "You went faster than planned: today was ") + session_text(planned, ctx.runner.language) + "."
            if run.pace_s_per_km > slow + 20:
                return ("Más lento que el objetivo, y está bien si el cuerpo lo pedía." if es else
                        "Slower than the target, and that's fine if your body asked for it.")
            return "¡Justo en el ritmo del plan! 👏" if es else "Right on the planned pace! 👏"
        if ctx.active_plan:
            easy_fast, easy_slow = training_paces(ctx.active_plan.vdot).easy
            if run.pace_s_per_km < easy_fast - 15 and (run.perceived_effort or 0) < 7:
                return ("Ojo: ese ritmo es más rápido que tu rodaje suave. Los días fáciles, fáciles." if es else
                        "Careful: that's faster than your easy pace. Keep easy days easy.")
        return None

    # --- plans and paces ----------------------------------------------------------------------

    def _plan(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        plan = ctx.active_plan
        if plan is None or plan.end < ctx.today or wants_new_plan(text):
            generated = self._tools.generate_plan(ctx.runner, ctx.today)
            explanation = generated.estimate.explanation(lang)
            return CoachReply(plan_text(generated.plan, lang, ctx.today) + "\n\n" + explanation,
                              Intent.PLAN_REQUEST, buttons=(SHOW_TODAY[lang],), tools_used=["generate_plan"])
        f = fold(text)
        asked_day = None
        if has_any(f, ("manana", "tomorrow")):
            asked_day = ctx.today.fromordinal(ctx.today.toordinal() + 1)
        elif has_any(f, ("hoy", "today", "toca")):
            asked_day = ctx.today
        if asked_day:
            session = plan.session_on(asked_day)
            if session is None:
                return CoachReply(say(lang, "plan_ended", end=short_date(plan.end, lang)), Intent.PLAN_REQUEST,
                                  buttons=(CREATE_PLAN[lang],))
            key = "today_session" if asked_day == ctx.today else "tomorrow_session"
            return CoachReply(say(lang, key, session=session_text(session, lang, detailed=True)), Intent.PLAN_REQUEST)
        return CoachReply(plan_text(plan, lang, ctx.today), Intent.PLAN_REQUEST)

    def _paces(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        estimate = self._tools.fitness(ctx.runner, ctx.today)
        explanation = estimate.explanation(lang)
        return CoachReply(paces_text(estimate.vdot, lang) + "\n\n" + explanation, Intent.PACE_QUESTION)

    def _progress(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        days = 30 if has_any(fold(text), ("mes", "month", "mensual", "monthly")) else 14
        summary = self._tools.get_progress(ctx.runner, ctx.today, days)
        return CoachReply(summary.text(ctx.runner.language), Intent.PROGRESS, tools_used=["get_progress"])

    # --- injuries ----------------------------------------------------------------------------

    def _injury(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        parts = body_parts_in(text)
        if says_recovered(text):
            resolved = self._tools.resolve_injury(ctx.runner, parts[0] if parts else None, ctx.today)
            part = part_name(resolved[0].body_part if resolved else (parts[0] if parts else ""), lang)
            return CoachReply(say(lang, "injury_resolved", part=part), Intent.INJURY_REPORT,
                              buttons=(CREATE_PLAN[lang],))
        if not parts:
            return CoachReply(say(lang, "injury_ask_part"), Intent.INJURY_REPORT)
        severity = Severity(severity_words(text))
        lines, adapted = [], None
        for part in parts:
            outcome = self._tools.record_injury(ctx.runner, part, severity, text.strip(), ctx.today)
            adapted = outcome.adapted_plan or adapted
            lines.append(say(lang, "injury_recorded", part=part_name(part, lang),
                             severity=name_of(SEVERITY_NAMES, outcome.injury.severity, lang),
                             advice=say(lang, f"injury_advice_{outcome.injury.severity.value}")))
        if adapted and adapted.adaptations:
            lines.append(say(lang, "injury_plan_adapted"))
            lines.extend(f"• {a}" for a in adapted.adaptations)
        return CoachReply("\n".join(lines), Intent.INJURY_REPORT, tools_used=["record_injury"])

    # --- memory and profile ------------------------------------------------------------------

    def _memory(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        found = _distinct(self._tools.search_memory(ctx.runner, text, k=5))[:3]
        if not found:
            return CoachReply(say(lang, "memory_none"), Intent.MEMORY_QUESTION, tools_used=["search_memory"])
        lines = [say(lang, "memory_header")]
        for hit in found:
            text = hit.document.text
            text = text if len(text) <= MEMORY_SNIPPET else text[:MEMORY_SNIPPET].rsplit(" ", 1)[0] + "…"
            lines.append(f"• {short_date(hit.document.created_at.date(), lang)}: {text}")
        return CoachReply("\n".join(lines), Intent.MEMORY_QUESTION, tools_used=["search_memory"])

    def _profile(self, ctx: CoachContext, text: str, report: RunReport) -> CoachReply:
        lang = ctx.runner.language
        f = fold(text)
        changes: dict[str, Any] = {"goal_race": answers.goal_in(text), "fitness_level": answers.level_in(text)}
        if has_any(f, ("dias", "veces", "days", "times")):
            changes["weekly_frequency"] = answers.frequency_in(text)
        if has_any(f, ("me llamo", "my name is", "llamame", "call me")):
            changes["name"] = answers.name_in(text)
        if re.search(r"\d+\s*(anos|years)", f):
            changes["age"] = answers.age_in(text)
        try:
            applied = self._tools.update_profile(ctx.runner, changes)
        except DomainError as error:
            return CoachReply(say(lang, "invalid_answer", reason=reason(lang, error)), Intent.PROFILE_UPDATE)
        if not applied:
            return CoachReply(say(lang, "profile_nothing"), Intent.PROFILE_UPDATE)
        shown = ", ".join(f"{name_of(FIELD_NAMES, k, lang)}: {_shown_value(k, v, lang)}" for k, v in applied.items())
        buttons = (CREATE_PLAN[lang],) if {"goal_race", "weekly_frequency", "fitness_level"} & applied.keys() else ()
        return CoachReply(say(lang, "profile_updated", changes=shown), Intent.PROFILE_UPDATE, buttons=buttons,
                          tools_used=["update_profile"])


def _shown_value(field: str, value, language: str) -> str:
    table = {"goal_race": GOAL_NAMES, "fitness_level": LEVEL_NAMES}.get(field)
    return name_of(table, value, language) if table else str(value)


def _distinct(recollections):
    """Drop a memory whose words another, closer one already says (a report and its run record)."""
    kept, seen = [], []
    for hit in recollections:
        words = set(fold(hit.document.text).split())
        if any(words <= other or other <= words for other in seen):
            continue
        kept.append(hit)
        seen.append(words)
    return kept
