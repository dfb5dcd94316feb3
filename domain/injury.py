"""Injuries the runner reported: triage, red flags, and the return-to-run stage they allow.

Triage follows common sports-medicine practice for runners: where, which side, since when, pain
0–10, pain while walking, swelling. Red flags (swelling, pain walking, sharp pain) mean stop
running and see a professional. The return to running is gated by pain: a run may go on while
pain stays at or below 2/10 and is gone by the next morning (the "pain-monitoring model",
Silbernagel et al. 2007, used in most return-to-run protocols), progressing walk/run → easy
running → normal training.
"""
from __future__ import annotations

import enum
from datetime import date

import attrs

from domain.ids import new_id


class Severity(str, enum.Enum):
    MILD = "mild"          # niggle: easy running allowed, no impact quality work
    MODERATE = "moderate"  # pain while running: cross-training instead of running
    SEVERE = "severe"      # pain walking, swelling: rest and see a professional

    @property
    def rank(self) -> int:
        return {"mild": 1, "moderate": 2, "severe": 3}[self.value]


class Side(str, enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class ReturnStage(str, enum.Enum):
    """Where the runner is on the way back (each stage gated by pain ≤ 2/10)."""
    NO_RUNNING = "no_running"   # red flags or pain ≥ 6: rest/cross-train, see a professional
    WALK_RUN = "walk_run"       # pain 4–5, or pain while running: walk/run intervals only
    EASY_ONLY = "easy_only"     # pain ≤ 3, no red flag: easy running, shorter, no intensity
    NORMAL = "normal"           # no pain: back to the plan


PAIN_GATE = 2          # 0–10 scale: above this, a session stops (pain-monitoring model)
# A mild ache — up to 3/10, no swelling, no pain walking — keeps easy running with a check-in:
# the pain-monitoring model accepts running while pain stays ≤ 3 of 10 ("acceptable" zone 0–2,
# up to 5 tolerated in Silbernagel's protocol) and settles by the next morning.
MILD_PAIN_MAX = 3
WALK_RUN_MAX_PAIN = 5


@attrs.define
class Injury:
    runner_id: str
    body_part: str
    severity: Severity = Severity.MILD
    description: str = ""
    reported_on: date | None = None
    resolved_on: date | None = None
    id: str = attrs.field(factory=new_id)
    # Triage (None: not asked yet).
    side: Side | None = None
    since: date | None = None
    pain: int | None = None            # 0–10
    pain_walking: bool | None = None
    swelling: bool | None = None
    sharp_pain: bool | None = None

    @property
    def is_active(self) -> bool:
        return self.resolved_on is None

    @property
    def red_flags(self) -> tuple[str, ...]:
        """The warning signs that mean: stop running and see a doctor or physiotherapist."""
        flags = []
        if self.swelling:
            flags.append("swelling")
        if self.pain_walking:
            flags.append("pain_walking")
        if self.sharp_pain:
            flags.append("sharp_pain")
        return tuple(flags)

    @property
    def needs_professional(self) -> bool:
        return bool(self.red_flags) or self.severity is Severity.SEVERE

    @property
    def return_stage(self) -> ReturnStage:
        if self.needs_professional or (self.pain is not None and self.pain > WALK_RUN_MAX_PAIN):
            return ReturnStage.NO_RUNNING
        if self.pain is not None:
            mild = self.pain <= MILD_PAIN_MAX and self.severity is not Severity.MODERATE
            return ReturnStage.EASY_ONLY if mild else ReturnStage.WALK_RUN
        return ReturnStage.WALK_RUN if self.severity is Severity.MODERATE else ReturnStage.EASY_ONLY


def triage_severity(pain: int | None, pain_walking: bool | None = None, swelling: bool | None = None,
                    sharp_pain: bool | None = None, pain_running: bool | None = None) -> Severity:
    """Severity from the triage answers: any red flag is severe; pain that stops running, moderate."""
    if pain_walking or swelling or sharp_pain or (pain is not None and pain >= 7):
        return Severity.SEVERE
    if pain_running or (pain is not None and pain > MILD_PAIN_MAX):
        return Severity.MODERATE
    return Severity.MILD


# Body parts are stored by their Spanish name (the product's first language); English names for
# English-speaking runners.
ENGLISH_BODY_PARTS = {
    "rodilla": "knee", "tobillo": "ankle", "gemelo": "calf", "espinilla": "shin", "cadera": "hip",
    "espalda": "back", "pie": "foot", "talón": "heel", "isquiotibial": "hamstring",
    "cuádriceps": "quad", "tendón de Aquiles": "Achilles", "muslo": "thigh", "glúteo": "glute",
    "hombro": "shoulder", "cuello": "neck", "muñeca": "wrist", "mano": "hand", "codo": "elbow", "brazo": "arm",
    "costillas": "ribs",
    # Red flags that are not a muscle or a joint, recorded so that the plan pauses (application.understanding.safety).
    "pecho": "chest", "corazón": "heart", "corazon": "heart", "golpe de calor": "heat illness", "pierna": "leg",
}


def body_part_name(part: str, language: str) -> str:
    return ENGLISH_BODY_PARTS.get(part, part) if language == "en" else part
