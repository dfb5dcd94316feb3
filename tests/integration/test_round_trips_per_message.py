"""PostgreSQL round trips per message, counted as benchmarks/cost.py counts them (issue 23): each
message in one unit of work, as the worker answers it. A run report in at most 8, every other
message of the benchmark's mix in at most 6: the runner's runs, plan, injuries (every one),
cross-training and held messages are read once, in one pipeline (application/training/
message_reads.py, adapters/postgres/facts.py), a tool call that only reads takes no savepoint, a
tool call's writes go in one pipeline with its savepoint, and the conversation's log goes with the
COMMIT (adapters/postgres/unit_of_work.py)."""
from __future__ import annotations

import asyncio

import pytest
from dependency_injector import providers

from adapters.in_memory import RecordingMessenger
from adapters.postgres import PostgresStore
from adapters.redis_chat import RedisChatBuffer
from application.ports import InboxItem
from tests.coach_harness import memory_container, onboard
from tests.round_trips import RoundTrips

PHONE = "+593991234567"


@pytest.fixture
def coach(tmp_path, postgres_pool, redis_client, redis_prefix):
    container, _ = memory_container(tmp_path, vector_store="qdrant", qdrant_path=str(tmp_path / "qdrant"))
    container.store.override(providers.Object(PostgresStore(postgres_pool)))
    container.chat_buffer.override(providers.Object(RedisChatBuffer(redis_client, prefix=redis_prefix)))
    reply, uow = container.reply_to_runner(), container.unit_of_work()

    def in_unit(phone: str, text: str):
        with uow:
            return reply(phone, text)

    def answer(text: str):
        return in_unit(PHONE, text)

    onboard(in_unit, PHONE)
    answer("hoy corrí 6 km en 36 min")
    answer("hazme un plan")
    yield container, answer
    container.vector_memory().close()


def _trips(answer, text: str, kinds: list[str] | None = None) -> int:
    with RoundTrips() as trips:
        _, reply = answer(text)
    print(f"{text!r}: {trips.count} round trips")
    if kinds is not None:
        kinds.extend(p.kind for p in reply.pictures)
    return trips.count


def test_a_run_report_takes_at_most_8_round_trips(coach):
    container, answer = coach
    trips = _trips(answer, "hoy corrí 8 km en 45 min")
    runner = container.runners().by_phone(PHONE)
    assert sorted(r.distance_km for r in container.runs().for_runner(runner.id)) == [6, 8]
    assert trips <= 8, trips


@pytest.mark.parametrize("text", ["hola!", "que es un tempo?", "como va mi semana?",
                                  "que toca mañana?", "gracias coach", "como voy?"])
def test_every_other_message_takes_at_most_6(coach, text):
    """"como voy?" also draws the progress card (issue 25), whose VDOT trend needs ~9 months of runs:
    they come with the message's other reads, in the same round trip."""
    _, answer = coach
    pictures: list[str] = []
    assert _trips(answer, text, pictures) <= 6
    assert pictures == (["progress_card"] if text == "como voy?" else [])


@pytest.mark.parametrize("text", ["me duele la rodilla", "me duele el tobillo derecho"])
def test_an_ache_that_rebuilds_the_plan_takes_at_most_6(coach, text):
    """The injury is written, the plan rebuilt around it (reading the injuries the message holds,
    the new one with them) and activated: each write one exchange with its tool call's savepoint,
    the conversation's log with the COMMIT."""
    container, answer = coach
    runner = container.runners().by_phone(PHONE)
    before = container.plans().active_for(runner.id)
    trips = _trips(answer, text)
    after = container.plans().active_for(runner.id)
    assert after is not None and before is not None and after.id != before.id     # rebuilt
    [injury] = container.injuries().for_runner(runner.id, active_only=True)
    assert injury.body_part in text
    assert trips <= 6, trips


def test_what_a_message_wrote_it_reads_back_within_the_same_unit(coach):
    container, answer = coach
    _, first = answer("hoy corrí 10 km en 58 min")
    # The week's km of the second run of the day counts the first (the held runs took the new one).
    _, second = answer("y en la tarde hice 5 km en 30 min")
    assert "15" in second.text or "21" in second.text, second.text


@pytest.mark.parametrize("text", ["hola!", "hoy corrí 8 km en 45 min", "como voy?"])
def test_the_worker_s_whole_answer_adds_four_round_trips_to_the_reply(coach, text):
    """As the worker answers it (application.messaging.inbound): the sender's batch read from the inbox
    (before the unit), 'already answered?', the reply, the texts WhatsApp held for the runner (read
    with the message's held writes: its log, 'reachable again'), the sender's arrivals settled (a lock
    and a read, with the outbox rows: the words, the picture to draw), and the inbox's done mark with
    the COMMIT. Sending is apart."""
    container, answer = coach
    container.messenger.override(providers.Object(RecordingMessenger()))
    runner = container.runners().by_phone(PHONE)
    item = InboxItem("wamid.trips", PHONE.lstrip("+"), "text", text, container.clock().now())
    assert container.inbox().put(item)
    reply_alone = _trips(answer, text)
    answer_messages = container.answer_messages()
    with RoundTrips() as trips:
        asyncio.run(answer_messages(item.sender))
    print(f"{text!r}: {trips.count} round trips answered by the worker, {reply_alone} for the reply alone")
    assert container.inbox().is_done(item.message_id)
    rows = container.outbox().for_answer(item.message_id)
    assert rows[0].runner_id == runner.id and rows[0].picture is None
    assert [r.picture is not None for r in rows[1:]] == ([True] if text == "como voy?" else [])
    assert trips.count <= reply_alone + 4, (trips.count, reply_alone)
