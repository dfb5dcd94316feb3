"""The WhatsApp edge without a network: webhook payload parsing, the signature check, and the
Messenger's requests and retries (against httpx.MockTransport)."""
from __future__ import annotations

import hashlib
import hmac
import json

import httpx
import pytest

from adapters.whatsapp import (
    WhatsAppMessenger,
    WhatsAppSendError,
    button_payload,
    recipient,
    sign,
    split_text,
    verify_signature,
)
from application.ports import Button
from entrypoints.whatsapp_payload import (
    DOCUMENT,
    MAX_TEXT,
    MAX_TIMESTAMP,
    TEXT,
    UNSUPPORTED,
    NotAWhatsAppPayload,
    parse_webhook,
)


def delivery(messages=None, statuses=None, field="messages"):
    value = {"messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550001111",
                                                           "phone_number_id": "100200300"}}
    if messages is not None:
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": field,
                                                                                        "value": value}]}]}


def msg(type_, mid="wamid.1", sender="593991234567", **content):
    return {"from": sender, "id": mid, "timestamp": "1732450000", "type": type_, **content}


# --- parsing ------------------------------------------------------------------------------

def test_a_text_message():
    events = parse_webhook(delivery([msg("text", text={"body": "  hoy corrí 8 km  "})]))
    [m] = events.messages
    assert (m.kind, m.text, m.phone, m.id, m.type) == (TEXT, "hoy corrí 8 km", "593991234567", "wamid.1", "text")
    assert m.timestamp == 1732450000 and m.phone_number_id == "100200300"
    assert not events.problems and events.statuses == 0


def test_pressed_buttons_read_as_their_title():
    events = parse_webhook(delivery([
        msg("interactive", "wamid.1", interactive={"type": "button_reply",
                                                   "button_reply": {"id": "plan:create", "title": "Crear mi plan"}}),
        msg("interactive", "wamid.2", interactive={"type": "list_reply",
                                                   "list_reply": {"id": "x", "title": "Media maratón",
                                                                  "description": "21 km"}}),
        msg("button", "wamid.3", button={"payload": "yes", "text": "Sí, vamos"}),
    ]))
    assert [(m.kind, m.text) for m in events.messages] == [
        (TEXT, "Crear mi plan"), (TEXT, "Media maratón"), (TEXT, "Sí, vamos")]


@pytest.mark.parametrize("type_,content", [
    ("image", {"image": {"id": "m1", "mime_type": "image/jpeg"}}),
    ("audio", {"audio": {"id": "m2", "voice": True}}),
    ("video", {"video": {"id": "m3"}}),
    ("document", {"document": {"filename": "plan.pdf"}}),         # no media id: nothing to download
    ("sticker", {"sticker": {"id": "m5"}}),
    ("location", {"location": {"latitude": -0.18, "longitude": -78.47}}),
    ("contacts", {"contacts": [{"name": {"formatted_name": "X"}}]}),
    ("unsupported", {"errors": [{"code": 131051, "title": "Message type unknown"}]}),
    ("something_new", {}),
])
def test_what_the_coach_cannot_read_is_unsupported(type_, content):
    [m] = parse_webhook(delivery([msg(type_, **content)])).messages
    assert m.kind == UNSUPPORTED and m.type == type_ and m.text == ""


def test_a_document_is_read_with_its_media_id_file_name_type_and_caption():
    # Document messages webhook reference (issue 24: a run file from the watch).
    [m] = parse_webhook(delivery([msg("document", "wamid.9", document={
        "caption": "mi 10k de hoy\x00", "filename": "Morning_Run.fit", "mime_type": "application/octet-stream",
        "sha256": "abc", "id": "1013859600285441"})])).messages
    assert (m.kind, m.type, m.media_id, m.filename, m.mime_type, m.text) == (
        DOCUMENT, "document", "1013859600285441", "Morning_Run.fit", "application/octet-stream", "mi 10k de hoy")


def test_a_document_whose_media_id_is_garbage_is_refused_alone():
    events = parse_webhook(delivery([msg("document", "wamid.1", document={"id": "x" * 500}),
                                     msg("text", "wamid.2", text={"body": "hola"})]))
    assert [m.text for m in events.messages] == ["hola"] and "document id" in events.problems[0]


def test_an_interactive_answer_without_a_title_is_unsupported():
    [m] = parse_webhook(delivery([msg("interactive", interactive={"type": "nfm_reply", "nfm_reply": {}})])).messages
    assert m.kind == UNSUPPORTED


