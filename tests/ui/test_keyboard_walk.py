"""The door flow with the keyboard alone: every key goes to whatever widget has the focus, as a
person without a mouse (or with a screen reader) would press it. Choose the event, type a ticket
code, check out, search the attendee list, look at the problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from orga_app.ui.main_window import MainWindow
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow

MAX_TABS = 12  # a control the door needs is never further than this from the last one


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget) -> int:
    """Presses Tab until `target` has the focus; returns how many presses it took."""
    for presses in range(MAX_TABS + 1):
        if focused() is target:
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(target).__name__} (now on {focused()})")


def test_the_door_flow_works_with_the_keyboard_alone(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window: MainWindow = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    if QApplication.focusWidget() is None:
        window.setFocus()  # the window itself holds the focus before the first Tab
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # choose the event: Tab to the list, pick the first event, Enter opens it
    tab_to(qtbot, window.events.list)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.WORK)

    # type a ticket code and press Enter: checked in
    scanner, verdict = window.scanner, window.scanner.verdict
    code = seeded.rows[0]["code"]
    tab_to(qtbot, scanner.code_entry)
    with qtbot.waitSignal(scanner.result_shown, timeout=5000):
        type_text(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
    assert verdict.family == "success"

    # F3: check-out mode, the same code again: checked out; F2 back to check in
    press(qtbot, Qt.Key.Key_F3)
    assert scanner.mode_buttons[scanner.mode].text() == "Check out"
    tab_to(qtbot, scanner.code_entry)
    with qtbot.waitSignal(scanner.result_shown, timeout=5000):
        type_text(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
    assert verdict.family == "checkout"
    press(qtbot, Qt.Key.Key_F2)
    assert scanner.mode_buttons[scanner.mode].text() == "Check in"

    # Ctrl+F: the attendee search, type a name, the list narrows to that person
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    attendees = window.attendees
    assert window.tabs.currentWidget() is attendees and focused() is attendees.search
    last_name = str(seeded.rows[1]["lastname"])
    type_text(qtbot, last_name)
    qtbot.waitUntil(lambda: attendees.model.rowCount() == 1, timeout=5000)

    # Ctrl+Tab: on to the problems page
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.problems
