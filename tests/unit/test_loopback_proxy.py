"""The tests' loopback proxies (tests/loopback_proxy.py and its two users) against a small real
upstream server on loopback: what passes unchanged, and each fault they exist to make."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from tests.clock_proxy import SkewedClockProxy
from tests.loopback_proxy import LoopbackProxy
from tests.real_pretix.proxy import ForwardingProxy

UPSTREAM_DATE = "Tue, 01 Dec 2026 10:00:00 GMT"


class _Upstream(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, str, bytes]]


class _Answer(BaseHTTPRequestHandler):
    """Echoes method, path and body, gzipped when asked, with a fixed Date."""

    protocol_version = "HTTP/1.1"
    server: _Upstream

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append((self.command, self.path, body))
        payload = f"{self.command} {self.path} {body.decode()}".encode()
        self.send_response_only(201)
        self.send_header("Date", UPSTREAM_DATE)
        self.send_header("X-Upstream", "yes")
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            payload = gzip.compress(payload)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PATCH(self) -> None:
        self._answer()


@pytest.fixture
def upstream() -> Iterator[_Upstream]:
    server = _Upstream(("127.0.0.1", 0), _Answer)
    server.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _url(server: _Upstream) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_passes_requests_and_answers_unchanged(upstream: _Upstream, method: str) -> None:
    proxy = LoopbackProxy(_url(upstream))
    try:
        body = b"" if method == "GET" else b'{"a": 1}'
        answer = httpx.request(method, proxy.url + "/v1/x?y=1", content=body, timeout=5)
    finally:
        proxy.close()
    assert upstream.seen == [(method, "/v1/x?y=1", body)]
    assert answer.status_code == 201
    assert answer.text == f"{method} /v1/x?y=1 {body.decode()}"
    assert answer.headers["x-upstream"] == "yes"
    # One Date, the server's; the body arrives decoded, so no Content-Encoding claims gzip.
    assert answer.headers.get_list("date") == [UPSTREAM_DATE]
    assert "content-encoding" not in answer.headers


def test_clock_proxy_sets_the_date_off_by_the_skew(upstream: _Upstream) -> None:
    proxy = SkewedClockProxy(_url(upstream), skew_s=-3600)
    try:
        answer = httpx.get(proxy.url + "/", timeout=5)
    finally:
        proxy.close()
    (date,) = answer.headers.get_list("date")
    off = (parsedate_to_datetime(date) - datetime.now(UTC)).total_seconds()
    assert -3610 < off < -3590


def test_silent_clock_proxy_swallows_requests(upstream: _Upstream) -> None:
    proxy = SkewedClockProxy(_url(upstream))
    proxy.silent = True
    try:
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(proxy.url + "/v1/auth/login", content=b"{}", timeout=0.5)
    finally:
        proxy.close()
    assert upstream.seen == []


def test_forwarding_proxy_logs_and_drops_the_answer_not_the_request(upstream: _Upstream) -> None:
    proxy = ForwardingProxy(_url(upstream))
    proxy.drop_answers(1)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(proxy.url + "/api/redeem/", content=b"first", timeout=5)
        kept = httpx.post(proxy.url + "/api/redeem/?x=1", content=b"second", timeout=5)
        httpx.get(proxy.url + "/api/orders/", timeout=5)
    finally:
        proxy.close()
    assert kept.text == "POST /api/redeem/?x=1 second"
    assert [body for _, _, body in upstream.seen] == [b"first", b"second", b""]
    assert proxy.posted() == 2
    assert proxy.bodies == [b"first", b"second"]
    assert proxy.paths("POST") == ["/api/redeem/", "/api/redeem/"]
    assert proxy.paths("GET") == ["/api/orders/"]


def test_forwarding_proxy_stall_holds_a_post_past_the_clients_patience(
    upstream: _Upstream,
) -> None:
    proxy = ForwardingProxy(_url(upstream))
    proxy.stall_posts(1.0)
    try:
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(proxy.url + "/api/redeem/", content=b"late", timeout=0.3)
        assert proxy.posted() == 0  # still held when the client gave up
        deadline = time.monotonic() + 10
        while proxy.posted() == 0 and time.monotonic() < deadline:
            time.sleep(0.05)  # the stall's own thread passes it on; nothing to wait on here
    finally:
        proxy.close()
    assert upstream.seen == [("POST", "/api/redeem/", b"late")]  # it still landed
