"""Sign in against the real demo server → pick the event → the attendee list downloads →
a typed code gives a green verdict with the name; a wrong password gets a specific message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.app import open_app
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer
from orga_app.sync.credentials import CredentialStore
from orga_app.ui.sync_status import controller_for
from tests.ui.conftest import MakeWindow


def credential_store(data_dir: Path, keyfile: Path) -> CredentialStore:
    backend = PlaintextKeyring()
    backend.file_path = str(keyfile)
    return CredentialStore(data_dir, backend=backend)


def test_sign_in_pick_event_and_scan(
    qtbot: QtBot, make_window: MakeWindow, demo_server: DemoServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "door"
    keyfile = tmp_path / "keyring.cfg"
    ctx = open_app(str(data_dir))
    ctx.settings.set("sound", False)
    ctx.settings.set("device_name", "door-ui")
    window = make_window(
        ctx,
        credentials=lambda: credential_store(ctx.data_dir, keyfile),
        sync_factory=lambda c: controller_for(c, credential_store(c.data_dir, keyfile)),
        context_factory=lambda d: open_app(str(d)),
    )
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)

    login = window.login
    login.server.setText(demo_server.url)
    login.email.setText(DEMO_EMAIL)
    login.password.setText("wrong password")
    login.button.click()
    qtbot.waitUntil(lambda: "Wrong email or password" in login.error.text(), timeout=10000)

    login.password.setText(DEMO_PASSWORD)
    login.button.click()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.EVENTS, timeout=15000)
    qtbot.waitUntil(lambda: window.events.list.count() >= 1)
    assert window.ctx.settings.get("server_url") == demo_server.url
    assert keyfile.exists()  # tokens went to the test's keyring file, not the real keyring
    assert login.password.text() == ""

    event_id = window.events.events[0].id
    window.events.list.setCurrentRow(0)
    qtbot.mouseClick(window.events.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.WORK
    # first visit: the attendee list downloads with progress, then a typed code checks in
    codes = dict(sample_ticket_codes(demo_server.db_path, int(event_id)))
    qtbot.waitUntil(lambda: f" of {len(codes)} " in window.scanner.counts.text(), timeout=20000)
    with sqlite3.connect(demo_server.db_path) as conn:
        attendee_id = conn.execute(
            "SELECT min(id) FROM attendees WHERE event_id = ? AND is_checked_in = 0"
            " AND deleted_at IS NULL",
            (int(event_id),),
        ).fetchone()[0]
    conn.close()
    code = codes[attendee_id]
    scanner = window.scanner
    with qtbot.waitSignal(scanner.result_shown, timeout=5000) as signal:
        qtbot.keyClicks(scanner.code_entry, code)
        qtbot.keyClick(scanner.code_entry, Qt.Key.Key_Return)
    result = signal.args[0]
    assert scanner.verdict.family == "success"
    assert result.attendee.id == attendee_id
    assert scanner.verdict.name.text() == result.attendee.full_name != ""
    # The scheduler's push job uploads the check-in by itself (scheduler thread → report
    # signal → status bar), and the verdict still on screen stops saying it waits.
    qtbot.waitUntil(lambda: "on the server" in scanner.verdict.sync.text(), timeout=15000)
    qtbot.waitUntil(lambda: "0 waiting" in window.status.pending.text(), timeout=5000)
    assert "Online" in window.status.online.text()
    assert demo_server.stats == {attendee_id: 1}
    # "Sync now" (a full run with progress) finds nothing left to send and stays online
    window.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=15000)  # type: ignore[union-attr]
    assert "Online" in window.status.online.text()
    assert demo_server.stats == {attendee_id: 1}
    window.shutdown()
    window.ctx.close()
