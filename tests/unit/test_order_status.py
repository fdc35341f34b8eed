"""Attendees of cancelled and unpaid orders are turned away at the door, with the reason
(issue 8 case 6: the server's attendee list is not filtered by order status)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.cli_words import scan_message
from orga_app.core.verdict import Mode, Reason, Source, Verdict
from orga_app.store.db import SCHEMA_VERSION
from orga_app.sync.openevent.download import attendee_row as row_from_server
from orga_app.sync.openevent.records import AttendeeRecord
from tests.helpers import (
    EVENT_ID,
    Seeded,
    add_attendees,
    attendee_row,
    outbox_rows,
    raw_query,
    scan_log_rows,
    seeded_store,
)


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 0)
    add_attendees(
        seeded.store,
        [
            attendee_row(1, "Paid", "Person", order_status="completed"),
            attendee_row(2, "Cancelled", "Person", order_status="cancelled"),
            attendee_row(3, "Unpaid", "Person", order_status="pending"),
            attendee_row(4, "Expired", "Person", order_status="expired"),
            attendee_row(5, "Listed", "Person"),  # a CSV list: no order status at all
        ],
    )
    yield seeded
    seeded.store.close()


def code(seeded: Seeded, attendee_id: int) -> str:
    rows = raw_query(seeded.store.path, "SELECT code FROM attendee WHERE id = ?", (attendee_id,))
    return str(rows[0][0])


@pytest.mark.parametrize(
    ("attendee_id", "reason", "reason_code"),
    [
        (2, "Order cancelled", Reason.ORDER_CANCELLED),
        (3, "Order not paid", Reason.ORDER_PENDING),
        (4, "Order expired", Reason.ORDER_EXPIRED),
    ],
)
def test_a_bad_order_is_red_with_its_reason_and_nothing_is_queued(
    door: Seeded, attendee_id: int, reason: str, reason_code: Reason
) -> None:
    result = door.service.scan(EVENT_ID, code(door, attendee_id), Mode.CHECK_IN, Source.CAMERA)

    assert result.verdict is Verdict.ORDER_NOT_VALID
    assert result.verdict.family == "error"
    assert result.reason is reason_code
    assert scan_message(result).startswith(reason)
    assert result.attendee is not None and result.attendee.id == attendee_id
    assert not result.pending
    assert outbox_rows(door.store) == []
    assert [r["verdict"] for r in scan_log_rows(door.store)] == ["order_not_valid"]


def test_validate_mode_says_the_same(door: Seeded) -> None:
    result = door.service.scan(EVENT_ID, code(door, 2), Mode.VALIDATE, Source.CAMERA)
    assert result.verdict is Verdict.ORDER_NOT_VALID


@pytest.mark.parametrize("attendee_id", [1, 5])
def test_a_paid_order_and_a_list_without_orders_still_admit(door: Seeded, attendee_id: int) -> None:
    result = door.service.scan(EVENT_ID, code(door, attendee_id), Mode.CHECK_IN, Source.CAMERA)
    assert result.verdict is Verdict.CHECKED_IN


def test_the_download_stores_the_order_status(tmp_path: Path) -> None:
    record = AttendeeRecord(
        id=9, event_id=EVENT_ID, identifier="abc123", order_identifier="ord-9",
        order_status="cancelled", ticket_id=None, ticket_name=None, firstname="A", lastname="B",
        email="a@example.org", company=None, job_title=None, is_checked_in=False,
        is_checked_out=False, checkin_times="", checkout_times="", device_name_checkin="",
        deleted=False,
    )  # fmt: skip
    seeded = seeded_store(tmp_path, 0)
    try:
        add_attendees(seeded.store, [row_from_server(record, EVENT_ID, "2026-11-26T09:00:00")])
        result = seeded.service.scan(EVENT_ID, "ord-9-abc123", Mode.CHECK_IN, Source.CAMERA)
        assert result.verdict is Verdict.ORDER_NOT_VALID
        assert SCHEMA_VERSION >= 7
    finally:
        seeded.store.close()
