"""The ports: what the use cases need from the outside world, as Protocols.

Adapters implement these; the application never imports an adapter.
"""
from __future__ import annotations

from collections.abc import Awaitable, Sequence
from datetime import date, datetime, timedelta
from types import TracebackType
from typing import Any, Protocol

import attrs

from domain.conversation import Intent, Message
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.memory import MemoryDocument, Recollection
from domain.milestones import RunRecords
from domain.plan import TrainingPlan
from domain.run import Run
from domain.runner import Runner


class RunnerRepository(Protocol):
    def get(self, runner_id: str) -> Runner | None: ...
    def by_phone(self, phone: str) -> Runner | None: ...
    def by_whatsapp_id(self, whatsapp_id: str) -> Runner | None:
        """The runner with this WhatsApp business-scoped user id (unique, like the phone)."""
    def save(self, runner: Runner) -> None:
        """Insert or update (by id; the phone and the WhatsApp user id are unique)."""
    def all(self) -> list[Runner]: ...


class RunRepository(Protocol):
    def add(self, run: Run) -> None: ...
    def get(self, run_id: str) -> Run | None: ...
    def update(self, run: Run) -> None:
        """Replace the stored run of this id (a no-op for an unknown id)."""
    def delete(self, run_id: str) -> bool:
        """Remove the run; False when there was none."""
    def on_day(self, runner_id: str, day: date) -> list[Run]:
        """The runner's runs of that day, latest logged first."""
    def for_runner(self, runner_id: str, since: date | None = None, limit: int | None = None) -> list[Run]:
        """Newest first."""
    def for_runners(self, runner_ids: Sequence[str], since: date) -> dict[str, list[Run]]:
        """Many runners' runs since ``since`` in one query (the scheduler's batches): every id is a
        key, each list newest first."""
    def records(self, runner_id: str, since: date, exclude: Sequence[str] = ()) -> RunRecords:
        """Count, longest run and fastest pace of the runner's runs since ``since`` (but the
        ``exclude``d ids), aggregated by the store: milestones without loading the history."""
    def longest(self, runner_id: str, since: date, limit: int = 2) -> list[Run]:
        """The runner's ``limit`` longest runs since ``since``, longest first."""
    def by_source(self, runner_id: str, source: str, source_ref: str) -> Run | None:
        """The runner's run that came from ``source`` with that id there (a Strava activity)."""


class CrossTrainingRepository(Protocol):
    """Bike, swim, strength…: kept apart from runs, so it never counts as running km."""
    def add(self, session: CrossTraining) -> None: ...
    def for_runner(self, runner_id: str, since: date | None = None) -> list[CrossTraining]:
        """Newest first (by day, then by when it was logged)."""
    def delete(self, session_id: str) -> bool: ...


class UnitOfWork(Protocol):
    """One transaction over the store: ``with uow: ...`` commits at the end of the block and rolls
    everything back when it raises. A ``with uow:`` inside another (on the same thread) joins the
    outer one: only the outermost block commits. Every repository of the store takes part."""
    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool | None: ...


class PlanRepository(Protocol):
    def activate(self, plan: TrainingPlan) -> None:
        """Store the plan as the runner's only active plan, deactivating the old one atomically."""
    def active_for(self, runner_id: str) -> TrainingPlan | None: ...
    def history(self, runner_id: str) -> list[TrainingPlan]: ...


class InjuryRepository(Protocol):
    def add(self, injury: Injury) -> None: ...
    def update(self, injury: Injury) -> None: ...
    def for_runner(self, runner_id: str, active_only: bool = False) -> list[Injury]: ...


class ConversationLog(Protocol):
    """The permanent record of every message, with its intent."""
    def append(self, *messages: Message) -> None:
        """Keep messages, in order (a message and its answer: one write)."""
    def set_intent(self, message_id: str, intent: Intent) -> None:
        """The runner's message is stored before it is understood; its intent is filled in after."""
    def for_runner(self, runner_id: str, limit: int = 50) -> list[Message]:
        """Oldest first, the last ``limit``."""


