"""A small, real, hostile Open Event look-alike on loopback.

It speaks just enough of the API for a sync (event, tickets, keyset-paged attendees with
included orders, check-in PATCHes) and lets a test swap any answer for a bad one: huge or
endless bodies, a slow drip, paging that never advances, short lists, odd records, a 429 with an
absurd Retry-After. Plain ``http.server`` in a thread: the client under test meets real sockets,
real chunked encoding and real stalls.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

EVENT = "1"

# (handler, query) → None: writes the whole answer itself.
Route = Callable[["Handler", dict[str, str]], None]


def order_identifier(attendee_id: int) -> str:
    return f"6f9619ff-8b86-4011-b42d-{attendee_id:012d}"


def ticket_code_of(attendee_id: int) -> str:
    """The code a printed ticket of this attendee carries (order identifier - attendee id)."""
    return f"{order_identifier(attendee_id)}-{attendee_id}"


def attendee_resource(
    attendee_id: int | str, event: str = EVENT, checked_in: dict[str, Any] | None = None
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "type": "attendee",
        "id": str(attendee_id),
        "attributes": {
            "firstname": f"Guest{attendee_id}",
            "lastname": "Hostile",
            "email": f"guest{attendee_id}@example.org",
            "is-checked-in": False,
            "checkin-times": None,
            "device-name-checkin": None,
        },
        "relationships": {
            "event": {"data": {"type": "event", "id": event}},
            "order": {"data": {"type": "order", "id": f"o{attendee_id}"}},
            "ticket": {"data": {"type": "ticket", "id": "7"}},
        },
    }
    resource["attributes"].update(checked_in or {})
    return resource


def order_resource(attendee_id: int | str) -> dict[str, Any]:
    number = int(attendee_id) if str(attendee_id).isdigit() else 0
    return {
        "type": "order",
        "id": f"o{attendee_id}",
        "attributes": {"identifier": order_identifier(number), "status": "completed"},
    }


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up on a hostile answer is what the tests want; the stock
        # handler would print a traceback for each of them. Anything else (a broken route)
        # is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class HostileServer:
    """Start with `start()`; `routes[(method, path)]` replaces the normal answer of a path."""

    attendee_ids: list[int] = field(default_factory=lambda: list(range(1, 31)))
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    # attendee id → the check-in attributes its last PATCH set (the server's state)
    checked_in: dict[int, dict[str, Any]] = field(default_factory=dict)
    # Set to end every drip or endless stream (at teardown, or when a test is done waiting).
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> None:
        httpd = _QuietServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False  # a drip still running must not hold up the teardown
        httpd.hostile = self  # type: ignore[attr-defined]
        self._httpd = httpd
        threading.Thread(target=httpd.serve_forever, name="hostile-server", daemon=True).start()

    def close(self) -> None:
        self.stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def count(self, method: str, path: str) -> int:
        with self.lock:
            return sum(1 for seen in self.requests if seen == (method, path))

    # -- the well-behaved answers -------------------------------------------------------------

    def _matches(self, attendee_id: int, condition: dict[str, Any]) -> bool:
        name, op, value = condition["name"], condition["op"], condition["val"]
        if name == "is_checked_in" and op == "eq":
            state = self.checked_in.get(attendee_id, {}).get("is-checked-in", False)
            return bool(state) is bool(value)
        if name == "id" and op == "gt":
            return attendee_id > int(value)
        if name == "id" and op == "in_":
            return attendee_id in {int(v) for v in value}
        raise ValueError(f"this server does not know the filter {condition!r}")

    def attendees_page(self, query: dict[str, str]) -> dict[str, Any]:
        """Paging as the real server does it: the `filter` conditions, sorted by id, then
        page[number] of page[size]; meta.count counts every match."""
        size = int(query.get("page[size]", "1000"))
        number = int(query.get("page[number]", "1"))
        conditions = json.loads(query["filter"]) if "filter" in query else []
        with self.lock:
            matching = [
                i
                for i in sorted(self.attendee_ids)
                if all(self._matches(i, condition) for condition in conditions)
            ]
            page = matching[(number - 1) * size : number * size]
            data = [attendee_resource(i, checked_in=self.checked_in.get(i)) for i in page]
        document: dict[str, Any] = {
            "data": data,
            "included": [order_resource(i) for i in page],
            "meta": {"count": len(matching)},
            "links": {"self": "/v1/events/1/attendees"},
        }
        if len(matching) > number * size:
            document["links"]["next"] = f"/v1/events/1/attendees?page[number]={number + 1}"
        return document


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ThreadingHTTPServer

    @property
    def hostile(self) -> HostileServer:
        found: HostileServer = self.server.hostile  # type: ignore[attr-defined]
        return found

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep the test output clean

    def do_GET(self) -> None:
        self._answer("GET")

    def do_PATCH(self) -> None:
        self._answer("PATCH")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        with self.hostile.lock:
            self.hostile.requests.append((method, parts.path))
        route = self.hostile.routes.get((method, parts.path))
        try:
            if route is not None:
                route(self, query)
            else:
                self._normal(method, parts.path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on a hostile answer: that is the point

    def _normal(self, method: str, path: str, query: dict[str, str]) -> None:
        if method == "GET" and path == f"/v1/events/{EVENT}":
            self.send_json({"data": {"type": "event", "id": EVENT, "attributes": {"name": "X"}}})
        elif method == "GET" and path == f"/v1/events/{EVENT}/tickets":
            self.send_json(
                {
                    "data": [{"type": "ticket", "id": "7", "attributes": {"name": "Entry"}}],
                    "meta": {"count": 1},
                    "links": {},
                }
            )
        elif method == "GET" and path == f"/v1/events/{EVENT}/attendees":
            self.send_json(self.hostile.attendees_page(query))
        elif method == "POST" and path == "/v1/auth/login":
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_json({"access_token": "access", "refresh_token": "refresh"})
        elif method == "GET" and path.startswith("/v1/attendees/"):
            attendee_id = int(path.rsplit("/", 1)[1])
            with self.hostile.lock:
                state = self.hostile.checked_in.get(attendee_id)
            resource = attendee_resource(attendee_id, checked_in=state)
            self.send_json({"data": resource, "included": [order_resource(attendee_id)]})
        elif method == "PATCH" and path.startswith("/v1/attendees/"):
            self.echo_patch(path.rsplit("/", 1)[1])
        else:
            self.send_json({"errors": [{"status": 404, "title": "Not found"}]}, status=404)

    # -- building blocks for routes -----------------------------------------------------------

    def send_json(
        self, document: object, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def echo_patch(self, attendee_id: str) -> None:
        """Accept a check-in PATCH and answer with the attendee as changed."""
        length = int(self.headers.get("Content-Length", "0"))
        sent = json.loads(self.rfile.read(length))["data"]["attributes"]
        with self.hostile.lock:
            self.hostile.checked_in[int(attendee_id)] = sent
        self.send_json({"data": attendee_resource(attendee_id, checked_in=sent)})

    def start_chunked(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()
