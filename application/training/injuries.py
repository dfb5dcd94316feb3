"""Record and resolve injuries; an injury changes the active plan right away."""
from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import attrs

from application.ports import Clock, InjuryRepository, VectorMemory
from domain.injury import Injury, Severity, Side, body_part_name, triage_severity
from domain.memory import MemoryDocument, MemoryKind
from domain.plan import TrainingPlan
from domain.runner import Runner

log = logging.getLogger(__name__)


@attrs.define
class InjuryOutcome:
    injury: Injury
    adapted_plan: TrainingPlan | None

    @property
    def red_flags(self) -> tuple[str, ...]:
        return tuple(self.injury.red_flags)


@attrs.define
class InjuryUpdate:
    injury: Injury | None                 # None: no open injury matched
    status: str                           # better | worse | same | healed
    see_professional: bool = False
    adapted_plan: TrainingPlan | None = None


TRIAGE_FIELDS = ("pain", "pain_walking", "swelling")


def _apply_triage(injury: Injury, today: date, since_days: int | None = None, side: str | Side | None = None,
                  sharp: bool | None = None, trigger: str | None = None, since: date | None = None,
                  sharp_pain: bool | None = None, **triage: Any) -> None:
    """What the runner said of the pain; a later report adds to, never erases, what is known."""
    for field in TRIAGE_FIELDS:
        value = triage.get(field)
        if value is not None:
            setattr(injury, field, value)
    if side is not None:
        injury.side = Side(side)
    if sharp is not None or sharp_pain is not None:
        injury.sharp_pain = sharp if sharp is not None else sharp_pain
    if since is not None:
        injury.since = since
    elif since_days is not None:
        injury.since = today - timedelta(days=since_days)
    if trigger and trigger not in injury.description:
        injury.description = f"{injury.description} | {trigger}".strip(" |")[:1000]


def _triaged(injury: Injury) -> Severity:
    """The worse of what the runner's words said and what the triage answers say (domain.injury)."""
    triaged = triage_severity(injury.pain, injury.pain_walking, injury.swelling, injury.sharp_pain)
    return max(injury.severity, triaged, key=lambda s: s.rank)


class RecordInjury:
    def __init__(self, injuries: InjuryRepository, memory: VectorMemory, clock: Clock):
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, body_part: str, severity: Severity, description: str,
                 today: date, **triage: Any) -> Injury:
        """One open injury per body part and side: a new report of it updates its severity; a red flag
        (pain walking, swelling, sharp pain) makes it severe."""
        side = Side(triage["side"]) if triage.get("side") else None
        for open_injury in self._injuries.for_runner(runner.id, active_only=True):
            if open_injury.body_part == body_part and (side is None or open_injury.side in (None, side)):
                if severity.rank > open_injury.severity.rank:
                    open_injury.severity = severity
                if description and description not in open_injury.description:
                    # (what was told before stays: the sign first told, then the diagnosis)
                    open_injury.description = f"{open_injury.description} | {description}".strip(" |")[-1000:]
                _apply_triage(open_injury, today, **triage)
                open_injury.severity = _triaged(open_injury)
                self._injuries.update(open_injury)
                injury = open_injury
                break
        else:
            injury = Injury(runner_id=runner.id, body_part=body_part, severity=severity,
                            description=description, reported_on=today)
            _apply_triage(injury, today, **triage)
            injury.severity = _triaged(injury)
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


class UpdateInjury:
    """Better, worse, the same or healed: the injury's severity follows the runner's words."""

    def __init__(self, injuries: InjuryRepository, memory: VectorMemory, clock: Clock):
        self._injuries = injuries
        self._memory = memory
        self._clock = clock

    def __call__(self, runner: Runner, body_part: str | None, status: str, today: date, *,
                 pain: int | None = None, side: str | None = None, trigger: str | None = None,
                 pain_walking: bool | None = None, swelling: bool | None = None,
                 note: str | None = None, seen_by_professional: bool = False) -> InjuryUpdate:
        open_injuries = self._injuries.for_runner(runner.id, active_only=True)
        matching = [i for i in open_injuries if body_part is None or i.body_part == body_part]
        if side is not None:
            matching = [i for i in matching if i.side in (None, Side(side))] or matching
        if not matching or (body_part is None and len(matching) > 1):
            return InjuryUpdate(None, status)
        injury = matching[0]
        _apply_triage(injury, today, pain=pain, side=side, trigger=trigger, pain_walking=pain_walking,
                      swelling=swelling)
        if status == "healed":
            injury.resolved_on = today
        elif status == "better" and (seen_by_professional or not injury.needs_professional):
            # A red flag (severe, swelling, pain walking, sharp pain) is not downgraded on the runner's own
            # "ya me siento mejor": warning signs need a medical evaluation before a return to running
            # (ACSM's pre-participation and return-to-play guidance; heat illness: Casa et al., NATA
            # position statement 2015). Feeling better keeps it as it is until a professional has seen it.
            injury.severity = _one_step(injury.severity, -1)
        elif status == "worse":
            injury.severity = _one_step(injury.severity, +1)
        injury.severity = _triaged(injury) if status != "better" else injury.severity
        if note:
            injury.description = f"{injury.description} | {note}".strip(" |")[:1000]
        self._injuries.update(injury)
        try:
            self._memory.store(MemoryDocument(
                runner_id=runner.id, kind=MemoryKind.INJURY, created_at=self._clock.now(),
                text=_injury_text(injury, note or status, runner.language), metadata={"injury_id": injury.id},
            ))
        except Exception:
            log.exception("vector memory store failed", extra={"runner_id": runner.id})
        see = (status == "worse" and injury.severity is Severity.SEVERE) or bool(injury.red_flags) or (
            status == "better" and injury.needs_professional and not seen_by_professional)
        return InjuryUpdate(injury, status, see_professional=see)


def _one_step(severity: Severity, step: int) -> Severity:
    order = [Severity.MILD, Severity.MODERATE, Severity.SEVERE]
    return order[max(0, min(2, order.index(severity) + step))]


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
        return (f"Injury reported {injury.reported_on.isoformat()}: {body_part_name(injury.body_part, 'en')} "
                f"({injury.severity.value}). {description}").strip()
    severity = {"mild": "leve", "moderate": "moderada", "severe": "fuerte"}[injury.severity.value]
    return (f"Lesión reportada el {injury.reported_on.isoformat()}: {injury.body_part} ({severity}). "
            f"{description}").strip()


injury_text = _injury_text      # how an injury is remembered, also when the memory is rebuilt
