"""The check-in list reasoning the Open Event outbox replay relies on (openevent.checkin_lists)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from orga_app.store.models import OutboxAction, OutboxState
from orga_app.store.outbox import OutboxRow
from orga_app.sync.openevent.checkin_lists import (
    already_applied,
    missing_devices,
    restored_lists,
    server_count,
)
from orga_app.sync.openevent.records import AttendeeRecord

T1 = "2026-12-01T09:00:00.000001+00:00"
T2 = "2026-12-01T09:10:00.000001+00:00"
T3 = "2026-12-01T09:20:00.000001+00:00"
BLANK = AttendeeRecord(
    id=7, event_id="1", identifier=None, order_identifier=None, order_status=None, ticket_id=None,
    ticket_name=None, firstname="", lastname="", email="", company=None, job_title=None,
    is_checked_in=False, is_checked_out=False, checkin_times="", checkout_times="",
    device_name_checkin="", deleted=False,
)  # fmt: skip


def attendee(times: str, devices: str, *, inside: bool = True, out: bool = False) -> AttendeeRecord:
    return replace(
        BLANK, checkin_times=times, device_name_checkin=devices, is_checked_in=inside,
        is_checked_out=out,
    )  # fmt: skip


def row(action: OutboxAction, at: str) -> OutboxRow:
    return OutboxRow(
        1, "n", "1", 7, action, at, "door", OutboxState.SENDING, 1, None, None, "", None
    )


@pytest.mark.parametrize(("value", "count"), [("", 0), ("a", 1), ("a,b", 2), ("-,", 2)])
def test_lists_count_as_the_server_counts(value: str, count: int) -> None:
    assert server_count(value) == count


def test_missing_devices_is_the_length_gap() -> None:
    assert missing_devices(attendee(f"{T1},{T2}", "")) == 2
    assert missing_devices(attendee(T1, "a,b")) == -1


def test_checkin_applied_compares_instants_not_text() -> None:
    same_moment = "2026-12-01T10:00:00.000001+01:00"  # T1 written with another offset
    assert already_applied(row(OutboxAction.CHECK_IN, T1), attendee(same_moment, "x"))
    assert not already_applied(row(OutboxAction.CHECK_IN, T2), attendee(T1, "x"))


def test_checkout_settled_when_out_or_superseded_by_a_later_checkin() -> None:
    out = row(OutboxAction.CHECK_OUT, T2)
    assert already_applied(out, attendee(T1, "a", inside=False, out=True))
    # Back in with a check-in scanned after this check-out: sending it now would be wrong.
    assert already_applied(out, attendee(f"{T1},{T3}", "a,b"))
    # Inside with only earlier check-ins: the check-out still has to go.
    assert not already_applied(out, attendee(T1, "a"))


def test_restored_lists_put_lost_times_back_in_order_with_their_devices() -> None:
    before = attendee(f"{T1},{T2}", "north,south")
    after = attendee(f"{T1},{T3}", "north,east")  # T2 dropped by a stale write, T3 added since
    restored = restored_lists(before, after)
    assert restored is not None
    assert restored.times == f"{T1},{T2},{T3}"
    assert restored.devices == "north,south,east"
    assert restored_lists(before, attendee(f"{T1},{T2},{T3}", "a,b,c")) is None


def test_restored_lists_of_misaligned_lists_use_a_dash_for_devices() -> None:
    restored = restored_lists(attendee(f"{T1},{T2}", "only-one"), attendee(T1, "north"))
    assert restored is not None
    assert (restored.times, restored.devices) == (f"{T1},{T2}", "north,-")
