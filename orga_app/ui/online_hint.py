"""The line under a pretix-type door's verdict that says where verdicts come from now (issue 11):
nothing while the server answers, "offline verdicts" while it does not (the door judges from its
own data and asks again after a while), "sign in again" when the server refused the token."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from orga_app.core.verdict import OnlineState
from orga_app.ui.i18n import tr


def online_words(state: OnlineState | None) -> str:
    match state:
        case OnlineState.OFFLINE:
            return tr("Offline verdicts: the server did not answer in time; asking again soon")
        case OnlineState.SIGN_IN_NEEDED:
            return tr("Offline verdicts: the server refused this door's sign-in; sign in again")
        case _:
            return ""


class OnlineHint(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.hide()

    def show_state(self, state: OnlineState | None) -> None:
        words = online_words(state)
        self.setText(words)
        self.setVisible(bool(words))
