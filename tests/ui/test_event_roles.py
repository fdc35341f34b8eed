"""The events page says what the account may do for each event before anyone scans, and the
window never opens the scanner of an event this account cannot check people in to."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orga_app.app import AppContext
from orga_app.store.models import EVENT
from tests.helpers import EVENT_ID, Seeded
from tests.ui.conftest import MakeWindow


def set_role(seeded: Seeded, role: str) -> None:
    with seeded.store.write() as conn:
        conn.execute(EVENT.update().where(EVENT.c.id == EVENT_ID).values(access_role=role))


def test_a_registrar_event_is_explained_and_not_opened_even_as_the_last_event(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded, ctx: AppContext
) -> None:
    set_role(seeded, "registrar")
    ctx.settings.set("last_event_id", EVENT_ID)
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)

    assert window.stack.currentIndex() == window.EVENTS
    text = window.events.access_label.text()
    assert "registrar" in text and "co-organizer" in text
    assert not window.events.open_button.isEnabled()


def test_a_station_role_is_told_the_server_keeps_its_own_time(
    qtbot: QtBot, make_window: MakeWindow, seeded: Seeded
) -> None:
    set_role(seeded, "coorganizer")
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.events.list.count() == 1)
    window.events.list.setCurrentRow(0)

    assert "its own time" in window.events.access_label.text()
    assert window.events.open_button.isEnabled()
    assert "co-organizer" in window.events.list.item(0).text()
