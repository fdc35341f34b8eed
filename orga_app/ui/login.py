"""Sign-in: server URL (remembered), e-mail, password. The password is used once for the login
request and never stored; tokens go to the credential store (keyring).

After sign-in, the account's event list is fetched and cached, so the app can later open
offline on cached data. The sign-in itself is orga_app.signin's, shared with the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.signin import SignedIn, sign_in
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.http import needs_insecure
from orga_app.ui.errors import user_message
from orga_app.ui.tasks import TaskRunner

BOX_WIDTH = 520  # the sign-in form's width: fields for a full server URL, errors in 3 lines


def tr(text: str) -> str:
    return QCoreApplication.translate("LoginPage", text)


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
        title = QLabel(tr("Sign in to your Open Event server"))
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
        self.email = QLineEdit(email)
        self.email.setPlaceholderText(tr("you@example.org"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        form.addRow(tr("Server"), self.server)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Password"), self.password)
        form_root.addLayout(form)
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

    def set_can_go_back(self, can: bool) -> None:
        """Offer "Back" only when there is somewhere to go (cached events exist)."""
        self.back_button.setVisible(can)
        self.error.clear()

    def submit(self) -> None:
        server = self.server.text().strip()
        email = self.email.text().strip()
        password = self.password.text()
        if not server or not email or not password:
            self.error.setText(tr("Please fill in the server, e-mail and password."))
            return
        insecure = self.insecure or self._allow_plain_http(server)
        if needs_insecure(server) and not insecure:
            self.error.setText(
                tr("Not signed in: {server} is not encrypted. Use https:// if it has it.").format(
                    server=server
                )
            )
            return
        self.error.clear()
        self.button.setEnabled(False)
        self.button.setText(tr("Signing in…"))
        data_dir, credentials = self._data_dir, self._credentials()
        self._tasks.run(
            lambda: sign_in(data_dir, credentials, server, email, password, insecure=insecure),
            self._done,
            self._failed,
            key="login",
        )

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
        self.signed_in.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._reset_button()
        self.error.setText(user_message(exc))
