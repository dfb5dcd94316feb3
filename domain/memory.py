"""What the coach remembers about a runner, as documents for semantic recall."""
from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from domain.ids import new_id
from domain.pace import format_clock, format_pace

if TYPE_CHECKING:
    from domain.run import Run


class MemoryKind(str, enum.Enum):
    RUN = "run"
    CONVERSATION = "conversation"
    INJURY = "injury"
    PLAN = "plan"


@attrs.define
class MemoryDocument:
    runner_id: str
    kind: MemoryKind
    text: str
    created_at: datetime
    id: str = attrs.field(factory=new_id)
    metadata: dict[str, str] = attrs.field(factory=dict)
    # The text whose vector finds this memory, when not ``text`` itself: a runner's message is
    # embedded as the intent classifier read it, so understanding it, searching the memory and
    # remembering it share one embedding. Not kept: only the vector is.
    embedded_as: str | None = attrs.field(default=None, eq=False)

    @property
    def text_to_embed(self) -> str:
        return self.embedded_as if self.embedded_as is not None else self.text


@attrs.define(frozen=True)
class Recollection:
    """A memory retrieved for a question, with how close it was (cosine, higher is closer)."""

    document: MemoryDocument
    score: float


# Words of the run record the parser stores as codes, as a coach says them.
_WORDS_ES = {"great": "genial", "good": "bien", "ok": "normal", "tired": "cansado", "bad": "mal",
             "rain": "lluvia", "hot": "calor", "cold": "frío", "wind": "viento", "sunny": "sol",
             "humid": "humedad", "fog": "neblina"}
_LABELS = {
    "es": {"run": "Carrera del {day}: {km:g} km", "time": "en {time} ({pace}/km)", "rpe": "esfuerzo {rpe}/10",
           "mood": "ánimo", "aches": "molestias", "weather": "clima", "notes": "notas"},
    "en": {"run": "Run on {day}: {km:g} km", "time": "in {time} ({pace}/km)", "rpe": "RPE {rpe}",
           "mood": "mood", "aches": "aches", "weather": "weather", "notes": "notes"},
}


def run_memory(run: Run, created_at: datetime, language: str = "es") -> MemoryDocument:
    """How a logged run is remembered: one sentence a coach could recall later, in the runner's language."""
    labels = _LABELS.get(language, _LABELS["es"])
    parts = [labels["run"].format(day=run.date.isoformat(), km=run.distance_km)]
    if run.duration_s and run.pace_s_per_km is not None:
        parts.append(labels["time"].format(time=format_clock(run.duration_s), pace=format_pace(run.pace_s_per_km)))
    if run.perceived_effort:
        parts.append(labels["rpe"].format(rpe=run.perceived_effort))
    text = " ".join(parts)
    for label, value in (("mood", run.mood), ("aches", run.aches), ("weather", run.weather), ("notes", run.notes)):
        if value:
            if language != "en":
                value = _WORDS_ES.get(value, value)
            text += f"; {labels[label]}: {value}"
    return MemoryDocument(
        runner_id=run.runner_id, kind=MemoryKind.RUN, text=text, created_at=created_at,
        id=run.id, metadata={"run_id": run.id, "date": run.date.isoformat()},
    )
