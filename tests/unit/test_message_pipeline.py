"""The message pipeline (issue 12) end to end on the in-memory store: inbox → one unit of work per
message (AnswerMessages) → outbox → Graph (SendReplies) → status webhooks (HandleReceipts), driven
through ``application.messaging.jobs.Jobs`` as a worker would, with the real composition root and coach.

Graph is a scripted fake that fails with the errors the WhatsApp adapter raises (``code``,
``retryable``, ``ambiguous``); the clock is fixed and moved by hand, so backoffs are checked
without waiting. Error codes:
https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dependency_injector import providers

from adapters.in_memory import FixedClock
from adapters.whatsapp import WhatsAppSendError
from application.coach.coach_reply import CoachReply
from application.messages import say, short_date
from application.messaging.inbound import Answered
from application.messaging.jobs import STALE_AFTER
from application.messaging.outbound import AMBIGUOUS_WAIT, GIVE_UP_AFTER
from application.ports import Button, InboxItem
from application.ports.outbox import DELIVERED, FAILED, HELD, PENDING, READ, SENT, OutboxMessage
from bootstrap import Settings, build_container
from domain.conversation import Role
from domain.errors import InvalidProfile
from domain.runner import Runner
from tests.coach_harness import NOW, ONBOARDING_EN, ONBOARDING_ES

ANA = "+593991234567"          # onboarded in Spanish
JOHN = "+14155550123"          # onboarded in English
RUN_REPORT = "Hoy corrí 10 km en 55 minutos"


def sender(phone: str) -> str:
    return phone.lstrip("+")


class ScriptedGraph:
    """The Messenger as Graph would answer: each send to an address takes the next scripted error
    for it, if any, else is accepted with a new wamid."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, str]] = []            # every send tried: (to, text)
        self.sent: list[tuple[str, str, str]] = []           # accepted: (to, text, wamid)
        self.templates: list[tuple[str, str]] = []
        self.images: list[tuple[str, str]] = []              # pictures sent: (to, caption)
        self.references: list[str | None] = []               # what each send asked WhatsApp to echo back
        self.before_send: Callable[[str, str], object] | None = None     # runs first in each send
        self._failures: dict[str, list[Exception]] = {}
        self._ids = 0
        self._lock = threading.Lock()

    def fail(self, to: str, *errors: Exception) -> None:
        self._failures.setdefault(to, []).extend(errors)

    def _accept(self, to: str, text: str) -> list[tuple[str, str]]:
        if self.before_send is not None:
            self.before_send(to, text)
        with self._lock:
            self.attempts.append((to, text))
            waiting = self._failures.get(to)
            if waiting:
                raise waiting.pop(0)
            self._ids += 1
            wamid = f"wamid.out{self._ids}"
            self.sent.append((to, text, wamid))
            return [(wamid, text)]

    def send_text(self, phone: str, text: str) -> list[tuple[str, str]]:
        return self._accept(phone, text)

    def send_buttons(self, phone: str, text: str, buttons: Sequence[Button]) -> list[tuple[str, str]]:
        return self._accept(phone, text)

    def send_template(self, phone: str, name: str, language: str,
                      parameters: Sequence[str]) -> list[tuple[str, str]]:
        self.templates.append((phone, name))
        self._ids += 1
        return [(f"wamid.template{self._ids}", f"[template {name}]")]

    async def asend_text(self, phone: str, text: str, reference: str | None = None) -> list[tuple[str, str]]:
        self.references.append(reference)
        return self._accept(phone, text)

    async def asend_buttons(self, phone: str, text: str, buttons: Sequence[Button],
                            reference: str | None = None) -> list[tuple[str, str]]:
        self.references.append(reference)
        return self._accept(phone, text)

    async def asend_image(self, phone: str, png: bytes, caption: str, reference: str | None = None
                          ) -> list[tuple[str, str]]:
        """A picture (issue 25: "¿Cómo voy?" brings the progress card): accepted, kept apart."""
        with self._lock:
            self._ids += 1
            self.images.append((phone, caption))
            return [(f"wamid.image{self._ids}", caption)]

    def texts_to(self, to: str) -> list[str]:
        return [text for address, text, _ in self.sent if address == to]

    def tries_to(self, to: str) -> int:
        return sum(1 for address, _ in self.attempts if address == to)


def graph_error(code: int | None, *, status: int = 400, retryable: bool = False,
                ambiguous: bool = False) -> WhatsAppSendError:
    """What adapters.whatsapp raises once its own retries are spent."""
    return WhatsAppSendError(f"Graph API answered {status} (code {code})", status=status, code=code,
                             retryable=retryable, ambiguous=ambiguous)


class WorkerJobs:
    """``Jobs`` as one worker runs them: each awaited job on an event loop of its own."""

    def __init__(self, jobs: Any) -> None:
        self._jobs = jobs

    def answer(self, sender: str, *, last_attempt: bool = False) -> list[Answered]:
        return asyncio.run(self._jobs.answer(sender, last_attempt=last_attempt))

    def delivery_failure(self, message_id: str, codes: Sequence[int]) -> str:
        return asyncio.run(self._jobs.delivery_failure(message_id, codes))

    def sweep(self, *, everything: bool = False) -> list[str]:
        return asyncio.run(self._jobs.sweep(everything=everything))

    def receipt(self, message_id: str, status: str, reference: str | None = None) -> bool:
        return self._jobs.receipt(message_id, status, reference)


