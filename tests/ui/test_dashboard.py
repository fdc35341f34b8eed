"""The dashboard tab: numbers from the store, live refresh on a verdict and on its timer."""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Source
from orga_app.ui.main_window import MainWindow
from tests.helpers import EVENT_ID, Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


def cell(table: object, row: int, column: int) -> str:
    item = table.item(row, column)  # type: ignore[attr-defined]
    return str(item.text()) if item is not None else ""


def show_dashboard(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.dashboard.updated, timeout=5000):
        window.tabs.setCurrentWidget(window.dashboard)


def bar_values(window: MainWindow) -> list[float]:
    series = window.dashboard.chart.series()
    assert len(series) == 1 and isinstance(series[0], QBarSeries)
    bars = series[0].barSets()[0]
    return [bars.at(i) for i in range(bars.count())]


def test_dashboard_shows_the_store_and_refreshes_after_a_scan(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    show_dashboard(qtbot, window)
    page = window.dashboard
    assert page.checked_tile.value.text() == "0 / 5"
    assert page.pending_tile.value.text() == "0"
    assert (cell(page.ticket_table, 0, 0), cell(page.ticket_table, 0, 2)) == ("Regular", "5")
    assert page.device_table.rowCount() == 0
    assert bar_values(window) == []

    with qtbot.waitSignal(page.updated, timeout=5000):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)  # the verdict refreshes
    assert page.checked_tile.value.text() == "1 / 5"
    assert page.inside_tile.value.text() == "20 %"
    assert page.pending_tile.value.text() == "1"
    assert cell(page.ticket_table, 0, 1) == "1"
    assert (cell(page.device_table, 0, 0), cell(page.device_table, 0, 1)) == ("door-1", "1")
    assert bar_values(window) == [1.0]
    assert "checked in: 1" in page.scans_label.text()


def test_the_timer_picks_up_check_ins_made_elsewhere(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    show_dashboard(qtbot, window)
    page = window.dashboard
    page.timer.setInterval(20)
    for row in seeded.rows[1:4]:  # as a sync or the CLI would: not through this window
        seeded.service.scan(EVENT_ID, row["code"])
    qtbot.waitUntil(lambda: page.checked_tile.value.text() == "3 / 5", timeout=5000)
    assert page.pending_tile.value.text() == "3"
    assert bar_values(window) == [3.0]


def test_a_hidden_dashboard_does_not_query(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)  # the scanner tab is showing
    page = window.dashboard
    page.timer.setInterval(10)
    with qtbot.assertNotEmitted(page.updated, wait=100):
        window.scanner.submit(seeded.rows[0]["code"], Source.MANUAL)
        qtbot.waitUntil(lambda: window.scanner.verdict.family == "success")
