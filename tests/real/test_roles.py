"""Every account role against the real Open Event server (issue 8 cases 1, 5 and 6).

The doors are the real command line (a subprocess per verb, its own data dir) and the real
desktop window offscreen; the server is the shared real one (tests/real/conftest.py). A check-in
made with `orga-app checkin` never touches the network: that is the offline scan, and the
following `sync` is the door coming back online.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orga_app.app import open_app
from orga_app.settings import Settings
from orga_app.store import attendees
from orga_app.sync.openevent.records import AttendeeRecord
from orga_app.ui.main_window import MainWindow
from orga_app.ui.sounds import NullSoundPlayer
from tests.e2e.cli_runner import Run, run_cli
from tests.real.conftest import AttendeePool, signed_in_client, signed_in_data_dir
from tests.real.oes import RealServer

STATION_ROLES = ("owner", "organizer", "coorganizer")


def cli(data: Path, device: str, *args: str) -> Run:
    return run_cli(data, *args, device=device)


def server_attendee(server: RealServer, attendee_id: int) -> AttendeeRecord:
    with signed_in_client(server, "admin") as client:
        return client.get_attendee(attendee_id)


def instant(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.strip())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@pytest.mark.parametrize("role", STATION_ROLES)
def test_a_station_role_scans_offline_and_every_checkin_reaches_the_server_once(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path, role: str
) -> None:
    device = f"Door {role}"
    data = signed_in_data_dir(real_server, role, tmp_path / role, device)
    event = real_server.event_id
    assert cli(data, device, "sync", "--event", event).code == 0
    people = real_attendees.take(3)

    for person in people:
        done = cli(data, device, "checkin", "--event", event, "--json", person.qr)
        assert done.code == 0, done.stderr
        assert done.one()["verdict"] == "checked_in" and done.one()["pending"] is True

    synced = cli(data, device, "sync", "--event", event, "--json")
    assert synced.code == 0, synced.stderr
    assert (synced.one()["uploaded"], synced.one()["failed"]) == (3, 0)
    for person in people:
        on_server = server_attendee(real_server, person.id)
        assert on_server.is_registered, person
        # the server stamps its own time, once: one registration time, no PATCHed history
        assert "," not in on_server.register_times and on_server.checkin_times == ""

    # Nothing is sent twice, and the door (and a fresh download) keeps them checked in.
    again = cli(data, device, "sync", "--event", event, "--json")
    assert (again.one()["uploaded"], again.one()["pending"], again.one()["failed"]) == (0, 0, 0)
    repeat = cli(data, device, "checkin", "--event", event, "--json", people[0].qr)
    assert repeat.one()["verdict"] == "already_checked_in"


def test_a_second_registration_the_same_day_is_done_and_a_checkout_is_a_problem(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path
) -> None:
    device = "Door re-entry"
    data = signed_in_data_dir(real_server, "coorganizer", tmp_path / "door", device)
    event = real_server.event_id
    assert cli(data, device, "sync", "--event", event).code == 0
    (person,) = real_attendees.take(1)
    for mode in ("in", "out", "in"):
        done = cli(data, device, "checkin", "--event", event, "--mode", mode, person.qr)
        assert done.code == 0, done.stderr

    synced = cli(data, device, "sync", "--event", event, "--json").one()
    # both check-ins are done (the second met 422 "Attendee already registered."), the
    # check-out this role cannot record waits in Problems with the reason
    assert (synced["uploaded"], synced["failed"], synced["pending"]) == (2, 1, 0)
    problems = cli(data, device, "problems", "--event", event, "--json").lines()
    assert [p["action"] for p in problems] == ["check_out"]
    assert "server admin" in problems[0]["error"]
    assert server_attendee(real_server, person.id).is_registered


def test_an_admin_finds_the_event_and_its_scan_time_and_device_are_on_the_server(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path
) -> None:
    device = "Door admin"
    data = signed_in_data_dir(real_server, "admin", tmp_path / "admin", device)
    event = real_server.event_id
    # The admin's own list is empty (no role); by identifier the event is found and cached.
    assert cli(data, device, "events", "--json").lines() == []
    found = cli(data, device, "events", "--event", real_server.event.identifier, "--json")
    assert found.code == 0, found.stderr
    assert found.one()["id"] == event and found.one()["role"] == "admin"
    assert cli(data, device, "sync", "--event", event).code == 0
    (person,) = real_attendees.take(1)

    scanned = cli(data, device, "checkin", "--event", event, "--json", person.qr).one()
    assert scanned["verdict"] == "checked_in"
    assert cli(data, device, "sync", "--event", event).code == 0

    on_server = server_attendee(real_server, person.id)
    assert on_server.is_checked_in
    assert instant(on_server.checkin_times.split(",")[-1]) == instant(scanned["scanned_at"])
    assert on_server.device_name_checkin.split(",")[-1] == device


def test_cancelled_and_unpaid_orders_are_turned_away_with_the_reason(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path
) -> None:
    device = "Door orders"
    data = signed_in_data_dir(real_server, "owner", tmp_path / "owner", device)
    event = real_server.event_id
    assert cli(data, device, "sync", "--event", event).code == 0
    (cancelled,) = real_attendees.take(1, "cancelled")
    (pending,) = real_attendees.take(1, "pending")

    for person, reason in ((cancelled, "Order cancelled"), (pending, "Order not paid")):
        done = cli(data, device, "checkin", "--event", event, "--json", person.qr)
        assert done.code == 1
        assert done.one()["verdict"] == "order_not_valid"
        assert done.one()["message"].startswith(reason)
    assert cli(data, device, "status", "--event", event, "--json").one()["pending"] == 0


def test_a_registrar_is_told_what_is_missing_on_the_command_line(
    real_server: RealServer, tmp_path: Path
) -> None:
    device = "Door registrar"
    login = run_cli(
        tmp_path / "registrar",
        "login", "--server", real_server.url, "--email",
        real_server.account("registrar").email, "--password-stdin", "--json",
        device=device, stdin=real_server.account("registrar").password + "\n",
    )  # fmt: skip
    assert login.code == 0, login.stderr
    assert "registrar" in login.one()["notice"] and "co-organizer" in login.one()["notice"]
    code = real_server.attendees[0].qr  # refused before any lookup: nobody is checked in
    refused = cli(tmp_path / "registrar", device, "checkin", "--event", real_server.event_id, code)
    assert refused.code == 3
    assert "registrar" in refused.stderr and "co-organizer" in refused.stderr


def test_a_registrar_is_told_what_is_missing_in_the_window_before_anyone_scans(
    qtbot: QtBot, real_server: RealServer, tmp_path: Path
) -> None:
    settings = Settings(tmp_path)
    settings.set("sound", False)
    ctx = open_app(str(tmp_path))
    window = MainWindow(
        ctx, sound=NullSoundPlayer(), camera_lister=list, auto_camera=False, install_wedge=False
    )
    qtbot.addWidget(window)
    try:
        window.start()
        qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
        account = real_server.account("registrar")
        window.login.server.setText(real_server.url)
        qtbot.keyClicks(window.login.email, account.email)
        qtbot.keyClicks(window.login.password, account.password)
        with qtbot.waitSignal(window.login.signed_in, timeout=30_000):
            qtbot.mouseClick(window.login.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.events.list.count() == 1, timeout=10_000)

        said = window.events.message.text() + window.events.access_label.text()
        assert "registrar" in said and "co-organizer" in said
        assert "registrar" in window.events.access_label.text()
        assert not window.events.open_button.isEnabled()
        window.events.list.setCurrentRow(0)
        window.events._open()
        assert window.stack.currentIndex() == window.EVENTS  # no scanner for this account
    finally:
        window.shutdown()


def test_an_admin_without_a_role_finds_any_event_in_the_window(
    qtbot: QtBot, real_server: RealServer, tmp_path: Path
) -> None:
    settings = Settings(tmp_path)
    settings.set("sound", False)
    ctx = open_app(str(tmp_path))
    window = MainWindow(
        ctx, sound=NullSoundPlayer(), camera_lister=list, auto_camera=False, install_wedge=False
    )
    qtbot.addWidget(window)
    try:
        window.start()
        qtbot.waitUntil(lambda: window.stack.currentIndex() == window.LOGIN)
        account = real_server.account("admin")
        window.login.server.setText(real_server.url)
        qtbot.keyClicks(window.login.email, account.email)
        qtbot.keyClicks(window.login.password, account.password)
        with qtbot.waitSignal(window.login.signed_in, timeout=30_000):
            qtbot.mouseClick(window.login.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentIndex() == window.EVENTS)
        qtbot.waitUntil(lambda: "server admin" in window.events.message.text())
        assert window.events.list.count() == 0

        qtbot.keyClicks(window.events.find_field, real_server.event.identifier)
        qtbot.keyClick(window.events.find_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.events.list.count() == 1, timeout=15_000)
        assert window.events.events[0].id == real_server.event_id
        assert window.events.events[0].access_role == "admin"
        qtbot.waitUntil(window.events.open_button.isEnabled)
    finally:
        window.shutdown()


def test_a_station_check_in_counts_as_checked_in_at_an_admins_door(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path
) -> None:
    event = real_server.event_id
    co = signed_in_data_dir(real_server, "coorganizer", tmp_path / "co", "Door station")
    admin = signed_in_data_dir(real_server, "admin", tmp_path / "admin", "Door admin")
    assert cli(admin, "Door admin", "events", "--event", event).code == 0
    assert cli(co, "Door station", "sync", "--event", event).code == 0
    (person,) = real_attendees.take(1)
    assert cli(co, "Door station", "checkin", "--event", event, person.qr).code == 0
    assert cli(co, "Door station", "sync", "--event", event).code == 0

    assert cli(admin, "Door admin", "sync", "--event", event).code == 0
    seen = cli(admin, "Door admin", "checkin", "--event", event, "--json", person.qr).one()
    assert seen["verdict"] == "already_checked_in"
    assert seen["previous_device"] == "registration station"


def test_the_status_refresh_keeps_and_shows_station_check_ins(
    real_server: RealServer, real_attendees: AttendeePool, tmp_path: Path
) -> None:
    event = real_server.event_id
    co = signed_in_data_dir(real_server, "coorganizer", tmp_path / "co", "Door station")
    admin = signed_in_data_dir(real_server, "admin", tmp_path / "admin", "Door admin")
    assert cli(admin, "Door admin", "events", "--event", event).code == 0
    for data, device in ((co, "Door station"), (admin, "Door admin")):
        assert cli(data, device, "sync", "--event", event).code == 0
    (person,) = real_attendees.take(1)
    assert cli(co, "Door station", "checkin", "--event", event, person.qr).code == 0
    assert cli(co, "Door station", "sync", "--event", event, "--upload-only").code == 0

    # The station door keeps the person inside (the server's is-checked-in stays false), and
    # the admin's door sees the registration without a full download.
    for data in (co, admin):
        ctx = open_app(str(data))
        try:
            with ctx.client() as client:
                ctx.sync_engine(client).refresh_status(event)
            with ctx.store.read() as conn:
                seen = attendees.get(conn, person.id)
            assert seen is not None and seen.is_checked_in, data.name
        finally:
            ctx.close()
