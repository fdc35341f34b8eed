"""A real forwarding proxy on loopback between the client and a real pretix server.

It passes every request on unchanged and logs its method and path, so a test can prove which
endpoints the app called. ``drop_answers`` makes it lose the server's answer to the next POSTs:
the request reaches the server and is applied, then the proxy hangs up on the client without
a byte of the answer, as a Wi-Fi that drops at the wrong moment does.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    proxy: ForwardingProxy


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._forward("GET")

    def do_POST(self) -> None:
        self._forward("POST")

    def _forward(self, method: str) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS}
        proxy.record(method, self.path)
        answer = proxy.upstream.request(method, self.path, content=body, headers=headers)
        if method == "POST" and proxy.take_drop():
            self.close_connection = True
            return  # the server applied it; the client never hears back
        self.send_response(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in _HOP_HEADERS and key.lower() != "content-encoding":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)


class ForwardingProxy:
    def __init__(self, upstream_url: str) -> None:
        self.upstream = httpx.Client(base_url=upstream_url, timeout=30.0)
        self.requests: list[tuple[str, str]] = []
        self._drops = 0
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.proxy = self
        threading.Thread(target=self._httpd.serve_forever, name="pretix-proxy", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((method, path))

    def drop_answers(self, count: int) -> None:
        with self._lock:
            self._drops = count

    def take_drop(self) -> bool:
        with self._lock:
            if self._drops <= 0:
                return False
            self._drops -= 1
            return True

    def paths(self, method: str) -> list[str]:
        with self._lock:
            return [path.split("?", 1)[0] for seen, path in self.requests if seen == method]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self.upstream.close()
