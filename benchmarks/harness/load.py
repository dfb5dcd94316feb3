"""Signed WhatsApp webhook deliveries, posted with httpx (async), with the ack latency of each.

A delivery has the Cloud API's shape (entrypoints/whatsapp_payload.py's docstring): one text
message with a unique wamid and WhatsApp's ``timestamp``, signed with the app secret as
``X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>``
(https://developers.facebook.com/docs/graph-api/webhooks/getting-started#event-notifications).

With ``retry_for`` > 0 a delivery that got no 200 is posted again — same body, same wamid, to the
other server (a load balancer routes around the one that failed) — until it is accepted, as Meta
retries a webhook that failed (for up to 7 days,
https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components); the app must
de-duplicate by wamid.

Requests go out on plain asyncio streams (``RawHTTP``), one keep-alive connection per request in
flight, as Meta's many senders do. httpx was used before: its connection pool scans every queued
request each time a response comes in, so with thousands in flight the load generator spent more
CPU than the worker it was measuring (33 s of 60 in one run), on the same 2 cores, and its
queueing was counted as the webhook's ack time.
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
from urllib.parse import urlsplit

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


class RawHTTP:
    """HTTP/1.1 POSTs on asyncio streams, with a pool of idle keep-alive connections per server."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._idle: dict[tuple[str, int], list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = {}

    async def post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        """The answer's status; raises OSError / TimeoutError / IncompleteReadError when there is none."""
        parts = urlsplit(url)
        key = (parts.hostname or "127.0.0.1", parts.port or 80)
        head = [f"POST {parts.path or '/'} HTTP/1.1", f"Host: {key[0]}:{key[1]}", f"Content-Length: {len(body)}",
                *(f"{k}: {v}" for k, v in headers.items())]
        request = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body
        idle = self._idle.setdefault(key, [])
        reused = bool(idle)
        reader, writer = idle.pop() if idle else await asyncio.open_connection(*key)
        try:
            status, keep = await asyncio.wait_for(self._exchange(reader, writer, request), self.timeout)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            writer.close()
            if not reused:
                raise
            return await self.post(url, body, headers)      # the server had closed that idle connection
        except BaseException:
            writer.close()
            raise
        if keep:
            idle.append((reader, writer))
        else:
            writer.close()
        return status

    @staticmethod
    async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, bool]:
        writer.write(request)
        await writer.drain()
        status = int((await reader.readuntil(b"\r\n")).split()[1])
        length, keep = 0, True
        while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
            elif name.strip().lower() == "connection" and value.strip().lower() == "close":
                keep = False
        if length:
            await reader.readexactly(length)
        return status, keep

    async def close(self) -> None:
        for connections in self._idle.values():
            for _, writer in connections:
                writer.close()
        self._idle.clear()


@dataclass
class Load:
    urls: Sequence[str]
    retry_for: float = 0.0       # keep re-posting an unaccepted delivery for this long
    timeout: float = 10.0
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._next = itertools.cycle(range(len(self.urls)))
        self._client = RawHTTP(self.timeout)

    async def post(self, phone: str, text: str) -> Sent:
        sent = Sent(phone, text, f"wamid.bench.{uuid.uuid4().hex}")
        self.sent.append(sent)
        body = delivery(phone, text, sent.wamid)
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature(body)}
        deadline = time.monotonic() + self.retry_for
        backoff = 0.25
        server = next(self._next)
        while True:
            sent.attempts += 1
            started, status = time.perf_counter(), 0
            if not sent.at:
                sent.at = time.time()
            try:
                status = await self._client.post(self.urls[server], body, headers)
            except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
                pass
            if sent.attempts == 1:
                sent.ack_s, sent.status = time.perf_counter() - started, status
            if status == 200:
                sent.accepted_at = time.time()
                return sent
            if time.monotonic() >= deadline:
                return sent
            server = (server + 1) % len(self.urls)          # the other server
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
        await self._client.close()


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(v for v in values if not math.isnan(v))
    if not ordered:
        return math.nan
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)
