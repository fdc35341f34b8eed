"""What the real Open Event server answers for badge forms (issue 12), recorded as a fixture.

An admin creates a badge form for the seeded event the way the organizer's frontend does
(POST /v1/badge-forms with its fields), and reads the event's forms back
(GET /v1/events/{id}/badge-forms): the answer the door turns into a layout. This server has no
`/v1/tickets/{id}/badge-forms`: a ticket names its form by `badge-id`. With
ORGA_RECORD_FIXTURES=1 the answer is written to tests/fixtures/open_event/badge_forms.json,
which tests/badges/test_openevent_forms.py reads.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx

from orga_app.badges.layout import DEFAULT_SIZE, FieldKind
from orga_app.badges.openevent_forms import layouts_by_badge_id
from tests.real.doors import JSON_API, admin_tokens
from tests.real.oes import RealServer

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "open_event" / "badge_forms.json"


def _field(identifier: str | None, custom: str, size: int, **extra: object) -> dict[str, object]:
    field: dict[str, object] = {
        "badge_id": "speaker-badge", "field_identifier": identifier, "custom_field": custom,
        "sample_text": "Sample", "font_size": size, "font_name": "Arial",
        "font_color": "#1a1a1a", "text_rotation": 0, "text_alignment": "center",
        "text_type": "none", "margin_top": 2, "margin_bottom": 1, "margin_left": 3,
        "margin_right": 3, "is_deleted": False, "is_field_expanded": False,
    }  # fmt: skip
    field.update(extra)
    return field


def test_badge_forms_of_an_event_as_the_server_answers(real_server: RealServer) -> None:
    tokens = admin_tokens(real_server)
    headers = {
        "Authorization": f"JWT {tokens.access}",
        "Content-Type": JSON_API,
        "Accept": JSON_API,
    }
    fields = [
        _field("firstname", "First Name", 40, font_weight=[{"font_weight": "bold"}],
               text_type="uppercase"),
        _field("lastname", "Last Name", 32),
        _field("company", "Organisation", 20),
        _field("jobTitle", "Job Title", 16, is_deleted=True),
        _field("homeAddress", "Address", 14),  # an attribute the door does not keep
        _field(None, "QR", 0, qr_custom_field=["firstname", "lastname"]),
    ]  # fmt: skip
    document = {
        "data": {
            "type": "badge-form",
            "attributes": {
                "badge-id": "speaker-badge",
                "badge-size": "4x3",
                "badge-color": "#fff8e7",
                "badge-orientation": "Landscape",
                "badge-fields": fields,
            },
            "relationships": {"event": {"data": {"type": "event", "id": real_server.event_id}}},
        }
    }
    created = httpx.post(
        f"{real_server.url}/v1/badge-forms", json=document, headers=headers, timeout=30
    )
    assert created.status_code == 201, created.text
    answer = httpx.get(
        f"{real_server.url}/v1/events/{real_server.event_id}/badge-forms",
        headers=headers,
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    [form] = body["data"]
    assert form["attributes"]["badge-id"] == "speaker-badge"
    assert len(form["attributes"]["badge-fields"]) == len(fields)
    if os.environ.get("ORGA_RECORD_FIXTURES") == "1":
        FIXTURE.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", "utf-8")

    layout = layouts_by_badge_id(body, DEFAULT_SIZE)["speaker-badge"]
    assert [(f.kind, f.source) for f in layout.fields] == [
        (FieldKind.TEXT, "firstname"),
        (FieldKind.TEXT, "lastname"),
        (FieldKind.TEXT, "company"),
        (FieldKind.QR, "code"),
    ]
    assert (layout.size.width_mm, layout.size.height_mm) == (101.6, 76.2)
