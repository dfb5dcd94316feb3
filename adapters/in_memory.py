"""In-memory implementations of every port: fast unit tests and throwaway sessions."""
from __future__ import annotations

import copy
import math
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone

import attrs

from adapters.message_codec import storable_note
from application.ports import (
    Button,
    ChatTurn,
    Completion,
    Embedder,
    InboxItem,
    LLMUnavailable,
    ProgressSummaryRecord,
    ToolSpec,
)
from application.ports.delivery import OutboundMessage
from application.ports.outbox import PENDING, SENDING, OutboxMessage
from application.ports.preferences import CoachPreferences
from domain.conversation import Message, Role
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.memory import MemoryDocument, Recollection, run_memory
from domain.milestones import RunRecords
from domain.plan import TrainingPlan
from domain.run import Run
from domain.runner import Runner, normalize_phone

CHAT_BUFFER_SIZE = 20
CHAT_BUFFER_TTL = timedelta(hours=24)
_EPOCH = datetime.min.replace(tzinfo=timezone.utc)


class InMemoryRunnerRepository:
    def __init__(self):
        self._by_id: dict[str, Runner] = {}

    def get(self, runner_id):
        r = self._by_id.get(runner_id)
        return copy.deepcopy(r) if r else None

    def by_phone(self, phone):
        phone = normalize_phone(phone)
        for r in self._by_id.values():
            if r.phone == phone:
                return copy.deepcopy(r)
        return None

    def by_whatsapp_id(self, whatsapp_id):
        for r in self._by_id.values():
            if whatsapp_id and r.whatsapp_id == whatsapp_id:
                return copy.deepcopy(r)
        return None

    def save(self, runner):
        other = self.by_phone(runner.phone) if runner.phone else None
        if other and other.id != runner.id:
            raise ValueError(f"phone already belongs to runner {other.id}")
        other = self.by_whatsapp_id(runner.whatsapp_id) if runner.whatsapp_id else None
        if other and other.id != runner.id:
            raise ValueError("WhatsApp user id already belongs to another runner")
        self._by_id[runner.id] = copy.deepcopy(runner)

    def all(self):
        return [copy.deepcopy(r) for r in self._by_id.values()]


class InMemoryRunRepository:
    def __init__(self):
        self._runs: list[Run] = []

    def add(self, run):
        self._runs.append(copy.deepcopy(run))

    def get(self, run_id):
        for r in self._runs:
            if r.id == run_id:
                return copy.deepcopy(r)
        return None

    def update(self, run):
        for i, r in enumerate(self._runs):
            if r.id == run.id:
                self._runs[i] = copy.deepcopy(run)

    def delete(self, run_id):
        before = len(self._runs)
        self._runs = [r for r in self._runs if r.id != run_id]
        return len(self._runs) < before

    def on_day(self, runner_id, day):
        return [r for r in self.for_runner(runner_id, since=day) if r.date == day]

    def for_runner(self, runner_id, since=None, limit=None):
        runs = [(i, copy.deepcopy(r)) for i, r in enumerate(self._runs)
                if r.runner_id == runner_id and (since is None or r.date >= since)]
        runs.sort(key=lambda t: (t[1].date, t[1].created_at or _EPOCH, t[0]), reverse=True)
        ordered = [r for _, r in runs]
        return ordered[:limit] if limit else ordered

    def for_runners(self, runner_ids, since):
        return {runner_id: self.for_runner(runner_id, since=since) for runner_id in runner_ids}

    def records(self, runner_id, since, exclude=()):
        return RunRecords.of([r for r in self.for_runner(runner_id, since=since) if r.id not in set(exclude)])

    def by_source(self, runner_id, source, source_ref):
        return next((copy.deepcopy(r) for r in self._runs
                     if r.runner_id == runner_id and r.source == source and r.source_ref == source_ref), None)

    def longest(self, runner_id, since, limit=2):
        runs = sorted(enumerate(self._runs), key=lambda t: (-t[1].distance_km, t[0]))
        return [copy.deepcopy(r) for _, r in runs if r.runner_id == runner_id and r.date >= since][:limit]


