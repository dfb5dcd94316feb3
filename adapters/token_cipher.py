"""Secrets kept at rest encrypted (Strava's tokens: issue 24), with ``cryptography``'s Fernet
(AES-128-CBC + HMAC-SHA256, a timestamped token: https://cryptography.io/en/latest/fernet/).

The key is ``STRAVA_TOKEN_KEY`` (a Fernet key, ``Fernet.generate_key()``) when set; otherwise one is
derived from ``STRAVA_CLIENT_SECRET`` with HKDF-SHA256, so a deployment needs no extra secret (and
rotating the client secret makes the stored tokens unreadable: the runners reconnect)."""
from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from application.ports.strava import StravaTokens


class TokenCipher:
    def __init__(self, key: str | bytes):
        self._fernet = Fernet(key)

    @classmethod
    def derived_from(cls, secret: str) -> TokenCipher:
        raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"andes-strava-tokens",
                   info=b"fernet key").derive(secret.encode("utf-8"))
        return cls(base64.urlsafe_b64encode(raw))

    def seal(self, tokens: StravaTokens) -> str:
        plain: dict[str, Any] = {"access_token": tokens.access_token, "refresh_token": tokens.refresh_token,
                                 "expires_at": tokens.expires_at, "athlete_id": tokens.athlete_id,
                                 "scope": tokens.scope}
        return self._fernet.encrypt(json.dumps(plain).encode("utf-8")).decode("ascii")

    def open(self, sealed: str) -> StravaTokens | None:
        """None when the text was not sealed with this key (a rotated secret)."""
        try:
            plain = json.loads(self._fernet.decrypt(sealed.encode("ascii")))
        except (InvalidToken, ValueError):
            return None
        return StravaTokens(**plain)
