"""The verdict for one known ticket of a pretix-type event: the door's check-in list decides.

`CheckInService` hands over here once the code matched exactly one ticket of an event whose
server uses check-in lists; Open Event events never come here. The list's rules are in
`list_rules`; this module turns their answer into the door's verdict and the state after the
scan (which the service writes, with the outbox row, in one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from orga_app.core.list_rules import (
    CheckinListRules,
    Direction,
    ListRefusal,
    TicketFacts,
    judge,
)
from orga_app.core.times import human_time
from orga_app.core.verdict import AttendeeSummary, Mode, Reason, ScanResult, Verdict


@dataclass(frozen=True, slots=True)
class DoorList:
    """The check-in list a door scans for, as the store hands it to a scan."""

    rules: CheckinListRules
    direction: Direction = Direction.ENTRY


# Refusals of a valid ticket that this list does not admit: verdict NOT_ALLOWED with a reason.
_NOT_ALLOWED: dict[ListRefusal, tuple[Reason, str]] = {
    ListRefusal.PRODUCT: (Reason.PRODUCT, "This ticket's product is not valid on the list"),
    ListRefusal.BLOCKED: (Reason.BLOCKED, "This ticket has been blocked by the organizer"),
    ListRefusal.INVALID_TIME: (
        Reason.INVALID_TIME,
        "This ticket is not valid at this time",
    ),
    ListRefusal.RULES: (
        Reason.RULES,
        "The list has entry rules that only the server can check; scan again when online",
    ),
}
_ORDER_NOT_VALID = {
    ListRefusal.CANCELED: "Order cancelled: this ticket is not valid.",
    ListRefusal.UNPAID: "Order not paid: this list admits paid orders only.",
}


def no_list_result(code: str, scanned_at: datetime, attendee: AttendeeSummary) -> ScanResult:
    """A pretix-type event whose door has not chosen a check-in list: nobody can be judged."""
    return ScanResult(
        Verdict.NOT_ALLOWED,
        "Choose this door's check-in list first (sign-in, event).",
        scanned_at,
        attendee=attendee,
        code=code,
        reason=Reason.NO_CHECKIN_LIST,
    )


def list_verdict(
    door: DoorList,
    ticket: TicketFacts,
    attendee: AttendeeSummary,
    *,
    code: str,
    mode: Mode,
    scanned_at: datetime,
    at: str,
    device: str,
    unsent: bool,
) -> ScanResult:
    """The door's answer for one known ticket of a pretix-type event.

    `attendee` holds the door list's history: checkin_times are its entries, is_checked_in says
    the last check-in on the list was an entry.
    """
    direction = Direction.EXIT if mode is Mode.CHECK_OUT else Direction.ENTRY
    judgement = judge(door.rules, ticket, direction, scanned_at)
    previous_at = attendee.checkin_times[-1] if attendee.checkin_times else None
    previous_device = attendee.checkin_devices[-1] if attendee.checkin_devices else None
    refusal = judgement.refusal
    list_name = door.rules.name or f"#{door.rules.id}"
    order_words = _ORDER_NOT_VALID.get(refusal) if refusal is not None else None
    if order_words is not None:
        return ScanResult(
            Verdict.ORDER_NOT_VALID,
            order_words,
            scanned_at,
            attendee=attendee,
            code=code,
        )
    if refusal is not None and refusal in _NOT_ALLOWED:
        reason, words = _NOT_ALLOWED[refusal]
        return ScanResult(
            Verdict.NOT_ALLOWED,
            f"{words} ({list_name}).",
            scanned_at,
            attendee=attendee,
            code=code,
            reason=reason,
        )
    if mode is Mode.VALIDATE:
        inside = attendee.is_checked_in
        state = (
            f"checked in at {human_time(previous_at, scanned_at)}" if inside else "not checked in"
        )
        return ScanResult(
            Verdict.VALID,
            f"Valid ticket ({state}).",
            scanned_at,
            attendee=attendee,
            pending=unsent,
            previous_checkin_at=previous_at if inside else None,
            previous_device=previous_device if inside else None,
            code=code,
        )
    if refusal is ListRefusal.ALREADY_REDEEMED:
        where = f" on {previous_device}" if previous_device else ""
        return ScanResult(
            Verdict.ALREADY_CHECKED_IN,
            f"Already checked in at {human_time(previous_at, scanned_at)}{where}.",
            scanned_at,
            attendee=attendee,
            pending=unsent,
            previous_checkin_at=previous_at,
            previous_device=previous_device,
            code=code,
        )
    unpaid = " The order is not paid yet." if judgement.unpaid_admitted else ""
    if direction is Direction.EXIT:
        # pretix records an exit even of a ticket that is not inside: so does the door.
        after = replace(
            attendee, checkout_times=(*attendee.checkout_times, at), is_checked_in=False
        )
        return ScanResult(
            Verdict.CHECKED_OUT,
            f"Checked out: {attendee.full_name}.{unpaid}",
            scanned_at,
            attendee=after,
            pending=True,
            code=code,
        )
    after = replace(
        attendee,
        checkin_times=(*attendee.checkin_times, at),
        checkin_devices=(*attendee.checkin_devices, device),
        is_checked_in=True,
    )
    return ScanResult(
        Verdict.CHECKED_IN,
        f"Welcome, {attendee.firstname or attendee.full_name}!{unpaid}",
        scanned_at,
        attendee=after,
        pending=True,
        code=code,
    )
