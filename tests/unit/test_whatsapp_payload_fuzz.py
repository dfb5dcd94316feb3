"""Issue 22: no 500 from a delivery. The payload parser under Hypothesis, over the shape of
WhatsApp's messages webhook (https://developers.facebook.com/documentation/business-messaging/
whatsapp/webhooks/reference/messages): every field of a message, a status, a contact and the
metadata replaced by a wrong JSON type, removed, huge, non-finite or nested. Parsing must never
raise but for ``NotAWhatsAppPayload``; a bad element is skipped alone (a good message beside it is
still read) and named in ``problems``."""
from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entrypoints.whatsapp_payload import NotAWhatsAppPayload, parse_webhook

GOOD_ID = "wamid.HBgMNTkzOTkxMjM0NTY3FQIAEhgUM0E2"
GOOD_MESSAGE = {"from": "593991234567", "from_user_id": "EC.13491208655302741918", "id": GOOD_ID,
                "timestamp": "1732450000", "type": "text", "text": {"body": "hoy corrí 8 km"}}

# What a field can wrongly hold: every JSON type, the non-finite numbers Python's json reads
# (NaN, Infinity), huge and deeply nested values.
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**30, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([math.inf, -math.inf, math.nan]),
    st.text(max_size=30), st.text(alphabet="0123456789", min_size=4400, max_size=4500),
    st.just("x" * 70_000), st.sampled_from(["\x00", "\ud800", "Infinity", "-1", "1e309", "", " "]),
)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=12)


def _nested(depth: int) -> object:
    value: object = {"code": 1}
    for _ in range(depth):
        value = {"a": [value]}
    return value


wrong = st.one_of(json_values, st.integers(min_value=50, max_value=400).map(_nested))

MESSAGE_FIELDS = ["from", "from_user_id", "id", "timestamp", "type", "text", "interactive", "button",
                  "context", "image", "errors"]
STATUS_FIELDS = ["id", "status", "timestamp", "recipient_id", "recipient_user_id", "errors",
                 "biz_opaque_callback_data", "conversation", "pricing"]
CONTACT_FIELDS = ["profile", "wa_id", "user_id"]


@st.composite
def mutated(draw, base: dict, fields: list[str]) -> object:
    """``base`` with some fields replaced by wrong values or removed, or the whole thing wrong."""
    if draw(st.integers(0, 9)) == 0:
        return draw(wrong)
    item = dict(base)
    for field in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=4, unique=True)):
        if draw(st.booleans()):
            item.pop(field, None)
        else:
            item[field] = draw(wrong)
    return item


def _message(n: int, type_: str = "text") -> dict:
    body = {"text": {"body": "hola"},
            "interactive": {"type": "button_reply", "button_reply": {"id": "1", "title": "Sí"}},
            "button": {"text": "Sí", "payload": "yes"}, "image": {"id": "1", "mime_type": "image/jpeg"}}
    return {"from": "593991234500", "id": f"wamid.{n}", "timestamp": "1732450000", "type": type_,
            type_: body.get(type_, {})}


STATUS = {"id": "wamid.ours", "status": "failed", "timestamp": "1732450000", "recipient_id": "593991234567",
          "errors": [{"code": 131047, "title": "Re-engagement message", "error_data": {"details": "…"}}]}
CONTACT = {"profile": {"name": "Ana"}, "wa_id": "593991234567", "user_id": "EC.13491208655302741918"}


@st.composite
def deliveries(draw) -> tuple[dict, bool]:
    """A delivery whose first change holds the good message among mutated neighbours; returns it
    and whether the good message must be read (its change's own fields were left alone)."""
    bad_messages = draw(st.lists(st.one_of(
        st.sampled_from(["text", "interactive", "button", "image"]).flatmap(
            lambda t: mutated(_message(1, t), MESSAGE_FIELDS)),
        mutated(dict(GOOD_MESSAGE, id="wamid.neighbour"), MESSAGE_FIELDS)), max_size=4))
    at = draw(st.integers(0, len(bad_messages)))
    messages = [*bad_messages[:at], GOOD_MESSAGE, *bad_messages[at:]]
    value: dict = {"messaging_product": "whatsapp",
                   "metadata": {"display_phone_number": "15550001111", "phone_number_id": "1234567890"},
                   "contacts": draw(st.lists(mutated(CONTACT, CONTACT_FIELDS), max_size=2)),
                   "messages": messages,
                   "statuses": draw(st.lists(mutated(STATUS, STATUS_FIELDS), max_size=4))}
    intact = True
    if draw(st.booleans()):                  # the change's own fields wrong too: only "no raise" holds
        for field in draw(st.lists(st.sampled_from(["metadata", "contacts", "statuses", "messages"]),
                                   min_size=1, max_size=2, unique=True)):
            value[field] = draw(wrong)
            intact = intact and field in ("contacts", "statuses")
    changes: list = [{"field": "messages", "value": value}]
    changes += draw(st.lists(st.one_of(wrong, st.fixed_dictionaries({"field": wrong, "value": wrong})), max_size=2))
    entries: list = [{"id": "WABA1", "changes": changes}, *draw(st.lists(wrong, max_size=2))]
    return {"object": "whatsapp_business_account", "entry": entries}, intact


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(deliveries())
def test_a_bad_element_is_skipped_alone_and_parsing_never_raises(delivery):
    payload, intact = delivery
    events = parse_webhook(payload)
    if intact:
        assert GOOD_ID in [m.id for m in events.messages]
        good = next(m for m in events.messages if m.id == GOOD_ID)
        assert good.text == "hoy corrí 8 km" and good.timestamp == 1732450000
    for message in events.messages:          # what is read is usable: ids as WhatsApp sent them
        assert isinstance(message.id, str) and message.id and (message.phone or message.user_id)
        assert message.timestamp is None or isinstance(message.timestamp, int)
    for receipt in events.receipts:
        assert isinstance(receipt.message_id, str) and receipt.status in ("sent", "delivered", "read")
    for failure in events.failures:
        assert all(isinstance(code, int) for code in failure.codes)


@settings(max_examples=150, deadline=None)
@given(wrong)
def test_anything_that_is_not_a_delivery_is_refused_as_such(value):
    try:
        parse_webhook(value)
    except NotAWhatsAppPayload:
        pass
    try:
        parse_webhook({"object": "whatsapp_business_account", "entry": value})
    except NotAWhatsAppPayload:
        pass


def test_the_crashers_found_by_the_operators_fuzzing_are_skipped_and_named():
    """Issue 22's four 500s: a status whose ``status`` is an object, a status without ``id``,
    ``errors`` a number, a ``timestamp`` of Infinity (as Python's json reads the bare word)."""
    statuses = [{"id": "wamid.a", "status": {"x": 1}}, {"status": "sent"},
                {"id": "wamid.b", "status": "failed", "errors": 7},
                {"id": "wamid.c", "status": "failed", "errors": [{"code": math.inf}, {"code": "131047"}]}]
    raw = ('{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": '
           '{"messages": [{"from": "593991234567", "id": "wamid.m", "type": "text", "timestamp": Infinity, '
           '"text": {"body": "hola"}}], "statuses": ' + json.dumps(statuses) + '}}]}]}')
    events = parse_webhook(json.loads(raw))
    assert [(m.id, m.timestamp) for m in events.messages] == [("wamid.m", None)]
    assert [(f.message_id, f.codes) for f in events.failures] == [("wamid.b", ()), ("wamid.c", (131047,))]
    assert events.problems == ("entry[0].changes[0].statuses[0]: missing status",
                               "entry[0].changes[0].statuses[1]: missing id")
