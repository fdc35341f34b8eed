"""What the real Open Event server answers for badge forms (issue 12), recorded as a fixture,
and a door printing with them.

An admin creates badge forms for the seeded event the way the organizer's frontend does
(POST /v1/badge-forms with its fields) and reads the event's forms back
(GET /v1/events/{id}/badge-forms): the answer the door turns into a layout. This server has no
`/v1/tickets/{id}/badge-forms`: a ticket names its form by `badge-id` (PATCH /v1/tickets/{id}).
With ORGA_RECORD_FIXTURES=1 the answer is written to tests/fixtures/open_event/badge_forms.json,
which tests/badges reads.

The second test is the door: its download keeps the forms, which form each ticket names and
the form's background image (from a loopback web server standing in for the server's upload
storage, fetched once); a check-in prints through a real CUPS queue with the ticket's form: a
page of the form's size, the turned first name turned, the QR code in its place, the
background under it, and still so with the image server gone (offline after the download).
"""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import DEFAULT_SIZE, FieldKind, default_layout
from orga_app.badges.modes import PrintMode
from orga_app.badges.openevent_forms import layouts_by_badge_id
from orga_app.badges.spooler import BadgeSpooler, PrintConfig
from orga_app.store import badge_jobs, badge_layouts
from tests.badges.cups import CupsQueue
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text
from tests.badges.server_forms import codes_in, colour_at, page_pixels, png, word_boxes_mm
from tests.real.conftest import AttendeePool
from tests.real.doors import JSON_API, admin_tokens, open_real_door
from tests.real.oes import RealServer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "open_event" / "badge_forms.json"
DOOR_FORM = "door-form"
BACKGROUND = "#2a9d8f"


def _field(
    badge_id: str, identifier: str | None, custom: str, size: int, **extra: object
) -> dict[str, object]:
    field: dict[str, object] = {
        "badge_id": badge_id, "field_identifier": identifier, "custom_field": custom,
        "sample_text": "Sample", "font_size": size, "font_name": "Arial",
        "font_color": "#1a1a1a", "text_rotation": 0, "text_alignment": "center",
        "text_type": "none", "margin_top": 2, "margin_bottom": 1, "margin_left": 3,
        "margin_right": 3, "is_deleted": False, "is_field_expanded": False,
    }  # fmt: skip
    field.update(extra)
    return field


def _headers(server: RealServer) -> dict[str, str]:
    tokens = admin_tokens(server)
    return {"Authorization": f"JWT {tokens.access}", "Content-Type": JSON_API, "Accept": JSON_API}


def _create_form(
    server: RealServer, headers: dict[str, str], attributes: dict[str, object]
) -> None:
    document = {
        "data": {
            "type": "badge-form",
            "attributes": attributes,
            "relationships": {"event": {"data": {"type": "event", "id": server.event_id}}},
        }
    }
    created = httpx.post(f"{server.url}/v1/badge-forms", json=document, headers=headers, timeout=30)
    assert created.status_code == 201, created.text


