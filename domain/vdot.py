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

import functools
import math
from collections.abc import Callable, Sequence
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


# A goal time outside these VDOTs is not a goal for that distance ("sub 4" after a 4:05 rep is not a
# 4-hour 10k): 12 leaves room for walkers (a 7-hour marathon is ~18), 86 is about the world records.
GOAL_VDOT_MIN = 12.0
GOAL_VDOT_MAX = 86.0


def plausible_goal_time(distance_km: float, time_s: float) -> bool:
    """Whether a runner could aim for ``time_s`` over ``distance_km``: between a walk and a world record."""
    if distance_km <= 0 or time_s <= 0:
        return False
    return GOAL_VDOT_MIN <= vdot_from_race(distance_km * 1000, time_s) <= GOAL_VDOT_MAX


@functools.lru_cache(maxsize=1024)
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


@functools.lru_cache(maxsize=256)
def training_paces(vdot: float) -> TrainingPaces:
    """Daniels' paces for ``vdot``; kept per VDOT (a plan's sessions, its picture and its text ask
    for the same one dozens of times in a message: each asked a 60-step bisection again)."""
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


# --- Estimating VDOT from the runner's evidence ----------------------------------------------
#
# The order a coach trusts evidence in (Daniels' Running Formula, ch. 5: "use your most recent
# race performances ... a race of about 10–60 minutes is best"; time trials count as races):
#   1. races and time trials of the last ~6 months, newest preferred;
#   2. hard efforts by perceived effort (RPE): an RPE-6 run is not all out, so what it implies is
#      worked out from the share of VO2max that effort costs, not taken as a race;
#   3. easy runs (and runs with no effort logged): a floor only — whoever ran a distance in a time
#      can race it at least that fast — they may lift an estimate, never pull it down.
#   4. with no race and no hard effort at all, the runner's usual runs are read as what most running
#      is, easy running (Daniels: E pace is the bulk of the week, 59–74 % VO2max): the lowest VDOT
#      whose easy range still holds that pace (the pace at its fast end). That reading is an
#      assumption, so it never rises above the level's cautious default, and never falls below the
#      floor: a runner who runs 6 km in 38 min as usual is not told to jog at 8:30/km.
# The estimate falls only on evidence of lost fitness (time off running), by Daniels' "VDOT
# adjustments after time off" table (Running Formula 3rd ed., Table 9.x; vdoto2.com 2018).

# Share of VO2max a sustained effort at each RPE (Borg CR10) costs. Anchored on Daniels'
# intensities (Running Formula, ch. 4), each at the upper end so that a rating errs towards a
# lower VDOT: M pace ≈ 75–84 % VO2max ("moderate–hard", RPE 6), T pace ≈ 83–88 % ("comfortably
# hard", RPE 7), 10k–15k race effort ≈ 92 % (RPE 8), I pace ≈ 95–100 % (RPE 9).
# RPE 10 is all out: the share the duration allows (``fraction_sustainable``). A rating
# never claims more than the duration allows (2 h at "RPE 9" is an all-out 2 h).
RPE_FRACTION: dict[int, float] = {6: 0.84, 7: 0.88, 8: 0.92, 9: 0.96}
HARD_RPE_MIN = 6
LOW_EFFORT_FACTOR = 0.90

# With no usable run: a deliberately modest starting point per fitness level.
DEFAULT_VDOT: dict[FitnessLevel | None, float] = {
    FitnessLevel.BEGINNER: 30.0,
    FitnessLevel.INTERMEDIATE: 38.0,
    FitnessLevel.ADVANCED: 46.0,
    None: 30.0,
}

# About six months: a race from the last half-year still says what the runner can do while they
# keep training (Daniels: fitness holds with training, it is time off that costs it).
RECENT_WINDOW_DAYS = 183
# Recency weighting when two pieces of evidence compete: an older one must beat a newer one by
# more than 0.25 % per week of age difference to be preferred (a 4-month-old race needs a VDOT
# ~4 % above last month's to win). The chosen race's own VDOT is used unweighted.
RECENCY_LOSS_PER_WEEK = 0.0025
MIN_DISTANCE_KM = 1.5            # the equations are fitted to races from 1500 m up

