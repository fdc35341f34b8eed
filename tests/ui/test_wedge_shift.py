"""USB scanners that press Shift (issue 9 item 1): an HID scanner sends every capital letter or
symbol as Shift down, the key (with ShiftModifier), the key up, Shift up. Those bare Shift presses
must neither end nor split the burst, whether the focus is in a text field or not, and whether
the scanner ends a code with Enter or only with silence.

Keys go through QTest key press/release to the widget that has the keyboard focus, in exactly
that order, back to back as a scanner sends them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import ScanResult, Verdict
from orga_app.ui.main_window import MainWindow
from orga_app.ui.wedge_filter import WedgeFilter
from tests.helpers import Seeded, add_attendees, attendee_row, scan_log_rows
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

# Characters a US-layout HID scanner sends with Shift held.
SHIFTED_SYMBOLS = set('~!@#$%^&*()_+{}|:"<>?')

TICKET_CODES = {"JN-0002": 201, "KIOSK-0001": 202, "ABCDEFGH12": 203}
CODES = [*TICKET_CODES, "bob@x.org"]


def needs_shift(char: str) -> bool:
    return char.isupper() or char in SHIFTED_SYMBOLS


def scanner_types(widget: QWidget, text: str, *, enter: bool) -> None:
    """What an HID scanner sends: QTest adds the Shift press before and release after a key
    given ShiftModifier, the same sequence the scanner's keyboard report produces."""
    for char in text:
        modifier = (
            Qt.KeyboardModifier.ShiftModifier if needs_shift(char) else Qt.KeyboardModifier(0)
        )
        # the char overload types `char` itself ("J", not the Key_J overload's "j"); the stubs
        # leave it out
        QTest.keyPress(widget, char, modifier)  # type: ignore[call-overload]
        QTest.keyRelease(widget, char, modifier)  # type: ignore[call-overload]
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def door(qtbot: QtBot, make_window: MakeWindow, seeded: Seeded) -> MainWindow:
    add_attendees(
        seeded.store,
        [
            attendee_row(attendee_id, "Scan", f"Test{attendee_id}", code=code)
            for code, attendee_id in TICKET_CODES.items()
        ],
    )
    window: MainWindow = open_event(qtbot, make_window, install_wedge=True)
    window.activateWindow()
    return window


def focus_target(window: MainWindow, in_text_field: bool) -> QWidget:
    widget: QWidget = window.scanner.code_entry if in_text_field else window.scanner.check_button
    widget.setFocus()
    return widget


@pytest.mark.parametrize("enter", [True, False], ids=["enter", "no-terminator"])
@pytest.mark.parametrize("in_text_field", [True, False], ids=["field", "no-field"])
@pytest.mark.parametrize("code", CODES)
def test_a_scanner_that_presses_shift_delivers_the_whole_code(
    qtbot: QtBot,
    make_window: MakeWindow,
    seeded: Seeded,
    code: str,
    in_text_field: bool,
    enter: bool,
) -> None:
    window = door(qtbot, make_window, seeded)
    target = focus_target(window, in_text_field)
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000) as shown:
        scanner_types(target, code, enter=enter)
    result = shown.args[0]
    assert isinstance(result, ScanResult)
    assert result.code == code
    if code in TICKET_CODES:
        assert result.verdict is Verdict.CHECKED_IN
        assert result.attendee is not None and result.attendee.id == TICKET_CODES[code]
    assert window.scanner.code_entry.text() == ""  # swallowed as a scan, not typed
    # one scan, and from the wedge: not the field's Enter submitting typed text
    assert [(row["raw"], row["source"]) for row in scan_log_rows(seeded.store)] == [(code, "wedge")]


def test_people_typing_capitals_slowly_still_type_into_the_field(qtbot: QtBot) -> None:
    # Shift no longer releases held keys, so check typing with Shift still arrives, in order
    box = QLineEdit()
    qtbot.addWidget(box)
    times = iter([10.0 + 0.3 * i for i in range(100)])
    wedge = WedgeFilter(box, clock=lambda: next(times))
    QApplication.instance().installEventFilter(wedge)  # type: ignore[union-attr]
    try:
        with qtbot.assertNotEmitted(wedge.scanned):
            scanner_types(box, "Mr O'Neil", enter=False)
            qtbot.waitUntil(lambda: box.text() == "Mr O'Neil", timeout=2000)
    finally:
        QApplication.instance().removeEventFilter(wedge)  # type: ignore[union-attr]


def test_a_short_fast_burst_without_enter_is_typing_not_a_scan(qtbot: QtBot) -> None:
    # only silence ends a scan without a terminator: demand a ticket-length burst, so rolled-over
    # fast typing of a few letters stays text
    box = QLineEdit()
    qtbot.addWidget(box)
    wedge = WedgeFilter(box)
    box.installEventFilter(wedge)
    with qtbot.assertNotEmitted(wedge.scanned):
        scanner_types(box, "Tion", enter=False)
        qtbot.waitUntil(lambda: box.text() == "Tion", timeout=2000)
