"""The server-facing command line as a subprocess: login, events, sync, checkin, status, logout.

A demo server runs in this process; `python -m orga_app --data-dir DIR ...` talks to it over
loopback. JSON keys and exit codes as DESIGN.md "Command line" promises them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD, sample_ticket_codes
from orga_app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, run_cli

DOOR = "cli-door"
SYNC_KEYS = {"uploaded", "failed", "pending", "downloaded", "seconds", "error"}


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> Run:
    return run_cli(data_dir, *args, device=DOOR, stdin=stdin)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DemoServer]:
    with DemoServer(tmp_path / "server.db", attendees=120, seed=3) as running:
        yield running


def login(data_dir: Path, server: DemoServer, password: str = DEMO_PASSWORD) -> Run:
    return cli(
        data_dir,
        "login",
        "--server",
        server.url,
        "--email",
        DEMO_EMAIL,
        "--password-stdin",
        stdin=password + "\n",
    )


def test_login_with_a_wrong_password_fails_clearly(tmp_path: Path, server: DemoServer) -> None:
    wrong = login(tmp_path / "data", server, "not-the-password")
    assert wrong.code == 1
    assert "Wrong email or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    # Not signed in afterwards: a sync says so with exit code 3.
    assert cli(tmp_path / "data", "sync", "--event", "1", "--json").code == 3


def test_login_events_sync_checkin_status_logout(tmp_path: Path, server: DemoServer) -> None:
    data = tmp_path / "data"
    signed_in = login(data, server)
    assert signed_in.code == 0, signed_in.stderr
    assert DEMO_PASSWORD not in signed_in.stdout + signed_in.stderr

    events = cli(data, "events", "--json")
    assert events.code == 0, events.stderr
    listed = events.lines()
    assert {"1", "2"} <= {e["id"] for e in listed}
    for event in listed:
        assert {"id", "identifier", "name", "starts_at", "ends_at"} <= set(event)

    first = cli(data, "sync", "--event", "1", "--json")
    assert first.code == 0, first.stderr
    report = first.one()
    assert set(report) >= SYNC_KEYS
    assert (report["pending"], report["error"]) == (0, None)
    assert report["downloaded"] == server.info.attendees

    with contextlib.closing(sqlite3.connect(server.db_path)) as conn:
        never_in = {
            int(i)
            for (i,) in conn.execute(
                "SELECT id FROM attendees WHERE event_id = 1 AND checkin_times IS NULL"
            )
        }
    aid, code = next((a, c) for a, c in sample_ticket_codes(server.db_path, 1) if a in never_in)
    checked = cli(data, "checkin", "--event", "1", code, "--json")
    assert checked.code == 0, checked.stderr
    verdict = checked.one()
    assert (verdict["verdict"], verdict["pending"]) == ("checked_in", True)
    status = cli(data, "status", "--event", "1", "--json").one()
    assert status["pending"] == 1

    server.set_faults(down=True)
    offline = cli(data, "sync", "--event", "1", "--json")
    assert offline.code == 1
    assert offline.one()["pending"] == 1 and offline.one()["error"]
    assert cli(data, "status", "--event", "1", "--json").one()["pending"] == 1

    server.set_faults(down=False)
    back = cli(data, "sync", "--event", "1", "--json")
    assert back.code == 0, back.stdout + back.stderr
    assert (back.one()["uploaded"], back.one()["pending"]) == (1, 0)
    stored = httpx.get(
        f"{server.url}/_demo/attendees/{aid}", headers=server.hook_headers, timeout=5
    ).json()
    assert stored["checkin_times"] == verdict["attendee"]["checkin_times"][-1]
    assert stored["device_name_checkin"] == DOOR
    assert cli(data, "status", "--event", "1", "--json").one()["pending"] == 0

    unknown = cli(data, "sync", "--event", "999", "--json")
    assert unknown.code == 3
    assert "999" in unknown.stderr

    assert cli(data, "logout").code == 0
    after_logout = cli(data, "sync", "--event", "1", "--json")
    assert after_logout.code == 3
    assert "sign" in after_logout.stderr.lower() or "login" in after_logout.stderr.lower()