class _ImageServer:
    """A loopback web server with one PNG: where a form's uploaded background lives."""

    def __init__(self, body: bytes) -> None:
        self.requests = 0
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                owner.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/badge-bg.png"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def image_server() -> Iterator[_ImageServer]:
    server = _ImageServer(png(BACKGROUND))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def forms(real_server: RealServer, image_server: _ImageServer) -> dict[str, Any]:
    """Both forms created on the server; its answer for the event's forms."""
    headers = _headers(real_server)
    _create_form(real_server, headers, {
        "badge-id": "speaker-badge", "badge-size": "4x3", "badge-color": "#fff8e7",
        "badge-orientation": "Landscape",
        "badge-fields": [
            _field("speaker-badge", "firstname", "First Name", 40,
                   font_weight=[{"font_weight": "bold"}], text_type="uppercase"),
            _field("speaker-badge", "lastname", "Last Name", 32),
            _field("speaker-badge", "company", "Organisation", 20),
            _field("speaker-badge", "jobTitle", "Job Title", 16, is_deleted=True),
            _field("speaker-badge", "homeAddress", "Address", 14),  # not kept by the door
            _field("speaker-badge", None, "QR", 0, qr_custom_field=["firstname", "lastname"]),
        ],
    })  # fmt: skip
    _create_form(real_server, headers, {
        "badge-id": DOOR_FORM, "badge-size": "4x3", "badge-color": "#ffffff",
        "badge-orientation": "Landscape", "badge-image-url": image_server.url,
        "badge-fields": [
            _field(DOOR_FORM, "firstname", "First Name", 36, text_rotation=90,
                   text_type="uppercase", margin_left=0, margin_right=75),
            _field(DOOR_FORM, "lastname", "Last Name", 28, margin_left=28),
            _field(DOOR_FORM, None, "QR", 0, qr_custom_field=["firstname"], margin_left=28),
        ],
    })  # fmt: skip
    answer = httpx.get(
        f"{real_server.url}/v1/events/{real_server.event_id}/badge-forms",
        headers=headers,
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    if os.environ.get("ORGA_RECORD_FIXTURES") == "1":
        FIXTURE.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return body


def test_badge_forms_of_an_event_as_the_server_answers(forms: dict[str, Any]) -> None:
    by_id = {form["attributes"]["badge-id"]: form["attributes"] for form in forms["data"]}
    assert set(by_id) == {"speaker-badge", DOOR_FORM}
    assert len(by_id["speaker-badge"]["badge-fields"]) == 6
    assert by_id[DOOR_FORM]["badge-fields"][0]["text_rotation"] == 90
    layouts = layouts_by_badge_id(forms, DEFAULT_SIZE)
    speaker = layouts["speaker-badge"]
    assert [(f.kind, f.source) for f in speaker.fields] == [
        (FieldKind.TEXT, "firstname"),
        (FieldKind.TEXT, "lastname"),
        (FieldKind.TEXT, "company"),
        (FieldKind.TEXT, "homeAddress"),  # prints nothing: the door has no such value
        (FieldKind.QR, "code"),
    ]
    assert (speaker.size.width_mm, speaker.size.height_mm) == (101.6, 76.2)
    assert layouts[DOOR_FORM].fields[0].rotation_deg == 90


def _ticket_of(server: RealServer, headers: dict[str, str], attendee_id: int) -> int:
    answer = httpx.get(
        f"{server.url}/v1/attendees/{attendee_id}/ticket", headers=headers, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return int(answer.json()["data"]["id"])


def test_a_door_prints_with_the_tickets_form_offline(
    qapp: QApplication,
    tmp_path: Path,
    real_server: RealServer,
    real_attendees: AttendeePool,
    forms: dict[str, Any],
    image_server: _ImageServer,
    cups_queue: CupsQueue,
) -> None:
    need_poppler()
    [person] = real_attendees.take(1)
    headers = _headers(real_server)
    ticket_id = _ticket_of(real_server, headers, person.id)
    patched = httpx.patch(
        f"{real_server.url}/v1/tickets/{ticket_id}",
        json={"data": {"type": "ticket", "id": str(ticket_id),
                       "attributes": {"badge-id": DOOR_FORM}}},
        headers=headers, timeout=30,
    )  # fmt: skip
    assert patched.status_code == 200, patched.text
    tokens = admin_tokens(real_server)
    door = open_real_door(tmp_path / "door", real_server, "Door Forms", tokens=tokens)
    try:
        fetched = image_server.requests
        assert fetched >= 1
        door.engine.download(real_server.event_id)  # a second download: the image is kept
        assert image_server.requests == fetched
        choice = badge_layouts.read_choice(door.store, door.event_id, ticket_id)
        assert choice.layout is not None and choice.layout.key == DOOR_FORM
        assert choice.layout.background is not None
        image_server.close()  # offline from here on: the door needs nothing more

        config = PrintConfig(cups_queue.name, default_layout(), PrintMode.ONCE, {}, "Door Forms")
        spooler = BadgeSpooler(door.store, lambda: config)
        spooler.start()
        seen = cups_queue.pdfs(f"badge-{person.id}")
        try:
            door.scan(person.qr, datetime.now(UTC))
            spooler.after_check_in(person.id)
            spooler.wait_idle()
        finally:
            spooler.stop()
        pdf = cups_queue.wait_for_pdf(f"badge-{person.id}", seen=seen)
        subject = badge_jobs.subject_of(door.store, person.id)
    finally:
        door.close()
    assert subject is not None
    # cups-pdf writes a landscape badge as its label turned a quarter (tests/badges/test_cups.py);
    # poppler's text and pixels below are of the page as shown, landscape again.
    [page] = page_sizes_mm(pdf)
    assert sorted(round(side) for side in page) == [76, 102]  # the form's 4 × 3 in
    width, height = max(page), min(page)
    first = subject.firstname.upper()
    assert first.split()[0] in page_text(pdf)
    boxes = word_boxes_mm(pdf)
    word = next(w for w in boxes if w in first.split())
    left, _, word_w, word_h = boxes[word]
    assert word_h > word_w  # turned by 90°, in the left part (margin right 75 mm)
    assert left + word_w < 26.6  # the column the margins leave: 0 to 101.6 - 75 mm
    pixels = page_pixels(pdf, tmp_path)
    assert codes_in(pixels, (0, height * 0.35, width, height * 0.65)) == [person.qr]
    red, green, blue = colour_at(pixels, 99, 2)
    assert abs(red - 0x2A) < 12 and abs(green - 0x9D) < 12 and abs(blue - 0x8F) < 12
