"""JSON logs, the phone-number redaction safety net, and the metrics in Prometheus text format."""
from __future__ import annotations

import io
import json
import logging

import pytest

from entrypoints.observability import (
    JsonFormatter,
    Metrics,
    PhoneRedactionFilter,
    configure_logging,
    redact,
)


@pytest.fixture
def log_lines():
    """A logger writing JSON lines into a buffer through the redaction filter; returns a reader."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PhoneRedactionFilter())
    logger = logging.getLogger("andes.test.observability")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False

    def lines():
        return [json.loads(line) for line in stream.getvalue().splitlines()]
    yield logger, lines
    logger.removeHandler(handler)


# --- redaction ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("from +593991234567", "from [phone]"),
    ("from +593 99 123 4567!", "from [phone]!"),
    ("call +1 (415) 555-0102 now", "call [phone] now"),
    ("wa_id 593991234567", "wa_id [phone]"),
    ("to=14155550102&x=1", "to=[phone]&x=1"),
    ("tel:593991234567.", "tel:[phone]."),
    ("[+593991234567, +14155550102]", "[[phone], [phone]]"),
])
def test_phone_numbers_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "ran 10.5 km in 45:30, RPE 7",
    "on 2026-03-01 at 07:30",
    "runner 4f3a1234567890abcdef1234567890ab",
    "latency 0.123456789 s",
    "VDOT 34.3 over 42 days",
    "",
])
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_one_json_object_per_line_with_the_extra_fields(log_lines):
    logger, lines = log_lines
    logger.info("reply", extra={"runner_id": "abc123", "intent": "log_run", "tools": ["log_run"],
                                "degraded": False, "latency_ms": 12.5})
    [line] = lines()
    assert set(line) >= {"ts", "level", "logger", "msg", "runner_id", "intent", "tools", "latency_ms"}
    assert line["level"] == "INFO" and line["logger"] == "andes.test.observability" and line["msg"] == "reply"
    assert line["ts"].endswith("Z") and "T" in line["ts"]
    assert line["tools"] == ["log_run"] and line["latency_ms"] == 12.5 and line["degraded"] is False


def test_no_phone_number_reaches_the_log_whatever_the_caller_does(log_lines):
    logger, lines = log_lines
    logger.info("message from %s", "+593991234567")
    logger.warning("bad number +593 99 123 4567", extra={"phone": "+593991234567", "wa_id": "593991234567",
                                                         "note": "sent to 14155550102", "numbers": [593991234567],
                                                         "nested": {"to": "14155550102", "ok": 3}})
    try:
        raise ValueError("no runner for +593991234567")
    except ValueError:
        logger.exception("lookup failed")
    out = lines()
    raw = json.dumps(out)
    for digits in ("593991234567", "14155550102", "991234567", "555 0102"):
        assert digits not in raw
    assert out[0]["msg"] == "message from [phone]"
    assert out[1]["phone"] == "[redacted]" and out[1]["wa_id"] == "[redacted]"
    assert out[1]["note"] == "sent to [phone]" and out[1]["numbers"] == ["[phone]"]
    assert out[1]["nested"] == {"to": "[redacted]", "ok": 3}
    assert "ValueError: no runner for [phone]" in out[2]["exc"]


def test_message_text_is_never_logged_at_info(log_lines):
    logger, lines = log_lines
    logger.info("incoming", extra={"text": "me duele la rodilla"})
    logger.debug("incoming", extra={"text": "me duele la rodilla"})
    info, debug = lines()
    assert info["text"] == "[redacted]"
    assert debug["text"] == "me duele la rodilla"


def test_the_formatter_alone_still_redacts():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "from %s", ("+593991234567",), None)
    record.count = 593991234567
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "from [phone]" and line["count"] == "[phone]"


def test_a_broken_format_string_does_not_lose_the_record(log_lines):
    logger, lines = log_lines
    logger.info("%d runs", "not a number")
    [line] = lines()
    assert "runs" in line["msg"]


def test_configure_logging_installs_one_json_handler():
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    names = ("uvicorn", "uvicorn.error", "uvicorn.access", "httpx", "httpcore")
    saved = {n: (list(logging.getLogger(n).handlers), logging.getLogger(n).level, logging.getLogger(n).propagate)
             for n in names}
    stream = io.StringIO()
    try:
        configure_logging("DEBUG", stream=stream)
        assert len(root.handlers) == 1
        logging.getLogger("uvicorn.error").info("Started server process +593991234567")
        line = json.loads(stream.getvalue().splitlines()[-1])
        assert line["logger"] == "uvicorn.error" and "[phone]" in line["msg"]
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)
        for name, (handlers, level, propagate) in saved.items():
            logger = logging.getLogger(name)
            logger.handlers[:] = handlers
            logger.setLevel(level)
            logger.propagate = propagate


# --- metrics ------------------------------------------------------------------------------

def test_metrics_render_in_the_prometheus_text_format():
    metrics = Metrics()
    metrics.record_reply("log_run", False, ["log_run", "summarize_progress"], 0.03)
    metrics.record_reply("log_run", False, ["log_run"], 0.2)
    metrics.record_reply("plan_request", True, [], 1.5)
    metrics.replies_failed.add(1, {"stage": "send"})
    text = metrics.render_prometheus()
    assert "# TYPE messages_processed_total counter" in text
    assert 'messages_processed_total{degraded="false",intent="log_run"} 2' in text
    assert 'messages_processed_total{degraded="true",intent="plan_request"} 1' in text
    assert "# TYPE tools_executed_total counter" in text
    assert 'tools_executed_total{tool="log_run"} 2' in text
    assert 'tools_executed_total{tool="summarize_progress"} 1' in text
    assert "# TYPE response_time_seconds histogram" in text
    assert 'response_time_seconds_bucket{le="0.05"} 1' in text
    assert 'response_time_seconds_bucket{le="0.25"} 2' in text
    assert 'response_time_seconds_bucket{le="+Inf"} 3' in text
    assert "response_time_seconds_count 3" in text
    sum_line = next(line for line in text.splitlines() if line.startswith("response_time_seconds_sum"))
    assert float(sum_line.split()[-1]) == pytest.approx(1.73)
    assert 'replies_failed_total{stage="send"} 1' in text
    for line in text.splitlines():
        assert line.startswith("#") or len(line.rsplit(" ", 1)) == 2
    metrics.shutdown()


def test_the_webhooks_metrics_render_as_an_opentelemetry_counter_and_histogram_would():
    # Counted by the webhook itself (issue 23: OpenTelemetry's add + record were ~30 µs a delivery).
    metrics = Metrics()
    assert "webhook_seconds" not in metrics.render_prometheus()          # nothing recorded, nothing shown
    for status, seconds in [("200", 0.0004), ("200", 0.001), ("200", 0.0011), ("503", 1.0), ("413", 5.0)]:
        metrics.webhook_requests.add(1, {"status": status})
        metrics.webhook_time.record(seconds)
    metrics.webhook_time.record(float("nan"))                            # ignored, as OpenTelemetry does
    metrics.webhook_time.record(-1.0)
    text = metrics.render_prometheus()
    assert "# TYPE webhook_requests_total counter" in text
    assert 'webhook_requests_total{status="200"} 3.0' in text
    assert 'webhook_requests_total{status="503"} 1.0' in text
    assert "# TYPE webhook_seconds histogram" in text
    assert 'webhook_seconds_bucket{le="0.001"} 2.0' in text             # a bound holds its own value
    assert 'webhook_seconds_bucket{le="0.0025"} 3.0' in text
    assert 'webhook_seconds_bucket{le="1.0"} 4.0' in text
    assert 'webhook_seconds_bucket{le="2.5"} 4.0' in text
    assert 'webhook_seconds_bucket{le="+Inf"} 5.0' in text
    assert "webhook_seconds_count 5.0" in text
    sum_line = next(line for line in text.splitlines() if line.startswith("webhook_seconds_sum"))
    assert float(sum_line.split()[-1]) == pytest.approx(6.0025)
    metrics.shutdown()


def test_label_values_are_escaped():
    metrics = Metrics()
    metrics.tools_executed.add(1, {"tool": 'we"ird\\name\nx'})
    assert 'tools_executed_total{tool="we\\"ird\\\\name\\nx"} 1' in metrics.render_prometheus()


def test_each_app_has_its_own_metrics():
    a, b = Metrics(), Metrics()
    a.record_reply("greeting", False, [], None)
    assert "messages_processed_total{" in a.render_prometheus()
    assert "messages_processed_total{" not in b.render_prometheus()


def test_a_unix_time_named_timestamp_is_not_taken_for_a_phone():
    """Issue 22: procrastinate logs its periodic jobs' ``timestamp=…`` (ten digits, like a phone
    without its country code); a number beside it is still redacted."""
    from entrypoints.observability import redact
    line = 'andes.sweep[7](timestamp=1733540000) for 593991234567 {"timestamp": "1733540000"} 0991234567'
    assert redact(line) == 'andes.sweep[7](timestamp=1733540000) for [phone] {"timestamp": "1733540000"} [phone]'
