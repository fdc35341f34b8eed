"""A real forwarding proxy on loopback between the client and a real pretix server.

It passes every request on unchanged and logs its method and path, so a test can prove which
endpoints the app called. ``drop_answers`` makes it lose the server's answer to the next POSTs:
the request reaches the server and is applied, then the proxy hangs up on the client without
a byte of the answer, as a Wi-Fi that drops at the wrong moment does. ``stall_posts`` makes it
hold the next POSTs for a while before passing them on, as a server (or a Wi-Fi) that hangs:
the client gives up, the request still lands later.
"""

from __future__ import annotations

import threading
import time
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
        proxy.record(method, self.path, body)
        if method == "POST":
            stall = proxy.take_stall()
            if stall:
                time.sleep(stall)  # the hang under test: the client must not wait for it
        answer = proxy.upstream.request(method, self.path, content=body, headers=headers)
        if method == "POST":
            proxy.count_post()
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
        self.bodies: list[bytes] = []
        self._drops = 0
        self._stalls: list[float] = []
        # POSTs passed on to the server (after any stall): a test waits for a held one
        self.forwarded_posts = 0
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.proxy = self
        threading.Thread(target=self._httpd.serve_forever, name="pretix-proxy", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def record(self, method: str, path: str, body: bytes = b"") -> None:
        with self._lock:
            self.requests.append((method, path))
            if method == "POST":
                self.bodies.append(body)

    def stall_posts(self, seconds: float, count: int = 1) -> None:
        with self._lock:
            self._stalls = [seconds] * count

    def take_stall(self) -> float:
        with self._lock:
            return self._stalls.pop(0) if self._stalls else 0.0

    def posted(self) -> int:
        with self._lock:
            return self.forwarded_posts

    def count_post(self) -> None:
        with self._lock:
            self.forwarded_posts += 1

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
