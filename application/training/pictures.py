"""DrawPictures: the progress card and the plan picture, worded in the runner's language and units.

What the card shows, and why (a coach's review of the last weeks):

* the weekly volume of the last ``CARD_WEEKS`` weeks (Monday to Sunday, the current week so far):
  the load a coach looks at first, and the 10 % rule of thumb in Pfitzinger & Douglas, *Advanced
  Marathoning*, is judged week over week;
* the fitness trend: the VDOT the log shows at the end of each week (domain.vdot, Daniels'
  *Running Formula*: the same conservative estimate the plans use), and the race time it predicts
  for the runner's goal distance;
* the longest run of those weeks (the long run's progression), the sessions done versus planned in
  the current block, and the days to the goal race.

The words come from the catalogue (application.messages), the drawing from the renderer port. A
renderer that fails costs the picture, never the reply: ``None`` comes back and it is logged.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta

from application.messages import GOAL_NAMES, SESSION_NAMES, WEEKDAYS, name_of, say, short_date
from application.ports import PlanRepository, RunRepository
from application.ports.pictures import Picture, PictureRenderer, PlanDay, PlanPicture, ProgressCard, Tile
from application.training import measures
from domain.pace import KM_PER_MILE, format_clock
from domain.plan import SessionKind, TrainingPlan
from domain.run import Run
from domain.runner import Runner, Units
from domain.vdot import RECENT_WINDOW_DAYS, estimate_vdot_from_runs, predicted_race_times

log = logging.getLogger(__name__)

CARD_WEEKS = 10                 # 8-12 weeks: a season's base phase, and 10 bars read well on a phone
PROGRESS_CARD = "progress_card"
PLAN_PICTURE = "plan_picture"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: date, language: str) -> str:
    """'7/12' as Ecuador writes it; 'Dec 7' in English (no day/month ambiguity)."""
    return f"{_MONTHS_EN[day.month - 1]} {day.day}" if language == "en" else f"{day.day}/{day.month}"


def _in_units(km: float, units: Units) -> float:
    return km / KM_PER_MILE if units is Units.MILES else km


def _distance(km: float, units: Units) -> str:
    """One decimal on a picture ("6.5 mi", "12 km"): a tile or a calendar day has no room for more."""
    return measures.distance(round(_in_units(km, units), 1) * (KM_PER_MILE if units is Units.MILES else 1), units)


def card_since(today: date) -> date:
    """The first day of history a card needs: its first week, less the VDOT look-back."""
    return _first_monday(today) - timedelta(days=RECENT_WINDOW_DAYS)


def _first_monday(today: date) -> date:
    return today - timedelta(days=today.weekday() + 7 * (CARD_WEEKS - 1))


def progress_card(runner: Runner, today: date, history: Sequence[Run], plan: TrainingPlan | None) -> ProgressCard:
    """The card's content from the runner's runs since ``card_since(today)`` and their active plan."""
    language, units = runner.language, runner.units
    first = _first_monday(today)
    weeks = [first + timedelta(weeks=n) for n in range(CARD_WEEKS)]
    shown = [r for r in history if first <= r.date <= today]
    volumes = []
    for monday in weeks:
        km = sum(r.distance_km for r in shown if monday <= r.date < monday + timedelta(days=7))
        volumes.append((day_label(monday, language), round(_in_units(km, units), 1)))
    fitness = []
    last_vdot = None
    for monday in weeks:
        end = min(monday + timedelta(days=6), today)
        runs_so_far = [r for r in history if r.date <= end]
        if not any(monday <= r.date <= end for r in runs_so_far) and last_vdot is None:
            continue                                   # the trend starts with the first logged week
        estimate = estimate_vdot_from_runs(runs_so_far, end, runner.fitness_level)
        if estimate.source == "default":               # nothing timed in the window: no point
            continue
        last_vdot = estimate.vdot
        fitness.append((day_label(monday, language), round(estimate.vdot, 1)))
    goal = runner.goal_race.value if runner.goal_race else "10k"
    if last_vdot is not None:
        note = say(language, "card_prediction", race=name_of(GOAL_NAMES, goal, language),
                   time=format_clock(predicted_race_times(last_vdot)[goal]))
    else:
        note = say(language, "card_no_trend")
    longest = max((r.distance_km for r in shown), default=0.0)
    name = runner.display_name.split()[0] if runner.display_name else ""
    return ProgressCard(
        title=say(language, "card_title", name=name) if name else say(language, "card_title_nameless"),
        subtitle=say(language, "card_subtitle", weeks=CARD_WEEKS, day=short_date(today, language)),
        volume_title=say(language, "card_volume", unit=units.value),
        weeks=tuple(volumes),
        fitness_title=say(language, "card_fitness"),
        fitness=tuple(fitness),
        fitness_note=note,
        tiles=(Tile(_distance(longest, units) if longest else "—", say(language, "tile_longest")),
               _sessions_tile(language, today, history, plan),
               _race_tile(runner, today)),
        empty_note="" if shown else say(language, "card_empty"),
    )


def _sessions_tile(language: str, today: date, history: Sequence[Run], plan: TrainingPlan | None) -> Tile:
    """Running sessions of the block done (a run logged that day) over those due up to today."""
    if plan is None or plan.end < today:
        return Tile("—", say(language, "tile_no_plan"))
    runs = [s for s in plan.sessions if s.kind.is_run]
    due = [s for s in runs if s.date <= today]
    run_days = {r.date for r in history}
    done = sum(1 for s in due if s.date in run_days)
    return Tile(f"{done}/{len(due) if due else len(runs)}", say(language, "tile_sessions"))


def _race_tile(runner: Runner, today: date) -> Tile:
    language = runner.language
    if not runner.race_date or runner.race_date < today:
        return Tile("—", say(language, "tile_no_race"))
    days = (runner.race_date - today).days
    value = (say(language, "tile_race_today") if days == 0 else
             say(language, "tile_race_day_one") if days == 1 else say(language, "tile_race_days", days=days))
    label = (say(language, "tile_race_label", race=name_of(GOAL_NAMES, runner.goal_race, language))
             if runner.goal_race else say(language, "tile_race_label_nameless"))
    return Tile(value, label)


def plan_picture(runner: Runner, plan: TrainingPlan, today: date) -> PlanPicture:
    language, units = runner.language, runner.units
    days = []
    kinds: list[str] = []
    for session in plan.sessions:
        kind = session.kind.value
        if kind not in kinds:
            kinds.append(kind)
        detail = []
        if session.distance_km and session.kind is not SessionKind.REST:
            detail.append(_distance(session.distance_km, units))
        if session.pace_s_per_km:
            fast, slow = session.pace_s_per_km
            detail.append(measures.pace_range(fast, slow, units).rsplit("/", 1)[0])
        days.append(PlanDay(day_label(session.date, language), kind,
                            name_of(SESSION_NAMES, kind, language).capitalize(), "\n".join(detail),
                            today=session.date == today, past=session.date < today))
    first_weekday = plan.start.weekday()
    rows = (first_weekday + len(days) + 6) // 7
    totals = []
    for row in range(rows):
        in_row = [s for n, s in enumerate(plan.sessions) if (first_weekday + n) // 7 == row]
        km = sum(s.distance_km for s in in_row if s.kind is not SessionKind.REST)
        totals.append(say(language, "plan_week_total", distance=_distance(km, units)))
    return PlanPicture(
        title=say(language, "plan_title", start=short_date(plan.start, language), end=short_date(plan.end, language)),
        subtitle=say(language, "plan_subtitle", distance=_distance(plan.total_km, units),
                     vdot=f"{plan.vdot:.1f}"),
        weekdays=tuple(w.capitalize() for w in WEEKDAYS.get(language, WEEKDAYS["es"])),
        days=tuple(days),
        first_weekday=first_weekday,
        week_totals=tuple(totals),
        legend=tuple((k, name_of(SESSION_NAMES, k, language).capitalize()) for k in kinds),
    )


class DrawPictures:
    def __init__(self, runs: RunRepository, plans: PlanRepository, renderer: PictureRenderer):
        self._runs = runs
        self._plans = plans
        self._renderer = renderer

    def progress(self, runner: Runner, today: date, history: Sequence[Run] | None = None,
                 plan: TrainingPlan | None = None, *, plan_known: bool = False) -> Picture | None:
        """The runner's progress card, worded, to be drawn when it is sent (``draw``); ``history``
        and ``plan``: already loaded, e.g. by the scheduler's batch. None when it could not be made."""
        try:
            if history is None:
                history = self._runs.for_runner(runner.id, since=card_since(today))
            if not plan_known:
                plan = self._plans.active_for(runner.id)
            content = progress_card(runner, today, history, plan)
        except Exception:
            log.exception("progress card not drawn", extra={"runner_id": runner.id})
            return None
        return Picture(content, say(runner.language, "card_caption"), PROGRESS_CARD)

    def plan(self, runner: Runner, today: date, plan: TrainingPlan | None = None) -> Picture | None:
        """The active (or given) block as a two-week calendar, worded, to be drawn when it is sent;
        None without a plan or on failure."""
        try:
            plan = plan or self._plans.active_for(runner.id)
            if plan is None:
                return None
            content = plan_picture(runner, plan, today)
        except Exception:
            log.exception("plan picture not drawn", extra={"runner_id": runner.id})
            return None
        return Picture(content, say(runner.language, "plan_caption"), PLAN_PICTURE)

    def draw(self, content: ProgressCard | PlanPicture) -> bytes | None:
        """The PNG of a picture; None when the renderer failed (logged): it costs that picture only."""
        try:
            if isinstance(content, ProgressCard):
                return self._renderer.progress_card(content)
            return self._renderer.plan_picture(content)
        except Exception:
            log.exception("%s not drawn", "progress card" if isinstance(content, ProgressCard) else "plan picture")
            return None
