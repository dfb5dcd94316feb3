"""Injuries the runner reported, and how much they should change training."""
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


@attrs.define
class Injury:
    runner_id: str
    body_part: str
    severity: Severity = Severity.MILD
    description: str = ""
    reported_on: date | None = None
    resolved_on: date | None = None
    id: str = attrs.field(factory=new_id)

    @property
    def is_active(self) -> bool:
        return self.resolved_on is None


# Body parts are stored by their Spanish name (the product's first language); English names for
# English-speaking runners.
ENGLISH_BODY_PARTS = {
    "rodilla": "knee", "tobillo": "ankle", "gemelo": "calf", "espinilla": "shin", "cadera": "hip",
    "espalda": "back", "pie": "foot", "talón": "heel", "isquiotibial": "hamstring",
    "cuádriceps": "quad", "tendón de Aquiles": "Achilles", "muslo": "thigh", "glúteo": "glute",
    "hombro": "shoulder", "cuello": "neck",
}


def body_part_name(part: str, language: str) -> str:
    return ENGLISH_BODY_PARTS.get(part, part) if language == "en" else part