# The kinds of scheduled message (``ProgressSummaryRecord.kind``; application.schedule writes them).
BIWEEKLY = "biweekly"
MONTHLY = "monthly"
PLAN_RENEWAL = "plan_renewal"


@attrs.define
class ProgressSummaryRecord:
    runner_id: str
    kind: str                 # "biweekly" | "monthly" | "plan_renewal"
    period_start: date
    period_end: date
    text: str
    sent_at: datetime | None = None


class ProgressSummaryRepository(Protocol):
    def claim(self, record: ProgressSummaryRecord) -> bool:
        """Record a summary once per (runner, kind, period_end); False if it was already there."""
    def for_runner(self, runner_id: str) -> list[ProgressSummaryRecord]: ...
    def mark_sent(self, runner_id: str, kind: str, period_end: date, at: datetime) -> None:
        """The runner got its text (a no-op for an unknown record)."""
    def undelivered(self, runner_id: str) -> list[ProgressSummaryRecord]:
        """Claimed records whose text did not reach the runner yet (``sent_at`` unset), oldest first."""


class ChatBuffer(Protocol):
    """Short-term memory: the last messages of a runner (20, expiring after 24 h)."""
    def append(self, *messages: Message) -> None:
        """Add messages, in order (a message and its answer go together: one round trip)."""
    def recent(self, runner_id: str) -> list[Message]:
        """Oldest first."""
    def clear(self, runner_id: str) -> None: ...


@attrs.frozen
class InboxItem:
    """An incoming WhatsApp message as the webhook accepted it, before it is answered."""
    message_id: str              # WhatsApp's message id (wamid…): the de-duplication key
    phone: str | None            # the sender, as WhatsApp writes it (the runner's data: never logged);
                                 # None when WhatsApp hid it (a username user): then whatsapp_id is set
    kind: str                    # "text" | "unsupported" (entrypoints.whatsapp_payload)
    text: str                    # what the runner wrote (or the button they pressed); "" when unsupported
    received_at: datetime        # UTC, when the webhook accepted it
    type: str = "text"           # WhatsApp's message type: text, interactive, image, audio…
    whatsapp_id: str | None = None   # the sender's business-scoped user id (BSUID)
    # When the runner sent it (WhatsApp's ``timestamp``, UTC, whole seconds): a runner's messages
    # are answered in this order, whatever order the webhooks brought them in. None: received_at.
    sent_at: datetime | None = None
    # How far an earlier try got (the model's tool rounds already carried out and committed:
    # application.coach.llm_coach.Conversation.progress); None: not started.
    progress: str | None = None

    @property
    def sender(self) -> str:
        """The key of the runner's queue: their WhatsApp user id, else their phone (digits only)."""
        if self.whatsapp_id:
            return self.whatsapp_id
        phone = self.phone or ""
        return phone if phone.isdigit() else "".join(c for c in phone if c.isdigit())

    @property
    def order_key(self) -> datetime:
        return self.sent_at or self.received_at


class Inbox(Protocol):
    """Durable store of accepted messages: written before the webhook answers 200, marked done in
    the same unit of work as the message's effects (runs, injuries, plans, the reply in the outbox),
    so that a message is answered once even when a worker dies or the database goes away midway."""
    def put(self, item: InboxItem) -> bool:
        """Store the item; False (and nothing changed) if its message id is already there."""
    def pending(self, limit: int = 1000) -> list[InboxItem]:
        """The items not done yet, oldest first (received_at, then the order they were put)."""
    def pending_for(self, sender: str, limit: int = 100) -> list[InboxItem]:
        """The sender's items not done yet, in the order the runner sent them (``sent_at``, then
        received_at, then the order they were put)."""
    def first_pending_for(self, sender: str) -> InboxItem | None:
        """``pending_for(sender, 1)`` as the check before an item is marked done, in the open unit
        of work: it settles the sender's arrivals against that unit. A message of theirs being
        stored at this moment is waited for and seen; one stored later waits for the unit to end.
        So an earlier message either is seen here or came in after the later one was answered."""
    def is_done(self, message_id: str) -> bool:
        """Answered (or quarantined) already; False for an unknown id."""
    def done(self, message_id: str) -> None:
        """Mark an item answered (a no-op for an unknown id). Joins the open unit of work."""
    def save_progress(self, message_id: str, progress: str) -> None:
        """Keep how far answering the item got (``InboxItem.progress``), in the open unit of work:
        it commits with the effects it records (a no-op for an unknown or done item)."""
    def quarantine(self, message_id: str, reason: str) -> None:
        """Give up on an item that cannot be processed (bad data, a bug that fails every time):
        it is done, with ``reason`` kept for the operator, and never retried."""
    def purge_done(self, older_than: timedelta) -> int:
        """Forget the items done more than ``older_than`` ago; returns how many. Pending ones stay."""


