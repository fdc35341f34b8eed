"""The open event's numbers at the door: "n of N checked in" under the verdict, and pending,
failed, last sync and a pause in the status bar.

Read again after every change of the open event (ui/changes.py), every COUNTS_REFRESH_MS
(another door's check-ins arrive with the sync) and after each sync report, which is shown and
then announced so that every page catches up with what the sync did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.store.queries import EventStatus
from orga_app.sync.engine import SyncReport
from orga_app.ui.changes import ChangeHub, Changes, PageContext
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sync_status import SyncStatusWidgets
from orga_app.ui.tasks import TaskRunner

COUNTS_REFRESH_MS = 5000


class DoorStatus(QObject):
    """Keeps the scanner's count line and the status bar's counts current."""

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        changes: ChangeHub,
        status: SyncStatusWidgets,
        scanner: ScannerPage,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._tasks = tasks
        self._changes = changes
        self._status = status
        self._scanner = scanner
        self._on_error = on_error
        self.event_id: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(COUNTS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        changes.changed.connect(self._changed)

    def set_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        if event_id is None:
            self.timer.stop()
            return
        self.refresh()
        self.timer.start()

    def set_context(self, context: PageContext) -> None:
        self.store = context.store

    def show_report(self, report: SyncReport) -> None:
        self._status.show_report(report)
        self._changes.announce(
            Changes.after_sync(
                report.event_id,
                uploaded=report.uploaded,
                failed=report.failed,
                downloaded=report.downloaded,
            )
        )
        if report.event_id != self.event_id:
            self.refresh()  # the announcement was for another event; the bar still shows this one

    def _changed(self, changes: Changes) -> None:
        if changes.event_id == self.event_id:
            self.refresh()

    def refresh(self) -> None:
        event_id, store = self.event_id, self.store
        if event_id is None:
            return

        self._tasks.run(
            lambda: queries.event_status(store, event_id), self._show, self._on_error, key="counts"
        )

    def _show(self, status: EventStatus) -> None:
        counts = status.counts
        self._scanner.set_counts(counts.checked_in, counts.attendees)
        self._status.set_counts(counts.pending, counts.failed)
        self._status.set_last_sync(status.last_upload or status.last_download)
        self._status.set_paused(status.paused)
