"""Record and resolve injuries; an injury changes the active plan right away."""
from __future__ import annotations

import logging
from datetime import date

from application.ports import Clock, InjuryRepository, VectorMemory
from domain.injury import Injury, Severity
from domain.memory import MemoryDocument, MemoryKind
from domain.runner import Runner

log = logging.getLogger(__name__)


class RecordInjury:
    def __init__(self, injuries: InjuryRepository, memory: VectorMemory, clock: Clock):
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, body_part: str, severity: Severity, description: str,
                 today: date) -> Injury:
        """One open injury per body part: a new report of the same part updates its severity."""
        for open_injury in self._injuries.for_runner(runner.id, active_only=True):
            if open_injury.body_part == body_part:
                if severity.rank > open_injury.severity.rank:
                    open_injury.severity = severity
                open_injury.description = description or open_injury.description
                self._injuries.update(open_injury)
                injury = open_injury
                break
        else:
            injury = Injury(runner_id=runner.id, body_part=body_part, severity=severity,
                            description=description, reported_on=today)
            self._injuries.add(injury)
        try:
            self._memory.store(MemoryDocument(
                runner_id=runner.id, kind=MemoryKind.INJURY, created_at=self._clock.now(),
                text=_injury_text(injury, description, runner.language),
                metadata={"injury_id": injury.id},
            ))
        except Exception:
            log.exception("vector memory store failed", extra={"runner_id": runner.id})
        return injury


class ResolveInjury:
    def __init__(self, injuries: InjuryRepository):
        self._injuries = injuries

    def __call__(self, runner: Runner, body_part: str | None, today: date) -> list[Injury]:
        resolved = []
        for injury in self._injuries.for_runner(runner.id, active_only=True):
            if body_part is None or injury.body_part == body_part:
                injury.resolved_on = today
                self._injuries.update(injury)
                resolved.append(injury)
        return resolved


def _injury_text(injury: Injury, description: str, language: str) -> str:
    assert injury.reported_on is not None       # set when the injury is recorded
    if language == "en":
        return (f"Injury reported {injury.reported_on.isoformat()}: {injury.body_part} "
                f"({injury.severity.value}). {description}").strip()
    severity = {"mild": "leve", "moderate": "moderada", "severe": "fuerte"}[injury.severity.value]
    return (f"Lesión reportada el {injury.reported_on.isoformat()}: {injury.body_part} ({severity}). "
            f"{description}").strip()
