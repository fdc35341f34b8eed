"""The desktop app signing in to a real pretix server by device pairing, choosing the event's
check-in list and exit, and the door answering with that list's rules (pytest-qt, offscreen,
real widgets, the real pretix 2026 fixture with a pairing token of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from orga_app.app import open_app
from orga_app.core.list_rules import Direction, ServerKind
from orga_app.core.verdict import Mode, Reason, ScanResult, Verdict
from orga_app.signin_pretix import PretixAccount, load_token, read_lists
from orga_app.store.door_lists import pretix_event_id
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.client import ServerKind as WireKind
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import controller_for
from tests.real_pretix import servers
from tests.real_pretix.servers import RealPretix

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def credential_store(data_dir: Path, keyfile: Path) -> CredentialStore:
    backend = PlaintextKeyring()
    backend.file_path = str(keyfile)
    return CredentialStore(data_dir, backend=backend)


@pytest.fixture
def fresh_pretix() -> Iterator[RealPretix]:
    """A pretix of its own: pairing spends the fixture's one-time token."""
    script = servers.script_of(WireKind.PRETIX)
    if script is None:
        pytest.skip("no real pretix fixture in ../shared")
    server = servers.start(WireKind.PRETIX, script, tickets=20)
    try:
        yield server
    finally:
        servers.stop(server)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.shutdown()


def save(widget: QWidget, path: Path) -> None:
    """Offscreen screenshot (docs/screenshots are made from these), after pending layout
    requests ran (a longer headline re-lays the panel out)."""
    QApplication.processEvents()
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_pairing_then_list_and_exit_choice_then_a_list_verdict(
    qtbot: QtBot, windows: list[MainWindow], fresh_pretix: RealPretix, tmp_path: Path
) -> None:
    server = fresh_pretix
    keyfile = tmp_path / "keyring.cfg"
    ctx = open_app(str(tmp_path / "door"))
    ctx.settings.set("sound", False)
    window = MainWindow(
        ctx,
        sync_factory=lambda c: controller_for(c, credential_store(c.data_dir, keyfile)),
        sound=NullSoundPlayer(),
        camera_lister=list,
        auto_camera=False,
        install_wedge=False,
        credentials=lambda: credential_store(ctx.data_dir, keyfile),
        context_factory=lambda d: open_app(str(d)),
    )
    qtbot.addWidget(window)
    windows.append(window)
    window.resize(1100, 760)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)

    login = window.login
    assert login.kind is ServerKind.OPEN_EVENT  # the default until the server says otherwise
    qtbot.keyClicks(login.server, server.url)
    qtbot.keyClick(login.server, Qt.Key.Key_Return)  # a finished address probes the server
    qtbot.waitUntil(lambda: login.kind is ServerKind.PRETIX, timeout=10_000)
    assert "pretix" in login.type_hint.text()
    assert login.accounts.currentIndex() == 1 and login.pair_choice.isChecked()

    login.pairing_token.setText("not-a-token")
    login.button.click()
    qtbot.waitUntil(lambda: login.error.text() != "", timeout=15_000)
    assert window.stack.currentIndex() == window.LOGIN

    login.pairing_token.clear()
    qtbot.keyClicks(login.pairing_token, str(server.info["device_init_token"]))
    assert login.error.text() == ""  # typing a new token clears the old refusal
    save(window, tmp_path / "pretix-pairing.png")
    login.button.click()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.EVENTS, timeout=20_000)
    assert login.pairing_token.text() == ""  # spent: nothing of it stays on screen
    settings = window.ctx.settings
    assert settings.get("server_type") == "pretix"
    assert settings.get("account_email") == "device@demo"
    account = PretixAccount.parse(server.url, "device@demo", ServerKind.PRETIX)
    assert account is not None
    assert load_token(credential_store(window.ctx.data_dir, keyfile), account)

    events = window.events
    qtbot.waitUntil(lambda: events.list.count() >= 1)
    # "Refresh list" reads the events with the stored device token: no second pairing.
    events.refresh_button.click()
    assert window.stack.currentIndex() == window.EVENTS
    qtbot.waitUntil(lambda: events.message.text() == "", timeout=15_000)
    assert events.list.count() >= 1
    events.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: events.checkin_list.count() == 2, timeout=5_000)
    assert events.list_row.isVisible()
    names = [events.checkin_list.itemText(i) for i in range(2)]
    assert names[0].startswith("Main entrance") and names[1].startswith("VIP lounge")
    events.checkin_list.setCurrentIndex(1)
    events.exit_choice.setChecked(True)
    save(window, tmp_path / "pretix-lists.png")
    qtbot.mouseClick(events.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.WORK, timeout=5_000)
    event_id = pretix_event_id("demo", "door2026")
    _, chosen = read_lists(window.ctx.store, event_id)
    assert chosen is not None
    assert (chosen.rules.id, chosen.direction) == (server.vip_list, Direction.EXIT)
    assert window.scanner.mode is Mode.CHECK_OUT  # an exit door checks people out

    # First visit: the event's tickets download through the paired device (real sync).
    qtbot.waitUntil(lambda: " of 2" in window.scanner.counts.text(), timeout=30_000)
    window.scanner.set_mode(Mode.CHECK_IN)
    scanner = window.scanner

    def scan(code: str) -> ScanResult:
        with qtbot.waitSignal(scanner.result_shown, timeout=5_000) as signal:
            qtbot.keyClicks(scanner.code_entry, code)
            qtbot.keyClick(scanner.code_entry, Qt.Key.Key_Return)
        result: ScanResult = signal.args[0]
        return result

    vip = scan(server.sample("vip_paid"))
    assert vip.verdict is Verdict.CHECKED_IN
    assert vip.attendee is not None and vip.attendee.firstname == "Anaïs"
    save(window, tmp_path / "pretix-green.png")
    # A Standard ticket at the VIP lounge: the list refuses it, offline, with the reason.
    refused = scan(server.sample("standard_paid"))
    assert refused.verdict is Verdict.NOT_ALLOWED
    assert refused.reason is Reason.PRODUCT
    assert scanner.verdict.family == "error"
    save(window, tmp_path / "pretix-verdict.png")

    # The accepted scan reaches the server as the paired device's check-in on the VIP list.
    with PretixClient(server.url, organizer="demo", token=server.token) as reader:

        def uploaded() -> bool:
            found = [
                p
                for page in reader.order_pages(server.event)
                for p in page.positions
                if p.secret == server.sample("vip_paid")
            ]
            return bool(found and found[0].checkins_on(server.vip_list))

        qtbot.waitUntil(uploaded, timeout=30_000)
