"""Structured JSON logs and OpenTelemetry metrics (exposed in the Prometheus text format).

Logs: one JSON object per line on stderr::

    {"ts": "2026-03-01T07:30:00.123Z", "level": "INFO", "logger": "application.coach.reply", "msg": "reply",
     "runner_id": "4f…", "intent": "log_run", "tools": ["log_run"], "degraded": false, "latency_ms": 12.3}

Every ``extra=`` field of a log call becomes a key. Phone numbers and message texts never belong in
a log line at INFO: the code logs runner ids instead, and ``PhoneRedactionFilter`` is the safety
net: anything that looks like a phone number (``+`` and 7–15 digits, with or without separators,
or a bare run of 9–15 digits as WhatsApp writes them) becomes ``[phone]`` in the message, its
arguments, the extra fields and the traceback; extra fields named like a phone (``phone``,
``wa_id``, ``from``, ``to``…) are dropped to ``[redacted]``, and so are ``text``/``body`` fields
at INFO and above.

Metrics: a private OpenTelemetry ``MeterProvider`` read by OpenTelemetry's own Prometheus exporter
(``PrometheusMetricReader``) into a registry of the app's; ``GET /metrics`` is ``prometheus_client``'s
rendering of it (``render_prometheus``), so the text format is nobody's hand-written code:

* ``messages_processed_total`` {intent, degraded} — runner messages answered;
* ``tools_executed_total`` {tool} — coach tools run while answering;
* ``response_time_seconds`` — histogram: webhook receipt to reply handed to WhatsApp;
* ``replies_failed_total`` {stage} — messages that got no reply (stage: ``reply`` or ``send``);
* ``webhook_requests_total`` {status} — POST /webhook answers by HTTP status;
* ``webhook_seconds`` — histogram: POST /webhook, request in to answer out (what Meta waits for).

The webhook's two are counted by the webhook itself, a Python int per status and per bucket, and
read when /metrics is asked for (an observable counter; a histogram family on the same registry,
rendered by prometheus_client as the exporter's are): OpenTelemetry's ``add`` and ``record`` cost
~30 µs a delivery together, ~6 % of the webhook's CPU against its bare peer (issue 23).
"""
from __future__ import annotations

import bisect
import json
import logging
import math
import re
import sys
import traceback
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from application.ports import LLMUnavailable

# --- health ---------------------------------------------------------------------------------

HEALTH_REASON_MAX_CHARS = 300


def health_error(error: BaseException) -> str:
    """What /health says about a failed check: the reason when the adapter knows it (an LLM's
    ``LLMUnavailable``: "402 (insufficient balance…)", "circuit open: …"), else the error's class
    (other errors may quote a query or a URL with credentials). Never a phone number."""
    if isinstance(error, LLMUnavailable) or getattr(error, "health_reason", False):
        text = " ".join(str(error).split())
        if len(text) > HEALTH_REASON_MAX_CHARS:
            text = text[:HEALTH_REASON_MAX_CHARS] + "…"
        return redact(text)
    return error.__class__.__name__


# --- redaction -----------------------------------------------------------------------------

_PLUS_PHONE = re.compile(r"(?<![\w+])\+\d(?:[ \-.()/]{0,2}\d){6,14}(?!\w)")
_BARE_PHONE = re.compile(r"(?<![\w.])\d{9,15}(?![\w.]\d|\w)")
PHONE_PLACEHOLDER = "[phone]"
_ALWAYS_REDACTED_KEYS = frozenset({"phone", "phone_number", "wa_id", "from", "to", "recipient", "recipient_id",
                                   "msisdn"})
_TEXT_KEYS = frozenset({"text", "body", "message_text"})

# Attributes every LogRecord has: anything else on a record came from ``extra=``.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None))) | {
    "message", "asctime", "taskName", "color_message",     # uvicorn's ANSI-coloured copy of msg
}


# A Unix time named as such is not a phone: procrastinate logs its periodic jobs' ``timestamp=…``
# (ten digits, like a phone without its country code).
_TIMESTAMP_NAMED = re.compile(r"timestamp['\"]?\s*[=:]\s*['\"]?$", re.IGNORECASE)


def _bare_phone(match: re.Match[str]) -> str:
    if _TIMESTAMP_NAMED.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group()
    return PHONE_PLACEHOLDER


def redact(text: str) -> str:
    """``text`` with everything that looks like a phone number replaced by ``[phone]`` (not a
    number named ``timestamp``)."""
    if not text or not any(ch.isdigit() for ch in text):
        return text
    return _BARE_PHONE.sub(_bare_phone, _PLUS_PHONE.sub(PHONE_PLACEHOLDER, text))


def _redact_value(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bool) or depth > 3:
        return value
    if isinstance(value, int) and 10 ** 8 <= abs(value) < 10 ** 15:
        return PHONE_PLACEHOLDER
    if isinstance(value, (list, tuple)):
        return [_redact_value(v, depth + 1) for v in value]
    if isinstance(value, Mapping):
        return {k: ("[redacted]" if str(k).lower() in _ALWAYS_REDACTED_KEYS else _redact_value(v, depth + 1))
                for k, v in value.items()}
    return value


