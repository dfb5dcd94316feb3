"""Issue 11 end to end: signed webhooks to the app under uvicorn, replies to the fake Graph API over
real HTTP, and the fake posting WhatsApp's failed-status webhooks back to the app.

Business-scoped user ids, failed deliveries (131047 held, 131026 unreachable), rate limits retried
by error code, and the expired token (190)."""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone

import pytest
from dependency_injector import providers

from adapters.postgres import PostgresStore
from adapters.whatsapp import WhatsAppMessenger
from application.ports.delivery import OutboundMessage
from bootstrap import build_container, close_resources
from domain.runner import Runner
from tests.integration.fake_graph_api import FakeGraphAPI, status_payload, text_payload
from tests.integration.test_webhook_e2e import ONBOARDING_ES, SECRET, Coach, settle, webhook_settings

pytestmark = pytest.mark.integration

ANA = "+593991110001"
ANA_ID = "EC.1410018717833190"
LUZ_ID = "EC.2950018717833777"          # a username user: WhatsApp never shows us her number


@pytest.fixture
def settings(tmp_path, graph):
    return webhook_settings(tmp_path, graph, whatsapp_summary_template="andes_resumen")


def start(container, graph: FakeGraphAPI, **options) -> Coach:
    graph.requests.clear()
    graph.rejected.clear()
    graph.statuses_posted.clear()
    graph.message_ids.clear()
    container.messenger.override(providers.Object(WhatsAppMessenger(
        token=graph.token, phone_number_id=graph.phone_number_id, api_base=graph.url,
        max_attempts=4, backoff_s=0.01, max_backoff_s=0.05)))
    coach = Coach(container, graph, **options)
    graph.webhook_url = coach.server.url + "/webhook"       # failed statuses come back to the app
    graph.app_secret = SECRET
    return coach


@pytest.fixture
def coach(settings, graph):
    c = start(build_container(settings), graph)
    yield c
    c.close()
    graph.deliver_normally(ANA)
    graph.deliver_normally(LUZ_ID)
    graph.renew_token()
    assert not graph.rejected, f"the Graph API refused some messages: {graph.rejected}"


def say(coach: Coach, text: str, *, phone: str | None = ANA, user_id: str | None = ANA_ID) -> None:
    assert coach.post(text_payload(phone, text, user_id=user_id)).status_code == 200


def onboard(coach: Coach, **who) -> None:
    for text in ONBOARDING_ES:
        say(coach, text, **who)
    settle(coach)


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- user ids ---------------------------------------------------------------------------------

def test_a_username_user_without_a_phone_is_onboarded_and_answered_at_their_user_id(coach, graph):
    onboard(coach, phone=None, user_id=LUZ_ID)
    sent = graph.wait_for(len(ONBOARDING_ES), LUZ_ID)
    assert all(p["recipient"] == LUZ_ID and "to" not in p for p in sent)
    assert "¿Cómo te llamas?" in graph.text_of(sent[0])
    assert graph.text_of(sent[-1]).startswith("¡Listo, Ana!")
    runner = coach.container.runners().by_whatsapp_id(LUZ_ID)
    assert runner.phone is None and runner.onboarding_completed
    assert coach.container.inbox().pending() == []


def test_a_runner_known_by_phone_is_linked_to_their_user_id_and_recognised_without_the_phone(coach, graph):
    old = Runner(ANA, name="Ana")
    coach.container.runners().save(old)                   # from before user ids: known by phone only
    say(coach, "Ana", phone=ANA, user_id=ANA_ID)
    settle(coach)
    assert coach.container.runners().by_whatsapp_id(ANA_ID).id == old.id
    say(coach, "34", phone=None, user_id=ANA_ID)        # WhatsApp withholds the number now
    settle(coach)
    replies = graph.wait_for(2, ANA)                     # still sent to the phone (Meta's preference)
    assert [p["to"] for p in replies] == ["593991110001"] * 2
    assert [r.id for r in coach.container.runners().all()] == [old.id]
    assert coach.container.runners().get(old.id).age == 34


# --- failed deliveries ------------------------------------------------------------------------

