"""Sync in the GUI: a controller that bridges the sync scheduler's thread to Qt signals, and the
status-bar widgets (online/offline, pending count, last sync, download progress).

The UI works without sync (a CSV-imported door, or before sync is wired): pass `sync=None`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from orga_app.core.checkin import human_time

log = logging.getLogger("orga_app.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


class SyncReportLike(Protocol):
    """What the UI reads of sync.engine.SyncReport."""

    uploaded: int
    failed: int
    pending: int
    downloaded: int
    error: str | None
    paused: str | None


class SchedulerLike(Protocol):
    """What the UI calls on sync.scheduler.SyncScheduler."""

    def push_now(self, event_id: str) -> None: ...

    def network_back(self) -> None: ...

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


class SyncController(QObject):
    """Owns the scheduler for the GUI. Its callbacks run on the scheduler's threads; they only
    emit signals, which Qt queues to the GUI thread."""

    report_ready = Signal(object)  # SyncReportLike
    progress = Signal(str, int, int)  # stage, done, total
    started = Signal()

    def __init__(self, scheduler: SchedulerLike | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.scheduler = scheduler

    # the scheduler calls these from its own threads
    def on_report(self, report: Any) -> None:
        self.report_ready.emit(report)

    def on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)

    def push_now(self, event_id: str) -> None:
        if self.scheduler is not None:
            self.started.emit()
            self.scheduler.push_now(event_id)

    def network_back(self) -> None:
        if self.scheduler is not None:
            self.scheduler.network_back()

    def start(self) -> None:
        if self.scheduler is not None:
            self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown()


def is_offline(report: SyncReportLike) -> bool:
    """A report whose error is about reaching the server means we are offline."""
    error = (report.error or "").lower()
    return any(word in error for word in ("unreachable", "no answer", "connection", "timed out"))


class SyncStatusWidgets(QObject):
    """The status-bar part: `install(status_bar)` once, then feed it counts and reports."""

    problems_clicked = Signal()
    sync_clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = QLabel()
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.problems = QPushButton()
        self.problems.setFlat(True)
        self.problems.clicked.connect(self.problems_clicked)
        self.problems.hide()
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(self.sync_clicked)
        self.set_online(None)
        self.set_last_sync(None)
        self.set_counts(0, 0)

    def install(self, bar: QStatusBar) -> None:
        widgets: list[QWidget] = [self.online, self.pending, self.problems, self.last_sync]
        for widget in widgets:
            bar.addWidget(widget)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sync_button)

    def set_sync_available(self, available: bool) -> None:
        self.sync_button.setVisible(available)
        if not available:
            self.online.setText(tr("● Local only (no sync)"))
            self.online.setStyleSheet("color: #5a6470;")

    def set_online(self, online: bool | None) -> None:
        if online is None:
            self.online.setText(tr("● Not synced yet"))
            self.online.setStyleSheet("color: #5a6470;")
        elif online:
            self.online.setText(tr("● Online"))
            self.online.setStyleSheet("color: #1b7a3a; font-weight: bold;")
        else:
            self.online.setText(tr("● Offline — scans are saved and sent later"))
            self.online.setStyleSheet("color: #b3261e; font-weight: bold;")

    def set_counts(self, pending: int, failed: int) -> None:
        self.pending.setText(tr("{n} waiting to upload").format(n=pending))
        self.problems.setText(tr("⚠ {n} failed — review").format(n=failed))
        self.problems.setVisible(failed > 0)

    def set_last_sync(self, stamp: str | None) -> None:
        if stamp:
            self.last_sync.setText(
                tr("Last sync {when}").format(when=human_time(stamp, datetime.now(UTC)))
            )
        else:
            self.last_sync.setText(tr("Never synced"))

    def show_progress(self, stage: str, done: int, total: int) -> None:
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("{stage} %v / %m").format(stage=stage))
        self.progress.show()

    def show_report(self, report: SyncReportLike) -> None:
        self.progress.hide()
        if report.paused:
            self.online.setText(tr("● Sync paused: {why}").format(why=report.paused))
            self.online.setStyleSheet("color: #b3261e; font-weight: bold;")
            return
        self.set_online(not is_offline(report))
        if report.error is None:
            self.set_last_sync(datetime.now(UTC).isoformat())
