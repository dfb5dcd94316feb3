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


@attrs.define(frozen=True)
class Recollection:
    """A memory retrieved for a question, with how close it was (cosine, higher is closer)."""

    document: MemoryDocument
    score: float


def run_memory(run: "Run", created_at: datetime) -> MemoryDocument:
    """How a logged run is remembered: one sentence a coach could recall later."""
    parts = [f"Run on {run.date.isoformat()}: {run.distance_km:g} km"]
    if run.duration_s:
        parts.append(f"in {format_clock(run.duration_s)} ({format_pace(run.pace_s_per_km)}/km)")
    if run.perceived_effort:
        parts.append(f"RPE {run.perceived_effort}")
    text = " ".join(parts)
    for label, value in (("mood", run.mood), ("aches", run.aches), ("weather", run.weather), ("notes", run.notes)):
        if value:
            text += f"; {label}: {value}"
    return MemoryDocument(
        runner_id=run.runner_id, kind=MemoryKind.RUN, text=text, created_at=created_at,
        id=run.id, metadata={"run_id": run.id, "date": run.date.isoformat()},
    )
