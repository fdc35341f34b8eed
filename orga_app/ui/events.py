"""The event picker: events held in the local store (cached from the server, or imported),
with their dates. Works offline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.store.events import EventInfo
from orga_app.ui.errors import user_message
from orga_app.ui.tasks import TaskRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


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


class EventsPage(QWidget):
    event_chosen = Signal(str)
    refresh_requested = Signal()  # ask the server for the event list again
    sign_out_requested = Signal()

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
        self.list.setStyleSheet(
            "QListWidget { font-size: 14pt; } QListWidget::item { padding: 10px; }"
        )
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        root.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons.addWidget(self.sign_out_button)
        self.refresh_button = QPushButton(tr("Refresh list from server"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
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
            item = QListWidgetItem(f"{event.name}{suffix}\n{date_range(event)}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(item)
            if event.id == selected:
                self.list.setCurrentItem(item)
        if not found:
            self.message.setText(tr("No events yet. Sign in and refresh the list."))
        else:
            self.message.clear()
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.event_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
