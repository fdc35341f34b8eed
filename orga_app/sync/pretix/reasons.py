"""A pretix or eventyay-tickets redeem answer as the door's reason code (core.verdict.Reason).

pretix names its refusals (``already_redeemed``, ``unpaid``, ``canceled``, ``product``, ...); the
door speaks backend-neutral codes. Two servers' habits are folded in here:
- eventyay-tickets (pretix 3.x semantics) may report a cancelled order as ``unpaid``: the
  position's order status ``c`` says what it really is;
- a refusal whose reason this app does not know is still a refusal (never an admission): the
  door says the server refused and shows the server's own explanation.
"""

from __future__ import annotations

from orga_app.core.verdict import Reason
from orga_app.sync.pretix.records import CheckinType, OrderStatus, RedeemAnswer, RedeemStatus

# pretix's reason codes (pretix/base/services/checkin.py, CheckInError codes) that need no
# look at the order.
_PLAIN = {
    "already_redeemed": Reason.ALREADY_CHECKED_IN,
    "invalid": Reason.UNKNOWN_CODE,
    "product": Reason.PRODUCT,
    "rules": Reason.RULES,
    "revoked": Reason.REVOKED,
    "blocked": Reason.BLOCKED,
    "invalid_time": Reason.INVALID_TIME,
    "incomplete": Reason.INCOMPLETE,
    "ambiguous": Reason.AMBIGUOUS,
    "error": Reason.SERVER_ERROR,
    # an order that waits for the organizer's approval is not a valid ticket yet
    "unapproved": Reason.ORDER_PENDING,
}


def _order_reason(order_status: str) -> Reason | None:
    if order_status == OrderStatus.CANCELED:
        return Reason.ORDER_CANCELLED
    if order_status == OrderStatus.EXPIRED:
        return Reason.ORDER_EXPIRED
    if order_status == OrderStatus.PENDING:
        return Reason.ORDER_PENDING
    return None


def door_reason(answer: RedeemAnswer, kind: CheckinType = CheckinType.ENTRY) -> Reason:
    """The door's reason for a redeem answer (an admission only for status ``ok``)."""
    if answer.ok:
        return Reason.CHECKED_OUT if kind is CheckinType.EXIT else Reason.CHECKED_IN
    if answer.status is RedeemStatus.INCOMPLETE:
        return Reason.INCOMPLETE
    reason = answer.reason or ""
    order_status = answer.position.order_status if answer.position else ""
    if reason in ("unpaid", "canceled"):
        by_order = _order_reason(order_status)
        if by_order is not None:
            return by_order
        # the order is fine, so the ticket itself was cancelled, or the server said no more
        if reason == "canceled":
            return Reason.TICKET_CANCELLED
        return Reason.ORDER_PENDING
    return _PLAIN.get(reason, Reason.SERVER_ERROR)
