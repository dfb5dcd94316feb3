"""The ``Messenger`` of shadow mode (ANDES_MODE=shadow): everything is answered, nothing is sent.

Andes stores and answers every message as usual — the reply goes through the outbox, is logged in
the conversation log, scheduled messages are claimed — but this decorator takes each send in
WhatsApp's place: nothing reaches the runner (the old bot answers them). Each send is "accepted"
under an id of its own (``shadow.<uuid>``), so the outbox closes it as sent instead of retrying
it for a day; what Andes would have said stays in the conversation log and the scheduled messages'
records, for ``andes shadow-report``. Going live is ANDES_MODE=live: the wrapped messenger sends.
"""
from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from typing import Any

from application.ports import Button, Messenger

log = logging.getLogger(__name__)


class ShadowMessenger:
    def __init__(self, inner: Messenger | None = None):
        self._inner = inner            # kept for /health (its token is still checked)
        self._lock = threading.Lock()
        self.withheld = 0              # sends not made since start

    def _withhold(self, kind: str, text: str) -> list[tuple[str, str]]:
        with self._lock:
            self.withheld += 1
        log.info("shadow mode: %s not sent", kind, extra={"chars": len(text)})
        return [(f"shadow.{uuid.uuid4().hex}", text)]

    def send_text(self, phone: str, text: str) -> list[tuple[str, str]] | None:
        return self._withhold("text", text)

    def send_buttons(self, phone: str, text: str, buttons: Sequence[Button]) -> list[tuple[str, str]] | None:
        return self._withhold("buttons", text)

    def send_template(self, phone: str, name: str, language: str,
                      parameters: Sequence[str]) -> list[tuple[str, str]] | None:
        return self._withhold(f"template {name}", " ".join(parameters))

    async def asend_text(self, phone: str, text: str, reference: str | None = None
                         ) -> list[tuple[str, str]] | None:
        return self._withhold("text", text)

    async def asend_buttons(self, phone: str, text: str, buttons: Sequence[Button],
                            reference: str | None = None) -> list[tuple[str, str]] | None:
        return self._withhold("buttons", text)

    def ping(self) -> bool:
        ping = getattr(self._inner, "ping", None)
        return ping() if ping is not None else True

    @property
    def auth_error(self) -> Any:
        return getattr(self._inner, "auth_error", None)

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()
