"""The organizer's pages on a pretix-type event (issue 11: "search, the attendee list, the
dashboard, export and the kiosk work the same for both server types"): real widgets offscreen
over a store filled by a REAL download of 1,000 tickets from each real server (pretix 2026 and
eventyay-tickets), signed in with the fixture's team token, the door on a chosen list."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.app import AppContext, open_app
from orga_app.core.verdict import Mode, Reason, ScanResult, Verdict
from orga_app.settings import Settings
from orga_app.signin_pretix import choose_list, sign_in_pretix
from orga_app.store import csvio, outbox
from orga_app.store.door_lists import pretix_event_id
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.records import Position
from orga_app.ui.attendees import COLUMNS
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.kiosk_pin import hash_pin
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from orga_app.ui.sync_status import controller_for
from orga_app.ui.tasks import TaskRunner
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_client_real import position_now

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@dataclass
class SignedDoor:
    ctx: AppContext
    credentials: CredentialStore
    event_id: str


def credential_store(data_dir: Path, keyfile: Path) -> CredentialStore:
    backend = PlaintextKeyring()
    backend.file_path = str(keyfile)
    return CredentialStore(data_dir, backend=backend)


def sign_in(tmp_path: Path, server: RealPretix, list_id: int) -> SignedDoor:
    """Sign-in with the team token, the door's list chosen, the event's tickets downloaded."""
    data = tmp_path / "door"
    credentials = credential_store(data, tmp_path / "keyring.cfg")
    signed = sign_in_pretix(
        data, credentials, server.url, api_token=server.token, organizer=server.organizer
    )
    settings = Settings(data)
    settings.set("server_url", signed.server)
    settings.set("account_email", signed.email)
    settings.set("server_type", signed.server_type)
    settings.set("sound", False)
    ctx = open_app(str(data))
    event_id = pretix_event_id(server.organizer, server.event)
    choose_list(ctx.store, event_id, list_id)
    engine = SyncEngine(ctx.store, ctx.backend(credentials=credentials))
    try:
        assert engine.download(event_id).incomplete is None
    finally:
        engine.close()
    return SignedDoor(ctx, credentials, event_id)


@pytest.fixture
def door(tmp_path: Path, server: RealPretix) -> Iterator[SignedDoor]:
    found = sign_in(tmp_path, server, server.main_list)
    try:
        yield found
    finally:
        found.ctx.close()


@pytest.fixture
def window(qtbot: QtBot, door: SignedDoor) -> Iterator[MainWindow]:
    made = MainWindow(
        door.ctx,
        sync_factory=lambda c: controller_for(c, door.credentials),
        sound=NullSoundPlayer(),
        camera_lister=list,
        auto_camera=False,
        install_wedge=False,
        credentials=lambda: door.credentials,
        confirm=lambda _title, _question: True,
    )
    qtbot.addWidget(made)
    made.resize(1100, 760)
    made.show()
    made.start()  # the cached events (with their server type), as at every start
    qtbot.waitUntil(lambda: made.events.list.count() >= 1, timeout=10_000)
    made.open_event(door.event_id)
    try:
        yield made
    finally:
        made.shutdown()


def folded(text: str) -> str:
    """What a person types without accents: 'Håkansson' -> 'hakansson'."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def search(qtbot: QtBot, window: MainWindow, text: str) -> list[int]:
    page = window.attendees
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.search.setText(text)
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model._fetching, timeout=10_000)
    return [a.id for a in page.model.rows]


def shown(window: MainWindow, row: int) -> dict[str, str]:
    model = window.attendees.model
    return {
        name: str(model.data(model.index(row, column))) for column, (name, _) in enumerate(COLUMNS)
    }


