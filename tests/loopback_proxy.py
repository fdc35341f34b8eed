"""A real forwarding HTTP proxy on loopback, the shared part of the tests' fault proxies.

It passes every request on to one upstream server (demo, real Open Event, pretix) and its
answer back, so a door can sign in, sync and check through it. Subclasses change one thing a
bad network or a wrong server does, through three hooks:
- `on_request`: sees each request first; returning False answers nothing (the connection is
  held as long as the hook held it, then closed);
- `on_answer`: after the upstream answered; returning False hangs up without a byte of the
  answer (the server applied the request, the client never hears back);
- `date_header`: the `Date` the client sees (default: the server's own).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

# Hop-by-hop headers and the ones this proxy sets itself. The answer's body is passed on
# decoded (httpx undoes gzip), so its Content-Encoding must not be.
_REQUEST_SKIP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
_ANSWER_SKIP = _REQUEST_SKIP | {"content-encoding", "date"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    proxy: LoopbackProxy


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
        if not proxy.on_request(method, self.path, body):
            self.close_connection = True
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _REQUEST_SKIP}
        answer = proxy.upstream.request(method, self.path, content=body, headers=headers)
        if not proxy.on_answer(method):
            self.close_connection = True
            return
        # send_response_only: no Server or Date of this proxy's own beside the upstream's.
        self.send_response_only(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in _ANSWER_SKIP:
                self.send_header(key, value)
        date = proxy.date_header(answer.headers.get("date"))
        if date is not None:
            self.send_header("Date", date)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)


class LoopbackProxy:
    """Forwards to `upstream_url` unchanged until a subclass's hook says otherwise."""

    thread_name = "loopback-proxy"

    def __init__(self, upstream_url: str) -> None:
        self.upstream = httpx.Client(base_url=upstream_url, timeout=30.0)
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.proxy = self
        threading.Thread(
            target=self._httpd.serve_forever, name=self.thread_name, daemon=True
        ).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def on_request(self, method: str, path: str, body: bytes) -> bool:
        return True

    def on_answer(self, method: str) -> bool:
        return True

    def date_header(self, upstream: str | None) -> str | None:
        return upstream

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self.upstream.close()
