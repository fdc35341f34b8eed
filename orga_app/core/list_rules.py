"""A pretix check-in list's rules, judged offline from the downloaded data (issue 11).

A pretix-type server (pretix, eventyay-tickets) checks a scan against a check-in list: which
products the list admits, whether a pending (unpaid) order may pass, whether a ticket may enter
twice or again after leaving. When the door answers from its own store it applies the same
rules, in pretix's order, so that the upload later (sent with `force`) records what the door
really did. Only what pretix documents for offline use is judged here; custom entry rules (JSON
logic) are not evaluated: a list that has them refuses offline and says why, since guessing
would let in someone the server would turn away.

Pure: no SQL, no HTTP, no Qt. The store builds `CheckinListRules` and `TicketFacts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ServerKind(StrEnum):
    """What kind of server an event lives on; it picks the verdict rules and the upload path."""

    OPEN_EVENT = "openevent"
    PRETIX = "pretix"
    # FOSSASIA's pretix fork: the same check-in lists, a different redeem path (sync/pretix).
    EVENTYAY_TICKETS = "eventyay-tickets"

    @property
    def uses_checkin_lists(self) -> bool:
        return self is not ServerKind.OPEN_EVENT

    @classmethod
    def parse(cls, value: str | None) -> ServerKind:
        """The kind a stored value names; anything unknown is Open Event (the old default)."""
        try:
            return cls((value or "").strip().lower())
        except ValueError:
            return cls.OPEN_EVENT


class Direction(StrEnum):
    """Which way a door of a check-in list counts people (pretix's check-in `type`)."""

    ENTRY = "entry"
    EXIT = "exit"


class ListRefusal(StrEnum):
    """Why the list turns a known ticket away; the values are pretix's own reason names."""

    CANCELED = "canceled"  # the order was cancelled or has expired
    UNPAID = "unpaid"  # the order is pending and the list admits only paid orders
    BLOCKED = "blocked"  # the organizer blocked this ticket
    INVALID_TIME = "invalid_time"  # outside the ticket's own valid-from/valid-until window
    PRODUCT = "product"  # the ticket's product is not on this list
    RULES = "rules"  # the list has custom entry rules, which only the server can judge
    ALREADY_REDEEMED = "already_redeemed"  # inside already, and the list admits a ticket once


# Order statuses as the store keeps them for pretix positions (sync/pretix maps pretix's
# one-letter codes onto these words, the same words Open Event orders use).
PAID = "paid"
PENDING = "pending"
_CANCELED_STATUSES = frozenset({"cancelled", "canceled", "expired", "deleted"})


@dataclass(frozen=True, slots=True)
class CheckinListRules:
    """One check-in list's settings as pretix documents them for offline checks."""

    id: int
    name: str
    all_products: bool = True
    products: frozenset[int] = frozenset()
    include_pending: bool = False
    allow_multiple_entries: bool = False
    allow_entry_after_exit: bool = True
    has_rules: bool = False

    def admits_product(self, item_id: int | None) -> bool:
        return self.all_products or (item_id is not None and item_id in self.products)


@dataclass(frozen=True, slots=True)
class TicketFacts:
    """What the store knows of one ticket (order position), seen through the door's list."""

    item_id: int | None
    order_status: str
    blocked: bool = False
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    # The list's history: any entry at all, and whether the last check-in was an entry.
    has_entered: bool = False
    inside: bool = False


@dataclass(frozen=True, slots=True)
class ListJudgement:
    """The list's answer: a refusal, or admitted (with a note when the order is unpaid)."""

    refusal: ListRefusal | None
    unpaid_admitted: bool = False

    @property
    def admitted(self) -> bool:
        return self.refusal is None


def parse_products(value: str | Iterable[int]) -> frozenset[int]:
    """Item ids from the store's comma-separated text (or ids), ignoring anything unreadable."""
    if not isinstance(value, str):
        return frozenset(value)
    ids: set[int] = set()
    for raw in value.split(","):
        part = raw.strip()
        if part.isascii() and part.isdigit() and len(part) <= 18:
            ids.add(int(part))
    return frozenset(ids)


def judge(
    rules: CheckinListRules, ticket: TicketFacts, direction: Direction, now: datetime
) -> ListJudgement:
    """Apply the list's rules to one known ticket, in the order pretix's server does.

    Exits are always possible for a valid ticket of the list (pretix accepts an exit even of a
    ticket that never entered); the entry rules (time window, custom rules, repeated entry)
    apply to entries only.
    """
    status = ticket.order_status.strip().lower()
    if status in _CANCELED_STATUSES:
        return ListJudgement(ListRefusal.CANCELED)
    if ticket.blocked:
        return ListJudgement(ListRefusal.BLOCKED)
    if not rules.admits_product(ticket.item_id):
        return ListJudgement(ListRefusal.PRODUCT)
    # Anything but a paid order counts as pending: an unknown status must not open the door.
    unpaid = status != PAID
    if unpaid and not rules.include_pending:
        return ListJudgement(ListRefusal.UNPAID)
    if direction is Direction.EXIT:
        return ListJudgement(None, unpaid_admitted=unpaid)
    if ticket.valid_from is not None and now < ticket.valid_from:
        return ListJudgement(ListRefusal.INVALID_TIME)
    if ticket.valid_until is not None and now > ticket.valid_until:
        return ListJudgement(ListRefusal.INVALID_TIME)
    if rules.has_rules:
        return ListJudgement(ListRefusal.RULES)
    if ticket.has_entered and not _may_enter_again(rules, ticket):
        return ListJudgement(ListRefusal.ALREADY_REDEEMED)
    return ListJudgement(None, unpaid_admitted=unpaid)


def _may_enter_again(rules: CheckinListRules, ticket: TicketFacts) -> bool:
    if rules.allow_multiple_entries:
        return True
    # Left since the last entry, on a list that lets people back in.
    return not ticket.inside and rules.allow_entry_after_exit