def test_reactions_and_system_notices_are_ignored():
    events = parse_webhook(delivery([
        msg("reaction", "wamid.1", reaction={"message_id": "wamid.out", "emoji": "👍"}),
        msg("system", "wamid.2", system={"body": "changed number"}),
    ]))
    assert events.messages == () and events.ignored == 2 and not events.problems


def test_statuses_are_counted_and_ignored():
    events = parse_webhook(delivery(statuses=[{"id": "wamid.out", "status": "delivered"},
                                              {"id": "wamid.out", "status": "read"}]))
    assert events.messages == () and events.statuses == 2 and not events.problems
    assert not events.empty


def test_other_webhook_fields_are_ignored():
    events = parse_webhook(delivery([msg("text", text={"body": "x"})], field="account_update"))
    assert events.messages == () and events.ignored == 1


@pytest.mark.parametrize("bad,problem", [
    ({"id": "wamid.1", "type": "text", "text": {"body": "hola"}}, "missing from"),
    ({"from": "593991234567", "type": "text", "text": {"body": "hola"}}, "missing id"),
    ({"from": "593991234567", "id": "wamid.1"}, "missing type"),
    ({"from": "593991234567", "id": "wamid.1", "type": "text"}, "text message without a body"),
    ({"from": "593991234567", "id": "wamid.1", "type": "text", "text": {"body": "   "}},
     "text message without a body"),
    ("not an object", "not an object"),
])
def test_a_malformed_message_is_skipped_with_a_reason(bad, problem):
    good = msg("text", "wamid.ok", text={"body": "hola"})
    events = parse_webhook(delivery([bad, good]))
    assert [m.id for m in events.messages] == ["wamid.ok"]
    [reason] = events.problems
    assert problem in reason and "messages[0]" in reason
    assert "593991234567" not in reason


@pytest.mark.parametrize("payload", [
    {"hello": "world"}, [], "text", 3, None,
    {"object": "page", "entry": []},
    {"object": "whatsapp_business_account"},
    {"object": "whatsapp_business_account", "entry": {}},
])
def test_json_that_is_not_a_whatsapp_delivery(payload):
    with pytest.raises(NotAWhatsAppPayload):
        parse_webhook(payload)


def test_broken_entries_and_changes_are_problems_not_errors():
    payload = {"object": "whatsapp_business_account", "entry": [
        "x", {"changes": "x"}, {"changes": [{"value": "x"}, {"field": "messages", "value": {}},
                                            {"field": "messages", "value": {"messages": {"a": 1}}}]}]}
    events = parse_webhook(payload)
    assert events.messages == () and len(events.problems) == 5


def test_many_messages_keep_their_order():
    events = parse_webhook(delivery([msg("text", f"wamid.{i}", text={"body": str(i)}) for i in range(5)]))
    assert [m.text for m in events.messages] == ["0", "1", "2", "3", "4"]


# --- bad input is quarantined per message -------------------------------------------------

def test_a_text_loses_nul_and_control_characters_but_keeps_newlines_and_tabs():
    [m] = parse_webhook(delivery([msg("text", text={"body": "hoy\x00 corrí\x07\x1b 8 km\n\tbien\r"})])).messages
    assert m.text == "hoy corrí 8 km\n\tbien" and not m.truncated


def test_a_lone_surrogate_becomes_the_replacement_character():
    # json.loads leaves an unpaired \\ud83d escape as a lone surrogate, which UTF-8 cannot encode
    payload = json.loads(json.dumps(delivery([msg("text", text={"body": "x"})])).replace('"x"', '"a\\ud83d b"'))
    [m] = parse_webhook(payload).messages
    assert m.text == "a\ufffd b"
    m.text.encode("utf-8")              # storable now
    # a real pair (an emoji) is left alone
    [m] = parse_webhook(delivery([msg("text", text={"body": "bien \U0001f3c3"})])).messages
    assert m.text == "bien \U0001f3c3"


def test_a_text_longer_than_whatsapps_cap_is_cut_and_flagged():
    events = parse_webhook(delivery([msg("text", text={"body": "a" * 5000})]))
    [m] = events.messages
    assert m.truncated and m.text == "a" * MAX_TEXT
    [note] = events.problems
    assert "cut to 4096" in note and "messages[0]" in note
    [m] = parse_webhook(delivery([msg("text", text={"body": "a" * MAX_TEXT})])).messages
    assert not m.truncated and len(m.text) == MAX_TEXT


