"""Under a "not recognised" verdict: the likely cause, the next step, and one tap to act on it
(issue 15). The cause comes from core/unknown_codes.py, the words from ui/verdict_words.py.

"Search by name" opens the attendee search; "Look up online" appears only for a code shaped
like this event's tickets while the server is reachable (the main window runs the look-up and
scans the code again when the server knows it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from orga_app.app import AppContext
from orga_app.core.list_rules import ServerKind
from orga_app.core.unknown_codes import Explanation, explain
from orga_app.core.verdict import ScanResult, Source
from orga_app.signin_pretix import stored_client
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.lookup import LookupOutcome
from orga_app.sync.openevent.lookup import look_up_code
from orga_app.sync.pretix.lookup import look_up_code as look_up_pretix
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label
from orga_app.ui.verdict_words import unknown_words

# A person is waiting at the door: a look-up that takes longer is no help.
LOOKUP_TIMEOUT = 5.0


def look_up(
    ctx: AppContext, credentials: CredentialStore, event_id: str, code: str
) -> LookupOutcome:
    """Off the GUI thread: one request to the account's server (Open Event: the attendee
    filter; pretix-type: the server's search on the door's check-in list)."""
    account = ctx.pretix_account()
    if account is not None:
        with stored_client(
            credentials, account, insecure=ctx.insecure, timeout=LOOKUP_TIMEOUT
        ) as pretix:
            return look_up_pretix(pretix, ctx.store, event_id, code)
    with ctx.client(timeout=LOOKUP_TIMEOUT, credentials=credentials) as client:
        return look_up_code(client, ctx.store, event_id, code)


def lookup_words(outcome: LookupOutcome) -> str:
    if outcome is LookupOutcome.NOT_ON_SERVER:
        return tr(
            "The server does not know this ticket either: it is not a ticket of this event. "
            "Search the guest by name."
        )
    if outcome is LookupOutcome.CANNOT_LOOK_UP:
        return tr("This code cannot be looked up: search the guest by name.")
    return tr("Found on the server.")


class UnknownHelp(QFrame):
    """Hidden until a scan is not recognised. Emits `search_requested()` and
    `lookup_requested(code, source)`."""

    search_requested = Signal()
    lookup_requested = Signal(str, str)  # the code as scanned, its Source value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unknownHelp")
        self.setStyleSheet(
            "QFrame#unknownHelp { background: #fff4e5; border-radius: 8px; }"
            "QLabel { font-size: 14pt; }"
        )
        layout = QVBoxLayout(self)
        self.next_step = plain_label()
        self.next_step.setWordWrap(True)
        layout.addWidget(self.next_step)
        buttons = QHBoxLayout()
        self.lookup = QPushButton(tr("Look up online"))
        self.lookup.setToolTip(tr("Ask the server now whether it knows this ticket"))
        self.search = QPushButton(tr("Search by name"))
        for button in (self.lookup, self.search):
            button.setAutoDefault(False)
            button.setMinimumHeight(44)  # a tap target at a busy door
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.search.clicked.connect(self.search_requested)
        self.lookup.clicked.connect(self._lookup)
        self.server_kind = ServerKind.OPEN_EVENT
        # the door can look codes up on its server now (signed in, online, a server type that
        # has a look-up); the main window keeps it current
        self.can_look_up = False
        self.explanation: Explanation | None = None
        self._code = ""
        self._source = Source.MANUAL
        self.hide()

    def show_for(
        self,
        result: ScanResult,
        source: Source = Source.MANUAL,
        event_name: str = "",
        raw: str = "",
    ) -> None:
        """Shown for a not-recognised result, hidden for any other."""
        self.explanation = explain(result, self.server_kind, raw)
        if self.explanation is None:
            self.hide()
            return
        self._code, self._source = result.code, source
        self.next_step.setText(unknown_words(self.explanation, event_name))
        self.lookup.setVisible(self.explanation.online_lookup and self.can_look_up)
        self.lookup.setEnabled(True)
        self.search.setVisible(self.explanation.search_by_name)
        self.show()

    def show_lookup_answer(self, words: str) -> None:
        self.next_step.setText(words)
        self.lookup.setVisible(False)

    def _lookup(self) -> None:
        self.lookup.setEnabled(False)  # one look-up per scan
        self.next_step.setText(tr("Asking the server…"))
        self.lookup_requested.emit(self._code, self._source.value)
