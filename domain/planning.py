"""Builds a runner's next 14-day training block from their profile, VDOT, recent volume and injuries.

The rules a block always keeps (tests/unit/test_planning.py checks them for any profile):

* one session per day for 14 days;
* no more running days in a week than the runner's weekly frequency (3 when unknown);
* never two quality sessions (threshold, intervals, repetition, marathon pace) on consecutive days,
  across the week boundary too; beginners get at most one a week;
* load rises at most 10 %: week 1 ≤ 1.10 × last week's km (when known and > 0) and
  week 2 ≤ 1.10 × week 1. The one exception is a moderate injury: week 1 has no running at all and
  week 2 offers a couple of short, optional return-to-run jogs "if pain allows";
* every change from the standard block is explained in ``adaptations`` in the runner's language.

Distances are handled in tenths of a km (ints) so rounding can never break the 10 % rule.
Pure: no I/O.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from domain.errors import InvalidPlan
from domain.injury import Injury, Severity, body_part_name
from domain.pace import format_pace
from domain.plan import BLOCK_DAYS, Session, SessionKind, TrainingPlan
from domain.runner import SUPPORTED_LANGUAGES, FitnessLevel, GoalRace, Runner
from domain.vdot import VDOT_MAX, VDOT_MIN, TrainingPaces, training_paces

K = SessionKind
DEFAULT_FREQUENCY = 3
WEEK = 7

# Days of the week (0 = Monday … 6 = Sunday) to run on, by weekly frequency. Sunday carries the
# long run, as most runners have time for it on the weekend; rest days fall before it and between
# hard days. A block starting mid-week keeps these weekdays.
RUN_DAYS: dict[int, tuple[int, ...]] = {
    1: (6,),
    2: (2, 6),
    3: (1, 3, 6),
    4: (0, 2, 4, 6),
    5: (0, 1, 3, 4, 6),
    6: (0, 1, 2, 3, 4, 6),
    7: (0, 1, 2, 3, 4, 5, 6),
}
LONG_DAY = 6
# Where quality sessions go, best first: away from the long run (not the day after, not the day
# before it when avoidable).
QUALITY_DAY_PREFERENCE = (1, 3, 2, 4, 0, 5)

# A standard week's volume (km) by level and goal, before the frequency and history caps.
STANDARD_WEEKLY_KM: dict[FitnessLevel, dict[GoalRace | None, int]] = {
    FitnessLevel.BEGINNER: {GoalRace.FIVE_K: 15, GoalRace.TEN_K: 18, GoalRace.HALF: 22,
                            GoalRace.MARATHON: 25, None: 15},
    FitnessLevel.INTERMEDIATE: {GoalRace.FIVE_K: 28, GoalRace.TEN_K: 32, GoalRace.HALF: 38,
                                GoalRace.MARATHON: 45, None: 25},
    FitnessLevel.ADVANCED: {GoalRace.FIVE_K: 45, GoalRace.TEN_K: 50, GoalRace.HALF: 58,
                            GoalRace.MARATHON: 70, None: 40},
}
# The most a level averages per run: few runs a week mean a smaller week, not huge runs.
MAX_AVERAGE_RUN_KM = {FitnessLevel.BEGINNER: 6, FitnessLevel.INTERMEDIATE: 10, FitnessLevel.ADVANCED: 14}
LONG_RUN_CAP_KM = {FitnessLevel.BEGINNER: 12, FitnessLevel.INTERMEDIATE: 22, FitnessLevel.ADVANCED: 32}
GOAL_LONG_RUN_CAP_KM = {GoalRace.FIVE_K: 16, GoalRace.TEN_K: 20, GoalRace.HALF: 26,
                        GoalRace.MARATHON: 32, None: 16}

# Share of the week each kind of day takes, relative to an easy run.
WEIGHT = {K.EASY: 1.0, K.LONG: 1.8, K.THRESHOLD: 1.1, K.INTERVALS: 1.1, K.REPETITION: 0.9,
          K.MARATHON_PACE: 1.3}
MIN_RUN_TENTHS = 20        # a run shorter than 2 km is not worth the trip out the door
# Warm-up + work + cool-down need room: 3 km for short repetitions, 4 km for the rest.
MIN_QUALITY_TENTHS = {K.REPETITION: 30, K.THRESHOLD: 40, K.INTERVALS: 40, K.MARATHON_PACE: 40}

# Quality sessions by goal: (week 1 kinds, week 2 kinds), the first ones used when fewer fit.
QUALITY_ROTATION: dict[GoalRace | None, tuple[tuple[SessionKind, ...], tuple[SessionKind, ...]]] = {
    GoalRace.FIVE_K: ((K.INTERVALS, K.REPETITION), (K.INTERVALS, K.THRESHOLD)),
    GoalRace.TEN_K: ((K.THRESHOLD, K.INTERVALS), (K.INTERVALS, K.THRESHOLD)),
    GoalRace.HALF: ((K.THRESHOLD, K.MARATHON_PACE), (K.THRESHOLD, K.INTERVALS)),
    GoalRace.MARATHON: ((K.MARATHON_PACE, K.THRESHOLD), (K.THRESHOLD, K.MARATHON_PACE)),
    None: ((K.THRESHOLD, K.REPETITION), (K.REPETITION, K.THRESHOLD)),
}
# A beginner's one gentle quality session: short fast strides for the short races, short
# threshold blocks for the long ones.
BEGINNER_QUALITY = {GoalRace.FIVE_K: K.REPETITION, GoalRace.TEN_K: K.REPETITION,
                    GoalRace.HALF: K.THRESHOLD, GoalRace.MARATHON: K.THRESHOLD, None: K.REPETITION}

MILD_QUALITY_FACTOR = 0.8   # a quality day becomes an easy run this much shorter
MILD_LONG_FACTOR = 0.7      # the long run shrinks by 30 %
RETURN_RUN_TENTHS = 30      # moderate injury: week-2 jogs of at most 3 km
RETURN_RUNS = 2
MAX_CROSS_TRAINING_DAYS = 5

_WEEKDAYS = {"es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
             "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_KIND_NAME = {
    "es": {K.EASY: "rodaje suave", K.LONG: "tirada larga", K.THRESHOLD: "umbral",
           K.INTERVALS: "series", K.REPETITION: "repeticiones", K.MARATHON_PACE: "ritmo de maratón",
           K.CROSS_TRAINING: "entrenamiento cruzado", K.REST: "descanso"},
    "en": {K.EASY: "easy run", K.LONG: "long run", K.THRESHOLD: "threshold run",
           K.INTERVALS: "intervals", K.REPETITION: "repetitions", K.MARATHON_PACE: "marathon-pace run",
           K.CROSS_TRAINING: "cross-training", K.REST: "rest"},
}

_QUALITY_WITH_ARTICLE_ES = {K.THRESHOLD: "el umbral", K.INTERVALS: "las series",
                            K.REPETITION: "las repeticiones",
                            K.MARATHON_PACE: "el rodaje a ritmo de maratón"}


@attrs.define
class _Day:
    """A day while the block is being shaped: its kind and distance in tenths of a km."""
    kind: SessionKind = K.REST
    tenths: int = 0
    planned: SessionKind | None = None    # what it was before an injury changed it
    planned_tenths: int = 0
    return_run: bool = False              # moderate injury: an optional jog "if pain allows"
    mobility: bool = False                # severe injury: rest with gentle mobility


def _say(lang: str, es: str, en: str) -> str:
    return en if lang == "en" else es


def _day_label(d: date, lang: str) -> str:
    name = _WEEKDAYS[lang][d.weekday()]
    return f"{name} {d.day}" if lang == "es" else f"{name} {_MONTHS_EN[d.month - 1]} {d.day}"


def _join(items: list[int], label: Callable[[int], str], lang: str, last: str | None = None) -> str:
    words = [label(i) for i in items]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + (last or _say(lang, " y ", " and ")) + words[-1]


def _km(tenths: int) -> str:
    return f"{tenths / 10:g}"


def quality_sessions_per_week(level: FitnessLevel, runs_per_week: int) -> int:
    if runs_per_week <= 1:
        return 0
    if level is FitnessLevel.BEGINNER:
        return 1 if runs_per_week >= 3 else 0
    if level is FitnessLevel.INTERMEDIATE:
        return 1 if runs_per_week <= 3 else 2
    return 1 if runs_per_week == 2 else 2


def _quality_days(run_days: tuple[int, ...], count: int) -> list[int]:
    chosen: list[int] = []
    for day in QUALITY_DAY_PREFERENCE:
        if len(chosen) == count:
            break
        if day in run_days and day != LONG_DAY and all(abs(day - c) > 1 for c in chosen):
            chosen.append(day)
    return sorted(chosen)


def _week_layout(run_days: tuple[int, ...], level: FitnessLevel, goal: GoalRace | None,
                 week: int) -> dict[int, SessionKind]:
    """Kind of session on each running day of one week."""
    q_days = _quality_days(run_days, quality_sessions_per_week(level, len(run_days)))
    if level is FitnessLevel.BEGINNER:
        q_kinds: tuple[SessionKind, ...] = (BEGINNER_QUALITY[goal],)
    else:
        q_kinds = QUALITY_ROTATION[goal][week]
    layout = {}
    for day in run_days:
        if day == LONG_DAY:
            layout[day] = K.LONG
        elif day in q_days:
            layout[day] = q_kinds[q_days.index(day) % len(q_kinds)]
        else:
            layout[day] = K.EASY
    return layout


def _allocate(layout: dict[int, SessionKind], budget: int,
              long_cap: int) -> tuple[dict[int, int], dict[int, SessionKind], bool]:
    """Share ``budget`` tenths of a km among the running days by weight.

    Quality days too short to hold a workout become easy runs; if runs would be shorter than
    2 km, easy (then other) runs are dropped. Returns (distances, final kinds, dropped_any).
    The distances never add up to more than the budget.
    """
    kinds = dict(layout)
    dropped = False
    while True:
        if budget <= 0 or not kinds:
            return {}, {}, dropped   # nothing to run: the caller has already said why
        total_w = sum(WEIGHT[k] for k in kinds.values())
        shares = {d: math.floor(budget * WEIGHT[k] / total_w) for d, k in kinds.items()}
        weak_quality = [d for d, k in kinds.items() if k.is_quality and shares[d] < MIN_QUALITY_TENTHS[k]]
        if weak_quality:
            kinds[weak_quality[-1]] = K.EASY
            continue
        if len(kinds) > 1 and min(shares.values()) < MIN_RUN_TENTHS:
            # Drop an easy day first, keeping the long run to the end.
            order = sorted(kinds, key=lambda d: (kinds[d] is K.LONG, kinds[d].is_quality, -d))
            del kinds[order[0]]
            dropped = True
            continue
        for d, k in kinds.items():
            if k is K.LONG:
                shares[d] = min(shares[d], long_cap)
        return shares, kinds, dropped


def _pace_range(kind: SessionKind, paces: TrainingPaces) -> tuple[float, float] | None:
    def around(p: float, spread: float = 3.0) -> tuple[float, float]:
        return (round(p - spread, 1), round(p + spread, 1))
    if kind in (K.EASY, K.LONG):
        return (round(paces.easy[0], 1), round(paces.easy[1], 1))
    if kind is K.THRESHOLD:
        return around(paces.threshold)
    if kind is K.INTERVALS:
        return around(paces.interval)
    if kind is K.REPETITION:
        return around(paces.repetition)
    if kind is K.MARATHON_PACE:
        return around(paces.marathon)
    return None


def _seconds(value: float) -> str:
    value = round(value)
    return f"{value} s" if value < 100 else format_pace(value)


def _texts(day: _Day, level: FitnessLevel, paces: TrainingPaces, lang: str,
           body_part: str) -> tuple[str, str]:
    """(purpose, description) of one day, in the runner's language."""
    km = day.tenths / 10
    easy = f"{format_pace(paces.easy[0])}–{format_pace(paces.easy[1])}"
    beginner = level is FitnessLevel.BEGINNER
    warm = 1.5 if beginner else 2.0
    kind = day.kind
    if kind is K.EASY and day.return_run:
        return (
            _say(lang, f"Vuelta a correr de prueba, solo si tu {body_part} lo permite.",
                 f"A test return to running, only if your {body_part} allows it."),
            _say(lang,
                 f"Hasta {_km(day.tenths)} km muy suaves ({easy}/km o más lento; puedes alternar trote "
                 f"y caminata). Hazlo solo si caminas sin dolor y al trotar el dolor no pasa de 2/10; "
                 f"si aparece, para y haz 30 min de bici o elíptica en su lugar.",
                 f"Up to {_km(day.tenths)} km very easy ({easy}/km or slower; you can mix jogging and "
                 f"walking). Only if you walk pain-free and jogging stays at 2/10 pain or less; if it "
                 f"hurts, stop and do 30 min of bike or elliptical instead."),
        )
    if kind is K.EASY:
        return (
            _say(lang, "Rodaje suave: base aeróbica y recuperación.",
                 "Easy run: aerobic base and recovery."),
            _say(lang, f"{_km(day.tenths)} km a ritmo cómodo ({easy}/km): deberías poder conversar.",
                 f"{_km(day.tenths)} km at a comfortable pace ({easy}/km): you should be able to talk."),
        )
    if kind is K.LONG:
        return (
            _say(lang, "Tirada larga: resistencia y confianza para la distancia.",
                 "Long run: endurance and confidence for the distance."),
            _say(lang, f"{_km(day.tenths)} km suaves y constantes ({easy}/km). Lleva agua si pasas de una hora.",
                 f"{_km(day.tenths)} km easy and steady ({easy}/km). Carry water if it goes past an hour."),
        )
    if kind is K.THRESHOLD:
        t = paces.threshold
        work_min = min(40.0, max(10.0, km * 0.5 * t / 60))
        rep_min = 5 if beginner else (8 if level is FitnessLevel.INTERMEDIATE else 10)
        reps = max(1, round(work_min / rep_min))
        return (
            _say(lang, "Umbral: subir el ritmo que puedes sostener sin que se dispare la fatiga.",
                 "Threshold: raise the pace you can hold without fatigue piling up."),
            _say(lang,
                 f"{warm:g} km suaves de calentamiento, {reps} × {rep_min} min a ritmo umbral "
                 f"({format_pace(t)}/km, «cómodamente duro») con 1 min de trote entre cada uno, y "
                 f"enfriamiento suave hasta completar {_km(day.tenths)} km.",
                 f"{warm:g} km easy warm-up, {reps} × {rep_min} min at threshold pace "
                 f"({format_pace(t)}/km, 'comfortably hard') with 1 min jog between, then an easy "
                 f"cool-down to {_km(day.tenths)} km in total."),
        )
    if kind is K.INTERVALS:
        i = paces.interval
        rep_m = 800 if beginner or km < 8 else 1000
        reps = max(3, min(8, round(min(8.0, km * 0.4) * 1000 / rep_m)))
        return (
            _say(lang, "Series: mejorar tu VO2max, el motor aeróbico.",
                 "Intervals: build your VO2max, the aerobic engine."),
            _say(lang,
                 f"{warm:g} km suaves de calentamiento, {reps} × {rep_m} m en {_seconds(i * rep_m / 1000)} "
                 f"({format_pace(i)}/km) con trote suave del mismo tiempo entre series, y enfriamiento "
                 f"suave hasta completar {_km(day.tenths)} km.",
                 f"{warm:g} km easy warm-up, {reps} × {rep_m} m in {_seconds(i * rep_m / 1000)} "
                 f"({format_pace(i)}/km) with an equal-time easy jog between, then an easy cool-down "
                 f"to {_km(day.tenths)} km in total."),
        )
    if kind is K.REPETITION:
        r = paces.repetition
        rep_m = 200 if beginner or km < 7 else 400
        reps = max(4, min(12, round(min(5.0, max(1.2, km * 0.25)) * 1000 / rep_m)))
        return (
            _say(lang, "Repeticiones: velocidad y economía de carrera, sin llegar a agotarte.",
                 "Repetitions: speed and running economy, without getting exhausted."),
            _say(lang,
                 f"{warm:g} km suaves de calentamiento, {reps} × {rep_m} m en {_seconds(r * rep_m / 1000)} "
                 f"({format_pace(r)}/km), rápidos pero relajados, con {rep_m} m de trote o caminata "
                 f"entre cada una, y enfriamiento suave hasta completar {_km(day.tenths)} km.",
                 f"{warm:g} km easy warm-up, {reps} × {rep_m} m in {_seconds(r * rep_m / 1000)} "
                 f"({format_pace(r)}/km), fast but relaxed, with {rep_m} m of jogging or walking "
                 f"between, then an easy cool-down to {_km(day.tenths)} km in total."),
        )
    if kind is K.MARATHON_PACE:
        m = paces.marathon
        work = max(2, round(km * 0.6))
        return (
            _say(lang, "Ritmo de maratón: acostumbrar el cuerpo al ritmo de carrera.",
                 "Marathon pace: get your body used to race pace."),
            _say(lang,
                 f"{warm:g} km suaves, {work} km a ritmo de maratón ({format_pace(m)}/km) y el resto "
                 f"suave hasta completar {_km(day.tenths)} km.",
                 f"{warm:g} km easy, {work} km at marathon pace ({format_pace(m)}/km), and the rest "
                 f"easy to {_km(day.tenths)} km in total."),
        )
    if kind is K.CROSS_TRAINING:
        minutes = max(20, min(60, 5 * round(day.planned_tenths / 10 * paces.easy[1] / 60 / 5)))
        return (
            _say(lang, f"Entrenamiento cruzado: mantener la forma sin impacto sobre tu {body_part}.",
                 f"Cross-training: keep your fitness without impact on your {body_part}."),
            _say(lang,
                 f"{minutes} min de bicicleta, natación o elíptica a intensidad suave a moderada "
                 f"(puedes hablar), siempre sin dolor.",
                 f"{minutes} min of cycling, swimming or elliptical at an easy to moderate effort "
                 f"(you can talk), always pain-free."),
        )
    if day.mobility:
        return (
            _say(lang, f"Descanso para que tu {body_part} se recupere.",
                 f"Rest so your {body_part} can heal."),
            _say(lang,
                 "Sin correr. Si no duele, 10–15 min de movilidad suave o caminata corta. "
                 "Sigue las indicaciones de tu médico o fisioterapeuta.",
                 "No running. If it doesn't hurt, 10–15 min of gentle mobility or a short walk. "
                 "Follow your doctor's or physio's advice."),
        )
    return (
        _say(lang, "Descanso: el cuerpo asimila el entrenamiento.",
             "Rest: your body absorbs the training."),
        _say(lang, "Día libre. Si te apetece, 10–15 min de movilidad o una caminata suave.",
             "Day off. If you like, 10–15 min of mobility or an easy walk."),
    )