def test_a_text_of_only_control_characters_has_no_body():
    events = parse_webhook(delivery([msg("text", text={"body": "\x00\x01"})]))
    assert events.messages == () and "without a body" in events.problems[0]


def test_a_pressed_buttons_title_is_cleaned_too():
    [m] = parse_webhook(delivery([msg("button", button={"payload": "x", "text": "S\x00í"})])).messages
    assert m.text == "Sí"


@pytest.mark.parametrize("field,value,problem", [
    ("id", "wamid." + "A" * 10_000, "message id refused"),
    ("id", "wamid.\x00x", "message id refused"),
    ("id", "wamid.\ud800", "message id refused"),
    ("from", "5939\x0091234567", "from refused"),
    ("from", "5" * 33, "from refused"),
    ("from", "+5939912x34567", "from refused"),
    ("from", "\ud83d", "from refused"),
    ("from_user_id", "EC." + "1" * 200, "from_user_id refused"),
    ("from_user_id", "EC.1\x1f2", "from_user_id refused"),
    ("type", "text\x00", "type refused"),
])
def test_a_message_with_a_bad_id_is_refused_alone(field, value, problem):
    bad = msg("text", "wamid.bad", text={"body": "hola"})
    bad[field] = value
    events = parse_webhook(delivery([bad, msg("text", "wamid.ok", text={"body": "hola"})]))
    assert [m.id for m in events.messages] == ["wamid.ok"]
    [reason] = events.problems
    assert problem in reason and "messages[0]" in reason
    assert value not in reason and "\x00" not in reason      # the refused value is never echoed


def test_a_bad_user_id_from_contacts_refuses_the_message():
    payload = delivery([msg("text", "wamid.1", sender="", text={"body": "hola"})])
    payload["entry"][0]["changes"][0]["value"]["contacts"] = [{"wa_id": "", "user_id": "EC.\x00"}]
    events = parse_webhook(payload)
    assert events.messages == () and "user_id refused" in events.problems[0]


