"""The StravaRepository contract (issue 24), run against memory, SQLite and PostgreSQL.

A test module provides ``strava_backend``: ``(repository, runners)`` with a RunnerRepository on the
same store (links refer to runners)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from application.ports.strava import StravaEvent, StravaLink, StravaTokens
from domain.runner import Runner

__all__ = ["TestStravaRepositoryContract"]

T0 = datetime(2026, 12, 5, 18, 0, tzinfo=timezone.utc)


def _runner(runners, phone: str) -> Runner:
    runner = Runner(phone=phone, name="Ana")
    runners.save(runner)
    return runner


def _tokens(n: int = 1) -> StravaTokens:
    return StravaTokens(f"access-{n}", f"refresh-{n}", 1796500000 + n, "134815", "read,activity:read_all")


def _event(n: int, aspect: str = "create") -> StravaEvent:
    return StravaEvent(id=f"e{n}", object_type="activity", object_id=str(17000000000 + n), aspect_type=aspect,
                       owner_id="134815", event_time=1796400000 + n, updates={"title": "Fondo"})


class TestStravaRepositoryContract:
    def test_a_link_survives_with_its_tokens_and_is_found_both_ways(self, strava_backend):
        store, runners = strava_backend
        ana = _runner(runners, "+593991000001")
        store.save_link(StravaLink(ana.id, "134815", _tokens()))
        assert store.link_for_runner(ana.id) == StravaLink(ana.id, "134815", _tokens())
        assert store.link_for_athlete("134815").runner_id == ana.id
        store.save_link(StravaLink(ana.id, "134815", _tokens(2)))          # refreshed tokens replace the old
        assert store.link_for_runner(ana.id).tokens.access_token == "access-2"
        assert store.forget_link(ana.id) is True and store.forget_link(ana.id) is False
        assert store.link_for_runner(ana.id) is None and store.link_for_athlete("134815") is None

    def test_an_athlete_is_linked_to_one_runner(self, strava_backend):
        store, runners = strava_backend
        ana, bea = _runner(runners, "+593991000002"), _runner(runners, "+593991000003")
        store.save_link(StravaLink(ana.id, "134815", _tokens()))
        store.save_link(StravaLink(bea.id, "134815", _tokens(2)))          # the same Strava account, relinked
        assert store.link_for_runner(ana.id) is None
        assert store.link_for_athlete("134815").runner_id == bea.id

    def test_events_wait_in_order_until_done_and_a_retry_is_one_event(self, strava_backend):
        store, _ = strava_backend
        assert store.add_event(_event(1), T0) is True
        assert store.add_event(_event(2, "update"), T0 + timedelta(seconds=1)) is True
        assert store.add_event(_event(1), T0 + timedelta(seconds=2)) is False      # Strava sent it again
        due = store.due_events(T0 + timedelta(seconds=5))
        assert [e.id for e in due] == ["e1", "e2"] and due[0].updates == {"title": "Fondo"}
        assert due[1].aspect_type == "update" and due[0].attempts == 0
        assert store.due_events(T0 - timedelta(seconds=1)) == []
        store.event_later("e1", T0 + timedelta(minutes=15))            # a rate limit: it waits
        assert [e.id for e in store.due_events(T0 + timedelta(seconds=5))] == ["e2"]
        store.event_done("e2")
        later = store.due_events(T0 + timedelta(minutes=15))
        assert [(e.id, e.attempts) for e in later] == [("e1", 1)]
