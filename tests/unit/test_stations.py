"""The station path's rules: which role uploads how, when a registration counts as checked in,
and when an earlier attempt of a check-in already reached the server (issue 8 case 1)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from orga_app.store.models import OutboxAction, OutboxState
from orga_app.store.outbox import OutboxRow
from orga_app.sync.errors import ClientDataError, NotFoundError
from orga_app.sync.openevent import access
from orga_app.sync.openevent.access import Role, UploadPath
from orga_app.sync.openevent.records import AttendeeRecord
from orga_app.sync.openevent.stations import (
    counts_as_checked_in,
    is_already_registered,
    registered_since,
)

SERVER = AttendeeRecord(
    id=3, event_id="1", identifier="x", order_identifier="o", order_status="completed",
    ticket_id=1, ticket_name="VIP", firstname="A", lastname="B", email="a@example.org",
    company=None, job_title=None, is_checked_in=False, is_checked_out=False, checkin_times="",
    checkout_times="", device_name_checkin="", deleted=False,
)  # fmt: skip


def row(scanned_at: str, action: OutboxAction = OutboxAction.CHECK_IN) -> OutboxRow:
    return OutboxRow(
        id=1, nonce="n", event_id="1", attendee_id=3, action=action, scanned_at=scanned_at,
        device_name="door-1", state=OutboxState.SENDING, attempts=1, next_attempt_at=None,
        last_error=None, created_at=scanned_at, done_at=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("role", "path"),
    [
        (Role.ADMIN, UploadPath.PATCH),
        (Role.OWNER, UploadPath.STATION),
        (Role.ORGANIZER, UploadPath.STATION),
        (Role.COORGANIZER, UploadPath.STATION),
        (Role.REGISTRAR, UploadPath.NONE),
        (Role.NONE, UploadPath.NONE),
        (None, None),
    ],
)
def test_each_role_has_the_upload_path_the_server_allows(
    role: Role | None, path: UploadPath | None
) -> None:
    assert access.upload_path(role) is path


def test_the_registrar_message_names_the_role_it_needs() -> None:
    text = access.missing_role_message(Role.REGISTRAR, "Door Test Conf")
    assert "registrar" in text and "co-organizer" in text and "Door Test Conf" in text


def test_a_station_registration_counts_as_checked_in_until_a_later_check_out() -> None:
    registered = replace(SERVER, is_registered=True, register_times="2026-12-01 08:14:36.025644")
    assert counts_as_checked_in(registered)
    out_later = replace(
        registered, is_checked_out=True, checkout_times="2026-12-01 09:00:00.000000"
    )
    assert not counts_as_checked_in(out_later)
    out_earlier = replace(
        registered, is_checked_out=True, checkout_times="2026-12-01 07:00:00.000000"
    )
    assert counts_as_checked_in(out_earlier)
    assert not counts_as_checked_in(SERVER)


def test_a_registration_after_the_scan_means_an_earlier_attempt_arrived() -> None:
    server = replace(SERVER, is_registered=True, register_times="2026-12-01 08:14:36.025644")
    # server time (UTC, no offset) after the scan: this row's attempt arrived
    assert registered_since(row("2026-12-01T08:14:30.000000+00:00"), server)
    # a registration from an earlier entry: this check-in has not arrived
    assert not registered_since(row("2026-12-01T11:00:00.000000+00:00"), server)
    assert not registered_since(row("2026-12-01T08:14:30.000000+00:00"), SERVER)


def test_only_the_servers_already_registered_answer_counts_as_done() -> None:
    assert is_already_registered(ClientDataError(status=422, detail="Attendee already registered."))
    assert not is_already_registered(
        ClientDataError(status=422, detail="Attendee not belong to this event")
    )
    assert not is_already_registered(NotFoundError(status=404, detail="Attendee: not found"))