class InboxWriter(Protocol):
    """``Inbox.put`` for the webhook, awaited on its event loop: Meta waits for the answer, and a
    thread per delivery waits for a CPU too when the machine is busy (it cost the webhook more than
    the write itself). ``close`` is awaited on the loop that used it."""
    def put(self, item: InboxItem) -> Awaitable[bool]:
        """As ``Inbox.put``: False (nothing changed) when the message id is already there. An
        ``async def`` does; so does a write begun at the call, whose shielded task is returned."""
    async def check(self) -> None:
        """Raise when a delivery could not be written now (a stuck pool, a read-only or full
        database): what /health calls, so that it checks the path deliveries take."""
    async def close(self) -> None: ...


class Embedder(Protocol):
    @property
    def dimension(self) -> int: ...
    def embed_query(self, text: str) -> list[float]: ...
    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...


class VectorMemory(Protocol):
    """Long-term semantic memory, always filtered to one runner."""
    def store(self, document: MemoryDocument) -> None: ...
    def retrieve_context(self, runner_id: str, query: str, k: int = 5) -> list[Recollection]: ...
    def update_after_run(self, run: Run, language: str = "es") -> None:
        """Remember a logged run (in the runner's language), replacing an earlier version of it."""
    def forget(self, runner_id: str, document_id: str) -> None:
        """Drop one memory of the runner (a run's memory has the run's id); a no-op when absent."""


# --- LLM ---------------------------------------------------------------------------------

@attrs.define(frozen=True)
class ToolSpec:
    name: str
    description: str
    parameters: dict[str, Any]   # JSON schema of the arguments


@attrs.define(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any] | None   # None when the model sent arguments that are not JSON
    raw_arguments: str = ""


@attrs.define(frozen=True)
class ChatTurn:
    """One entry of an LLM conversation."""
    role: str                                  # "user" | "assistant" | "tool"
    content: str = ""
    tool_calls: tuple[ToolCall, ...] = ()      # assistant turns that asked for tools
    tool_call_id: str | None = None            # tool turns answer this call
    is_error: bool = False
    # The model's reasoning behind an assistant turn (DeepSeek's ``reasoning_content``), sent back
    # verbatim: in thinking mode a turn with tool calls must carry it in every later request.
    reasoning: str | None = None


@attrs.define(frozen=True)
class Completion:
    """A complete answer: never half a text or a half-built tool call (adapters raise instead)."""
    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    reasoning: str | None = None               # carry it into the assistant ChatTurn of this answer
    refused: bool = False                      # the provider declined to answer: ``text`` is not shown


class LLMUnavailable(Exception):
    """The provider could not answer (after retries): the caller falls back to the offline coach."""
    logged_run: Run | None = None     # a run already stored in this turn (set by LLMCoach)


class LLM(Protocol):
    @property
    def name(self) -> str: ...

    def complete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        """Raises LLMUnavailable when the provider fails for good (or is known to be down). Blocking."""

    async def acomplete(self, system: str, turns: Sequence[ChatTurn], tools: Sequence[ToolSpec]) -> Completion:
        """The same, awaited: a worker holds many calls in flight on one event loop."""

    def ping(self) -> bool:
        """True when the provider answers a real minimal completion (checked at most once a minute);
        when it is down, raises LLMUnavailable whose message says why (what /health shows)."""


