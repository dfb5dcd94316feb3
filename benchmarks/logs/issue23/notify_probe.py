"""The inbox INSERT with and without 0014's NOTIFY trigger, 64 in flight (issue 23).

    python benchmarks/logs/issue23/notify_probe.py      # from the repository root

A fresh database migrated up to 0014 (the trigger on), then inserts as the webhook's writer does
(psycopg's async pool, autocommit, adapters.postgres.inbox.INSERT) for 4 s with the trigger and 4 s
with it disabled, twice. Prints inserts per second and the insert's p50/p99 in each.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone

import psycopg
from psycopg_pool import AsyncConnectionPool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, ROOT)
from adapters.postgres.inbox import INSERT  # noqa: E402

ADMIN = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


async def run(url: str, label: str, seconds: float = 4.0, concurrency: int = 64) -> None:
    pool = AsyncConnectionPool(url, kwargs={"autocommit": True}, min_size=16, max_size=16, open=False)
    await pool.open(wait=True)
    latencies: list[float] = []
    stop = time.monotonic() + seconds

    async def sender(k: int) -> None:
        while time.monotonic() < stop:
            started = time.perf_counter()
            phone = f"5939{k:03d}{len(latencies) % 200:04d}"
            async with pool.connection() as conn:
                await conn.execute(INSERT, [phone, "wamid." + uuid.uuid4().hex, phone, "text", "text", "hola",
                                            datetime.now(timezone.utc), None, None, phone])
            latencies.append(time.perf_counter() - started)

    began = time.monotonic()
    await asyncio.gather(*(sender(k) for k in range(concurrency)))
    elapsed = time.monotonic() - began
    await pool.close()
    latencies.sort()
    print(f"{label:<14} {len(latencies) / elapsed:7.0f}/s  p50 {latencies[len(latencies) // 2] * 1000:6.1f} ms  "
          f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:6.1f} ms", flush=True)


def main() -> None:
    database = f"andes_notify_probe_{os.getpid()}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + database
    try:
        env = {**os.environ, "DATABASE_URL": url, "ANDES_STORE": "postgres", "LLM_PROVIDER": "offline",
               "EMBEDDINGS_PROVIDER": "hashing", "ANDES_VECTOR_STORE": "memory"}
        subprocess.run([sys.executable, "-m", "entrypoints.cli", "migrate"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        with psycopg.connect(url, autocommit=True) as conn:      # 0015 dropped it: as 0014 had it
            conn.execute("""CREATE OR REPLACE FUNCTION andes_inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_notify('andes_inbox_' || current_schema(), NEW.sender); RETURN NULL; END; $$""")
            conn.execute("CREATE TRIGGER inbox_notify AFTER INSERT ON inbox FOR EACH ROW "
                         "EXECUTE FUNCTION andes_inbox_notify()")

        async def both() -> None:
            for _ in range(2):
                await run(url, "with trigger")
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("ALTER TABLE inbox DISABLE TRIGGER inbox_notify")
                await run(url, "no trigger")
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("ALTER TABLE inbox ENABLE TRIGGER inbox_notify")
        asyncio.run(both())
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


if __name__ == "__main__":
    main()
