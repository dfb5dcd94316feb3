"""The webhook's peer: a bare Starlette endpoint that does what Meta needs and no more — read the
body, check ``X-Hub-Signature-256``, parse the JSON, one INSERT into PostgreSQL (psycopg's async
pool, like andes' inbox writer, autocommitted: one round trip), 200 — served by uvicorn as ``andes
serve`` is (benchmarks/webhook_peer.py runs both side by side).

Until issue 23's last round the pool had psycopg's default transactions, so each INSERT was three
round trips (BEGIN, INSERT, COMMIT) against andes' one: a peer easier to match than a bare endpoint
need be. ``--transaction`` keeps that one, for comparing with the numbers measured against it.

    python -m benchmarks.harness.bare_webhook --database-url URL --secret S --port P
prints ``URL http://127.0.0.1:P`` when ready; stops when its stdin closes.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import json
import sys
import threading
from collections.abc import AsyncIterator
from typing import Any

import psycopg
import uvicorn
from psycopg_pool import AsyncConnectionPool
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

TABLE = "bare_webhook_inbox"


def app(database_url: str, secret: str, autocommit: bool = True) -> Starlette:
    pool = AsyncConnectionPool(database_url, min_size=4, max_size=16, open=False,
                               kwargs={"autocommit": autocommit})

    async def receive(request: Request) -> PlainTextResponse:
        body = await request.body()
        expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("x-hub-signature-256", "")):
            return PlainTextResponse("bad signature", status_code=403)
        payload: Any = json.loads(body)
        message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
        async with pool.connection() as conn:
            await conn.execute(f"INSERT INTO {TABLE} (message_id, sender, body) VALUES (%s, %s, %s) "
                               "ON CONFLICT DO NOTHING", [message["id"], message["from"], message["text"]["body"]])
        return PlainTextResponse("ok")

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await pool.open()
        try:
            yield
        finally:
            await pool.close()

    return Starlette(routes=[Route("/webhook", receive, methods=["POST"])], lifespan=lifespan)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--transaction", action="store_true",
                        help="each INSERT in a transaction of its own: BEGIN, INSERT, COMMIT (the old peer)")
    args = parser.parse_args()
    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (message_id text PRIMARY KEY, sender text NOT NULL, "
                     "body text NOT NULL, received_at timestamptz NOT NULL DEFAULT now())")
    server = uvicorn.Server(uvicorn.Config(app(args.database_url, args.secret, autocommit=not args.transaction),
                                           host="127.0.0.1", port=args.port,
                                           log_config=None, access_log=False, server_header=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    print(f"URL http://127.0.0.1:{args.port}", flush=True)
    sys.stdin.read()
    server.should_exit = True
    thread.join(10)


if __name__ == "__main__":
    main()
