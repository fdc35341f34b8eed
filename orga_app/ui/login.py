"""Sign-in: server URL (remembered), the server's type, and the account.

An Open Event server takes e-mail and password (used once for the login request, never
stored). A pretix-type server (pretix, eventyay-tickets) pairs this computer as a device with
the one-time token an organizer shows, or takes an organizer team's API token. The page names
the server type and detects it from the URL where it can (a probe of the pretix version
document, off the GUI thread). Tokens go to the credential store (keyring).

After sign-in, the account's event list is fetched and cached, so the app can later open
offline on cached data. The sign-ins themselves are orga_app.signin's and signin_pretix's,
shared with the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.list_rules import ServerKind
from orga_app.signin import SignedIn, sign_in
from orga_app.signin_pretix import detect_server_kind, sign_in_pretix
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.http import needs_insecure
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.tasks import TaskRunner

BOX_WIDTH = 520  # the sign-in form's width: fields for a full server URL, errors in 3 lines


__all__ = ["LoginPage", "SignedIn", "sign_in", "unencrypted_question"]


def unencrypted_question(server: str) -> str:
    return tr(
        "{server} uses plain http: your password, the session and attendee data would cross "
        "the network unencrypted, readable by anyone on the same Wi-Fi.\n\n"
        "Connect without encryption for this session only?"
    ).format(server=server)


class LoginPage(QWidget):
    signed_in = Signal(object)  # SignedIn
    back_requested = Signal()  # back to the cached events (offline, nothing to sign in to)

    def __init__(
        self,
        tasks: TaskRunner,
        data_dir: Path,
        credentials: Callable[[], CredentialStore],
        *,
        server: str = "",
        email: str = "",
        insecure: bool = False,
        confirm: Callable[[str, str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self._tasks = tasks
        self._data_dir = data_dir
        self._credentials = credentials
        self.insecure = insecure
        root = QVBoxLayout(self)
        root.addStretch(1)
        box = QWidget()
        # A fixed width, centred by stretches (not by an alignment flag): a layout item with
        # an alignment gets its size hint, which ignores the height wrapped labels need, and
        # squashed the fields and cut long errors mid-sentence.
        box.setFixedWidth(BOX_WIDTH)
        form_root = QVBoxLayout(box)
        title = QLabel(tr("Sign in to your event server"))
        title.setObjectName("title")
        title.setWordWrap(True)
        form_root.addWidget(title)
        hint = QLabel(
            tr("Sign in once with internet; afterwards the door works offline on cached data.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form_root.addWidget(hint)
        form = QFormLayout()
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("https://api.eventyay.com")
        self.server.editingFinished.connect(self.detect_type)
        form.addRow(tr("Server"), self.server)
        self.server_type = QComboBox()
        self.server_type.addItem(tr("Open Event (eventyay API v1)"), ServerKind.OPEN_EVENT.value)
        self.server_type.addItem(tr("pretix or eventyay-tickets"), ServerKind.PRETIX.value)
        self.server_type.currentIndexChanged.connect(self._type_changed)
        form.addRow(tr("Server type"), self.server_type)
        self.type_hint = QLabel()
        self.type_hint.setObjectName("hint")
        self.type_hint.setWordWrap(True)
        self.type_hint.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.type_hint)
        form_root.addLayout(form)
        self.accounts = QStackedWidget()
        self.accounts.addWidget(self._open_event_form(email))
        self.accounts.addWidget(self._pretix_form())
        form_root.addWidget(self.accounts)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form_root.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(tr("Back to the events"))
        self.back_button.setToolTip(tr("Keep working with the events already on this computer"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(False)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.button = QPushButton(tr("Sign in"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.submit)
        buttons.addWidget(self.button)
        form_root.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        root.addLayout(row)
        root.addStretch(2)

    def _open_event_form(self, email: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.email = QLineEdit(email)
        self.email.setPlaceholderText(tr("you@example.org"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Password"), self.password)
        return page

    def _pretix_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.pair_choice = QRadioButton(tr("Pair this computer as a door device"))
        self.token_choice = QRadioButton(tr("Use an organizer team's API token"))
        self.pair_choice.setChecked(True)
        self.pretix_way = QButtonGroup(page)
        self.pretix_way.addButton(self.pair_choice)
        self.pretix_way.addButton(self.token_choice)
        self.pretix_way.buttonToggled.connect(lambda *_: self._way_changed())
        form.addRow(self.pair_choice)
        self.pairing_token = QLineEdit()
        self.pairing_token.setPlaceholderText(tr("the one-time token the organizer shows"))
        self.pairing_token.setMaxLength(256)
        self.pairing_token.returnPressed.connect(self.submit)
        # A new token makes the last refusal stale: it must not read as this token's.
        self.pairing_token.textEdited.connect(lambda _text: self.error.clear())
        form.addRow(tr("Pairing token"), self.pairing_token)
        form.addRow(self.token_choice)
        self.organizer = QLineEdit()
        self.organizer.setPlaceholderText(tr("organizer short name, e.g. demo"))
        self.organizer.setMaxLength(128)
        form.addRow(tr("Organizer"), self.organizer)
        self.api_token = QLineEdit()
        self.api_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_token.setMaxLength(1024)
        self.api_token.returnPressed.connect(self.submit)
        form.addRow(tr("API token"), self.api_token)
        self._way_changed()
        return page

    def _way_changed(self) -> None:
        pairing = self.pair_choice.isChecked()
        self.pairing_token.setEnabled(pairing)
        self.organizer.setEnabled(not pairing)
        self.api_token.setEnabled(not pairing)

    @property
    def kind(self) -> ServerKind:
        return ServerKind.parse(str(self.server_type.currentData()))

    def _type_changed(self) -> None:
        self.accounts.setCurrentIndex(1 if self.kind.uses_checkin_lists else 0)
        self.error.clear()

    def detect_type(self) -> None:
        """Ask the server what it is (off the GUI thread); a pretix answer switches the form.
        No answer changes nothing: the person can always choose the type."""
        server = self.server.text().strip()
        if not server:
            return
        insecure = self.insecure
        self.type_hint.setText(tr("Checking what kind of server this is…"))
        self._tasks.run(
            lambda: detect_server_kind(server, insecure=insecure),
            lambda found: self._detected(server, found),
            lambda _exc: self.type_hint.clear(),
            key="login-detect",
        )

    def _detected(self, server: str, found: ServerKind | None) -> None:
        if server != self.server.text().strip():
            return  # the address changed meanwhile: its own probe answers
        if found is not None and found.uses_checkin_lists:
            self.server_type.setCurrentIndex(1)
            self.type_hint.setText(tr("This is a pretix-type server (pretix or eventyay-tickets)."))
        else:
            self.type_hint.setText(
                tr("Not a pretix server, or it did not answer: Open Event is assumed.")
            )

    def set_can_go_back(self, can: bool) -> None:
        """Offer "Back" only when there is somewhere to go (cached events exist)."""
        self.back_button.setVisible(can)
        self.error.clear()

    def submit(self) -> None:
        if self.kind.uses_checkin_lists:
            self._submit_pretix()
            return
        server = self.server.text().strip()
        email = self.email.text().strip()
        password = self.password.text()
        if not server or not email or not password:
            self.error.setText(tr("Please fill in the server, e-mail and password."))
            return
        insecure = self._insecure_for(server)
        if insecure is None:
            return
        self._busy()
        data_dir, credentials = self._data_dir, self._credentials()
        self._tasks.run(
            lambda: sign_in(data_dir, credentials, server, email, password, insecure=insecure),
            self._done,
            self._failed,
            key="login",
        )

    def _submit_pretix(self) -> None:
        server = self.server.text().strip()
        pairing = self.pair_choice.isChecked()
        pairing_token = self.pairing_token.text().strip() if pairing else None
        api_token = None if pairing else self.api_token.text().strip()
        organizer = None if pairing else self.organizer.text().strip()
        if (
            not server
            or (pairing and not pairing_token)
            or (not pairing and not (api_token and organizer))
        ):
            self.error.setText(
                tr("Please fill in the server and the pairing token.")
                if pairing
                else tr("Please fill in the server, the organizer and the API token.")
            )
            return
        insecure = self._insecure_for(server)
        if insecure is None:
            return
        self._busy()
        data_dir, credentials = self._data_dir, self._credentials()
        self._tasks.run(
            lambda: sign_in_pretix(
                data_dir,
                credentials,
                server,
                pairing_token=pairing_token,
                api_token=api_token,
                organizer=organizer,
                insecure=insecure,
            ),
            self._done,
            self._failed,
            key="login",
        )

    def _insecure_for(self, server: str) -> bool | None:
        """Whether plain http is allowed for this sign-in; None (and a message) when refused."""
        insecure = self.insecure or self._allow_plain_http(server)
        if needs_insecure(server) and not insecure:
            self.error.setText(
                tr("Not signed in: {server} is not encrypted. Use https:// if it has it.").format(
                    server=server
                )
            )
            return None
        return insecure

    def _busy(self) -> None:
        self.error.clear()
        self.button.setEnabled(False)
        self.button.setText(tr("Signing in…"))

    def _allow_plain_http(self, server: str) -> bool:
        """Plain http to another computer only when the person says so, for this session."""
        if not needs_insecure(server) or self._confirm is None:
            return False
        return self._confirm(tr("Unencrypted server"), unencrypted_question(server))

    def _reset_button(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(tr("Sign in"))

    def _done(self, result: SignedIn) -> None:
        self._reset_button()
        self.password.clear()
        self.pairing_token.clear()  # used up: the server gave this computer its own token
        self.api_token.clear()
        self.signed_in.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._reset_button()
        self.error.setText(user_message(exc))
