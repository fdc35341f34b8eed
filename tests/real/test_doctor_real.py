"""`orga-app doctor` against the real Open Event server (issue 15): a signed-in admin door is
ready; the failing conditions are produced for real: the real registrar role (no upload
rights), a server clock set off through a loopback proxy's `Date` in front of the real server,
a download stamped 13 h back, and a camera that does not open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from orga_app.app import account_store_path
from orga_app.settings import Settings
from tests.clock_proxy import SkewedClockProxy
from tests.e2e.cli_runner import run_cli
from tests.real.conftest import signed_in_data_dir
from tests.real.oes import RealServer

DEVICE = "Door doctor"


def doctor(data: Path, event: str, *args: str) -> tuple[int, dict[str, dict[str, Any]]]:
    done = run_cli(data, "doctor", "--event", event, "--json", *args, device=DEVICE)
    assert "Traceback" not in done.stderr, done.stderr
    report = done.one()
    assert report["ready"] is (done.code == 0)
    return done.code, {c["check"]: c for c in report["checks"]}


def red(checks: dict[str, dict[str, Any]]) -> set[str]:
    return {key for key, c in checks.items() if c["level"] == "red"}


def synced_admin(server: RealServer, data: Path) -> Path:
    signed_in_data_dir(server, "admin", data, DEVICE)
    event = server.event_id
    found = run_cli(data, "events", "--event", server.event.identifier, device=DEVICE)
    assert found.code == 0, found.stderr  # an admin's own list is empty: find the event
    assert run_cli(data, "sync", "--event", event, device=DEVICE).code == 0
    return data


def test_an_admin_door_is_ready_then_a_stale_download_and_a_dead_camera_are_red(
    real_server: RealServer, tmp_path: Path
) -> None:
    data = synced_admin(real_server, tmp_path / "admin")
    event = real_server.event_id

    code, checks = doctor(data, event, "--no-camera")
    assert code == 0, checks
    for key in ("rights", "download", "attendees", "outbox", "clock", "disk", "integrity"):
        assert checks[key]["level"] == "green", checks[key]
    assert "server admin" in checks["rights"]["detail"]

    code, checks = doctor(data, event, "--camera", str(tmp_path / "no-camera.avi"))
    assert code == 1 and red(checks) == {"camera"}

    conn = sqlite3.connect(account_store_path(data, Settings(data)))
    with conn:  # the list was downloaded yesterday evening
        old = (datetime.now(UTC) - timedelta(hours=13)).isoformat()
        conn.execute("UPDATE event SET last_full_download_at = ? WHERE id = ?", (old, event))
    conn.close()
    code, checks = doctor(data, event, "--no-camera")
    assert code == 1 and red(checks) == {"download"}


def test_the_real_registrar_role_has_no_upload_rights(
    real_server: RealServer, tmp_path: Path
) -> None:
    data = signed_in_data_dir(real_server, "registrar", tmp_path / "registrar", DEVICE)

    code, checks = doctor(data, real_server.event_id, "--no-camera")

    assert code == 1
    assert checks["rights"]["level"] == "red"
    assert "registrar" in checks["rights"]["detail"]
    assert "co-organizer" in checks["rights"]["fix"]


def test_a_coorganizer_is_ready_through_a_station(real_server: RealServer, tmp_path: Path) -> None:
    data = signed_in_data_dir(real_server, "coorganizer", tmp_path / "co", DEVICE)
    assert run_cli(data, "sync", "--event", real_server.event_id, device=DEVICE).code == 0

    code, checks = doctor(data, real_server.event_id, "--no-camera")

    assert code == 0, checks
    assert "co-organizer, through a registration station" in checks["rights"]["detail"]
    assert checks["attendees"]["level"] == "green"


def test_a_server_clock_set_off_through_its_date_header_is_red(
    real_server: RealServer, tmp_path: Path
) -> None:
    proxy = SkewedClockProxy(real_server.url, skew_s=-900)
    try:
        data = tmp_path / "skewed"
        # signed in through the proxy: every answer the door sees carries its Date
        done = run_cli(
            data, "login", "--server", proxy.url, "--email",
            real_server.account("coorganizer").email, "--password-stdin", device=DEVICE,
            stdin=real_server.account("coorganizer").password + "\n",
        )  # fmt: skip
        assert done.code == 0, done.stderr
        assert run_cli(data, "sync", "--event", real_server.event_id, device=DEVICE).code == 0
        code, checks = doctor(data, real_server.event_id, "--no-camera")
    finally:
        proxy.close()
    assert code == 1 and red(checks) == {"clock"}
    assert "ahead of the server's by 15 min" in checks["clock"]["detail"]
