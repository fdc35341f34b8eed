"""Nothing is cut off when the words get longer or run right to left: under pseudo-localisation
(every string about 40 % longer, accented) and Arabic, every visible label of the scanner page
(after a green verdict), the attendee list and the kiosk fits its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Source
from orga_app.ui import i18n
from tests.helpers import Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_kiosk import MakeKiosk, clock, make_kiosk, wedge_scan  # noqa: F401 - fixtures
from tests.ui.test_screens import open_event

WINDOW = (1280, 800)  # the main window's own start size
KIOSK = (1024, 700)  # the kiosk tests' screen


def clipped(page: QWidget) -> list[str]:
    """Each visible label under `page` whose text needs more room than the label has, once the
    pending layout requests have run (a resize or new text lays out in the event loop)."""
    QApplication.processEvents()
    found = []
    for label in page.findChildren(QLabel):
        text, pixmap = label.text(), label.pixmap()
        if not text or not label.isVisibleTo(page) or (pixmap and not pixmap.isNull()):
            continue
        name = label.objectName() or text[:30]
        if label.wordWrap():
            needed, has = label.heightForWidth(label.width()), label.height()
            if needed > has + 1:
                found.append(f"{name!r}: needs {needed}px high, has {has}")
        else:
            needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            has = label.contentsRect().width()
            if needed > has + 1:
                found.append(f"{name!r}: needs {needed}px wide, has {has}")
    return found


@pytest.fixture(params=[i18n.PSEUDO, "ar"])
def language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, i18n.ENGLISH)


def test_scanner_and_attendees_fit_their_words(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, language: str
) -> None:
    window = open_event(qtbot, make_window)
    window.resize(*WINDOW)
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
    assert window.scanner.verdict.family == "success"
    problems = {"scanner": clipped(window.scanner)}
    window.tabs.setCurrentWidget(window.attendees)
    qtbot.waitUntil(lambda: window.attendees.model.rowCount() > 0, timeout=5000)
    problems["attendees"] = clipped(window.attendees)
    assert not any(problems.values()), problems


def test_the_kiosk_fits_its_words(
    qtbot: QtBot, request: pytest.FixtureRequest, seeded: Seeded, language: str
) -> None:
    make: MakeKiosk = request.getfixturevalue("make_kiosk")
    kiosk = make(install_wedge=True)
    kiosk.resize(*KIOSK)
    problems = {"idle": clipped(kiosk)}
    wedge_scan(qtbot, kiosk, seeded.rows[0]["code"])
    problems["verdict"] = clipped(kiosk)
    assert not any(problems.values()), problems
