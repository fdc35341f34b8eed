"""A real forwarding proxy on loopback whose answers carry a `Date` header set off by a chosen
number of seconds: a server (demo or real) seen through it has a clock that is wrong by that
much. Everything else passes unchanged, so a door can sign in, sync and check through it.

`silent = True` makes it take requests and never answer (a Wi-Fi that swallows them)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

_HOP_HEADERS = {
    "connection", "keep-alive", "transfer-encoding", "content-length", "host", "date",
    "content-encoding", "server",
}  # fmt: skip


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    proxy: SkewedClockProxy


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._forward("GET")

    def do_POST(self) -> None:
        self._forward("POST")

    def do_PATCH(self) -> None:
        self._forward("PATCH")

    def _forward(self, method: str) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if proxy.silent:
            proxy.swallowed.wait(30)  # hold the connection open, answer nothing
            self.close_connection = True
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS}
        answer = proxy.upstream.request(method, self.path, content=body, headers=headers)
        # send_response_only: no Date of this proxy's own beside the skewed one
        self.send_response_only(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in _HOP_HEADERS:
                self.send_header(key, value)
        skewed = datetime.now(UTC) + timedelta(seconds=proxy.skew_s)
        self.send_header("Date", format_datetime(skewed, usegmt=True))
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)


class SkewedClockProxy:
    def __init__(self, upstream_url: str, skew_s: float = 0.0) -> None:
        self.upstream = httpx.Client(base_url=upstream_url, timeout=30.0)
        self.skew_s = skew_s
        self.silent = False
        self.swallowed = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.proxy = self
        threading.Thread(target=self._httpd.serve_forever, name="clock-proxy", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def close(self) -> None:
        self.swallowed.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self.upstream.close()
