"""The wedge filter judges key gaps by when keys were pressed, not when the GUI got to them.

Keys are synthetic QKeyEvents carrying a press timestamp (ms), delivered with a processing delay
that the injected clock shows; the clock is only the fallback for events without a timestamp.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from orga_app.ui.wedge_filter import WedgeFilter

CODE = "ORGA-7f3a9c2e41b85d60-ticket-000123-abcdefgh"  # 44 characters, like a real ticket


class StallingClock:
    """Processing time: every reading is `step` seconds after the previous one (a busy GUI)."""

    def __init__(self, step: float) -> None:
        self.t = 50.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


def key_press(char: str, stamp_ms: int) -> QKeyEvent:
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
    event.setTimestamp(stamp_ms)
    return event


def presses(text: str, start_ms: int, gap_ms: int) -> list[QKeyEvent]:
    return [key_press(char, start_ms + i * gap_ms) for i, char in enumerate(text)]


def filtered_box(qtbot: QtBot, clock: StallingClock) -> tuple[QLineEdit, WedgeFilter]:
    box = QLineEdit()
    qtbot.addWidget(box)
    wedge = WedgeFilter(box, clock=clock)
    box.installEventFilter(wedge)
    return box, wedge


def test_a_burst_processed_slowly_is_still_one_scan(qtbot: QtBot) -> None:
    assert len(CODE) == 44
    # the GUI reaches each key 120 ms after the one before, but they were pressed 4 ms apart
    box, wedge = filtered_box(qtbot, StallingClock(0.12))
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as signal:
        for event in presses(CODE + "\r", 10_000, 4):
            QApplication.sendEvent(box, event)
    assert signal.args == [CODE]
    assert box.text() == ""


def test_keys_queued_behind_a_stall_keep_the_release_timer_from_splitting_the_scan(
    qtbot: QtBot,
) -> None:
    box, wedge = filtered_box(qtbot, StallingClock(0.0))
    events = presses(CODE + "\r", 10_000, 4)
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as signal:
        for event in events[:20]:
            QApplication.sendEvent(box, event)
        for event in events[20:]:
            QCoreApplication.postEvent(box, event)  # pressed already, still in the queue
        # the GUI was busy long enough for the release timer to run out before the queue
        wedge._timer.timeout.emit()
    assert signal.args == [CODE]
    assert box.text() == ""


def test_slow_typing_delivered_in_one_go_reaches_the_box_in_order(qtbot: QtBot) -> None:
    # a person typed (250 ms apart) while the GUI was busy: the keys arrive back to back
    box, wedge = filtered_box(qtbot, StallingClock(0.0))
    with qtbot.assertNotEmitted(wedge.scanned):
        for event in presses("Miller 42\r", 10_000, 250):
            QApplication.sendEvent(box, event)
    assert box.text() == "Miller 42"


def test_keys_without_a_timestamp_fall_back_to_the_clock(qtbot: QtBot) -> None:
    box, wedge = filtered_box(qtbot, StallingClock(0.004))
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as signal:
        for event in presses("TICKET-77\r", 0, 0):
            QApplication.sendEvent(box, event)
    assert signal.args == ["TICKET-77"]
    assert box.text() == ""


def test_a_short_pause_releases_held_keys_to_the_box(qtbot: QtBot) -> None:
    # typed fast but never ended with Enter: once no key comes in time, they are typing
    box, wedge = filtered_box(qtbot, StallingClock(0.0))
    with qtbot.assertNotEmitted(wedge.scanned):
        for event in presses("abc", 10_000, 4):
            QApplication.sendEvent(box, event)
        assert box.text() == ""  # held while a scan is still possible
        qtbot.waitUntil(lambda: box.text() == "abc", timeout=1000)
