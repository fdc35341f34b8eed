"""Server text and times are shown, never obeyed: names that look like HTML stay text in every
view (door verdict, kiosk, attendee list and details, dashboard, status bar, confirmations), and
check-in times at the edge of the calendar crash no view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.core.verdict import Source
from orga_app.store import csvio
from orga_app.ui.attendees import ask
from orga_app.ui.errors import CrashDialog
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.log_view import LogView
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.tasks import TaskRunner
from tests.helpers import EVENT_ID, Seeded, add_attendees, add_event, attendee_row
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

FAKE_VERDICT = '<span style="background:green">✔ WELCOME</span>'
EDGE_TIMES = "0001-01-01T00:00:00+14:00,9999-12-31T23:59:59.999999-23:59"
HOSTILE_ID = 77  # checked in earlier, with a name that looks like a green verdict
FRESH_ID = 78  # not checked in yet, same name
EDGE_ID = 79  # checked in at times off the calendar
GREEN = QColor("green").rgb()


def image_tag(tmp_path: Path) -> str:
    """An <img> of a real local file: rich text would load and paint it."""
    picture = tmp_path / "local.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(picture))
    return f'<img src="{picture.as_posix()}">'


@pytest.fixture
def hostile(seeded: Seeded, tmp_path: Path) -> str:
    """Attendees whose names, device and times are what a hostile ticket buyer may set."""
    img = image_tag(tmp_path)
    add_event(seeded.store, name=f"<i>{FAKE_VERDICT}</i>")
    add_attendees(
        seeded.store,
        [
            attendee_row(
                HOSTILE_ID, FAKE_VERDICT, img, email=f"{img}@x.org", is_checked_in=True,
                checkin_times="2026-11-26T08:00:00+00:00",
                device_name_checkin=f"<b>{FAKE_VERDICT}</b>",
            ),
            attendee_row(FRESH_ID, FAKE_VERDICT, img, email="fresh@x.org"),
            attendee_row(
                EDGE_ID, "Edge", "Case", is_checked_in=True, checkin_times=EDGE_TIMES,
                checkout_times="9999-12-31 23:59:59.999999",
            ),
        ],
    )  # fmt: skip
    return img


def code_of(seeded: Seeded, attendee_id: int) -> str:
    with seeded.store.read() as conn:
        return str(
            conn.exec_driver_sql("SELECT code FROM attendee WHERE id = ?", (attendee_id,)).scalar()
        )


def green_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == GREEN
    )


def assert_all_labels_plain(root: QWidget) -> None:
    rich = [
        (label.objectName(), label.text()[:60])
        for label in root.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []


def test_door_views_show_hostile_names_as_text_and_survive_edge_times(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, hostile: str
) -> None:
    window = open_event(qtbot, make_window)
    assert FAKE_VERDICT in window.event_label.text()  # the event name, literally
    verdict = window.scanner.verdict
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(code_of(seeded, HOSTILE_ID), Source.MANUAL)
    # amber "already checked in", with the name shown as the characters it is made of
    assert verdict.family == "warning"
    assert verdict.name.text().startswith(FAKE_VERDICT)
    assert hostile in verdict.name.text()
    assert FAKE_VERDICT in verdict.detail.text()  # the device name, literally
    assert green_pixels(verdict) == 0  # no fake green field painted on the amber verdict
    assert_all_labels_plain(window)

    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(code_of(seeded, EDGE_ID), Source.MANUAL)
    # the last check-in time is off the calendar in UTC: shown as written
    assert verdict.family == "warning"
    assert "9999-12-31T23:59:59.999999-23:59" in verdict.detail.text()

    # the attendee list: every cell of every row, and the details pane
    page = window.attendees
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            page.model.data(page.model.index(row, column))
    row = next(r for r in range(8) if page.model.attendee(r).id == EDGE_ID)  # type: ignore[union-attr]
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "History" in page.details.toPlainText())
    assert "9999-12-31" in page.details.toPlainText()

    # the dashboard reads every check-in time of the event
    with qtbot.waitSignal(window.dashboard.updated, timeout=5000):
        window.tabs.setCurrentWidget(window.dashboard)
    window.tabs.setCurrentWidget(window.problems)
    qtbot.waitUntil(lambda: window.tasks.active == 0)
    assert_all_labels_plain(window)


def test_export_with_edge_times_and_hostile_names(
    seeded: Seeded, hostile: str, tmp_path: Path
) -> None:
    out = tmp_path / "export.csv"
    with seeded.store.read() as conn:
        assert csvio.export_attendees(conn, EVENT_ID, out) == 8
    text = out.read_text(encoding="utf-8-sig")
    assert "0001-01-01T00:00:00+14:00" in text  # kept as written, not lost, not crashed on


def test_kiosk_shows_hostile_names_as_text(
    qtbot: QtBot, ctx: AppContext, seeded: Seeded, hostile: str
) -> None:
    ctx.settings.set("camera", "")
    ctx.settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    kiosk = KioskWindow(
        ctx.store, ctx.settings, ctx.checkin, TaskRunner(), NullSoundPlayer(),
        return_ms=60_000, install_wedge=False,
    )  # fmt: skip
    qtbot.addWidget(kiosk)
    try:
        kiosk.resize(1024, 700)
        kiosk.show()
        kiosk.start(EVENT_ID)
        qtbot.waitUntil(lambda: kiosk.tasks.active == 0)
        assert FAKE_VERDICT in kiosk.idle.title.text()  # "Welcome to <event name>!"
        with qtbot.waitSignal(kiosk.result_shown, timeout=5000):
            kiosk.submit(code_of(seeded, FRESH_ID))
        assert kiosk.verdict.headline.text() == f"Welcome, {FAKE_VERDICT}!"
        assert_all_labels_plain(kiosk)
        with qtbot.waitSignal(kiosk.result_shown, timeout=5000):
            kiosk.submit(code_of(seeded, EDGE_ID))  # already in, at a time off the calendar
        assert kiosk.verdict.kind == "already"
    finally:
        kiosk.shutdown()


def test_confirmation_shows_a_hostile_name_as_text(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert ask(parent)("Check out", f"Check out {FAKE_VERDICT}?") is False
    assert seen == [(Qt.TextFormat.PlainText, f"Check out {FAKE_VERDICT}?")]


def test_dialogs_show_file_text_as_text(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    odd = tmp_path / f"{FAKE_VERDICT}.txt"
    dialogs: list[QWidget] = [
        SettingsDialog(ctx.settings, [0]),
        CrashDialog("Traceback ...", odd),
        LogView(None, str(odd)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_all_labels_plain(dialog)
