"""What a scanned code may open: a QR code or a USB scan must carry something unguessable (the
printed ticket code, or an order's random identifier). A bare attendee id or e-mail address is
accepted only when a person typed it or picked the attendee from the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.cli_words import scan_message
from orga_app.core.verdict import Mode, Source, Verdict
from tests.helpers import EVENT_ID, Seeded, add_attendees, attendee_row, outbox_rows, seeded_store

SCANNED = (Source.CAMERA, Source.WEDGE, Source.KIOSK)
TYPED = (Source.MANUAL, Source.LIST)


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, n_attendees=3)
    try:
        yield seeded
    finally:
        seeded.store.close()


@pytest.mark.parametrize("source", SCANNED)
def test_a_scanned_bare_id_or_email_opens_nothing(door: Seeded, source: Source) -> None:
    row = door.rows[1]
    for raw in (str(row["id"]), row["email"]):
        result = door.service.scan(EVENT_ID, raw, Mode.CHECK_IN, source)
        assert result.verdict is Verdict.UNKNOWN, raw
        assert result.attendee is None
        assert "typed" in scan_message(result)
    assert outbox_rows(door.store) == []


@pytest.mark.parametrize("source", SCANNED)
def test_a_badge_vcard_is_not_a_ticket(door: Seeded, source: Source) -> None:
    attendee_id = door.rows[0]["id"]
    badge = f"BEGIN:VCARD\r\nX-SOCIALPROFILE;TYPE=EVENTYAY:{attendee_id}\r\nEND:VCARD"
    assert door.service.scan(EVENT_ID, badge, Mode.CHECK_IN, source).verdict is Verdict.UNKNOWN


@pytest.mark.parametrize("source", TYPED)
def test_typed_ids_and_emails_still_work(door: Seeded, source: Source) -> None:
    first, second = door.rows[0], door.rows[1]
    assert door.service.scan(EVENT_ID, str(first["id"]), Mode.CHECK_IN, source).verdict is (
        Verdict.CHECKED_IN
    )
    assert door.service.scan(EVENT_ID, second["email"], Mode.CHECK_IN, source).verdict is (
        Verdict.CHECKED_IN
    )


@pytest.mark.parametrize("source", SCANNED)
def test_printed_codes_and_order_codes_scan(door: Seeded, source: Source) -> None:
    first, second = door.rows[0], door.rows[1]
    assert door.service.scan(EVENT_ID, first["code"], Mode.CHECK_IN, source).verdict is (
        Verdict.CHECKED_IN
    )
    # the 2024 variant: the order's random identifier alone (this order has one attendee)
    order = second["order_identifier"]
    assert order is not None
    assert door.service.scan(EVENT_ID, order, Mode.CHECK_IN, source).verdict is Verdict.CHECKED_IN


def test_a_legacy_code_needs_the_right_order(door: Seeded) -> None:
    row = door.rows[2]
    forged = f"00000000-0000-4000-8000-000000000000/{row['id']}"
    assert door.service.scan(EVENT_ID, forged, Mode.CHECK_IN, Source.CAMERA).verdict is (
        Verdict.UNKNOWN
    )
    genuine = f"{row['order_identifier']}/{row['id']}"
    assert door.service.scan(EVENT_ID, genuine, Mode.CHECK_IN, Source.CAMERA).verdict is (
        Verdict.CHECKED_IN
    )


def test_an_imported_numeric_barcode_scans(door: Seeded) -> None:
    # A CSV list's EAN barcode is all digits: it matches as a printed code, not as an id.
    add_attendees(door.store, [attendee_row(900, "Ean", "Holder", code="4006381333931")])
    result = door.service.scan(EVENT_ID, "4006381333931", Mode.CHECK_IN, Source.WEDGE)
    assert result.verdict is Verdict.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == 900


def test_results_of_a_serverless_event_say_so(tmp_path: Path) -> None:
    local = seeded_store(tmp_path / "local", n_attendees=1, is_local=True)
    try:
        result = local.service.scan(EVENT_ID, local.rows[0]["code"], source=Source.CAMERA)
        assert result.verdict is Verdict.CHECKED_IN
        assert result.local and not result.pending
        assert result.as_json()["local"] is True
    finally:
        local.store.close()
