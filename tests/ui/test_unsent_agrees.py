"""One meaning of "not on the server yet": the door's verdict and the attendee page's details
pane answer alike for a check-in the server refused (an outbox row in `failed`).

The verdict always counted a refused row as not uploaded (the server does not have it); the
details pane counted only queued and in-flight rows and so showed a plain "Checked in" for the
same attendee, as if the server had the check-in.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Mode, Source
from orga_app.store import outbox
from orga_app.store.models import OutboxState
from tests.helpers import EVENT_ID, Seeded
from tests.ui.conftest import MakeWindow
from tests.ui.test_screens import open_event


def test_a_refused_check_in_is_not_on_the_server_for_the_verdict_and_the_details_pane(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    code = seeded.rows[0]["code"]
    assert seeded.service.scan(EVENT_ID, code, Mode.CHECK_IN, Source.MANUAL).pending
    with seeded.store.write() as conn:
        (row,) = outbox.unsent(conn, EVENT_ID)
        outbox.set_state(conn, row.id, OutboxState.FAILED, error="422: refused by the server")

    window = open_event(qtbot, make_window)
    window.scanner.set_mode(Mode.VALIDATE)
    with qtbot.waitSignal(window.scanner.result_shown, timeout=5000):
        window.scanner.submit(code, Source.MANUAL)
    verdict = window.scanner.verdict.result
    assert verdict is not None and verdict.pending  # the door: not on the server

    page = window.attendees
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Checked in" in page.details.toPlainText())
    details = page.details.toPlainText()
    assert "1 change the server refused" in details  # the list: not on the server either
    assert "waiting to upload" not in details  # it is not queued: a person must decide