class InMemoryCrossTrainingRepository:
    def __init__(self):
        self._sessions: list[CrossTraining] = []

    def add(self, session):
        self._sessions.append(copy.deepcopy(session))

    def for_runner(self, runner_id, since=None):
        found = [(i, copy.deepcopy(s)) for i, s in enumerate(self._sessions)
                 if s.runner_id == runner_id and (since is None or s.day >= since)]
        found.sort(key=lambda t: (t[1].day, t[1].created_at or _EPOCH, t[0]), reverse=True)
        return [s for _, s in found]

    def delete(self, session_id):
        before = len(self._sessions)
        self._sessions = [s for s in self._sessions if s.id != session_id]
        return len(self._sessions) < before

    def for_runners(self, runner_ids, since):
        return {runner_id: self.for_runner(runner_id, since=since) for runner_id in runner_ids}


class InMemoryPlanRepository:
    def __init__(self):
        self._plans: list[TrainingPlan] = []
        self._lock = threading.Lock()

    def activate(self, plan):
        with self._lock:
            for p in self._plans:
                if p.runner_id == plan.runner_id:
                    p.active = False
            stored = copy.deepcopy(plan)
            stored.active = True
            self._plans.append(stored)

    def active_for(self, runner_id):
        for p in self._plans:
            if p.runner_id == runner_id and p.active:
                return copy.deepcopy(p)
        return None

    def history(self, runner_id):
        return [copy.deepcopy(p) for p in reversed(self._plans) if p.runner_id == runner_id]

    def active_for_runners(self, runner_ids):
        plans = {runner_id: self.active_for(runner_id) for runner_id in runner_ids}
        return {runner_id: plan for runner_id, plan in plans.items() if plan is not None}


class InMemoryInjuryRepository:
    def __init__(self):
        self._injuries: dict[str, Injury] = {}

    def add(self, injury):
        self._injuries[injury.id] = copy.deepcopy(injury)

    def update(self, injury):
        self._injuries[injury.id] = copy.deepcopy(injury)

    def for_runner(self, runner_id, active_only=False):
        return [copy.deepcopy(i) for i in self._injuries.values()
                if i.runner_id == runner_id and (i.is_active or not active_only)]

    def active_for_runners(self, runner_ids):
        return {runner_id: self.for_runner(runner_id, active_only=True) for runner_id in runner_ids}


class InMemoryConversationLog:
    def __init__(self):
        self._messages: dict[str, list[Message]] = defaultdict(list)

    def append(self, *messages):
        for message in messages:
            self._messages[message.runner_id].append(copy.deepcopy(message))

    def set_intent(self, message_id, intent):
        for messages in self._messages.values():
            for m in messages:
                if m.id == message_id:
                    m.intent = intent

    def for_runner(self, runner_id, limit=50):
        return [copy.deepcopy(m) for m in self._messages[runner_id][-limit:]]

    def last_from_runners(self, runner_ids):
        last = {}
        for runner_id in runner_ids:
            times = [m.at for m in self._messages.get(runner_id, ()) if m.role == Role.RUNNER]
            if times:
                last[runner_id] = max(times)
        return last


class InMemoryProgressSummaryRepository:
    def __init__(self):
        self._records: dict[tuple[str, str, date], ProgressSummaryRecord] = {}
        self._lock = threading.Lock()

    def claim(self, record):
        key = (record.runner_id, record.kind, record.period_end)
        with self._lock:
            if key in self._records:
                return False
            self._records[key] = copy.deepcopy(record)
            return True

    def for_runner(self, runner_id):
        return [copy.deepcopy(r) for r in self._records.values() if r.runner_id == runner_id]

    def mark_sent(self, runner_id, kind, period_end, at):
        with self._lock:
            record = self._records.get((runner_id, kind, period_end))
            if record is not None:
                record.sent_at = at

    def undelivered(self, runner_id):
        return [r for r in self.for_runner(runner_id) if r.sent_at is None]

    def claimed(self, kind, period_end, runner_ids):
        with self._lock:
            return {runner_id for runner_id in runner_ids if (runner_id, kind, period_end) in self._records}

    def claim_many(self, records):
        return {(r.runner_id, r.kind, r.period_end) for r in records if self.claim(r)}

    def mark_sent_many(self, keys, at):
        for runner_id, kind, period_end in keys:
            self.mark_sent(runner_id, kind, period_end, at)


