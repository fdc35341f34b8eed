"""A TCP delay line on loopback: every byte from the client reaches the server `latency` seconds
after it arrived here, so each HTTP request waits that long before the server sees it (what a
slow link adds per request). Used by the benchmarks against the real Open Event server, which
has no latency switch of its own (the demo server has one: demo/faults.py).

Bytes that arrive together are delayed together (a delay line, not a per-chunk sleep), so a
request sent in two writes is not delayed twice, and the answer flows back undelayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator


async def _pump(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: list[float]
) -> None:
    """Copy reader to writer, each chunk `delay[0]` seconds after it was read."""
    line: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def read() -> None:
        while chunk := await reader.read(65536):
            await line.put((time.monotonic() + delay[0], chunk))
        await line.put((0.0, b""))

    async def write() -> None:
        while True:
            due, chunk = await line.get()
            if not chunk:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(chunk)
            await writer.drain()

    try:
        await asyncio.gather(read(), write())
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


class LatencyProxy:
    """Forwards 127.0.0.1:<port> to `target_port`, adding `latency` seconds per request."""

    def __init__(self, target_port: int, latency: float = 0.0) -> None:
        self._target = target_port
        self._delay = [latency]
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def latency(self) -> float:
        return self._delay[0]

    @latency.setter
    def latency(self, seconds: float) -> None:
        self._delay[0] = seconds

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _serve_one(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", self._target)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            _pump(client_reader, server_writer, self._delay),
            _pump(server_reader, client_writer, [0.0]),
        )

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._serve_one, "127.0.0.1", 0)
            self.port = int(self._server.sockets[0].getsockname()[1])
            self._ready.set()

        self._loop.run_until_complete(start())
        self._loop.run_forever()

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the latency proxy did not start")

    def stop(self) -> None:
        def close() -> None:
            if self._server is not None:
                self._server.close()
            self._loop.stop()

        self._loop.call_soon_threadsafe(close)
        self._thread.join(10)


@contextlib.contextmanager
def latency_proxy(target_port: int, latency: float = 0.0) -> Iterator[LatencyProxy]:
    proxy = LatencyProxy(target_port, latency)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()
