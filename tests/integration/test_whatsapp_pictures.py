"""Issue 25 over real HTTP: the WhatsApp adapter's media upload, image, list and read/typing
requests against the fake Graph API (built from the current Cloud API docs: see its docstring), and
a runner's "muéstrame mi progreso" end to end — webhook in, words and card out."""
from __future__ import annotations

import asyncio

import pytest

from adapters.whatsapp import WhatsAppMessenger, WhatsAppSendError
from application.ports import Button
from tests.integration.fake_graph_api import FakeGraphAPI, read_problems, shape_problems
from tests.integration.test_whatsapp_delivery_e2e import ANA, ANA_ID, onboard, say, settle, start, wait_until

pytestmark = pytest.mark.integration

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048


@pytest.fixture
def messenger(graph: FakeGraphAPI):
    graph.requests.clear()
    graph.rejected.clear()
    graph.read_marks.clear()
    m = WhatsAppMessenger(token=graph.token, phone_number_id=graph.phone_number_id, api_base=graph.url,
                          max_attempts=3, backoff_s=0.01, max_backoff_s=0.02)
    yield m
    m.close()
    assert not graph.rejected, f"the Graph API refused some requests: {graph.rejected}"


def test_a_picture_is_uploaded_then_sent_as_an_image_with_its_caption(messenger, graph):
    accepted = messenger.send_image("+593 99 111 0001", PNG, "📈 Tu progreso de las últimas semanas")
    [payload] = graph.requests
    assert payload["type"] == "image" and payload["to"] == "593991110001"
    assert payload["image"]["caption"] == "📈 Tu progreso de las últimas semanas"
    assert graph.uploads[payload["image"]["id"]] == ("image/png", PNG)
    assert accepted == [(graph.ids_to("593991110001")[0], "📈 Tu progreso de las últimas semanas")]


def test_a_failed_upload_is_retried_like_a_message_and_a_refused_one_raises(messenger, graph):
    graph.fail_next(503)
    messenger.send_image(ANA, PNG, "ok")
    assert len(graph.uploads) >= 1 and graph.requests[-1]["type"] == "image"
    graph.expire_token()
    try:
        with pytest.raises(WhatsAppSendError) as error:
            messenger.send_image(ANA, PNG, "no")
        assert error.value.code == 190
    finally:
        graph.renew_token()
        graph.rejected.clear()


def test_more_than_three_choices_go_as_a_list_within_whatsapps_limits(messenger, graph):
    rows = [Button(f"day:{n}", name) for n, name in enumerate(
        ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Lunes y jueves",
         "Martes, jueves y sábado por la mañana", "Fines de semana", "Todos los días", "Ninguno"])]
    messenger.send_list(ANA, "¿Qué días prefieres entrenar?", "Ver opciones", rows)
    [payload] = graph.requests
    interactive = payload["interactive"]
    assert interactive["type"] == "list" and interactive["action"]["button"] == "Ver opciones"
    [section] = interactive["action"]["sections"]
    assert len(section["rows"]) == 10                                 # WhatsApp's most: the rest dropped
    long_row = section["rows"][8]
    assert len(long_row["title"]) <= 24 and long_row["description"] == "Martes, jueves y sábado por la mañana"


def test_the_fake_refuses_what_whatsapp_refuses():
    """The shapes the docs forbid (so that a fake that accepts them cannot hide a defect)."""
    too_many = {"messaging_product": "whatsapp", "to": "593991110001", "type": "interactive",
                "interactive": {"type": "list", "body": {"text": "x"}, "action": {"button": "Ver", "sections": [
                    {"title": "a", "rows": [{"id": str(n), "title": "t"} for n in range(11)]}]}}}
    assert "a list holds 1 to 10 rows in all" in shape_problems(too_many)
    long_button = {**too_many, "interactive": {**too_many["interactive"], "action": {
        "button": "Un texto de botón demasiado largo", "sections": [{"rows": [{"id": "1", "title": "t"}]}]}}}
    assert "a list's action.button must have 1 to 20 characters" in shape_problems(long_button)
    unknown_media = {"messaging_product": "whatsapp", "to": "593991110001", "type": "image", "image": {"id": "9"}}
    assert shape_problems(unknown_media, set()) == ["image.id is not a media id this number uploaded"]
    assert read_problems({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.1",
                          "typing_indicator": {"type": "audio"}}) == ["typing_indicator must be {'type': 'text'}"]


def test_mark_read_with_the_typing_indicator(messenger, graph):
    assert asyncio.run(messenger.amark_read("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA"))
    assert graph.read_marks == [{"messaging_product": "whatsapp", "status": "read",
                                 "message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA",
                                 "typing_indicator": {"type": "text"}}]
    assert graph.requests == []                                         # no message was sent


def test_a_refused_read_mark_is_only_logged(messenger, graph, caplog):
    graph.fail_next(400, code=100, times=1)
    assert asyncio.run(messenger.amark_read("wamid.x")) is False
    assert "typing indicator failed" in caplog.text


def test_show_me_my_progress_end_to_end_sends_the_words_then_the_card(tmp_path, graph):
    from bootstrap import build_container
    from tests.integration.test_webhook_e2e import webhook_settings
    coach = start(build_container(webhook_settings(tmp_path, graph)), graph)
    try:
        onboard(coach)
        say(coach, "hoy corrí 8 km en 45 min")
        settle(coach)
        before = len(graph.sent_to(ANA))
        say(coach, "muéstrame mi progreso", user_id=ANA_ID)
        wait_until(lambda: len(graph.sent_to(ANA)) >= before + 2)
        words, card = graph.sent_to(ANA)[before:before + 2]
        assert words["type"] == "text" and card["type"] == "image"
        assert card["image"]["caption"].startswith("📈")
        mime, content = graph.uploads[card["image"]["id"]]
        assert mime == "image/png" and content.startswith(b"\x89PNG")
        assert not graph.rejected
    finally:
        coach.close()