def _worst_active_injury(injuries: list[Injury]) -> Injury | None:
    active = [i for i in injuries if i.is_active]
    return max(active, key=lambda i: i.severity.rank) if active else None


def _adapt_to_injury(days: list[_Day], injury: Injury, start: date, lang: str) -> list[str]:
    """Reshape the block around the worst active injury; returns why, change by change."""
    part = body_part_name(injury.body_part.strip(), lang) or _say(lang, "zona lesionada", "injured area")
    notes: list[str] = []
    label = lambda i: _day_label(start + timedelta(days=i), lang)  # noqa: E731

    def remember(day: _Day) -> None:
        day.planned, day.planned_tenths = day.kind, day.tenths

    if injury.severity is Severity.MILD:
        notes.append(_say(
            lang,
            f"Con la molestia leve en tu {part} seguimos corriendo, pero solo suave: sin series ni "
            f"ritmos rápidos, y tiradas largas más cortas.",
            f"With the mild niggle in your {part} you keep running, but easy only: no intervals or "
            f"fast paces, and shorter long runs."))
        for i, day in enumerate(days):
            if day.kind.is_quality:
                remember(day)
                assert day.planned is not None
                day.kind, day.tenths = K.EASY, max(1, math.floor(day.tenths * MILD_QUALITY_FACTOR))
                notes.append(_say(
                    lang,
                    f"{label(i)}: cambié {_QUALITY_WITH_ARTICLE_ES[day.planned]} por un rodaje suave "
                    f"de {_km(day.tenths)} km; con la molestia en tu {part} evitamos la intensidad.",
                    f"{label(i)}: swapped the {_KIND_NAME['en'][day.planned]} for an easy run of "
                    f"{_km(day.tenths)} km; with the niggle in your {part} we skip intensity."))
            elif day.kind is K.LONG and day.tenths > 1:
                remember(day)
                day.tenths = max(1, math.floor(day.tenths * MILD_LONG_FACTOR))
                notes.append(_say(
                    lang,
                    f"{label(i)}: acorté la tirada larga de {_km(day.planned_tenths)} a "
                    f"{_km(day.tenths)} km para no cargar tu {part}.",
                    f"{label(i)}: shortened the long run from {_km(day.planned_tenths)} to "
                    f"{_km(day.tenths)} km to spare your {part}."))
        notes.append(_say(
            lang,
            f"Si la molestia en tu {part} aumenta al correr o cambia tu forma de pisar, para, "
            f"camina y cuéntame.",
            f"If the niggle in your {part} gets worse while running or changes your stride, stop, "
            f"walk, and tell me."))
        return notes

    if injury.severity is Severity.MODERATE:
        notes.append(_say(
            lang,
            f"La lesión en tu {part} duele al correr, así que la primera semana no corremos: "
            f"entrenamiento cruzado de bajo impacto o descanso, y en la segunda probamos trotes "
            f"cortos solo si el dolor lo permite.",
            f"The injury in your {part} hurts when you run, so there's no running in week 1: "
            f"low-impact cross-training or rest, and in week 2 a few short test jogs only if the "
            f"pain allows."))
        for week in (0, 1):
            idx = [i for i in range(week * WEEK, (week + 1) * WEEK) if days[i].kind.is_run]
            returns = idx[:RETURN_RUNS] if week == 1 else []
            crossed: list[int] = []
            rested: list[int] = []
            jogs: list[int] = []
            for i in idx:
                day = days[i]
                remember(day)
                if i in returns:
                    day.kind, day.tenths, day.return_run = K.EASY, min(day.tenths, RETURN_RUN_TENTHS), True
                    jogs.append(i)
                elif len(crossed) < MAX_CROSS_TRAINING_DAYS:
                    day.kind, day.tenths = K.CROSS_TRAINING, 0
                    crossed.append(i)
                else:
                    day.kind, day.tenths = K.REST, 0
                    rested.append(i)
            if crossed:
                notes.append(_say(
                    lang,
                    f"Semana {week + 1}: cambié las salidas del {_join(crossed, label, lang)} por "
                    f"entrenamiento cruzado de bajo impacto (bici, natación o elíptica), porque la "
                    f"lesión en tu {part} duele al correr.",
                    f"Week {week + 1}: replaced the runs on {_join(crossed, label, lang)} with "
                    f"low-impact cross-training (bike, swim or elliptical), because the injury in "
                    f"your {part} hurts when you run."))
            if rested:
                notes.append(_say(
                    lang,
                    f"Semana {week + 1}: descanso también el {_join(rested, label, lang, ' y el ')}, "
                    f"para que tu {part} se recupere.",
                    f"Week {week + 1}: {_join(rested, label, lang)} become rest days so your "
                    f"{part} can recover."))
            if jogs:
                notes.append(_say(
                    lang,
                    f"Semana 2: el {_join(jogs, label, lang, ' y el ')} tienes un trote corto de prueba "
                    f"(máx. {_km(RETURN_RUN_TENTHS)} km), solo si tu {part} lo permite: sin dolor al "
                    f"caminar y como mucho 2/10 al trotar. Si no, haz entrenamiento cruzado.",
                    f"Week 2: {_join(jogs, label, lang)} have a short test jog (max "
                    f"{_km(RETURN_RUN_TENTHS)} km), only if your {part} allows: pain-free walking and "
                    f"at most 2/10 pain jogging. Otherwise, cross-train."))
        return notes

    # SEVERE: no running at all.
    cancelled = [i for i, day in enumerate(days) if day.kind.is_run]
    for i in cancelled:
        remember(days[i])
        days[i].kind, days[i].tenths, days[i].mobility = K.REST, 0, True
    notes.append(_say(
        lang,
        f"Con una lesión fuerte en tu {part} no corremos estas dos semanas: cancelé las "
        f"{len(cancelled)} salidas previstas y las cambié por descanso y movilidad suave sin dolor.",
        f"With a severe injury in your {part} there's no running for these two weeks: I cancelled "
        f"the {len(cancelled)} planned runs and replaced them with rest and gentle, pain-free mobility."))
    notes.append(_say(
        lang,
        f"Por favor, consulta a un médico o fisioterapeuta por tu {part} antes de volver a correr; "
        f"cuando te den el alta, armamos la vuelta poco a poco.",
        f"Please see a doctor or physiotherapist about your {part} before running again; once "
        f"they clear you, we'll build your return step by step."))
    return notes


