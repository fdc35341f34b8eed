"""The attendee list: a lazily loaded table model over the store, search as you type, filters,
sorting, a details pane with the check-in history, and check-in/out from the list.

Every store call (store/queries.py) runs on the task pool. A new query bumps a generation
number: pages of an older query that arrive late are dropped ("latest query wins").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.checkin import CheckInService
from orga_app.core.list_checkin import DoorList
from orga_app.core.times import human_time, sort_key
from orga_app.core.verdict import AttendeeSummary, Mode, ScanResult, Source
from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.store.queries import AttendeeDetails
from orga_app.store.search import SortKey, StatusFilter
from orga_app.ui.changes import ChangeHub, Changes, PageContext
from orga_app.ui.errors import user_message
from orga_app.ui.events import door_list_caption
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.plain import confirm_plain, plain_label
from orga_app.ui.tasks import Lane, TaskRunner
from orga_app.ui.verdict_words import reason_words

log = logging.getLogger("orga_app.ui")

PAGE_SIZE = 200
SEARCH_DEBOUNCE_MS = 150
COUNT_CAP = 100_000

Index = QModelIndex | QPersistentModelIndex


COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TR_NOOP("Name"), SortKey.NAME),
    (QT_TR_NOOP("E-mail"), SortKey.EMAIL),
    (QT_TR_NOOP("Ticket"), SortKey.TICKET),
    # The order code: what a pretix organizer (and an Open Event one) looks orders up by.
    (QT_TR_NOOP("Order"), SortKey.ORDER),
    (QT_TR_NOOP("Status"), SortKey.STATUS),
    (QT_TR_NOOP("Last check-in"), SortKey.LAST_CHECKIN),
)


def status_text(a: AttendeeSummary) -> str:
    return tr("✓ in") if a.is_checked_in else tr("— not in")


class AttendeeTableModel(QAbstractTableModel):
    """Rows come in pages of PAGE_SIZE, fetched off the GUI thread when the view scrolls."""

    loaded = Signal()  # a query's first page arrived (its count may follow: `counted`)
    counted = Signal()  # `total` holds the query's count
    failed = Signal(str)

    def __init__(self, store: Store, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._tasks = tasks
        self.event_id: str | None = None
        self.query = ""
        self.status = StatusFilter.ALL
        self.sort_key = SortKey.NAME
        self.descending = False
        self.rows: list[AttendeeSummary] = []
        self.total = 0
        self.counting = False  # the first page is shown, its count is still being made
        self._generation = 0
        self._fetching = False
        self._exhausted = True

    # -- queries --------------------------------------------------------------------------

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.reload()

    def set_filter(self, query: str, status: StatusFilter) -> None:
        self.query = query
        self.status = status
        self.reload()

    def reload(self) -> None:
        """Start over with the current query; the old rows stay until the new ones arrive.

        The rows come first and the table shows them at once; only a full first page needs a
        count, asked next: counting 100,000 matches takes a few hundred ms (bench_search.py),
        the page of rows about 2 ms, and a keystroke must not wait for the count.
        """
        if self.event_id is None:
            return
        self._generation += 1
        generation = self._generation
        store, event_id, query, status = self.store, self.event_id, self.query, self.status
        sort, descending = self.sort_key, self.descending

        def first_page() -> list[AttendeeSummary]:
            return queries.attendees_after(
                store, event_id, query, status, sort=sort, descending=descending,
                offset=0, limit=PAGE_SIZE,
            )  # fmt: skip

        self._fetching = True
        self.counting = True
        self._tasks.run(
            first_page,
            lambda rows: self._first_page(generation, rows),
            lambda exc: self._failed(generation, exc),
            key=f"attendees-{id(self)}",
        )

    def _first_page(self, generation: int, rows: list[AttendeeSummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = rows
        self._exhausted = len(rows) < PAGE_SIZE
        self._fetching = False
        self.total = len(rows)
        self.counting = not self._exhausted  # a short page is the whole answer
        self.endResetModel()
        self.loaded.emit()
        if self.counting:
            self._count(generation)
        else:
            self.counted.emit()

    def _count(self, generation: int) -> None:
        store, event_id, query, status = self.store, self.event_id, self.query, self.status
        if event_id is None:
            return

        def stale() -> bool:  # asked on the pool thread: a newer query stops this count
            return generation != self._generation

        def count() -> int | None:
            return queries.attendee_count(
                store, event_id, query, status, cap=COUNT_CAP, stale=stale
            )

        self._tasks.run(
            count,
            lambda total: self._counted(generation, total),
            lambda exc: self._failed(generation, exc),
            key=f"attendee-count-{id(self)}",
        )

    def _counted(self, generation: int, total: int | None) -> None:
        if generation != self._generation or total is None:
            return
        self.total = max(total, len(self.rows))
        self.counting = False
        self.counted.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            log.error("attendee query failed: %r", exc)
            self.failed.emit(user_message(exc))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008 - Qt API
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008 - Qt API
        if parent.isValid() or self._fetching or self._exhausted or self.event_id is None:
            return
        self._fetching = True
        generation = self._generation
        store, event_id, query, status = self.store, self.event_id, self.query, self.status
        sort, descending, offset = self.sort_key, self.descending, len(self.rows)

        def next_page() -> list[AttendeeSummary]:
            return queries.attendees_after(
                store, event_id, query, status, sort=sort, descending=descending,
                offset=offset, limit=PAGE_SIZE,
            )  # fmt: skip

        self._tasks.run(
            next_page,
            lambda rows: self._more(generation, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _more(self, generation: int, rows: list[AttendeeSummary]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def replace_attendee(self, attendee: AttendeeSummary) -> None:
        """Show a changed attendee (after a check-in from the list) without a reload."""
        for row, existing in enumerate(self.rows):
            if existing.id == attendee.id:
                self.rows[row] = attendee
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        column = COLUMNS[index.column()][1] if 0 <= index.column() < len(COLUMNS) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SortKey.NAME:
                return f"{a.lastname}, {a.firstname}" if a.lastname else a.firstname
            if column is SortKey.EMAIL:
                return a.email
            if column is SortKey.TICKET:
                return a.ticket
            if column is SortKey.ORDER:
                return a.order_identifier
            if column is SortKey.STATUS:
                return status_text(a)
            if column is SortKey.LAST_CHECKIN:
                last = a.checkin_times[-1] if a.checkin_times else None
                return human_time(last, datetime.now(UTC)) if last else ""
        if role == Qt.ItemDataRole.ForegroundRole and column is SortKey.STATUS and a.is_checked_in:
            return Qt.GlobalColor.darkGreen
        if role == Qt.ItemDataRole.UserRole:
            return a
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def attendee(self, row: int) -> AttendeeSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def history_html(details: AttendeeDetails) -> str:
    """The details pane: who, which ticket, every check-in with time and device, and what of
    it the server does not have yet (the same rule as the door's "pending" tick)."""
    a = details.attendee
    now = datetime.now(UTC)
    # tr() outside the f-strings: lupdate does not look inside them
    ticket, order, history = tr("Ticket"), tr("Order"), tr("History")
    state = tr("Checked in") if a.is_checked_in else tr("Not checked in")
    lines = [
        f"<h2>{_esc(a.full_name)}</h2>",
        f"<p>{_esc(a.email)}<br>{_esc(ticket)}: <b>{_esc(a.ticket)}</b><br>"
        f"{_esc(order)}: {_esc(a.order_identifier)}</p>",
        f"<p><b>{_esc(state)}</b>",
    ]
    if details.waiting:
        waiting = tr("%n change(s) waiting to upload", None, details.waiting)
        lines.append(" — " + _esc(waiting))
    if details.refused:
        refused = tr("%n change(s) the server refused (see Problems)", None, details.refused)
        lines.append(" — " + _esc(refused))
    lines.append("</p>")
    if a.checkin_times or a.checkout_times:
        lines.append(f"<h3>{_esc(history)}</h3><ul>")
        events: list[tuple[str, str]] = []
        for i, stamp in enumerate(a.checkin_times):
            device = a.checkin_devices[i] if i < len(a.checkin_devices) else ""
            where = tr(" on {device}").format(device=device) if device else ""
            events.append((stamp, tr("in at {when}").format(when=human_time(stamp, now)) + where))
        for stamp in a.checkout_times:
            events.append((stamp, tr("out at {when}").format(when=human_time(stamp, now))))
        for _, text in sorted(events, key=_stamp_key):
            lines.append(f"<li>{_esc(text)}</li>")
        lines.append("</ul>")
    else:
        none_yet = tr("No check-ins yet.")
        lines.append(f"<p>{_esc(none_yet)}</p>")
    return "".join(lines)


def _stamp_key(item: tuple[str, str]) -> datetime:
    return sort_key(item[0])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


Confirm = Callable[[str, str], bool]


def ask(parent: QWidget) -> Confirm:
    def confirm(title: str, question: str) -> bool:
        return confirm_plain(parent, title, question)

    return confirm


class AttendeesPage(QWidget):
    """Search box, filter, table and details pane with check-in / check-out buttons."""

    checked = Signal(object)  # ScanResult of a check-in/out made from the list
    badge_requested = Signal(int)  # an attendee id: print (again) this person's badge

    def __init__(
        self,
        store: Store,
        checkin: CheckInService,
        tasks: TaskRunner,
        *,
        confirm: Confirm | None = None,
        changes: ChangeHub | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.checkin = checkin
        self._tasks = tasks
        self.confirm = confirm or ask(self)
        self.model = AttendeeTableModel(store, tasks, self)
        self.changes = changes or ChangeHub(self)
        self.changes.changed.connect(self.apply_changes)
        self.selected: AttendeeSummary | None = None
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.model.counted.connect(self._loaded)
        self.model.failed.connect(self.message.setText)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, e-mail, order or code"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.filter = QComboBox()
        for label, value in (
            (tr("All"), StatusFilter.ALL),
            (tr("Checked in"), StatusFilter.CHECKED_IN),
            (tr("Not checked in"), StatusFilter.NOT_CHECKED_IN),
            (tr("Waiting to upload"), StatusFilter.PENDING),
            (tr("Upload failed"), StatusFilter.FAILED),
        ):
            self.filter.addItem(label, value.value)
        self.filter.setAccessibleName(tr("Status"))
        bar.addWidget(self.filter)
        self.total_label = plain_label()
        self.total_label.setObjectName("hint")
        bar.addWidget(self.total_label)
        # A pretix-type event: "in" means on this check-in list (hidden for Open Event).
        self.list_label = plain_label()
        self.list_label.setObjectName("hint")
        self.list_label.hide()
        bar.addWidget(self.list_label)
        root.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Attendees"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # ticket, status and time as wide as their text and header ("Last check-in" was cut)
        for column in range(2, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        split.addWidget(self.table)

        details = QWidget()
        side = QVBoxLayout(details)
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Attendee details"))
        select = tr("Select an attendee to see the details.")
        self.details.setHtml(f"<p>{_esc(select)}</p>")
        side.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        self.checkin_button = QPushButton(tr("Check in"))
        self.checkin_button.setObjectName("primary")
        self.checkin_button.clicked.connect(lambda: self._act(Mode.CHECK_IN))
        self.checkout_button = QPushButton(tr("Check out…"))
        self.checkout_button.clicked.connect(lambda: self._act(Mode.CHECK_OUT))
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.checkout_button)
        self.badge_button = QPushButton(tr("Print badge"))
        self.badge_button.setToolTip(tr("Print this person's badge now (a reprint included)"))
        self.badge_button.clicked.connect(self.request_badge)
        buttons.addWidget(self.badge_button)
        # The same from the row's context menu.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.badge_action = QAction(tr("Print badge"), self.table)
        self.badge_action.triggered.connect(self.request_badge)
        self.table.addAction(self.badge_action)
        side.addLayout(buttons)
        self.message = plain_label()
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        split.addWidget(details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)  # the table needs the room: names, e-mails, times
        root.addWidget(split, 1)
        self._update_buttons()

    def set_event(self, event_id: str) -> None:
        self.selected = None
        self._update_buttons()
        self.model.set_event(event_id)
        self.list_label.hide()
        store = self.model.store
        self._tasks.run(
            lambda: queries.door_list(store, event_id),
            self._show_door_list,
            lambda exc: log.warning("reading the door's check-in list failed: %r", exc),
            key=f"door-list-{id(self)}",
        )

    def _show_door_list(self, door: DoorList | None) -> None:
        caption = door_list_caption(door)
        self.list_label.setText(caption)
        self.list_label.setVisible(bool(caption))

    def _apply_filter(self) -> None:
        self._debounce.stop()
        status = StatusFilter(self.filter.currentData())
        self.model.set_filter(self.search.text().strip(), status)

    def _loaded(self) -> None:
        total = self.model.total
        if total >= COUNT_CAP:  # counting stopped there
            self.total_label.setText(tr("more than {n} attendees").format(n=f"{COUNT_CAP:,}"))
        else:
            self.total_label.setText(tr("%n attendee(s)", None, total))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details(self.model.attendee(current.row()))

    def show_details(self, attendee: AttendeeSummary | None) -> None:
        self.selected = attendee
        self.message.clear()
        self._update_buttons()
        if attendee is not None:
            self._load_details(attendee.id)

    def _load_details(self, attendee_id: int) -> None:
        store = self.model.store

        def load() -> AttendeeDetails | None:
            return queries.attendee_details(store, attendee_id)

        self._tasks.run(load, self._details_loaded, self._details_failed, key=f"details-{id(self)}")

    def refresh_details(self) -> None:
        """Read the shown attendee again (after a sync: uploaded, or changed elsewhere)."""
        if self.selected is not None:
            self._load_details(self.selected.id)

    def _details_failed(self, exc: BaseException) -> None:
        log.warning("attendee details failed: %r", exc)
        self.message.setText(user_message(exc))

    def _details_loaded(self, details: AttendeeDetails | None) -> None:
        if details is None or self.selected is None or details.attendee.id != self.selected.id:
            return
        self.selected = details.attendee
        self.details.setHtml(history_html(details))
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.selected
        self.checkin_button.setEnabled(a is not None and not a.is_checked_in)
        self.checkout_button.setEnabled(a is not None and a.is_checked_in)
        self.badge_button.setEnabled(a is not None)
        self.badge_action.setEnabled(a is not None)

    def request_badge(self) -> None:
        a = self.selected
        if a is None:
            return
        self.badge_requested.emit(a.id)
        self.message.setText(
            tr("Badge of {name} sent to the printer queue.").format(name=a.full_name)
        )

    def _act(self, mode: Mode) -> None:
        a = self.selected
        event_id = self.model.event_id
        if a is None or event_id is None:
            return
        if mode is Mode.CHECK_OUT and not self.confirm(
            tr("Check out"), tr("Check out {name}?").format(name=a.full_name)
        ):
            return
        checkin, code = self.checkin, str(a.id)
        # The attendee id always identifies exactly one attendee; codes may be shared.
        self._tasks.run(
            lambda: checkin.scan(event_id, code, mode, Source.LIST),
            self._acted,
            lambda exc: self.message.setText(user_message(exc)),
            lane=Lane.STORE,
        )

    def _acted(self, result: ScanResult) -> None:
        self.message.setText(reason_words(result))
        if result.attendee is not None:
            self.show_details(result.attendee)
        event_id = self.model.event_id
        if event_id is not None:  # the row itself is updated from the announcement
            self.changes.announce(Changes.after_scan(event_id, result))
        self.checked.emit(result)

    # -- shell ----------------------------------------------------------------------------

    def set_context(self, context: PageContext) -> None:
        """Another account's store and service (the window opened another account)."""
        self.checkin = context.checkin
        self.model.store = context.store

    def apply_changes(self, changes: Changes) -> None:
        if changes.event_id != self.model.event_id:
            return
        if changes.attendees:
            self.model.reload()
        elif changes.attendee is not None:
            self.model.replace_attendee(changes.attendee)
        touched = changes.attendee is not None and changes.attendee.id == self._selected_id()
        if changes.attendees or changes.uploads or touched:
            self.refresh_details()  # "1 change waiting to upload" may be over

    def _selected_id(self) -> int | None:
        return self.selected.id if self.selected is not None else None
