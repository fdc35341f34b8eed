"""One push path: a check-in made in the main window or the kiosk reaches the demo server
because the check-in service announces the queued row to the account's sync, not because a
window asks; and a scan whose event is no longer open when it is saved is still sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext, open_app
from orga_app.core.verdict import Source
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD
from orga_app.demo.server import DemoServer
from orga_app.settings import Settings
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.openevent import OpenEventClient
from orga_app.sync.scheduler import SyncScheduler
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import SyncController, controller_for
from orga_app.ui.tasks import Lane, TaskRunner
from tests.integration.test_sync_engine import server_row, server_sql
from tests.ui.conftest import MakeWindow
from tests.ui.test_sign_in_flow import credential_store

MAIN_EVENT, OTHER_EVENT = "1", "2"


class SignedIn:
    """A door signed in to the demo server (tokens in a test keyring file), both events'
    attendees downloaded, the pull job slowed to once an hour: only a push can upload."""

    def __init__(self, tmp_path: Path, server: DemoServer) -> None:
        data_dir = tmp_path / "door"
        settings = Settings(data_dir)
        settings.set("server_url", server.url)
        settings.set("account_email", DEMO_EMAIL)
        settings.set("sound", False)
        settings.set("camera", "")
        settings.set("sync_interval", 3600)
        self.credentials = credential_store(data_dir, tmp_path / "keyring.cfg")
        with OpenEventClient(server.url) as client:
            client.login(DEMO_EMAIL, DEMO_PASSWORD)
            assert client.tokens is not None
            self.credentials.save(server.url, DEMO_EMAIL, client.tokens)
            self.ctx = open_app(str(data_dir))
            engine = self.ctx.sync_engine(client)
            engine.refresh_events()
            for event_id in (MAIN_EVENT, OTHER_EVENT):
                engine.download(event_id)

    def sync(self, ctx: AppContext) -> SyncController | None:
        return controller_for(ctx, self.credentials)

    def credential_store(self) -> CredentialStore:
        return self.credentials


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[SignedIn]:
    signed_in = SignedIn(tmp_path, demo_server)
    try:
        yield signed_in
    finally:
        signed_in.ctx.close()


def unchecked_attendee(server: DemoServer, event_id: str) -> tuple[int, str]:
    """(id, ticket code) of an attendee of `event_id` the door admits, not checked in."""
    rows = server_sql(
        server,
        "SELECT a.id, o.identifier || '-' || COALESCE(a.identifier, a.id) FROM attendees a"
        " JOIN orders o ON o.id = a.order_id"
        " WHERE a.event_id = ? AND a.deleted_at IS NULL AND a.checkin_times IS NULL"
        " AND o.status NOT IN ('pending', 'cancelled', 'expired', 'initializing')"
        " ORDER BY a.id LIMIT 1",
        (int(event_id),),
    )
    assert rows, f"no attendee of event {event_id} to check in"
    return int(rows[0][0]), str(rows[0][1])


def checked_in_on_server(server: DemoServer, attendee_id: int) -> bool:
    return bool(server_row(server, attendee_id)["checkin_times"])


def test_a_scan_in_the_main_window_is_uploaded_without_the_window_asking(
    qtbot: QtBot, make_window: MakeWindow, door: SignedIn, demo_server: DemoServer
) -> None:
    window = make_window(door.ctx, credentials=door.credential_store, sync_factory=door.sync)
    window.show()
    window.open_event(MAIN_EVENT)
    assert window.sync is not None
    assert not hasattr(window.sync, "push_now")  # nothing a window could ask a push with
    aid, code = unchecked_attendee(demo_server, MAIN_EVENT)
    with qtbot.waitSignal(window.scanner.result_shown, timeout=10000) as shown:
        qtbot.keyClicks(window.scanner.code_entry, code)
        qtbot.keyClick(window.scanner.code_entry, Qt.Key.Key_Return)
    assert shown.args[0].pending
    qtbot.waitUntil(lambda: checked_in_on_server(demo_server, aid), timeout=15000)


def test_a_kiosk_check_in_is_uploaded_without_the_kiosk_asking(
    qtbot: QtBot, door: SignedIn, demo_server: DemoServer
) -> None:
    door.ctx.settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    sync = door.sync(door.ctx)
    assert sync is not None
    assert not hasattr(sync, "push_now")  # nothing the kiosk could ask a push with
    kiosk = KioskWindow(
        door.ctx.store, door.ctx.settings, door.ctx.checkin, TaskRunner(),
        NullSoundPlayer(), install_wedge=False, sync=sync,
    )  # fmt: skip
    qtbot.addWidget(kiosk)
    try:
        kiosk.show()
        kiosk.start(MAIN_EVENT)
        qtbot.waitUntil(lambda: kiosk.event_id == MAIN_EVENT)
        aid, code = unchecked_attendee(demo_server, MAIN_EVENT)
        with qtbot.waitSignal(kiosk.result_shown, timeout=10000) as shown:
            kiosk.submit(code)
        assert shown.args[0].pending
        qtbot.waitUntil(lambda: checked_in_on_server(demo_server, aid), timeout=15000)
    finally:
        kiosk.shutdown()


def test_a_scan_saved_after_its_event_was_left_is_still_uploaded(
    qtbot: QtBot, make_window: MakeWindow, door: SignedIn, demo_server: DemoServer
) -> None:
    """The door switches to another event while a scan of the first is still being saved:
    the scanner drops that late verdict (it belongs to an event no longer shown), but the
    check-in it saved must still reach the server."""
    window = make_window(door.ctx, credentials=door.credential_store, sync_factory=door.sync)
    window.show()
    window.open_event(MAIN_EVENT)
    qtbot.waitUntil(lambda: f"pull:{MAIN_EVENT}" in job_ids(window.sync), timeout=10000)
    aid, code = unchecked_attendee(demo_server, MAIN_EVENT)
    # The scan waits behind a slow task on the scanner's lane until the switch is done.
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(20), lane=Lane.STORE)
    window.scanner.submit(code, Source.MANUAL)
    window.open_event(OTHER_EVENT)
    qtbot.waitUntil(lambda: f"pull:{OTHER_EVENT}" in job_ids(window.sync), timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: checked_in_on_server(demo_server, aid), timeout=15000)


def job_ids(sync: SyncController | None) -> list[str]:
    """The jobs of the window's running scheduler (the one it has now)."""
    scheduler = sync.scheduler if sync is not None else None
    return scheduler.pending_job_ids() if isinstance(scheduler, SyncScheduler) else []
