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
    """The kind of answer: it picks the door's colour, symbol, sound and headline. Why exactly
    is the result's Reason."""

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
    # A valid ticket that this door's check-in list or the server does not admit (a pretix-type
    # event: product, blocked, valid time, entry rules, questions, no list chosen, server error).
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


class OnlineState(StrEnum):
    """Whether a pretix-type door's verdicts come from the server now (core/online.py)."""

    ONLINE = "online"  # the server answers: its verdict is the door's
    OFFLINE = "offline"  # no answer in time lately: local verdicts for a while
    SIGN_IN_NEEDED = "sign_in_needed"  # the server refused this device's token (401/403)


class Reason(StrEnum):
    """Why a scan got its answer: one code per thing a door can tell. Core and the server
    backends say WHICH (backend-neutral; the pretix-type name is given where it differs); the UI
    (ui/verdict_words.py) and the command line (cli_words.py) say it in words. A new code needs
    words in both and a verdict in _VERDICTS (tests fail otherwise)."""

    CHECKED_IN = "checked_in"  # admitted now; the check-in is recorded (pretix: ok)
    CHECKED_OUT = "checked_out"  # left now; the check-out is recorded
    VALID = "valid"  # validate-only mode: a valid ticket; nothing was recorded
    ALREADY_CHECKED_IN = "already_checked_in"  # inside already (pretix: already_redeemed)
    NOT_CHECKED_IN = "not_checked_in"  # check-out mode: this person is not inside
    UNKNOWN_CODE = "unknown_code"  # no such ticket for this event (pretix: invalid)
    UNREADABLE = "unreadable"  # the scan is not a code at all (binary, empty, a badge vCard)
    TYPED_ONLY = "typed_only"  # an attendee number or e-mail scanned: valid only when typed
    OTHER_EVENT = "other_event"  # a ticket of another event; the attendee's event_id names it
    AMBIGUOUS = "ambiguous"  # the code matches several attendees (candidates lists them)
    TICKET_CANCELLED = "ticket_cancelled"  # this ticket was cancelled or removed (pretix: canceled)
    ORDER_PENDING = "order_pending"  # the order is not paid yet (pretix: unpaid)
    ORDER_CANCELLED = "order_cancelled"  # the whole order was cancelled (pretix: canceled)
    ORDER_EXPIRED = "order_expired"  # the order expired unpaid
    DELETED = "deleted"  # the order was deleted on the server
    REVOKED = "revoked"  # an old code of a re-issued ticket (pretix: revoked)
    BLOCKED = "blocked"  # the organizer blocked this ticket (pretix: blocked)
    PRODUCT = "product"  # this ticket type is not on the door's check-in list (pretix: product)
    RULES = "rules"  # the check-in list's entry rules refuse it now (pretix: rules)
    RULES_NEED_SERVER = "rules_need_server"  # offline: the list has rules only the server judges
    NO_CHECKIN_LIST = "no_checkin_list"  # the door has not chosen a check-in list yet
    INVALID_TIME = "invalid_time"  # the ticket is not valid at this time (pretix: invalid_time)
    INCOMPLETE = "incomplete"  # questions must be answered at the desk first (pretix)
    SERVER_ERROR = "server_error"  # the server failed while checking (pretix: error)
    LIST_GONE = "list_gone"  # the door's check-in list was deleted on the server

    @property
    def verdict(self) -> Verdict:
        return _VERDICTS[self]


