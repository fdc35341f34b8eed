"""Codes not recognised, at the door (issue 15): the likely cause and the next step under the
verdict, a one-tap search by name, and an online look-up that checks in a ticket sold after the
last download (real demo server on loopback, real widgets offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from orga_app.core.verdict import Reason, ScanResult, Source, Verdict
from orga_app.demo.server import DemoServer
from orga_app.store.models import ATTENDEE
from orga_app.ui.main_window import MainWindow
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_push_path import MAIN_EVENT, SignedIn, unchecked_attendee
from tests.ui.test_screens import open_event


def type_code(qtbot: QtBot, window: MainWindow, code: str) -> ScanResult:
    with qtbot.waitSignal(window.scanner.result_shown, timeout=10000) as shown:
        qtbot.keyClicks(window.scanner.code_entry, code)
        qtbot.keyClick(window.scanner.code_entry, Qt.Key.Key_Return)
    result = shown.args[0]
    assert isinstance(result, ScanResult)
    return result


def test_a_contact_card_is_named_and_search_by_name_is_one_tap(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window: MainWindow = open_event(qtbot, make_window)
    help_ = window.scanner.unknown_help
    result = type_code(qtbot, window, "MECARD:N:Doe,Jo;EMAIL:jo@example.org;;")
    assert result.reason is Reason.UNKNOWN_CODE
    assert help_.isVisible()
    assert "badge or a contact card" in help_.next_step.text()
    assert not help_.lookup.isVisible()  # nothing to look up
    qtbot.mouseClick(help_.search, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.attendees
    assert window.attendees.search.hasFocus()


def test_a_known_ticket_hides_the_help_again(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window: MainWindow = open_event(qtbot, make_window)
    type_code(qtbot, window, "https://tickets.example.org/e/123")
    assert "different ticketing system" in window.scanner.unknown_help.next_step.text()
    assert type_code(qtbot, window, seeded.rows[0]["code"]).verdict is Verdict.CHECKED_IN
    assert not window.scanner.unknown_help.isVisible()


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[SignedIn]:
    signed_in = SignedIn(tmp_path, demo_server)
    try:
        yield signed_in
    finally:
        signed_in.ctx.close()


def test_a_ticket_sold_after_the_download_is_looked_up_and_checked_in(
    qtbot: QtBot, make_window: MakeWindow, door: SignedIn, demo_server: DemoServer
) -> None:
    attendee_id, code = unchecked_attendee(demo_server, MAIN_EVENT)
    with door.ctx.store.write() as conn:  # the door's list lacks it, as if sold since
        conn.execute(delete(ATTENDEE).where(ATTENDEE.c.id == attendee_id))
    window = make_window(door.ctx, credentials=door.credential_store, sync_factory=door.sync)
    window.show()
    window.open_event(MAIN_EVENT)
    help_ = window.scanner.unknown_help
    assert type_code(qtbot, window, code).reason is Reason.UNKNOWN_CODE
    assert "sold after the last download" in help_.next_step.text()
    assert help_.lookup.isVisible()
    with qtbot.waitSignal(window.scanner.result_shown, timeout=15000) as shown:
        qtbot.mouseClick(help_.lookup, Qt.MouseButton.LeftButton)
    again = shown.args[0]
    assert again.verdict is Verdict.CHECKED_IN
    assert again.attendee is not None and again.attendee.id == attendee_id
    assert not help_.isVisible()


def test_a_scanned_badge_says_badge_not_number(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window: MainWindow = open_event(qtbot, make_window)
    badge = "BEGIN:VCARD\nVERSION:3.0\nFN:Jo Doe\nX-SOCIALPROFILE;TYPE=EVENTYAY:1\nEND:VCARD"
    with qtbot.waitSignal(window.scanner.result_shown, timeout=10000) as shown:
        window.scanner.submit(badge, Source.CAMERA)
    assert shown.args[0].reason is Reason.TYPED_ONLY
    assert "badge or a contact card" in window.scanner.unknown_help.next_step.text()
