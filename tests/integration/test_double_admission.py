"""Two doors admit the same ticket before either has synced (each answers green from its own
store); after both upload and one downloads, that door lists the double admission with both
doors and times. A check-out between two check-ins (re-entry) is no double admission."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from orga_app.core.verdict import Mode
from orga_app.demo.server import DemoServer
from orga_app.store import stats
from tests.integration.test_sync_engine import EVENT, open_door, pick_attendees


def test_a_ticket_admitted_at_two_doors_is_listed_after_sync(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    north = open_door(tmp_path / "north", demo_server, device="Door North")
    south = open_door(tmp_path / "south", demo_server, device="Door South")
    try:
        (copied_id, copied), (back_id, back) = pick_attendees(demo_server, 2)
        # Scan times just behind the wall clock: the server stamps a check-out when it is
        # uploaded, and a door's history mixes both.
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
        # the same ticket at both doors within a minute, neither synced in between
        first = north.scan(copied, start)
        second = south.scan(copied, start + timedelta(seconds=40))
        # a person who leaves by the north door and comes back in at the south door
        north.scan(back, start + timedelta(minutes=1))
        north.scan(back, start + timedelta(minutes=5), Mode.CHECK_OUT)
        assert north.engine.run(EVENT, download=False).pending == 0
        assert south.engine.run(EVENT, download=False).pending == 0
        # the south door has not downloaded yet: `back` is not inside there; in again
        south.scan(back, datetime.now(UTC) + timedelta(seconds=1))
        assert south.engine.run(EVENT).pending == 0
        assert north.engine.run(EVENT).pending == 0  # both doors now hold the server's history

        for door in (north, south):
            with door.store.read() as conn:
                doubles = stats.double_admissions(conn, EVENT)
            assert [
                (d.attendee_id, d.first_at, d.first_device, d.second_at, d.second_device)
                for d in doubles
            ] == [(copied_id, first, "Door North", second, "Door South")]
            assert back_id not in {d.attendee_id for d in doubles}
    finally:
        north.close()
        south.close()