class FaultyCoach:
    """The real coach, except that it raises ``faults[text]`` for those texts."""

    def __init__(self, coach: Any, faults: dict[str, Exception], coached: list[str]) -> None:
        self._coach, self._faults, self._coached = coach, faults, coached

    def open(self, phone: str | None, text: str, whatsapp_id: str | None = None, progress: str | None = None,
             sent_at: Any = None) -> Any:
        self._coached.append(text)
        if text in self._faults:
            raise self._faults[text]
        return self._coach.open(phone, text, whatsapp_id=whatsapp_id, progress=progress, sent_at=sent_at)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._coach, name)


class Pipeline:
    """The real container on the memory store, a FixedClock, a ScriptedGraph, and a coach that
    raises ``faults[text]`` for those texts (else the real coach answers)."""

    def __init__(self, tmp_path: Any) -> None:
        self.container = build_container(Settings(
            store="memory", vector_store="memory", embeddings="hashing", llm_provider="offline",
            data_dir=str(tmp_path)))
        self.clock = FixedClock(NOW)
        self.container.clock.override(providers.Object(self.clock))
        self.graph = ScriptedGraph()
        self.container.messenger.override(providers.Object(self.graph))
        self.faults: dict[str, Exception] = {}
        self.coached: list[str] = []                         # every text the coach was asked about
        coach = FaultyCoach(self.container.reply_to_runner(), self.faults, self.coached)
        self.container.reply_to_runner.override(providers.Object(coach))
        self.store = self.container.store()
        self.inbox = self.container.inbox()
        self.outbox = self.container.outbox()
        self.deliveries = self.store.deliveries
        self.jobs = WorkerJobs(self.container.jobs())
        send_replies = self.container.send_replies()
        self.send_replies = lambda *args, **kwargs: asyncio.run(send_replies(*args, **kwargs))
        self._ids = 0

    def put(self, phone: str, text: str, *, sent_at: datetime | None = None) -> InboxItem:
        """What the webhook does: store the message (WhatsApp writes the number without '+')."""
        self._ids += 1
        item = InboxItem(f"wamid.in{self._ids}", sender(phone), "text", text, self.clock.now(),
                         sent_at=sent_at or self.clock.now())
        assert self.inbox.put(item)
        return item

    def say(self, phone: str, text: str) -> InboxItem:
        """A second later, a message in, answered by a worker's job."""
        self.clock.advance(timedelta(seconds=1))
        item = self.put(phone, text)
        self.jobs.answer(sender(phone))
        return item

    def onboard(self, phone: str, answers: Sequence[str] = ONBOARDING_ES) -> Runner:
        for text in answers:
            self.say(phone, text)
        runner = self.store.runners.by_phone(phone)
        assert runner is not None and runner.onboarding_completed
        return runner

    def reply_to(self, item: InboxItem) -> OutboxMessage:
        """The reply's words (a progress question also brings the card after them: issue 25)."""
        [reply] = [m for m in self.outbox.for_answer(item.message_id) if m.image is None and m.picture is None]
        return reply

    def runner_messages(self, runner: Runner) -> list[str]:
        return [m.text for m in self.store.conversations.for_runner(runner.id, limit=10_000)
                if m.role == Role.RUNNER]

    def due_at(self, item: InboxItem) -> timedelta:
        """How long until the reply to ``item`` is tried again."""
        return self.reply_to(item).next_attempt_at - self.clock.now()


@pytest.fixture
def pipe(tmp_path: Any) -> Pipeline:
    return Pipeline(tmp_path)


def outcomes(answered: list[Answered]) -> list[str]:
    return [a.outcome for a in answered]


# --- 1. exactly once --------------------------------------------------------------------------

