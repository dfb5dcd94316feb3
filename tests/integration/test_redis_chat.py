"""RedisChatBuffer against the real Redis."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from adapters.redis_chat import RedisChatBuffer
from domain.conversation import Intent, Message, Role

# Self-contained: the fixtures are importable here as well as from the conftest.

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 1, 7, 30, tzinfo=timezone.utc)
DAY_S = 24 * 3600


def msg(runner_id: str, i: int, role: Role = Role.RUNNER, **kw) -> Message:
    return Message(runner_id=runner_id, role=role, text=f"mensaje {i}", at=T0 + timedelta(minutes=i), **kw)


@pytest.fixture
def buffer(redis_client, redis_prefix):
    return RedisChatBuffer(redis_client, prefix=redis_prefix)


def test_recent_is_oldest_first_and_round_trips_every_field(buffer):
    sent = [
        Message("ana", Role.RUNNER, "Me duele la rodilla derecha 🦵 después de la tirada larga", T0,
                intent=Intent.INJURY_REPORT),
        Message("ana", Role.COACH, "Lo siento, Ana. ¿Desde cuándo?", T0 + timedelta(seconds=5)),
        Message("ana", Role.RUNNER, "desde el domingo", T0 + timedelta(minutes=1), intent=None),
    ]
    for m in sent:
        buffer.append(m)
    assert buffer.recent("ana") == sent
    assert buffer.recent("ana")[0].at.tzinfo is not None


def test_an_unreadable_entry_is_skipped(buffer, redis_client):
    buffer.append(msg("ana", 0))
    redis_client.rpush(buffer.key("ana"), '{"runner_id": "ana", "role": "robot"}', "not json")
    buffer.append(msg("ana", 1))
    assert [m.text for m in buffer.recent("ana")] == ["mensaje 0", "mensaje 1"]


def test_unknown_runner_has_an_empty_buffer(buffer):
    assert buffer.recent("nobody") == []


def test_keeps_only_the_last_20(buffer, redis_client):
    for i in range(25):
        buffer.append(msg("ana", i))
    recent = buffer.recent("ana")
    assert [m.text for m in recent] == [f"mensaje {i}" for i in range(5, 25)]
    assert redis_client.llen(buffer.key("ana")) == 20


def test_key_layout_and_24h_expiry_renewed_by_each_append(buffer, redis_client, redis_prefix):
    buffer.append(msg("ana", 0))
    key = f"{redis_prefix}chat:ana"
    assert buffer.key("ana") == key
    assert DAY_S - 5 <= redis_client.ttl(key) <= DAY_S

    redis_client.expire(key, 60)              # as if most of the day had gone by
    buffer.append(msg("ana", 1))
    assert DAY_S - 5 <= redis_client.ttl(key) <= DAY_S


def test_buffer_expires(redis_client, redis_prefix):
    short = RedisChatBuffer(redis_client, prefix=redis_prefix, ttl=1)
    short.append(msg("ana", 0))
    redis_client.pexpire(short.key("ana"), 50)
    deadline = time.monotonic() + 2
    while short.recent("ana") and time.monotonic() < deadline:
        time.sleep(0.01)
    assert short.recent("ana") == []


def test_runners_are_isolated(buffer):
    buffer.append(msg("ana", 0))
    buffer.append(msg("bruno", 1))
    buffer.append(msg("ana", 2))
    assert [m.text for m in buffer.recent("ana")] == ["mensaje 0", "mensaje 2"]
    assert [m.text for m in buffer.recent("bruno")] == ["mensaje 1"]

    buffer.clear("ana")
    assert buffer.recent("ana") == []
    assert [m.text for m in buffer.recent("bruno")] == ["mensaje 1"]


def test_clear_removes_the_key(buffer, redis_client):
    buffer.append(msg("ana", 0))
    buffer.clear("ana")
    assert redis_client.exists(buffer.key("ana")) == 0
    buffer.clear("ana")                        # clearing an empty buffer is fine


def test_prefixes_are_isolated(redis_client, redis_prefix):
    a = RedisChatBuffer(redis_client, prefix=redis_prefix + "a:")
    b = RedisChatBuffer(redis_client, prefix=redis_prefix + "b:")
    a.append(msg("ana", 0))
    assert b.recent("ana") == []


def test_concurrent_appends_never_exceed_the_limit_nor_lose_the_expiry(buffer, redis_client):
    threads, per_thread = 8, 15
    barrier = threading.Barrier(threads)

    def work(t):
        barrier.wait()
        for i in range(per_thread):
            buffer.append(msg("ana", t * 100 + i))

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    recent = buffer.recent("ana")
    assert len(recent) == 20
    assert len({m.id for m in recent}) == 20
    assert redis_client.ttl(buffer.key("ana")) > DAY_S - 5
    # each thread's messages stay in the order that thread sent them
    for t in range(threads):
        mine = [int(m.text.split()[1]) for m in recent if int(m.text.split()[1]) // 100 == t]
        assert mine == sorted(mine)


def test_ttl_must_be_positive(redis_client):
    with pytest.raises(ValueError):
        RedisChatBuffer(redis_client, ttl=0)
    with pytest.raises(ValueError):
        RedisChatBuffer(redis_client, size=0)