def test_search_by_name_email_order_and_ticket_code(
    qtbot: QtBot, window: MainWindow, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    accented = next(
        (p for p in tickets.take(40) if folded(p.family_name) != p.family_name.lower()), None
    )
    assert accented is not None, "the fixture seeds accented names"
    # The family name typed without accents, in capitals: the accented attendee is found.
    assert accented.id in search(qtbot, window, folded(accented.family_name).upper())
    assert ticket.id in search(qtbot, window, ticket.attendee_email)
    by_order = search(qtbot, window, ticket.order_code)
    assert ticket.id in by_order
    assert search(qtbot, window, ticket.secret) == [ticket.id]
    row = window.attendees.model.rows.index(
        next(a for a in window.attendees.model.rows if a.id == ticket.id)
    )
    cells = shown(window, row)
    assert cells["Ticket"] in ("Standard", "VIP")  # the product's name
    assert cells["Order"] == ticket.order_code


def test_attendee_list_counts_and_check_in_out_through_the_service(
    qtbot: QtBot, window: MainWindow, server: RealPretix, door: SignedDoor, tickets: TicketPool
) -> None:
    page = window.attendees
    qtbot.waitUntil(lambda: page.model.total >= 1000, timeout=10_000)
    assert "Main entrance" in page.list_label.text()  # whose checked-in state the list shows
    [ticket] = tickets.take(1)
    search(qtbot, window, ticket.secret)
    page.table.selectRow(0)
    qtbot.waitUntil(page.checkin_button.isEnabled)
    with qtbot.waitSignal(page.checked, timeout=10_000) as signal:
        page.checkin_button.click()
    result: ScanResult = signal.args[0]
    assert result.verdict is Verdict.CHECKED_IN, result
    with door.ctx.store.read() as conn:
        queued = [r for r in outbox.unsent(conn, door.event_id) if r.attendee_id == ticket.id]
        done = conn.exec_driver_sql(
            "SELECT list_id FROM outbox WHERE attendee_id = ?", (ticket.id,)
        ).all()
    if result.by_server:  # the server answered at once (online check): it has the entry
        assert done == []
    else:  # no answer within the budget: queued on the door's list
        assert [row[0] for row in done] == [server.main_list] and len(queued) <= 1
    qtbot.waitUntil(lambda: shown(window, 0)["Status"].startswith("✓"), timeout=10_000)
    with qtbot.waitSignal(page.checked, timeout=10_000) as signal:
        page.checkout_button.click()
    assert signal.args[0].verdict is Verdict.CHECKED_OUT
    # Both reach the server on the door's list, entry then exit (the window's real sync).
    with client_for(server) as reader:

        def on_server() -> bool:
            found: Position = position_now(reader, server, ticket.secret)
            passages = sorted((c.at, c.type.value) for c in found.checkins_on(server.main_list))
            return [kind for _, kind in passages] == ["entry", "exit"]

        qtbot.waitUntil(on_server, timeout=60_000)


def test_dashboard_counts_per_product_on_the_doors_list(
    qtbot: QtBot, window: MainWindow, door: SignedDoor, tickets: TicketPool
) -> None:
    [vip] = tickets.take(1, vip=True)
    result = door.ctx.checkin.scan(door.event_id, vip.secret, Mode.CHECK_IN)
    assert result.verdict is Verdict.CHECKED_IN
    dashboard = window.dashboard
    window.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.stats is not None, timeout=10_000)
    with qtbot.waitSignal(dashboard.updated, timeout=10_000) as signal:
        dashboard.refresh()
    stats = signal.args[0]
    products = {t.name: t for t in stats.tickets}
    assert set(products) >= {"Standard", "VIP"}
    assert products["VIP"].checked_in >= 1
    assert sum(t.total for t in stats.tickets) == stats.counts.attendees >= 1000
    assert stats.arrivals  # this scan is an arrival
    table = dashboard.ticket_table
    names = {item.text() for r in range(table.rowCount()) if (item := table.item(r, 0))}
    assert {"Standard", "VIP"} <= names
    assert "Main entrance" in dashboard.list_label.text()


