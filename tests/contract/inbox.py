"""The contract of the Inbox port (the durable inbox of accepted WhatsApp messages).

A test module imports ``TestInboxContract`` and provides ``make_inbox``: a fixture returning a
function ``clock -> Inbox`` (empty).
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

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
