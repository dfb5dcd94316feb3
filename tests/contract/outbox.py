"""The contract of the Outbox port (application.ports.outbox: replies stored before they are sent).

A test module imports ``TestOutboxContract`` and provides ``outbox_backend``: a fixture returning an
``OutboxBackend`` whose outbox and inbox are empty and share the unit of work given beside them.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest

from application.ports import Button, InboxItem
from application.ports.outbox import DELIVERED, FAILED, HELD, PENDING, READ, SENDING, SENT, OutboxMessage
from application.ports.pictures import PlanDay, PlanPicture, ProgressCard, Tile

__all__ = ["OutboxBackend", "TestOutboxContract"]

T0 = datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=timezone.utc)
LEASE = timedelta(seconds=60)


@attrs.define
class OutboxBackend:
    outbox: Any
    inbox: Any          # the same store's inbox
    unit: Any           # the store's unit of work, which both join


def reply(n: int, *, at: datetime = T0, **fields) -> OutboxMessage:
    fields.setdefault("runner_id", "ana")
    fields.setdefault("to", "593991110001")
    fields.setdefault("text", f"respuesta {n}: ¡bien hecho! 🏃")
    fields.setdefault("next_attempt_at", at)
    return OutboxMessage(id=f"out{n}", created_at=at, **fields)


def _at_once(senders: int, send) -> None:
    """``send`` on ``senders`` threads released together, as senders in several workers."""
    start = threading.Barrier(senders)

    def released():
        start.wait()
        send()
    threads = [threading.Thread(target=released) for _ in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)


class TestOutboxContract:
    def test_a_message_is_stored_once_with_every_field(self, outbox_backend):
        outbox = outbox_backend.outbox
        full = reply(1, buttons=(Button("yes", "Sí, guárdalo"), Button("no", "No")), answers="wamid.in1",
                     attempts=2, status=SENT, wamid="wamid.out1", error="131000",
                     next_attempt_at=T0 + timedelta(minutes=5))
        outbox.add(full)
        outbox.add(reply(1, text="another text"))                   # the id decides: a no-op
        assert outbox.get("out1") == full
        plain = reply(2)
        outbox.add(plain)
        assert outbox.get("out2") == plain and outbox.get("out2").buttons == ()
        assert outbox.get("out-unknown") is None

    def test_a_picture_is_kept_byte_for_byte_and_comes_back_when_claimed(self, outbox_backend):
        """Issue 25: a progress card or plan picture waits in the outbox like a text (PNG bytes)."""
        outbox = outbox_backend.outbox
        png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
        outbox.add(reply(1, text="📈 Tu progreso", image=png))
        outbox.add(reply(2, at=T0 + timedelta(seconds=1)))
        assert outbox.get("out1").image == png and outbox.get("out2").image is None
        claimed = outbox.claim_next("ana", T0, T0 + LEASE)
        assert claimed.id == "out1" and claimed.image == png and claimed.text == "📈 Tu progreso"
        assert [m.image for m in outbox.due(T0 + LEASE, runner_id="ana")] == [png, None]

    def test_a_picture_to_draw_is_kept_whole_and_comes_back_when_claimed(self, outbox_backend):
        """Issue 23: a reply's picture waits worded, not drawn (the sender draws it after the words)."""
        outbox = outbox_backend.outbox
        card = ProgressCard(
            title="Tu progreso, Ana", subtitle="7/12 · últimas 8 semanas", volume_title="Volumen semanal (km)",
            weeks=(("3/11", 21.5), ("10/11", 0.0)), fitness_title="VDOT", fitness=(("10/11", 44.2),),
            fitness_note="10K: 49:30", tiles=(Tile("14 km", "tirada más larga"), Tile("3/4", "sesiones")))
        plan = PlanPicture(
            title="Tu plan", subtitle="32 km · VDOT 44", weekdays=("Lu", "Ma", "Mi", "Ju", "Vi", "Sá", "Do"),
            days=(PlanDay("7/12", "easy", "Rodaje suave", "8 km · 6:10–6:40", today=True),
                  PlanDay("8/12", "rest", "Descanso", "", past=False)),
            first_weekday=0, week_totals=("Semana 1: 32 km",), legend=(("easy", "Rodaje suave"),))
        outbox.add(reply(1, text="📈 Tu progreso", picture=card))
        outbox.add(reply(2, at=T0 + timedelta(seconds=1), text="🗓️ Tu plan", picture=plan))
        outbox.add(reply(3, at=T0 + timedelta(seconds=2)))
        assert outbox.get("out1").picture == card and outbox.get("out2").picture == plan
        assert outbox.get("out3").picture is None and outbox.get("out1").image is None
        claimed = outbox.claim_next("ana", T0, T0 + LEASE)
        assert claimed.id == "out1" and claimed.picture == card

    def test_due_is_oldest_first_open_and_ripe_only_limited_and_filtered_by_runner(self, outbox_backend):
        outbox = outbox_backend.outbox
        late = reply(1, at=T0 + timedelta(seconds=2))
        early = reply(2, at=T0)
        tie_a, tie_b = reply(3, at=T0 + timedelta(seconds=1)), reply(4, at=T0 + timedelta(seconds=1))
        ben = reply(5, at=T0, runner_id="ben", to="593991110002")
        backing_off = reply(6, at=T0, next_attempt_at=T0 + timedelta(minutes=10))
        sending_until_later = reply(7, at=T0, status=SENDING, next_attempt_at=T0 + timedelta(minutes=1))
        lease_over = reply(8, at=T0 + timedelta(seconds=3), status=SENDING, next_attempt_at=T0)
        closed = [reply(10 + i, at=T0, status=s) for i, s in enumerate((SENT, DELIVERED, READ, HELD, FAILED))]
        for m in (late, early, tie_a, tie_b, ben, backing_off, sending_until_later, lease_over, *closed):
            outbox.add(m)
        now = T0 + timedelta(seconds=30)
        assert outbox.due(now) == [early, ben, tie_a, tie_b, late, lease_over]
        assert outbox.due(now, limit=3) == [early, ben, tie_a]
        assert outbox.due(now, runner_id="ana") == [early, tie_a, tie_b, late, lease_over]
        assert outbox.due(now, runner_id="ben") == [ben]
        assert outbox.due(now, runner_id="nobody") == []
        assert outbox.due(T0) == [early, ben, lease_over]             # next_attempt_at == now is due
        assert outbox.due(T0 + timedelta(minutes=10)) == [early, ben, backing_off, sending_until_later, tie_a,
                                                          tie_b, late, lease_over]

    def test_claim_takes_a_due_message_once(self, outbox_backend):
        outbox = outbox_backend.outbox
        outbox.add(reply(1))
        outbox.add(reply(2, next_attempt_at=T0 + timedelta(minutes=5)))
        outbox.add(reply(3, status=SENT, wamid="wamid.x"))
        now = T0 + timedelta(seconds=1)
        assert outbox.claim("out1", now, now + LEASE) is True
        claimed = outbox.get("out1")
        assert (claimed.status, claimed.attempts, claimed.next_attempt_at) == (SENDING, 1, now + LEASE)
        assert outbox.claim("out1", now, now + LEASE) is False         # leased to the first sender
        assert outbox.claim("out2", now, now + LEASE) is False         # backing off until T0 + 5 min
        assert outbox.claim("out3", now, now + LEASE) is False         # sent already
        assert outbox.claim("out-unknown", now, now + LEASE) is False
        assert outbox.get("out2").attempts == 0 and outbox.get("out3").status == SENT
        assert outbox.due(now) == []

    def test_a_sending_message_whose_lease_ended_is_due_and_claimable_again(self, outbox_backend):
        outbox = outbox_backend.outbox
        outbox.add(reply(1))
        assert outbox.claim("out1", T0, T0 + LEASE)
        assert outbox.due(T0 + LEASE - timedelta(microseconds=1)) == []   # the sender may still be at it
        [again] = outbox.due(T0 + LEASE)                                   # it died: the lease ran out
        assert (again.id, again.status, again.attempts) == ("out1", SENDING, 1)
        assert outbox.claim("out1", T0 + LEASE - timedelta(seconds=1), T0 + 2 * LEASE) is False
        assert outbox.claim("out1", T0 + LEASE, T0 + 3 * LEASE) is True
        assert (outbox.get("out1").attempts, outbox.get("out1").next_attempt_at) == (2, T0 + 3 * LEASE)

    def test_senders_on_several_threads_never_claim_one_message_twice(self, outbox_backend):
        outbox = outbox_backend.outbox
        for n in range(30):
            outbox.add(reply(n, at=T0 + timedelta(milliseconds=n)))
        won = []
        now = T0 + timedelta(seconds=1)

        def sender():
            for message in outbox.due(now):
                if outbox.claim(message.id, now, now + LEASE):
                    won.append(message.id)
        _at_once(4, sender)
        assert sorted(won) == sorted(f"out{n}" for n in range(30))        # each once, none lost
        assert {outbox.get(f"out{n}").attempts for n in range(30)} == {1}

    def test_claim_next_takes_the_runners_oldest_open_message_only_when_it_is_due(self, outbox_backend):
        outbox = outbox_backend.outbox
        outbox.add(reply(1, at=T0 + timedelta(seconds=2)))
        outbox.add(reply(2, at=T0, next_attempt_at=T0 + timedelta(minutes=5)))    # the oldest: backing off
        outbox.add(reply(3, at=T0, runner_id="ben", to="593991110002"))
        outbox.add(reply(4, at=T0 - timedelta(seconds=1), status=SENT, wamid="wamid.x"))   # closed: not open
        now = T0 + timedelta(seconds=3)
        assert outbox.claim_next("ana", now, now + LEASE) is None           # out2 first, and not due yet
        assert outbox.get("out1").status == PENDING                          # so out1 waits behind it
        later = T0 + timedelta(minutes=5)
        first = outbox.claim_next("ana", later, later + LEASE)
        assert (first.id, first.status, first.attempts, first.next_attempt_at) == ("out2", SENDING, 1, later + LEASE)
        assert first == outbox.get("out2")
        assert outbox.claim_next("ana", later, later + LEASE) is None       # out2 is leased: out1 still waits
        outbox.update(attrs.evolve(first, status=SENT, wamid="wamid.2"))
        assert outbox.claim_next("ana", later, later + LEASE).id == "out1"
        assert outbox.claim_next("ben", now, now + LEASE).id == "out3"      # runners do not wait for each other
        assert outbox.claim_next("nobody", now, now + LEASE) is None

    def test_senders_on_several_threads_claim_a_runners_next_message_once(self, outbox_backend):
        outbox = outbox_backend.outbox
        for n in range(10):
            outbox.add(reply(n, at=T0 + timedelta(milliseconds=n)))
        won = []
        now = T0 + timedelta(seconds=1)

        def sender():
            message = outbox.claim_next("ana", now, now + LEASE)
            if message is not None:
                won.append(message.id)
        _at_once(4, sender)
        assert won == ["out0"]                    # one sender got it; the others saw it leased

    def test_update_saves_the_delivery_state_only(self, outbox_backend):
        outbox = outbox_backend.outbox
        original = reply(1, buttons=(Button("a", "A"),), answers="wamid.in1")
        outbox.add(original)
        changed = attrs.evolve(original, status=SENT, attempts=3, next_attempt_at=T0 + timedelta(hours=1),
                               wamid="wamid.out1", error="131000", text="not saved", runner_id="not saved",
                               buttons=(), answers=None)
        outbox.update(changed)
        assert outbox.get("out1") == attrs.evolve(original, status=SENT, attempts=3, wamid="wamid.out1",
                                                  next_attempt_at=T0 + timedelta(hours=1), error="131000")
        outbox.update(attrs.evolve(changed, status=DELIVERED, error=None))
        assert (outbox.get("out1").status, outbox.get("out1").error) == (DELIVERED, None)
        outbox.update(reply(99))                                           # unknown: a no-op
        assert outbox.get("out99") is None

    def test_a_status_webhook_finds_the_message_by_wamid(self, outbox_backend):
        outbox = outbox_backend.outbox
        outbox.add(reply(1))
        outbox.add(reply(2))
        assert outbox.by_wamid("wamid.out2") is None
        outbox.update(attrs.evolve(reply(2), status=SENT, wamid="wamid.out2", attempts=1))
        found = outbox.by_wamid("wamid.out2")
        assert found is not None and (found.id, found.status) == ("out2", SENT)
        assert outbox.by_wamid("wamid.unknown") is None

    def test_for_answer_lists_the_replies_to_one_inbox_message_oldest_first(self, outbox_backend):
        outbox = outbox_backend.outbox
        second = reply(1, at=T0 + timedelta(seconds=1), answers="wamid.in1")
        first = reply(2, at=T0, answers="wamid.in1", status=SENT)
        other = reply(3, at=T0, answers="wamid.in2")
        scheduled = reply(4, at=T0)
        for m in (second, first, other, scheduled):
            outbox.add(m)
        assert outbox.for_answer("wamid.in1") == [first, second]
        assert outbox.for_answer("wamid.in2") == [other]
        assert outbox.for_answer("wamid.none") == []

    def test_purge_forgets_old_closed_messages_and_keeps_open_ones_however_old(self, outbox_backend):
        outbox = outbox_backend.outbox
        old = T0 - timedelta(days=30)
        closed = [reply(i, at=old, status=s) for i, s in enumerate((SENT, DELIVERED, READ, HELD, FAILED))]
        still_open = [reply(10, at=old), reply(11, at=old, status=SENDING)]
        recent = reply(12, at=T0 - timedelta(days=1), status=DELIVERED)
        for m in (*closed, *still_open, recent):
            outbox.add(m)
        assert outbox.purge(timedelta(days=7), now=T0) == 5
        assert outbox.purge(timedelta(days=7), now=T0) == 0
        assert [outbox.get(m.id) for m in closed] == [None] * 5
        assert outbox.get("out10") == still_open[0] and outbox.get("out11") == still_open[1]
        assert outbox.get("out12") == recent

    def test_a_reply_is_rolled_back_with_its_unit_of_work_and_the_inbox_done_mark(self, outbox_backend):
        outbox, inbox, unit = outbox_backend.outbox, outbox_backend.inbox, outbox_backend.unit
        message = InboxItem(message_id="wamid.in1", phone="593991110001", kind="text", text="hola",
                            received_at=T0)
        inbox.put(message)
        outbox.add(reply(1))
        with pytest.raises(RuntimeError):
            with unit:
                outbox.add(reply(2, answers="wamid.in1"))
                outbox.update(attrs.evolve(reply(1), status=FAILED, error="x"))
                inbox.done("wamid.in1")
                assert outbox.for_answer("wamid.in1") == [reply(2, answers="wamid.in1")]   # seen inside
                raise RuntimeError("the run could not be stored")
        assert outbox.get("out2") is None and outbox.for_answer("wamid.in1") == []
        assert outbox.get("out1") == reply(1)
        assert not inbox.is_done("wamid.in1") and inbox.pending() == [message]
        assert outbox.due(T0) == [reply(1)]

    def test_a_reply_commits_with_its_unit_of_work_and_the_inbox_done_mark(self, outbox_backend):
        outbox, inbox, unit = outbox_backend.outbox, outbox_backend.inbox, outbox_backend.unit
        inbox.put(InboxItem(message_id="wamid.in1", phone="593991110001", kind="text", text="hola",
                            received_at=T0))
        with unit:
            outbox.add(reply(1, answers="wamid.in1"))
            outbox.add(reply(1, answers="wamid.in1", text="a retry"))     # idempotent inside a unit too
            inbox.done("wamid.in1")
        assert outbox.for_answer("wamid.in1") == [reply(1, answers="wamid.in1")]
        assert inbox.is_done("wamid.in1")

    def test_a_claim_from_another_thread_survives_a_unit_that_rolls_back(self, outbox_backend):
        outbox, unit = outbox_backend.outbox, outbox_backend.unit
        outbox.add(reply(1))
        claimed: list[bool] = []
        done = threading.Event()

        def sender():
            claimed.append(outbox.claim("out1", T0, T0 + LEASE))
            done.set()
        with pytest.raises(RuntimeError):
            with unit:
                outbox.add(reply(2))
                thread = threading.Thread(target=sender)
                thread.start()
                done.wait(0.5)            # claims at once, or (SQLite: one writer) once the unit ends
                raise RuntimeError("boom")
        thread.join(10)
        assert claimed == [True]
        assert outbox.get("out1").status == SENDING and outbox.get("out2") is None
        assert outbox.claim("out1", T0, T0 + LEASE) is False