# --- Messaging and time -------------------------------------------------------------------

@attrs.define(frozen=True)
class Button:
    id: str
    title: str


class Messenger(Protocol):
    """``phone`` is the runner's address: their phone number, or their WhatsApp user id when they
    have no known phone (``application.coach.identity.address``). The send methods may return what WhatsApp
    accepted, ``[(message id, text)]``, so that a later failure receipt can be traced (None: untraced)."""
    def send_text(self, phone: str, text: str) -> list[tuple[str, str]] | None: ...
    def send_buttons(self, phone: str, text: str, buttons: Sequence[Button]) -> list[tuple[str, str]] | None: ...
    def send_template(self, phone: str, name: str, language: str,
                      parameters: Sequence[str]) -> list[tuple[str, str]] | None:
        """A template approved in WhatsApp Manager, the only kind of message WhatsApp accepts more
        than 24 h after the runner last wrote; ``parameters`` fill its body's {{1}}, {{2}}…"""
    # The same sends, awaited (the worker's replies: a slow Graph API holds no thread). ``reference``
    # comes back in the status webhooks of the message ("<reference>#<part>/<parts>", Receipt).
    async def asend_text(self, phone: str, text: str, reference: str | None = None
                         ) -> list[tuple[str, str]] | None: ...
    async def asend_buttons(self, phone: str, text: str, buttons: Sequence[Button],
                            reference: str | None = None) -> list[tuple[str, str]] | None: ...
    # Issue 25: a picture (uploaded, then sent as an image message with its caption), more than
    # three choices as a list message (``label`` opens it), and the runner's message marked read
    # with the typing indicator while the reply is prepared (best effort: False when refused).
    def send_image(self, phone: str, png: bytes, caption: str) -> list[tuple[str, str]] | None: ...
    async def asend_image(self, phone: str, png: bytes, caption: str, reference: str | None = None
                          ) -> list[tuple[str, str]] | None: ...
    def send_list(self, phone: str, text: str, label: str, rows: Sequence[Button]) -> list[tuple[str, str]] | None: ...
    async def asend_list(self, phone: str, text: str, label: str, rows: Sequence[Button],
                         reference: str | None = None) -> list[tuple[str, str]] | None: ...
    async def amark_read(self, message_id: str, typing: bool = True) -> bool: ...


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware UTC now."""



# --- one message's reads, at once ----------------------------------------------------------

@attrs.define(frozen=True)
class FactsRequest:
    """What a message of ``runner_id`` is likely to read (application.training.message_reads):
    its runs since ``runs_since`` and its ``recent`` last ones, its longest ``longest`` runs since
    ``longest_since``, its active plan, injuries (open and resolved), undelivered scheduled messages
    and cross-training since ``runs_since``."""
    runner_id: str
    runs_since: date
    recent: int
    longest_since: date
    longest: int = 2


@attrs.define(frozen=True)
class RunnerFacts:
    runs: list[Run]                      # since ``runs_since``, newest first
    recent: list[Run]                    # the ``recent`` newest, whatever their date
    longest: list[Run]                   # the longest since ``longest_since``, longest first
    active_plan: TrainingPlan | None
    open_injuries: list[Injury]          # in the order reported
    undelivered: list[ProgressSummaryRecord] | None      # None: could not be read (read again when needed)
    # Since ``runs_since``, newest first; None: not read with the rest (read from the store when asked).
    cross_training: list[CrossTraining] | None = None
    # Every injury, resolved too, in the order reported (a new plan's time off); None: not read.
    injuries: list[Injury] | None = None


class FactsReader(Protocol):
    """Reads a ``FactsRequest`` in one exchange with the store (PostgreSQL: one pipeline, one round
    trip), what the repositories would answer one query at a time."""
    def read(self, request: FactsRequest) -> RunnerFacts: ...
