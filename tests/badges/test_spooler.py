"""The door's print queue on a real store and a real CUPS queue: print modes per ticket type,
the print log in the same transaction as the print, and a stopped printer that leaves the
check-in done and the badge held with its reason until a person retries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import default_layout
from orga_app.badges.modes import PrintMode, parse_ticket_modes, should_print
from orga_app.badges.outcome import PrintProblem
from orga_app.badges.spooler import BadgeNotice, BadgeSpooler, PrintConfig
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import badge_jobs, events
from orga_app.store.badge_jobs import JobState
from orga_app.store.models import OutboxAction
from tests.badges.cups import CupsQueue
from tests.helpers import EVENT_ID, Seeded, add_attendees, attendee_row, outbox_rows, seeded_store

VIP_TICKET = 77


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, 3)
    with seeded.store.write() as conn:  # a second ticket type, with its own mode below
        events.upsert_tickets(conn, [{"id": VIP_TICKET, "event_id": EVENT_ID, "name": "VIP"}])
    add_attendees(
        seeded.store, [attendee_row(9, "Ines", "Vip", ticket_id=VIP_TICKET, code="VIP-9")]
    )
    try:
        yield seeded
    finally:
        seeded.store.close()


def _spooler(
    door: Seeded, queue: CupsQueue, mode: PrintMode, ticket_modes: str = ""
) -> tuple[BadgeSpooler, list[BadgeNotice]]:
    notices: list[BadgeNotice] = []
    config = PrintConfig(
        queue.name, default_layout(), mode, parse_ticket_modes(ticket_modes), "Door 1"
    )
    spooler = BadgeSpooler(door.store, lambda: config, notices.append)
    spooler.start()
    return spooler, notices


def _code(door: Seeded, attendee_id: int) -> str:
    return (
        "VIP-9"
        if attendee_id == 9
        else next(r["code"] for r in door.rows if r["id"] == attendee_id)
    )


def _check_in(door: Seeded, attendee_id: int, mode: Mode = Mode.CHECK_IN) -> None:
    result = door.service.scan(EVENT_ID, _code(door, attendee_id), mode, Source.CAMERA)
    wanted = Verdict.CHECKED_IN if mode is Mode.CHECK_IN else Verdict.CHECKED_OUT
    assert result.verdict is wanted, result


def _printed(door: Seeded) -> list[int]:
    with door.store.read() as conn:
        return [j.attendee_id for j in badge_jobs.jobs(conn, EVENT_ID, JobState.PRINTED)]


def _badge_log_rows(door: Seeded) -> list[int]:
    return [
        r["attendee_id"]
        for r in outbox_rows(door.store)
        if r["action"] == OutboxAction.BADGE_PRINTED.value
    ]


def test_modes() -> None:
    assert should_print(PrintMode.ONCE, printed_before=False)
    assert not should_print(PrintMode.ONCE, printed_before=True)
    assert should_print(PrintMode.ALWAYS, printed_before=True)
    assert not should_print(PrintMode.NEVER, printed_before=False)
    assert parse_ticket_modes(" VIP = Always ; Standard=once;broken;X=sometimes") == {
        "vip": PrintMode.ALWAYS,
        "standard": PrintMode.ONCE,
    }


def test_once_prints_once_always_every_time_never_not_at_all(
    qapp: QApplication, cups_queue: CupsQueue, door: Seeded
) -> None:
    # Regular tickets print once, VIPs at every check-in (a lost badge at re-entry).
    spooler, notices = _spooler(door, cups_queue, PrintMode.ONCE, "VIP=always")
    try:
        for _ in range(2):  # in, out, and in again
            for attendee_id in (1, 9):
                _check_in(door, attendee_id)
                spooler.after_check_in(attendee_id)
                _check_in(door, attendee_id, Mode.CHECK_OUT)
        spooler.wait_idle()
    finally:
        spooler.stop()
    assert sorted(_printed(door)) == [1, 9, 9]
    assert sorted(_badge_log_rows(door)) == [1, 9, 9]  # each print logged for the server
    assert [n.state for n in notices] == [JobState.PRINTED] * 3
    with door.store.read() as conn:
        subject = badge_jobs.subject(conn, 1)
    assert subject is not None and subject.printed_before

    never, _ = _spooler(door, cups_queue, PrintMode.NEVER)
    try:
        _check_in(door, 2)
        never.after_check_in(2)
        never.reprint(3)  # a person's reprint prints whatever the mode
        never.wait_idle()
    finally:
        never.stop()
    assert 2 not in _printed(door)
    assert 3 in _printed(door)


def test_a_stopped_printer_holds_the_badge_and_the_check_in_stands(
    qapp: QApplication, cups_queue: CupsQueue, door: Seeded
) -> None:
    spooler, notices = _spooler(door, cups_queue, PrintMode.ONCE)
    seen = cups_queue.pdfs("badge-2")
    cups_queue.disable()
    try:
        _check_in(door, 2)
        spooler.after_check_in(2)
        spooler.wait_idle()
        assert notices[-1].state is JobState.HELD
        assert notices[-1].problem is PrintProblem.PRINTER_STOPPED
        with door.store.read() as conn:
            [held] = badge_jobs.jobs(conn, EVENT_ID, JobState.HELD)
            subject = badge_jobs.subject(conn, 2)
        assert held.attendee_id == 2 and held.problem == PrintProblem.PRINTER_STOPPED.value
        assert subject is not None and not subject.printed_before  # "once" will still print
        actions = [(r["attendee_id"], r["action"]) for r in outbox_rows(door.store)]
        assert actions == [(2, OutboxAction.CHECK_IN.value)]  # the check-in is done, no log
    finally:
        cups_queue.enable()
    spooler.retry_held(EVENT_ID)
    spooler.wait_idle()
    spooler.stop()
    assert [n.state for n in notices] == [JobState.HELD, JobState.PRINTED]
    assert _printed(door) == [2]
    assert cups_queue.wait_for_pdf("badge-2", seen=seen)  # the printer got it this time
