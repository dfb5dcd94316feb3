"""The old bot's webhook, fed by Andes in shadow mode (application.ports.sheets.LegacyWebhook).

In shadow mode Meta's webhook points at Andes; each delivery Andes accepted is posted on to the old
bot (``ANDES_LEGACY_WEBHOOK_URL``) exactly as Meta sent it, with ``X-Hub-Signature-256`` computed
again over the body with the old bot's app secret (``ANDES_LEGACY_APP_SECRET``, by default
WHATSAPP_APP_SECRET: the same Meta app), so the old bot verifies it as it verifies Meta's and keeps
answering. Sent after Meta has its 200 (a slow old bot never delays Meta); retried on network
errors, 429 and 5xx (0.5 s, 2 s, 8 s), then logged as an error: Andes has the message either way.
"""
from __future__ import annotations

import asyncio
import logging

import httpx

from adapters.whatsapp import sign

log = logging.getLogger(__name__)

WAITS_S = (0.5, 2.0, 8.0)


class LegacyWebhookForwarder:
    def __init__(self, url: str, app_secret: str, *, timeout_s: float = 10.0,
                 waits_s: tuple[float, ...] = WAITS_S):
        self._url = url
        self._secret = app_secret
        self._timeout_s = timeout_s
        self._waits = waits_s
        self.forwarded = 0
        self.failed = 0

    async def forward(self, body: bytes) -> None:
        headers = {"Content-Type": "application/json"}
        if self._secret:
            headers["X-Hub-Signature-256"] = sign(self._secret, body)
        outcome = "no answer"
        async with httpx.AsyncClient(timeout=self._timeout_s) as client:
            for attempt, wait in enumerate((*self._waits, None), start=1):
                try:
                    response = await client.post(self._url, content=body, headers=headers)
                    if response.status_code < 300:
                        self.forwarded += 1
                        return
                    outcome = f"HTTP {response.status_code}"
                    if response.status_code != 429 and response.status_code < 500:
                        break          # the old bot refused it: posting it again changes nothing
                except httpx.HTTPError as error:
                    outcome = type(error).__name__
                if wait is None:
                    break
                log.warning("forwarding to the old bot failed (%s), attempt %d; retrying", outcome, attempt)
                await asyncio.sleep(wait)
        self.failed += 1
        log.error("the old bot did not take a delivery (%s): it will not answer it", outcome)

    def close(self) -> None:
        pass
