"""What a scan means: the verdict, the mode it was made in, and the result a UI renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Mode(StrEnum):
    """What the door is doing with each scan."""

    CHECK_IN = "in"
    CHECK_OUT = "out"
    VALIDATE = "validate"


class Source(StrEnum):
    """Where a scan came from; kept in the scan log for statistics."""

    CAMERA = "camera"
    WEDGE = "wedge"
    MANUAL = "manual"
    KIOSK = "kiosk"
    LIST = "list"


class Verdict(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    CHECKED_OUT = "checked_out"
    NOT_CHECKED_IN = "not_checked_in"
    VALID = "valid"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    # The attendee's order was cancelled, has expired or is not paid: red, with the reason.
    ORDER_NOT_VALID = "order_not_valid"
    # An order-only code whose order holds several attendees: the result lists them.
    AMBIGUOUS = "ambiguous"
    # A valid ticket that this door's check-in list does not admit (a pretix-type event: the
    # product is not on the list, the ticket is blocked or outside its valid time, entry rules).
    NOT_ALLOWED = "not_allowed"
    MALFORMED = "malformed"

    @property
    def family(self) -> str:
        """The colour family a door shows: success (green), warning (amber), error (red)."""
        if self in (Verdict.CHECKED_IN, Verdict.CHECKED_OUT, Verdict.VALID):
            return "success"
        if self in (Verdict.ALREADY_CHECKED_IN, Verdict.NOT_CHECKED_IN, Verdict.AMBIGUOUS):
            return "warning"
        return "error"

    @property
    def accepted(self) -> bool:
        return self.family == "success"


# Order statuses that must not open the door, and what the door says (Open Event's order
# statuses; see docs). Any other status, and none at all (a CSV list), admits: 'completed',
# and 'placed' (an older server's offline payment, which the door may collect).
_REFUSED_ORDERS = {
    "cancelled": "Order cancelled",
    "deleted": "Order cancelled",
    "expired": "Order expired (never paid)",
    "pending": "Order not paid",
    "initializing": "Order not paid",
}


def order_refusal(order_status: str) -> str | None:
    """Why an order's status turns its attendee away, or None when it admits them."""
    return _REFUSED_ORDERS.get(order_status.strip().lower())


class Reason(StrEnum):
    """Why an UNKNOWN verdict, where core knows more than "no such ticket": the door shows it
    in its own words (core's message is the command line's)."""

    TICKET_CANCELLED = "ticket_cancelled"  # the code was an attendee the server removed
    TYPED_ONLY = "typed_only"  # an attendee number or e-mail scanned, not typed at the desk
    # pretix-type events (core/list_rules.py), named after the server's own reasons:
    REVOKED = "revoked"  # an old code of a re-issued ticket (UNKNOWN)
    PRODUCT = "product"  # the ticket's product is not on the door's check-in list
    BLOCKED = "blocked"  # the organizer blocked the ticket
    INVALID_TIME = "invalid_time"  # outside the ticket's valid-from/valid-until window
    RULES = "rules"  # the list has entry rules only the server can judge
    NO_CHECKIN_LIST = "no_checkin_list"  # the door has not chosen a check-in list yet


@dataclass(frozen=True, slots=True)
class AttendeeSummary:
    """What a door may show of an attendee."""

    id: int
    event_id: str
    firstname: str
    lastname: str
    email: str
    ticket: str
    checkin_times: tuple[str, ...] = ()
    checkin_devices: tuple[str, ...] = ()
    checkout_times: tuple[str, ...] = ()
    is_checked_in: bool = False
    order_identifier: str = ""
    code: str = ""
    # The order's status on the server ('' when unknown, e.g. a CSV list).
    order_status: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.firstname} {self.lastname}".strip()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "firstname": self.firstname,
            "lastname": self.lastname,
            "email": self.email,
            "ticket": self.ticket,
            "checkin_times": list(self.checkin_times),
            "checkin_devices": list(self.checkin_devices),
            "checkout_times": list(self.checkout_times),
            "is_checked_in": self.is_checked_in,
            "code": self.code,
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The answer to one scan. `pending` is True while the change is not yet on the server."""

    verdict: Verdict
    message: str
    scanned_at: datetime
    attendee: AttendeeSummary | None = None
    pending: bool = False
    previous_checkin_at: str | None = None
    previous_device: str | None = None
    candidates: tuple[AttendeeSummary, ...] = field(default_factory=tuple)
    code: str = ""
    # The event lives on this computer only (a CSV list): nothing is ever uploaded for it.
    local: bool = False
    reason: Reason | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "verdict": self.verdict.value,
            "pending": self.pending,
            "local": self.local,
            "attendee": self.attendee.as_json() if self.attendee else None,
            "message": self.message,
            "reason": self.reason.value if self.reason else None,
            "scanned_at": self.scanned_at.isoformat(),
            "previous_checkin_at": self.previous_checkin_at,
            "previous_device": self.previous_device,
            "candidates": [c.as_json() for c in self.candidates],
        }
