"""The command line's words for a scan's reason, the status lines and a badge that did not
print, in this one place (the GUI's are ui/verdict_words.py; core only gives codes). English by
default (the JSON's `message`); cli.py passes a translator for the person reading the terminal
(cli_language)."""

from __future__ import annotations

from typing import assert_never

from orga_app.badges.outcome import PrintProblem
from orga_app.cli_language import Translate, english
from orga_app.core.times import human_time
from orga_app.core.unknown_codes import Cause, Explanation
from orga_app.core.verdict import Reason, ScanResult
from orga_app.store.throughput import Throughput

__all__ = [
    "Translate",
    "badge_problem_message",
    "english",
    "scan_message",
    "throughput_lines",
    "unknown_message",
]


def _with_unpaid(result: ScanResult, words: str, tr: Translate) -> str:
    if not result.order_unpaid:
        return words
    return tr("{words} The order is not paid yet.").format(words=words)


def scan_message(result: ScanResult, tr: Translate = english) -> str:
    """One sentence (or two) that says what the scan found and why; `tr` puts it in the
    person's language (cli.py), the default keeps the JSON `message` in English for scripts.
    Every sentence is a literal tr() call: pyside6-lupdate reads them into the catalogs."""
    reason = result.reason
    attendee = result.attendee
    match reason:
        case Reason.CHECKED_IN:
            name = (attendee.firstname or attendee.full_name) if attendee else ""
            welcome = tr("Welcome, {name}!").format(name=name) if name else tr("Welcome!")
            return _with_unpaid(result, welcome, tr)
        case Reason.CHECKED_OUT:
            if attendee:
                return _with_unpaid(
                    result, tr("Checked out: {name}.").format(name=attendee.full_name), tr
                )
            return _with_unpaid(result, tr("Checked out."), tr)
        case Reason.VALID:
            if result.previous_checkin_at:
                when = human_time(result.previous_checkin_at, result.scanned_at)
                return tr("Valid ticket (checked in at {when}).").format(when=when)
            return tr("Valid ticket (not checked in).")
        case Reason.ALREADY_CHECKED_IN:
            when = human_time(result.previous_checkin_at, result.scanned_at)
            if result.previous_device:
                return tr("Already checked in at {when} on {device}.").format(
                    when=when, device=result.previous_device
                )
            return tr("Already checked in at {when}.").format(when=when)
        case Reason.NOT_CHECKED_IN:
            return tr("Not checked in: nothing to check out.")
        case Reason.UNKNOWN_CODE:
            return tr("No such ticket for this event.")
        case Reason.UNREADABLE:
            return tr("Unreadable code: not a ticket.")
        case Reason.TYPED_ONLY:
            return tr(
                "Not a ticket code: an attendee number or e-mail address is accepted only "
                "when typed at the desk."
            )
        case Reason.OTHER_EVENT:
            if attendee:
                return tr("This ticket belongs to another event ({event}).").format(
                    event=attendee.event_id
                )
            return tr("This ticket belongs to another event.")
        case Reason.AMBIGUOUS:
            names = ", ".join(a.full_name for a in result.candidates[:6])
            return tr(
                "This code matches {n} attendees: {names}. Scan each attendee's own ticket."
            ).format(n=len(result.candidates), names=names)
        case Reason.TICKET_CANCELLED:
            return tr("This ticket was cancelled or removed from the event.")
        case Reason.ORDER_PENDING:
            if result.may_admit_unpaid:
                return tr(
                    "Order not paid: this list admits it only when a person confirms "
                    "(checkin --admit-unpaid)."
                )
            return tr("Order not paid: this ticket is not valid.")
        case Reason.ORDER_CANCELLED:
            return tr("Order cancelled: this ticket is not valid.")
        case Reason.ORDER_EXPIRED:
            return tr("Order expired (never paid): this ticket is not valid.")
        case Reason.DELETED:
            return tr("Order deleted on the server: this ticket is not valid.")
        case Reason.REVOKED:
            return tr("This code was replaced by a new ticket: it is no longer valid.")
        case Reason.BLOCKED:
            return tr("This code is blocked on the server.")
        case Reason.PRODUCT:
            if result.checkin_list:
                return tr(
                    "This ticket's product is not valid on the check-in list ({list})."
                ).format(list=result.checkin_list)
            return tr("This ticket's product is not valid on the check-in list.")
        case Reason.RULES:
            if result.server_words:
                return tr(
                    "The rules of this check-in list do not admit this ticket now ({why})."
                ).format(why=result.server_words)
            return tr("The rules of this check-in list do not admit this ticket now.")
        case Reason.RULES_NEED_SERVER:
            return tr(
                "The list has entry rules that only the server can check, and the server "
                "cannot be reached now; scan again when it can."
            )
        case Reason.NO_CHECKIN_LIST:
            return tr("Choose this door's check-in list first (sign-in, event).")
        case Reason.INVALID_TIME:
            return tr("This ticket is not valid at this time.")
        case Reason.INCOMPLETE:
            return tr("Questions for this ticket must be answered first.")
        case Reason.SERVER_ERROR:
            if result.server_words:
                return tr("The server refused this ticket ({why}); nothing was recorded.").format(
                    why=result.server_words
                )
            return tr("The server failed while checking this ticket; nothing was recorded.")
        case Reason.LIST_GONE:
            return tr("This door's check-in list was deleted on the server: choose another list.")
    assert_never(reason)


