"""The staffed door's question for a pending (unpaid) order on a list that admits those
(issue 11): "Not paid: admit anyway?" with two buttons and two keys, Enter or Space to admit,
Esc to refuse. pretix answers such a scan "unpaid" unless the door says a person admitted it
(pretixSCAN asks the same way); offline the door asks the same question.

The keys count only while the question is open and the code field is empty, so that typing a
code (or a USB scanner's Enter after one) is never read as an answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from orga_app.core.verdict import ScanResult
from orga_app.ui.i18n import tr

_ADMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class UnpaidConfirm(QWidget):
    """Hidden until `offer`; emits `admit` or `refuse` with the offered result, once."""

    admit = Signal(object)  # ScanResult
    refuse = Signal(object)  # ScanResult

    def __init__(self, code_entry: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code_entry = code_entry
        self.offered: ScanResult | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.admit_button = QPushButton(tr("Admit anyway (Enter)"))
        self.admit_button.setObjectName("primary")
        self.refuse_button = QPushButton(tr("Refuse (Esc)"))
        for button in (self.admit_button, self.refuse_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the code field keeps the focus
            row.addWidget(button)
        self.admit_button.clicked.connect(self._admit)
        self.refuse_button.clicked.connect(self._refuse)
        code_entry.installEventFilter(self)
        self.hide()

    def offer(self, result: ScanResult) -> None:
        self.offered = result
        self.show()

    def withdraw(self) -> None:
        """A new scan, another event or the idle screen: the question is gone."""
        self.offered = None
        self.hide()

    def _admit(self) -> None:
        offered, self.offered = self.offered, None
        self.hide()
        if offered is not None:
            self.admit.emit(offered)

    def _refuse(self) -> None:
        offered, self.offered = self.offered, None
        self.hide()
        if offered is not None:
            self.refuse.emit(offered)

    def handles(self, event: QKeyEvent) -> bool:
        """Answer the question from a key press (True when the key was an answer)."""
        if self.offered is None or self._code_entry.text():
            return False
        if event.key() in _ADMIT_KEYS:
            self._admit()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self._refuse()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handles(event)
        return super().eventFilter(watched, event)
