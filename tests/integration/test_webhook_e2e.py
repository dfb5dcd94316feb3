"""The WhatsApp webhook end to end: signed HTTP requests to a real uvicorn server running the app,
the offline coach answering, and the replies arriving at a fake Graph API over real HTTP."""
from __future__ import annotations

import json
import logging
import threading
import time
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest
from dependency_injector import providers

from adapters.in_memory import FixedClock, InMemoryInbox
from adapters.whatsapp import WhatsAppMessenger
from application.ports import InboxItem
from bootstrap import Settings, build_container, close_resources
from domain.runner import FitnessLevel, GoalRace, Runner
from entrypoints.http_app import create_app
from entrypoints.scheduler import build_jobs
from entrypoints.webhook import DOWN_FOR_S
from tests.integration.fake_graph_api import (
    FakeGraphAPI,
    ServerThread,
    button_payload,
    delivery,
    encode,
    message,
    new_message_id,
    signed_headers,
    status_payload,
    text_payload,
)
from tests.integration.redis_fixtures import REDIS_URL

pytestmark = pytest.mark.integration

SECRET = "app-secret-for-tests"
VERIFY = "verify-token-for-tests"
ANA = "+593991110001"
BOB = "+14155550102"

ONBOARDING_ES = ["Hola", "Ana", "34", "no tengo carrera", "10k", "4", "intermedio", "20", "10", "no", "me da igual",
                 "ninguna"]


def webhook_settings(tmp_path, graph, **overrides) -> Settings:
    """A coach on memory stores whose WhatsApp is the fake Graph API."""
    values = dict(store="memory", vector_store="memory", embeddings="hashing", llm_provider="offline",
                  data_dir=str(tmp_path), whatsapp_token=graph.token,
                  whatsapp_phone_number_id=graph.phone_number_id, whatsapp_api_base=graph.url,
                  whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY)
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings(tmp_path, graph):
    return webhook_settings(tmp_path, graph)


class Coach:
    """The app under a real uvicorn server, and a client that talks to it like Meta does."""

    def __init__(self, container, graph: FakeGraphAPI, **app_options):
        self.container = container
        self.graph = graph
        self.app = create_app(container, **app_options)
        self.server = ServerThread(self.app).start()
        self.http = httpx.Client(base_url=self.server.url, timeout=10)

    def post(self, payload, *, sign: bool = True, headers: dict | None = None) -> httpx.Response:
        body = payload if isinstance(payload, bytes) else encode(payload)
        sent = signed_headers(SECRET, body) if sign else {"Content-Type": "application/json"}
        sent.update(headers or {})
        return self.http.post("/webhook", content=body, headers=sent)

    def say(self, phone: str, text: str, message_id: str | None = None) -> httpx.Response:
        response = self.post(text_payload(phone, text, message_id))
        assert response.status_code == 200, response.text
        return response

    def close(self) -> None:
        self.http.close()
        self.server.stop()


@pytest.fixture
def coach(settings, graph):
    graph.requests.clear()
    graph.rejected.clear()
    c = Coach(build_container(settings), graph)
    yield c
    c.close()
    assert not graph.rejected, f"the Graph API refused some messages: {graph.rejected}"


def nothing_stored(container) -> bool:
    return container.runners().all() == []


def settle(coach: Coach, timeout: float = 10.0) -> None:
    """Wait until every message the app accepted is handled (its reply, if any, already sent): none
    waits in the inbox (its job may be enqueued just after the webhook's answer) nor in the queue."""
    deadline = time.monotonic() + timeout
    inbox = coach.container.inbox()
    while coach.app.state.queues.pending or inbox.pending(1):
        assert time.monotonic() < deadline, "messages still pending"
        time.sleep(0.01)


# --- verification ---------------------------------------------------------------------------

def test_meta_verification_handshake(coach):
    ok = coach.http.get("/webhook", params={"hub.mode": "subscribe", "hub.verify_token": VERIFY,
                                             "hub.challenge": "1158201444"})
    assert ok.status_code == 200
    assert ok.text == "1158201444"
    assert ok.headers["content-type"].startswith("text/plain")
    wrong = coach.http.get("/webhook", params={"hub.mode": "subscribe", "hub.verify_token": "nope",
                                                "hub.challenge": "1"})
    assert wrong.status_code == 403
    bad_mode = coach.http.get("/webhook", params={"hub.mode": "unsubscribe", "hub.verify_token": VERIFY,
                                                   "hub.challenge": "1"})
    assert bad_mode.status_code == 403


