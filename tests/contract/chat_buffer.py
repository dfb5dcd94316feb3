"""The contract of the ChatBuffer port (short-term memory: last 20 messages, 24 h).

A test module imports ``TestChatBufferContract`` and provides ``make_chat_buffer``: a fixture
returning a function ``clock -> ChatBuffer`` (empty, default size and expiry).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from adapters.in_memory import FixedClock
from domain.conversation import Intent, Message, Role

__all__ = ["TestChatBufferContract"]

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


def said(runner_id: str, i: int) -> Message:
    return Message(runner_id=runner_id, role=Role.RUNNER if i % 2 == 0 else Role.COACH, text=f"mensaje {i} ñ",
                   at=T0 + timedelta(minutes=i), intent=Intent.LOG_RUN if i % 3 == 0 else None)


class TestChatBufferContract:
    def test_keeps_the_last_20_messages_oldest_first_with_every_field(self, make_chat_buffer):
        buffer = make_chat_buffer(FixedClock(T0))
        messages = [said("ana", i) for i in range(25)]
        for m in messages:
            buffer.append(m)
        assert buffer.recent("ana") == messages[-20:]

    def test_several_messages_at_once_keep_their_order_and_the_limit(self, make_chat_buffer):
        buffer = make_chat_buffer(FixedClock(T0))
        messages = [said("ana", i) for i in range(25)]
        buffer.append(*messages[:19])
        buffer.append(messages[19], said("luis", 99), messages[20])      # a message and its answer, and another
        buffer.append(*messages[21:])
        assert buffer.recent("ana") == messages[-20:]
        assert [m.text for m in buffer.recent("luis")] == ["mensaje 99 ñ"]

    def test_each_runner_has_their_own_buffer(self, make_chat_buffer):
        buffer = make_chat_buffer(FixedClock(T0))
        buffer.append(said("ana", 0))
        buffer.append(said("luis", 1))
        buffer.clear("luis")
        assert [m.runner_id for m in buffer.recent("ana")] == ["ana"]
        assert buffer.recent("luis") == []
        assert buffer.recent("nadie") == []

    def test_forgets_24_hours_after_the_last_message(self, make_chat_buffer):
        clock = FixedClock(T0)
        buffer = make_chat_buffer(clock)
        buffer.append(said("ana", 0))
        clock.advance(timedelta(hours=20))
        buffer.append(said("ana", 1))
        clock.advance(timedelta(hours=23, minutes=59))
        assert [m.text for m in buffer.recent("ana")] == ["mensaje 0 ñ", "mensaje 1 ñ"]   # counted from the last
        clock.advance(timedelta(minutes=2))
        assert buffer.recent("ana") == []
        buffer.append(said("ana", 2))
        assert [m.text for m in buffer.recent("ana")] == ["mensaje 2 ñ"]
