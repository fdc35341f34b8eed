"""The USB scanner set-up with real key events (issue 15): QTest key presses into the set-up
window, Shift pressed around every character that needs it, exactly as an HID scanner's keyboard
reports arrive. One scan of the test code per case: no Enter, a prefix, doubled output, a
US-layout scanner read through a German keyboard mapping. Then the door itself: a ticket scanned
by the same mangling scanner checks in the right attendee."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import ScanResult, Verdict
from orga_app.scan.scanner_setup import (
    SCANNER_TEST_CODE,
    US_READ_AS_DE,
    Layout,
    Outcome,
    SetupResult,
    Terminator,
    load_profiles,
    saved_state,
)
from orga_app.settings import Settings
from orga_app.ui.main_window import MainWindow
from orga_app.ui.scanner_setup_dialog import ScannerSetupDialog
from tests.helpers import Seeded, add_attendees, attendee_row, scan_log_rows
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

# Characters typed with Shift on a US keyboard, and on a German one.
US_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')
DE_SHIFTED = set("°!\"§$%&/()=?`*'>;:_ÖÄÜ")


def _key_of(char: str) -> int:
    """Qt's key code for a character: Latin-1 keys are their upper-case code point."""
    upper = char.upper() if len(char.upper()) == 1 else char  # "ß".upper() is "SS"
    return ord(upper) if ord(upper) < 0x100 else int(Qt.Key.Key_unknown)


def _send(
    widget: QWidget, kind: QEvent.Type, key: int, mods: Qt.KeyboardModifier, text: str
) -> None:
    QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, text))


def scanner_types(
    widget: QWidget, text: str, *, enter: bool, shifted: set[str] = US_SHIFTED
) -> None:
    """What an HID scanner's keyboard reports produce, key by key: Shift down, the key (press and
    release, carrying ShiftModifier and its text), Shift up, for capitals and the layout's
    shifted symbols; then Enter if the scanner sends one. Built as QKeyEvents because QTest's
    character overload cannot carry non-ASCII text ("ß", "Ö" from a German mapping)."""
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    shift, plain = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
    for char in text:
        needs_shift = char.isupper() or char in shifted
        mods = shift if needs_shift else plain
        if needs_shift:
            _send(widget, press, Qt.Key.Key_Shift, shift, "")
        _send(widget, press, _key_of(char), mods, char)
        _send(widget, release, _key_of(char), mods, char)
        if needs_shift:
            _send(widget, release, Qt.Key.Key_Shift, plain, "")
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def german_mapping(text: str) -> str:
    """What reaches the app when a US-layout scanner types `text` into a German mapping."""
    return "".join(US_READ_AS_DE.get(c, c) for c in text)


@pytest.fixture
def setup_window(qtbot: QtBot, tmp_path: Path) -> Iterator[ScannerSetupDialog]:
    dialog = ScannerSetupDialog(Settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    try:
        yield dialog
    finally:
        dialog.done(0)


def scan_test_code(
    qtbot: QtBot, dialog: ScannerSetupDialog, sends: list[tuple[str, bool]], shifted: set[str]
) -> SetupResult:
    with qtbot.waitSignal(dialog.analysed, timeout=5000) as judged:
        for text, enter in sends:
            scanner_types(dialog.again, text, enter=enter, shifted=shifted)
    result = judged.args[0]
    assert isinstance(result, SetupResult)
    return result


def test_a_scanner_without_enter(qtbot: QtBot, setup_window: ScannerSetupDialog) -> None:
    result = scan_test_code(qtbot, setup_window, [(SCANNER_TEST_CODE, False)], US_SHIFTED)
    assert result.outcome is Outcome.TESTED and result.profile is not None
    assert result.profile.terminator is Terminator.NONE
    assert not result.profile.changes_codes
    assert "no Enter" in setup_window.answer.text()


def test_a_scanner_with_a_prefix(qtbot: QtBot, setup_window: ScannerSetupDialog) -> None:
    result = scan_test_code(qtbot, setup_window, [("#A1" + SCANNER_TEST_CODE, True)], US_SHIFTED)
    assert result.profile is not None
    assert (result.profile.prefix, result.profile.terminator) == ("#A1", Terminator.ENTER)
    assert "“#A1” in front" in setup_window.answer.text()


def test_a_scanner_that_sends_each_code_twice(
    qtbot: QtBot, setup_window: ScannerSetupDialog
) -> None:
    twice = [(SCANNER_TEST_CODE, True), (SCANNER_TEST_CODE, True)]
    result = scan_test_code(qtbot, setup_window, twice, US_SHIFTED)
    assert result.profile is not None and result.profile.doubled
    assert "twice" in setup_window.answer.text()


def test_a_us_scanner_read_through_a_german_mapping(
    qtbot: QtBot, setup_window: ScannerSetupDialog, tmp_path: Path
) -> None:
    received = german_mapping(SCANNER_TEST_CODE)
    result = scan_test_code(qtbot, setup_window, [(received, True)], DE_SHIFTED)
    assert result.profile is not None and result.profile.layout is Layout.US_AS_DE
    assert "German" in setup_window.answer.text()
    # saved for the scanner the keys came from (QTest's keyboard device), read back from disk
    assert "core keyboard" in load_profiles(str(Settings(tmp_path).get("scanner_profiles")))
    assert saved_state(Settings(tmp_path)).outcome is Outcome.TESTED


def test_a_ticket_instead_of_the_test_code_is_a_problem(
    qtbot: QtBot, setup_window: ScannerSetupDialog, tmp_path: Path
) -> None:
    result = scan_test_code(qtbot, setup_window, [("JN-0002-XYZ", True)], US_SHIFTED)
    assert result.outcome is Outcome.PROBLEM
    assert saved_state(Settings(tmp_path)).outcome is Outcome.PROBLEM


TICKET = "ab12-YZ/yz:7"  # moved characters in it: y, z, "/" and ":" on a German mapping


def test_after_set_up_the_door_corrects_every_scan(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    add_attendees(seeded.store, [attendee_row(301, "Lea", "Lang", code=TICKET)])
    window: MainWindow = open_event(qtbot, make_window, install_wedge=True)
    window.activateWindow()
    # a US scanner on a German mapping, with a prefix, sending every code twice without Enter
    mangled = "]Q1" + german_mapping(SCANNER_TEST_CODE)
    dialog = window.open_scanner_setup()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.analysed, timeout=5000) as judged:
        scanner_types(dialog.again, mangled + mangled, enter=False, shifted=DE_SHIFTED)
    profile = judged.args[0].profile
    assert profile is not None and profile.doubled and profile.prefix == "]Q1"
    assert scan_log_rows(seeded.store) == []  # the set-up's scan checked nobody in
    dialog.done(0)
    window.activateWindow()
    window.scanner.check_button.setFocus()
    ticket = "]Q1" + german_mapping(TICKET)
    assert ticket != "]Q1" + TICKET
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000) as shown:
        scanner_types(window.scanner.check_button, ticket + ticket, enter=False, shifted=DE_SHIFTED)
    result = shown.args[0]
    assert isinstance(result, ScanResult)
    assert result.verdict is Verdict.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == 301
    assert [row["raw"] for row in scan_log_rows(seeded.store)] == [TICKET]