class PhoneRedactionFilter(logging.Filter):
    """Rewrites a record so that no phone number (and no message text at INFO+) reaches a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        for key, value in list(vars(record).items()):
            if key in _STANDARD_ATTRS:
                continue
            if key.lower() in _ALWAYS_REDACTED_KEYS:
                setattr(record, key, "[redacted]")
            elif key.lower() in _TEXT_KEYS and record.levelno >= logging.INFO:
                setattr(record, key, "[redacted]")
            else:
                setattr(record, key, _redact_value(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# --- JSON logs -----------------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return str(getattr(value, "value", value))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, the extra fields, exc."""

    def format(self, record: logging.LogRecord) -> str:
        ts = datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds")
        out: dict[str, Any] = {
            "ts": ts.replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and key not in out:
                out[key] = _jsonable(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        if record.stack_info:
            out["stack"] = record.stack_info
        # The redaction filter already ran; redacting the values again is the last safety net
        # for a handler configured without it.
        out = {k: (v if k in ("ts", "level", "logger") else _redact_value(v)) for k, v in out.items()}
        return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def configure_logging(level: str | int = "INFO", stream=None) -> logging.Handler:
    """JSON logs on ``stream`` (stderr) for the whole process, replacing any earlier handlers."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PhoneRedactionFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):   # whatever uvicorn set up before
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
    for name in ("httpx", "httpcore"):   # their INFO lines carry full request URLs
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


# --- metrics -------------------------------------------------------------------------------

RESPONSE_TIME_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
WEBHOOK_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class _WebhookRequests:
    """``webhook_requests_total``: answers counted per status here, read by an observable counter."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, amount: int, attributes: Mapping[str, str]) -> None:
        status = attributes["status"]
        self.counts[status] = self.counts.get(status, 0) + amount

    def observe(self, options: Any = None) -> Iterable[Any]:
        from opentelemetry.metrics import Observation
        return [Observation(n, {"status": status}) for status, n in list(self.counts.items())]


class _WebhookTime:
    """``webhook_seconds``: OpenTelemetry's explicit-bucket histogram (a bucket holds the values
    above the bound before it, up to and including its own), kept here and rendered as the
    exporter renders a histogram, by a collector on the same registry."""

    def __init__(self, bounds: tuple[float, ...], name: str, description: str) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)
        self.sum = 0.0
        self.name, self.description = name, description

    def record(self, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0:      # as OpenTelemetry's Histogram: ignored
            return
        self.counts[bisect.bisect_left(self.bounds, seconds)] += 1
        self.sum += seconds

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import HistogramMetricFamily
        from prometheus_client.utils import floatToGoString

        counts, total = list(self.counts), self.sum
        if not any(counts):
            return []
        buckets, cumulative = [], 0
        for bound, count in zip((*self.bounds, math.inf), counts, strict=True):
            cumulative += count
            buckets.append((floatToGoString(bound), float(cumulative)))
        return [HistogramMetricFamily(self.name, self.description, buckets=buckets, sum_value=total)]


class Metrics:
    """The app's OpenTelemetry instruments, on a private MeterProvider (one per app: tests can
    build as many as they like; ``install_global`` makes it the process-wide one)."""

    def __init__(self, service_name: str = "andes"):
        # Imported here: the terminal chat logs through this module and needs no metrics (OpenTelemetry
        # took ~0.3-0.8 s of its start-up, issue 23).
        from opentelemetry.exporter.prometheus import PrometheusMetricReader
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.view import ExplicitBucketHistogramAggregation, View
        from opentelemetry.sdk.resources import Resource
        from prometheus_client import CollectorRegistry

        # OpenTelemetry's own Prometheus exporter, on a registry of this app's (not prometheus_client's
        # global one): renders the text format, names and units included.
        self.registry = CollectorRegistry()
        self.reader = PrometheusMetricReader(disable_target_info=True, scope_info_enabled=False,
                                             registry=self.registry)
        self.provider = MeterProvider(
            metric_readers=[self.reader],
            resource=Resource.create({"service.name": service_name}),
            views=[View(instrument_name="response_time_seconds",
                        aggregation=ExplicitBucketHistogramAggregation(RESPONSE_TIME_BUCKETS))],
        )
        meter = self.provider.get_meter("andes")
        self.messages_processed = meter.create_counter(
            "messages_processed_total", description="Runner messages answered by the coach")
        self.tools_executed = meter.create_counter(
            "tools_executed_total", description="Coach tools executed while answering")
        self.response_time = meter.create_histogram(
            "response_time_seconds", unit="s", description="Webhook receipt to reply handed to WhatsApp")
        self.replies_failed = meter.create_counter(
            "replies_failed_total", description="Runner messages that got no reply")
        self.webhook_requests = _WebhookRequests()
        meter.create_observable_counter("webhook_requests_total", callbacks=[self.webhook_requests.observe],
                                        description="POST /webhook answers by HTTP status")
        self.webhook_time = _WebhookTime(WEBHOOK_BUCKETS, "webhook_seconds",
                                         "POST /webhook: request in to answer out (Meta waits for it)")
        self.registry.register(self.webhook_time)

    def record_reply(self, intent: str, degraded: bool, tools: Iterable[str], seconds: float | None) -> None:
        self.messages_processed.add(1, {"intent": intent, "degraded": str(bool(degraded)).lower()})
        for tool in tools or ():
            self.tools_executed.add(1, {"tool": str(tool)})
        if seconds is not None:
            self.response_time.record(max(0.0, seconds))

    def install_global(self) -> None:
        from opentelemetry import metrics
        metrics.set_meter_provider(self.provider)

    def render_prometheus(self) -> str:
        from prometheus_client import generate_latest

        return generate_latest(self.registry).decode()

    def shutdown(self) -> None:
        self.provider.shutdown()


def __getattr__(name: str) -> Any:
    if name == "PROMETHEUS_CONTENT_TYPE":          # prometheus_client's, imported only by who serves /metrics
        from prometheus_client import CONTENT_TYPE_LATEST
        return CONTENT_TYPE_LATEST
    raise AttributeError(name)
