"""Should the runner run today? The plan's session, weighed against recent load and open injuries.

Rules (common coaching practice; Daniels' Running Formula ch. 3 "hard days followed by easy days",
and the usual injury triage: pain that changes the stride or hurts walking means no running):

* an open injury decides first: severe (or any red flag) → no running, see a professional;
  moderate → no running, cross-train only if pain-free; mild → easy running only, no quality;
* a run already logged today that covers the session → done, recover;
* a planned rest day stays a rest day (rest is where the adaptation happens);
* after a hard day (RPE ≥ 8 or a race) yesterday, or 5+ running days in the last 6, a quality
  session becomes an easy run;
* with no plan: 3+ running days in a row, or a hard day yesterday → rest or very easy; else an
  easy run is fine;
* what the runner says of their legs lowers the day: very sore (DOMS that changes how they walk,
  "no puedo bajar gradas") → rest, a walk or easy cross-training; sore → easy only (Cheung, Hume &
  Maxwell 2003, "Delayed onset muscle soreness": reduce intensity and volume 1–2 days, severe DOMS
  alters mechanics and raises injury risk; Pfitzinger's post-race recovery).

Pure: no I/O, no words (the application renders the advice in the runner's language).
"""
from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, timedelta

import attrs

from domain.injury import Injury, Severity
from domain.plan import Session
from domain.run import Run

HARD_RPE = 8
DENSE_DAYS = 5          # running days in the last 6 that make today's quality session easy
STREAK_DAYS = 3         # without a plan: this many days in a row → rest
DONE_SHARE = 0.8        # a run of at least 80 % of the session's distance covers it


class Advice(str, enum.Enum):
    RUN_AS_PLANNED = "run_as_planned"
    EASY_INSTEAD = "easy_instead"          # run, but easy (load or a mild ache)
    EASY_RUN = "easy_run"                  # no plan: an easy run is fine
    ALREADY_DONE = "already_done"
    REST_DAY = "rest_day"                  # the plan says rest
    REST = "rest"                          # no plan, but the body needs a day off
    CROSS_TRAIN = "cross_train"            # moderate injury
    SEE_PROFESSIONAL = "see_professional"  # severe injury or red flag


class Reason(str, enum.Enum):
    INJURY_SEVERE = "injury_severe"
    INJURY_MODERATE = "injury_moderate"
    INJURY_MILD = "injury_mild"
    HARD_YESTERDAY = "hard_yesterday"
    DENSE_WEEK = "dense_week"
    STREAK = "streak"
    DONE_TODAY = "done_today"
    PLANNED_REST = "planned_rest"
    NO_PLAN = "no_plan"
    SORE = "sore"                          # the runner says their legs are sore
    VERY_SORE = "very_sore"                # so sore that walking or stairs hurt


@attrs.frozen
class Readiness:
    advice: Advice
    reasons: tuple[Reason, ...] = ()
    session: Session | None = None       # today's planned session, when there is a plan
    injury: Injury | None = None         # the injury that decided, if one did
    done_km: float = 0.0                 # already run today


def _worst(injuries: Sequence[Injury]) -> Injury | None:
    active = [i for i in injuries if i.is_active]
    return max(active, key=lambda i: i.severity.rank) if active else None


def _running_days(runs: Sequence[Run], today: date, days: int) -> set[date]:
    return {r.date for r in runs if today - timedelta(days=days) <= r.date < today}


def _streak(runs: Sequence[Run], today: date) -> int:
    days = {r.date for r in runs}
    count, day = 0, today - timedelta(days=1)
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def readiness(today: date, session: Session | None, recent_runs: Sequence[Run],
              injuries: Sequence[Injury], has_plan: bool, soreness: int = 0) -> Readiness:
    """``recent_runs``: the runner's runs of (at least) the last 7 days, today's included.
    ``soreness``: what the runner said of their legs today (0 nothing, 1 sore, 2 very sore)."""
    injury = _worst(injuries)
    if injury is not None and (injury.severity is Severity.SEVERE or getattr(injury, "has_red_flag", False)):
        return Readiness(Advice.SEE_PROFESSIONAL, (Reason.INJURY_SEVERE,), session, injury)
    if injury is not None and injury.severity is Severity.MODERATE:
        return Readiness(Advice.CROSS_TRAIN, (Reason.INJURY_MODERATE,), session, injury)

    done_km = round(sum(r.distance_km for r in recent_runs if r.date == today), 2)
    planned_km = session.distance_km if session is not None and session.kind.is_run else 0.0
    if done_km and (not planned_km or done_km >= DONE_SHARE * planned_km):
        return Readiness(Advice.ALREADY_DONE, (Reason.DONE_TODAY,), session, injury, done_km)

    if soreness >= 2:
        return Readiness(Advice.REST, (Reason.VERY_SORE,), session, injury, done_km)
    if soreness == 1 and session is not None and session.kind.is_run:
        return Readiness(Advice.EASY_INSTEAD, (Reason.SORE,), session, injury, done_km)
    yesterday = [r for r in recent_runs if r.date == today - timedelta(days=1)]
    hard_yesterday = any(r.is_race or (r.perceived_effort or 0) >= HARD_RPE for r in yesterday)
    dense = len(_running_days(recent_runs, today, 6)) >= DENSE_DAYS

    if has_plan and session is not None:
        if not session.kind.is_run:
            return Readiness(Advice.REST_DAY, (Reason.PLANNED_REST,), session, injury, done_km)
        reasons: list[Reason] = []
        if injury is not None:
            reasons.append(Reason.INJURY_MILD)
        if hard_yesterday:
            reasons.append(Reason.HARD_YESTERDAY)
        if dense:
            reasons.append(Reason.DENSE_WEEK)
        # (an easy run is already what a mild ache allows: it is run as planned, the reason said with it)
        if reasons and (session.kind.is_quality or session.kind.value == "long"):
            return Readiness(Advice.EASY_INSTEAD, tuple(reasons), session, injury, done_km)
        return Readiness(Advice.RUN_AS_PLANNED, tuple(reasons), session, injury, done_km)

    # No plan (or a day outside it): judge from the recent load alone.
    if _streak(recent_runs, today) >= STREAK_DAYS:
        return Readiness(Advice.REST, (Reason.NO_PLAN, Reason.STREAK), None, injury, done_km)
    if hard_yesterday:
        return Readiness(Advice.REST, (Reason.NO_PLAN, Reason.HARD_YESTERDAY), None, injury, done_km)
    reasons = [Reason.NO_PLAN] + ([Reason.INJURY_MILD] if injury is not None else [])
    return Readiness(Advice.EASY_RUN, tuple(reasons), None, injury, done_km)
