"""The main window's toolbar: the open event's name, Change event, Export…, Settings, Log."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label


class WorkToolbar(QToolBar):
    """The event and the workspace actions show only while an event is open (`set_work`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Main"), parent)
        self.setMovable(False)
        self.event_label = plain_label()  # an event name from the server: text, never markup
        self.event_label.setStyleSheet("font-weight: bold; font-size: 13pt; padding: 0 12px;")
        self.addWidget(self.event_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.change_event = self._action(tr("Change event"))
        self.export = self._action(
            tr("Export…"), tr("Save the attendee list or the scan log as CSV")
        )
        self.scanner_setup = self._action(
            tr("Scanner set-up"), tr("Test a USB barcode scanner once; the app corrects for it")
        )
        self.readiness = self._action(
            tr("Readiness"), tr("Is this computer ready for the doors? Every check, with the fix")
        )
        self.badges = self._action(
            tr("Badges…"), tr("Badge printer, size, and when a check-in prints a badge")
        )
        self.settings = self._action(tr("Settings"))
        self.log = self._action(tr("Log"), tr("What the app did recently (for support)"))

    def _action(self, text: str, tip: str = "") -> QAction:
        action = QAction(text, self)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def set_work(self, on: bool) -> None:
        self.change_event.setVisible(on)
        self.export.setVisible(on)
        self.readiness.setVisible(on)
        self.event_label.setVisible(on)