def test_a_reply_refused_outside_the_window_is_held_and_goes_with_the_next_message(coach, graph):
    onboard(coach)
    deliveries = coach.container.deliveries()
    runner = coach.container.runners().by_whatsapp_id(ANA_ID)
    graph.fail_later(ANA, 131047)                      # Graph accepts, then reports "failed"
    say(coach, "hoy corrí 8 km en 45 min")
    wait_until(lambda: deliveries.held(runner.id))
    [held] = deliveries.held(runner.id)
    assert held.reason == 131047 and "8" in held.text
    wait_until(lambda: graph.sent_to(ANA)[-1]["type"] == "template")
    nudge = graph.sent_to(ANA)[-1]
    assert nudge["template"]["name"] == "andes_resumen"             # once, to reopen the window
    assert nudge["template"]["components"][0]["parameters"][0]["text"] == "Ana"

    graph.deliver_normally(ANA)                        # the runner answers: the window is open
    count = len(graph.sent_to(ANA))
    say(coach, "¿qué toca hoy?")
    settle(coach)
    replies = graph.wait_for(count + 1, ANA)[count:]   # one message, or two when buttons split it
    text = "\n\n".join(graph.text_of(p) for p in replies)
    assert text.startswith(held.text)                  # the held answer first, then the new one
    assert len(text) > len(held.text) + 10
    assert deliveries.held(runner.id) == []
    count = len(graph.sent_to(ANA))
    say(coach, "gracias")
    settle(coach)
    after = graph.wait_for(count + 1, ANA)[count:]
    assert all(held.text not in graph.text_of(p) for p in after)       # once
    assert [s["errors"][0]["code"] for s in graph.statuses_posted] == [131047]


def test_a_reply_refused_at_once_with_131047_is_held_too(coach, graph):
    say(coach, "Hola")
    settle(coach)
    runner = coach.container.runners().by_whatsapp_id(ANA_ID)
    graph.fail_next(400, code=131047)                  # Graph may also refuse synchronously
    say(coach, "Ana")
    settle(coach)
    [held] = coach.container.deliveries().held(runner.id)
    assert held.reason == 131047 and "Ana" in held.text
    count = len(graph.sent_to(ANA))
    say(coach, "34")
    settle(coach)
    text = "\n\n".join(graph.text_of(p) for p in graph.sent_to(ANA)[count:])
    assert text.startswith(held.text) and coach.container.deliveries().held(runner.id) == []


def test_an_undeliverable_runner_is_marked_unreachable_until_they_write_again(coach, graph, caplog):
    caplog.set_level(logging.INFO)
    say(coach, "Hola", phone=None, user_id=LUZ_ID)
    settle(coach)
    runner = coach.container.runners().by_whatsapp_id(LUZ_ID)
    deliveries = coach.container.deliveries()
    [sent] = graph.sent_to(LUZ_ID)
    assert coach.post(status_payload(graph.ids_to(LUZ_ID)[-1], recipient=None, user_id=LUZ_ID,
                                     error_code=131026)).status_code == 200
    wait_until(lambda: deliveries.unreachable_since(runner.id) is not None)
    assert [r for r in caplog.records if r.getMessage() == "runner unreachable on WhatsApp"][0].graph_code == 131026
    assert sent["recipient"] == LUZ_ID
    say(coach, "Luz", phone=None, user_id=LUZ_ID)
    settle(coach)
    assert deliveries.unreachable_since(runner.id) is None


def test_a_failed_status_about_a_message_we_never_sent_changes_nothing(coach, graph):
    assert coach.post(status_payload("wamid.someone-else", error_code=131047)).status_code == 200
    settle(coach)
    assert graph.requests == [] and coach.container.runners().all() == []


def test_rate_limits_are_retried_by_error_code_end_to_end(coach, graph):
    graph.fail_next(400, code=131056)                  # the pair rate limit comes with a 400
    graph.fail_next(400, code=130429)
    graph.fail_next(400, code=80007)
    attempts = graph.attempts
    say(coach, "Hola")
    [reply] = graph.wait_for(1, ANA)
    assert "¿Cómo te llamas?" in graph.text_of(reply)
    assert graph.attempts - attempts == 4


# --- the expired token ------------------------------------------------------------------------

