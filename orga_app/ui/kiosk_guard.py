"""Keeps the kiosk window shown, full screen and in front until the operator lets it go.

A window manager's shortcuts (Super+D, another desktop, the window menu) can still hide, minimise
or cover a full-screen window. The guard watches the window's own events to react at once to a
minimise or a hide, and checks every GUARD_MS that it is still mapped and in front.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("orga_app.ui")

GUARD_MS = 1000  # how soon a window that something covered is put back in front


class FrontGuard(QObject):
    """Watches one top-level window; `start()` begins, `release()` ends it for good."""

    def __init__(self, window: QWidget, interval_ms: int = GUARD_MS) -> None:
        super().__init__(window)
        self._window = window
        self.released = False
        self._reshowing = False  # stay_in_front hides the window itself to map it again
        self._full_screen = False  # set by present(): how to come back after a minimise
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.stay_in_front)
        window.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def release(self) -> None:
        """The window may now be hidden or closed (PIN exit, shutdown)."""
        self.released = True
        self.timer.stop()

    def present(self) -> None:
        """Full screen over the whole primary screen, and kept there."""
        self._full_screen = True
        screen = QApplication.primaryScreen()
        if screen is not None:
            # Without a window manager (a bare X session on a kiosk box) full-screen is only a
            # request; cover the screen ourselves too.
            self._window.setGeometry(screen.geometry())
        self._window.showFullScreen()

    def stay_in_front(self) -> None:
        """Show the window again if it is hidden or minimised, and raise it if another window
        covers it. Its own dialogs (the operator's Settings) may stay on top."""
        window = self._window
        if self.released or QApplication.activeModalWidget() is not None:
            return
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and not handle.isExposed():
            # unmapped behind Qt's back (another desktop, a window manager, xdotool): Qt still
            # counts it as shown, so showing it alone would not map it again
            self._reshowing = True
            try:
                window.hide()
            finally:
                self._reshowing = False
        if window.isMinimized() or not window.isVisible():
            log.warning("kiosk was hidden or minimised: showing it again")
            if self._full_screen:
                window.showFullScreen()
            else:
                window.showNormal()
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and not self.released:
            kind = event.type()
            minimised = kind == QEvent.Type.WindowStateChange and self._window.isMinimized()
            hidden = kind == QEvent.Type.Hide and not self._reshowing
            if minimised or hidden:
                # after the window system is done with the change
                QTimer.singleShot(0, self, self.stay_in_front)
        return False  # the window still gets every event
