"""Start-up probe: tell the start-up benchmark (and installer tests) when the door can take its
first scan, then quit.

Apart from `offscreen_check` (which builds a MainWindow and so imports `main_window`) because
`run_gui` (ui/launch.py) calls it: the window is described by a protocol here, so the two
modules do not import each other.
"""

from __future__ import annotations

import sys
from typing import Protocol, TextIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget

# The env var that makes `run_gui` print SCAN_READY_LINE and quit once the scanner is shown.
EXIT_WHEN_READY_ENV = "ORGA_APP_EXIT_WHEN_READY"
SCAN_READY_LINE = "scan-ready"
NOT_READY_EXIT_CODE = 3
# How long start-up may take before the checks give up (a cold disk, a busy CI machine).
READY_TIMEOUT_S = 30.0


class ReadyWindow(Protocol):
    """What the probe needs of the main window: its page stack and two page indexes."""

    EVENTS: int
    WORK: int
    stack: QStackedWidget


def exit_when_ready(window: ReadyWindow, out: TextIO | None = None) -> None:
    """Print SCAN_READY_LINE and quit the event loop once `window` shows the scanner.

    For `run_gui` to call before `window.start()` when $ORGA_APP_EXIT_WHEN_READY is set (the
    start-up benchmark). Start-up that ends elsewhere says so and quits with code 3.
    """
    stream = out or sys.stdout
    finished: list[str] = []
    stack = window.stack  # the timers' context: they die with the window

    def finish(line: str, code: int) -> None:
        if finished:
            return
        finished.append(line)
        stream.write(line + "\n")
        stream.flush()
        QApplication.exit(code)

    def changed(index: int) -> None:
        if index == window.WORK:
            # Queued behind the page switch, so the scanner has been laid out and painted.
            QTimer.singleShot(0, stack, lambda: finish(SCAN_READY_LINE, 0))
        elif index == window.EVENTS:
            QTimer.singleShot(
                0, stack, lambda: finish("start-up stopped at the event list", NOT_READY_EXIT_CODE)
            )

    stack.currentChanged.connect(changed)
    QTimer.singleShot(
        int(READY_TIMEOUT_S * 1000),
        stack,
        lambda: finish("start-up never reached the scanner", NOT_READY_EXIT_CODE),
    )