def test_a_run_report_is_stored_once_with_its_reply_and_done_mark(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    item = pipe.put(ANA, RUN_REPORT)

    answered = pipe.jobs.answer(sender(ANA))

    assert outcomes(answered) == ["answered"] and answered[0].intent == "log_run"
    [run] = pipe.store.runs.for_runner(ana.id)
    assert run.distance_km == 10.0 and run.duration_s == 55 * 60
    reply = pipe.reply_to(item)
    assert reply.status == SENT and reply.wamid is not None and reply.runner_id == ana.id
    assert pipe.graph.texts_to(ANA)[-1] == reply.text
    assert pipe.inbox.is_done(item.message_id)
    assert pipe.runner_messages(ana).count(RUN_REPORT) == 1

    # The queue runs the job again (a retry after a crash that came after the commit): nothing changes.
    sent_before = len(pipe.graph.sent)
    assert pipe.jobs.answer(sender(ANA)) == []
    assert outcomes([asyncio.run(pipe.container.answer_messages().answer(item))]) == ["already_done"]
    assert len(pipe.store.runs.for_runner(ana.id)) == 1
    assert pipe.outbox.for_answer(item.message_id) == [pipe.outbox.get(reply.id)]
    assert pipe.runner_messages(ana).count(RUN_REPORT) == 1
    assert len(pipe.graph.sent) == sent_before


def test_a_failure_before_the_commit_leaves_nothing_and_the_retry_stores_it_once(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    ana = pipe.onboard(ANA)
    add = pipe.outbox.add
    runs_seen_at_failure: list[int] = []

    def add_failing_once(message: OutboxMessage) -> None:
        if not runs_seen_at_failure:
            runs_seen_at_failure.append(len(pipe.store.runs.for_runner(ana.id)))
            raise ConnectionError("the database went away")
        add(message)

    monkeypatch.setattr(pipe.outbox, "add", add_failing_once)
    item = pipe.put(ANA, RUN_REPORT)
    sent_before = len(pipe.graph.sent)

    with pytest.raises(ConnectionError):
        pipe.jobs.answer(sender(ANA))

    assert runs_seen_at_failure == [1]                 # the run had been logged when it failed...
    assert pipe.store.runs.for_runner(ana.id) == []    # ...and went with the rollback
    assert RUN_REPORT not in pipe.runner_messages(ana)
    assert pipe.outbox.for_answer(item.message_id) == []
    assert not pipe.inbox.is_done(item.message_id)
    assert [i.message_id for i in pipe.inbox.pending_for(sender(ANA))] == [item.message_id]
    assert len(pipe.graph.sent) == sent_before

    answered = pipe.jobs.answer(sender(ANA))           # the queue's retry

    assert outcomes(answered) == ["answered"]
    assert len(pipe.store.runs.for_runner(ana.id)) == 1
    assert pipe.runner_messages(ana).count(RUN_REPORT) == 1
    assert pipe.reply_to(item).status == SENT
    assert pipe.inbox.is_done(item.message_id)
    assert len(pipe.graph.sent) == sent_before + 1


def test_a_held_text_survives_an_answer_that_rolled_back(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Releasing the held texts into a reply is part of the reply's unit: rolled back with it."""
    ana = pipe.onboard(ANA)
    pipe.graph.fail(ANA, graph_error(131047))
    held_text = pipe.reply_to(pipe.say(ANA, "¿Cómo voy?")).text
    assert [m.text for m in pipe.deliveries.held(ana.id)] == [held_text]
    add = pipe.outbox.add
    failures: list[str] = []

    def add_failing_once(message: OutboxMessage) -> None:
        if not failures:
            failures.append(message.text)
            raise ConnectionError("the database went away")
        add(message)

    monkeypatch.setattr(pipe.outbox, "add", add_failing_once)
    item = pipe.put(ANA, RUN_REPORT)
    with pytest.raises(ConnectionError):
        pipe.jobs.answer(sender(ANA))
    assert failures and failures[0].startswith(held_text)       # it was going with this reply

    pipe.jobs.answer(sender(ANA))

    assert pipe.reply_to(item).text.startswith(held_text + "\n\n")
    assert pipe.graph.texts_to(ANA)[-1].startswith(held_text)


# --- 2. order ---------------------------------------------------------------------------------

def test_items_are_answered_in_the_order_they_were_sent_not_received(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    t = pipe.clock.now()
    later = pipe.put(ANA, "¿Cómo voy?", sent_at=t - timedelta(seconds=2))       # arrives first
    pipe.clock.advance(timedelta(seconds=1))
    earlier = pipe.put(ANA, RUN_REPORT, sent_at=t - timedelta(seconds=5))

    answered = pipe.jobs.answer(sender(ANA))

    assert [a.message_id for a in answered] == [earlier.message_id, later.message_id]
    assert pipe.runner_messages(ana)[-2:] == [RUN_REPORT, "¿Cómo voy?"]
    assert pipe.graph.texts_to(ANA)[-2:] == [pipe.reply_to(earlier).text, pipe.reply_to(later).text]


def test_a_message_sent_earlier_that_comes_in_while_a_later_one_is_answered_goes_first(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """A delivery retried by Meta lands while the runner's next message is being answered: the
    earlier one is answered first, each once (chaos: a server killed mid-delivery)."""
    ana = pipe.onboard(ANA)
    t = pipe.clock.now()
    later = pipe.put(ANA, "¿Cómo voy?", sent_at=t)
    late: list[InboxItem] = []
    coach = pipe.container.reply_to_runner()
    real_open = coach.open

    def open_and_meanwhile(phone: str | None, text: str, **options: Any) -> Any:
        if text == "¿Cómo voy?" and not late:                     # while it is answered, the retry lands
            late.append(pipe.put(ANA, RUN_REPORT, sent_at=t - timedelta(seconds=3)))
        return real_open(phone, text, **options)
    monkeypatch.setattr(coach, "open", open_and_meanwhile)

    answered = pipe.jobs.answer(sender(ANA))

    [earlier] = late
    assert [a.message_id for a in answered] == [earlier.message_id, later.message_id]
    assert pipe.runner_messages(ana)[-2:] == [RUN_REPORT, "¿Cómo voy?"]
    assert pipe.graph.texts_to(ANA)[-2:] == [pipe.reply_to(earlier).text, pipe.reply_to(later).text]
    assert len(pipe.store.runs.for_runner(ana.id)) == 1 and pipe.inbox.pending() == []


def test_two_senders_are_answered_independently(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    john = pipe.onboard(JOHN, ONBOARDING_EN)
    pipe.faults["BOOM"] = RuntimeError("a bug")
    stuck = pipe.put(ANA, "BOOM")
    question = pipe.put(JOHN, "How am I doing?")

    with pytest.raises(RuntimeError):
        pipe.jobs.answer(sender(ANA))
    assert not pipe.inbox.is_done(question.message_id)        # Ana's job did not touch John's

    assert outcomes(pipe.jobs.answer(sender(JOHN))) == ["answered"]
    assert pipe.reply_to(question).status == SENT and pipe.reply_to(question).runner_id == john.id
    assert not pipe.inbox.is_done(stuck.message_id)


# --- 3. quarantine ----------------------------------------------------------------------------

def test_a_refused_message_is_quarantined_and_its_neighbours_answered(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.faults["REFUSE"] = InvalidProfile("nonsense", "phone_invalid")
    before = pipe.put(ANA, "¿Cómo voy?")
    refused = pipe.put(ANA, "REFUSE")
    after = pipe.put(ANA, RUN_REPORT)

    answered = pipe.jobs.answer(sender(ANA))

    assert outcomes(answered) == ["answered", "refused", "answered"]
    assert pipe.inbox.quarantined(refused.message_id) == "refused: phone_invalid"
    assert pipe.outbox.for_answer(refused.message_id) == []
    assert pipe.reply_to(before).status == SENT and pipe.reply_to(after).status == SENT
    assert pipe.inbox.pending_for(sender(ANA)) == []
    assert pipe.jobs.answer(sender(ANA)) == [] and pipe.coached.count("REFUSE") == 1


def test_a_sender_with_an_impossible_number_is_refused_not_retried(pipe: Pipeline) -> None:
    item = InboxItem("wamid.bad", "12", "text", "hola", pipe.clock.now())
    assert pipe.inbox.put(item)

    assert outcomes(pipe.jobs.answer("12")) == ["refused"]
    assert pipe.inbox.quarantined(item.message_id) == "refused: phone_invalid"
    assert pipe.graph.attempts == []


@pytest.mark.parametrize(("phone", "answers", "language", "question"), [
    (ANA, ONBOARDING_ES, "es", "¿Cómo voy?"),
    (JOHN, ONBOARDING_EN, "en", "How am I doing?"),
])
def test_an_unexpected_error_is_retried_then_quarantined_with_an_apology(
        pipe: Pipeline, phone: str, answers: Sequence[str], language: str, question: str) -> None:
    runner = pipe.onboard(phone, answers)
    pipe.faults["BOOM"] = RuntimeError("a bug")
    boom = pipe.put(phone, "BOOM")
    behind = pipe.put(phone, question)

    with pytest.raises(RuntimeError):                         # not the last attempt: the queue retries
        pipe.jobs.answer(sender(phone))
    assert not pipe.inbox.is_done(boom.message_id) and not pipe.inbox.is_done(behind.message_id)
    assert pipe.outbox.for_answer(boom.message_id) == []
    assert "BOOM" not in pipe.runner_messages(runner)

    answered = pipe.jobs.answer(sender(phone), last_attempt=True)

    assert outcomes(answered) == ["failed", "answered"]
    assert pipe.inbox.quarantined(boom.message_id) == "failed"
    apology = pipe.reply_to(boom)
    assert apology.text == say(language, "message_failed") and apology.status == SENT
    assert pipe.graph.texts_to(phone)[-2:] == [apology.text, pipe.reply_to(behind).text]
    assert pipe.jobs.answer(sender(phone)) == [] and pipe.coached.count("BOOM") == 2


def test_a_media_message_is_answered_that_only_text_is_understood(pipe: Pipeline) -> None:
    pipe.onboard(JOHN, ONBOARDING_EN)
    known = InboxItem("wamid.photo", sender(JOHN), "unsupported", "", pipe.clock.now(), type="image")
    stranger = InboxItem("wamid.voice", "593987654321", "unsupported", "", pipe.clock.now(), type="audio")
    assert pipe.inbox.put(known) and pipe.inbox.put(stranger)

    assert outcomes(pipe.jobs.answer(sender(JOHN)) + pipe.jobs.answer("593987654321")) == ["unsupported"] * 2

    assert pipe.reply_to(known).text == say("en", "only_text") and pipe.reply_to(known).status == SENT
    # Nobody knows the stranger's language yet: both. Their reply is sent too (nothing to hold it for).
    assert pipe.reply_to(stranger).text == say("es", "only_text") + "\n\n" + say("en", "only_text")
    assert pipe.reply_to(stranger).status == SENT
    assert pipe.store.runners.by_phone("+593987654321") is None


# --- 4. sending the outbox --------------------------------------------------------------------

def test_an_accepted_reply_is_sent_with_its_wamid_in_the_delivery_log(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    item = pipe.say(ANA, "¿Cómo voy?")

    reply = pipe.reply_to(item)
    assert reply.status == SENT and reply.attempts == 1 and reply.error is None
    assert reply.wamid == pipe.graph.sent[-1][2]
    recorded = pipe.deliveries.get(reply.wamid)
    assert recorded is not None
    assert (recorded.runner_id, recorded.text, recorded.answers) == (ana.id, reply.text, item.message_id)


def test_a_send_graph_took_is_recorded_once_the_database_is_back_and_not_sent_again(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database goes away while Graph takes a reply: its "sent" mark is written once it is back,
    well within the lease, instead of the reply going out again when the lease ends."""
    pipe.onboard(ANA)
    real_update, failures = pipe.outbox.update, [ConnectionError("database gone"), ConnectionError("still gone")]

    def update(message: OutboxMessage) -> None:
        if message.status == SENT and failures:
            raise failures.pop(0)
        real_update(message)
    monkeypatch.setattr(pipe.outbox, "update", update)
    sent_before = len(pipe.graph.texts_to(ANA))
    item = pipe.say(ANA, "¿Cómo voy?")

    reply = pipe.reply_to(item)
    assert failures == [] and reply.status == SENT and reply.wamid == pipe.graph.sent[-1][2]
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 1
    pipe.clock.advance(timedelta(minutes=5))                 # long after the lease
    pipe.jobs.sweep()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 1  # not sent again


def test_a_transient_failure_is_retried_with_growing_backoff(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.graph.fail(ANA, ConnectionError("reset"),                           # no code at all
                    graph_error(None, status=503, retryable=True),
                    graph_error(130429, status=429, retryable=True),
                    graph_error(190, status=401))                            # the token, being replaced
    item = pipe.say(ANA, "¿Cómo voy?")
    waits = []
    for attempt in range(1, 5):
        reply = pipe.reply_to(item)
        assert (reply.status, reply.attempts, reply.wamid) == (PENDING, attempt, None)
        wait = pipe.due_at(item)
        waits.append(wait.total_seconds())
        tries = pipe.graph.tries_to(ANA)
        pipe.clock.advance(wait - timedelta(seconds=1))
        pipe.send_replies()
        assert pipe.graph.tries_to(ANA) == tries                             # not tried before it is due
        pipe.clock.advance(timedelta(seconds=1))
        pipe.send_replies()

    assert pipe.reply_to(item).status == SENT
    assert pipe.graph.texts_to(ANA).count(pipe.reply_to(item).text) == 1
    assert 4 <= waits[0] <= 6                                                # 5 s ± 20 %
    assert waits == sorted(waits) and len(set(waits)) == 4


def test_a_send_that_timed_out_is_not_repeated_before_the_ambiguous_wait(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.graph.fail(ANA, graph_error(None, status=0, retryable=True, ambiguous=True))
    item = pipe.say(ANA, "¿Cómo voy?")

    assert pipe.reply_to(item).status == PENDING
    assert pipe.due_at(item) >= AMBIGUOUS_WAIT
    tries = pipe.graph.tries_to(ANA)
    pipe.clock.advance(AMBIGUOUS_WAIT - timedelta(seconds=2))
    pipe.jobs.sweep()
    assert pipe.graph.tries_to(ANA) == tries

    pipe.clock.advance(pipe.due_at(item))
    pipe.jobs.sweep()
    assert pipe.reply_to(item).status == SENT and pipe.graph.tries_to(ANA) == tries + 1


def test_outside_the_24h_window_the_reply_is_held_and_goes_before_the_next_answer_once(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    pipe.graph.fail(ANA, graph_error(131047))
    first = pipe.say(ANA, "¿Cómo voy?")

    held = pipe.reply_to(first)
    assert held.status == HELD
    assert [m.text for m in pipe.deliveries.held(ana.id)] == [held.text]
    tries = pipe.graph.tries_to(ANA)
    pipe.clock.advance(timedelta(days=1))
    pipe.jobs.sweep()
    assert pipe.graph.tries_to(ANA) == tries                                 # not retried blindly

    second = pipe.say(ANA, RUN_REPORT)

    reply = pipe.reply_to(second)
    assert reply.text.startswith(held.text + "\n\n") and reply.status == SENT
    assert pipe.graph.texts_to(ANA)[-1] == reply.text
    assert pipe.deliveries.held(ana.id) == []
    pipe.say(ANA, "Gracias")
    assert sum(held.text in text for text in pipe.graph.texts_to(ANA)) == 1


def test_an_undeliverable_reply_is_held_and_the_runner_unreachable_until_they_write(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    pipe.graph.fail(ANA, graph_error(131026))
    first = pipe.say(ANA, "¿Cómo voy?")

    held = pipe.reply_to(first)
    assert held.status == HELD
    assert pipe.deliveries.unreachable_since(ana.id) is not None
    assert [m.text for m in pipe.deliveries.held(ana.id)] == [held.text]

    second = pipe.say(ANA, RUN_REPORT)

    assert pipe.deliveries.unreachable_since(ana.id) is None
    assert pipe.reply_to(second).text.startswith(held.text + "\n\n")
    assert pipe.reply_to(second).status == SENT


def test_a_permanent_error_fails_the_reply_for_good(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.graph.fail(ANA, graph_error(100))                                   # invalid parameter
    item = pipe.say(ANA, "¿Cómo voy?")

    reply = pipe.reply_to(item)
    assert (reply.status, reply.error, reply.attempts) == (FAILED, "graph 100", 1)
    tries = pipe.graph.tries_to(ANA)
    pipe.clock.advance(timedelta(hours=2))
    pipe.jobs.sweep()
    assert pipe.graph.tries_to(ANA) == tries
    assert pipe.reply_to(item).attempts == 1


def test_a_reply_not_sent_within_24h_is_held_for_the_next_message(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    pipe.graph.fail(ANA, ConnectionError("down"), ConnectionError("still down"))
    item = pipe.say(ANA, "¿Cómo voy?")
    assert pipe.reply_to(item).status == PENDING

    pipe.clock.advance(GIVE_UP_AFTER)
    pipe.jobs.sweep()

    reply = pipe.reply_to(item)
    assert reply.status == HELD and reply.attempts == 2
    assert [m.text for m in pipe.deliveries.held(ana.id)] == [reply.text]
    assert pipe.reply_to(pipe.say(ANA, RUN_REPORT)).text.startswith(reply.text + "\n\n")


def test_a_runners_replies_go_out_in_order_while_the_first_backs_off(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.onboard(JOHN, ONBOARDING_EN)
    pipe.graph.fail(ANA, ConnectionError("down"), ConnectionError("still down"))
    first = pipe.say(ANA, "¿Cómo voy?")
    ana_sent = len(pipe.graph.texts_to(ANA))
    second = pipe.say(ANA, RUN_REPORT)                 # answered while the first backs off
    other = pipe.say(JOHN, "How am I doing?")

    assert pipe.reply_to(second).status == PENDING     # not sent before the first
    assert pipe.reply_to(other).status == SENT         # another runner's is not held up

    pipe.clock.advance(pipe.due_at(first))
    pipe.send_replies()                                # the first fails again
    assert pipe.reply_to(first).status == PENDING
    assert pipe.due_at(second) <= timedelta(0) < pipe.due_at(first)
    pipe.send_replies()                                # the second is due, the first is not yet
    assert len(pipe.graph.texts_to(ANA)) == ana_sent   # still: the second waits for the first

    pipe.clock.advance(pipe.due_at(first))
    pipe.send_replies()
    assert pipe.graph.texts_to(ANA)[ana_sent:] == [pipe.reply_to(first).text, pipe.reply_to(second).text]


# --- 5. receipts ------------------------------------------------------------------------------

def test_receipts_move_the_status_forward_only(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    one = pipe.reply_to(pipe.say(ANA, "¿Cómo voy?"))
    two = pipe.reply_to(pipe.say(ANA, "Gracias"))
    assert one.wamid is not None and two.wamid is not None

    assert pipe.jobs.receipt(one.wamid, "delivered")
    assert pipe.outbox.get(one.id).status == DELIVERED
    pipe.jobs.receipt(one.wamid, "read")
    assert pipe.outbox.get(one.id).status == READ
    pipe.jobs.receipt(one.wamid, "delivered")                        # late: changes nothing
    assert pipe.outbox.get(one.id).status == READ

    pipe.jobs.receipt(two.wamid, "read")                             # webhooks out of order
    pipe.jobs.receipt(two.wamid, "delivered")
    assert pipe.outbox.get(two.id).status == READ
    assert not pipe.jobs.receipt("wamid.unknown", "delivered")


def test_a_reply_graph_took_from_a_sender_that_died_is_closed_by_its_status_webhook(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """kill -9 between Graph's answer and the "sent" record: the reply stays leased, and would go out
    again when the lease ends. Its status webhook echoes the outbox id the send carried
    (biz_opaque_callback_data): that closes it, and it is not sent twice."""
    import application.messaging.outbound as outbound
    pipe.onboard(ANA)
    real_update = pipe.outbox.update

    def died(message: OutboxMessage) -> None:
        if message.status == SENT:
            raise RuntimeError("kill -9")
        real_update(message)
    monkeypatch.setattr(pipe.outbox, "update", died)
    monkeypatch.setattr(outbound, "RECORD_SENT_FOR", 0.0)
    sent_before = len(pipe.graph.texts_to(ANA))
    with pytest.raises(RuntimeError, match="kill -9"):
        pipe.say(ANA, "¿Qué es el umbral?")          # one reply (a progress question also brings its card)
    monkeypatch.setattr(pipe.outbox, "update", real_update)
    [reply] = [m for m in pipe.outbox.due(pipe.clock.now() + timedelta(hours=1))
               if m.runner_id and m.image is None and m.picture is None]                 # (the progress card waits behind it)
    assert reply.status == "sending" and reply.wamid is None           # Graph has it; we don't know
    to, text, wamid = pipe.graph.sent[-1]
    assert pipe.graph.references[-1] == f"outbox:{reply.id}"

    # WhatsApp's "sent" status webhook, echoing what the send carried (one part of one).
    assert pipe.jobs.receipt(wamid, "sent", f"outbox:{reply.id}#1/1")
    closed = pipe.outbox.get(reply.id)
    assert (closed.status, closed.wamid) == (SENT, wamid)
    assert pipe.deliveries.get(wamid).text == text                     # a later failure finds its text
    pipe.clock.advance(timedelta(minutes=5))                           # the lease long over
    pipe.jobs.sweep()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 1            # sent once
    assert not pipe.jobs.receipt("wamid.other", "sent", f"outbox:{reply.id}#1/2")   # not the last part


def _left_mid_send(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> tuple[OutboxMessage, str, int]:
    """A reply Graph took whose sender was killed before recording it: (the reply, its wamid, how many
    texts Ana had before)."""
    import application.messaging.outbound as outbound
    pipe.onboard(ANA)
    real_update = pipe.outbox.update

    def died(message: OutboxMessage) -> None:
        if message.status == SENT:
            raise RuntimeError("kill -9")
        real_update(message)
    monkeypatch.setattr(pipe.outbox, "update", died)
    monkeypatch.setattr(outbound, "RECORD_SENT_FOR", 0.0)
    sent_before = len(pipe.graph.texts_to(ANA))
    with pytest.raises(RuntimeError, match="kill -9"):
        pipe.say(ANA, "¿Qué es el umbral?")          # one reply (a progress question also brings its card)
    monkeypatch.setattr(pipe.outbox, "update", real_update)
    [reply] = [m for m in pipe.outbox.due(pipe.clock.now() + timedelta(hours=1)) if m.runner_id]
    return reply, pipe.graph.sent[-1][2], sent_before


def test_a_reply_left_mid_send_waits_for_its_status_webhook_after_its_lease_before_going_again(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 22: the process was down longer than the lease (its webhook too: Meta redelivers the
    status later). The reply whose outcome is unknown is not sent at once when a sender finds it: it
    waits UNKNOWN_OUTCOME_WAIT for the status, which closes it; nothing goes twice."""
    from application.messaging.outbound import LEASE, OUTCOME_UNKNOWN, UNKNOWN_OUTCOME_WAIT
    reply, wamid, sent_before = _left_mid_send(pipe, monkeypatch)
    pipe.clock.advance(LEASE + timedelta(seconds=1))                  # the lease over, no status yet
    pipe.jobs.sweep()
    pipe.send_replies()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 1            # not sent again (yet)
    waiting = pipe.outbox.get(reply.id)
    assert waiting.error == OUTCOME_UNKNOWN and waiting.next_attempt_at == pipe.clock.now() + UNKNOWN_OUTCOME_WAIT
    pipe.clock.advance(timedelta(seconds=40))                         # Meta redelivers the status
    assert pipe.jobs.receipt(wamid, "sent", f"outbox:{reply.id}#1/1")
    pipe.clock.advance(UNKNOWN_OUTCOME_WAIT)
    pipe.jobs.sweep()
    pipe.send_replies()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 1            # sent once
    assert pipe.outbox.get(reply.id).status == SENT


def test_a_reply_left_mid_send_whose_status_never_comes_is_sent_once_the_wait_is_over(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other side of the trade-off: when no status comes (Graph had not taken it, or Meta gave
    up on our webhook), the reply goes after LEASE + UNKNOWN_OUTCOME_WAIT, once."""
    from application.messaging.outbound import LEASE, UNKNOWN_OUTCOME_WAIT
    reply, _, sent_before = _left_mid_send(pipe, monkeypatch)
    pipe.clock.advance(LEASE + timedelta(seconds=1))
    pipe.jobs.sweep()
    pipe.clock.advance(UNKNOWN_OUTCOME_WAIT + timedelta(seconds=1))
    pipe.jobs.sweep()
    pipe.send_replies()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 2            # Graph's copy and this one
    assert pipe.outbox.get(reply.id).status == SENT and pipe.outbox.get(reply.id).error is None
    pipe.clock.advance(timedelta(hours=1))
    pipe.jobs.sweep()
    pipe.send_replies()
    assert len(pipe.graph.texts_to(ANA)) == sent_before + 2


def test_a_transient_failed_status_reopens_the_reply(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    item = pipe.say(ANA, "¿Cómo voy?")
    first_wamid = pipe.reply_to(item).wamid
    assert first_wamid is not None

    assert pipe.jobs.delivery_failure(first_wamid, [131000]) == "resent"    # "something went wrong"

    reopened = pipe.reply_to(item)
    assert (reopened.status, reopened.wamid) == (PENDING, None)
    assert pipe.due_at(item) > timedelta(0)
    pipe.clock.advance(pipe.due_at(item))
    pipe.jobs.sweep()
    resent = pipe.reply_to(item)
    assert resent.status == SENT and resent.wamid not in (None, first_wamid)
    assert pipe.graph.texts_to(ANA)[-2:] == [resent.text, resent.text]


def test_a_failed_status_outside_the_24h_window_holds_the_reply(pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    item = pipe.say(ANA, "¿Cómo voy?")
    wamid = pipe.reply_to(item).wamid
    assert wamid is not None

    assert pipe.jobs.delivery_failure(wamid, [131047]) == "held"

    reply = pipe.reply_to(item)
    assert reply.status == HELD
    assert [m.text for m in pipe.deliveries.held(ana.id)] == [reply.text]
    assert pipe.reply_to(pipe.say(ANA, RUN_REPORT)).text.startswith(reply.text + "\n\n")


# --- 6. the sweep -----------------------------------------------------------------------------

def test_sweep_returns_the_senders_whose_items_wait_too_long(pipe: Pipeline) -> None:
    pipe.put(ANA, "Hola")
    pipe.put(ANA, "¿Estás?")
    pipe.clock.advance(STALE_AFTER + timedelta(seconds=1))
    pipe.put(JOHN, "Hi")                                      # just arrived: its job is on its way

    assert pipe.jobs.sweep() == [sender(ANA)]
    assert sorted(pipe.jobs.sweep(everything=True)) == sorted([sender(ANA), sender(JOHN)])

    pipe.jobs.answer(sender(ANA))
    assert pipe.jobs.sweep() == []
    assert pipe.jobs.sweep(everything=True) == [sender(JOHN)]


def test_sweep_sends_the_replies_that_are_due(pipe: Pipeline) -> None:
    pipe.onboard(ANA)
    pipe.graph.fail(ANA, ConnectionError("down"))
    item = pipe.say(ANA, "¿Cómo voy?")
    assert pipe.reply_to(item).status == PENDING

    assert pipe.jobs.sweep() == []                            # not due yet: nothing tried
    assert pipe.reply_to(item).attempts == 1
    pipe.clock.advance(pipe.due_at(item))
    assert pipe.jobs.sweep() == []

    assert pipe.reply_to(item).status == SENT
    assert pipe.graph.texts_to(ANA)[-1] == pipe.reply_to(item).text


def test_two_senders_at_once_send_each_reply_once_and_a_runners_in_order(pipe: Pipeline) -> None:
    """Two workers send at once (one answering, one sweeping): the claim lets one send a message,
    and while it sends a runner's first reply the other does not send their second."""
    pipe.onboard(ANA)
    pipe.graph.fail(ANA, ConnectionError("down"))
    first = pipe.say(ANA, "¿Cómo voy?")
    second = pipe.say(ANA, RUN_REPORT)
    pipe.clock.advance(pipe.due_at(first))
    assert pipe.due_at(second) <= timedelta(0)
    ana_sent = len(pipe.graph.texts_to(ANA))
    sending, release = threading.Event(), threading.Event()
    first_text = pipe.reply_to(first).text

    def hold_the_first(to: str, text: str) -> None:
        if text == first_text and not sending.is_set():
            sending.set()
            assert release.wait(5)

    pipe.graph.before_send = hold_the_first
    worker = threading.Thread(target=pipe.send_replies)
    worker.start()
    try:
        assert sending.wait(5)
        pipe.send_replies()                          # the other worker, while the first is on its way
        assert len(pipe.graph.texts_to(ANA)) == ana_sent
    finally:
        release.set()
        worker.join(5)
    pipe.send_replies()

    assert pipe.graph.texts_to(ANA)[ana_sent:] == [first_text, pipe.reply_to(second).text]


# --- the message's own time (issue 22) ---------------------------------------------------------

def test_hoy_and_ayer_are_read_from_when_the_runner_sent_the_message(pipe: Pipeline) -> None:
    """Sent late on Sunday night in Quito (Monday in UTC), delivered an hour later: "hoy" is Sunday,
    the runner's day when they wrote it, and "ayer" Saturday."""
    ana = pipe.onboard(ANA)
    sunday_night_quito = datetime(2026, 11, 30, 4, 30, tzinfo=NOW.tzinfo)     # 23:30 on Sunday 29 in UTC-5
    pipe.clock.advance(sunday_night_quito + timedelta(hours=1) - pipe.clock.now())
    pipe.put(ANA, "hoy corrí 8 km en 45 min", sent_at=sunday_night_quito)
    pipe.put(ANA, "ayer corrí 5 km en 30 min", sent_at=sunday_night_quito + timedelta(seconds=5))
    pipe.jobs.answer(sender(ANA))
    runs = {run.distance_km: run.date for run in pipe.store.runs.for_runner(ana.id)}
    assert runs == {8.0: date(2026, 11, 29), 5.0: date(2026, 11, 28)}


def test_a_message_delivered_days_late_is_logged_on_its_day_and_answered_knowing_it_is_late(
        pipe: Pipeline) -> None:
    ana = pipe.onboard(ANA)
    sent = pipe.clock.now() - timedelta(days=3)            # WhatsApp (or this service) was down meanwhile
    item = pipe.put(ANA, RUN_REPORT, sent_at=sent)
    pipe.jobs.answer(sender(ANA))
    [run] = pipe.store.runs.for_runner(ana.id)
    assert run.date == (pipe.clock.now() - timedelta(days=3)).astimezone(ZoneInfo(ana.timezone)).date()
    day = short_date(run.date, "es")
    assert pipe.reply_to(item).text.startswith(say("es", "late_reply", day=day))

    fresh = pipe.say(ANA, "gracias")                        # a message of today: no such note
    assert not pipe.reply_to(fresh).text.startswith(say("es", "late_reply", day=day)[:12])
