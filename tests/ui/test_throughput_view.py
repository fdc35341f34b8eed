"""Door throughput on the dashboard tab (issue 15): verdict time p95, a line per door, uploads
waiting, and the alert when uploads wait over 5 minutes while the server answers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCharts import QLineSeries
from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Source
from orga_app.store import throughput
from tests.helpers import EVENT_ID, FIXED_NOW, Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event

NOW = FIXED_NOW + timedelta(minutes=10)


def test_the_dashboard_shows_throughput_and_alerts_on_stuck_uploads(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = open_event(qtbot, make_window)
    view = window.dashboard.throughput
    view.clock = lambda: NOW
    window.scanner.submit(seeded.rows[0]["code"], Source.WEDGE)  # scanned at FIXED_NOW
    with qtbot.waitSignal(window.dashboard.updated, timeout=5000):
        window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: view.data is not None and view.data.verdicts_timed == 1)
    assert "(1 scans)" in view.p95.text()
    assert "here 0.1 scans/min" in view.peak.text()  # 1 scan in its 15 minutes
    assert view.waiting.text() == "Waiting to upload: 1 (oldest 10 min)"
    names = [s.name() for s in view.chart.series() if isinstance(s, QLineSeries)]
    assert names == ["door-1", "waiting to upload"]
    assert not view.alert.isVisible()  # no sync has reached the server yet: no alarm
    with seeded.store.write() as conn:  # a sync run found the server answering
        throughput.record_sample(conn, EVENT_ID, NOW, True, 1)
    view.data = None
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: view.data is not None)
    assert view.alert.isVisible()
    assert "waited up to 10 min" in view.alert.text()
