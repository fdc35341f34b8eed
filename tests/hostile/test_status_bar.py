"""The door's status bar says what a hostile list did (issue 9 item 2: "say what happened"):
before, an incomplete list showed "Online" and nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.ui.sync_status import SyncStatusWidgets
from tests.hostile.conftest import Door
from tests.hostile.server import EVENT, Handler, HostileServer, attendee_resource

ATTENDEES = f"/v1/events/{EVENT}/attendees"


def test_an_incomplete_list_and_skipped_records_show_in_the_status_bar(
    qtbot: QtBot, door: Door, hostile: HostileServer
) -> None:
    def short_with_odd_one(handler: Handler, _query: dict[str, str]) -> None:
        odd = attendee_resource(1, event="<b>999</b>")
        handler.send_json({"data": [odd], "meta": {"count": 30}, "links": {}})

    hostile.routes[("GET", ATTENDEES)] = short_with_odd_one
    report = door.engine.run(EVENT)
    widgets = SyncStatusWidgets()

    widgets.show_report(report)

    assert report.error is not None
    assert widgets.online.text().endswith(report.error)
    assert "Sync problem" in widgets.online.text()
    assert widgets.online.textFormat() == Qt.TextFormat.PlainText
    assert "1 attendee record from" in widgets.online.toolTip()
