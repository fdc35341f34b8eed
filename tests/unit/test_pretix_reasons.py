"""Every pretix / eventyay-tickets redeem answer maps to a door reason; only "ok" admits."""

from __future__ import annotations

import pytest

from orga_app.sync.pretix.reasons import DoorReason, door_reason
from orga_app.sync.pretix.records import CheckinType, RedeemAnswer, redeem_from_json


def answer(
    reason: str | None, *, status: str = "error", order_status: str = "p", http: int = 400
) -> RedeemAnswer:
    body: dict[str, object] = {"status": status, "reason": reason}
    body["position"] = {"id": 1, "secret": "s", "order__status": order_status}
    return redeem_from_json(body, http)


@pytest.mark.parametrize(
    ("reason", "order_status", "expected"),
    [
        ("already_redeemed", "p", DoorReason.ALREADY_CHECKED_IN),
        ("invalid", "p", DoorReason.UNKNOWN_CODE),
        ("unpaid", "n", DoorReason.ORDER_PENDING),
        # eventyay-tickets (pretix 3.x) calls a cancelled order "unpaid"
        ("unpaid", "c", DoorReason.ORDER_CANCELLED),
        ("unpaid", "e", DoorReason.ORDER_EXPIRED),
        ("canceled", "c", DoorReason.ORDER_CANCELLED),
        ("canceled", "p", DoorReason.TICKET_CANCELLED),
        ("product", "p", DoorReason.PRODUCT),
        ("rules", "p", DoorReason.RULES),
        ("revoked", "p", DoorReason.REVOKED),
        ("blocked", "p", DoorReason.BLOCKED),
        ("invalid_time", "p", DoorReason.INVALID_TIME),
        ("ambiguous", "p", DoorReason.AMBIGUOUS),
        ("error", "p", DoorReason.SERVER_ERROR),
        ("unapproved", "n", DoorReason.ORDER_PENDING),
        # a reason this app does not know is still a refusal
        ("teleported", "p", DoorReason.SERVER_ERROR),
        (None, "p", DoorReason.SERVER_ERROR),
    ],
)
def test_each_server_reason_has_a_door_reason(
    reason: str | None, order_status: str, expected: DoorReason
) -> None:
    assert door_reason(answer(reason, order_status=order_status)) is expected


def test_only_ok_admits_and_exit_is_a_check_out() -> None:
    ok = answer(None, status="ok", http=201)
    assert door_reason(ok) is DoorReason.CHECKED_IN
    assert door_reason(ok, CheckinType.EXIT) is DoorReason.CHECKED_OUT
    assert door_reason(answer(None, status="incomplete")) is DoorReason.INCOMPLETE
    # "ok" in a refused HTTP answer, or eventyay's generic "redeemed", admits nobody
    assert door_reason(answer(None, status="ok", http=400)) is DoorReason.SERVER_ERROR
    assert door_reason(answer("Already checked in", status="redeemed", http=201)) not in (
        DoorReason.CHECKED_IN,
        DoorReason.CHECKED_OUT,
    )
