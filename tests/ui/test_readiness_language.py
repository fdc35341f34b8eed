"""The readiness window's words in the UI language: each line's template comes from the
catalogs (readiness/*.py `text("…")` is read by lupdate), and a value that is a word itself (the
account's role, how a pretix account signs in) is translated with it; names stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orga_app.readiness.lines import text
from orga_app.ui import i18n
from orga_app.ui.readiness import words


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    i18n.install(application, i18n.ENGLISH)


def test_readiness_lines_and_their_word_values_are_translated(app: QApplication) -> None:
    i18n.install(app, "de")
    assert words(text("Upload rights")) == "Upload-Rechte"
    role = text(
        "May check people in as {role}: scan time and door name go up with each check-in.",
        role="organizer",
    )
    assert words(role).startswith("Darf als Veranstalter einchecken")
    named = text("“{name}” takes jobs.", name="team token")  # a name is never translated
    assert words(named) == "„team token“ nimmt Aufträge an."
    i18n.install(app, "zh_CN")
    pretix = text("The server refuses this {who}: {why}", who="paired device", why="403")
    assert words(pretix) == "服务器拒绝此已配对设备：403"