# Daniels' VDOT adjustments after time off from running (FVDOT-1: no cross-training), days → factor.
TIME_OFF_FACTORS: tuple[tuple[int, float], ...] = (
    (5, 1.000), (6, 0.997), (7, 0.994), (10, 0.985), (14, 0.973), (21, 0.952), (28, 0.931),
    (35, 0.910), (42, 0.889), (49, 0.868), (56, 0.847), (63, 0.826), (70, 0.805), (72, 0.800),
)


def time_off_factor(days_off: int) -> float:
    """Daniels' FVDOT-1 for ``days_off`` days without running (linear between the table's rows)."""
    if days_off <= TIME_OFF_FACTORS[0][0]:
        return 1.0
    for (d0, f0), (d1, f1) in zip(TIME_OFF_FACTORS, TIME_OFF_FACTORS[1:], strict=False):
        if days_off <= d1:
            return round(f0 + (f1 - f0) * (days_off - d0) / (d1 - d0), 4)
    return TIME_OFF_FACTORS[-1][1]

# Outlier rejection. A logged effort far from what the runner could plausibly run is a typo or a
# GPS glitch ("3 km en 9 minutos" is a 3:00/km pace: a 17-minute 5k), never a fitness basis:
# * a run that is not a race above the level's ceiling (a VDOT 55 is a 18:22 5k, beyond a self-described
#   intermediate; Daniels' table puts club runners in the 40s and 50s); a race only above world class
#   (VDOT_MAX): a time the runner raced is their evidence, whatever level they call themselves;
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
    # What the estimate rests on, as a code the application renders ("race", "rpe_effort",
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


def easy_pace_vdot(run: Run) -> float:
    """The lowest VDOT for which the run's pace is an easy pace (the fast end of Daniels' E range)."""
    minutes = (run.duration_s or 0) / 60.0
    return oxygen_cost(run.distance_km * 1000 / minutes) / EASY_FAST_FRACTION


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


def estimate_vdot_from_runs(runs: Sequence[Run], today: date,
                            fitness_level: FitnessLevel | None = None, *,
                            time_off: Sequence[tuple[date, date]] = ()) -> VdotEstimate:
    """The runner's VDOT from the best evidence of the last ~6 months, and where it came from.

    * Races and time trials (``is_race``) and all-out (RPE 10) efforts: their VDOT as raced; of
      several, the best after recency weighting (``RECENCY_LOSS_PER_WEEK``).
    * Hard efforts (RPE 6–9) count when there is no race, or when newer than it: the VDOT they
      imply at the share of VO2max that effort costs (``RPE_FRACTION``).
    * Easy runs (RPE ≤ 5, or no effort logged) only lift the estimate to what they prove
      (``floor_vdot``); they never lower it.
    * Evidence loses value only for time off after it: the longest gap between logged runs, or a
      period in ``time_off`` (an injury that stopped running), by Daniels' table.
    With nothing usable, a modest default by fitness level. Clamped to 20–85.
    """
    since = today - timedelta(days=RECENT_WINDOW_DAYS)
    timed = [r for r in runs
             if r.duration_s is not None and since <= r.date <= today
             and r.distance_km >= MIN_DISTANCE_KM]
    usable, rejected = reject_outliers(timed, fitness_level)
    if not usable:
        default = attrs.evolve(_default_estimate(fitness_level), rejected=tuple(r.id for r in rejected))
        return _capped_by_an_older_race(default, runs, today, fitness_level)
    run_days = sorted({r.date for r in runs if since <= r.date <= today})
    estimate = _estimate(usable, today, run_days, time_off, DEFAULT_VDOT[fitness_level])
    return attrs.evolve(estimate, rejected=tuple(r.id for r in rejected))


# An older race still bounds the default: "a 10k in 58:00 last March" says VDOT ~34, and a level's default
# of 38 would set paces the runner has never shown (Daniels: paces come from what the runner has done).
OLDER_RACE_DAYS = 730


