"""VDOT: Daniels & Gilbert's measure of running fitness, and the paces and race times it implies.

Two equations from *Oxygen Power* (Daniels & Gilbert, 1979), the source of the tables in
*Daniels' Running Formula*:

* oxygen cost of running at v m/min:   VO2(v) = -4.60 + 0.182258 v + 0.000104 v²
* fraction of VO2max sustainable for t minutes:
      %max(t) = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t)

A race of d metres in t minutes gives VDOT = VO2(d / t) / %max(t). Training paces are the speeds
whose oxygen cost is a given fraction of VDOT (threshold ≈ 88 %, interval ≈ 97.5 %...), which is
how the published pace tables were built.

Pure functions only: no I/O.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from domain.errors import DomainError
from domain.pace import format_clock, format_pace, per_mile
from domain.run import Run
from domain.runner import FitnessLevel

# The range a VDOT estimate is clamped to: below 20 is walking pace, above 85 is beyond world class.
VDOT_MIN = 20.0
VDOT_MAX = 85.0

RACE_DISTANCES_M: dict[str, float] = {
    "1500m": 1500.0,
    "mile": 1609.344,
    "5k": 5000.0,
    "10k": 10000.0,
    "half": 21097.5,
    "marathon": 42195.0,
}

# Fractions of VDOT (VO2max) each training intensity costs. They reproduce the published
# Running Formula pace tables within a few seconds per km (see tests/unit/test_vdot.py):
#   E (easy/long): 63–73 %. Daniels' Running Formula (3rd ed., Table 5.2) prints E/L as a range,
#     e.g. VDOT 30 7:27–8:14/km, VDOT 50 4:56–5:34/km, VDOT 58 4:22–4:57/km, VDOT 70 3:44–4:15/km;
#     63 % and 73 % of VDOT reproduce every row from 30 to 85 within 3.5 s/km. (The old 67–74 %
#     gave a slow end 11–19 s/km faster than the table: runners rightly found "easy" too fast.)
#   T (threshold): 88 %
#   I (interval):  97.5 %
#   R (repetition): I pace minus 6 s per 400 m (Daniels' rule of thumb; the tables follow it)
#   M (marathon): the predicted marathon race pace itself.
EASY_FAST_FRACTION = 0.73
EASY_SLOW_FRACTION = 0.63
THRESHOLD_FRACTION = 0.88
INTERVAL_FRACTION = 0.975
REPETITION_GAIN_S_PER_400M = 6.0


# --- The two Daniels–Gilbert equations ------------------------------------------------------

def oxygen_cost(velocity_m_per_min: float) -> float:
    """ml O2 / kg / min needed to run at this speed."""
    v = velocity_m_per_min
    return -4.60 + 0.182258 * v + 0.000104 * v * v


def fraction_sustainable(minutes: float) -> float:
    """Fraction of VO2max a runner can hold for a race lasting this many minutes."""
    t = minutes
    return 0.8 + 0.1894393 * math.exp(-0.012778 * t) + 0.2989558 * math.exp(-0.1932605 * t)


def velocity_for_oxygen_cost(vo2: float) -> float:
    """Inverse of ``oxygen_cost``: the speed (m/min) whose cost is ``vo2`` (positive root)."""
    a, b, c = 0.000104, 0.182258, -4.60 - vo2
    return (-b + math.sqrt(b * b - 4 * a * c)) / (2 * a)


def _pace_at_fraction(vdot: float, fraction: float) -> float:
    """Seconds per km at the speed costing ``fraction`` of VDOT."""
    return 60000.0 / velocity_for_oxygen_cost(vdot * fraction)


# --- Race performance <-> VDOT -----------------------------------------------------------------

def vdot_from_race(distance_m: float, time_s: float) -> float:
    """The VDOT a race (or all-out effort) of ``distance_m`` metres in ``time_s`` seconds shows."""
    if not (distance_m > 0 and math.isfinite(distance_m)):
        raise DomainError(f"a race of {distance_m} m is not possible: distance must be positive")
    if not (time_s > 0 and math.isfinite(time_s)):
        raise DomainError(f"a race time of {time_s} s is not possible: time must be positive")
    minutes = time_s / 60.0
    return oxygen_cost(distance_m / minutes) / fraction_sustainable(minutes)


def race_time_for(vdot: float, distance_m: float) -> float:
    """Seconds a runner of this VDOT needs for ``distance_m`` metres, all out.

    VDOT falls strictly as the time over a fixed distance grows (faster is always fitter), so the
    time is found by bisection between an impossible 1000 m/min and a walking 10 m/min.
    """
    if not (vdot > 0 and math.isfinite(vdot)):
        raise DomainError(f"a VDOT of {vdot} is not possible: it must be positive")
    if not (distance_m > 0 and math.isfinite(distance_m)):
        raise DomainError(f"a race of {distance_m} m is not possible: distance must be positive")
    fast = distance_m / 1000.0 * 60.0   # seconds at 1000 m/min: VDOT far above any human
    slow = distance_m / 10.0 * 60.0     # seconds at 10 m/min: oxygen cost below zero
    if vdot_from_race(distance_m, slow) >= vdot or vdot_from_race(distance_m, fast) <= vdot:
        raise DomainError(f"no race time over {distance_m:g} m matches a VDOT of {vdot:g}")
    for _ in range(200):
        mid = (fast + slow) / 2.0
        if vdot_from_race(distance_m, mid) > vdot:
            fast = mid
        else:
            slow = mid
        if slow - fast < 1e-6:
            break
    return (fast + slow) / 2.0


def predicted_race_times(vdot: float) -> dict[str, float]:
    """Equivalent race times (seconds) for 1500 m, mile, 5k, 10k, half and marathon."""
    return {name: race_time_for(vdot, metres) for name, metres in RACE_DISTANCES_M.items()}


# --- Training paces ----------------------------------------------------------------------------

def _fmt_range(fast: float, slow: float) -> str:
    return f"{format_pace(fast)}–{format_pace(slow)}"


@attrs.frozen
class TrainingPaces:
    """Daniels' five training intensities for one VDOT, in seconds per km."""

    vdot: float
    easy: tuple[float, float]   # (fast, slow) end of the easy/long-run range
    marathon: float
    threshold: float
    interval: float
    repetition: float

    def _formatted(self, convert: Callable[[float], float]) -> dict[str, str]:
        return {
            "easy": _fmt_range(convert(self.easy[0]), convert(self.easy[1])),
            "marathon": format_pace(convert(self.marathon)),
            "threshold": format_pace(convert(self.threshold)),
            "interval": format_pace(convert(self.interval)),
            "repetition": format_pace(convert(self.repetition)),
        }

    def per_km(self) -> dict[str, str]:
        """Each pace as mm:ss per km (the easy one as a 'fast–slow' range)."""
        return self._formatted(lambda s: s)

    def per_mile(self) -> dict[str, str]:
        """Each pace as mm:ss per mile (the easy one as a 'fast–slow' range)."""
        return self._formatted(per_mile)


