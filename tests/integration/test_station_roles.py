"""An event owner who is not a server admin, against the demo server: the app learns the role
from the server (GET /v1/users/{id} and its role relationships, as the real server
answers them) and sends check-ins through a registration station, never the attendee PATCH
(a 403 for this role on the real server and the demo alike)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.demo.data import OWNER_EMAIL
from orga_app.demo.server import DemoServer
from orga_app.store.models import ATTENDEE, STATION
from orga_app.sync.openevent.access import Role, stored_role
from orga_app.sync.openevent.stations import station_name
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


@pytest.mark.parametrize("station_on_server", [True, False], ids=["station-kept", "station-gone"])
def test_an_owner_demoted_mid_event_pauses_and_nobody_is_marked_deleted(
    tmp_path: Path, demo_server: DemoServer, station_on_server: bool
) -> None:
    """The role is kept for offline use, so a door learns of a demotion only from the server's
    answer: a 422 "Only admin/organiser/coorganizer …" for the check-in through a known station,
    a 404 "Event: N not found" when it has to make a new station. Both are about the account,
    not the attendee: the upload pauses, the scan stays queued and the person stays admitted
    (before: the row failed, or the attendee was marked deleted at this door)."""
    door = open_door(tmp_path / "door", demo_server, email=OWNER_EMAIL)
    try:
        (first, first_code), (second, second_code) = pick_attendees(demo_server, 2)
        door.scan(first_code, FIRST_SCAN)
        assert door.engine.run(EVENT).uploaded == 1  # the role (owner) is now stored

        server_sql(
            demo_server,
            "UPDATE event_roles SET role = 'registrar' WHERE user_id ="
            " (SELECT id FROM users WHERE email = ?)",
            (OWNER_EMAIL,),
        )
        with door.store.write() as conn:  # the station must be looked up (or made) again
            conn.execute(STATION.delete())
        if not station_on_server:
            server_sql(demo_server, "DELETE FROM user_check_ins")
            server_sql(demo_server, "DELETE FROM stations")
        door.scan(second_code, FIRST_SCAN + timedelta(seconds=5))

        report = door.engine.run(EVENT, download=False)
        assert report.paused is not None
        assert (report.uploaded, report.failed, report.pending) == (0, 0, 1)
        again = door.service.scan(EVENT, second_code, Mode.CHECK_IN, Source.CAMERA)
        assert again.verdict is Verdict.ALREADY_CHECKED_IN, again
        with door.store.read() as conn:  # asked again when a person resumes uploads
            assert stored_role(conn, EVENT) is None
            deleted = conn.execute(
                select(ATTENDEE.c.deleted).where(ATTENDEE.c.id == second)
            ).scalar_one()
        assert not deleted
        assert second != first
    finally:
        door.close()