def test_an_expired_token_keeps_the_reply_in_the_outbox_and_it_goes_once_after_the_restart(
        settings, graph, caplog):
    caplog.set_level(logging.INFO)
    on_disk = settings.replace(store="sqlite")   # the inbox and the outbox outlive the process
    container = build_container(on_disk)
    coach = start(container, graph)
    try:
        graph.expire_token()
        say(coach, "Hola")
        settle(coach)
        assert container.inbox().pending() == []            # answered: the reply waits in the outbox
        [waiting] = container.outbox().due(datetime.max.replace(tzinfo=timezone.utc))
        assert waiting.error == "graph 190" and waiting.status == "pending"
        errors = [r for r in caplog.records if r.levelno == logging.ERROR and "token" in r.getMessage()]
        assert errors, [r.getMessage() for r in caplog.records]
        health = coach.http.get("/health")
        assert health.status_code == 200 and health.json()["status"] == "degraded"
        assert health.json()["checks"]["whatsapp"]["status"] == "down"
        assert "190" in health.json()["checks"]["whatsapp"]["error"]
        assert graph.requests == []
    finally:
        coach.close()
        close_resources(container)
        graph.rejected.clear()

    graph.renew_token()                                 # a new WHATSAPP_TOKEN, and a restart
    restarted = build_container(on_disk)
    waiting.next_attempt_at = datetime.now(timezone.utc)    # the backoff has run out meanwhile
    restarted.outbox().update(waiting)
    coach = start(restarted, graph)
    try:
        [reply] = graph.wait_for(1, ANA)
        assert "¿Cómo te llamas?" in graph.text_of(reply)
        settle(coach)
        runner = restarted.runners().by_whatsapp_id(ANA_ID)
        # Answered once: the stored reply was sent, the coach was not asked again.
        assert [m.role.value for m in restarted.conversations().for_runner(runner.id)] == ["runner", "coach"]
        assert coach.http.get("/health").json()["checks"]["whatsapp"]["status"] == "ok"
        say(coach, "Ana")
        settle(coach)
        texts = [graph.text_of(p) for p in graph.wait_for(2, ANA)]
        assert "¿Cómo te llamas?" not in texts[1]       # the stored reply is not sent twice
    finally:
        coach.close()
        close_resources(restarted)


# --- PostgreSQL ---------------------------------------------------------------------------------

def test_user_ids_and_the_delivery_log_on_postgres(postgres_pool):
    from datetime import datetime, timedelta, timezone

    from application.coach.identity import find_runner
    from application.ports import InboxItem

    store = PostgresStore(postgres_pool)
    old = Runner(ANA, name="Ana")
    store.runners.save(old)
    store.runners.save(Runner(whatsapp_id=LUZ_ID))
    store.runners.save(Runner(whatsapp_id="EC.3"))      # phone-less runners coexist
    assert find_runner(store.runners, "593991110001", ANA_ID).id == old.id
    assert store.runners.by_whatsapp_id(ANA_ID).id == old.id
    assert store.runners.by_whatsapp_id(LUZ_ID).phone is None
    with pytest.raises(ValueError, match="WhatsApp user id"):
        store.runners.save(Runner(whatsapp_id=LUZ_ID))

    at = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
    inbox = store.inbox()
    inbox.put(InboxItem(message_id="wamid.in1", phone=None, kind="text", text="Hola", received_at=at,
                        whatsapp_id=LUZ_ID))
    [item] = inbox.pending()
    assert (item.phone, item.whatsapp_id) == (None, LUZ_ID)

    log = store.deliveries
    log.record(OutboundMessage("wamid.1", old.id, "Tu resumen", at))
    assert log.hold("wamid.1", 131047, at) and not log.hold("wamid.1", 131047, at)
    assert [m.text for m in log.held(old.id)] == ["Tu resumen"]
    log.record(OutboundMessage("held.1", old.id, "Hola", at, answers="wamid.in1"))
    log.hold("held.1", 190, at)
    assert log.held_answer("wamid.in1").reason == 190
    log.release(["wamid.1", "held.1"], at + timedelta(hours=1))
    assert log.held(old.id) == []
    assert log.purge(timedelta(days=7), at + timedelta(days=8)) == 2
    log.mark_unreachable(old.id, 131026, at)
    assert log.unreachable_since(old.id) == at
    log.mark_reachable(old.id)
    assert log.unreachable_since(old.id) is None