def training_paces(vdot: float) -> TrainingPaces:
    if not (vdot > 0 and math.isfinite(vdot)):
        raise DomainError(f"a VDOT of {vdot} is not possible: it must be positive")
    interval = _pace_at_fraction(vdot, INTERVAL_FRACTION)
    return TrainingPaces(
        vdot=vdot,
        easy=(_pace_at_fraction(vdot, EASY_FAST_FRACTION), _pace_at_fraction(vdot, EASY_SLOW_FRACTION)),
        marathon=race_time_for(vdot, RACE_DISTANCES_M["marathon"]) / (RACE_DISTANCES_M["marathon"] / 1000),
        threshold=_pace_at_fraction(vdot, THRESHOLD_FRACTION),
        interval=interval,
        repetition=interval - REPETITION_GAIN_S_PER_400M * 1000 / 400,
    )


# --- Estimating VDOT from what the runner logged ---------------------------------------------

# How much of an effort's "as if it were a race" VDOT to believe, by perceived effort (RPE).
# A race (or an RPE-10 effort) is taken at face value; the further a session was from an all-out
# effort, the less it is trusted. Runs below RPE 7, or with no RPE, only give a floor (see
# floor_vdot), discounted the most.
RPE_DISCOUNT: dict[int, float] = {10: 1.0, 9: 0.98, 8: 0.95, 7: 0.92}
LOW_EFFORT_FACTOR = 0.90

# With no usable run: a deliberately modest starting point per fitness level.
DEFAULT_VDOT: dict[FitnessLevel | None, float] = {
    FitnessLevel.BEGINNER: 30.0,
    FitnessLevel.INTERMEDIATE: 38.0,
    FitnessLevel.ADVANCED: 46.0,
    None: 30.0,
}