def test_a_code_missing_locally_is_looked_up_online_from_the_door(
    qtbot: QtBot, request: pytest.FixtureRequest, door: SignedDoor, tickets: TicketPool
) -> None:
    """The scanner's "Look up online" on a pretix-type event: the server's search on the door's
    list (sync/pretix/lookup.py), then the code is scanned again and admitted.

    With the online check on, the server admits such a ticket at the scan itself
    (test_online_real.py); the look-up is the way in while scans get local verdicts (the online
    check skipped after a timeout, or not built), so it is switched off here."""
    [sold_late] = tickets.take(1)
    with door.ctx.store.write() as conn:  # the door's list lacks it, as if sold since
        conn.exec_driver_sql("DELETE FROM attendee WHERE id = ?", (sold_late.id,))
    window: MainWindow = request.getfixturevalue("window")
    door.ctx.online.use(None)  # local verdicts, as while the online check is skipped
    scanner = window.scanner
    with qtbot.waitSignal(scanner.result_shown, timeout=10_000) as first:
        qtbot.keyClicks(scanner.code_entry, sold_late.secret)
        qtbot.keyClick(scanner.code_entry, Qt.Key.Key_Return)
    assert first.args[0].reason is Reason.UNKNOWN_CODE
    help_ = scanner.unknown_help
    assert help_.lookup.isVisible()
    with qtbot.waitSignal(scanner.result_shown, timeout=20_000) as again:
        qtbot.mouseClick(help_.lookup, Qt.MouseButton.LeftButton)
    result: ScanResult = again.args[0]
    assert result.verdict is Verdict.CHECKED_IN, result
    assert result.attendee is not None and result.attendee.id == sold_late.id


def test_export_has_order_code_product_order_status_and_list_state(
    door: SignedDoor, server: RealPretix, tickets: TicketPool, tmp_path: Path
) -> None:
    [inside] = tickets.take(1)
    assert door.ctx.checkin.scan(door.event_id, inside.secret, Mode.CHECK_IN).verdict is (
        Verdict.CHECKED_IN
    )
    target = tmp_path / "attendees.csv"
    with door.ctx.store.read() as conn:
        written = csvio.export_attendees(conn, door.event_id, target)
    assert written >= 1000
    with target.open(encoding=csvio.EXPORT_ENCODING, newline="") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    row = rows[inside.secret]
    assert row["order"] == inside.order_code
    assert row["ticket"] in ("Standard", "VIP")
    assert row["order_status"] == "paid"
    assert row["checked_in"] == "1" and row["checkin_list"] == "Main entrance"
    pending = rows[server.sample("pending")]
    assert pending["order_status"] == "pending" and pending["checked_in"] == "0"


def test_kiosk_self_check_in_on_the_chosen_list(
    qtbot: QtBot, tmp_path: Path, server: RealPretix, tickets: TicketPool
) -> None:
    door = sign_in(tmp_path, server, server.vip_list)
    door.ctx.settings.set("camera", "")
    door.ctx.settings.set("kiosk_pin_hash", hash_pin("2468", iterations=1000))
    kiosk = KioskWindow(
        door.ctx.store, door.ctx.settings, door.ctx.checkin, TaskRunner(), NullSoundPlayer(),
        return_ms=60, pin_iterations=1000, install_wedge=True,
    )  # fmt: skip
    qtbot.addWidget(kiosk)
    try:
        kiosk.resize(1024, 700)
        kiosk.show()
        kiosk.start(door.event_id)
        qtbot.waitUntil(lambda: kiosk.tasks.active == 0)

        def wedge(code: str) -> ScanResult:
            qtbot.waitUntil(lambda: kiosk.stack.currentIndex() == kiosk.IDLE)
            with qtbot.waitSignal(kiosk.result_shown, timeout=10_000) as signal:
                qtbot.keyClicks(kiosk, code)
                qtbot.keyClick(kiosk, Qt.Key.Key_Return)
            found: ScanResult = signal.args[0]
            return found

        [vip] = tickets.take(1, vip=True)
        [standard] = tickets.take(1)
        admitted = wedge(vip.secret)
        assert admitted.verdict is Verdict.CHECKED_IN and kiosk.verdict.family == "success"
        with door.ctx.store.read() as conn:
            [row] = [r for r in outbox.unsent(conn, door.event_id) if r.attendee_id == vip.id]
        assert row.list_id == server.vip_list
        refused = wedge(standard.secret)
        assert refused.reason is Reason.PRODUCT and kiosk.verdict.family == "error"
        assert standard.attendee_name not in kiosk.verdict.headline.text()
    finally:
        kiosk.shutdown()
        door.ctx.close()