# --- a runner's first conversation ----------------------------------------------------------

def test_new_runner_onboards_over_several_signed_posts_and_gets_replies_in_order(coach, graph):
    started = time.perf_counter()
    for text in ONBOARDING_ES:            # sent back to back: the replies must still come in order
        response = coach.say(ANA, text)
        assert response.status_code == 200
    webhook_s = time.perf_counter() - started
    sent = graph.wait_for(len(ONBOARDING_ES), ANA)
    texts = [graph.text_of(p) for p in sent]
    assert "¿Cómo te llamas?" in texts[0]
    assert "Ana" in texts[1] and "años" in texts[1]
    assert "carrera" in texts[2]
    assert "distancia" in texts[3]
    assert "días por semana" in texts[4]
    assert "nivel" in texts[5]
    assert "por semana" in texts[6] and "km" in texts[6]
    assert "más larga" in texts[7]
    assert "prueba de tiempo" in texts[8]
    assert "fondo" in texts[9]
    assert "lesiones" in texts[10]
    assert texts[11].startswith("¡Listo, Ana!")
    last = sent[11]
    assert last["type"] == "interactive"
    assert last["to"] == "593991110001"
    [button] = last["interactive"]["action"]["buttons"]
    assert button == {"type": "reply", "reply": {"id": "plan:create", "title": "Crear mi plan"}}
    assert webhook_s < 5

    # The runner presses the button: its title is read as their message.
    assert coach.post(button_payload(ANA, "plan:create", "Crear mi plan")).status_code == 200
    plan_messages = graph.wait_for(len(sent) + 1, ANA)[len(sent):]
    assert "Tu plan del" in graph.text_of(plan_messages[0])

    coach.say(ANA, "hoy corrí 8 km en 45 min")
    deadline = time.monotonic() + 10
    while not any("Registré tu entreno" in t for t in graph.texts_to(ANA)):
        assert time.monotonic() < deadline, graph.texts_to(ANA)
        time.sleep(0.02)
    runner = coach.container.runners().by_phone(ANA)
    assert runner.onboarding_completed and runner.name == "Ana"
    [run] = coach.container.runs().for_runner(runner.id)
    assert run.distance_km == 8 and run.duration_s == 45 * 60


def test_two_runners_are_answered_in_parallel_each_in_order(coach, graph):
    english = ["Hi", "Bob", "41", "no race", "half marathon", "3", "beginner", "15", "8", "no", "any day", "none"]
    for es, en in zip(ONBOARDING_ES, english):
        coach.say(ANA, es)
        coach.say(BOB, en)
    ana = [graph.text_of(p) for p in graph.wait_for(len(ONBOARDING_ES), ANA)]
    bob = [graph.text_of(p) for p in graph.wait_for(len(english), BOB)]
    assert ana[-1].startswith("¡Listo, Ana!")
    assert "What's your name?" in bob[0]
    assert bob[-1].startswith("All set, Bob!")
    assert bob[-1] != ana[-1]


# --- bad inputs -----------------------------------------------------------------------------

def test_wrong_signature_is_refused_and_nothing_is_stored(coach, graph):
    body = encode(text_payload(ANA, "Hola"))
    response = coach.post(body, sign=False, headers={"X-Hub-Signature-256": "sha256=" + "0" * 64})
    assert response.status_code == 403
    tampered = coach.post(body, sign=False, headers=signed_headers("another-secret", body))
    assert tampered.status_code == 403
    settle(coach)
    assert nothing_stored(coach.container)
    assert graph.sent_to(ANA) == []


def test_missing_signature_is_refused_and_nothing_is_stored(coach, graph):
    response = coach.post(text_payload(ANA, "Hola"), sign=False)
    assert response.status_code == 401
    settle(coach)
    assert nothing_stored(coach.container)
    assert graph.sent_to(ANA) == []


