"""Scans from the USB keyboard wedge and from a (video-file) camera reach the verdict panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from orga_app.demo.tickets import make_ticket_video
from orga_app.ui.wedge_filter import WedgeFilter
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


class StepClock:
    """A clock the test moves: each key is `gap` seconds after the previous one."""

    def __init__(self, gap: float) -> None:
        self.t = 100.0
        self.gap = gap

    def __call__(self) -> float:
        self.t += self.gap
        return self.t


def test_fast_wedge_burst_in_the_search_box_is_a_scan(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window, install_wedge=True)
    window.tabs.setCurrentWidget(window.attendees)
    search = window.attendees.search
    search.setFocus()
    code = seeded.rows[1]["code"]
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        qtbot.keyClicks(search, code)  # sent back to back: microseconds apart, like a scanner
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.scanner.verdict.family == "success"
    assert window.scanner.verdict.name.text() == "Person1 Number1"
    assert window.tabs.currentWidget() is window.scanner
    assert search.text() == ""  # the scanner's keystrokes did not land in the search box


def test_slow_typing_is_not_a_scan_and_reaches_the_box_in_order(qtbot: QtBot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    wedge = WedgeFilter(clock=StepClock(0.25))  # a person: a quarter second between keys
    box.installEventFilter(wedge)
    with qtbot.assertNotEmitted(wedge.scanned):
        qtbot.keyClicks(box, "Miller 42")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: box.text() == "Miller 42")


def test_fast_burst_with_timestamps_swallows_keys(qtbot: QtBot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    wedge = WedgeFilter(clock=StepClock(0.004))
    box.installEventFilter(wedge)
    with qtbot.waitSignal(wedge.scanned) as signal:
        qtbot.keyClicks(box, "TICKET-77")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert signal.args == ["TICKET-77"]
    assert box.text() == ""


def test_a_ticket_video_through_the_camera_worker_gives_a_verdict(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, tmp_path: Path
) -> None:
    code = seeded.rows[3]["code"]
    video = tmp_path / "tickets.avi"
    make_ticket_video(
        video, [code], width=640, height=360, fps=15, seconds_per_ticket=1.0,
        gap_seconds=0.3, effects=["plain"],
    )  # fmt: skip
    window = open_event(qtbot, make_window)
    scanner = window.scanner
    with qtbot.waitSignal(scanner.result_shown, timeout=15000) as signal:
        scanner.start_camera(str(video))
    result = signal.args[0]
    assert result.verdict.value == "checked_in"
    assert result.attendee.lastname == "Number3"
    assert scanner.verdict.family == "success"
    qtbot.waitUntil(lambda: scanner.cameras.worker is None, timeout=10000)  # the video ended
    assert "ended" in scanner.preview.message