RECENT_WINDOW_DAYS = 56          # 8 weeks: older performances say little about today's fitness
MIN_DISTANCE_KM = 1.5            # the equations are fitted to races from 1500 m up

# Outlier rejection. A logged effort far from what the runner could plausibly run is a typo or a
# GPS glitch ("3 km en 9 minutos" is a 3:00/km pace: a 17-minute 5k), never a fitness basis:
# * above the level's ceiling (a VDOT 55 is a 18:22 5k, beyond a self-described intermediate;
#   Daniels' table puts club runners in the 40s and 50s);
# * or, for a non-race, more than 60 % above the median race-equivalent of the runner's other
#   recent runs (easy runs at Daniels' E pace show a race-equivalent ~30–45 % below true VDOT, so
#   a real hard session stays inside that; "3 km in 9 min" next to 6:00/km easy runs is ~1.9×).
LEVEL_CEILING: dict[FitnessLevel | None, float] = {
    FitnessLevel.BEGINNER: 48.0, FitnessLevel.INTERMEDIATE: 55.0, FitnessLevel.ADVANCED: VDOT_MAX, None: 55.0,
}
OUTLIER_RATIO = 1.6
# Stored runs from before Run.is_race existed carried the flag as a "race:" prefix in the notes.
_LEGACY_RACE_PREFIX = "race:"


_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_LEVEL_ES = {FitnessLevel.BEGINNER: "principiante", FitnessLevel.INTERMEDIATE: "intermedio",
             FitnessLevel.ADVANCED: "avanzado"}
_LEVEL_EN = {FitnessLevel.BEGINNER: "a beginner", FitnessLevel.INTERMEDIATE: "an intermediate runner",
             FitnessLevel.ADVANCED: "an advanced runner"}


@attrs.frozen
class VdotEstimate:
    vdot: float
    source: str                       # "race", "runs" or "default"
    explanation_es: str
    explanation_en: str
    runs_used: tuple[str, ...] = ()   # ids of the runs the estimate rests on
    # What the estimate rests on, as a code the application renders ("race", "hard_effort",
    # "easy_floor", "floor_over_effort", "default") and its values.
    code: str = "default"
    params: dict[str, str] = attrs.field(factory=dict)
    rejected: tuple[str, ...] = ()    # ids of runs dropped as outliers

    def explanation(self, language: str) -> str:
        return self.explanation_en if language == "en" else self.explanation_es


def is_race(run: Run) -> bool:
    """A race or all-out time trial: the runner said so (``Run.is_race``), unless logged as easy."""
    flagged = run.is_race or (run.notes or "").strip().lower().startswith(_LEGACY_RACE_PREFIX)
    return flagged and (run.perceived_effort is None or run.perceived_effort >= 7)


def clamp_vdot(vdot: float) -> float:
    return min(VDOT_MAX, max(VDOT_MIN, vdot))


def _facts_es(run: Run) -> str:
    d = run.date
    return (f"{round(run.distance_km, 2):g} km el {d.day} de {_MONTHS_ES[d.month - 1]} en "
            f"{format_clock(run.duration_s or 0)} ({format_pace(run.pace_s_per_km or 0)}/km)")


def _facts_en(run: Run) -> str:
    d = run.date
    return (f"{round(run.distance_km, 2):g} km on {_MONTHS_EN[d.month - 1]} {d.day} in "
            f"{format_clock(run.duration_s or 0)} ({format_pace(run.pace_s_per_km or 0)}/km)")


def _effort_es(run: Run) -> str:
    return f"con esfuerzo {run.perceived_effort}/10" if run.perceived_effort else "sin esfuerzo anotado"


def _effort_en(run: Run) -> str:
    return f"at effort {run.perceived_effort}/10" if run.perceived_effort else "with no effort logged"


def floor_vdot(run: Run) -> float:
    """What an easy run (RPE ≤ 6, or effort not logged) says about VDOT: a floor only.

    Whoever covers a distance in a time can race it at least that fast, so the race-equivalent
    VDOT bounds fitness from below. It gets the largest discount (×0.90): training logs are noisier
    than races (GPS, pauses), and an easier rating must never count for more than a harder one
    over the same run.
    """
    return vdot_from_race(run.distance_km * 1000, run.duration_s or 0) * LOW_EFFORT_FACTOR


