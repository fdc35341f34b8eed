"""The in-app log view: the last lines of the app's log, for a door helper on the phone with
support ("what does it say?"), without hunting for the log file."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orga_app.logs import RingBufferHandler
from orga_app.ui.accessible import name_controls
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label


class LogView(QDialog):
    def __init__(
        self, buffer: RingBufferHandler | None, log_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log"))
        self.resize(900, 500)
        self._buffer = buffer
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Full log: {path}").format(path=log_file)))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setAccessibleName(tr("Log"))
        name_controls(self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        lines = self._buffer.lines() if self._buffer is not None else []
        text = "\n".join(lines) if lines else tr("Nothing logged yet.")
        if text != self.text.toPlainText():
            self.text.setPlainText(text)
            bar = self.text.verticalScrollBar()
            if bar is not None:
                bar.setValue(bar.maximum())
