"""A pretix or eventyay-tickets redeem answer as the door's reason code.

pretix names its refusals (``already_redeemed``, ``unpaid``, ``canceled``, ``product``, ...); the
door speaks backend-neutral codes. Two servers' habits are folded in here:
- eventyay-tickets (pretix 3.x semantics) may report a cancelled order as ``unpaid``: the
  position's order status ``c`` says what it really is;
- a refusal whose reason this app does not know is still a refusal (never an admission): the
  door says the server refused and shows the server's own explanation.
"""

from __future__ import annotations

from enum import StrEnum

from orga_app.sync.pretix.records import CheckinType, OrderStatus, RedeemAnswer, RedeemStatus


class DoorReason(StrEnum):
    """The door's reason codes this backend can give. Same values as core's Reason (being
    added beside this); kept here until that lands, then replaced by it."""

    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    AMBIGUOUS = "ambiguous"
    TICKET_CANCELLED = "ticket_cancelled"
    ORDER_PENDING = "order_pending"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_EXPIRED = "order_expired"
    REVOKED = "revoked"
    BLOCKED = "blocked"
    PRODUCT = "product"
    RULES = "rules"
    INVALID_TIME = "invalid_time"
    INCOMPLETE = "incomplete"
    SERVER_ERROR = "server_error"


# pretix's reason codes (pretix/base/services/checkin.py, CheckInError codes) that need no
# look at the order.
_PLAIN = {
    "already_redeemed": DoorReason.ALREADY_CHECKED_IN,
    "invalid": DoorReason.UNKNOWN_CODE,
    "product": DoorReason.PRODUCT,
    "rules": DoorReason.RULES,
    "revoked": DoorReason.REVOKED,
    "blocked": DoorReason.BLOCKED,
    "invalid_time": DoorReason.INVALID_TIME,
    "incomplete": DoorReason.INCOMPLETE,
    "ambiguous": DoorReason.AMBIGUOUS,
    "error": DoorReason.SERVER_ERROR,
    # an order that waits for the organizer's approval is not a valid ticket yet
    "unapproved": DoorReason.ORDER_PENDING,
}


def _order_reason(order_status: str) -> DoorReason | None:
    if order_status == OrderStatus.CANCELED:
        return DoorReason.ORDER_CANCELLED
    if order_status == OrderStatus.EXPIRED:
        return DoorReason.ORDER_EXPIRED
    if order_status == OrderStatus.PENDING:
        return DoorReason.ORDER_PENDING
    return None


def door_reason(answer: RedeemAnswer, kind: CheckinType = CheckinType.ENTRY) -> DoorReason:
    """The door's reason for a redeem answer (an admission only for status ``ok``)."""
    if answer.ok:
        return DoorReason.CHECKED_OUT if kind is CheckinType.EXIT else DoorReason.CHECKED_IN
    if answer.status is RedeemStatus.INCOMPLETE:
        return DoorReason.INCOMPLETE
    reason = answer.reason or ""
    order_status = answer.position.order_status if answer.position else ""
    if reason in ("unpaid", "canceled"):
        by_order = _order_reason(order_status)
        if by_order is not None:
            return by_order
        # the order is fine, so the ticket itself was cancelled, or the server said no more
        if reason == "canceled":
            return DoorReason.TICKET_CANCELLED
        return DoorReason.ORDER_PENDING
    return _PLAIN.get(reason, DoorReason.SERVER_ERROR)