class InMemoryChatBuffer:
    def __init__(self, clock, size: int = CHAT_BUFFER_SIZE, ttl: timedelta = CHAT_BUFFER_TTL):
        self._clock = clock
        self._size = size
        self._ttl = ttl
        self._buffers: dict[str, deque[Message]] = {}
        self._touched: dict[str, datetime] = {}

    def append(self, *messages):
        for message in messages:
            buf = self._live(message.runner_id)
            if buf is None:
                buf = self._buffers[message.runner_id] = deque(maxlen=self._size)
            buf.append(copy.deepcopy(message))
            self._touched[message.runner_id] = self._clock.now()

    def _live(self, runner_id):
        touched = self._touched.get(runner_id)
        if touched is not None and self._clock.now() - touched > self._ttl:
            self.clear(runner_id)
        return self._buffers.get(runner_id)

    def recent(self, runner_id):
        return [copy.deepcopy(m) for m in (self._live(runner_id) or [])]

    def clear(self, runner_id):
        self._buffers.pop(runner_id, None)
        self._touched.pop(runner_id, None)


class _JoinsUnits:
    """A repository shared with other threads outside any unit (the webhook's ``put``, a sender's
    ``claim``): a unit of work that rolls back must undo only its own writes, not put back a
    snapshot over the others'. So it joins units (``InMemoryUnitOfWork`` calls ``join_unit``) and
    hands each write's undo to them; the unit open on the current thread keeps it."""

    _units: list[InMemoryUnitOfWork]

    def join_unit(self, unit: InMemoryUnitOfWork) -> None:
        if unit not in self._units:
            self._units.append(unit)

    def _on_rollback(self, undo: Callable[[], None]) -> None:
        for unit in self._units:
            unit.on_rollback(undo)


class InMemoryInbox(_JoinsUnits):
    """``Inbox`` in a dict (thread-safe); durable only as long as the process lives. ``done`` and
    ``quarantine`` are undone when the unit of work open on their thread rolls back."""

    def __init__(self, clock=None):
        self._clock = clock
        self._items: dict[str, tuple[int, InboxItem]] = {}
        self._done_at: dict[str, datetime] = {}
        self._reasons: dict[str, str] = {}
        self._seq = 0
        self._lock = threading.Lock()
        self._units = []

    def _now(self) -> datetime:
        return self._clock.now() if self._clock is not None else datetime.now(timezone.utc)

    def put(self, item: InboxItem) -> bool:
        with self._lock:
            if item.message_id in self._items:
                return False
            self._seq += 1
            self._items[item.message_id] = (self._seq, copy.deepcopy(item))
            return True

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        with self._lock:
            waiting = [(item.received_at, seq, item) for seq, item in self._items.values()
                       if item.message_id not in self._done_at]
        waiting.sort(key=lambda t: (t[0], t[1]))
        return [copy.deepcopy(item) for _, _, item in waiting[:limit]]

    def pending_for(self, sender: str, limit: int = 100) -> list[InboxItem]:
        with self._lock:
            waiting = [(item.order_key, item.received_at, seq, item) for seq, item in self._items.values()
                       if item.message_id not in self._done_at and item.sender == sender]
        waiting.sort(key=lambda t: t[:3])
        return [copy.deepcopy(t[3]) for t in waiting[:limit]]

    def first_pending_for(self, sender: str) -> InboxItem | None:
        # One process: a put is stored whole before the unit's check reads, or after it.
        first = self.pending_for(sender, 1)
        return first[0] if first else None

    def is_done(self, message_id: str) -> bool:
        with self._lock:
            return message_id in self._done_at

    def done(self, message_id: str) -> None:
        self._finish(message_id, None)

    def quarantine(self, message_id: str, reason: str) -> None:
        self._finish(message_id, reason)

    def save_progress(self, message_id: str, progress: str) -> None:
        with self._lock:
            found = self._items.get(message_id)
            if found is None or message_id in self._done_at:
                return
            seq, before = found
            self._items[message_id] = (seq, attrs.evolve(before, progress=progress))

        def undo() -> None:
            with self._lock:
                if message_id in self._items:
                    self._items[message_id] = (self._items[message_id][0], before)
        self._on_rollback(undo)

    def _finish(self, message_id: str, reason: str | None) -> None:
        with self._lock:
            if message_id not in self._items or message_id in self._done_at:
                return
            self._done_at[message_id] = self._now()
            if reason is not None:
                self._reasons[message_id] = storable_note(reason) or ""   # as the databases keep it

        def undo() -> None:
            with self._lock:
                self._done_at.pop(message_id, None)
                self._reasons.pop(message_id, None)
        self._on_rollback(undo)

    def quarantined(self, message_id: str) -> str | None:
        """The reason an item was quarantined (None: not quarantined, or unknown): for the operator."""
        with self._lock:
            return self._reasons.get(message_id)

    def purge_done(self, older_than: timedelta) -> int:
        cutoff = self._now() - older_than
        with self._lock:
            old = [m for m, at in self._done_at.items() if at < cutoff]
            for message_id in old:
                del self._done_at[message_id]
                del self._items[message_id]
                self._reasons.pop(message_id, None)
            return len(old)