def test_a_bad_phone_number_id_refuses_the_messages_of_that_change_only():
    bad = delivery([msg("text", "wamid.1", text={"body": "a"}), msg("text", "wamid.2", text={"body": "b"})])
    bad["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "1\x00" * 100
    good = delivery([msg("text", "wamid.3", text={"body": "c"})])
    bad["entry"][0]["changes"].append(good["entry"][0]["changes"][0])
    events = parse_webhook(bad)
    assert [m.id for m in events.messages] == ["wamid.3"]
    assert len(events.problems) == 2 and all("phone_number_id refused" in p for p in events.problems)


def test_a_status_with_a_bad_id_is_skipped_and_the_others_read():
    events = parse_webhook(delivery(statuses=[
        {"id": "wamid.\x00", "status": "failed", "errors": [{"code": 131047}]},
        {"id": "w" * 300, "status": "delivered"},
        {"id": "wamid.ok", "status": "failed", "recipient_id": "593991234567", "errors": [{"code": 131026}]},
        {"id": "wamid.bad-recipient", "status": "failed", "recipient_id": "59\x00"},
        {"id": "wamid.read", "status": "read"},
    ]))
    assert [f.message_id for f in events.failures] == ["wamid.ok"] and events.failures[0].codes == (131026,)
    assert events.statuses == 2
    assert [p.split(":")[0][-11:] for p in events.problems] == ["statuses[0]", "statuses[1]", "statuses[3]"]


def test_a_delivery_mixing_good_and_bad_messages_keeps_every_good_one_in_order():
    long_id = "wamid." + "x" * 10_000
    events = parse_webhook(delivery([
        msg("text", "wamid.1", text={"body": "hoy corrí 8 km"}),
        msg("text", "wamid.2", sender="5939\x0091234567", text={"body": "nul in from"}),
        msg("text", "wamid.3", text={"body": "nul\x00 in text"}),
        msg("text", long_id, text={"body": "long id"}),
        msg("text", "wamid.5", text={"body": "lone \udc00 surrogate"}),
        msg("image", "wamid.6", image={"id": "m"}),
        msg("text", "wamid.7", text={"body": "z" * 10_000}),
        msg("text", "wamid.8", text={"body": "¿cómo voy?"}),
    ]))
    assert [(m.id, m.text[:20]) for m in events.messages] == [
        ("wamid.1", "hoy corrí 8 km"), ("wamid.3", "nul in text"), ("wamid.5", "lone \ufffd surrogate"),
        ("wamid.6", ""), ("wamid.7", "z" * 20), ("wamid.8", "¿cómo voy?")]
    assert [m.truncated for m in events.messages] == [False, False, False, False, True, False]
    for m in events.messages:                 # every field now encodes and holds no NUL
        for value in (m.id, m.phone, m.text, m.user_id, m.phone_number_id):
            if value is not None:
                assert "\x00" not in value
                value.encode("utf-8")         # raises on a lone surrogate
    assert len(events.problems) == 3      # from, the long id, the cut text


@pytest.mark.parametrize("raw,expected", [
    ("1732450000", 1732450000), (1732450000, 1732450000), ("0", 0), (str(MAX_TIMESTAMP), MAX_TIMESTAMP),
    ("-5", None), (str(MAX_TIMESTAMP + 1), None), ("9" * 5000, None), ("1.5", None), ("soon", None),
    (None, None), (True, None), ([1], None),
])
def test_the_timestamp_is_kept_and_absurd_values_read_as_none(raw, expected):
    raw_message = msg("text", text={"body": "x"})
    raw_message["timestamp"] = raw
    [m] = parse_webhook(delivery([raw_message])).messages
    assert m.timestamp == expected


# --- the signature ----------------------------------------------------------------------

BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def test_a_good_signature():
    header = "sha256=" + hmac.new(b"s3cret", BODY, hashlib.sha256).hexdigest()
    assert sign("s3cret", BODY) == header
    assert verify_signature("s3cret", BODY, header)
    assert verify_signature("s3cret", BODY, header.upper().replace("SHA256=", "sha256="))
    assert verify_signature("s3cret", BODY, " " + header + " ")


@pytest.mark.parametrize("header", [
    None, "", "sha256=", "sha1=" + "0" * 40, "sha256=" + "0" * 64, "sha256=zz", "sha256=é",
    sign("another", BODY), sign("s3cret", BODY + b" "), sign("s3cret", BODY)[7:],
])
def test_bad_signatures(header):
    assert not verify_signature("s3cret", BODY, header)


def test_no_secret_verifies_nothing():
    assert not verify_signature("", BODY, sign("", BODY))


# --- the messenger ----------------------------------------------------------------------

class Graph:
    """A MockTransport handler: answers from a script, records the requests."""

    def __init__(self, *script):
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        if step >= 300:
            return httpx.Response(step, json={"error": {"message": "nope", "code": 131047 if step == 400 else 2}})
        return httpx.Response(200, json={"messaging_product": "whatsapp", "messages": [{"id": "wamid.x"}]})

    def bodies(self):
        return [json.loads(r.content) for r in self.requests]


def messenger(graph: Graph, **kw) -> WhatsAppMessenger:
    client = httpx.AsyncClient(transport=httpx.MockTransport(graph))
    kw.setdefault("backoff_s", 0.001)
    kw.setdefault("max_backoff_s", 0.01)
    return WhatsAppMessenger("tok", "100200300", "https://graph.example/v21.0", client=client, **kw)


def test_send_text_posts_the_cloud_api_shape():
    graph = Graph()
    messenger(graph).send_text("+593 99 123 4567", "¡Hola!")
    [request] = graph.requests
    assert str(request.url) == "https://graph.example/v21.0/100200300/messages"
    assert request.headers["authorization"] == "Bearer tok"
    assert json.loads(request.content) == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": "593991234567",
        "type": "text", "text": {"body": "¡Hola!", "preview_url": False}}


def test_send_buttons_posts_interactive_reply_buttons():
    graph = Graph()
    buttons = [Button("a", "Crear mi plan"), Button("b", "Un título demasiado largo para WhatsApp"),
               Button("c", "Tres"), Button("d", "Cuatro")]
    messenger(graph).send_buttons("+593991234567", "¿Lo creamos?", buttons)
    [body] = graph.bodies()
    assert body["type"] == "interactive"
    interactive = body["interactive"]
    assert interactive["type"] == "button" and interactive["body"] == {"text": "¿Lo creamos?"}
    titles = [b["reply"]["title"] for b in interactive["action"]["buttons"]]
    assert titles == ["Crear mi plan", "Un título demasiado…", "Tres"]
    assert all(len(t) <= 20 for t in titles)
    assert [b["type"] for b in interactive["action"]["buttons"]] == ["reply"] * 3