def _capped_by_an_older_race(default: VdotEstimate, runs: Sequence[Run], today: date,
                             fitness_level: FitnessLevel | None) -> VdotEstimate:
    since = today - timedelta(days=OLDER_RACE_DAYS)
    older = [r for r in runs if r.duration_s is not None and since <= r.date <= today
             and r.distance_km >= MIN_DISTANCE_KM and is_race(r)]
    older, _ = reject_outliers(older, fitness_level)
    if not older:
        return default
    race = max(older, key=lambda r: (race_equivalent(r), r.date))
    value = clamp_vdot(race_equivalent(race))
    if value >= default.vdot:
        return default
    return attrs.evolve(
        default, vdot=value, source="race", code="older_race", params=_params(value, race), runs_used=(race.id,),
        explanation_es=f"Parto del VDOT {value:.1f} de tu carrera de {race.distance_km:g} km del {race.date}, "
                       f"de hace más de medio año, y no de uno más alto.",
        explanation_en=f"I start from the VDOT {value:.1f} of your {race.distance_km:g} km race on {race.date}, more "
                       f"than six months ago, not a higher one.")


def effort_vdot(run: Run) -> float:
    """What a hard (RPE 6–9) or all-out (10) effort implies: VO2 of its speed over the share of
    VO2max that effort costs (never more than its duration allows)."""
    minutes = (run.duration_s or 0) / 60.0
    sustainable = fraction_sustainable(minutes)
    share = min(RPE_FRACTION.get(run.perceived_effort or 10, sustainable), sustainable)
    return oxygen_cost(run.distance_km * 1000 / minutes) / share


def days_off_after(day: date, run_days: Sequence[date], time_off: Sequence[tuple[date, date]],
                   today: date) -> int:
    """The longest spell without running after ``day``: a gap between two logged runs of a runner
    who was logging regularly (2+ runs in the 14 days before it), or a reported break (injury).
    A runner who simply did not log (a race told at onboarding, then nothing) is not assumed to
    have stopped running."""
    dates = sorted({day, *(d for d in run_days if d >= day)})
    gaps = [(b - a).days - 1 for a, b in zip(dates, dates[1:], strict=False)
            if sum(1 for d in run_days if a - timedelta(days=14) < d <= a) >= 2]
    breaks = [(min(end, today) - max(start, day)).days + 1 for start, end in time_off
              if end >= day and start <= today]
    return max([0, *gaps, *breaks])


def _estimate(usable: list[Run], today: date, run_days: Sequence[date],
              time_off: Sequence[tuple[date, date]], level_default: float) -> VdotEstimate:
    def weight(run: Run) -> float:
        return 1 - RECENCY_LOSS_PER_WEEK * (today - run.date).days / 7

    def kept(run: Run, value: float) -> tuple[float, int]:
        off = days_off_after(run.date, run_days, time_off, today)
        return value * time_off_factor(off), off

    races = [r for r in usable if is_race(r) or r.perceived_effort == 10]
    efforts = [r for r in usable if not is_race(r) and r.perceived_effort is not None
               and HARD_RPE_MIN <= r.perceived_effort < 10]
    floors = [r for r in usable if r not in races and r not in efforts]

    best: tuple[float, int, Run] | None = None          # (vdot after time off, days off, run)
    if races:
        race = max(races, key=lambda r: (race_equivalent(r) * weight(r), r.date))
        value, off = kept(race, race_equivalent(race))
        best = (value, off, race)
    newer = [r for r in efforts if best is None or r.date > best[2].date]
    if newer:
        effort = max(newer, key=lambda r: (effort_vdot(r) * weight(r), r.date))
        value, off = kept(effort, effort_vdot(effort))
        if best is None or value > best[0]:
            best = (value, off, effort)
    floor: tuple[float, int, Run] | None = None
    for run in floors:
        value, off = kept(run, floor_vdot(run))
        if floor is None or (value, run.date) > (floor[0], floor[2].date):
            floor = (value, off, run)
    if best is not None and (floor is None or best[0] >= floor[0]):
        return _explained(best, None)
    assert floor is not None
    if best is None:
        # No race, no hard effort: the usual runs read as easy running, up to the level's default (4. above).
        read: tuple[float, int, Run] | None = None
        for run in floors:
            value, off = kept(run, max(floor_vdot(run), min(level_default, easy_pace_vdot(run))))
            if read is None or (value, run.date) > (read[0], read[2].date):
                read = (value, off, run)
        if read is not None and read[0] > floor[0] + 0.05:
            return _explained(read, None, easy_pace=True)
    return _explained(floor, best)