def test_a_one_megabyte_body_is_refused_and_nothing_is_stored(coach, graph):
    huge = text_payload(ANA, "a" * (1024 * 1024))
    response = coach.post(huge)
    assert response.status_code == 413
    assert nothing_stored(coach.container)
    # Also when the client streams it without a Content-Length.
    body = encode(huge)

    def chunks():
        for i in range(0, len(body), 64 * 1024):
            yield body[i:i + 64 * 1024]
    try:
        streamed = coach.http.post("/webhook", content=chunks(), headers=signed_headers(SECRET, body))
        assert streamed.status_code == 413
    except httpx.TransportError:
        pass  # the server may close the connection before the client has written everything
    settle(coach)
    assert nothing_stored(coach.container)
    assert graph.sent_to(ANA) == []


def test_invalid_json_is_a_400(coach, graph):
    response = coach.post(b'{"object": "whatsapp_business_account", "entry": [')
    assert response.status_code == 400
    settle(coach)
    assert nothing_stored(coach.container)


def test_json_nested_deeper_than_python_reads_is_a_400_not_a_500(coach, graph):
    response = coach.post(b"[" * 100_000 + b"]" * 100_000)
    assert response.status_code == 400
    assert nothing_stored(coach.container)


def test_a_bad_message_is_skipped_alone_and_its_neighbours_are_answered(coach, graph):
    """A NUL in one sender's id no longer makes the whole delivery fail forever (issue 12)."""
    bad = message(ANA, "text", text={"body": "Hola"})
    bad["from"] = "593991110001\x00"
    both = delivery([bad, message(BOB, "text", text={"body": "Hi\x00 there \ud800"})])
    assert coach.post(json.dumps(both).encode()).status_code == 200     # the surrogate as JSON writes it
    [bob] = graph.wait_for(1, BOB)
    assert "What's your name?" in graph.text_of(bob)
    settle(coach)
    assert graph.sent_to(ANA) == []
    [stored] = [m.text for r in coach.container.runners().all() for m in coach.container.conversations().for_runner(r.id)
                if m.role.value == "runner"]
    assert "\x00" not in stored and "\ud800" not in stored


def test_missing_fields_are_acknowledged_and_ignored(coach, graph, caplog):
    caplog.set_level(logging.WARNING)
    no_sender = delivery([{"id": new_message_id(), "type": "text", "text": {"body": "Hola"}}])
    assert coach.post(no_sender).status_code == 200
    no_body = delivery([message(ANA, "text")])
    assert coach.post(no_body).status_code == 200
    not_whatsapp = {"hello": "world"}
    assert coach.post(not_whatsapp).status_code == 200
    no_entry = {"object": "whatsapp_business_account"}
    assert coach.post(no_entry).status_code == 200
    assert coach.post([1, 2, 3]).status_code == 200
    settle(coach)
    assert graph.requests == [] and nothing_stored(coach.container)
    coach.say(ANA, "Hola")                         # the app is fine
    assert "¿Cómo te llamas?" in graph.text_of(graph.wait_for(1, ANA)[0])
    warnings = [r.getMessage() for r in caplog.records if r.name == "entrypoints.webhook"]
    assert "webhook payload partly ignored" in warnings
    assert "webhook payload ignored: not a WhatsApp delivery" in warnings
    assert all("593991110001" not in r.getMessage() for r in caplog.records)


def test_unknown_message_types_get_a_polite_text_only_answer(coach, graph):
    image = delivery([message(ANA, "image", image={"id": "media1", "mime_type": "image/jpeg"})])
    assert coach.post(image).status_code == 200
    [reply] = graph.wait_for(1, ANA)
    assert "solo entiendo mensajes de texto" in graph.text_of(reply)
    assert "only understand text" in graph.text_of(reply)     # a stranger: both languages
    assert nothing_stored(coach.container)

    # Once we know the runner, only their language.
    for text in ["Hi", "Bob"]:
        coach.say(BOB, text)
    graph.wait_for(2, BOB)
    audio = delivery([message(BOB, "audio", audio={"id": "media2", "mime_type": "audio/ogg", "voice": True})])
    sticker = delivery([message(BOB, "sticker", sticker={"id": "media3"})])
    assert coach.post(audio).status_code == 200
    assert coach.post(sticker).status_code == 200
    texts = [graph.text_of(p) for p in graph.wait_for(4, BOB)]
    assert texts[2] == texts[3]
    assert "only understand text" in texts[2] and "solo entiendo" not in texts[2]


