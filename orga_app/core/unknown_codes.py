"""Why a code was not recognised, and what the door can do next (issue 15). Codes only: the words
are in ui/verdict_words.py (unknown_words) and cli_words.py (unknown_message).

A bare "unknown ticket" leaves a door team guessing with a queue waiting. Most unrecognised codes
fall into a few cases that the code itself, or what the store already said, tells apart:
- a ticket of another event held on this computer (the check-in already names it);
- a re-issued ticket's old code, or a cancelled ticket (the check-in's reason says so);
- a code shaped like this event's own tickets that is not in the list: most likely sold after
  the last download (a look-up on the server settles it);
- a contact card (a badge's vCard or MECARD) rather than a ticket;
- a code from a different ticketing system: a web link, or the other server type's shape;
- on a door with an imported list: simply not on that list.
Every case offers a search by name: the person in front of the door has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from orga_app.core.codes import CodeKind, MalformedCode, parse_code
from orga_app.core.list_rules import ServerKind
from orga_app.core.verdict import Reason, ScanResult


class Cause(StrEnum):
    OTHER_EVENT = "other_event"  # a ticket of another event on this computer (it is named)
    REISSUED = "reissued"  # the old code of a ticket that was issued again
    CANCELLED = "cancelled"  # the ticket was cancelled or removed
    SOLD_AFTER_DOWNLOAD = "sold_after_download"  # this event's shape, not in the list yet
    BADGE = "badge"  # a contact card (badge vCard, MECARD), not a ticket
    OTHER_SYSTEM = "other_system"  # a link, or a code shape this event's tickets never have
    NOT_ON_LIST = "not_on_list"  # a door with an imported list: the code is not on it
    UNKNOWN = "unknown"  # nothing in the code tells


@dataclass(frozen=True, slots=True)
class Explanation:
    cause: Cause
    # Offer "look it up on the server now" (the door also needs the server to be reachable).
    online_lookup: bool = False
    # Offer the attendee search: true for every case, the person at the door has a name.
    search_by_name: bool = True


# Results that say "this code is not a ticket we can admit, and we do not know whose it is".
EXPLAINED_REASONS = frozenset(
    {
        Reason.UNKNOWN_CODE,
        Reason.UNREADABLE,
        Reason.OTHER_EVENT,
        Reason.REVOKED,
        Reason.TICKET_CANCELLED,
        Reason.TYPED_ONLY,  # only when it is a shop product's barcode (digits read as a number)
    }
)

_CONTACT_CARD = re.compile(r"\s*(BEGIN:VCARD|MECARD:|BIZCARD:)", re.IGNORECASE)
_LINK = re.compile(r"\s*(https?://|www\.)", re.IGNORECASE)
# pretix ticket secrets: random letters and digits (default 32), or a signed secret (base64 of a
# few dozen bytes). Open Event codes always carry an order uuid, so never look like this.
_PRETIX_SECRET = re.compile(r"[A-Za-z0-9]{16,64}|[A-Za-z0-9+/=_-]{40,200}")
# EAN-8, UPC-A, EAN-13: shop product barcodes.
_PRODUCT_DIGITS = re.compile(r"\d{8}|\d{12,13}")


def _open_event_shape(kind: CodeKind) -> bool:
    return kind in (CodeKind.ORDER_ATTENDEE, CodeKind.ORDER_ONLY, CodeKind.LEGACY)


def _pretix_shape(kind: CodeKind, text: str) -> bool:
    return kind is CodeKind.OPAQUE and _PRETIX_SECRET.fullmatch(text) is not None


def _product_barcode(text: str) -> bool:
    if _PRODUCT_DIGITS.fullmatch(text) is None:
        return False
    digits = [int(c) for c in text]
    body, check = digits[:-1], digits[-1]
    # GS1 check digit: weights 3 and 1 alternate from the digit next to the check digit
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def explain(result: ScanResult, server_kind: ServerKind, raw: str = "") -> Explanation | None:
    """The likely cause of a not-recognised code and the next steps; None for other results.
    `raw`: the scan as it came in, when the caller has it (a badge's vCard carries an attendee
    number, and the result then holds only that number)."""
    reason = result.reason
    if reason not in EXPLAINED_REASONS:
        return None
    card = reason in (Reason.UNKNOWN_CODE, Reason.UNREADABLE, Reason.TYPED_ONLY)
    if card and _CONTACT_CARD.match(raw):
        return Explanation(Cause.BADGE)
    if reason is Reason.OTHER_EVENT:
        return Explanation(Cause.OTHER_EVENT)
    if reason is Reason.REVOKED:
        return Explanation(Cause.REISSUED)
    if reason is Reason.TICKET_CANCELLED:
        return Explanation(Cause.CANCELLED)
    text = result.code
    if reason is Reason.TYPED_ONLY:
        return Explanation(Cause.OTHER_SYSTEM) if _product_barcode(text) else None
    if _CONTACT_CARD.match(text):
        return Explanation(Cause.BADGE)
    if reason is Reason.UNREADABLE:
        return None  # not a code at all: "try again or type it" says all there is
    if _LINK.match(text):
        return Explanation(Cause.OTHER_SYSTEM)
    if result.local:
        return Explanation(Cause.NOT_ON_LIST)
    try:
        kind = parse_code(text).kind
    except MalformedCode:
        return Explanation(Cause.UNKNOWN)
    if _product_barcode(text):
        return Explanation(Cause.OTHER_SYSTEM)
    own = _pretix_shape(kind, text) if server_kind.uses_checkin_lists else _open_event_shape(kind)
    if own:
        return Explanation(Cause.SOLD_AFTER_DOWNLOAD, online_lookup=True)
    foreign = (
        _open_event_shape(kind) if server_kind.uses_checkin_lists else _pretix_shape(kind, text)
    )
    if foreign:
        return Explanation(Cause.OTHER_SYSTEM)
    return Explanation(Cause.UNKNOWN)
