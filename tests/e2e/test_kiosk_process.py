"""The kiosk as a real process (offscreen): the OS and the service manager may always end it.

Attendees cannot close the kiosk (close, Esc and Alt+F4 are refused), but SIGTERM (`systemctl
stop`, shutdown, logout) and SIGINT must end it cleanly with exit code 0 within a few seconds,
also while the first-start PIN set-up is on screen (issue 9 item 5).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from orga_app.app import account_store_path
from orga_app.settings import Settings
from orga_app.store.db import Store
from orga_app.ui.kiosk_pin import hash_pin
from tests.e2e.app_process import app_process, end_cleanly
from tests.helpers import EVENT_ID, add_attendees, add_event, attendee_row

EXIT_TIMEOUT_S = 10.0


def kiosk_data(directory: Path, *, pin: bool) -> Path:
    data = directory / "kiosk"
    data.mkdir()
    settings = Settings(data)
    settings.set("last_event_id", EVENT_ID)
    settings.set("sound", False)
    settings.set("camera", "")  # no camera to open or retry
    settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000) if pin else "")
    store = Store(account_store_path(data, settings))
    add_event(store, is_local=True)
    add_attendees(store, [attendee_row(1, "Ana", "Ødegaard")])
    store.close()
    return data


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("pin", [True, False], ids=["idle", "first-start-pin"])
def test_a_signal_ends_the_kiosk_cleanly(tmp_path: Path, signum: int, pin: bool) -> None:
    data = kiosk_data(tmp_path, pin=pin)
    ready = "kiosk shows the PIN set-up" if not pin else "kiosk shows idle"
    with app_process(data, "--kiosk", ready=ready) as child:
        end_cleanly(child, signum, timeout=EXIT_TIMEOUT_S)
