"""Door screen details from the field trial: check-out and validate-only never look like an
admission, the mode is unmistakable, OTHER EVENT names the event, the details pane follows the
upload, counts read as English, and a full day of arrivals keeps readable chart labels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Mode, Source
from orga_app.store import outbox
from orga_app.store.models import OutboxState
from orga_app.sync.engine import SyncReport
from orga_app.ui.main_window import MainWindow
from orga_app.ui.theme import VERDICT_COLOURS
from tests.helpers import (
    EVENT_ID,
    OTHER_EVENT_ID,
    Seeded,
    add_attendees,
    add_event,
    attendee_row,
)
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


def scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(code, Source.MANUAL)


def test_check_out_has_its_own_colour_symbol_and_sound(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    verdict, code = window.scanner.verdict, seeded.rows[0]["code"]
    scan(qtbot, window, code)
    assert (verdict.family, verdict.symbol.text()) == ("success", "✓")
    window.scanner.set_mode(Mode.CHECK_OUT)
    scan(qtbot, window, code)
    assert verdict.headline.text() == "CHECKED OUT"
    assert verdict.family == "checkout"
    assert verdict.symbol.text() not in ("✓", "")
    assert VERDICT_COLOURS["checkout"][0] != VERDICT_COLOURS["success"][0]
    assert VERDICT_COLOURS["checkout"][0] in verdict.styleSheet()
    assert window.sound.played == ["success", "checkout"]  # type: ignore[attr-defined]


def test_validate_only_says_a_used_ticket_is_used_and_records_nothing(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    verdict = window.scanner.verdict
    used, fresh = seeded.rows[0]["code"], seeded.rows[1]["code"]
    scan(qtbot, window, used)
    window.scanner.set_mode(Mode.VALIDATE)
    scan(qtbot, window, used)
    assert verdict.family == "warning"
    assert verdict.headline.text() == "ALREADY CHECKED IN"
    assert "door-1" in verdict.detail.text() and "nothing was recorded" in verdict.detail.text()
    scan(qtbot, window, fresh)
    assert (verdict.family, verdict.headline.text()) == ("valid", "VALID TICKET")
    assert VERDICT_COLOURS["valid"][0] != VERDICT_COLOURS["success"][0]
    assert "nothing was recorded" in verdict.detail.text()
    assert verdict.sync.isHidden()  # no "✓ on the server" for a scan that wrote nothing
    assert window.sound.played == ["success", "warning", "valid"]  # type: ignore[attr-defined]


def test_the_mode_shows_as_a_coloured_band_with_words(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = open_event(qtbot, make_window)
    scanner = window.scanner
    expected = {
        Mode.CHECK_IN: ("CHECK-IN", "success", "Ready to check in"),
        Mode.CHECK_OUT: ("CHECK-OUT", "checkout", "Ready to check out"),
        Mode.VALIDATE: ("VALIDATE ONLY", "valid", "Ready to validate"),
    }
    for mode, (words, family, prompt) in expected.items():
        scanner.set_mode(mode)
        assert words in scanner.mode_band.text()
        assert VERDICT_COLOURS[family][0] in scanner.mode_band.styleSheet()
        assert scanner.mode_band.isVisibleTo(window)
        assert scanner.verdict.headline.text() == prompt


def test_other_event_names_the_event(qtbot: QtBot, make_window: MakeWindow, seeded: Seeded) -> None:
    add_event(seeded.store, OTHER_EVENT_ID, name="Winter Gala 2026")
    add_attendees(seeded.store, [attendee_row(900, "Olga", "Other", event_id=OTHER_EVENT_ID)])
    window = make_window()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 2)
    window.open_event(EVENT_ID)
    with seeded.store.read() as conn:
        code = conn.exec_driver_sql("SELECT code FROM attendee WHERE id = 900").scalar()
    scan(qtbot, window, str(code))
    assert window.scanner.verdict.headline.text() == "OTHER EVENT"
    assert "Winter Gala 2026" in window.scanner.verdict.detail.text()


def test_details_stop_saying_waiting_once_uploaded_and_counts_read_as_english(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    page = window.attendees
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.table.selectRow(0)
    qtbot.waitUntil(page.checkin_button.isEnabled)
    with qtbot.waitSignal(page.checked, timeout=5000):
        page.checkin_button.click()
    qtbot.waitUntil(lambda: "waiting to upload" in page.details.toPlainText())
    assert "1 change waiting to upload" in page.details.toPlainText()  # not "change(s)"
    # the uploader marks the row done, then the sync report reaches the window
    with seeded.store.write() as conn:
        (row,) = outbox.unsent(conn, EVENT_ID)
        outbox.set_state(conn, row.id, OutboxState.DONE, at=datetime.now(UTC).isoformat())
    window._sync_report(SyncReport(EVENT_ID, uploaded=1))
    qtbot.waitUntil(lambda: "waiting to upload" not in page.details.toPlainText())
    assert "Checked in" in page.details.toPlainText()

    page.search.setText("Number3")
    qtbot.waitUntil(lambda: page.model.total == 1)
    qtbot.waitUntil(lambda: page.total_label.text() == "1 attendee")


def test_a_full_day_of_arrivals_keeps_readable_bars(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    start = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    add_attendees(
        seeded.store,
        [
            attendee_row(
                1000 + i, f"Early{i}", "Bird", is_checked_in=True,
                checkin_times=(start + timedelta(minutes=15 * i)).isoformat(),
            )
            for i in range(96)
        ],
    )  # fmt: skip
    window = open_event(qtbot, make_window)
    with qtbot.waitSignal(window.dashboard.updated, timeout=5000):
        window.tabs.setCurrentWidget(window.dashboard)
    chart = window.dashboard.chart
    (series,) = chart.series()
    assert isinstance(series, QBarSeries)
    bars = series.barSets()[0]
    values = [bars.at(i) for i in range(bars.count())]
    # 96 quarter hours as 24 hourly bars: wide enough for their labels, no arrival lost
    assert len(values) == 24 and sum(values) == 96
    assert chart.title() == "Arrivals per hour"
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    shown = [label for label in axis.categories() if label.strip("\u200b")]
    assert shown and all(len(label) == 5 and label[2] == ":" for label in shown)
    plot_width = chart.plotArea().width()
    label_height = window.dashboard.fontMetrics().height()
    assert plot_width / len(values) > label_height  # upright labels fit: Qt does not elide


def test_sign_in_page_is_not_clipped_at_1280_by_800(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.show()
    window.show_login(can_go_back=True)
    login = window.login
    login.error.setText(
        "The server's certificate could not be verified; check the server address and the "
        "computer's date and certificates."
    )
    labels = [login.error, *login.findChildren(QLabel, "title")]

    def whole(label: QLabel) -> bool:  # every wrapped line shows
        return label.height() >= label.heightForWidth(label.width())

    qtbot.waitUntil(lambda: all(whole(label) for label in labels), timeout=2000)
    for field in (login.server, login.email, login.password):
        assert field.height() >= field.sizeHint().height()  # not squashed
    assert login.button.isVisible() and login.button.height() >= login.button.sizeHint().height()


def test_problems_lists_tickets_admitted_at_two_doors_after_a_download(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    window.tabs.setCurrentWidget(window.problems)
    doubles = window.problems.doubles
    qtbot.waitUntil(lambda: "No ticket was admitted" in doubles.summary.text())
    # what a download brings: the same ticket let in at two doors 40 s apart, and a
    # re-entry (out at one door, in at the other) that is no double admission
    add_attendees(
        seeded.store,
        [
            attendee_row(
                500, "Copy", "Cat", is_checked_in=True,
                checkin_times="2026-11-26T09:00:00+00:00,2026-11-26T09:00:40+00:00",
                device_name_checkin="Door North,Door South",
            ),
            attendee_row(
                501, "Back", "Again", is_checked_in=True,
                checkin_times="2026-11-26T09:00:00+00:00,2026-11-26T10:00:00+00:00",
                device_name_checkin="Door North,Door South",
                checkout_times="2026-11-26 09:30:00",
            ),
        ],
    )  # fmt: skip
    window._sync_report(SyncReport(EVENT_ID, downloaded=2))
    qtbot.waitUntil(lambda: doubles.table.rowCount() == 1)
    cells = [doubles.table.item(0, c).text() for c in range(3)]
    assert cells[0] == "Copy Cat"
    assert "Door North" in cells[1] and "Door South" in cells[2]
    # seconds tell the two doors apart (40 s)
    assert cells[1].startswith("2026-11-26 ") and cells[1].count(":") == 2
    assert "A ticket was let in at two doors" in doubles.summary.text()


def test_the_door_says_why_a_known_code_is_refused(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    """A cancelled ticket and a scanned attendee number are not "no such ticket": the door
    panel shows the reason core found (issue 10: it used to drop result.message)."""
    window = open_event(qtbot, make_window)
    with seeded.store.write() as conn:
        code = conn.exec_driver_sql("SELECT code FROM attendee WHERE id = 1").scalar()
        conn.exec_driver_sql("UPDATE attendee SET deleted = 1 WHERE id = 1")
    scan(qtbot, window, str(code))
    assert window.scanner.verdict.headline.text() == "UNKNOWN TICKET"
    assert "cancelled" in window.scanner.verdict.detail.text()

    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit("2", Source.CAMERA)  # attendee 2's number, held to a camera
    detail = window.scanner.verdict.detail.text()
    assert "typed at the desk" in detail, detail


def test_the_door_says_why_an_order_is_not_valid_in_its_own_words(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    """The panel's reason line comes from the UI's words for the code, not core's English."""
    unpaid = attendee_row(80, "Una", "Paidnot", order_status="pending")
    add_attendees(seeded.store, [unpaid])
    window = open_event(qtbot, make_window)
    scan(qtbot, window, unpaid["code"])
    verdict = window.scanner.verdict
    assert (verdict.headline.text(), verdict.family) == ("ORDER NOT VALID", "error")
    assert verdict.name.text() == "Una Paidnot"
    assert verdict.detail.text() == "The order is not paid yet: this ticket is not valid"
