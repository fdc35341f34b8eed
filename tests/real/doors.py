"""Doors (a data dir each: store, client, engine, check-in service) against the real server,
plus the two real-HTTP tools the upload tests need: a transport that runs another client's
request at a chosen moment, and a loopback proxy that forwards each request and then drops
some answers.
"""

from __future__ import annotations

import http.server
import json
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair
from tests.real.oes import RealServer

JSON_API = "application/vnd.api+json"


def iso(moment: datetime) -> str:
    """The text the check-in service stores (and the uploader sends) for a scan at `moment`."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class SettableClock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class RealDoor:
    store: Store
    client: OpenEventClient
    engine: SyncEngine
    service: CheckInService
    clock: SettableClock
    event_id: str

    def scan(self, code: str, when: datetime, mode: Mode = Mode.CHECK_IN) -> str:
        """Scan `code` at `when`; returns the stored scan time. Fails unless accepted."""
        self.clock.now = when
        result = self.service.scan(self.event_id, code, mode, Source.CAMERA)
        wanted = Verdict.CHECKED_IN if mode is Mode.CHECK_IN else Verdict.CHECKED_OUT
        assert result.verdict is wanted, result
        return iso(when)

    def close(self) -> None:
        self.client.close()
        self.store.close()


def admin_tokens(server: RealServer) -> TokenPair:
    account = server.account("admin")
    with OpenEventClient(server.url) as client:
        return client.login(account.email, account.password)


def open_real_door(
    directory: Path,
    server: RealServer,
    device: str,
    *,
    tokens: TokenPair,
    url: str | None = None,
    transport: httpx.BaseTransport | None = None,
    download: bool = True,
) -> RealDoor:
    """A door signed in as admin (the role the server lets PATCH attendees)."""
    directory.mkdir(parents=True, exist_ok=True)
    store = Store(directory / "door.sqlite")
    client = OpenEventClient(url or server.url, tokens=tokens, transport=transport, timeout=20)
    engine = SyncEngine(store, OpenEventBackend(client), workers=4)
    if download:
        engine.download(server.event_id)
    clock = SettableClock()
    service = CheckInService(StoreCheckInRepository(store), lambda: device, clock=clock)
    return RealDoor(store, client, engine, service, clock, server.event_id)


def server_attributes(server: RealServer, tokens: TokenPair, attendee_id: int) -> dict[str, Any]:
    """The attendee's attributes as the server has them, read straight from it."""
    response = httpx.get(
        f"{server.url}/v1/attendees/{attendee_id}",
        headers={"Authorization": f"JWT {tokens.access}", "Accept": JSON_API},
        timeout=20,
    )
    response.raise_for_status()
    attributes = response.json()["data"]["attributes"]
    assert isinstance(attributes, dict)
    return attributes


def raw_patch(
    server: RealServer, tokens: TokenPair, attendee_id: int, attributes: dict[str, object]
) -> httpx.Response:
    """A PATCH as another client (an older app, another door) would send it."""
    document = {"data": {"type": "attendee", "id": str(attendee_id), "attributes": attributes}}
    return httpx.patch(
        f"{server.url}/v1/attendees/{attendee_id}",
        content=json.dumps(document).encode(),
        headers={"Authorization": f"JWT {tokens.access}", "Content-Type": JSON_API},
        timeout=20,
    )


def times_of(value: str | None) -> list[str]:
    return [t for t in (value or "").split(",") if t]


class HookTransport(httpx.HTTPTransport):
    """Real HTTP; once the `nth` request matching (method, path suffix) has its answer, runs
    `hook` (another client's write) before the answer reaches the app."""

    def __init__(self, method: str, path_suffix: str, nth: int, hook: Callable[[], None]) -> None:
        super().__init__()
        self._match = (method, path_suffix)
        self._nth = nth
        self._hook = hook
        self._seen = 0
        self.fired = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        method, suffix = self._match
        if request.method == method and request.url.path.endswith(suffix):
            self._seen += 1
            if self._seen == self._nth:
                response.read()
                self._hook()
                self.fired = True
        return response


_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class DroppingProxy:
    """A loopback HTTP proxy that forwards every request to the server, waits for the answer
    and then, for a share of them, closes the connection without passing the answer on: the
    server applied the change, the app never hears of it."""

    def __init__(self, upstream: str, drop_rate: float, seed: int) -> None:
        self.upstream = upstream.rstrip("/")
        self.drop_rate = drop_rate
        self.dropped = 0
        self.dropped_patches = 0  # writes the server applied without the app hearing of it
        self.forwarded = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=30)
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                answer = proxy._http.request(
                    self.command, proxy.upstream + self.path, content=body, headers=headers
                )
                if proxy._drop(self.command, self.path):
                    self.close_connection = True
                    return
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in _HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_PATCH = do_POST = _forward  # noqa: N815

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _drop(self, method: str, path: str) -> bool:
        with self._lock:
            self.forwarded += 1
            if "/auth/" in path or self._rng.random() >= self.drop_rate:
                return False
            self.dropped += 1
            self.dropped_patches += method == "PATCH"
            return True

    @contextmanager
    def running(self) -> Iterator[DroppingProxy]:
        self._thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            self._http.close()
