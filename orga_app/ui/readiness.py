"""The readiness screen (issue 15): every line of the readiness check (orga_app/readiness) with a
symbol, a word and a colour (never colour alone), the fix under it, and "Check again".

The check runs off the GUI thread (ui/tasks.py); the server's questions are bounded inside it.
A camera the scanner already runs is not opened a second time (a camera serves one reader):
the screen watches the scanner's own frames and reads for a moment instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orga_app.app import AppContext
from orga_app.readiness.account import server_access
from orga_app.readiness.camera import camera_verdict
from orga_app.readiness.lines import CheckLine, Level, Readiness, Text
from orga_app.readiness.run import DoctorOptions, check_event
from orga_app.sync.credentials import CredentialStore
from orga_app.ui.camera_control import CameraController
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.plain import plain_label
from orga_app.ui.tasks import TaskRunner

Checker = Callable[[DoctorOptions], Readiness]

# (symbol, word, text colour, background): dark text on a light tint, over 4.5:1 each.
LOOKS: dict[Level, tuple[str, str, str, str]] = {
    Level.GREEN: ("✔", QT_TR_NOOP("OK"), "#1b5e20", "#e8f5e9"),
    Level.AMBER: ("⚠", QT_TR_NOOP("Look"), "#6d4c00", "#fff3e0"),
    Level.RED: ("✖", QT_TR_NOOP("Fix"), "#8c1d18", "#fbe9e7"),
    Level.NOT_TESTED: ("–", QT_TR_NOOP("Not tested"), "#424242", "#eeeeee"),
}
# How long a running scanner camera is watched at least (frames come 10-30 a second).
CAMERA_WATCH_S = 2.0


# Values of readiness texts that are words themselves (a role, how a pretix account signs in):
# translated with the template. Other values (names, numbers, server messages) stay as they are.
WORD_VALUES = ("role", "who")
_WHO_WORDS = (QT_TR_NOOP("paired device"), QT_TR_NOOP("team token"))


def words(line_text: Text) -> str:
    """A readiness text in the UI language: the template translated, then filled in."""
    template = tr(line_text.template)
    values = {
        key: tr(value) if key in WORD_VALUES and isinstance(value, str) else value
        for key, value in line_text.values.items()
    }
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a catalog's broken placeholder
        return str(line_text)


@dataclass
class CameraWatch:
    """What a running scanner camera delivered while the check ran."""

    frames: int = 0
    codes: int = 0
    trouble: str | None = None
    started: float = 0.0

    def line(self) -> CheckLine:
        return camera_verdict(self.frames, "" if self.codes else None, self.trouble)


class ReadinessDialog(QDialog):
    checked = Signal(object)  # the Readiness, after it is on screen

    def __init__(
        self,
        tasks: TaskRunner,
        checker: Checker,
        event_name: str,
        cameras: CameraController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ready for the doors?"))
        self._tasks = tasks
        self._checker = checker
        self._cameras = cameras
        self._watch: CameraWatch | None = None
        # Closed (and with WA_DeleteOnClose deleted): a check still running answers into
        # nothing; its widgets must not be touched.
        self._closed = False
        self.report: Readiness | None = None
        root = QVBoxLayout(self)
        self.event_label = plain_label(event_name)  # from the server: text, never markup
        self.event_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        root.addWidget(self.event_label)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        root.addWidget(self.summary)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        root.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again = QPushButton(tr("Check again"))
        self.again.clicked.connect(self.check)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.again)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)
        self.resize(760, 640)

    # -- checking -------------------------------------------------------------------------

    def check(self) -> None:
        self._closed = False  # shown again (a dialog kept, not deleted, on close)
        self.again.setEnabled(False)
        self._show_summary(None, tr("Checking… (the server has a few seconds to answer)"))
        watching = self._cameras is not None and self._cameras.active
        options = DoctorOptions(camera="none") if watching else DoctorOptions()
        if watching:
            self._start_watch()
        checker = self._checker
        self._tasks.run(lambda: checker(options), self._checked, self._failed, key="readiness")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._closed = True
        self._stop_watch()
        super().closeEvent(event)

    def _checked(self, report: Readiness) -> None:
        if self._closed:
            return
        watch = self._watch
        if watch is not None:
            left = CAMERA_WATCH_S - (time.monotonic() - watch.started)
            if left > 0:  # the server answered quickly: give the camera its moment
                QTimer.singleShot(int(left * 1000), lambda: self._checked(report))
                return
            self._stop_watch()
            camera = watch.line()
            report = replace(
                report, lines=[camera if ln.key == "camera" else ln for ln in report.lines]
            )
        self.show_report(report)

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._stop_watch()
        self.again.setEnabled(True)
        self._show_summary(Level.RED, tr("The check failed: {why}").format(why=user_message(exc)))

    # -- the scanner's camera -------------------------------------------------------------

    def _start_watch(self) -> None:
        assert self._cameras is not None
        self._watch = CameraWatch(started=time.monotonic())
        self._cameras.frame.connect(self._frame)
        self._cameras.outline.connect(self._outline)
        self._cameras.trouble.connect(self._trouble)

    def _stop_watch(self) -> None:
        if self._watch is None or self._cameras is None:
            return
        self._cameras.frame.disconnect(self._frame)
        self._cameras.outline.disconnect(self._outline)
        self._cameras.trouble.disconnect(self._trouble)
        self._watch = None

    def _frame(self, _image: QImage) -> None:
        if self._watch is not None:
            self._watch.frames += 1

    def _outline(self, polygons: list[object], _scale: float) -> None:
        if self._watch is not None and polygons:
            self._watch.codes += 1

    def _trouble(self, detail: str) -> None:
        if self._watch is not None:
            self._watch.trouble = detail

    # -- showing --------------------------------------------------------------------------

    def show_report(self, report: Readiness) -> None:
        self.report = report
        self.again.setEnabled(True)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, line in enumerate(report.lines):
            self.grid.addWidget(self._mark(line.level), row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self._line_text(line), row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(len(report.lines), 1)  # rows stay at the top, not spread
        if report.ready:
            amber = sum(line.level is Level.AMBER for line in report.lines)
            summary = (
                tr("Ready for the doors.")
                if not amber
                else tr("Ready for the doors; look at the %n line(s) marked Look.", None, amber)
            )
            self._show_summary(Level.GREEN, summary)
        else:
            red = sum(line.level is Level.RED for line in report.lines)
            self._show_summary(
                Level.RED, tr("Not ready: fix the %n line(s) marked Fix first.", None, red)
            )
        self.checked.emit(report)

    def _show_summary(self, level: Level | None, message: str) -> None:
        if level is None:
            self.summary.setStyleSheet("font-size: 13pt; padding: 8px;")
            self.summary.setText(message)
            return
        symbol, _word, fg, bg = LOOKS[level]
        self.summary.setStyleSheet(
            f"font-size: 13pt; font-weight: bold; padding: 8px; color: {fg}; background: {bg};"
            f" border: 2px solid {fg}; border-radius: 6px;"
        )
        self.summary.setText(f"{symbol} {message}")

    @staticmethod
    def _mark(level: Level) -> QLabel:
        symbol, word, fg, bg = LOOKS[level]
        mark = plain_label(f"{symbol} {tr(word)}")
        mark.setObjectName(f"mark_{level.value}")
        mark.setMinimumWidth(110)
        mark.setStyleSheet(
            f"color: {fg}; background: {bg}; font-weight: bold; padding: 6px;"
            f" border: 1px solid {fg}; border-radius: 4px;"
        )
        return mark

    @staticmethod
    def _line_text(line: CheckLine) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        title = plain_label(words(line.title))
        title.setStyleSheet("font-weight: bold;")
        detail = plain_label(words(line.detail))  # may quote a server's or a camera's text
        detail.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(detail)
        if str(line.fix):
            fix = plain_label(tr("Fix: {fix}").format(fix=words(line.fix)))
            fix.setWordWrap(True)
            fix.setStyleSheet("font-style: italic;")
            column.addWidget(fix)
        return box


def event_checker(
    ctx: AppContext, event_id: str, credentials: Callable[[], CredentialStore]
) -> Checker:
    """The readiness check of one event of the window's account, for the task runner."""
    servers = server_access(ctx, credentials)

    def check(options: DoctorOptions) -> Readiness:
        return check_event(ctx.store, ctx.settings, event_id, servers, options)

    return check