_VERDICTS: dict[Reason, Verdict] = {
    Reason.CHECKED_IN: Verdict.CHECKED_IN,
    Reason.CHECKED_OUT: Verdict.CHECKED_OUT,
    Reason.VALID: Verdict.VALID,
    Reason.ALREADY_CHECKED_IN: Verdict.ALREADY_CHECKED_IN,
    Reason.NOT_CHECKED_IN: Verdict.NOT_CHECKED_IN,
    Reason.UNKNOWN_CODE: Verdict.UNKNOWN,
    Reason.UNREADABLE: Verdict.MALFORMED,
    Reason.TYPED_ONLY: Verdict.UNKNOWN,
    Reason.OTHER_EVENT: Verdict.OTHER_EVENT,
    Reason.AMBIGUOUS: Verdict.AMBIGUOUS,
    # Open Event's removed attendee: no longer a live ticket, so "unknown" with the reason.
    Reason.TICKET_CANCELLED: Verdict.UNKNOWN,
    Reason.ORDER_PENDING: Verdict.ORDER_NOT_VALID,
    Reason.ORDER_CANCELLED: Verdict.ORDER_NOT_VALID,
    Reason.ORDER_EXPIRED: Verdict.ORDER_NOT_VALID,
    Reason.DELETED: Verdict.ORDER_NOT_VALID,
    # pretix's revoked code no longer names a ticket: "unknown", with the reason
    Reason.REVOKED: Verdict.UNKNOWN,
    Reason.BLOCKED: Verdict.NOT_ALLOWED,
    Reason.PRODUCT: Verdict.NOT_ALLOWED,
    Reason.RULES: Verdict.NOT_ALLOWED,
    Reason.RULES_NEED_SERVER: Verdict.NOT_ALLOWED,
    Reason.NO_CHECKIN_LIST: Verdict.NOT_ALLOWED,
    Reason.INVALID_TIME: Verdict.NOT_ALLOWED,
    Reason.INCOMPLETE: Verdict.NOT_ALLOWED,
    Reason.SERVER_ERROR: Verdict.NOT_ALLOWED,
    Reason.LIST_GONE: Verdict.NOT_ALLOWED,
}


# Order statuses that must not open the door (Open Event's order statuses; see docs). Any
# other status, and none at all (a CSV list), admits: 'completed', and 'placed' (an older
# server's offline payment, which the door may collect).
_REFUSED_ORDERS = {
    "cancelled": Reason.ORDER_CANCELLED,
    "deleted": Reason.DELETED,
    "expired": Reason.ORDER_EXPIRED,
    "pending": Reason.ORDER_PENDING,
    "initializing": Reason.ORDER_PENDING,
}


def order_refusal(order_status: str) -> Reason | None:
    """Why an order's status turns its attendee away, or None when it admits them."""
    return _REFUSED_ORDERS.get(order_status.strip().lower())


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
    """The answer to one scan. `pending` is True while the change is not yet on the server.
    The reason decides the verdict; words for both live in the UI and the command line."""

    reason: Reason
    scanned_at: datetime
    attendee: AttendeeSummary | None = None
    pending: bool = False
    previous_checkin_at: str | None = None
    previous_device: str | None = None
    candidates: tuple[AttendeeSummary, ...] = field(default_factory=tuple)
    code: str = ""
    # The event lives on this computer only (a CSV list): nothing is ever uploaded for it.
    local: bool = False
    # Data for the words (never words themselves): an admission of an unpaid order that the
    # door's check-in list lets in, and the name of that list (pretix-type events).
    order_unpaid: bool = False
    checkin_list: str = ""
    # A pending order on a list that admits those: a person at the door may admit it anyway
    # (the scan is repeated with `admit_unpaid`); the kiosk never offers it.
    may_admit_unpaid: bool = False
    # The server judged this scan (pretix-type door, online); its own words for a refusal.
    by_server: bool = False
    server_words: str = ""
    # The door's online check after this scan (None: none applies, e.g. Open Event).
    online: OnlineState | None = None

    @property
    def verdict(self) -> Verdict:
        return self.reason.verdict

    def as_json(self) -> dict[str, object]:
        return {
            "verdict": self.verdict.value,
            "pending": self.pending,
            "local": self.local,
            "attendee": self.attendee.as_json() if self.attendee else None,
            "reason": self.reason.value,
            "scanned_at": self.scanned_at.isoformat(),
            "previous_checkin_at": self.previous_checkin_at,
            "previous_device": self.previous_device,
            "candidates": [c.as_json() for c in self.candidates],
            "by_server": self.by_server,
            "online": self.online.value if self.online else None,
            "may_admit_unpaid": self.may_admit_unpaid,
        }