class InMemoryOutbox(_JoinsUnits):
    """``application.ports.outbox.Outbox`` in a dict (thread-safe: ``claim`` checks and takes under one
    lock). ``add`` and ``update`` are undone when the unit of work open on their thread rolls back;
    an undone ``update`` puts the message back only if no other write changed it since. ``clock``
    is unused: every method that needs the time takes it."""

    def __init__(self, clock=None):
        self._clock = clock
        self._messages: dict[str, tuple[int, OutboxMessage]] = {}
        self._seq = 0
        self._lock = threading.Lock()
        self._units = []

    def _found(self, keep: Callable[[OutboxMessage], bool]) -> list[OutboxMessage]:
        """Copies of the messages ``keep`` selects, oldest first (created_at, then the order added)."""
        with self._lock:      # copied under the lock: a claim on another thread mutates the stored message
            found = [(m.created_at, seq, copy.deepcopy(m)) for seq, m in self._messages.values() if keep(m)]
        found.sort(key=lambda t: t[:2])
        return [m for _, _, m in found]

    def add(self, message: OutboxMessage) -> None:
        with self._lock:
            if message.id in self._messages:
                return
            self._seq += 1
            stored = copy.deepcopy(message)
            stored.error = storable_note(stored.error)          # as the databases keep it
            self._messages[message.id] = (self._seq, stored)

        def undo() -> None:
            with self._lock:
                self._messages.pop(message.id, None)
        self._on_rollback(undo)

    def get(self, message_id: str) -> OutboxMessage | None:
        with self._lock:
            found = self._messages.get(message_id)
            return copy.deepcopy(found[1]) if found else None

    def by_wamid(self, wamid: str) -> OutboxMessage | None:
        found = self._found(lambda m: m.wamid == wamid)
        return found[0] if found else None

    def for_answer(self, inbox_message_id: str) -> list[OutboxMessage]:
        return self._found(lambda m: m.answers == inbox_message_id)

    def due(self, now: datetime, limit: int = 100, runner_id: str | None = None) -> list[OutboxMessage]:
        return self._found(lambda m: m.status in (PENDING, SENDING) and m.next_attempt_at <= now
                           and (runner_id is None or m.runner_id == runner_id))[:limit]

    def claim(self, message_id: str, now: datetime, lease_until: datetime) -> bool:
        with self._lock:
            found = self._messages.get(message_id)
            if found is None:
                return False
            message = found[1]
            if message.status not in (PENDING, SENDING) or message.next_attempt_at > now:
                return False
            message.status, message.next_attempt_at = SENDING, lease_until
            message.attempts += 1
            return True

    def claim_next(self, runner_id: str, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        with self._lock:
            open_ = sorted((m.created_at, seq, m) for seq, m in self._messages.values()
                           if m.runner_id == runner_id and m.status in (PENDING, SENDING))
            if not open_ or open_[0][2].next_attempt_at > now:
                return None
            message = open_[0][2]
            message.status, message.next_attempt_at = SENDING, lease_until
            message.attempts += 1
            return copy.deepcopy(message)

    def update(self, message: OutboxMessage) -> None:
        with self._lock:
            found = self._messages.get(message.id)
            if found is None:
                return
            seq, stored = found
            before = copy.deepcopy(stored)
            stored.status, stored.attempts, stored.next_attempt_at = (
                message.status, message.attempts, message.next_attempt_at)
            stored.wamid, stored.error = message.wamid, storable_note(message.error)
            after = copy.deepcopy(stored)

        def undo() -> None:
            with self._lock:
                current = self._messages.get(message.id)
                if current is not None and current[1] == after:
                    self._messages[message.id] = (seq, before)
        self._on_rollback(undo)

    def purge(self, older_than: timedelta, now: datetime) -> int:
        cutoff = now - older_than
        with self._lock:
            old = [i for i, (_, m) in self._messages.items()
                   if m.status not in (PENDING, SENDING) and m.created_at < cutoff]
            for message_id in old:
                del self._messages[message_id]
            return len(old)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


class InMemoryVectorMemory:
    """Thread-safe: the app's worker threads read while the deferred writer stores (without the
    lock, a read iterating the dict while a write grew it raised "dictionary changed size")."""

    def __init__(self, embedder: Embedder, clock):
        self._embedder = embedder
        self._clock = clock
        self._docs: dict[str, tuple[MemoryDocument, list[float]]] = {}
        self._lock = threading.Lock()

    def store(self, document):
        [vector] = self._embedder.embed_documents([document.text_to_embed])     # outside the lock: slow
        with self._lock:
            self._docs[document.id] = (copy.deepcopy(document), vector)

    def store_many(self, documents):
        vectors = self._embedder.embed_documents([d.text for d in documents])
        with self._lock:
            for document, vector in zip(documents, vectors, strict=True):
                self._docs[document.id] = (copy.deepcopy(document), vector)

    def retrieve_context(self, runner_id, query, k=5):
        q = self._embedder.embed_query(query)
        with self._lock:
            mine = [(copy.deepcopy(d), v) for d, v in self._docs.values() if d.runner_id == runner_id]
        hits = [Recollection(d, _cosine(q, v)) for d, v in mine]
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    def update_after_run(self, run, language="es"):
        self.store(run_memory(run, self._clock.now(), language))

    def forget(self, runner_id, document_id):
        with self._lock:
            found = self._docs.get(document_id)
            if found is not None and found[0].runner_id == runner_id:
                del self._docs[document_id]


class InMemoryUnitOfWork:
    """``UnitOfWork`` over in-memory repositories: the outermost ``with`` snapshots their state
    (a deep copy) and puts it back if the block raises. Units are serialised by one lock, so a
    rollback never undoes another thread's unit; writes outside any unit are not isolated.

    Repositories that other threads write outside units (the inbox, the outbox: they have
    ``join_unit``) are not snapshotted: they report an undo for each write made inside the unit
    (``on_rollback``), run newest first when it rolls back, so the others' writes stay."""

    def __init__(self, *repositories: object):
        self._repositories: list[object] = []
        self._lock = threading.RLock()
        self._local = threading.local()
        for repo in repositories:
            join = getattr(repo, "join_unit", None)
            if join is not None:
                join(self)
            else:
                self._repositories.append(repo)

    def _snapshot(self) -> list[dict[str, object]]:
        return [{name: copy.deepcopy(value) for name, value in vars(repo).items() if not _is_lock(value)}
                for repo in self._repositories]

    def on_rollback(self, undo: Callable[[], None]) -> None:
        """Keep ``undo`` if a unit is open on this thread (a write outside any unit stays)."""
        if getattr(self._local, "depth", 0):
            self._local.undo.append(undo)

    def __enter__(self) -> InMemoryUnitOfWork:
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            self._lock.acquire()
            self._local.snapshot = self._snapshot()
            self._local.undo = []
        self._local.depth = depth + 1
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._local.depth -= 1
        if self._local.depth:
            return None
        try:
            if exc_type is not None:
                for undo in reversed(self._local.undo):
                    undo()
                for repo, state in zip(self._repositories, self._local.snapshot, strict=True):
                    for name, value in state.items():
                        setattr(repo, name, value)
        finally:
            self._local.snapshot = None
            self._local.undo = []
            self._lock.release()
        return None


def _is_lock(value: object) -> bool:
    return hasattr(value, "acquire") and hasattr(value, "release")


class RecordingMessenger:
    """Keeps what would have been sent, per address (phone or WhatsApp user id); templates apart,
    in ``templates``. Returns made-up message ids like Graph does."""

    def __init__(self):
        self.sent: list[tuple[str, str, tuple[Button, ...]]] = []
        self.templates: list[tuple[str, str, str, tuple[str, ...]]] = []   # (phone, name, language, parameters)
        self.images: list[tuple[str, bytes, str]] = []                      # (phone, png, caption)
        self.lists: list[tuple[str, str, str, tuple[Button, ...]]] = []     # (phone, text, label, rows)
        self.read_marks: list[tuple[str, bool]] = []                        # (message id, typing)
        self._ids = 0

    def _id(self) -> str:
        self._ids += 1
        return f"wamid.recorded{self._ids}"

    def send_text(self, phone, text):
        self.sent.append((phone, text, ()))
        return [(self._id(), text)]

    def send_buttons(self, phone, text, buttons):
        self.sent.append((phone, text, tuple(buttons)))
        return [(self._id(), text)]

    def send_template(self, phone, name, language, parameters):
        self.templates.append((phone, name, language, tuple(parameters)))
        return [(self._id(), f"[template {name}]")]

    async def asend_text(self, phone, text, reference=None):
        return self.send_text(phone, text)

    async def asend_buttons(self, phone, text, buttons, reference=None):
        return self.send_buttons(phone, text, buttons)

    def send_image(self, phone, png, caption):
        self.images.append((phone, png, caption))
        return [(self._id(), caption)]

    async def asend_image(self, phone, png, caption, reference=None):
        return self.send_image(phone, png, caption)

    def send_list(self, phone, text, label, rows):
        self.lists.append((phone, text, label, tuple(rows)))
        self.sent.append((phone, text, tuple(rows)))
        return [(self._id(), text)]

    async def asend_list(self, phone, text, label, rows, reference=None):
        return self.send_list(phone, text, label, rows)

    async def amark_read(self, message_id, typing=True):
        self.read_marks.append((message_id, typing))
        return True

    def texts_to(self, phone):
        wanted = normalize_phone(phone) if phone and phone.lstrip("+").isdigit() else phone
        return [t for p, t, _ in self.sent if p == wanted]


class InMemoryDeliveryLog(_JoinsUnits):
    """``application.ports.delivery.DeliveryLog`` in dicts (thread-safe). Like the inbox and the outbox it
    joins units of work: a write made inside a unit that rolls back is undone (releasing held texts
    into a reply that was rolled back must not lose them)."""

    def __init__(self):
        self._sent: dict[str, OutboundMessage] = {}
        self._unreachable: dict[str, tuple[datetime, int]] = {}
        self._lock = threading.Lock()
        self._units = []

    def record(self, message):
        with self._lock:
            if message.id in self._sent:
                return
            self._sent[message.id] = copy.deepcopy(message)

        def undo() -> None:
            with self._lock:
                self._sent.pop(message.id, None)
        self._on_rollback(undo)

    def get(self, message_id):
        with self._lock:
            found = self._sent.get(message_id)
            return copy.deepcopy(found) if found else None

    def hold(self, message_id, reason, at):
        with self._lock:
            found = self._sent.get(message_id)
            if found is None or found.held_at is not None or found.delivered_at is not None:
                return False
            found.held_at, found.reason = at, reason

        def undo() -> None:
            with self._lock:
                if message_id in self._sent:
                    self._sent[message_id].held_at = None
                    self._sent[message_id].reason = None
        self._on_rollback(undo)
        return True

    def held(self, runner_id):
        with self._lock:
            waiting = [m for m in self._sent.values()
                       if m.runner_id == runner_id and m.held_at is not None and m.delivered_at is None]
        return [copy.deepcopy(m) for m in sorted(waiting, key=lambda m: (m.sent_at, m.held_at))]

    def held_answer(self, inbox_message_id):
        with self._lock:
            for m in self._sent.values():
                if m.answers == inbox_message_id and m.held_at is not None:
                    return copy.deepcopy(m)
        return None

    def release(self, message_ids, at):
        released = []
        with self._lock:
            for message_id in message_ids:
                if message_id in self._sent and self._sent[message_id].delivered_at is None:
                    self._sent[message_id].delivered_at = at
                    released.append(message_id)

        def undo() -> None:
            with self._lock:
                for message_id in released:
                    if message_id in self._sent:
                        self._sent[message_id].delivered_at = None
        self._on_rollback(undo)

    def mark_unreachable(self, runner_id, reason, at):
        with self._lock:
            if runner_id in self._unreachable:
                return
            self._unreachable[runner_id] = (at, reason)

        def undo() -> None:
            with self._lock:
                self._unreachable.pop(runner_id, None)
        self._on_rollback(undo)

    def unreachable_since(self, runner_id):
        with self._lock:
            found = self._unreachable.get(runner_id)
            return found[0] if found else None

    def mark_reachable(self, runner_id):
        with self._lock:
            was = self._unreachable.pop(runner_id, None)
        if was is None:
            return

        def undo() -> None:
            with self._lock:
                self._unreachable.setdefault(runner_id, was)
        self._on_rollback(undo)

    def purge(self, older_than, now):
        cutoff = now - older_than
        with self._lock:
            old = [i for i, m in self._sent.items()
                   if m.sent_at < cutoff and (m.held_at is None or m.delivered_at is not None)]
            for message_id in old:
                del self._sent[message_id]
            return len(old)


class ScriptedLLM:
    """An LLM that plays back scripted completions (or raises LLMUnavailable when told to)."""

    def __init__(self, script: Sequence[Completion | Exception] = ()):
        self._script = list(script)
        self.calls: list[tuple[str, list[ChatTurn], list[ToolSpec]]] = []

    @property
    def name(self):
        return "scripted"

    def complete(self, system, turns, tools):
        self.calls.append((system, list(turns), list(tools)))
        if not self._script:
            raise LLMUnavailable("script exhausted")
        step = self._script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    async def acomplete(self, system, turns, tools):
        return self.complete(system, turns, tools)

    def ping(self):
        return True


class FixedClock:
    def __init__(self, now: datetime):
        self._now = now

    def now(self):
        return self._now

    def advance(self, delta: timedelta):
        self._now += delta


class InMemoryPreferencesRepository:
    """``application.ports.preferences.PreferencesRepository`` in a dict (issue 25)."""

    def __init__(self):
        self._preferences: dict[str, CoachPreferences] = {}
        self._lock = threading.Lock()

    def get(self, runner_id):
        with self._lock:
            found = self._preferences.get(runner_id)
            return copy.deepcopy(found) if found else CoachPreferences(runner_id)

    def save(self, preferences):
        with self._lock:
            key = preferences.calendar_key
            if key and any(p.calendar_key == key and p.runner_id != preferences.runner_id
                           for p in self._preferences.values()):
                raise ValueError("calendar key already belongs to another runner")
            self._preferences[preferences.runner_id] = copy.deepcopy(preferences)

    def for_runners(self, runner_ids):
        return {runner_id: self.get(runner_id) for runner_id in runner_ids}

    def by_calendar_key(self, key):
        with self._lock:
            found = next((p for p in self._preferences.values() if key and p.calendar_key == key), None)
            return copy.deepcopy(found) if found else None


class InMemoryStravaRepository:
    """StravaRepository in memory (tests, demos): the links and the waiting events."""

    def __init__(self):
        self._links: dict[str, object] = {}
        self._events: dict[str, list] = {}      # id -> [event, next_attempt_at, done]
        self._lock = threading.Lock()

    def save_link(self, link):
        with self._lock:
            for runner_id, other in list(self._links.items()):
                if other.athlete_id == link.athlete_id and runner_id != link.runner_id:
                    del self._links[runner_id]
            self._links[link.runner_id] = link

    def link_for_runner(self, runner_id):
        return self._links.get(runner_id)

    def link_for_athlete(self, athlete_id):
        return next((link for link in self._links.values() if link.athlete_id == athlete_id), None)

    def forget_link(self, runner_id):
        with self._lock:
            return self._links.pop(runner_id, None) is not None

    def add_event(self, event, at):
        with self._lock:
            if event.id in self._events:
                return False
            self._events[event.id] = [attrs.evolve(event, received_at=at), at, False]
            return True

    def due_events(self, now, limit=50):
        with self._lock:
            due = [(at, n, e) for n, (e, at, done) in enumerate(self._events.values()) if not done and at <= now]
        return [e for _, _, e in sorted(due, key=lambda t: (t[0], t[1]))][:limit]

    def event_done(self, event_id):
        with self._lock:
            if event_id in self._events:
                self._events[event_id][2] = True

    def event_later(self, event_id, at):
        with self._lock:
            if event_id in self._events:
                entry = self._events[event_id]
                entry[0] = attrs.evolve(entry[0], attempts=entry[0].attempts + 1)
                entry[1] = at