def _explained(chosen: tuple[float, int, Run], beaten: tuple[float, int, Run] | None,
               easy_pace: bool = False) -> VdotEstimate:
    """The estimate with its reason: which run, how it was read, and any time off."""
    value, off, run = chosen
    vdot = round(clamp_vdot(value), 1)
    note_es, note_en = _clamp_note(vdot, value)
    params = _params(vdot, run)
    if off > TIME_OFF_FACTORS[0][0]:
        params.update(days_off=str(off), kept_pct=str(round(time_off_factor(off) * 100, 1)))
    if easy_pace:
        es = (f"Tomo tus salidas, como {_facts_es(run)}, como tu ritmo suave de siempre: corresponde a un VDOT "
              f"de {vdot:.1f}{note_es}. Con una carrera o una prueba cronometrada lo afino.")
        en = (f"I read your usual runs, like {_facts_en(run)}, as your easy pace: that points to a VDOT of "
              f"{vdot:.1f}{note_en}. A race or a timed effort will let me fine-tune it.")
        return VdotEstimate(vdot=vdot, source="runs", explanation_es=es, explanation_en=en, runs_used=(run.id,),
                            code="easy_pace", params=params)
    if is_race(run) or run.perceived_effort == 10:
        race = is_race(run)
        what_es = "tu carrera" if race else "tu esfuerzo a tope (10/10)"
        what_en = "your race" if race else "your all-out effort (10/10)"
        es = f"Calculé tu VDOT de {vdot:.1f}{note_es} con {what_es}: {_facts_es(run)}."
        en = f"I worked out your VDOT of {vdot:.1f}{note_en} from {what_en}: {_facts_en(run)}."
        code, source = ("race", "race") if race else ("all_out", "runs")
    elif run.perceived_effort is not None and run.perceived_effort >= HARD_RPE_MIN:
        share = min(RPE_FRACTION[run.perceived_effort], fraction_sustainable((run.duration_s or 0) / 60))
        params["share_pct"] = str(round(share * 100))
        es = (f"Usé tu esfuerzo fuerte: {_facts_es(run)}, {_effort_es(run)}. Ese esfuerzo no es a tope "
              f"(~{share * 100:.0f} % de tu VO2max), así que corresponde a un VDOT de {vdot:.1f}{note_es}.")
        en = (f"I used your hard effort: {_facts_en(run)}, {_effort_en(run)}. That effort isn't all out "
              f"(~{share * 100:.0f}% of your VO2max), so it points to a VDOT of {vdot:.1f}{note_en}.")
        code, source = "rpe_effort", "runs"
    else:
        es = (f"Tus salidas recientes solo me dicen que tu VDOT es al menos {vdot:.1f}{note_es}: lo "
              f"saqué de {_facts_es(run)}, {_effort_es(run)}, restando un 10 % por prudencia.")
        en = (f"Your recent runs only tell me your VDOT is at least {vdot:.1f}{note_en}: I took it from "
              f"{_facts_en(run)}, {_effort_en(run)}, minus 10% to be cautious.")
        code, source = ("easy_floor", "runs") if beaten is None else ("floor_over_effort", "runs")
        if beaten is not None:
            params["effort_vdot"] = f"{beaten[0]:.1f}"
    used = (run.id,) if beaten is None else (run.id, beaten[2].id)
    return VdotEstimate(vdot=vdot, source=source, explanation_es=es, explanation_en=en, runs_used=used,
                        code=code, params=params)


def _params(vdot: float, run: Run) -> dict[str, str]:
    return {"vdot": f"{vdot:.1f}", "km": f"{round(run.distance_km, 2):g}", "day": run.date.isoformat(),
            "time": format_clock(run.duration_s or 0), "pace": format_pace(run.pace_s_per_km or 0),
            "rpe": str(run.perceived_effort or "")}


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
        # A race is the runner's own evidence, whatever level they call themselves (a 17-year-old's 17:20 for
        # 3 miles is a VDOT ~58 "intermediate"): the ceiling guards runs that are not races (GPS glitches).
        limit = VDOT_MAX if is_race(run) else ceiling
        (rejected if value > limit or too_far else kept).append(run)
    return kept, rejected
