"""The event picker: events held in the local store (cached from the server, or imported),
with their dates. Works offline.

An event on a pretix-type server is scanned for one check-in list, entry or exit: the page
shows the event's lists (cached at sign-in) and opens the event only once one is chosen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.list_checkin import DoorList
from orga_app.core.list_rules import CheckinListRules, Direction, ServerKind
from orga_app.signin_pretix import choose_list, read_lists
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.store.events import EventInfo
from orga_app.sync.openevent import access
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import QT_TR_NOOP, tr
from orga_app.ui.tasks import TaskRunner

# access.ROLE_NAMES in words the catalogs hold (the sync layer's English names stay for logs)
ROLE_WORDS = {
    access.Role.ADMIN: QT_TR_NOOP("server admin"),
    access.Role.OWNER: QT_TR_NOOP("owner"),
    access.Role.ORGANIZER: QT_TR_NOOP("organizer"),
    access.Role.COORGANIZER: QT_TR_NOOP("co-organizer"),
    access.Role.REGISTRAR: QT_TR_NOOP("registrar"),
    access.Role.NONE: QT_TR_NOOP("no role"),
}


def access_text(event: EventInfo) -> str:
    """What the account may do for the selected event; "" when nothing needs saying."""
    role = access.parse_role(event.access_role)
    path = access.upload_path(role)
    # the words of access.missing_role_message and access.station_note, for the catalogs
    if role is not None and path is access.UploadPath.NONE:
        return tr(
            "This account is {role} for “{event}”: the server does not let it record "
            "check-ins, so scans here would never reach the server. Ask the event's owner to "
            "make this account co-organizer (or organizer), or sign in as a server admin."
        ).format(role=tr(ROLE_WORDS[role]), event=event.name)
    if path is access.UploadPath.STATION:
        return tr(
            "Check-ins go up through a registration station: the server records its own time "
            "of upload (the scan time stays on this computer) and cannot record check-outs "
            "(only a server admin can)."
        )
    return ""


def can_check_in(event: EventInfo) -> bool:
    """False for an event whose check-ins this account could never upload (a registrar)."""
    role = access.parse_role(event.access_role)
    return event.is_local or access.upload_path(role) is not access.UploadPath.NONE


def date_range(event: EventInfo) -> str:
    def parse(stamp: str | None) -> datetime | None:
        try:
            return datetime.fromisoformat(stamp) if stamp else None
        except ValueError:
            return None

    start, end = parse(event.starts_at), parse(event.ends_at)
    if start is None:
        return tr("no date")
    text = start.strftime("%a %d %b %Y, %H:%M")
    if end is not None:
        text += " – " + (
            end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%a %d %b %Y")
        )
    return text


def uses_lists(event: EventInfo) -> bool:
    return ServerKind.parse(event.server_kind).uses_checkin_lists


def list_label(rules: CheckinListRules) -> str:
    notes: list[str] = []
    if not rules.all_products:
        notes.append(tr("some products only"))
    if rules.include_pending:
        notes.append(tr("unpaid orders admitted"))
    if rules.allow_multiple_entries:
        notes.append(tr("multiple entries"))
    return f"{rules.name} ({', '.join(notes)})" if notes else rules.name


def door_list_caption(door: DoorList | None) -> str:
    """Whose checked-in state the attendee list and the dashboard show on a pretix-type event
    (pretix keeps it per check-in list); "" for Open Event or while no list is chosen."""
    if door is None:
        return ""
    if door.direction is Direction.EXIT:
        return tr("Check-in list: {name} (exit)").format(name=door.rules.name)
    return tr("Check-in list: {name}").format(name=door.rules.name)


class EventsPage(QWidget):
    event_chosen = Signal(str)
    # A pretix-type event was opened for exit ("out") or entry ("in"): the scanner's mode.
    direction_chosen = Signal(str)
    find_requested = Signal(str)  # an event number or identifier to look up on the server
    refresh_requested = Signal()  # ask the server for the event list again
    sign_out_requested = Signal()
    readiness_requested = Signal(str)  # the selected event's readiness check

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.store: Store | None = None
        self.events: list[EventInfo] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 32, 48, 32)
        title = QLabel(tr("Choose the event at this door"))
        title.setObjectName("title")
        root.addWidget(title)
        self.account = QLabel()
        self.account.setObjectName("hint")
        root.addWidget(self.account)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Choose the event at this door"))
        self.list.setStyleSheet(
            "QListWidget { font-size: 14pt; } QListWidget::item { padding: 10px; }"
        )
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        root.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # What the last sign-in said about this account's roles (kept while the list shows).
        self.sign_in_notice = ""
        root.addWidget(self.message)
        # The account's role for the selected event: said before anyone scans.
        self.access_label = QLabel()
        self.access_label.setObjectName("error")
        self.access_label.setWordWrap(True)
        self.access_label.setTextFormat(Qt.TextFormat.PlainText)
        root.addWidget(self.access_label)
        # pretix-type events: the check-in list this door scans for, and entry or exit.
        self.list_row = QWidget()
        list_layout = QHBoxLayout(self.list_row)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(tr("Check-in list"))
        list_layout.addWidget(list_label)
        self.checkin_list = QComboBox()
        list_label.setBuddy(self.checkin_list)
        self.checkin_list.currentIndexChanged.connect(lambda _i: self._update_open())
        list_layout.addWidget(self.checkin_list, 1)
        self.entry_choice = QRadioButton(tr("Entry"))
        self.exit_choice = QRadioButton(tr("Exit"))
        self.entry_choice.setChecked(True)
        self.direction = QButtonGroup(self.list_row)
        self.direction.addButton(self.entry_choice)
        self.direction.addButton(self.exit_choice)
        list_layout.addWidget(self.entry_choice)
        list_layout.addWidget(self.exit_choice)
        self.list_row.setVisible(False)
        root.addWidget(self.list_row)
        # The account's event list holds only events where it has a role; an admin may have
        # none, and opens any event by its number or identifier.
        find_row = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(tr("Event number or identifier"))
        self.find_field.setMaxLength(64)
        self.find_field.returnPressed.connect(self._find)
        find_row.addWidget(self.find_field, 1)
        self.find_button = QPushButton(tr("Find event on server"))
        self.find_button.clicked.connect(self._find)
        find_row.addWidget(self.find_button)
        root.addLayout(find_row)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons.addWidget(self.sign_out_button)
        self.refresh_button = QPushButton(tr("Refresh list from server"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        self.readiness_button = QPushButton(tr("Check readiness"))
        self.readiness_button.setEnabled(False)
        self.readiness_button.clicked.connect(self._readiness)
        buttons.addWidget(self.readiness_button)
        self.open_button = QPushButton(tr("Open event"))
        self.open_button.setObjectName("primary")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        buttons.addWidget(self.open_button)
        root.addLayout(buttons)

    def load(self, store: Store, selected: str = "") -> None:
        """Read the cached events off the GUI thread."""
        self.store = store
        self._tasks.run(
            lambda: store_events.read_all_events(store),
            lambda found: self.show_events(found, selected),
            lambda exc: self.message.setText(user_message(exc)),
            key="events",
        )

    def show_events(self, found: list[EventInfo], selected: str = "") -> None:
        self.events = found
        self.list.clear()
        for event in found:
            suffix = tr("  (local list)") if event.is_local else ""
            role = access.parse_role(event.access_role)
            if role is not None and role is not access.Role.NONE:
                suffix += tr("  · you: {role}").format(role=tr(ROLE_WORDS[role]))
            item = QListWidgetItem(f"{event.name}{suffix}\n{date_range(event)}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(item)
            if event.id == selected:
                self.list.setCurrentItem(item)
        if not found:
            self.message.setText(
                self.sign_in_notice or tr("No events yet. Sign in and refresh the list.")
            )
        else:
            self.message.setText(self.sign_in_notice)
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)

    def _selected(self) -> EventInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        event_id = str(item.data(Qt.ItemDataRole.UserRole))
        return next((e for e in self.events if e.id == event_id), None)

    def _selection_changed(self) -> None:
        event = self._selected()
        self.access_label.setText(access_text(event) if event is not None else "")
        self.checkin_list.clear()
        pretix = event is not None and uses_lists(event)
        self.list_row.setVisible(pretix)
        self._update_open()
        if event is not None and pretix and self.store is not None:
            store, event_id = self.store, event.id
            self._tasks.run(
                lambda: read_lists(store, event_id),
                lambda found: self._show_lists(event_id, *found),
                lambda exc: self.message.setText(user_message(exc)),
                key="event-lists",
            )

    def _show_lists(
        self, event_id: str, lists: list[CheckinListRules], chosen: DoorList | None
    ) -> None:
        event = self._selected()
        if event is None or event.id != event_id:
            return  # another event was selected meanwhile
        self.checkin_list.clear()
        for rules in lists:
            self.checkin_list.addItem(list_label(rules), rules.id)
        if chosen is not None:
            self.checkin_list.setCurrentIndex(self.checkin_list.findData(chosen.rules.id))
            exiting = chosen.direction is Direction.EXIT
            (self.exit_choice if exiting else self.entry_choice).setChecked(True)
        if not lists:
            self.access_label.setText(
                tr("This event has no check-in list on the server: refresh the list.")
            )
        self._update_open()

    def _update_open(self) -> None:
        event = self._selected()
        ready = event is not None and can_check_in(event)
        if ready and event is not None and uses_lists(event):
            ready = self.checkin_list.currentData() is not None
        self.open_button.setEnabled(ready)
        self.readiness_button.setEnabled(event is not None)

    def _readiness(self) -> None:
        event = self._selected()
        if event is not None:
            self.readiness_requested.emit(event.id)

    def _find(self) -> None:
        key = self.find_field.text().strip()
        if key:
            self.message.setText(tr("Looking for event {key}…").format(key=key))
            self.find_requested.emit(key)

    def _open(self) -> None:
        event = self._selected()
        if event is None or not can_check_in(event):
            return
        if not uses_lists(event):
            self.event_chosen.emit(event.id)
            return
        list_id = self.checkin_list.currentData()
        if list_id is None or self.store is None:
            return
        store, event_id = self.store, event.id
        direction = Direction.EXIT if self.exit_choice.isChecked() else Direction.ENTRY
        self._tasks.run(
            lambda: choose_list(store, event_id, int(list_id), direction),
            lambda door: self._list_chosen(event_id, door),
            lambda exc: self.message.setText(user_message(exc)),
            key="choose-list",
        )

    def _list_chosen(self, event_id: str, door: DoorList) -> None:
        self.direction_chosen.emit("out" if door.direction is Direction.EXIT else "in")
        self.event_chosen.emit(event_id)
