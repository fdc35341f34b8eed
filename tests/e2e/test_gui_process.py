"""The desktop app as a real process (offscreen): SIGTERM, as sent at system shutdown, ends it
through the normal exit (cameras, scheduler and store closed in order), exit code 0."""

from __future__ import annotations

from pathlib import Path

from orga_app.app import account_store_path
from orga_app.settings import Settings
from orga_app.store.db import Store
from tests.e2e.app_process import app_process, end_cleanly
from tests.helpers import EVENT_ID, add_attendees, add_event, attendee_row


def test_sigterm_ends_the_app_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "door"
    data.mkdir()
    settings = Settings(data)
    settings.set("last_event_id", EVENT_ID)
    settings.set("sound", False)
    store = Store(account_store_path(data, settings))
    add_event(store, is_local=True)
    add_attendees(store, [attendee_row(1, "Ana", "Ødegaard")])
    store.close()
    # started and opened the event (a crash shows as an early exit); a fixed sleep was too
    # short on a loaded machine, where SIGTERM then came before the handler was installed
    with app_process(data, ready=f"event {EVENT_ID} open") as child:
        end_cleanly(child)
