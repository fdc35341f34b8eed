"""Problems: outbox rows the server refused, with its reason. A person decides: retry or discard.
Rows are never dropped silently (a discarded row stays in the store, marked discarded)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.times import human_time
from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.store.outbox import OutboxRow
from orga_app.store.queries import Problems
from orga_app.ui.attendees import Confirm, ask
from orga_app.ui.changes import ChangeHub, Changes, PageContext
from orga_app.ui.double_admissions import DoubleAdmissionsView
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.plain import plain_label
from orga_app.ui.tasks import Lane, TaskRunner

HEADERS = (
    QT_TR_NOOP("Attendee"),
    QT_TR_NOOP("Action"),
    QT_TR_NOOP("Scanned"),
    QT_TR_NOOP("Device"),
    QT_TR_NOOP("Server's reason"),
)


class ProblemsPage(QWidget):
    changed = Signal()  # rows were retried or discarded

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        *,
        confirm: Confirm | None = None,
        changes: ChangeHub | None = None,
        on_queued: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._tasks = tasks
        self.changes = changes or ChangeHub(self)
        self.changes.changed.connect(self.apply_changes)
        # Told the event after "Retry" queued rows again, like the check-in service after a
        # check-in: the account's sync sends them; the window asks for nothing.
        self.on_queued = on_queued
        self.confirm = confirm or ask(self)
        self.event_id: str | None = None
        self.rows: list[tuple[OutboxRow, str]] = []
        root = QVBoxLayout(self)
        # Uploads stopped for the whole account (403/401): the most important line on the page.
        self.paused = plain_label()
        self.paused.setObjectName("pausedBanner")
        self.paused.setWordWrap(True)
        self.paused.setStyleSheet(
            "QLabel#pausedBanner { background: #fbe9e7; color: #8c1d18; font-weight: bold;"
            " border: 2px solid #b3261e; border-radius: 6px; padding: 10px; }"
        )
        self.paused.hide()
        root.addWidget(self.paused)
        intro = plain_label(
            tr(
                "The server refused these check-ins. Retry sends them again (e.g. after the "
                "problem was fixed on the server); Discard keeps them here as discarded."
            )
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(tr("Problems"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Names and times as wide as they need; the server's reason takes the rest.
        for column in range(len(HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        root.addWidget(self.table, 1)
        self.message = plain_label()
        root.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.select_all = QPushButton(tr("Select all"))
        self.select_all.clicked.connect(self.table.selectAll)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.setObjectName("primary")
        self.retry_button.clicked.connect(lambda: self._act(retry=True))
        self.discard_button = QPushButton(tr("Discard"))
        self.discard_button.clicked.connect(lambda: self._act(retry=False))
        for button in (self.select_all, self.retry_button, self.discard_button):
            buttons.addWidget(button)
        root.addLayout(buttons)
        self.doubles = DoubleAdmissionsView()
        root.addWidget(self.doubles, 1)
        self._update_buttons()

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            return
        store, event_id = self.store, self.event_id
        self._tasks.run(
            lambda: queries.problems(store, event_id),
            self._show,
            lambda exc: self.message.setText(user_message(exc)),
            key="problems",
        )

    def _show(self, data: Problems) -> None:
        self._show_paused(data.paused, data.not_on_server)
        self._show_rows(data.rows, paused=bool(data.paused))
        self.doubles.show_doubles(data.doubles)

    def _show_paused(self, reason: str | None, not_on_server: int) -> None:
        if not reason:
            self.paused.hide()
            return
        self.paused.setText(
            tr(
                "Uploads are paused: {why}\n%n check-in(s) made here are not on the server. "
                "They stay saved on this computer. Sign in with an account that may check "
                "attendees in (Change event → Sign out), or ask the organizer to give this "
                "account that right; then Sync now.",
                None,
                not_on_server,
            ).format(why=reason)
        )
        self.paused.show()

    def _show_rows(self, rows: list[tuple[OutboxRow, str]], *, paused: bool) -> None:
        # Rows come and go between reloads (a sync, another door): keep the selection on the
        # same outbox rows, never on row numbers that now mean someone else.
        keep = set(self.selected_ids())
        self.table.clearSelection()
        self.rows = rows
        now = datetime.now(UTC)
        self.table.setRowCount(len(rows))
        for i, (row, who) in enumerate(rows):
            action = {
                "check_in": tr("check-in"),
                "check_out": tr("check-out"),
                "badge_printed": tr("badge printed"),
            }.get(row.action.value, row.action.value)
            values = (
                who.strip() or f"#{row.attendee_id}",
                action,
                human_time(row.scanned_at, now),
                row.device_name,
                row.last_error or tr("(no reason given)"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(i, column, item)
        for i, (row, _who) in enumerate(rows):
            if row.id in keep:
                self._add_row_to_selection(i)
        if rows:
            self.message.setText(tr("%n check-in(s) need a decision.", None, len(rows)))
        elif paused:
            self.message.setText(
                tr("No single check-in was refused: uploads as a whole are paused.")
            )
        else:
            self.message.setText(
                tr("No problems: every check-in was accepted or is waiting to upload.")
            )
        self._update_buttons()

    def _add_row_to_selection(self, row: int) -> None:
        model = self.table.model()
        self.table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _selected_rows(self) -> list[tuple[OutboxRow, str]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def selected_ids(self) -> list[int]:
        return [row.id for row, _who in self._selected_rows()]

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.retry_button.setEnabled(has)
        self.discard_button.setEnabled(has)
        self.select_all.setEnabled(bool(self.rows))

    def _act(self, *, retry: bool) -> None:
        chosen = self._selected_rows()
        if not chosen:
            return
        ids = [row.id for row, _who in chosen]
        if not retry:
            names = ", ".join(who.strip() or f"#{row.attendee_id}" for row, who in chosen)
            question = tr(
                "Discard %n check-in(s) of {names}? They will not be sent to the server.",
                None,
                len(ids),
            )
            if not self.confirm(tr("Discard"), question.format(names=names)):
                return
        store, event_id, on_queued = self.store, self.event_id, self.on_queued

        def act() -> int:
            if event_id is None:
                return 0
            if not retry:
                return queries.discard_problems(store, event_id, ids)
            count = queries.retry_problems(store, event_id, ids)
            if count and on_queued is not None:
                on_queued(event_id)
            return count

        self._tasks.run(
            act,
            self._acted,
            lambda exc: self.message.setText(user_message(exc)),
            lane=Lane.STORE,
        )

    def _acted(self, _count: int) -> None:
        self.changed.emit()
        if self.event_id is not None:  # this page reloads from the announcement too
            self.changes.announce(Changes(self.event_id, attendees=True, problems=True))

    def set_context(self, context: PageContext) -> None:
        self.store = context.store
        self.on_queued = context.queued

    def apply_changes(self, changes: Changes) -> None:
        if changes.problems and changes.event_id == self.event_id:
            self.reload()
