"""An event owner who is not a server admin, against the demo server: the app learns the role
from the server (GET /v1/users/{id} and its role relationships, as the real server
answers them) and sends check-ins through a registration station, never the attendee PATCH
(a 403 for this role on the real server and the demo alike)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.demo.data import OWNER_EMAIL
from orga_app.demo.server import DemoServer
from orga_app.sync.access import Role, stored_role
from orga_app.sync.stations import station_name
from tests.integration.test_sync_engine import (
    DEVICE,
    EVENT,
    FIRST_SCAN,
    open_door,
    pick_attendees,
    server_row,
    server_sql,
)

# The server's own registration time: UTC without an offset, e.g. "2026-12-01 09:32:03.174210".
SERVER_UTC = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$")


def test_an_owner_without_admin_rights_uploads_through_a_registration_station(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    door = open_door(tmp_path / "door", demo_server, email=OWNER_EMAIL)
    try:
        picked = pick_attendees(demo_server, 3)
        for n, (_, code) in enumerate(picked):
            door.scan(code, FIRST_SCAN + timedelta(seconds=n))

        report = door.engine.run(EVENT)
        assert report.paused is None, report.paused
        assert (report.uploaded, report.failed, report.pending) == (3, 0, 0)
        with door.store.read() as conn:  # asked before the first upload, kept for offline use
            assert stored_role(conn, EVENT) is Role.OWNER

        # One registration station for this door, created by the app; one station check-in
        # per scan, and no attendee PATCH at all.
        stations = server_sql(
            demo_server,
            "SELECT id, station_name, station_type FROM stations WHERE event_id = ?",
            (int(EVENT),),
        )
        assert [(name, kind) for _, name, kind in stations] == [
            (station_name(DEVICE), "registration")
        ]
        registered = server_sql(
            demo_server, "SELECT attendee_id, station_id FROM user_check_ins ORDER BY attendee_id"
        )
        assert registered == [(aid, stations[0][0]) for aid, _ in picked]
        assert demo_server.stats == {}
        for aid, _ in picked:
            row = server_row(demo_server, aid)
            assert row["is_registered"] == 1
            assert SERVER_UTC.match(row["register_times"]), row["register_times"]
            assert (row["is_checked_in"], row["checkin_times"]) == (0, None)

        # Downloaded back, a station registration still counts as inside at this door.
        door.engine.download(EVENT)
        again = door.service.scan(EVENT, picked[0][1], Mode.CHECK_IN, Source.CAMERA)
        assert again.verdict is Verdict.ALREADY_CHECKED_IN
    finally:
        door.close()