def unknown_message(explanation: Explanation, event_id: str, tr: Translate = english) -> str:
    """The likely cause of a not-recognised code and the next step (issue 15)."""
    search = f"`orga-app search --event {event_id} NAME`"
    sync = f"`orga-app sync --event {event_id}`"
    cause = explanation.cause
    match cause:
        case Cause.OTHER_EVENT:
            words = tr("Send the guest to that event's entrance, or search by name: {search}.")
        case Cause.REISSUED:
            words = tr("The ticket was issued again: ask for the newest ticket, or {search}.")
        case Cause.CANCELLED:
            words = tr("Ask for another ticket, or search by name: {search}.")
        case Cause.SOLD_AFTER_DOWNLOAD:
            words = tr(
                "Looks like a ticket of this event sold after the last download: run "
                "{sync} and scan again, or {search}."
            )
        case Cause.BADGE:
            words = tr("A badge or contact card, not a ticket: scan the ticket instead.")
        case Cause.OTHER_SYSTEM:
            words = tr("A code from a different ticketing system or a web link; or {search}.")
        case Cause.NOT_ON_LIST:
            words = tr("Not on the imported list; search by name: {search}.")
        case Cause.UNKNOWN:
            words = tr("Search by name: {search}.")
        case _:
            assert_never(cause)
    return words.format(search=search, sync=sync)


def throughput_lines(flow: Throughput, tr: Translate = english) -> list[str]:
    """`orga-app status`: door throughput today (issue 15)."""
    p95 = "–" if flow.verdict_p95_ms is None else f"{flow.verdict_p95_ms:.1f} ms"
    oldest = (
        tr(" (oldest {minutes} min)").format(minutes=int(flow.oldest_wait.total_seconds() // 60))
        if flow.oldest_wait is not None and flow.waiting_now
        else ""
    )
    lines = [
        tr(
            "Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; "
            "waiting to upload {waiting}{oldest}",
            None,
            flow.verdicts_timed,
        ).format(
            p95=p95,
            minutes=round(flow.minutes_offline),
            waiting=flow.waiting_now,
            oldest=oldest,
        )
    ]
    for door in flow.doors:
        lines.append(
            "  "
            + tr(
                "{door}: %n check-in(s) today, busiest 15 min {rate}/min", None, door.total
            ).format(door=door.device or tr("(unknown door)"), rate=f"{door.peak_per_minute:.1f}")
        )
    for door in flow.scans:
        lines.append(
            "  "
            + tr(
                "scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min",
                None,
                door.total,
            ).format(door=door.device, rate=f"{door.peak_per_minute:.1f}")
        )
    if flow.upload_alert:
        lines.append(
            tr(
                "ALERT: check-ins have waited over 5 minutes to upload although the server "
                "answers: check `orga-app problems` and whether uploads are paused."
            )
        )
    return lines


def badge_problem_message(problem: PrintProblem, printer: str, tr: Translate = english) -> str:
    """Why a badge did not print, in the command line's words (the GUI has its own)."""
    match problem:
        case PrintProblem.NO_PRINTER_CHOSEN:
            return tr("No badge printer chosen (--printer NAME, or the badge_printer setting).")
        case PrintProblem.PRINTER_MISSING:
            return tr("There is no printer {printer} on this computer.").format(
                printer=repr(printer)
            )
        case PrintProblem.PRINTER_STOPPED:
            return tr("Printer {printer} is paused or in error (paper, cover, offline).").format(
                printer=repr(printer)
            )
        case PrintProblem.PRINTER_REFUSED:
            return tr("Printer {printer} did not take the job.").format(printer=repr(printer))
    assert_never(problem)
