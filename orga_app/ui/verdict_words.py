"""The words for a scan's verdict and reason, in one place for every screen that shows one
(the door panel, the kiosk, the attendee list, the dashboard's scan counts).

Core gives codes only (core/verdict.py Reason); here they become whole translatable sentences,
with the result's data (names, times, the other event's name) filled in as plain text. A reason
without words here is a type error (assert_never) and fails the UI tests that go over every code.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import assert_never

from orga_app.core.times import human_time
from orga_app.core.unknown_codes import Cause, Explanation
from orga_app.core.verdict import Reason, ScanResult, Verdict
from orga_app.ui.i18n import tr


def headline(verdict: Verdict) -> str:
    """The big word(s) over a result on the door panel."""
    match verdict:
        case Verdict.CHECKED_IN:
            return tr("CHECKED IN")
        case Verdict.ALREADY_CHECKED_IN:
            return tr("ALREADY CHECKED IN")
        case Verdict.CHECKED_OUT:
            return tr("CHECKED OUT")
        case Verdict.NOT_CHECKED_IN:
            return tr("NOT CHECKED IN")
        case Verdict.VALID:
            return tr("VALID TICKET")
        case Verdict.UNKNOWN:
            return tr("UNKNOWN TICKET")
        case Verdict.OTHER_EVENT:
            return tr("OTHER EVENT")
        case Verdict.ORDER_NOT_VALID:
            return tr("ORDER NOT VALID")
        case Verdict.AMBIGUOUS:
            return tr("SEVERAL ATTENDEES")
        case Verdict.MALFORMED:
            return tr("UNREADABLE CODE")
        case Verdict.NOT_ALLOWED:
            return tr("NOT VALID AT THIS DOOR")
    assert_never(verdict)


def verdict_name(verdict: str) -> str:
    """A verdict as a count's label ("checked in: 12"); a stored value this version does not
    know is shown as it is rather than dropped."""
    try:
        known = Verdict(verdict)
    except ValueError:
        return verdict.replace("_", " ")
    return {
        Verdict.CHECKED_IN: tr("checked in"),
        Verdict.ALREADY_CHECKED_IN: tr("already checked in"),
        Verdict.CHECKED_OUT: tr("checked out"),
        Verdict.NOT_CHECKED_IN: tr("not checked in"),
        Verdict.VALID: tr("valid ticket"),
        Verdict.UNKNOWN: tr("unknown ticket"),
        Verdict.OTHER_EVENT: tr("other event"),
        Verdict.ORDER_NOT_VALID: tr("order not valid"),
        Verdict.AMBIGUOUS: tr("several attendees"),
        Verdict.MALFORMED: tr("unreadable code"),
        Verdict.NOT_ALLOWED: tr("not valid at this door"),
    }[known]


def used_in_validate(result: ScanResult) -> bool:
    """Validate-only found a ticket that is in use (checked in now): not a green answer."""
    return (
        result.verdict is Verdict.VALID
        and result.attendee is not None
        and result.attendee.is_checked_in
    )


def checked_in_when(result: ScanResult, now: datetime) -> str:
    when = human_time(result.previous_checkin_at, now)
    if result.previous_device:
        return tr("Checked in at {when} on {device}").format(
            when=when, device=result.previous_device
        )
    return tr("Checked in at {when}").format(when=when)


def _with_unpaid(result: ScanResult, words: str) -> str:
    """An admission where the list lets unpaid orders in: the door may collect payment."""
    if not result.order_unpaid:
        return words
    return tr("{words} The order is not paid yet.").format(words=words)


def reason_words(
    result: ScanResult,
    now: datetime | None = None,
    event_names: Mapping[str, str] | None = None,
    *,
    public: bool = False,
) -> str:
    """The line under the headline: why, and what to do next.

    `public`: the attendee reads it at a kiosk, and so does the queue behind them: it names
    nobody else and speaks to the attendee."""
    now = now or datetime.now(UTC)
    attendee = result.attendee
    reason = result.reason
    match reason:
        case Reason.CHECKED_IN:
            # first name only in public: the people in the queue behind read this too
            name = attendee.firstname.strip() if attendee else ""
            if not name and attendee is not None and not public:
                name = attendee.full_name
            welcome = tr("Welcome, {name}!").format(name=name) if name else tr("Welcome!")
            return _with_unpaid(result, welcome)
        case Reason.CHECKED_OUT:
            return _with_unpaid(result, tr("Leaving: scan again to check back in"))
        case Reason.VALID:
            if used_in_validate(result):
                return tr("{when}. Validate only: nothing was recorded.").format(
                    when=checked_in_when(result, now)
                )
            return tr("Not checked in yet. Validate only: nothing was recorded.")
        case Reason.ALREADY_CHECKED_IN:
            if public:
                return tr("You are already in. If something is wrong, please see the desk.")
            return checked_in_when(result, now)
        case Reason.NOT_CHECKED_IN:
            return tr("Nothing to check out")
        case Reason.UNKNOWN_CODE:
            return tr("No such ticket for this event")
        case Reason.UNREADABLE:
            return tr("Try again or type the code")
        case Reason.TYPED_ONLY:
            return tr("Not a ticket code: a number or e-mail counts only when typed at the desk")
        case Reason.OTHER_EVENT:
            other = attendee.event_id if attendee else ""
            event = (event_names or {}).get(other, "")
            if event:
                return tr("This ticket is for another event: {event}").format(event=event)
            return tr("This ticket is for another event")
        case Reason.AMBIGUOUS:
            if public:
                return tr("This code is for several people. Please scan your own ticket.")
            names = ", ".join(c.full_name for c in result.candidates[:4])
            return tr(
                "Order with %n attendee(s): {names}. Scan each person's own ticket.",
                None,
                len(result.candidates),
            ).format(names=names)
        case Reason.TICKET_CANCELLED:
            return tr("This ticket was cancelled or removed from the event")
        case Reason.ORDER_PENDING:
            if public:
                return tr("The order is not paid yet: please see the staff at the desk")
            if result.may_admit_unpaid:
                return tr("Not paid: admit anyway? Enter = admit, Esc = refuse")
            return tr("The order is not paid yet: this ticket is not valid")
        case Reason.ORDER_CANCELLED:
            return tr("The order was cancelled: this ticket is not valid")
        case Reason.ORDER_EXPIRED:
            return tr("The order expired without payment: this ticket is not valid")
        case Reason.DELETED:
            return tr("The order was deleted on the server: this ticket is not valid")
        case Reason.REVOKED:
            return tr("An old code of a ticket that was issued again: ask for the new ticket")
        case Reason.BLOCKED:
            return tr("This code is blocked")
        case Reason.PRODUCT:
            if result.checkin_list:
                return tr("This ticket type is not valid on the list {list}").format(
                    list=result.checkin_list
                )
            return tr("This ticket type is not valid on this door's list")
        case Reason.RULES:
            if result.server_words and not public:
                words = tr("The entry rules of this list do not admit this ticket now: {why}")
                return words.format(why=result.server_words)
            return tr("The entry rules of this list do not admit this ticket now")
        case Reason.RULES_NEED_SERVER:
            return tr(
                "This list has entry rules only the server can check, and the server cannot "
                "be reached now: scan again when it can"
            )
        case Reason.NO_CHECKIN_LIST:
            if public:
                return tr("Self check-in is not set up yet — please see the desk")
            return tr("Choose this door's check-in list first")
        case Reason.INVALID_TIME:
            return tr("This ticket is not valid at this time")
        case Reason.INCOMPLETE:
            return tr("Some questions for this ticket must be answered at the desk first")
        case Reason.SERVER_ERROR:
            if result.server_words and not public:
                return tr("The server refused this ticket: {why}").format(why=result.server_words)
            return tr("The server failed while checking this ticket: nothing was recorded")
        case Reason.LIST_GONE:
            if public:
                return tr("Self check-in is closed at this door — please see the desk")
            return tr("This door's check-in list was deleted on the server: choose another list")
    assert_never(reason)


def unknown_words(explanation: Explanation, event_name: str = "") -> str:
    """The likely cause of a not-recognised code and the next step (issue 15), under the reason."""
    cause = explanation.cause
    match cause:
        case Cause.OTHER_EVENT:
            if event_name:
                return tr(
                    "Send the guest to the entrance of {event}, or search them by name."
                ).format(event=event_name)
            return tr("Send the guest to that event's entrance, or search them by name.")
        case Cause.REISSUED:
            return tr(
                "The ticket was issued again with a new code: ask for the newest ticket "
                "(e-mail), or search the guest by name."
            )
        case Cause.CANCELLED:
            return tr(
                "Ask the guest for another ticket, or search them by name: they may hold a new one."
            )
        case Cause.SOLD_AFTER_DOWNLOAD:
            return tr(
                "Looks like a ticket of this event that is not in the list yet (sold after the "
                "last download): look it up on the server, or search the guest by name."
            )
        case Cause.BADGE:
            return tr("This is a badge or a contact card, not a ticket: scan the ticket instead.")
        case Cause.OTHER_SYSTEM:
            return tr(
                "This code is from a different ticketing system or a web link: ask for the "
                "ticket of this event, or search the guest by name."
            )
        case Cause.NOT_ON_LIST:
            return tr("This code is not on the imported list: search the guest by name.")
        case Cause.UNKNOWN:
            return tr("Search the guest by name, or ask for the ticket's e-mail.")
    assert_never(cause)