def test_a_duplicate_message_id_is_answered_once(coach, graph):
    message_id = new_message_id()
    assert coach.post(text_payload(ANA, "Hola", message_id)).status_code == 200
    assert coach.post(text_payload(ANA, "Hola", message_id)).status_code == 200     # Meta retrying
    settle(coach)
    texts = graph.texts_to(ANA)
    assert len(texts) == 1, texts
    runner = coach.container.runners().by_phone(ANA)
    assert [m.role.value for m in coach.container.conversations().for_runner(runner.id)] == ["runner", "coach"]
    assert coach.container.inbox().pending() == []


def test_a_replay_older_than_whatsapps_retry_window_is_logged_and_not_acted_on(coach, graph, caplog):
    """Meta retries a webhook for up to 7 days: a message sent 30 days ago (a new id) is a replay,
    not a retry. It is acknowledged (200), logged, and neither stored nor answered."""
    old = text_payload(ANA, "hoy corrí 8 km", new_message_id())
    old["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()) - 30 * 86400)
    with caplog.at_level(logging.WARNING, logger="entrypoints.webhook"):
        assert coach.post(old).status_code == 200
    settle(coach)
    assert graph.texts_to(ANA) == [] and nothing_stored(coach.container)
    assert coach.container.inbox().pending() == []
    assert any("replayed message ignored" in r.getMessage() for r in caplog.records)
    six_days = text_payload(ANA, "Hola", new_message_id())          # within the window: a late retry
    six_days["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()) - 6 * 86400)
    assert coach.post(six_days).status_code == 200
    settle(coach)
    assert len(graph.texts_to(ANA)) == 1


def test_statuses_only_payload_is_acknowledged_and_ignored(coach, graph):
    for status in ("sent", "delivered", "read"):
        assert coach.post(status_payload(status=status)).status_code == 200
    failed = status_payload(status="failed")
    failed["entry"][0]["changes"][0]["value"]["statuses"][0]["errors"] = [{"code": 131047, "title": "Re-engage"}]
    assert coach.post(failed).status_code == 200
    settle(coach)
    assert graph.requests == []
    assert nothing_stored(coach.container)


def test_without_an_app_secret_posts_are_refused_unless_explicitly_allowed(settings, graph):
    unsigned = settings.replace(whatsapp_app_secret="")
    refusing = Coach(build_container(unsigned), graph, allow_unsigned=False)
    try:
        assert refusing.post(text_payload(ANA, "Hola")).status_code == 503
        settle(refusing)
        assert nothing_stored(refusing.container)
    finally:
        refusing.close()
    dev = Coach(build_container(unsigned), graph, allow_unsigned=True)
    try:
        assert dev.post(text_payload(ANA, "Hola"), sign=False).status_code == 200
        graph.wait_for(1, ANA)
    finally:
        dev.close()


# --- the durable inbox ------------------------------------------------------------------------

def test_a_message_accepted_before_a_crash_is_answered_after_restart(settings, graph, caplog):
    """The previous process wrote the messages to the inbox, answered Meta 200 and died before
    answering them: Meta will not deliver them again, so the next start must answer them."""
    on_disk = settings.replace(store="sqlite")          # the inbox must outlive the process
    graph.requests.clear()
    died = build_container(on_disk)
    at = datetime.now(timezone.utc)
    hola = InboxItem(message_id=new_message_id(), phone="593991110001", kind="text", type="text",
                     text="Hola", received_at=at)
    name = InboxItem(message_id=new_message_id(), phone="593991110001", kind="text", type="text",
                     text="Ana", received_at=at + timedelta(milliseconds=1))
    photo = InboxItem(message_id=new_message_id(), phone="14155550102", kind="unsupported", type="image",
                      text="", received_at=at + timedelta(milliseconds=2))
    for item in (hola, name, photo):
        assert died.inbox().put(item)
    close_resources(died)
    assert graph.requests == []

    caplog.set_level(logging.INFO)
    restarted = build_container(on_disk)
    coach = Coach(restarted, graph)
    try:
        ana = [graph.text_of(p) for p in graph.wait_for(2, ANA)]
        assert "¿Cómo te llamas?" in ana[0]                     # in the order they were received
        assert "Ana" in ana[1] and "años" in ana[1]
        [bob] = graph.wait_for(1, BOB)
        assert "only understand text" in graph.text_of(bob)
        settle(coach)
        assert restarted.inbox().pending() == []                 # answered: done
        runner = restarted.runners().by_phone(ANA)
        assert [m.text for m in restarted.conversations().for_runner(runner.id)][::2] == ["Hola", "Ana"]
        assert all("593991110001" not in r.getMessage() and "14155550102" not in r.getMessage()
                   for r in caplog.records)
        # Had Meta delivered one again after all, it is not answered twice.
        assert coach.post(text_payload(ANA, "Hola", hola.message_id)).status_code == 200
        settle(coach)
        time.sleep(0.1)
        assert len(graph.sent_to(ANA)) == 2
    finally:
        coach.close()
        close_resources(restarted)
    # A third start finds nothing to replay.
    again = build_container(on_disk)
    try:
        assert again.inbox().pending() == []
    finally:
        close_resources(again)


class FlakyInbox:
    """A real in-memory inbox whose ``put`` fails after ``ok_puts`` successful ones (None: never)."""

    def __init__(self, ok_puts: int | None = 0):
        self.real = InMemoryInbox()
        self.ok_puts = ok_puts
        self._lock = threading.Lock()

    def put(self, item):
        with self._lock:
            if self.ok_puts is not None:
                if self.ok_puts <= 0:
                    raise ConnectionError("the database is down")
                self.ok_puts -= 1
        return self.real.put(item)

    def __getattr__(self, name):             # pending, pending_for, done, is_done, quarantine…
        return getattr(self.real, name)


def test_when_the_inbox_is_down_the_webhook_answers_503_and_meta_redelivers(settings, graph):
    graph.requests.clear()
    container = build_container(settings)
    inbox = FlakyInbox(ok_puts=0)
    container.inbox.override(providers.Object(inbox))
    coach = Coach(container, graph)
    try:
        hola = text_payload(ANA, "Hola")
        assert coach.post(hola).status_code == 503
        assert coach.post(status_payload()).status_code == 200        # receipts need no inbox
        settle(coach)
        time.sleep(0.1)
        assert graph.requests == [] and nothing_stored(container)     # not accepted: nothing done

        inbox.ok_puts = None                                          # the database is back
        assert coach.post(hola).status_code == 503                    # at once: it just failed
        time.sleep(DOWN_FOR_S)
        assert coach.post(hola).status_code == 200                    # Meta's redelivery
        [reply] = graph.wait_for(1, ANA)
        assert "¿Cómo te llamas?" in graph.text_of(reply)
        settle(coach)
        assert inbox.pending() == []
    finally:
        coach.close()


def test_a_delivery_stored_only_in_part_is_refused_and_each_message_answered_once(settings, graph):
    graph.requests.clear()
    container = build_container(settings)
    inbox = FlakyInbox(ok_puts=1)                 # the first message is stored, then the database fails
    container.inbox.override(providers.Object(inbox))
    coach = Coach(container, graph)
    try:
        both = delivery([message(ANA, "text", text={"body": "Hola"}), message(BOB, "text", text={"body": "Hi"})])
        assert coach.post(both).status_code == 503
        [ana] = graph.wait_for(1, ANA)                                # stored: answered all the same
        assert "¿Cómo te llamas?" in graph.text_of(ana)
        settle(coach)
        assert graph.sent_to(BOB) == []

        inbox.ok_puts = None
        time.sleep(DOWN_FOR_S)                                        # the webhook tries the database again
        assert coach.post(both).status_code == 200                    # Meta's redelivery
        [bob] = graph.wait_for(1, BOB)
        assert "What's your name?" in graph.text_of(bob)
        settle(coach)
        time.sleep(0.1)
        assert len(graph.sent_to(ANA)) == 1
        assert inbox.pending() == []
    finally:
        coach.close()


# --- WhatsApp failing -----------------------------------------------------------------------

def test_transient_graph_failures_are_retried(settings, graph):
    graph.requests.clear()
    container = build_container(settings)
    container.messenger.override(providers.Object(WhatsAppMessenger(
        token=graph.token, phone_number_id=graph.phone_number_id, api_base=graph.url,
        max_attempts=4, backoff_s=0.01, max_backoff_s=0.05)))
    coach = Coach(container, graph)
    try:
        graph.fail_next(503, times=1)
        graph.fail_next(429, times=1)
        attempts = graph.attempts
        coach.say(ANA, "Hola")
        [reply] = graph.wait_for(1, ANA)
        assert "¿Cómo te llamas?" in graph.text_of(reply)
        assert graph.attempts - attempts == 3
    finally:
        coach.close()


def test_a_reply_that_cannot_be_sent_is_kept_in_the_outbox_and_retried_later(settings, graph, caplog):
    caplog.set_level(logging.INFO)
    container = build_container(settings)
    container.messenger.override(providers.Object(WhatsAppMessenger(
        token="revoked-token", phone_number_id=graph.phone_number_id, api_base=graph.url,
        max_attempts=2, backoff_s=0.01)))
    coach = Coach(container, graph)
    try:
        response = coach.say(ANA, "Hola")
        settle(coach)
        [record] = [r for r in caplog.records if r.getMessage() == "reply not sent, retrying later"]
        assert record.graph_code == 190
        runner = container.runners().by_phone(ANA)
        assert [m.role.value for m in container.conversations().for_runner(runner.id)] == ["runner", "coach"]
        [message_id] = [m["id"] for m in json.loads(response.request.content)["entry"][0]["changes"][0]
                        ["value"]["messages"]]
        [reply] = container.outbox().for_answer(message_id)
        assert reply.status == "pending" and reply.error == "graph 190" and reply.attempts == 1
        assert "¿Cómo te llamas?" in reply.text
        assert reply.next_attempt_at > container.clock().now()       # backing off, not hammering Graph
    finally:
        graph.rejected.clear()
        coach.close()


def test_a_silent_runner_gets_the_summary_template_then_the_summary_with_their_next_reply(settings, graph):
    sunday = date(2026, 3, 15)                   # a summary Sunday; 18:30 in Guayaquil
    container = build_container(settings.replace(whatsapp_summary_template="andes_resumen"))
    container.clock.override(providers.Object(FixedClock(datetime(2026, 3, 15, 23, 30, tzinfo=timezone.utc))))
    runner = Runner(phone=ANA, name="Ana María", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="x",
                    timezone="America/Guayaquil", language="es", onboarding_completed=True)
    container.runners().save(runner)             # she never wrote: WhatsApp's window is closed
    graph.requests.clear()
    coach = Coach(container, graph)
    try:
        assert build_jobs(container)().nudged == [(runner.id, "biweekly", sunday)]
        [template] = graph.wait_for(1, ANA)
        assert template["type"] == "template" and template["template"]["name"] == "andes_resumen"
        assert graph.text_of(template) == "[template andes_resumen/es: Ana]"

        coach.say(ANA, "hola")
        graph.wait_for(2, ANA)
        settle(coach)
        assert sum("este es tu resumen" in t for t in graph.texts_to(ANA)) == 1
        assert container.summaries().undelivered(runner.id) == []
        coach.say(ANA, "gracias")
        graph.wait_for(3, ANA)
        settle(coach)
        assert sum("este es tu resumen" in t for t in graph.texts_to(ANA)) == 1
        assert not graph.rejected
    finally:
        coach.close()


# --- on the real PostgreSQL and Redis -------------------------------------------------------

def test_end_to_end_on_postgres_and_redis(tmp_path, graph, postgres_url, postgres_schema, redis_client):
    """The production wiring: bootstrap builds the PostgreSQL store (in a schema of this test) and
    the Redis chat buffer from the URLs; the inbox is in PostgreSQL."""
    database_url = f"{postgres_url}?options=-c%20search_path%3D{postgres_schema}"
    settings = Settings(store="postgres", database_url=database_url, redis_url=REDIS_URL,
                        vector_store="memory", embeddings="hashing", llm_provider="offline",
                        data_dir=str(tmp_path), whatsapp_token=graph.token,
                        whatsapp_phone_number_id=graph.phone_number_id, whatsapp_api_base=graph.url,
                        whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY)
    graph.requests.clear()
    container = build_container(settings)
    coach = Coach(container, graph)
    message_ids = [new_message_id() for _ in range(len(ONBOARDING_ES) + 1)]
    runner = None
    try:
        assert type(container.store()).__name__ == "PostgresStore"
        assert type(container.inbox()).__name__ == "PostgresInbox"
        health = coach.http.get("/health").json()
        assert health["status"] == "healthy", health
        for text, message_id in zip(ONBOARDING_ES, message_ids):
            coach.say(ANA, text, message_id)
        coach.say(ANA, ONBOARDING_ES[-1], message_ids[len(ONBOARDING_ES) - 1])   # redelivered: answered once
        coach.say(ANA, "hoy corrí 10 km en 55 min", message_ids[-1])
        texts = [graph.text_of(p) for p in graph.wait_for(len(ONBOARDING_ES) + 1, ANA)]
        assert texts[len(ONBOARDING_ES) - 1].startswith("¡Listo, Ana!")
        assert "Registré tu entreno" in texts[-1]
        time.sleep(0.1)
        assert len(graph.sent_to(ANA)) == len(ONBOARDING_ES) + 1

        # What is in PostgreSQL, read back through a store of its own.
        from adapters.postgres import PostgresStore
        check = PostgresStore.connect(postgres_url, schema=postgres_schema, migrate=False)
        try:
            runner = check.runners.by_phone(ANA)
            assert runner.onboarding_completed and runner.name == "Ana"
            [run] = check.runs.for_runner(runner.id)
            assert run.distance_km == 10 and run.duration_s == 55 * 60
            assert len(check.conversations.for_runner(runner.id)) == 2 * (len(ONBOARDING_ES) + 1)
            settle(coach)
            assert check.inbox().pending() == []            # every accepted message is done
        finally:
            check.close()
        assert redis_client.llen(f"andes:chat:{runner.id}") == min(20, 2 * (len(ONBOARDING_ES) + 1))   # the last 20
    finally:
        coach.close()
        container.store().close()
        if runner is not None:
            redis_client.delete(f"andes:chat:{runner.id}")


def test_when_too_many_messages_wait_the_webhook_asks_meta_to_come_back_later(settings, graph):
    graph.requests.clear()
    container = build_container(settings)
    release = __import__("threading").Event()
    real = container.reply_to_runner()

    class Slow:                      # the coach, taking its time over each message
        def open(self, *args, **kwargs):
            release.wait(10)
            return real.open(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(real, name)
    container.reply_to_runner.override(providers.Object(Slow()))
    coach = Coach(container, graph, max_pending=2)
    try:
        assert coach.post(text_payload(ANA, "Hola")).status_code == 200
        assert coach.post(text_payload(BOB, "Hi")).status_code == 200
        busy = text_payload(ANA, "Ana")
        assert coach.post(busy).status_code == 503
        assert coach.post(status_payload()).status_code == 200        # receipts are still fine
        release.set()
        graph.wait_for(1, ANA)
        graph.wait_for(1, BOB)
        deadline = time.monotonic() + 5
        while coach.post(busy).status_code != 200:                   # Meta's redelivery
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert len(graph.wait_for(2, ANA)) == 2
    finally:
        release.set()
        coach.close()


class _StatusQueue:
    """A work queue whose ``receipt`` fails while ``down`` (a database busy or away), for the webhook."""

    def __init__(self):
        self.down = True
        self.receipts: list[tuple] = []
        self.answers: list[str] = []

    async def answer(self, sender):
        self.answers.append(sender)

    async def delivery_failure(self, sender, message_id, codes):
        if self.down:
            raise ConnectionError("the queue's database is away")

    async def receipt(self, message_id, status, reference=None):
        if self.down:
            raise ConnectionError("the queue's database is away")
        self.receipts.append((message_id, status, reference))


def test_a_status_that_cannot_be_queued_is_refused_for_meta_to_post_again(settings, graph):
    # The queue is the only place a status is kept: acknowledged and dropped, a 'sent' status that
    # would have closed a reply whose sender died was that reply sent twice (benchmarks.chaos).
    graph.requests.clear()
    queue = _StatusQueue()
    coach = Coach(build_container(settings), graph, queue=queue)
    try:
        sent = status_payload(wamid="wamid.out9", status="sent")
        assert coach.post(sent).status_code == 503
        assert queue.receipts == []
        queue.down = False
        assert coach.post(sent).status_code == 200                    # Meta's redelivery
        assert [r[:2] for r in queue.receipts] == [("wamid.out9", "sent")]
    finally:
        coach.close()
