"""The check-in service on a pretix-type event, on a real SQLite store: the door's check-in list
judges each scan (core/list_rules.py), accepted scans are queued in the same outbox as Open
Event check-ins, and an Open Event event in the same store keeps its own rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from orga_app.cli_words import scan_message
from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import CheckinListRules, Direction, ServerKind
from orga_app.core.verdict import Mode, Reason, ScanResult, Source, Verdict
from orga_app.store import door_lists, events
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.door_lists import CheckinListRow, pretix_event_id
from orga_app.store.repository import StoreCheckInRepository
from tests.helpers import (
    EVENT_ID,
    FIXED_NOW,
    FixedClock,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
    outbox_rows,
    raw_query,
    scan_log_rows,
)

PRETIX_EVENT = pretix_event_id("demo", "door2026")
STANDARD, VIP = 1, 2
MAIN, LOUNGE = 1, 2
# Position ids and secrets shaped like the real fixture's (32 lower-case letters and digits).
PAID_STANDARD = (11, "pjn8n4p2txc2mcuukkre7xzzvka6znnr")
PAID_VIP = (12, "mk7ad7c3myerxqdxd55g64u6smwfdcnh")
PENDING = (13, "az6wnf96fn3nnw9jegwpqfdrgywwkm9m")
CANCELLED = (14, "xaez2dz7csvuq8cj3emp9dxzhn3gj2yb")
BLOCKED = (15, "b10ckedb10ckedb10ckedb10ckedb10c")
NOT_YET = (16, "n0tyetn0tyetn0tyetn0tyetn0tyetn0")
REVOKED_SECRET = "zj2374as49krsypvvm973wcum75q27ye"


@dataclass
class Door:
    store: Store
    service: CheckInService
    clock: FixedClock

    def scan(
        self, code: str, mode: Mode = Mode.CHECK_IN, event_id: str = PRETIX_EVENT
    ) -> ScanResult:
        return self.service.scan(event_id, code, mode, Source.CAMERA)

    def choose(self, list_id: int, direction: Direction = Direction.ENTRY) -> None:
        with self.store.write() as conn:
            door_lists.choose_door_list(conn, PRETIX_EVENT, list_id, direction)


def position(
    pid_secret: tuple[int, str], first: str, item: int, status: str, **extra: Any
) -> AttendeeRow:
    pid, secret = pid_secret
    return attendee_row(
        pid,
        first,
        "Ödegaard",
        event_id=PRETIX_EVENT,
        order=f"ORD{pid}",
        identifier="",
        code=secret,
        ticket_id=item,
        order_status=status,
        **extra,
    )


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Door]:
    found = make_door(tmp_path)
    yield found
    found.store.close()


def make_door(tmp_path: Path) -> Door:
    """A store with a pretix event (Main entrance admits pending orders; the VIP lounge only
    VIP tickets), its tickets, no list chosen yet; the service with a fixed clock."""
    store = open_store(tmp_path)
    add_event(store)  # an Open Event event beside it, with its own attendee
    add_attendees(store, [attendee_row(1, "Open", "Event", order_status="pending")])
    with store.write() as conn:
        events.upsert_events(
            conn, [{"id": PRETIX_EVENT, "identifier": "door2026", "name": "Door Test 2026"}]
        )
        events.upsert_tickets(
            conn,
            [
                {"id": STANDARD, "event_id": PRETIX_EVENT, "name": "Standard"},
                {"id": VIP, "event_id": PRETIX_EVENT, "name": "VIP"},
            ],
        )
        door_lists.set_server_kind(conn, PRETIX_EVENT, ServerKind.PRETIX)
        door_lists.replace_checkin_lists(
            conn,
            PRETIX_EVENT,
            [
                CheckinListRow(CheckinListRules(MAIN, "Main entrance", include_pending=True)),
                CheckinListRow(
                    CheckinListRules(
                        LOUNGE, "VIP lounge", all_products=False, products=frozenset({VIP})
                    )
                ),
            ],
        )
        door_lists.replace_revoked_secrets(conn, PRETIX_EVENT, [REVOKED_SECRET])
    later = (FIXED_NOW + timedelta(days=1)).isoformat()
    add_attendees(
        store,
        [
            position(PAID_STANDARD, "François", STANDARD, "paid"),
            position(PAID_VIP, "Anaïs", VIP, "paid"),
            position(PENDING, "Søren", STANDARD, "pending"),
            position(CANCELLED, "Zoë", STANDARD, "cancelled"),
            position(BLOCKED, "Blocked", STANDARD, "paid", blocked=True),
            position(NOT_YET, "Early", STANDARD, "paid", valid_from=later),
        ],
    )
    clock = FixedClock()
    service = CheckInService(StoreCheckInRepository(store), lambda: "door-1", clock=clock)
    return Door(store, service, clock)


def test_without_a_chosen_list_nobody_is_admitted(door: Door) -> None:
    result = door.scan(PAID_STANDARD[1])
    assert result.verdict is Verdict.NOT_ALLOWED
    assert result.reason is Reason.NO_CHECKIN_LIST
    assert outbox_rows(door.store) == []


def test_a_valid_ticket_is_checked_in_and_queued_with_its_position_id(door: Door) -> None:
    door.choose(MAIN)
    result = door.scan(PAID_STANDARD[1])
    assert result.verdict is Verdict.CHECKED_IN
    assert result.pending
    (row,) = outbox_rows(door.store)
    assert row["attendee_id"] == PAID_STANDARD[0]
    assert row["event_id"] == PRETIX_EVENT
    assert row["action"] == "check_in"
    assert row["nonce"]  # the nonce the upload sends to the server (idempotent redeem)
    assert scan_log_rows(door.store)[-1]["verdict"] == "checked_in"


def test_a_second_entry_is_already_checked_in_and_queues_nothing(door: Door) -> None:
    door.choose(MAIN)
    door.scan(PAID_STANDARD[1])
    again = door.scan(PAID_STANDARD[1])
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
    assert again.previous_device == "door-1"
    assert len(outbox_rows(door.store)) == 1


def test_entry_after_exit_is_allowed_on_the_main_list(door: Door) -> None:
    door.choose(MAIN)
    door.scan(PAID_STANDARD[1])
    out = door.scan(PAID_STANDARD[1], Mode.CHECK_OUT)
    back = door.scan(PAID_STANDARD[1])
    assert (out.verdict, back.verdict) == (Verdict.CHECKED_OUT, Verdict.CHECKED_IN)
    assert [r["action"] for r in outbox_rows(door.store)] == ["check_in", "check_out", "check_in"]


def test_an_exit_of_a_ticket_not_inside_is_recorded_as_pretix_does(door: Door) -> None:
    door.choose(MAIN, Direction.EXIT)
    result = door.scan(PAID_STANDARD[1], Mode.CHECK_OUT)
    assert result.verdict is Verdict.CHECKED_OUT
    assert [r["action"] for r in outbox_rows(door.store)] == ["check_out"]


def test_the_vip_lounge_refuses_a_standard_ticket_and_admits_a_vip(door: Door) -> None:
    door.choose(LOUNGE)
    refused = door.scan(PAID_STANDARD[1])
    assert refused.verdict is Verdict.NOT_ALLOWED
    assert refused.reason is Reason.PRODUCT
    assert refused.attendee is not None and refused.attendee.firstname == "François"
    assert door.scan(PAID_VIP[1]).verdict is Verdict.CHECKED_IN
    assert [r["attendee_id"] for r in outbox_rows(door.store)] == [PAID_VIP[0]]


def test_a_pending_order_passes_main_once_a_person_confirms_and_never_the_lounge(
    door: Door,
) -> None:
    """As pretix does online: a list that admits pending orders lets one in only when the door
    person says so (they may collect the payment); the first scan asks, nothing is queued."""
    door.choose(LOUNGE)
    # (a Standard ticket would be refused for its product first: make it a VIP one)
    add_attendees(door.store, [position(PENDING, "Søren", VIP, "pending")])
    lounge = door.scan(PENDING[1])
    assert lounge.verdict is Verdict.ORDER_NOT_VALID and not lounge.may_admit_unpaid
    door.choose(MAIN)
    asked = door.scan(PENDING[1])
    assert asked.reason is Reason.ORDER_PENDING and asked.may_admit_unpaid
    assert outbox_rows(door.store) == []
    kiosk = door.service.scan(PRETIX_EVENT, PENDING[1], Mode.CHECK_IN, Source.KIOSK,
                              admit_unpaid=True)  # fmt: skip
    assert kiosk.reason is Reason.ORDER_PENDING and not kiosk.may_admit_unpaid
    # the attendee list has no "admit anyway?" step: it must not show the question
    listed = door.service.scan(PRETIX_EVENT, PENDING[1], Mode.CHECK_IN, Source.LIST)
    assert listed.reason is Reason.ORDER_PENDING and not listed.may_admit_unpaid
    assert outbox_rows(door.store) == []
    admitted = door.service.scan(
        PRETIX_EVENT, PENDING[1], Mode.CHECK_IN, Source.CAMERA, admit_unpaid=True
    )
    assert admitted.verdict is Verdict.CHECKED_IN and admitted.order_unpaid
    assert "not paid" in scan_message(admitted)
    assert [r["attendee_id"] for r in outbox_rows(door.store)] == [PENDING[0]]


@pytest.mark.parametrize(
    ("ticket", "verdict", "reason"),
    [
        (CANCELLED, Verdict.ORDER_NOT_VALID, Reason.ORDER_CANCELLED),
        (BLOCKED, Verdict.NOT_ALLOWED, Reason.BLOCKED),
        (NOT_YET, Verdict.NOT_ALLOWED, Reason.INVALID_TIME),
    ],
)
def test_refused_tickets_are_red_with_their_reason_and_queue_nothing(
    door: Door, ticket: tuple[int, str], verdict: Verdict, reason: Reason
) -> None:
    door.choose(MAIN)
    result = door.scan(ticket[1])
    assert result.verdict is verdict
    assert result.verdict.family == "error"
    assert result.reason is reason
    assert outbox_rows(door.store) == []
    assert scan_log_rows(door.store)[-1]["verdict"] == verdict.value


def test_a_revoked_secret_is_unknown_with_its_reason(door: Door) -> None:
    door.choose(MAIN)
    result = door.scan(REVOKED_SECRET)
    assert result.verdict is Verdict.UNKNOWN
    assert result.reason is Reason.REVOKED
    plain = door.scan("thisticketdoesnotexist0000000000")
    assert plain.verdict is Verdict.UNKNOWN
    assert plain.reason is Reason.UNKNOWN_CODE


def test_a_list_with_rules_refuses_entry_offline(door: Door) -> None:
    with door.store.write() as conn:
        door_lists.replace_checkin_lists(
            conn,
            PRETIX_EVENT,
            [CheckinListRow(CheckinListRules(MAIN, "Main entrance", has_rules=True))],
        )
        door_lists.choose_door_list(conn, PRETIX_EVENT, MAIN)
    result = door.scan(PAID_STANDARD[1])
    assert result.verdict is Verdict.NOT_ALLOWED
    assert result.reason is Reason.RULES_NEED_SERVER  # not the server's own "rules" refusal


def test_validate_mode_judges_but_writes_nothing(door: Door) -> None:
    door.choose(LOUNGE)
    assert door.scan(PAID_STANDARD[1], Mode.VALIDATE).verdict is Verdict.NOT_ALLOWED
    assert door.scan(PAID_VIP[1], Mode.VALIDATE).verdict is Verdict.VALID
    assert outbox_rows(door.store) == []


def test_a_list_gone_from_the_server_unsets_the_doors_choice(door: Door) -> None:
    door.choose(LOUNGE)
    with door.store.write() as conn:
        door_lists.replace_checkin_lists(
            conn, PRETIX_EVENT, [CheckinListRow(CheckinListRules(MAIN, "Main entrance"))]
        )
        assert door_lists.door_list(conn, PRETIX_EVENT) is None
        assert [r.id for r in door_lists.checkin_lists(conn, PRETIX_EVENT)] == [MAIN]
    assert door.scan(PAID_VIP[1]).reason is Reason.NO_CHECKIN_LIST


def test_choosing_a_list_the_event_does_not_have_fails(door: Door) -> None:
    with door.store.write() as conn, pytest.raises(LookupError):
        door_lists.choose_door_list(conn, PRETIX_EVENT, 99)


def test_the_open_event_event_keeps_its_own_rules(door: Door) -> None:
    door.choose(MAIN)  # a pending order passes MAIN on the pretix event...
    code = raw_query(door.store.path, "SELECT code FROM attendee WHERE id = 1")[0][0]
    result = door.scan(code, event_id=EVENT_ID)
    # ...but an Open Event pending order stays refused, as before.
    assert result.verdict is Verdict.ORDER_NOT_VALID
    assert scan_message(result).startswith("Order not paid")


def test_pretix_event_ids_split_back() -> None:
    assert door_lists.split_event_id(PRETIX_EVENT) == ("demo", "door2026")
    with pytest.raises(ValueError):
        door_lists.split_event_id("101")
