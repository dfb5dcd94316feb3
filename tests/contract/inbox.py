"""The contract of the Inbox port (the durable inbox of accepted WhatsApp messages).

A test module imports ``TestInboxContract`` and provides two fixtures: ``make_inbox``, a function
``clock -> Inbox`` (empty), and ``make_inbox_in_unit``, a function ``clock -> (Inbox, UnitOfWork)``
giving an empty inbox and its store's unit of work.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from adapters.in_memory import FixedClock
from application.ports import InboxItem

__all__ = ["TestInboxContract"]

T0 = datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=timezone.utc)


def item(n: int, *, at: datetime | None = None, **fields) -> InboxItem:
    fields.setdefault("phone", "593991110001")
    fields.setdefault("kind", "text")
    fields.setdefault("text", f"hoy corrí {n} km ñ")
    return InboxItem(message_id=f"wamid.{n}", received_at=at or T0 + timedelta(seconds=n), **fields)


class TestInboxContract:
    def test_an_item_is_stored_once_and_read_back_with_every_field(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        first = item(1, type="interactive")
        image = item(2, kind="unsupported", type="image", text="", phone="14155550102")
        assert inbox.put(first) is True
        assert inbox.put(image) is True
        assert inbox.put(first) is False                              # Meta redelivering
        assert inbox.put(item(1, text="something else")) is False     # the id decides, not the content
        assert inbox.pending() == [first, image]

    def test_pending_is_oldest_first_and_limited(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        late, early = item(1, at=T0 + timedelta(minutes=5)), item(2, at=T0)
        same_a, same_b = item(3, at=T0 + timedelta(minutes=1)), item(4, at=T0 + timedelta(minutes=1))
        for i in (late, early, same_a, same_b):
            assert inbox.put(i)
        assert inbox.pending() == [early, same_a, same_b, late]    # a tie: in the order they were put
        assert inbox.pending(limit=2) == [early, same_a]

    def test_done_removes_an_item_from_pending_and_it_stays_known(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        a, b = item(1), item(2)
        inbox.put(a)
        inbox.put(b)
        inbox.done(a.message_id)
        assert inbox.pending() == [b]
        inbox.done(a.message_id)                                      # twice: harmless
        inbox.done("wamid.unknown")                                   # unknown: harmless
        assert inbox.put(a) is False                                  # done, still de-duplicated
        assert inbox.pending() == [b]

    def test_purge_forgets_done_items_older_than_the_age_and_keeps_pending_ones(self, make_inbox):
        clock = FixedClock(T0)
        inbox = make_inbox(clock)
        old, recent, waiting = item(1, at=T0 - timedelta(days=30)), item(2), item(3, at=T0 - timedelta(days=30))
        for i in (old, recent, waiting):
            inbox.put(i)
        inbox.done(old.message_id)
        clock.advance(timedelta(days=6))
        inbox.done(recent.message_id)
        assert inbox.purge_done(timedelta(days=7)) == 0               # nothing done 7 days ago yet
        clock.advance(timedelta(days=2))
        assert inbox.purge_done(timedelta(days=7)) == 1               # old: done 8 days ago
        assert inbox.purge_done(timedelta(days=7)) == 0
        assert inbox.pending() == [waiting]                           # pending is never purged, however old
        assert inbox.put(recent) is False
        clock.advance(timedelta(days=30))
        assert inbox.purge_done(timedelta(days=7)) == 1
        assert inbox.pending() == [waiting]

    def test_threads_racing_on_one_id_exactly_one_wins(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        start, results = threading.Barrier(8), []

        def put():
            start.wait()
            results.append(inbox.put(item(1)))
        threads = [threading.Thread(target=put) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [False] * 7 + [True]
        assert inbox.pending() == [item(1)]

    def test_sent_at_and_whatsapp_id_are_read_back(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        sent = item(1, sent_at=T0 - timedelta(seconds=3), whatsapp_id="EC.13491208655302741918", phone=None)
        inbox.put(sent)
        assert inbox.pending() == [sent]
        assert inbox.pending_for("EC.13491208655302741918") == [sent]

    def test_a_senders_items_come_in_the_order_they_were_sent_whatever_order_they_arrived_in(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        # Webhooks brought the runner's third message first, then the first, then the second.
        third = item(1, sent_at=T0 + timedelta(seconds=30), at=T0 + timedelta(seconds=31))
        first = item(2, sent_at=T0 + timedelta(seconds=10), at=T0 + timedelta(seconds=32))
        second = item(3, sent_at=T0 + timedelta(seconds=20), at=T0 + timedelta(seconds=33))
        for i in (third, first, second):
            assert inbox.put(i)
        assert inbox.pending_for("593991110001") == [first, second, third]
        assert inbox.pending_for("593991110001", limit=2) == [first, second]
        assert inbox.pending() == [third, first, second]             # pending() stays by arrival

    def test_ties_on_sent_at_go_by_arrival_then_by_put_order_and_no_sent_at_means_received_at(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        second_same = item(1, sent_at=T0, at=T0 + timedelta(seconds=5))
        first_same = item(2, sent_at=T0, at=T0 + timedelta(seconds=4))
        unstamped = item(3, at=T0 + timedelta(seconds=2))                 # ordered by its received_at
        put_first, put_second = (item(n, sent_at=T0 + timedelta(seconds=9), at=T0 + timedelta(seconds=9))
                                 for n in (4, 5))
        for i in (second_same, first_same, unstamped, put_first, put_second):
            assert inbox.put(i)
        assert inbox.pending_for("593991110001") == [first_same, second_same, unstamped, put_first, put_second]

    def test_the_check_before_done_reads_the_senders_first_pending_item_in_the_unit(self, make_inbox_in_unit):
        inbox, unit = make_inbox_in_unit(FixedClock(T0))
        later = item(1, sent_at=T0 + timedelta(seconds=30))
        earlier = item(2, sent_at=T0 + timedelta(seconds=10))
        other = item(3, phone="593991110002", sent_at=T0)
        with unit:
            assert inbox.first_pending_for("593991110001") is None
        for i in (later, earlier, other):
            inbox.put(i)
        with unit:
            assert inbox.first_pending_for("593991110001") == earlier
            inbox.done(earlier.message_id)
            assert inbox.first_pending_for("593991110001") == later       # its own unit's writes count
        assert inbox.first_pending_for("593991110002") == other

    def test_each_sender_has_its_own_queue(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        ana = item(1, phone="+593 99 111 0001")                 # the key is the phone's digits
        ben = item(2, phone="593991110002")
        carla = item(3, phone="593991110003", whatsapp_id="EC.carla")   # a user id wins over the phone
        dani = item(4, phone=None, whatsapp_id="EC.dani")
        for i in (ana, ben, carla, dani):
            assert inbox.put(i)
        assert inbox.pending_for("593991110001") == [ana]
        assert inbox.pending_for("593991110002") == [ben]
        assert inbox.pending_for("EC.carla") == [carla]
        assert inbox.pending_for("593991110003") == []
        assert inbox.pending_for("EC.dani") == [dani]
        assert inbox.pending_for("593999999999") == []
        inbox.done(ben.message_id)
        assert inbox.pending_for("593991110002") == []
        assert inbox.pending_for("593991110001") == [ana]

    def test_is_done_after_done_or_quarantine_and_never_for_an_unknown_id(self, make_inbox):
        inbox = make_inbox(FixedClock(T0))
        a, b, c = item(1), item(2), item(3)
        for i in (a, b, c):
            inbox.put(i)
        assert not inbox.is_done(a.message_id)
        inbox.done(a.message_id)
        inbox.quarantine(b.message_id, "unsupported: NUL in text")
        assert inbox.is_done(a.message_id) and inbox.is_done(b.message_id)
        assert not inbox.is_done(c.message_id)
        assert not inbox.is_done("wamid.unknown")

    def test_a_quarantined_item_leaves_the_queue_keeps_its_reason_and_is_purged_like_done_ones(self, make_inbox):
        clock = FixedClock(T0)
        inbox = make_inbox(clock)
        bad, good = item(1), item(2)
        inbox.put(bad)
        inbox.put(good)
        reason = "bad input \x00 \ud800 " + "x" * 5000           # quoting the input must not break the store
        inbox.quarantine(bad.message_id, reason)
        assert inbox.pending() == [good] and inbox.pending_for("593991110001") == [good]
        kept = inbox.quarantined(bad.message_id)
        assert kept is not None and kept.startswith("bad input ") and 0 < len(kept) <= 1000
        assert inbox.quarantined(good.message_id) is None
        assert inbox.put(bad) is False                             # never retried
        inbox.quarantine("wamid.unknown", "harmless")
        inbox.quarantine(good.message_id, "later")
        inbox.done(good.message_id)
        assert inbox.quarantined(good.message_id) == "later"
        inbox.quarantine(bad.message_id, "again")                 # done already: the first reason stays
        assert inbox.quarantined(bad.message_id) == kept
        clock.advance(timedelta(days=8))
        assert inbox.purge_done(timedelta(days=7)) == 2
        assert inbox.quarantined(bad.message_id) is None

    def test_done_and_quarantine_are_rolled_back_with_a_failing_unit_of_work(self, make_inbox_in_unit):
        inbox, unit = make_inbox_in_unit(FixedClock(T0))
        a, b = item(1), item(2)
        inbox.put(a)
        inbox.put(b)
        with pytest.raises(RuntimeError):
            with unit:
                inbox.done(a.message_id)
                inbox.quarantine(b.message_id, "poison")
                assert inbox.is_done(a.message_id)                 # the unit sees its own writes
                assert inbox.pending_for("593991110001") == []
                raise RuntimeError("the message's effects failed")
        assert inbox.pending_for("593991110001") == [a, b]
        assert not inbox.is_done(a.message_id) and not inbox.is_done(b.message_id)
        assert inbox.quarantined(b.message_id) is None

    def test_done_commits_with_a_succeeding_unit_of_work(self, make_inbox_in_unit):
        inbox, unit = make_inbox_in_unit(FixedClock(T0))
        a, b = item(1), item(2)
        inbox.put(a)
        inbox.put(b)
        with unit:
            with unit:                                             # a nested unit joins the outer one
                inbox.done(a.message_id)
        assert inbox.is_done(a.message_id)
        assert inbox.pending() == [b]
        with unit:
            inbox.quarantine(b.message_id, "bad data")
        assert inbox.pending() == [] and inbox.quarantined(b.message_id) == "bad data"

    def test_progress_is_kept_with_its_unit_read_back_and_ignored_once_done(self, make_inbox_in_unit):
        inbox, unit = make_inbox_in_unit(FixedClock(T0))
        a = item(1)
        inbox.put(a)
        assert inbox.pending_for("593991110001")[0].progress is None
        with pytest.raises(RuntimeError):
            with unit:
                inbox.save_progress(a.message_id, '{"rounds": 1}')
                raise RuntimeError("the tool's run could not be stored")
        assert inbox.pending_for("593991110001")[0].progress is None      # rolled back with the tool
        with unit:
            inbox.save_progress(a.message_id, '{"rounds": 1, "turns": ["ñ 🏃"]}')
        [again] = inbox.pending_for("593991110001")
        assert again.progress == '{"rounds": 1, "turns": ["ñ 🏃"]}' and again.text == a.text
        with unit:
            inbox.save_progress(a.message_id, '{"rounds": 2}')
            inbox.done(a.message_id)
        inbox.save_progress(a.message_id, '{"rounds": 3}')                # done: a no-op
        inbox.save_progress("wamid.unknown", "{}")
        assert inbox.pending() == [] and inbox.is_done(a.message_id)

    def test_a_put_from_another_thread_survives_a_unit_that_rolls_back(self, make_inbox_in_unit):
        inbox, unit = make_inbox_in_unit(FixedClock(T0))
        a, b = item(1), item(2)
        inbox.put(a)
        stored = threading.Event()

        def webhook():
            inbox.put(b)
            stored.set()
        with pytest.raises(RuntimeError):
            with unit:
                inbox.done(a.message_id)
                thread = threading.Thread(target=webhook)
                thread.start()
                stored.wait(0.5)          # stores at once, or (SQLite: one writer) once the unit ends
                raise RuntimeError("boom")
        thread.join(10)
        assert stored.is_set()
        assert inbox.pending_for("593991110001") == [a, b]