def _default_estimate(fitness_level: FitnessLevel | None) -> VdotEstimate:
    vdot = DEFAULT_VDOT[fitness_level]
    es_level = f" para un nivel {_LEVEL_ES[fitness_level]}" if fitness_level else ""
    en_level = f" for {_LEVEL_EN[fitness_level]}" if fitness_level else ""
    return VdotEstimate(
        vdot=vdot,
        source="default",
        code="default",
        params={"vdot": f"{vdot:.0f}", "level": fitness_level.value if fitness_level else ""},
        explanation_es=(
            f"Todavía no tengo una carrera ni entrenamientos recientes con su tiempo, así que parto "
            f"de un VDOT prudente de {vdot:.0f}{es_level}. Cuando registres una carrera o un "
            f"esfuerzo fuerte cronometrado, ajusto tus ritmos."
        ),
        explanation_en=(
            f"I don't have a race or recent timed runs yet, so I'm starting from a cautious VDOT of "
            f"{vdot:.0f}{en_level}. Once you log a race or a timed hard effort, "
            f"I'll fine-tune your paces."
        ),
    )


def _clamp_note(vdot: float, value: float) -> tuple[str, str]:
    if vdot == round(value, 1):
        return "", ""
    return (f" (tu dato daba {value:.1f}; lo limité al rango {VDOT_MIN:.0f}–{VDOT_MAX:.0f})",
            f" (your data gave {value:.1f}; I kept it within {VDOT_MIN:.0f}–{VDOT_MAX:.0f})")


def estimate_vdot_from_runs(runs: list[Run], today: date,
                            fitness_level: FitnessLevel | None = None) -> VdotEstimate:
    """A conservative VDOT from the runner's recent log, with the reasons in Spanish and English.

    * Only runs from the last 8 weeks (up to ``today``), with a duration and of ≥ 1.5 km, count.
    * A race (called so in the notes, and not logged as easy) or an RPE-10 effort is taken at
      face value.
    * RPE 7–9 efforts are discounted (×0.92–0.98): a hard session is not a race.
    * Easier runs (RPE ≤ 6, or no RPE) only prove a floor (see ``floor_vdot``). They can lift a
      too-low estimate up to what they show, never beyond.
    * The best of these wins; with nothing usable, a modest default by fitness level.
    The result is clamped to 20–85.
    """
    since = today - timedelta(days=RECENT_WINDOW_DAYS)
    timed = [r for r in runs
             if r.duration_s is not None and since <= r.date <= today
             and r.distance_km >= MIN_DISTANCE_KM]
    usable, rejected = reject_outliers(timed, fitness_level)
    if not usable:
        return attrs.evolve(_default_estimate(fitness_level), rejected=tuple(r.id for r in rejected))
    estimate = _estimate(usable)
    return attrs.evolve(estimate, rejected=tuple(r.id for r in rejected))


def race_equivalent(run: Run) -> float:
    """The VDOT a run would show were it a race (its duration must be known)."""
    assert run.duration_s is not None
    return vdot_from_race(run.distance_km * 1000, run.duration_s)


