"""A TCP proxy in front of PostgreSQL that can play an outage: every connection cut at once and new
ones refused (the port closed: ECONNREFUSED, as when the server is down) for N seconds.

Runs its own asyncio loop in a daemon thread of the benchmark; ``cut`` is thread-safe.

    proxy = TcpProxy("127.0.0.1", 5432).start()      # proxy.port: point DATABASE_URL at it
    proxy.cut(15)                                    # returns at once; back after 15 s
    proxy.stall(3)                                   # a slow server: bytes held for 3 s, nothing cut
"""
from __future__ import annotations

import asyncio
import socket
import threading
import time


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, host: str = "127.0.0.1", port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.host = host
        if port == 0:               # pick a free port now, so the address stays the same across cuts
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = probe.getsockname()[1]
        self.port = port
        self.cuts = 0
        self.refused_until = 0.0
        self.stalled_until = 0.0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="pg-proxy")

    def start(self) -> TcpProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._close_all(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def cut(self, seconds: float) -> None:
        """Cut every connection and refuse new ones for ``seconds``; returns at once."""
        self.cuts += 1
        self.refused_until = time.monotonic() + seconds
        asyncio.run_coroutine_threadsafe(self._outage(seconds), self._loop).result(10)

    def stall(self, seconds: float) -> None:
        """Hold every byte, both ways, for ``seconds`` (a server too busy to answer); connections stay
        open and new ones are accepted, their bytes held too. Returns at once."""
        self.stalled_until = time.monotonic() + seconds

    @property
    def connections(self) -> int:
        return len(self._writers) // 2

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, self.port, reuse_address=True,
                                                  backlog=512)

    async def _close_all(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()          # a RST, like a server that vanished
        self._writers.clear()

    async def _outage(self, seconds: float) -> None:
        await self._close_all()
        self._loop.call_later(seconds, lambda: asyncio.ensure_future(self._listen(), loop=self._loop))

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        pair = (client_writer, server_writer)
        self._writers.update(pair)
        try:
            await asyncio.gather(self._pipe(client_reader, server_writer), self._pipe(server_reader, client_writer))
        finally:
            for writer in pair:
                self._writers.discard(writer)
                writer.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                while (held := self.stalled_until - time.monotonic()) > 0:
                    await asyncio.sleep(min(held, 0.05))
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()