def _scale_week(days: list[_Day], week: int, cap: int) -> bool:
    """Shrink one week's runs so they add up to at most ``cap`` tenths. True if anything changed."""
    idx = [i for i in range(week * WEEK, (week + 1) * WEEK) if days[i].kind.is_run]
    total = sum(days[i].tenths for i in idx)
    if total <= cap:
        return False
    for i in idx:
        days[i].tenths = math.floor(days[i].tenths * cap / total) if total else 0
        if days[i].tenths <= 0:
            days[i].kind, days[i].tenths = K.REST, 0
    return True


def _week_tenths(days: list[_Day], week: int) -> int:
    return sum(d.tenths for d in days[week * WEEK:(week + 1) * WEEK] if d.kind.is_run)


def build_block(runner: Runner, vdot: float, start: date, recent_weekly_km: float | None,
                injuries: list[Injury], language: str | None = None,
                vdot_source: str = "") -> TrainingPlan:
    """The runner's next 14 days, one session a day, starting on ``start``.

    ``language`` defaults to the runner's; ``recent_weekly_km`` is what they ran last week (None
    when unknown). Only active injuries count, and the most severe one shapes the block.
    """
    lang = language or runner.language
    if lang not in SUPPORTED_LANGUAGES:
        lang = "es"
    if not (isinstance(vdot, (int, float)) and math.isfinite(vdot) and VDOT_MIN <= vdot <= VDOT_MAX):
        raise InvalidPlan(f"a VDOT of {vdot} is outside {VDOT_MIN:g}–{VDOT_MAX:g}: no sensible paces")
    if recent_weekly_km is not None and not (math.isfinite(recent_weekly_km) and recent_weekly_km >= 0):
        raise InvalidPlan(f"{recent_weekly_km} km last week is not possible")

    adaptations: list[str] = []
    frequency = runner.weekly_frequency or DEFAULT_FREQUENCY
    if runner.weekly_frequency is None:
        adaptations.append(_say(
            lang, f"No sé cuántos días por semana puedes correr, así que planifiqué {DEFAULT_FREQUENCY}.",
            f"I don't know how many days a week you can run, so I planned {DEFAULT_FREQUENCY}."))
    level = runner.fitness_level or FitnessLevel.BEGINNER
    if runner.fitness_level is None:
        adaptations.append(_say(
            lang, "Como aún no sé tu nivel, empiezo con un bloque de principiante y lo ajustamos.",
            "Since I don't know your level yet, I'm starting with a beginner block; we'll adjust it."))
    goal = runner.goal_race
    if goal is None:
        adaptations.append(_say(
            lang, "Sin una carrera objetivo, el bloque es de forma general; dime tu meta y lo enfoco.",
            "With no goal race, this is a general-fitness block; tell me your goal and I'll focus it."))

    paces = training_paces(vdot)
    run_days = RUN_DAYS[frequency]
    standard = 10 * min(STANDARD_WEEKLY_KM[level][goal], frequency * MAX_AVERAGE_RUN_KM[level])
    long_cap = 10 * min(LONG_RUN_CAP_KM[level], GOAL_LONG_RUN_CAP_KM[goal])

    # Week 1: the standard volume, unless last week's says to start lower.
    recent_cap: int | None = None
    week1_target = standard
    if recent_weekly_km is not None and recent_weekly_km > 0:
        recent_cap = max(0, math.floor(recent_weekly_km * 11 - 1e-6))   # 1.10 × recent, in tenths
        if recent_cap < standard:
            week1_target = recent_cap
            adaptations.append(_say(
                lang,
                f"La semana pasada corriste {round(recent_weekly_km, 1):g} km, así que empiezo con "
                f"{_km(recent_cap)} km como máximo: subir más de un 10 % por semana aumenta el riesgo "
                f"de lesión.",
                f"Last week you ran {round(recent_weekly_km, 1):g} km, so I start at {_km(recent_cap)} km at most: "
                f"adding more than 10% a week raises the risk of injury."))
    elif recent_weekly_km == 0:
        week1_target = math.floor(standard * 0.6)
        adaptations.append(_say(
            lang, "Como la semana pasada no corriste, empiezo con menos volumen del habitual.",
            "Since you didn't run last week, I start with less volume than usual."))

    days = [_Day() for _ in range(BLOCK_DAYS)]
    dropped_any = False
    week_totals: list[int] = []
    for week in (0, 1):
        if week == 0:
            budget = week1_target
        else:
            w1 = week_totals[0]
            ten_percent = math.floor(w1 * 11 / 10)
            # Catch up towards the standard week when below it, else a gentle 5 % step.
            budget = min(ten_percent, max(standard, round(w1 * 1.05)))
        layout = _week_layout(run_days, level, goal, week)
        shares, kinds, dropped = _allocate(layout, budget, long_cap)
        dropped_any |= dropped
        for d, kind in kinds.items():
            # Each 7-day window of the block holds every weekday once.
            days[week * WEEK + (d - start.weekday()) % WEEK] = _Day(kind=kind, tenths=shares[d])
        week_totals.append(sum(shares.values()))
    if dropped_any:
        adaptations.append(_say(
            lang,
            f"Con tan pocos kilómetros no tiene sentido salir {frequency} veces por semana: "
            f"planifiqué menos salidas para que cada una valga la pena.",
            f"With so few kilometres, {frequency} runs a week don't make sense: I planned fewer "
            f"so each one is worth it."))

    injury = _worst_active_injury(injuries)
    body_part = ""
    if injury is not None:
        body_part = body_part_name(injury.body_part.strip(), lang) or _say(lang, "zona lesionada", "injured area")
        adaptations.extend(_adapt_to_injury(days, injury, start, lang))

    # Last line of defence for the 10 % rule after the injury changes (they only shorten runs,
    # except a moderate injury's optional week-2 jogs after a week without running).
    if recent_cap is not None:
        _scale_week(days, 0, recent_cap)
    w1 = _week_tenths(days, 0)
    return_to_run = injury is not None and injury.severity is Severity.MODERATE and w1 == 0
    if not return_to_run and _scale_week(days, 1, math.floor(w1 * 11 / 10)) and injury is not None:
        adaptations.append(_say(
            lang, "Ajusté la segunda semana para que no suba más de un 10 % respecto a la primera.",
            "I trimmed week 2 so it's no more than 10% above week 1."))

    sessions = []
    for i, day in enumerate(days):
        purpose, description = _texts(day, level, paces, lang, body_part)
        sessions.append(Session(
            date=start + timedelta(days=i),
            kind=day.kind,
            distance_km=day.tenths / 10 if day.kind.is_run else 0.0,
            pace_s_per_km=_pace_range(day.kind, paces) if day.kind.is_run else None,
            purpose=purpose,
            description=description,
        ))
    return TrainingPlan(runner_id=runner.id, start=start, sessions=sessions, vdot=vdot,
                        adaptations=adaptations, vdot_source=vdot_source)
