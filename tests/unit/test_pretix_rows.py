"""A pretix position becomes the store's attendee row for the door's check-in list."""

from __future__ import annotations

from orga_app.sync.pretix.records import position_from_json
from orga_app.sync.pretix.rows import attendee_row, order_state

POSITION = {
    "id": 41,
    "secret": "pjn8n4p2txc2mcuukkre7xzzvka6znnr",
    "item": 2,
    "attendee_name": "François Ó Briain",
    "attendee_name_parts": {"given_name": "François", "family_name": "Ó Briain"},
    "attendee_email": "",
    "checkins": [
        # out of order, two lists, an exit after the entries on list 1
        {"list": 1, "type": "exit", "datetime": "2026-12-01T10:30:00+01:00", "device_id": 3},
        {"list": 2, "type": "entry", "datetime": "2026-12-01T09:10:00+01:00"},
        {"list": 1, "type": "entry", "datetime": "2026-12-01T09:00:00+01:00", "device_id": 3},
    ],
}


def test_the_row_holds_the_door_lists_state_only() -> None:
    position = position_from_json(
        POSITION, order_code="LSSW9", order_status="p", order_email="buyer@example.org"
    )
    main = attendee_row(position, event_id="demo/door2026", list_id=1)
    assert main["id"] == 41 and main["event_id"] == "demo/door2026"
    assert (main["firstname"], main["lastname"]) == ("François", "Ó Briain")
    assert main["email"] == "buyer@example.org"
    assert main["code"] == POSITION["secret"] and main["order_identifier"] == "LSSW9"
    assert main["order_status"] == "paid" and main["ticket_id"] == 2
    assert not main["is_checked_in"] and main["is_checked_out"]
    assert main["checkin_times"] == "2026-12-01T08:00:00+00:00"
    assert main["checkout_times"] == "2026-12-01T09:30:00+00:00"
    assert main["device_name_checkin"] == "device 3"
    vip = attendee_row(position, event_id="demo/door2026", list_id=2)
    assert vip["is_checked_in"] and not vip["is_checked_out"]
    assert vip["device_name_checkin"] == "server"
    untouched = attendee_row(position, event_id="demo/door2026", list_id=9)
    assert not untouched["is_checked_in"] and untouched["checkin_times"] == ""


def test_cancelled_tickets_and_order_states() -> None:
    cancelled = position_from_json(POSITION | {"canceled": True}, order_status="p")
    assert attendee_row(cancelled, event_id="e", list_id=1)["deleted"]
    assert [order_state(c) for c in "pnce"] == ["paid", "pending", "cancelled", "expired"]
    assert order_state("zz") == ""
