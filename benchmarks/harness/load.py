"""Signed WhatsApp webhook deliveries, posted with httpx (async), with the ack latency of each.

A delivery has the Cloud API's shape (entrypoints/whatsapp_payload.py's docstring): one text
message with a unique wamid and WhatsApp's ``timestamp``, signed with the app secret as
``X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>``
(https://developers.facebook.com/docs/graph-api/webhooks/getting-started#event-notifications).

With ``retry_for`` > 0 a delivery that got no 200 is posted again — same body, same wamid, to the
next server — until it is accepted, as Meta retries a webhook that failed (for up to 7 days,
https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components); the app must
de-duplicate by wamid.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import math
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from benchmarks.harness.procs import PHONE_NUMBER_ID, SECRET


def phone_of(index: int) -> str:
    return f"59399{index:07d}"


def delivery(phone: str, text: str, wamid: str, timestamp: int | None = None) -> bytes:
    body = {"object": "whatsapp_business_account", "entry": [{"id": "WABA", "changes": [{
        "field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550001111", "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Runner"}, "wa_id": phone}],
            "messages": [{"from": phone, "id": wamid, "timestamp": str(timestamp or int(time.time())),
                          "type": "text", "text": {"body": text}}]}}]}]}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def signature(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class Sent:
    phone: str
    text: str
    wamid: str
    at: float = 0.0              # unix time of the first POST
    ack_s: float = math.nan      # the first POST's latency (whatever its answer)
    status: int = 0              # the first POST's status (0: no answer)
    accepted_at: float = 0.0     # unix time of the 200 (0: never)
    attempts: int = 0


@dataclass
class Load:
    urls: Sequence[str]
    retry_for: float = 0.0       # keep re-posting an unaccepted delivery for this long
    timeout: float = 10.0
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._next = itertools.cycle(range(len(self.urls)))
        self._client = httpx.AsyncClient(timeout=self.timeout,
                                         limits=httpx.Limits(max_connections=256, max_keepalive_connections=256))

    async def post(self, phone: str, text: str) -> Sent:
        sent = Sent(phone, text, f"wamid.bench.{uuid.uuid4().hex}")
        self.sent.append(sent)
        body = delivery(phone, text, sent.wamid)
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature(body)}
        deadline = time.monotonic() + self.retry_for
        backoff = 0.25
        while True:
            url = self.urls[next(self._next)]
            sent.attempts += 1
            started, status = time.perf_counter(), 0
            if not sent.at:
                sent.at = time.time()
            try:
                status = (await self._client.post(url, content=body, headers=headers)).status_code
            except httpx.HTTPError:
                pass
            if sent.attempts == 1:
                sent.ack_s, sent.status = time.perf_counter() - started, status
            if status == 200:
                sent.accepted_at = time.time()
                return sent
            if time.monotonic() >= deadline:
                return sent
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 4.0)

    async def schedule(self, plan: Sequence[tuple[float, str, str]]) -> None:
        """Post each (seconds from now, phone, text) at its time, all concurrently."""
        start = time.monotonic()

        async def one(at: float, phone: str, text: str) -> None:
            await asyncio.sleep(max(0.0, start + at - time.monotonic()))
            await self.post(phone, text)
        await asyncio.gather(*(one(*item) for item in plan))

    async def close(self) -> None:
        await self._client.aclose()


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(v for v in values if not math.isnan(v))
    if not ordered:
        return math.nan
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)