def reject_outliers(runs: list[Run], fitness_level: FitnessLevel | None) -> tuple[list[Run], list[Run]]:
    """(kept, rejected): runs too fast for the runner to be a fitness basis (see LEVEL_CEILING)."""
    ceiling = LEVEL_CEILING[fitness_level]
    kept: list[Run] = []
    rejected: list[Run] = []
    for run in runs:
        value = race_equivalent(run)
        others = sorted(race_equivalent(o) for o in runs if o is not run)
        median = others[len(others) // 2] if others else None
        too_far = (not is_race(run) and median is not None and len(others) >= 2
                   and value > median * OUTLIER_RATIO)
        (rejected if value > ceiling or too_far else kept).append(run)
    return kept, rejected


def _estimate(usable: list[Run]) -> VdotEstimate:

    effort: tuple[float, Run, float] | None = None   # (discounted vdot, run, factor)
    floor: tuple[float, Run] | None = None
    # Newest first, so that of two equal performances the recent one is named.
    for run in sorted(usable, key=lambda r: r.date, reverse=True):
        factor = 1.0 if is_race(run) else RPE_DISCOUNT.get(run.perceived_effort or 0)
        if factor is None:
            low = floor_vdot(run)
            if floor is None or low > floor[0]:
                floor = (low, run)
            continue
        raw = vdot_from_race(run.distance_km * 1000, run.duration_s or 0)
        if effort is None or raw * factor > effort[0]:
            effort = (raw * factor, run, factor)

    if effort is not None and (floor is None or effort[0] >= floor[0]):
        value, run, factor = effort
        vdot = round(clamp_vdot(value), 1)
        note_es, note_en = _clamp_note(vdot, value)
        if factor == 1.0:
            race = is_race(run)
            what_es = "tu carrera" if race else "tu esfuerzo a tope (10/10)"
            what_en = "your race" if race else "your all-out effort (10/10)"
            es = (f"Calculé tu VDOT de {vdot:.1f}{note_es} con {what_es}: {_facts_es(run)}. "
                  f"Es la mejor referencia que tengo de tu forma actual.")
            en = (f"I worked out your VDOT of {vdot:.1f}{note_en} from {what_en}: {_facts_en(run)}. "
                  f"It's the best picture I have of your current fitness.")
            return VdotEstimate(vdot=vdot, source="race" if race else "runs",
                                explanation_es=es, explanation_en=en, runs_used=(run.id,),
                                code="race" if race else "all_out", params=_params(vdot, run))
        pct = round((1 - factor) * 100)
        es = (f"No tengo una carrera reciente, así que usé tu mejor esfuerzo fuerte: "
              f"{_facts_es(run)}, {_effort_es(run)}. Un entrenamiento no es una carrera, así que "
              f"le resté un {pct} % para ir con prudencia: VDOT {vdot:.1f}{note_es}.")
        en = (f"I don't have a recent race, so I used your best hard effort: {_facts_en(run)}, "
              f"{_effort_en(run)}. A workout isn't a race, so I took {pct}% off to stay on the safe "
              f"side: VDOT {vdot:.1f}{note_en}.")
        return VdotEstimate(vdot=vdot, source="runs", explanation_es=es, explanation_en=en,
                            runs_used=(run.id,), code="hard_effort",
                            params={**_params(vdot, run), "discount_pct": str(pct)})

    assert floor is not None
    value, run = floor
    vdot = round(clamp_vdot(value), 1)
    note_es, note_en = _clamp_note(vdot, value)
    if effort is None:
        how_es = ("fueron a ritmo cómodo, no a tope" if run.perceived_effort
                  else "no tienen el esfuerzo anotado y no sé si fueron a tope")
        how_en = ("were comfortable, not all-out" if run.perceived_effort
                  else "have no effort logged, so I can't tell if they were all-out")
        es = (f"Tus salidas recientes {how_es}, así que solo me dicen que tu "
              f"VDOT ronda al menos {vdot:.1f}{note_es}: lo saqué de {_facts_es(run)}, {_effort_es(run)}, "
              f"restando un 10 % por prudencia. Con una carrera o un esfuerzo fuerte cronometrado lo "
              f"afinamos.")
        en = (f"Your recent runs {how_en}, so they only tell me your VDOT is at "
              f"least about {vdot:.1f}{note_en}: I took it from {_facts_en(run)}, {_effort_en(run)}, "
              f"minus 10% to be cautious. A race or a timed hard effort will let me fine-tune it.")
        used: tuple[str, ...] = (run.id,)
        code, params = "easy_floor", _params(vdot, run)
    else:
        hard = effort[1]
        es = (f"Tu esfuerzo fuerte ({_facts_es(hard)}) daba un VDOT de {effort[0]:.1f} tras el "
              f"descuento por no ser carrera, pero {_facts_es(run)}, {_effort_es(run)}, demuestra que "
              f"estás al menos en {vdot:.1f}{note_es}, así que uso ese valor.")
        en = (f"Your hard effort ({_facts_en(hard)}) gave a VDOT of {effort[0]:.1f} after the discount "
              f"for not being a race, but {_facts_en(run)}, {_effort_en(run)}, shows you're at least "
              f"at {vdot:.1f}{note_en}, so I'm using that.")
        used = (run.id, hard.id)
        code, params = "floor_over_effort", {**_params(vdot, run), "effort_vdot": f"{effort[0]:.1f}"}
    return VdotEstimate(vdot=vdot, source="runs", explanation_es=es, explanation_en=en, runs_used=used,
                        code=code, params=params)


def _params(vdot: float, run: Run) -> dict[str, str]:
    return {"vdot": f"{vdot:.1f}", "km": f"{round(run.distance_km, 2):g}", "day": run.date.isoformat(),
            "time": format_clock(run.duration_s or 0), "pace": format_pace(run.pace_s_per_km or 0),
            "rpe": str(run.perceived_effort or "")}
