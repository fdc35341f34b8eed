"""The online half of a pretix-type scan: when to ask the server, and its answer as the door's
result (`CheckInService` calls both; the local half is `list_checkin`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from orga_app.core.codes import CodeKind, TicketCode
from orga_app.core.list_checkin import DoorList
from orga_app.core.list_rules import Direction
from orga_app.core.online import OnlineAnswer
from orga_app.core.verdict import AttendeeSummary, Mode, OnlineState, Reason, ScanResult


@dataclass(frozen=True, slots=True)
class Asked:
    """What the online check gave for one scan: the server's answer (None: none in time, or
    not asked), the check's state after it, the list the scan was sent for."""

    answer: OnlineAnswer | None
    state: OnlineState
    door: DoorList
    kiosk: bool
    # What the store knew of an unmatched code (revoked, cancelled): eventyay-tickets answers
    # both with the bare 404 of an unknown ticket, and the door can say more.
    known_gone: Reason | None = None

    def result(
        self,
        attendee: AttendeeSummary | None,
        code: str,
        mode: Mode,
        scanned_at: datetime,
        at: str,
        device: str,
    ) -> ScanResult:
        """The door's result for the server's answer (call only when there is one)."""
        assert self.answer is not None
        answer = self.answer
        if answer.reason is Reason.UNKNOWN_CODE and self.known_gone is not None:
            answer = replace(answer, reason=self.known_gone)
        return server_result(
            answer, attendee, self.door, code=code, mode=mode, scanned_at=scanned_at,
            at=at, device=device, kiosk=self.kiosk,
        )  # fmt: skip


def online_secret(code: TicketCode, here: Sequence[AttendeeSummary], typed: bool) -> str | None:
    """What to send the server for this scan, or None when the door must judge it alone.

    A ticket the store knows goes up by its own code (a person may have picked it from the
    list); an unknown code goes up as scanned (it may be a ticket sold after the download),
    except a scanned attendee number or e-mail, which only a person may type (the local rule
    says so), and an order code naming several tickets (the door lists them).
    """
    if len(here) > 1:
        return None
    if len(here) == 1:
        return here[0].code or None
    if not typed and code.kind in (CodeKind.ATTENDEE_ID, CodeKind.EMAIL):
        return None
    return code.text


def direction_of(mode: Mode) -> Direction:
    return Direction.EXIT if mode is Mode.CHECK_OUT else Direction.ENTRY


def server_result(
    answer: OnlineAnswer,
    attendee: AttendeeSummary | None,
    door: DoorList,
    *,
    code: str,
    mode: Mode,
    scanned_at: datetime,
    at: str,
    device: str,
    kiosk: bool,
) -> ScanResult:
    """The door's result for the server's verdict. `attendee` is the ticket as the store holds
    it after the check refreshed it from the answer: its times are the server's before this
    scan, so an admission appends this scan's time (the service writes that state, with no
    upload row, since the server has the check-in)."""
    result = _result(answer, attendee, door, mode=mode, scanned_at=scanned_at, at=at,
                     device=device, kiosk=kiosk)  # fmt: skip
    return replace(
        result,
        code=code,
        by_server=True,
        server_words=answer.explanation,
        checkin_list=door.rules.name or f"#{door.rules.id}",
    )


def _result(
    answer: OnlineAnswer,
    attendee: AttendeeSummary | None,
    door: DoorList,
    *,
    mode: Mode,
    scanned_at: datetime,
    at: str,
    device: str,
    kiosk: bool,
) -> ScanResult:
    unpaid = attendee is not None and attendee.order_status not in ("", "paid")
    if answer.reason is Reason.CHECKED_IN and answer.recorded:
        after = attendee
        if attendee is not None:
            after = replace(
                attendee,
                checkin_times=(*attendee.checkin_times, at),
                checkin_devices=(*attendee.checkin_devices, device),
                is_checked_in=True,
            )
        return ScanResult(Reason.CHECKED_IN, scanned_at, attendee=after, order_unpaid=unpaid)
    if answer.reason is Reason.CHECKED_OUT and answer.recorded:
        after = attendee
        if attendee is not None:
            after = replace(
                attendee, checkout_times=(*attendee.checkout_times, at), is_checked_in=False
            )
        return ScanResult(Reason.CHECKED_OUT, scanned_at, attendee=after, order_unpaid=unpaid)
    if answer.reason is Reason.ALREADY_CHECKED_IN and attendee is not None:
        return ScanResult(
            Reason.ALREADY_CHECKED_IN,
            scanned_at,
            attendee=attendee,
            previous_checkin_at=attendee.checkin_times[-1] if attendee.checkin_times else None,
            previous_device=attendee.checkin_devices[-1] if attendee.checkin_devices else None,
        )
    # pretix refuses a pending order unless the scan says a person admits it anyway: on a
    # list that lets pending orders in, the staffed door may (the kiosk never does).
    confirmable = (
        answer.reason is Reason.ORDER_PENDING
        and door.rules.include_pending
        and mode is Mode.CHECK_IN
        and not kiosk
    )
    reason = answer.reason
    if reason in (Reason.CHECKED_IN, Reason.CHECKED_OUT):
        # an "ok" that recorded nothing is no admission: never show it green
        reason = Reason.SERVER_ERROR
    return ScanResult(reason, scanned_at, attendee=attendee, may_admit_unpaid=confirmable)