def test_send_template_posts_the_template_with_its_body_parameters_and_is_retried():
    graph = Graph(503, 200)
    messenger(graph).send_template("+593991234567", "andes_resumen", "es", ["Ana"])
    assert len(graph.requests) == 2
    assert graph.bodies()[1] == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": "593991234567",
        "type": "template", "template": {
            "name": "andes_resumen", "language": {"code": "es"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ana"}]}]}}


def test_a_long_text_with_buttons_goes_out_as_text_then_buttons_with_the_last_paragraph():
    graph = Graph()
    text = "\n".join(f"línea {i} " + "x" * 60 for i in range(30)) + "\n\n¿Lo creamos?"
    messenger(graph).send_buttons("+593991234567", text, [Button("a", "Sí")])
    bodies = graph.bodies()
    assert [b["type"] for b in bodies] == ["text", "interactive"]
    assert bodies[1]["interactive"]["body"]["text"] == "¿Lo creamos?"
    assert bodies[0]["text"]["body"].startswith("línea 0")


def test_a_very_long_text_is_split_on_line_breaks():
    text = "\n".join("x" * 100 for _ in range(100))       # 10 099 characters
    pieces = split_text(text)
    assert all(len(p) <= 4096 for p in pieces) and len(pieces) == 3
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")
    graph = Graph()
    messenger(graph).send_text("+593991234567", text)
    assert len(graph.requests) == 3


def test_button_payload_keeps_ids_unique():
    out = button_payload([Button("same", "Uno"), Button("same", "Dos")])
    assert [b["reply"]["title"] for b in out] == ["Uno"]


def test_recipient_is_digits_only():
    assert recipient("+1 (415) 555-0102") == "14155550102"


@pytest.mark.parametrize("failure", [429, 500, 503, httpx.ConnectError("down"), httpx.ConnectTimeout("no route")])
def test_transient_failures_are_retried(failure):
    graph = Graph(failure, failure, 200)
    messenger(graph, max_attempts=3).send_text("+593991234567", "hola")
    assert len(graph.requests) == 3


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")])
def test_a_request_that_went_out_unanswered_is_not_repeated_at_once(failure):
    """Graph may have taken it: the outbox sends it again later, not this call four times."""
    graph = Graph(failure, 200)
    with pytest.raises(WhatsAppSendError) as raised:
        messenger(graph, max_attempts=4).send_text("+593991234567", "hola")
    assert len(graph.requests) == 1
    assert raised.value.ambiguous and raised.value.retryable


def test_retry_after_is_honoured_up_to_the_ceiling(monkeypatch):
    waits = []

    async def sleep(seconds):
        waits.append(seconds)
    graph = Graph(httpx.Response(429, headers={"Retry-After": "0.5"}, json={"error": {"code": 4}}), 200)
    messenger(graph, max_attempts=2, max_backoff_s=2.0, sleep=sleep).send_text("+593991234567", "hola")
    assert waits and waits[0] >= 0.5


def test_a_client_error_is_not_retried_and_says_graphs_code():
    graph = Graph(400)
    with pytest.raises(WhatsAppSendError) as raised:
        messenger(graph).send_text("+593991234567", "hola")
    assert len(graph.requests) == 1
    assert raised.value.status == 400 and raised.value.code == 131047 and not raised.value.retryable


def test_giving_up_after_max_attempts():
    graph = Graph(503, 503, 503, 503)
    with pytest.raises(WhatsAppSendError) as raised:
        messenger(graph, max_attempts=3).send_text("+593991234567", "hola")
    assert len(graph.requests) == 3 and raised.value.status == 503

    graph = Graph(*[httpx.ConnectError("down")] * 3)
    with pytest.raises(WhatsAppSendError) as raised:
        messenger(graph, max_attempts=3).send_text("+593991234567", "hola")
    assert len(graph.requests) == 3 and raised.value.retryable


def test_configuration_is_checked():
    with pytest.raises(ValueError):
        WhatsAppMessenger("", "1")
    with pytest.raises(ValueError):
        WhatsAppMessenger("t", "")
    with pytest.raises(ValueError):
        WhatsAppMessenger("t", "1", max_attempts=0)
