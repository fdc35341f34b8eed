"""Every pretix / eventyay-tickets redeem answer maps to a door reason; only "ok" admits."""

from __future__ import annotations

import pytest

from orga_app.core.verdict import Reason
from orga_app.sync.pretix.reasons import door_reason
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
        ("already_redeemed", "p", Reason.ALREADY_CHECKED_IN),
        ("invalid", "p", Reason.UNKNOWN_CODE),
        ("unpaid", "n", Reason.ORDER_PENDING),
        # eventyay-tickets (pretix 3.x) calls a cancelled order "unpaid"
        ("unpaid", "c", Reason.ORDER_CANCELLED),
        ("unpaid", "e", Reason.ORDER_EXPIRED),
        ("canceled", "c", Reason.ORDER_CANCELLED),
        ("canceled", "p", Reason.TICKET_CANCELLED),
        ("product", "p", Reason.PRODUCT),
        ("rules", "p", Reason.RULES),
        ("revoked", "p", Reason.REVOKED),
        ("blocked", "p", Reason.BLOCKED),
        ("invalid_time", "p", Reason.INVALID_TIME),
        ("ambiguous", "p", Reason.AMBIGUOUS),
        ("error", "p", Reason.SERVER_ERROR),
        ("unapproved", "n", Reason.ORDER_PENDING),
        # a reason this app does not know is still a refusal
        ("teleported", "p", Reason.SERVER_ERROR),
        (None, "p", Reason.SERVER_ERROR),
    ],
)
def test_each_server_reason_has_a_door_reason(
    reason: str | None, order_status: str, expected: Reason
) -> None:
    assert door_reason(answer(reason, order_status=order_status)) is expected


def test_only_ok_admits_and_exit_is_a_check_out() -> None:
    ok = answer(None, status="ok", http=201)
    assert door_reason(ok) is Reason.CHECKED_IN
    assert door_reason(ok, CheckinType.EXIT) is Reason.CHECKED_OUT
    assert door_reason(answer(None, status="incomplete")) is Reason.INCOMPLETE
    # "ok" in a refused HTTP answer, or eventyay's generic "redeemed", admits nobody
    assert door_reason(answer(None, status="ok", http=400)) is Reason.SERVER_ERROR
    assert door_reason(answer("Already checked in", status="redeemed", http=201)) not in (
        Reason.CHECKED_IN,
        Reason.CHECKED_OUT,
    )
