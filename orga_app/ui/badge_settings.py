"""Badges…: the printer, the badge size, when a check-in prints (default and per ticket type),
with a live preview of a real attendee's badge drawn by the same code that prints it.

The attendee is read off the GUI thread (the task runner); the preview is one small image
painted on the GUI thread when a choice changes (a few milliseconds: no store, no printer).
A test print goes through the door's print queue like any badge.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.badges.layout import BADGE_SIZES, BadgeContent, default_layout, size_by_key
from orga_app.badges.modes import PrintMode, format_ticket_modes, parse_ticket_modes
from orga_app.badges.render import badge_image
from orga_app.badges.server_layouts import layout_for
from orga_app.badges.spooler import content_of
from orga_app.settings import Settings
from orga_app.store import badge_jobs, badge_layouts, queries
from orga_app.store.badge_layouts import LayoutChoice
from orga_app.store.db import Store
from orga_app.store.search import StatusFilter
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.tasks import TaskRunner

PREVIEW_DPI = 110
# Shown until a real attendee is read (or when the event has none yet).
SAMPLE = BadgeContent("Ana", "Müller", "Example Corp", ticket="Standard", code="SAMPLE-CODE")
MODE_LABELS = (
    (PrintMode.NEVER, QT_TR_NOOP("Never")),
    (PrintMode.ONCE, QT_TR_NOOP("Once (if not printed before)")),
    (PrintMode.ALWAYS, QT_TR_NOOP("At every check-in")),
)
LAYOUT_LABELS = (
    ("server", QT_TR_NOOP("The server's layout for each ticket type")),
    ("builtin", QT_TR_NOOP("Built-in: name, company, ticket type, QR")),
)


class BadgeSettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        store: Store,
        tasks: TaskRunner,
        event_id: str | None,
        printers: Callable[[], list[str]],
        *,
        test_print: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.content = SAMPLE
        self.attendee_id: int | None = None
        self.layout_choice = LayoutChoice(None)
        self._test_print = test_print
        self.setWindowTitle(tr("Badges"))
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.printer = QComboBox()
        self.printer.addItem(tr("(none: do not print)"), "")
        for name in printers():
            self.printer.addItem(name, name)
        chosen = str(settings.get("badge_printer"))
        if chosen and self.printer.findData(chosen) < 0:
            self.printer.addItem(tr("{name} (not connected)").format(name=chosen), chosen)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        form.addRow(tr("Printer"), self.printer)
        self.badge_size = QComboBox()
        for size in BADGE_SIZES:
            self.badge_size.addItem(size.label, size.key)
        self.badge_size.setCurrentIndex(
            max(0, self.badge_size.findData(str(settings.get("badge_size"))))
        )
        form.addRow(tr("Badge size"), self.badge_size)
        # Where the server has no layout for a ticket type, the built-in one prints either way.
        self.layout_pick = QComboBox()
        for key, label in LAYOUT_LABELS:
            self.layout_pick.addItem(tr(label), key)
        self.layout_pick.setCurrentIndex(
            max(0, self.layout_pick.findData(str(settings.get("badge_layout"))))
        )
        form.addRow(tr("Layout"), self.layout_pick)
        self.mode = QComboBox()
        for mode, label in MODE_LABELS:
            self.mode.addItem(tr(label), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(str(settings.get("badge_mode")))))
        form.addRow(tr("Print at check-in"), self.mode)
        self.ticket_modes = QLineEdit(str(settings.get("badge_ticket_modes")))
        self.ticket_modes.setPlaceholderText("VIP=always; Crew=never")
        self.ticket_modes.setToolTip(
            tr("Per ticket type: name=never, once or always, separated by semicolons")
        )
        form.addRow(tr("Per ticket type"), self.ticket_modes)
        left.addLayout(form)
        self.who = QLabel(tr("Preview with a sample name"))
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # an attendee's name: never markup
        self.who.setObjectName("hint")
        left.addWidget(self.who)
        self.test_button = QPushButton(tr("Print this badge"))
        self.test_button.setEnabled(False)
        self.test_button.clicked.connect(self._print_test)
        left.addWidget(self.test_button)
        left.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        root.addLayout(left)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 480)
        self.preview.setStyleSheet("background: #8a8f98; padding: 12px;")
        root.addWidget(self.preview, 1)
        self.badge_size.currentIndexChanged.connect(self.update_preview)
        self.layout_pick.currentIndexChanged.connect(self.update_preview)
        self.update_preview()
        if event_id:
            tasks.run(
                lambda: _first_attendee(store, event_id), self._attendee_read, lambda _e: None
            )

    def _attendee_read(self, found: tuple[int, BadgeContent, LayoutChoice] | None) -> None:
        # The organizer may close the dialog (deleted on close) before the read comes back.
        if found is None or not shiboken6.isValid(self):
            return
        self.attendee_id, self.content, self.layout_choice = found
        self.who.setText(tr("Preview: {name}").format(name=self.content.value("name")))
        self.test_button.setEnabled(self._test_print is not None)
        self.update_preview()

    def update_preview(self) -> None:
        # What the printer gets: the server's layout of the attendee's ticket type, if any.
        own = default_layout(size_by_key(str(self.badge_size.currentData())))
        use_server = self.layout_pick.currentData() == "server"
        layout = layout_for(self.layout_choice, own, use_server)
        self.preview.setPixmap(QPixmap.fromImage(badge_image(layout, self.content, PREVIEW_DPI)))

    def _print_test(self) -> None:
        if self._test_print is not None and self.attendee_id is not None:
            self._save()
            self._test_print(self.attendee_id)

    def _save(self) -> None:
        self.settings.set("badge_printer", str(self.printer.currentData()))
        self.settings.set("badge_size", str(self.badge_size.currentData()))
        self.settings.set("badge_layout", str(self.layout_pick.currentData()))
        self.settings.set("badge_mode", str(self.mode.currentData()))
        modes = parse_ticket_modes(self.ticket_modes.text())
        self.settings.set("badge_ticket_modes", format_ticket_modes(modes))

    def accept(self) -> None:
        self._save()
        super().accept()


def _first_attendee(store: Store, event_id: str) -> tuple[int, BadgeContent, LayoutChoice] | None:
    """A real attendee of the event for the preview, the first by name, with the layout its
    ticket type prints with (task thread)."""
    page = queries.attendees_after(store, event_id, "", StatusFilter.ALL, limit=1)
    if not page:
        return None
    subject = badge_jobs.subject_of(store, page[0].id)
    if subject is None:
        return None
    choice = badge_layouts.read_choice(store, event_id, subject.ticket_id)
    return subject.attendee_id, content_of(subject), choice
