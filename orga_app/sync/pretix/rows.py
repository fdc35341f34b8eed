"""A pretix order position as the store's attendee row, seen from one check-in list.

pretix keeps an append-only log of check-ins per list; the store keeps one state per attendee.
So the row is made for the door's chosen list: inside when the last check-in on that list is an
entry, with that list's entry and exit times (oldest first, UTC). Every list's passages go to
store/list_state.py as well, so a door that switches lists needs no download.
"""

from __future__ import annotations

from orga_app.store import list_state
from orga_app.store.attendees import AttendeeRow
from orga_app.store.list_state import Passage
from orga_app.sync.pretix.records import Checkin, CheckinType, OrderStatus, Position

# The store's order states (core.verdict.order_refusal reads them).
ORDER_STATES = {
    OrderStatus.PAID: "paid",
    OrderStatus.PENDING: "pending",
    OrderStatus.CANCELED: "cancelled",
    OrderStatus.EXPIRED: "expired",
}


def order_state(code: str) -> str:
    """pretix's one-letter order status in the store's words ('' for one this app does not
    know, which the door treats as no status at all)."""
    try:
        return ORDER_STATES[OrderStatus(code)]
    except ValueError:
        return ""


def _device(checkin: Checkin) -> str:
    # Order downloads name a device by id only (eventyay-tickets not even that).
    return f"device {checkin.device_id}" if checkin.device_id is not None else "server"


def passage(checkin: Checkin) -> Passage:
    kind = list_state.EXIT if checkin.type is CheckinType.EXIT else list_state.ENTRY
    return Passage(kind, checkin.at, _device(checkin))


def passages(position: Position) -> list[tuple[int, Passage]]:
    """The position's entries and exits on every list (store/list_state.py)."""
    return [(c.list_id, passage(c)) for c in position.checkins if c.list_id is not None]


def attendee_row(position: Position, *, event_id: str, list_id: int) -> AttendeeRow:
    """The store's attendee columns for this position on this list."""
    state = list_state.door_state(passage(c) for c in position.checkins_on(list_id))
    return AttendeeRow(
        id=position.id,
        event_id=event_id,
        identifier=None,
        order_identifier=position.order_code,
        ticket_id=position.item_id,
        firstname=position.given_name,
        lastname=position.family_name,
        email=position.email,
        company=position.company,
        job_title="",
        is_checked_in=state["is_checked_in"],
        is_checked_out=state["is_checked_out"],
        checkin_times=state["checkin_times"],
        checkout_times=state["checkout_times"],
        device_name_checkin=state["device_name_checkin"],
        # A ticket cancelled on its own is gone; a cancelled order keeps its rows so that the
        # door can say the order was cancelled.
        deleted=position.canceled,
        code=position.secret,
        order_status=order_state(position.order_status),
        is_registered=False,
        register_times="",
        blocked=position.blocked,
        valid_from=position.valid_from.isoformat() if position.valid_from else None,
        valid_until=position.valid_until.isoformat() if position.valid_until else None,
        # The server's print log (any door's badge print, issue 12); the door's own badge_job
        # rows say what it printed itself.
        is_badge_printed=position.badge_printed_at is not None,
        badge_printed_at=position.badge_printed_at,
    )
