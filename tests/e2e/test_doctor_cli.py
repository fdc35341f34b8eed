"""`orga-app doctor` against the demo server, each failing condition produced for real: the
command line as a subprocess with its own data dir, signed in and synced through the real
command line, a server clock set off by a loopback proxy's `Date`, an account whose role the
server refuses uploads, a download the server has moved past, a camera that does not open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from orga_app.app import account_store_path
from orga_app.demo.data import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    HELPER_EMAIL,
    OWNER_EMAIL,
    sample_ticket_codes,
)
from orga_app.demo.server import DemoServer
from orga_app.demo.tickets import make_ticket_video
from orga_app.settings import Settings
from tests.clock_proxy import SkewedClockProxy
from tests.e2e.cli_runner import Run, run_cli

DOOR = "doctor-door"
EVENT = "1"


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> Run:
    return run_cli(data_dir, *args, device=DOOR, stdin=stdin)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DemoServer]:
    with DemoServer(tmp_path / "server.db", attendees=60, seed=5) as running:
        yield running


def signed_in(data: Path, url: str, email: str = DEMO_EMAIL, sync: bool = True) -> Path:
    done = cli(data, "login", "--server", url, "--email", email, "--password-stdin",
               stdin=DEMO_PASSWORD + "\n")  # fmt: skip
    assert done.code == 0, done.stderr
    if sync:
        synced = cli(data, "sync", "--event", EVENT)
        assert synced.code == 0, synced.stderr
    return data


def doctor(data: Path, *args: str) -> tuple[int, dict[str, dict[str, Any]]]:
    done = cli(data, "doctor", "--event", EVENT, "--json", *args)
    assert "Traceback" not in done.stderr, done.stderr
    report = done.one()
    checks = {c["check"]: c for c in report["checks"]}
    assert report["ready"] is (done.code == 0)
    return done.code, checks


def red(checks: dict[str, dict[str, Any]]) -> set[str]:
    return {key for key, c in checks.items() if c["level"] == "red"}


def ticket_video(path: Path, server: DemoServer) -> Path:
    code = sample_ticket_codes(server.db_path, int(EVENT))[0][1]
    make_ticket_video(path, [code], width=480, height=360, seconds_per_ticket=1.0,
                      gap_seconds=0.2, effects=("plain",))  # fmt: skip
    return path


def test_a_ready_door_is_all_green_and_exits_0(tmp_path: Path, server: DemoServer) -> None:
    data = signed_in(tmp_path / "door", server.url)
    video = ticket_video(tmp_path / "tickets.avi", server)

    code, checks = doctor(data, "--camera", str(video))

    assert code == 0
    for key in ("rights", "download", "attendees", "outbox", "clock", "camera", "disk",
                "integrity"):  # fmt: skip
        assert checks[key]["level"] == "green", checks[key]
    assert "server admin" in checks["rights"]["detail"]
    assert checks["usb_scanner"]["level"] == "not_tested"
    text = cli(data, "doctor", "--event", EVENT, "--camera", str(video))
    assert text.code == 0 and text.stdout.strip().endswith("ready")


def test_a_server_clock_10_minutes_ahead_is_red(tmp_path: Path, server: DemoServer) -> None:
    proxy = SkewedClockProxy(server.url, skew_s=600)
    try:
        data = signed_in(tmp_path / "door", proxy.url)
        code, checks = doctor(data, "--no-camera")
    finally:
        proxy.close()
    assert code == 1 and red(checks) == {"clock"}
    assert "behind the server's by 10 min" in checks["clock"]["detail"]
    assert "network time" in checks["clock"]["fix"]


def test_a_clock_3_minutes_off_is_amber_and_still_ready(tmp_path: Path, server: DemoServer) -> None:
    proxy = SkewedClockProxy(server.url, skew_s=-180)
    try:
        data = signed_in(tmp_path / "door", proxy.url)
        code, checks = doctor(data, "--no-camera")
    finally:
        proxy.close()
    assert code == 0
    assert checks["clock"]["level"] == "amber"
    assert "ahead of the server's by 3 min" in checks["clock"]["detail"]


def test_a_registrar_may_not_upload_and_is_told_who_can_fix_it(
    tmp_path: Path, server: DemoServer
) -> None:
    # The demo's helper holds only the registrar role (the server refuses it the attendee list)
    data = signed_in(tmp_path / "door", server.url, HELPER_EMAIL, sync=False)

    code, checks = doctor(data, "--no-camera")

    assert code == 1
    assert checks["rights"]["level"] == "red"
    assert "registrar" in checks["rights"]["detail"]
    assert "co-organizer" in checks["rights"]["fix"]
    assert checks["download"]["level"] == "red"  # it could never download the list either


def test_an_owner_uploads_through_a_station_and_is_ready(
    tmp_path: Path, server: DemoServer
) -> None:
    data = signed_in(tmp_path / "door", server.url, OWNER_EMAIL)

    code, checks = doctor(data, "--no-camera")

    assert code == 0 and checks["rights"]["level"] == "green"
    assert "as owner, through a registration station" in checks["rights"]["detail"]


def test_attendees_added_on_the_server_since_the_download_are_reported(
    tmp_path: Path, server: DemoServer
) -> None:
    data = signed_in(tmp_path / "door", server.url)
    conn = sqlite3.connect(server.db_path)
    with conn:  # ten tickets sold after this door's download
        conn.execute(
            "INSERT INTO attendees (id, event_id, order_id, ticket_id, identifier, firstname, "
            "lastname, email) SELECT id + 100000, event_id, order_id, ticket_id, "
            "identifier || 'x', firstname, lastname, email FROM attendees "
            "WHERE event_id = 1 AND deleted_at IS NULL ORDER BY id LIMIT 10"
        )
    conn.close()

    code, checks = doctor(data, "--no-camera")

    assert code == 1 and red(checks) == {"attendees"}
    assert checks["attendees"]["detail"].startswith("10 attendee(s) on the server are not")
    # downloading again makes it green
    assert cli(data, "sync", "--event", EVENT).code == 0
    code, checks = doctor(data, "--no-camera")
    assert code == 0 and checks["attendees"]["level"] == "green"


def test_a_download_13_hours_old_is_red(tmp_path: Path, server: DemoServer) -> None:
    data = signed_in(tmp_path / "door", server.url)
    conn = sqlite3.connect(account_store_path(data, Settings(data)))
    with conn:  # the door downloaded yesterday evening (its own stamp, set back)
        old = (datetime.now(UTC) - timedelta(hours=13)).isoformat()
        conn.execute("UPDATE event SET last_full_download_at = ? WHERE id = ?", (old, EVENT))
    conn.close()

    code, checks = doctor(data, "--no-camera")

    assert code == 1 and red(checks) == {"download"}
    assert "13 h ago" in checks["download"]["detail"]


def test_a_camera_that_does_not_open_is_red_and_one_without_codes_amber(
    tmp_path: Path, server: DemoServer
) -> None:
    data = signed_in(tmp_path / "door", server.url)
    code, checks = doctor(data, "--camera", str(tmp_path / "unplugged.avi"))
    assert code == 1 and red(checks) == {"camera"}
    assert "Does not open" in checks["camera"]["detail"]

    blank = tmp_path / "blank.avi"
    writer = cv2.VideoWriter(str(blank), cv2.VideoWriter.fourcc(*"MJPG"), 10, (320, 240))
    for _ in range(10):
        writer.write(np.full((240, 320, 3), 200, dtype=np.uint8))
    writer.release()
    code, checks = doctor(data, "--camera", str(blank))
    assert code == 0 and checks["camera"]["level"] == "amber"
    assert "saw no code" in checks["camera"]["detail"]


def test_an_unreachable_server_is_amber_not_a_crash(tmp_path: Path, server: DemoServer) -> None:
    data = signed_in(tmp_path / "door", server.url)
    server.stop()

    code, checks = doctor(data, "--no-camera")

    assert code == 0  # a door with a fresh list works offline
    for key in ("rights", "attendees", "clock"):
        assert checks[key]["level"] == "amber", checks[key]
    assert checks["attendees"]["detail"].startswith(f"{len_local(data)} here; could not compare")


def len_local(data: Path) -> int:
    status = cli(data, "status", "--event", EVENT, "--json").one()
    return int(status["attendees"])


def test_a_serverless_list_has_no_server_lines_and_a_kiosk_needs_its_pin(tmp_path: Path) -> None:
    data = tmp_path / "door"
    csv = tmp_path / "list.csv"
    csv.write_text("code,firstname,lastname\nGP-7Q2XK9M4TZ,Ana,Lima\n", encoding="utf-8")
    imported = cli(data, "import", "--csv", str(csv), "--event-name", "Garden party", "--json")
    assert imported.code == 0, imported.stderr
    event = imported.one()["event"]

    done = cli(data, "doctor", "--event", event, "--no-camera", "--json")
    checks = {c["check"]: c for c in done.one()["checks"]}
    assert done.code == 0
    assert {checks[k]["level"] for k in ("rights", "attendees", "clock")} == {"not_tested"}
    assert checks["download"]["level"] == "green"

    kiosk = cli(data, "doctor", "--event", event, "--no-camera", "--kiosk", "--json")
    checks = {c["check"]: c for c in kiosk.one()["checks"]}
    assert kiosk.code == 1 and checks["kiosk"]["level"] == "red"
    assert "orga-app gui --kiosk" in checks["kiosk"]["fix"]
    assert cli(data, "doctor", "--event", "no-such-event").code == 3
