"""Tickets admitted twice: two doors scanned the same ticket before either had synced, so both
answered green. Nothing can undo that at the door; the organizer needs to know who, where and
when (a copied ticket, or a person let in twice). Shown on the Problems page after each sync."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.times import human_time
from orga_app.store.stats import DoubleAdmission
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.plain import plain_label

HEADERS = (QT_TR_NOOP("Attendee"), QT_TR_NOOP("First admitted"), QT_TR_NOOP("Admitted again"))


def where_and_when(stamp: str, device: str, now: datetime) -> str:
    when = human_time(stamp, now, seconds=True)  # two doors are often seconds apart
    return tr("{when} at {door}").format(when=when, door=device)


class DoubleAdmissionsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubles: list[DoubleAdmission] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = plain_label(tr("Admitted twice"))
        heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        layout.addWidget(heading)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(tr("Admitted twice"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.show_doubles([])

    def show_doubles(self, doubles: list[DoubleAdmission]) -> None:
        self.doubles = doubles
        now = datetime.now(UTC)
        self.table.setRowCount(len(doubles))
        for row, double in enumerate(doubles):
            values = (
                double.name or f"#{double.attendee_id}",
                where_and_when(double.first_at, double.first_device, now),
                where_and_when(double.second_at, double.second_device, now),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setVisible(bool(doubles))
        if len(doubles) == 1:
            self.summary.setText(
                tr(
                    "A ticket was let in at two doors before they had synced, with no "
                    "check-out between. Check whether it was copied."
                )
            )
        elif doubles:
            self.summary.setText(
                tr(
                    "%n time(s) a ticket was let in at two doors before they had synced, with "
                    "no check-out between. Check whether those tickets were copied.",
                    None,
                    len(doubles),
                )
            )
        else:
            self.summary.setText(tr("No ticket was admitted at two doors."))
