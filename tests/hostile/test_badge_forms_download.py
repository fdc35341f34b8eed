"""Badge forms from a hostile Open Event server on loopback (real HTTP, a real store): what
the door keeps is bounded, a background that is too large, not an image or never ends is not
kept (the form still is), a form's image is fetched once and without the account's token, and
a server that refuses the forms leaves the forms held before in place."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from orga_app.store import badge_layouts
from orga_app.sync.credentials import TokenPair
from orga_app.sync.openevent.badge_forms import download_badge_forms
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.records import TicketRecord
from tests.helpers import EVENT_ID, Seeded, seeded_store

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@dataclass
class Hostile:
    url: str
    forms_status: int = 200
    forms: list[dict[str, Any]] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)
    image_auth: list[str | None] = field(default_factory=list)


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    state = Hostile("")

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, kind: str = "application/vnd.api+json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] = state.hits.get(path, 0) + 1
            if path == f"/v1/events/{EVENT_ID}/badge-forms":
                data = [
                    {"type": "badge-form", "id": str(i), "attributes": f}
                    for i, f in enumerate(state.forms)
                ]
                document = {"data": data, "meta": {"count": 9}}
                self._send(state.forms_status, json.dumps(document).encode())
            elif path == "/img/ok.png":
                state.image_auth.append(self.headers.get("Authorization"))
                self._send(200, PNG, "image/png")
            elif path == "/img/huge.png":
                self._send(200, PNG + b"\0" * (badge_layouts.MAX_BACKGROUND_BYTES + 10))
            elif path == "/img/page.html":
                self._send(200, b"<html><script>alert(1)</script></html>", "image/png")
            else:
                self._send(404, b"{}")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 1)
    try:
        yield seeded
    finally:
        seeded.store.close()


def _form(badge_id: object, image: str | None = None, **extra: object) -> dict[str, Any]:
    fields = [{"field_identifier": "firstname", "font_size": 30}]
    return {
        "badge-id": badge_id, "badge-size": "4x3", "badge-image-url": image,
        "badge-fields": fields, **extra,
    }  # fmt: skip


def _ticket(ticket_id: int, badge_id: str | None) -> TicketRecord:
    return TicketRecord(ticket_id, "T", None, False, False, badge_id)


def test_hostile_forms_and_images_are_bounded(hostile: Hostile, door: Seeded) -> None:
    hostile.forms = [
        _form("ok", f"{hostile.url}/img/ok.png"),
        _form("huge", f"{hostile.url}/img/huge.png"),
        _form("html", f"{hostile.url}/img/page.html"),
        _form("file", "file:///etc/passwd"),
        _form("nowhere", "http://127.0.0.1:9/none.png"),
        _form(["not", "a", "string"]),
        _form("big", None, padding="x" * (badge_layouts.MAX_FORM_CHARS + 1)),
        _form("ok", None),  # the same badge id again: the first one stands
    ]
    tickets = [_ticket(1, "ok"), _ticket(2, "gone"), _ticket(3, None)]
    with OpenEventClient(hostile.url, tokens=TokenPair("secret-token")) as client:
        kept = download_badge_forms(client, door.store, EVENT_ID, tickets)
        assert kept == 5  # ok, huge, html, file, nowhere
        with door.store.read() as conn:
            held = {s.key: s for s in badge_layouts.layouts(conn, EVENT_ID)}
            assert badge_layouts.choice_for_ticket(conn, EVENT_ID, 1).layout == held["ok"]
            assert badge_layouts.choice_for_ticket(conn, EVENT_ID, 2).layout is None
        assert set(held) == {"ok", "huge", "html", "file", "nowhere"}
        assert held["ok"].background == PNG
        assert [held[k].background for k in ("huge", "html", "file", "nowhere")] == [None] * 4
        assert hostile.image_auth == [None]  # the token never goes with an image request

        # The next download keeps the image it has: not fetched again.
        assert download_badge_forms(client, door.store, EVENT_ID, tickets) == 5
        assert hostile.hits["/img/ok.png"] == 1

        # A server that refuses the forms leaves the held ones in place.
        hostile.forms_status = 500
        assert download_badge_forms(client, door.store, EVENT_ID, tickets) is None
        assert {s.key for s in badge_layouts.read_layouts(door.store, EVENT_ID)} == set(held)
