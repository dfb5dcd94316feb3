"""Issue 11, WhatsApp part, without a network: business-scoped user ids in webhooks, the runner
found and linked by them, replies addressed to them, failed statuses read and acted on, Graph
error codes retried, the expired token seen, and the delivery log on memory and SQLite."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from adapters.in_memory import FixedClock, InMemoryDeliveryLog, InMemoryRunnerRepository, RecordingMessenger
from adapters.sqlite import SqliteStore
from adapters.whatsapp import DEFAULT_API_BASE, WhatsAppMessenger, WhatsAppSendError, addressee
from application.coach.identity import address, find_runner
from application.messaging.delivery import HandleDeliveryFailure, with_held
from application.ports.delivery import OutboundMessage
from domain.errors import InvalidProfile
from domain.runner import Runner
from entrypoints.whatsapp_payload import TEXT, parse_webhook

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
BSUID = "EC.13491208655302741918"
PHONE = "+593991234567"


def delivery(value: dict) -> dict:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550001111", "phone_number_id": "100200300"}, **value}
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
                                                                                        "value": value}]}]}


# --- the webhook payload ------------------------------------------------------------------------

def test_a_message_from_a_username_user_has_no_phone_and_is_read_by_user_id():
    events = parse_webhook(delivery({
        "contacts": [{"profile": {"name": "Ana", "username": "@ana.corre"}, "user_id": BSUID}],
        "messages": [{"from_user_id": BSUID, "id": "wamid.1", "timestamp": "1763640000", "type": "text",
                      "text": {"body": "Hola"}}],
    }))
    [m] = events.messages
    assert (m.phone, m.user_id, m.kind, m.text) == (None, BSUID, TEXT, "Hola")
    assert not events.problems


def test_a_message_with_both_ids_keeps_both_and_the_user_id_can_come_from_contacts():
    events = parse_webhook(delivery({
        "contacts": [{"profile": {"name": "Ana"}, "wa_id": "593991234567", "user_id": BSUID}],
        "messages": [{"from": "593991234567", "id": "wamid.1", "type": "text", "text": {"body": "Hola"}}],
    }))
    [m] = events.messages
    assert (m.phone, m.user_id) == ("593991234567", BSUID)


def test_a_message_without_any_sender_is_a_problem_not_a_crash():
    events = parse_webhook(delivery({"messages": [{"id": "wamid.1", "type": "text", "text": {"body": "x"}}]}))
    assert events.messages == ()
    assert events.problems == ("entry[0].changes[0].messages[0]: missing from and from_user_id",)


def test_failed_statuses_are_read_with_their_error_codes_and_others_only_counted():
    events = parse_webhook(delivery({"statuses": [
        {"id": "wamid.out1", "status": "delivered", "recipient_id": "593991234567", "recipient_user_id": BSUID},
        {"id": "wamid.out2", "status": "failed", "timestamp": "1763640000", "recipient_id": "593991234567",
         "errors": [{"code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
                     "error_data": {"details": "more than 24 hours"}}]},
        {"id": "wamid.out3", "status": "failed", "recipient_user_id": BSUID,
         "errors": [{"code": "131026", "title": "Message Undeliverable"}]},
    ]}))
    assert events.statuses == 3 and events.messages == ()
    first, second = events.failures
    assert (first.message_id, first.codes, first.recipient_phone) == ("wamid.out2", (131047,), "593991234567")
    assert first.errors[0].details == "more than 24 hours"
    assert (second.codes, second.recipient_phone, second.recipient_user_id) == ((131026,), None, BSUID)


# --- the runner ---------------------------------------------------------------------------------

def test_a_runner_needs_a_phone_or_a_whatsapp_id():
    assert Runner(whatsapp_id=BSUID).phone is None
    assert Runner(PHONE).whatsapp_id is None
    with pytest.raises(InvalidProfile) as error:
        Runner()
    assert error.value.code == "runner_unaddressable"


def test_replies_go_to_the_phone_when_known_else_to_the_user_id():
    assert address(Runner(PHONE, whatsapp_id=BSUID)) == PHONE
    assert address(Runner(whatsapp_id=BSUID)) == BSUID
    assert addressee(PHONE) == {"to": "593991234567"}
    assert addressee(BSUID) == {"recipient": BSUID}


@pytest.fixture(params=["memory", "sqlite"])
def stores(request):
    if request.param == "memory":
        yield InMemoryRunnerRepository(), InMemoryDeliveryLog()
    else:
        store = SqliteStore()
        yield store.runners, store.deliveries
        store.close()


def test_a_runner_known_by_phone_is_linked_to_their_user_id_and_then_found_without_the_phone(stores):
    runners, _ = stores
    old = Runner(PHONE, name="Ana")
    runners.save(old)
    assert runners.by_whatsapp_id(BSUID) is None
    linked = find_runner(runners, "593991234567", BSUID)
    assert linked.id == old.id and linked.whatsapp_id == BSUID
    assert runners.by_whatsapp_id(BSUID).id == old.id
    again = find_runner(runners, None, BSUID)                 # WhatsApp now withholds the number
    assert again.id == old.id and again.phone == PHONE


def test_user_ids_are_unique_and_phone_less_runners_coexist(stores):
    runners, _ = stores
    a, b = Runner(whatsapp_id="EC.1"), Runner(whatsapp_id="EC.2")
    runners.save(a)
    runners.save(b)                                          # two runners without a phone
    assert {r.id for r in runners.all()} == {a.id, b.id}
    with pytest.raises(ValueError, match="WhatsApp user id"):
        runners.save(Runner(whatsapp_id="EC.1"))


def test_an_old_sqlite_file_is_migrated_and_its_runners_keep_working(tmp_path):
    path = tmp_path / "old.sqlite3"
    from adapters import sqlite
    conn = sqlite3.connect(path)
    for version, statements in enumerate(sqlite._MIGRATIONS[:3], start=1):   # the schema before issue 11
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO users (id, phone, created_at, updated_at) VALUES ('r1', '+593991234567', "
                 "'2024-01-01T00:00:00.000000+00:00', '2024-01-01T00:00:00.000000+00:00')")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    try:
        runner = find_runner(store.runners, PHONE, BSUID)
        assert runner.id == "r1" and store.runners.by_whatsapp_id(BSUID).id == "r1"
    finally:
        store.close()


# --- the delivery log and the failure handler ------------------------------------------------

def test_the_delivery_log_holds_releases_and_purges(stores):
    _, log = stores
    log.record(OutboundMessage("wamid.1", "r1", "Tu resumen", T0))
    log.record(OutboundMessage("wamid.1", "r1", "again", T0))            # a no-op
    assert log.get("wamid.1").text == "Tu resumen"
    assert log.hold("wamid.1", 131047, T0 + timedelta(minutes=1))
    assert not log.hold("wamid.1", 131047, T0)                            # once
    assert not log.hold("wamid.unknown", 131047, T0)
    [held] = log.held("r1")
    assert (held.id, held.reason, held.held_at) == ("wamid.1", 131047, T0 + timedelta(minutes=1))
    log.release(["wamid.1"], T0 + timedelta(hours=2))
    assert log.held("r1") == []
    log.record(OutboundMessage("held.x", "r1", "answer", T0, answers="wamid.in9"))
    assert log.held_answer("wamid.in9") is None                          # not held
    log.hold("held.x", 190, T0)
    assert log.held_answer("wamid.in9").id == "held.x"
    assert log.purge(timedelta(days=7), T0 + timedelta(days=8)) == 1    # the released one; held.x waits
    assert log.get("held.x") is not None and log.get("wamid.1") is None
    log.mark_unreachable("r1", 131026, T0)
    assert log.unreachable_since("r1") == T0
    log.mark_reachable("r1")
    assert log.unreachable_since("r1") is None


def handler(template: str = "andes_resumen"):
    runners, log, messenger = InMemoryRunnerRepository(), InMemoryDeliveryLog(), RecordingMessenger()
    runner = Runner(whatsapp_id=BSUID, name="Ana María")
    runners.save(runner)
    return HandleDeliveryFailure(log, runners, FixedClock(T0), messenger, template), runner, log, messenger


def test_outside_the_window_the_text_is_held_and_the_runner_nudged_once():
    handle, runner, log, messenger = handler()
    log.record(OutboundMessage("wamid.1", runner.id, "Tu resumen de dos semanas", T0))
    log.record(OutboundMessage("wamid.2", runner.id, "Tu plan se acaba", T0))
    assert handle("wamid.1", [131047]) == "held"
    assert handle("wamid.2", [131047]) == "held"
    assert [m.text for m in log.held(runner.id)] == ["Tu resumen de dos semanas", "Tu plan se acaba"]
    assert messenger.templates == [(BSUID, "andes_resumen", "es", ("Ana",))]     # to the user id, once
    [(template_id, _)] = [(i, m) for i, m in log._sent.items() if m.template]
    assert handle(template_id, [131047]) == "logged"              # a failed template is never held
    assert len(log.held(runner.id)) == 2 and len(messenger.templates) == 1


def test_an_undeliverable_number_marks_the_runner_unreachable_and_unknown_ids_are_ignored():
    handle, runner, log, _ = handler()
    log.record(OutboundMessage("wamid.1", runner.id, "Hola", T0))
    assert handle("wamid.1", [131026]) == "unreachable"
    assert log.unreachable_since(runner.id) == T0
    assert handle("wamid.nope", [131047]) == "unknown"
    assert handle("wamid.1", [131000]) == "logged"


def test_held_texts_come_before_the_reply():
    held = [OutboundMessage("a", "r", "uno", T0), OutboundMessage("b", "r", "dos", T0)]
    assert with_held("tres", held) == "uno\n\ndos\n\ntres"
    assert with_held("tres", []) == "tres"


# --- the messenger --------------------------------------------------------------------------

class Graph:
    def __init__(self, *script: httpx.Response):
        self.script = list(script)
        self.requests: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(json.loads(request.content))
        if self.script:
            return self.script.pop(0)
        return httpx.Response(200, json={"messaging_product": "whatsapp", "contacts": [{"input": "x"}],
                                         "messages": [{"id": f"wamid.{len(self.requests)}"}]})


def graph_error(status: int, code: int) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": f"(#{code}) x", "type": "OAuthException",
                                                  "code": code, "fbtrace_id": "A"}})


def messenger(graph: Graph, **kw) -> WhatsAppMessenger:
    kw.setdefault("backoff_s", 0.001)
    kw.setdefault("max_backoff_s", 0.01)
    return WhatsAppMessenger("tok", "100200300", client=httpx.AsyncClient(transport=httpx.MockTransport(graph)), **kw)


def test_the_default_graph_version_is_a_current_one():
    # v26.0 (29 July 2026) is the newest; v21.0 (the old default, October 2024) expires in January 2027.
    assert DEFAULT_API_BASE == "https://graph.facebook.com/v26.0"
    assert WhatsAppMessenger("t", "1").url == "https://graph.facebook.com/v26.0/1/messages"


def test_a_user_id_is_sent_as_recipient_without_to_and_the_ids_come_back():
    graph = Graph()
    accepted = messenger(graph).send_text(BSUID, "Hola")
    [body] = graph.requests
    assert body["recipient"] == BSUID and "to" not in body
    assert accepted == [("wamid.1", "Hola")]


@pytest.mark.parametrize("status,code", [(400, 131056), (400, 130429), (400, 80007), (429, 4), (503, 2)])
def test_rate_limits_are_retried_by_error_code_whatever_the_status(status, code):
    graph = Graph(graph_error(status, code), graph_error(status, code))
    assert messenger(graph, max_attempts=3).send_text(PHONE, "Hola") == [("wamid.3", "Hola")]
    assert len(graph.requests) == 3


def test_a_non_retryable_error_is_raised_at_once_with_its_code():
    graph = Graph(graph_error(400, 131047))
    with pytest.raises(WhatsAppSendError) as error:
        messenger(graph).send_text(PHONE, "Hola")
    assert error.value.code == 131047 and len(graph.requests) == 1


def test_an_expired_token_turns_ping_false_until_a_send_succeeds():
    graph = Graph(graph_error(401, 190))
    m = messenger(graph)
    assert m.ping()
    with pytest.raises(WhatsAppSendError) as error:
        m.send_text(PHONE, "Hola")
    assert error.value.code == 190 and len(graph.requests) == 1        # not retried
    assert not m.ping() and "190" in m.auth_error
    m.send_text(PHONE, "Hola")
    assert m.ping()


def test_scheduled_messages_reach_a_runner_known_only_by_user_id():
    from tests.unit.test_scheduled_jobs import BIWEEKLY, SUNDAY, World, runner, utc

    world = World(utc(SUNDAY, 23, 30))                 # 18:30 in Guayaquil
    luz = runner("+593990000000", "Luz")
    luz.phone, luz.whatsapp_id = None, BSUID
    world.add(luz)
    assert world.jobs().run().sent == [(luz.id, BIWEEKLY, SUNDAY)]
    [(to, text, _)] = world.messenger.sent
    assert to == BSUID and text.startswith("🏔️ Luz")


# --- the echoed reference (biz_opaque_callback_data) -----------------------------------------------

def test_sent_delivered_and_read_statuses_are_receipts_with_what_the_send_asked_to_echo():
    events = parse_webhook(delivery({"statuses": [
        {"id": "wamid.out1", "status": "sent", "recipient_id": "593991234567",
         "biz_opaque_callback_data": "outbox:abc#1/1"},
        {"id": "wamid.out2", "status": "read", "recipient_user_id": BSUID},
        {"id": "wamid.out3", "status": "delivered", "biz_opaque_callback_data": {"not": "a string"}},
    ]}))
    assert [(r.message_id, r.status, r.reference) for r in events.receipts] == [
        ("wamid.out1", "sent", "outbox:abc#1/1"), ("wamid.out2", "read", None), ("wamid.out3", "delivered", None)]


def test_each_part_of_a_reply_carries_its_reference_and_place():
    import asyncio

    from application.ports import Button
    graph = Graph()
    sender = messenger(graph)
    long_text = "Plan de hoy.\n\n" + "x" * 1100          # too long for a button message's body
    try:
        asyncio.run(sender.asend_text("+593991234567", "¡Bien hecho!", reference="outbox:r1"))
        asyncio.run(sender.asend_buttons("+593991234567", long_text, [Button("plan", "Crear mi plan")],
                                         reference="outbox:r2"))
        sender.send_text("+593991234567", "a scheduled summary")               # not from the outbox
    finally:
        sender.close()
    echoed = [r.get("biz_opaque_callback_data") for r in graph.requests]
    assert echoed == ["outbox:r1#1/1", "outbox:r2#1/2", "outbox:r2#2/2", None]
    assert graph.requests[2]["type"] == "interactive"


def test_only_the_last_part_of_a_reply_names_it():
    from application.messaging.outbound import outbox_reference, referenced_reply
    assert outbox_reference("r1") == "outbox:r1"
    assert referenced_reply("outbox:r1#1/1") == "r1" and referenced_reply("outbox:r1#2/2") == "r1"
    assert referenced_reply("outbox:r1#1/2") is None                     # more of it was still to go
    for other in (None, "", "campaign-7", "outbox:", "outbox:r1", "outbox:r1#x"):
        assert referenced_reply(other) is None
