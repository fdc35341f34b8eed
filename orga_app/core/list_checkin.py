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
from orga_app.core.verdict import AttendeeSummary, Mode, Reason, ScanResult


@dataclass(frozen=True, slots=True)
class DoorList:
    """The check-in list a door scans for, as the store hands it to a scan."""

    rules: CheckinListRules
    direction: Direction = Direction.ENTRY


# What the list's refusal of a known ticket tells the door (the verdict follows the reason).
_REFUSALS: dict[ListRefusal, Reason] = {
    ListRefusal.CANCELED: Reason.ORDER_CANCELLED,
    ListRefusal.UNPAID: Reason.ORDER_PENDING,
    ListRefusal.PRODUCT: Reason.PRODUCT,
    ListRefusal.BLOCKED: Reason.BLOCKED,
    ListRefusal.INVALID_TIME: Reason.INVALID_TIME,
    # offline, custom rules cannot be judged: refused until the server is asked
    ListRefusal.RULES: Reason.RULES_NEED_SERVER,
}


def no_list_result(code: str, scanned_at: datetime, attendee: AttendeeSummary) -> ScanResult:
    """A pretix-type event whose door has not chosen a check-in list: nobody can be judged."""
    return ScanResult(Reason.NO_CHECKIN_LIST, scanned_at, attendee=attendee, code=code)


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
    admit_unpaid: bool = False,
    kiosk: bool = False,
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
    if refusal is not None and refusal in _REFUSALS:
        return ScanResult(
            _REFUSALS[refusal], scanned_at, attendee=attendee, code=code, checkin_list=list_name
        )
    if mode is Mode.VALIDATE:
        inside = attendee.is_checked_in
        return ScanResult(
            Reason.VALID,
            scanned_at,
            attendee=attendee,
            pending=unsent,
            previous_checkin_at=previous_at if inside else None,
            previous_device=previous_device if inside else None,
            code=code,
        )
    if refusal is ListRefusal.ALREADY_REDEEMED:
        return ScanResult(
            Reason.ALREADY_CHECKED_IN,
            scanned_at,
            attendee=attendee,
            pending=unsent,
            previous_checkin_at=previous_at,
            previous_device=previous_device,
            code=code,
        )
    unpaid = judgement.unpaid_admitted
    if unpaid and direction is Direction.ENTRY and not admit_unpaid:
        # The list lets pending orders in, but as pretix does online, only when a person at
        # the door says so (they may collect the payment); a kiosk never admits them.
        return ScanResult(
            Reason.ORDER_PENDING,
            scanned_at,
            attendee=attendee,
            code=code,
            checkin_list=list_name,
            may_admit_unpaid=not kiosk,
        )
    if direction is Direction.EXIT:
        # pretix records an exit even of a ticket that is not inside: so does the door.
        after = replace(
            attendee, checkout_times=(*attendee.checkout_times, at), is_checked_in=False
        )
        return ScanResult(
            Reason.CHECKED_OUT,
            scanned_at,
            attendee=after,
            pending=True,
            code=code,
            order_unpaid=unpaid,
            checkin_list=list_name,
        )
    after = replace(
        attendee,
        checkin_times=(*attendee.checkin_times, at),
        checkin_devices=(*attendee.checkin_devices, device),
        is_checked_in=True,
    )
    return ScanResult(
        Reason.CHECKED_IN,
        scanned_at,
        attendee=after,
        pending=True,
        code=code,
        order_unpaid=unpaid,
        checkin_list=list_name,
    )
