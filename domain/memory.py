"""What the coach remembers about a runner, as documents for semantic recall."""
from __future__ import annotations

import enum
from datetime import datetime

import attrs

from domain.ids import new_id


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
