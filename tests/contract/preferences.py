"""The contract of the PreferencesRepository port (issue 25: reminders and the calendar key).

A test module imports ``TestPreferencesContract`` and provides ``preferences_store``: a fixture
returning ``(runners, preferences)`` of one empty store."""
from __future__ import annotations

import pytest

from application.ports.preferences import DEFAULT_REMINDER_HOUR, CoachPreferences
from domain.runner import Runner

__all__ = ["TestPreferencesContract"]


def _runner(runners, phone: str) -> Runner:
    runner = Runner(phone=phone, name="Ana")
    runners.save(runner)
    return runner


class TestPreferencesContract:
    def test_a_runner_with_nothing_stored_has_the_defaults(self, preferences_store):
        runners, preferences = preferences_store
        ana = _runner(runners, "+593991110001")
        found = preferences.get(ana.id)
        assert found == CoachPreferences(ana.id)
        assert (found.reminder_hour, found.reminder_minute, found.reminders_on, found.calendar_key) == \
            (DEFAULT_REMINDER_HOUR, 0, True, None)

    def test_saved_preferences_come_back_and_a_second_save_replaces_them(self, preferences_store):
        runners, preferences = preferences_store
        ana = _runner(runners, "+593991110001")
        preferences.save(CoachPreferences(ana.id, 6, 30, True, "key-ana"))
        assert preferences.get(ana.id) == CoachPreferences(ana.id, 6, 30, True, "key-ana")
        preferences.save(CoachPreferences(ana.id, 19, 0, False, "key-ana-2"))
        assert preferences.get(ana.id) == CoachPreferences(ana.id, 19, 0, False, "key-ana-2")

    def test_for_runners_gives_every_id_stored_or_default(self, preferences_store):
        runners, preferences = preferences_store
        ana, ben = _runner(runners, "+593991110001"), _runner(runners, "+593991110002")
        preferences.save(CoachPreferences(ana.id, reminders_on=False))
        found = preferences.for_runners([ana.id, ben.id])
        assert found == {ana.id: CoachPreferences(ana.id, reminders_on=False), ben.id: CoachPreferences(ben.id)}
        assert preferences.for_runners([]) == {}

    def test_the_calendar_key_finds_its_runner_only_and_an_old_key_nobody(self, preferences_store):
        runners, preferences = preferences_store
        ana, ben = _runner(runners, "+593991110001"), _runner(runners, "+593991110002")
        preferences.save(CoachPreferences(ana.id, calendar_key="old"))
        preferences.save(CoachPreferences(ben.id, calendar_key="bens"))
        assert preferences.by_calendar_key("old").runner_id == ana.id
        preferences.save(CoachPreferences(ana.id, calendar_key="new"))          # revoked
        assert preferences.by_calendar_key("old") is None
        assert preferences.by_calendar_key("new").runner_id == ana.id
        assert preferences.by_calendar_key("") is None

    def test_two_runners_never_share_a_calendar_key(self, preferences_store):
        runners, preferences = preferences_store
        ana, ben = _runner(runners, "+593991110001"), _runner(runners, "+593991110002")
        preferences.save(CoachPreferences(ana.id, calendar_key="same"))
        with pytest.raises(Exception):  # noqa: B017 - each store raises its own integrity error
            preferences.save(CoachPreferences(ben.id, calendar_key="same"))
        assert preferences.by_calendar_key("same").runner_id == ana.id
