"""Phase 4 — the switch with rollback: shadow (Andes answers, sends nothing, the old bot gets every
delivery re-signed), live (Andes sends), back to shadow; one PostgreSQL store throughout, so nothing
said in either mode is lost. Signed webhooks over real HTTP, the fake Graph API, a fake old bot."""
from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from dependency_injector import providers
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from adapters.legacy_webhook import LegacyWebhookForwarder
from adapters.postgres import PostgresStore
from adapters.whatsapp import WhatsAppMessenger, verify_signature
from application.migration.shadow import ShadowReport
from bootstrap import build_container
from domain.conversation import Role
from tests.integration.fake_graph_api import ServerThread, text_payload
from tests.integration.test_webhook_e2e import Coach, settle, webhook_settings

pytestmark = pytest.mark.integration

ANA = "+593991110001"
LEGACY_SECRET = "the-old-bots-app-secret"


class OldBot:
    """The old bot's webhook: checks Meta's signature with its own app secret, keeps what it got."""

    def __init__(self):
        self.deliveries: list[dict] = []
        self.bad_signatures = 0
        self.down_for: list[int] = []          # statuses to answer first (an old bot that is down)
        self.app = Starlette(routes=[Route("/webhook", self.receive, methods=["POST"])])

    async def receive(self, request: Request):
        body = await request.body()
        if self.down_for:
            return PlainTextResponse("busy", status_code=self.down_for.pop(0))
        if not verify_signature(LEGACY_SECRET, body, request.headers.get("x-hub-signature-256")):
            self.bad_signatures += 1
            return PlainTextResponse("bad signature", status_code=403)
        self.deliveries.append(json.loads(body))
        return PlainTextResponse("ok")

    def texts(self) -> list[str]:
        return [m["text"]["body"] for d in self.deliveries for e in d["entry"] for c in e["changes"]
                for m in c["value"].get("messages", [])]


@pytest.fixture
def old_bot():
    bot = OldBot()
    with ServerThread(bot.app) as server:
        bot.url = server.url + "/webhook"
        yield bot


def run_in(mode, tmp_path, graph, pool, old_bot) -> Coach:
    settings = webhook_settings(tmp_path, graph, mode=mode, legacy_webhook_url=old_bot.url,
                                legacy_app_secret=LEGACY_SECRET)
    container = build_container(settings)
    container.store.override(providers.Object(PostgresStore(pool)))
    container.whatsapp_messenger.override(providers.Object(WhatsAppMessenger(
        token=graph.token, phone_number_id=graph.phone_number_id, api_base=graph.url, max_attempts=2,
        backoff_s=0.01, max_backoff_s=0.05)))
    graph.requests.clear()
    return Coach(container, graph)


def say(coach: Coach, text: str) -> None:
    assert coach.post(text_payload(ANA, text)).status_code == 200


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_shadow_answers_without_sending_then_live_sends_then_rollback_loses_nothing(tmp_path, graph, postgres_pool,
                                                                                   old_bot):
    store = PostgresStore(postgres_pool)

    # Shadow: stored and answered, nothing sent to WhatsApp; the old bot gets the delivery, re-signed.
    shadow = run_in("shadow", tmp_path, graph, postgres_pool, old_bot)
    try:
        say(shadow, "Hola")
        settle(shadow)
        wait_for(lambda: old_bot.texts() == ["Hola"])
        assert graph.requests == []
        assert shadow.container.outbox().due(shadow.container.clock().now(), 10) == []   # closed, not retried
    finally:
        shadow.close()
    assert old_bot.bad_signatures == 0
    ana = store.runners.by_phone(ANA)
    log = store.conversations.for_runner(ana.id)
    assert [m.role for m in log] == [Role.RUNNER, Role.COACH] and log[1].text      # what Andes would have said

    # Live: Andes sends; the old bot gets nothing more.
    live = run_in("live", tmp_path, graph, postgres_pool, old_bot)
    try:
        say(live, "Ana")
        settle(live)
        wait_for(lambda: len(graph.requests) == 1)
    finally:
        live.close()
    assert old_bot.texts() == ["Hola"]

    # Rollback: back to shadow; the old bot answers again, Andes keeps listening.
    back = run_in("shadow", tmp_path, graph, postgres_pool, old_bot)
    try:
        say(back, "34")
        settle(back)
        wait_for(lambda: old_bot.texts() == ["Hola", "34"])
    finally:
        back.close()
    assert len(graph.requests) == 0           # cleared when the shadow app started; nothing sent since

    log = store.conversations.for_runner(ana.id)
    assert [m.text for m in log if m.role is Role.RUNNER] == ["Hola", "Ana", "34"]
    assert len([m for m in log if m.role is Role.COACH]) == 3
    assert store.runners.by_phone(ANA).name == "Ana"          # onboarding went on across the switches


def test_the_shadow_report_puts_the_old_bots_answer_beside_andes(tmp_path, graph, postgres_pool, old_bot):
    from adapters.sheets.csv_folder import CsvFolderSpreadsheet
    from tests.integration.sheets_data import write_csv_folder

    shadow = run_in("shadow", tmp_path, graph, postgres_pool, old_bot)
    try:
        start = shadow.container.clock().now()
        say(shadow, "Hola")
        settle(shadow)
    finally:
        shadow.close()
    store = PostgresStore(postgres_pool)
    ana = store.runners.by_phone(ANA)
    said_at = store.conversations.for_runner(ana.id)[0].at.astimezone(ZoneInfo("America/Guayaquil"))
    # The old bot wrote the same exchange to its sheet, as it always did.
    sheet = CsvFolderSpreadsheet(write_csv_folder(tmp_path / "old", conversations=[
        ["Fecha", "Teléfono", "Quién", "Mensaje"],
        [said_at.strftime("%d/%m/%Y %H:%M"), "0991110001", "usuario", "hola"],
        [said_at.strftime("%d/%m/%Y %H:%M"), "0991110001", "bot", "Hola! Soy el bot de siempre."],
    ]))

    review = ShadowReport(store.runners, store.conversations, store.summaries, sheet)(
        start - timedelta(minutes=1), shadow.container.clock().now() + timedelta(minutes=1))

    [exchange] = review.exchanges
    assert exchange.said == "Hola" and exchange.andes and exchange.old_bot == ("Hola! Soy el bot de siempre.",)
    assert "the old bot's answer found for 1" in review.summary()
    assert "old bot: Hola! Soy el bot de siempre." in review.text()


def test_the_forward_to_the_old_bot_is_retried_while_it_is_down_and_not_when_it_refuses(old_bot):
    old_bot.down_for = [503, 429]             # then it takes it
    forwarder = LegacyWebhookForwarder(old_bot.url, LEGACY_SECRET, waits_s=(0.01, 0.01, 0.01))
    asyncio.run(forwarder.forward(json.dumps(text_payload(ANA, "hola de nuevo")).encode()))
    assert forwarder.forwarded == 1 and old_bot.texts() == ["hola de nuevo"] and old_bot.down_for == []

    wrong = LegacyWebhookForwarder(old_bot.url, "not-the-old-bots-secret", waits_s=(0.01, 0.01, 0.01))
    asyncio.run(wrong.forward(json.dumps(text_payload(ANA, "otra")).encode()))
    assert wrong.failed == 1 and old_bot.bad_signatures == 1        # a 403 is not posted again
