"""One message reads the runner's runs, plan, injuries and held scheduled messages once.

Answering a message, the context, the tools and the use cases they call each asked the store for
the same things: a run report read the active plan three times and the runs four times (issue 23:
16 statements in 19 round trips). ``MessageReads`` wraps the repositories the use cases are given;
while a message of a runner is being answered (``with reads.scope(runner_id, today):``, opened by
the coach), the first read of that runner fetches everything a message usually needs in one
exchange (``FactsReader``: on PostgreSQL one pipeline, one round trip) and later reads are answered
from it. Writes go to the store and update what is held (a logged run joins the runs) or drop it
(the next read goes to the store), so a message always reads what it wrote. Outside a scope, or
for another runner, or for what the facts do not cover (an older window, every injury), each read
goes to the store as before.

The scope is a ``ContextVar``: a thread or a task answering another message never sees it.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from datetime import date, timedelta
from typing import Any

import attrs

from application.ports import (
    CrossTrainingRepository,
    FactsReader,
    FactsRequest,
    InjuryRepository,
    PlanRepository,
    ProgressSummaryRecord,
    ProgressSummaryRepository,
    RunnerFacts,
    RunRepository,
)
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.milestones import RunRecords
from domain.plan import TrainingPlan
from domain.run import Run
from domain.vdot import RECENT_WINDOW_DAYS

# The runs a message may compare with: the run rules' 8 weeks (log_run.history_for_rules) from a run
# dated up to a week back, the progress summary's two periods and fitness lookback (≤ 8 weeks).
WINDOW_DAYS = RECENT_WINDOW_DAYS + 7
RECENT_RUNS = 5                  # the coach's context (application.coach.context.RECENT_RUNS)
LONGEST_DAYS = 120               # the run rules' longest runs (application.training.log_run.HISTORY_DAYS)
LONGEST_RUNS = 2


@attrs.define
class _Held:
    """What one message has read of its runner, kept up to date with what it writes."""
    runner_id: str
    today: date
    reader: FactsReader | None
    facts: RunnerFacts | None = None
    runs_known: bool = False         # ``facts.runs`` / ``recent`` / ``longest`` reflect the store
    plan_known: bool = False
    injuries_known: bool = False
    undelivered_known: bool = False
    cross_training_known: bool = False
    wider_since: date | None = None    # an earlier start of the runs read (a progress card's history)
    added_runs: list[Run] = attrs.Factory(list)
    records: dict[tuple[date, frozenset[str]], RunRecords] = attrs.Factory(dict)

    @property
    def runs_since(self) -> date:
        usual = self.today - timedelta(days=WINDOW_DAYS)
        return min(usual, self.wider_since) if self.wider_since is not None else usual

    @property
    def longest_since(self) -> date:
        return self.today - timedelta(days=LONGEST_DAYS)

    def load(self) -> RunnerFacts | None:
        if self.facts is None and self.reader is not None:
            self.facts = self.reader.read(FactsRequest(self.runner_id, self.runs_since, RECENT_RUNS,
                                                       self.longest_since, LONGEST_RUNS))
            self.runs_known = self.plan_known = self.injuries_known = True
            self.undelivered_known = self.facts.undelivered is not None
            self.cross_training_known = self.facts.cross_training is not None
        return self.facts


_scope: ContextVar[_Held | None] = ContextVar("andes_message_reads", default=None)


class MessageReads:
    """The repositories a message's use cases read through (``runs``, ``plans``, ``injuries``,
    ``summaries``, ``cross_training``), and the scope in which they share what was read."""

    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository,
                 summaries: ProgressSummaryRepository, reader: FactsReader | None = None,
                 cross_training: CrossTrainingRepository | None = None):
        self.runs = HeldRuns(runs, self._held)
        self.plans = HeldPlans(plans, self._held)
        self.injuries = HeldInjuries(injuries, self._held)
        self.summaries = HeldSummaries(summaries, self._held)
        self.cross_training = HeldCrossTraining(cross_training, self._held) if cross_training is not None else None
        self._reader = reader or RepositoryFacts(runs, plans, injuries, summaries, cross_training)

    @contextlib.contextmanager
    def scope(self, runner_id: str, today: date, held: object | None = None,
              runs_since: date | None = None) -> Iterator[object]:
        """Reads of ``runner_id`` inside the block share one fetch (a nested scope for the same
        runner joins the outer one). It yields what it holds: ``scope(..., held=it)`` later in the
        same message (its closing step) goes on from there instead of reading again.
        ``runs_since``: the message will read the runs from that day on, earlier than the usual
        window (a progress card's VDOT trend): they come in the same fetch."""
        current = _scope.get()
        if current is not None and current.runner_id == runner_id:
            yield current
            return
        kept = held if isinstance(held, _Held) and held.runner_id == runner_id else None
        token = _scope.set(kept or _Held(runner_id, today, self._reader, wider_since=runs_since))
        try:
            yield _scope.get()
        finally:
            _scope.reset(token)

    @staticmethod
    def _held(runner_id: str) -> _Held | None:
        held = _scope.get()
        if held is None or held.runner_id != runner_id:
            return None
        held.load()
        return held


Held = Callable[[str], "_Held | None"]


class _Wrapper:
    def __init__(self, inner: Any, held: Held):
        self._inner = inner
        self._get = held

    def __getattr__(self, name: str) -> Any:      # what is not held: straight to the store
        return getattr(self._inner, name)


class HeldRuns(_Wrapper):
    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        held = self._get(runner_id)
        if held is not None and held.runs_known and held.facts is not None:
            if since is not None and since >= held.runs_since:
                found = [r for r in held.facts.runs if r.date >= since]
                return found[:limit] if limit else found
            if since is None and limit and limit <= len(held.facts.recent):
                return list(held.facts.recent[:limit])
            if since is None and limit and len(held.facts.recent) < RECENT_RUNS:   # all they have
                return list(held.facts.recent[:limit])
        return self._inner.for_runner(runner_id, since=since, limit=limit)

    def longest(self, runner_id: str, since: date, limit: int = 2) -> list[Run]:
        held = self._get(runner_id)
        if held is not None and held.runs_known and held.facts is not None and since == held.longest_since:
            found = held.facts.longest
            if limit <= len(found) or len(found) < LONGEST_RUNS:       # fewer: all the window has
                return list(found[:limit])
        return self._inner.longest(runner_id, since=since, limit=limit)

    def records(self, runner_id: str, since: date, exclude: Sequence[str] = ()) -> RunRecords:
        held = self._get(runner_id)
        if held is None:
            return self._inner.records(runner_id, since=since, exclude=exclude)
        key = (since, frozenset(exclude))
        if key not in held.records:
            held.records[key] = self._inner.records(runner_id, since=since, exclude=exclude)
        return held.records[key]

    def add(self, run: Run) -> None:
        self._inner.add(run)
        held = self._get(run.runner_id)
        if held is None:
            return
        held.records.clear()
        if held.facts is None or not held.runs_known:
            return
        facts = held.facts
        # Newest first, as the store orders them: by date, then by when it was logged (this one last).
        window = [run, *facts.runs] if run.date >= held.runs_since else list(facts.runs)
        recent = [run, *facts.recent]
        window.sort(key=lambda r: r.date, reverse=True)
        recent.sort(key=lambda r: r.date, reverse=True)
        longest = list(facts.longest)
        if run.date >= held.longest_since:
            longest = sorted([*longest, run], key=lambda r: -r.distance_km)[:LONGEST_RUNS]
        held.facts = attrs.evolve(facts, runs=window, recent=recent[:RECENT_RUNS], longest=longest)

    def update(self, run: Run) -> None:
        self._inner.update(run)
        self._forget(run.runner_id)

    def delete(self, run_id: str) -> bool:
        held = _scope.get()
        if held is not None:
            held.runs_known = False
            held.records.clear()
        return bool(self._inner.delete(run_id))

    def _forget(self, runner_id: str) -> None:
        held = self._get(runner_id)
        if held is not None:
            held.runs_known = False
            held.records.clear()


class HeldPlans(_Wrapper):
    def active_for(self, runner_id: str) -> TrainingPlan | None:
        held = self._get(runner_id)
        if held is not None and held.plan_known and held.facts is not None:
            return held.facts.active_plan
        return self._inner.active_for(runner_id)

    def activate(self, plan: TrainingPlan) -> None:
        self._inner.activate(plan)
        held = self._get(plan.runner_id)
        if held is not None and held.facts is not None:
            held.facts = attrs.evolve(held.facts, active_plan=plan)
            held.plan_known = True

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if callable(attribute) and name not in ("history", "active_for_runners"):
            # Any other write (deactivating, renewing…): what is held may be stale.
            def write(*args: Any, **kwargs: Any) -> Any:
                held = _scope.get()
                if held is not None:
                    held.plan_known = False
                return attribute(*args, **kwargs)
            return write
        return attribute


class HeldInjuries(_Wrapper):
    def for_runner(self, runner_id: str, active_only: bool = False) -> list[Injury]:
        held = self._get(runner_id)
        if held is not None and held.injuries_known and held.facts is not None:
            if active_only:
                return list(held.facts.open_injuries)
            if held.facts.injuries is not None:
                return list(held.facts.injuries)
        return self._inner.for_runner(runner_id, active_only=active_only)

    def add(self, injury: Injury) -> None:
        self._inner.add(injury)
        self._keep(injury, new=True)

    def update(self, injury: Injury) -> None:
        self._inner.update(injury)
        self._keep(injury, new=False)

    @staticmethod
    def _keep(injury: Injury, new: bool) -> None:
        """What is held takes the written injury as the store would answer: in the order reported (a
        new one last, an updated one where it was), among the open ones while not resolved. One that
        was not held (its place is its report's) is read again."""
        held = _scope.get()
        if held is None or held.runner_id != injury.runner_id or held.facts is None or not held.injuries_known:
            return
        every = held.facts.injuries
        if every is not None:
            if any(i.id == injury.id for i in every):
                every = [injury if i.id == injury.id else i for i in every]
            elif new:
                every = [*every, injury]
            else:
                held.injuries_known = False
                return
            kept = [i for i in every if i.resolved_on is None]
        else:                           # only the open ones are held
            ids = [i.id for i in held.facts.open_injuries]
            kept = [i for i in held.facts.open_injuries if i.id != injury.id]
            if injury.resolved_on is None:
                if injury.id in ids:
                    kept.insert(ids.index(injury.id), injury)
                elif new:
                    kept.append(injury)
                else:
                    held.injuries_known = False
                    return
        held.facts = attrs.evolve(held.facts, open_injuries=kept, injuries=every)


class HeldSummaries(_Wrapper):
    def undelivered(self, runner_id: str) -> list[ProgressSummaryRecord]:
        held = self._get(runner_id)
        if held is not None and held.undelivered_known and held.facts is not None \
                and held.facts.undelivered is not None:
            return list(held.facts.undelivered)
        return self._inner.undelivered(runner_id)

    def mark_sent(self, runner_id: str, kind: str, period_end: date, at: Any) -> None:
        self._inner.mark_sent(runner_id, kind, period_end, at)
        self._forget(runner_id)

    def claim(self, record: ProgressSummaryRecord) -> bool:
        self._forget(record.runner_id)
        return bool(self._inner.claim(record))

    def _forget(self, runner_id: str) -> None:
        held = _scope.get()
        if held is not None and held.runner_id == runner_id:
            held.undelivered_known = False


class HeldCrossTraining(_Wrapper):
    def for_runner(self, runner_id: str, since: date | None = None) -> list[CrossTraining]:
        held = self._get(runner_id)
        if held is not None and held.cross_training_known and held.facts is not None \
                and held.facts.cross_training is not None and since is not None and since >= held.runs_since:
            return [s for s in held.facts.cross_training if s.day >= since]
        return list(self._inner.for_runner(runner_id, since=since))

    def add(self, session: CrossTraining) -> None:
        self._inner.add(session)
        self._forget()

    def delete(self, session_id: str) -> bool:
        self._forget()
        return bool(self._inner.delete(session_id))

    @staticmethod
    def _forget() -> None:
        held = _scope.get()
        if held is not None:
            held.cross_training_known = False


class RepositoryFacts:
    """``FactsReader`` over the repositories, one query each: for a store whose reads are local
    (SQLite, memory), where a round trip costs nothing."""

    def __init__(self, runs: RunRepository, plans: PlanRepository, injuries: InjuryRepository,
                 summaries: ProgressSummaryRepository, cross_training: CrossTrainingRepository | None = None):
        self._runs, self._plans, self._injuries, self._summaries = runs, plans, injuries, summaries
        self._cross_training = cross_training

    def read(self, request: FactsRequest) -> RunnerFacts:
        rid = request.runner_id
        try:
            undelivered: list[ProgressSummaryRecord] | None = self._summaries.undelivered(rid)
        except Exception:       # an optional part of the reply: its caller reads it again and reports it
            undelivered = None
        every_injury = self._injuries.for_runner(rid)
        return RunnerFacts(
            runs=self._runs.for_runner(rid, since=request.runs_since),
            recent=self._runs.for_runner(rid, limit=request.recent),
            longest=self._runs.longest(rid, since=request.longest_since, limit=request.longest),
            active_plan=self._plans.active_for(rid),
            open_injuries=[i for i in every_injury if i.resolved_on is None],
            undelivered=undelivered,
            cross_training=(self._cross_training.for_runner(rid, since=request.runs_since)
                            if self._cross_training is not None else None),
            injuries=every_injury,
        )
