"""The open event's pages as tabs: scanner, attendees, problems, dashboard.

Each page owns its state and refreshes itself from the window's ChangeHub (ui/changes.py); the
workspace only hands them all the event to show and the account to work on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from orga_app.app import AppContext
from orga_app.core.verdict import Mode
from orga_app.ui.attendees import AttendeesPage, Confirm
from orga_app.ui.changes import ChangeHub
from orga_app.ui.dashboard import DashboardPage
from orga_app.ui.i18n import tr
from orga_app.ui.problems import ProblemsPage
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.sounds import SoundPlayer
from orga_app.ui.tasks import TaskRunner


class Workspace(QTabWidget):
    """Built for one account's context; `set_context` moves every page to another."""

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        sound: SoundPlayer,
        changes: ChangeHub,
        *,
        confirm: Confirm | None,
        camera_lister: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tabBar().setAccessibleName(tr("Pages"))
        settings = ctx.settings
        self.scanner = ScannerPage(
            ctx.checkin,
            tasks,
            sound,
            mode=Mode(settings.get("scan_mode")),
            decoder_name=str(settings.get("decoder")),
            repeat_after=float(settings.get("repeat_after")),
            camera=str(settings.get("camera")),
            camera_lister=camera_lister,
            store=ctx.store,
            changes=changes,
        )
        self.attendees = AttendeesPage(
            ctx.store, ctx.checkin, tasks, confirm=confirm, changes=changes
        )
        self.problems = ProblemsPage(
            ctx.store, tasks, confirm=confirm, on_queued=ctx.queued, changes=changes
        )
        self.dashboard = DashboardPage(ctx.store, tasks, changes=changes)
        self.pages = (self.scanner, self.attendees, self.problems, self.dashboard)
        for page, title in zip(
            self.pages,
            (tr("Scanner"), tr("Attendees"), tr("Problems"), tr("Dashboard")),
            strict=True,
        ):
            self.addTab(page, title)
        self.currentChanged.connect(self._tab_changed)
        # Ctrl+F from any page: the attendee search, ready to type (Ctrl+Tab moves between pages)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_attendees)

    def search_attendees(self) -> None:
        self.setCurrentWidget(self.attendees)
        self.attendees.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.attendees.search.selectAll()

    def set_event(self, event_id: str) -> None:
        for page in self.pages:
            page.set_event(event_id)
        self.setCurrentWidget(self.scanner)

    def set_context(self, ctx: AppContext) -> None:
        for page in self.pages:
            page.set_context(ctx)

    def _tab_changed(self, index: int) -> None:
        if self.widget(index) is self.problems:
            self.problems.reload()  # refused check-ins, read when someone looks
