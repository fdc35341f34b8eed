"""Closing the window never drops a scan that was waiting for the store lane: it is saved
(check-in, outbox row, scan log) before the store closes, though its verdict is never shown."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from orga_app.core.verdict import Source
from orga_app.store import queries
from orga_app.ui.tasks import Lane
from tests.helpers import EVENT_ID, Seeded
from tests.ui.conftest import MakeWindow

# Only a safety valve for the save under way; closing waits for it either way.
RELEASE_AFTER_SECONDS = 0.5


def test_scans_waiting_for_the_store_lane_at_close_are_saved(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    window = make_window()
    window.open_event(EVENT_ID)
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10), lane=Lane.STORE)  # a slow save under way
    for row in seeded.rows[:2]:  # two more scans queue behind it
        window.scanner.submit(str(row["code"]), Source.WEDGE)
    release = threading.Timer(RELEASE_AFTER_SECONDS, gate.set)
    release.start()
    try:
        window.shutdown()  # the window closes while both scans wait
    finally:
        release.cancel()
        gate.set()
    assert queries.not_uploaded(seeded.store) == 2
