"""In-memory implementations of every port: fast unit tests and throwaway sessions."""
from __future__ import annotations

import copy
import math
import threading
from collections import defaultdict, deque
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

from application.delivery import OutboundMessage
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
from domain.conversation import Message
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.memory import MemoryDocument, Recollection, run_memory
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


class InMemoryConversationLog:
    def __init__(self):
        self._messages: dict[str, list[Message]] = defaultdict(list)

    def append(self, message):
        self._messages[message.runner_id].append(copy.deepcopy(message))

    def set_intent(self, message_id, intent):
        for messages in self._messages.values():
            for m in messages:
                if m.id == message_id:
                    m.intent = intent

    def for_runner(self, runner_id, limit=50):
        return [copy.deepcopy(m) for m in self._messages[runner_id][-limit:]]


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


class InMemoryChatBuffer:
    def __init__(self, clock, size: int = CHAT_BUFFER_SIZE, ttl: timedelta = CHAT_BUFFER_TTL):
        self._clock = clock
        self._size = size
        self._ttl = ttl
        self._buffers: dict[str, deque[Message]] = {}
        self._touched: dict[str, datetime] = {}

    def append(self, message):
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


class InMemoryInbox:
    """``Inbox`` in a dict (thread-safe); durable only as long as the process lives."""

    def __init__(self, clock=None):
        self._clock = clock
        self._items: dict[str, tuple[int, InboxItem]] = {}
        self._done_at: dict[str, datetime] = {}
        self._seq = 0
        self._lock = threading.Lock()

    def _now(self) -> datetime:
        return self._clock.now() if self._clock is not None else datetime.now(timezone.utc)

    def put(self, item: InboxItem) -> bool:
        with self._lock:
            if item.message_id in self._items:
                return False
            self._seq += 1
            self._items[item.message_id] = (self._seq, item)
            return True

    def pending(self, limit: int = 1000) -> list[InboxItem]:
        with self._lock:
            waiting = [(item.received_at, seq, item) for seq, item in self._items.values()
                       if item.message_id not in self._done_at]
        waiting.sort(key=lambda t: (t[0], t[1]))
        return [item for _, _, item in waiting[:limit]]

    def done(self, message_id: str) -> None:
        with self._lock:
            if message_id in self._items and message_id not in self._done_at:
                self._done_at[message_id] = self._now()

    def purge_done(self, older_than: timedelta) -> int:
        cutoff = self._now() - older_than
        with self._lock:
            old = [m for m, at in self._done_at.items() if at < cutoff]
            for message_id in old:
                del self._done_at[message_id]
                del self._items[message_id]
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
        [vector] = self._embedder.embed_documents([document.text])     # outside the lock: slow
        with self._lock:
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
    rollback never undoes another thread's unit; writes outside any unit are not isolated."""

    def __init__(self, *repositories: object):
        self._repositories = repositories
        self._lock = threading.RLock()
        self._local = threading.local()

    def _snapshot(self) -> list[dict[str, object]]:
        return [{name: copy.deepcopy(value) for name, value in vars(repo).items() if not _is_lock(value)}
                for repo in self._repositories]

    def __enter__(self) -> InMemoryUnitOfWork:
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            self._lock.acquire()
            self._local.snapshot = self._snapshot()
        self._local.depth = depth + 1
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._local.depth -= 1
        if self._local.depth:
            return None
        try:
            if exc_type is not None:
                for repo, state in zip(self._repositories, self._local.snapshot, strict=True):
                    for name, value in state.items():
                        setattr(repo, name, value)
        finally:
            self._local.snapshot = None
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

    def texts_to(self, phone):
        wanted = normalize_phone(phone) if phone and phone.lstrip("+").isdigit() else phone
        return [t for p, t, _ in self.sent if p == wanted]


class InMemoryDeliveryLog:
    """``application.delivery.DeliveryLog`` in dicts (thread-safe)."""

    def __init__(self):
        self._sent: dict[str, OutboundMessage] = {}
        self._unreachable: dict[str, tuple[datetime, int]] = {}
        self._lock = threading.Lock()

    def record(self, message):
        with self._lock:
            self._sent.setdefault(message.id, copy.deepcopy(message))

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
        with self._lock:
            for message_id in message_ids:
                if message_id in self._sent and self._sent[message_id].delivered_at is None:
                    self._sent[message_id].delivered_at = at

    def mark_unreachable(self, runner_id, reason, at):
        with self._lock:
            self._unreachable.setdefault(runner_id, (at, reason))

    def unreachable_since(self, runner_id):
        with self._lock:
            found = self._unreachable.get(runner_id)
            return found[0] if found else None

    def mark_reachable(self, runner_id):
        with self._lock:
            self._unreachable.pop(runner_id, None)

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

    def ping(self):
        return True


class FixedClock:
    def __init__(self, now: datetime):
        self._now = now

    def now(self):
        return self._now

    def advance(self, delta: timedelta):
        self._now += delta
