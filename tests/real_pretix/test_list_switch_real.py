"""A door switching check-in lists shows the new list's state at once, offline: from every
list's check-ins of the last real download plus its own scans, not the old list's state until
the next full download (both real servers; the switch itself makes no request)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import Direction
from orga_app.core.verdict import Mode, Verdict
from orga_app.store import door_lists
from orga_app.store import events as event_queries
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_backend_real import open_door
from tests.real_pretix.test_client_real import scan


def test_switching_lists_shows_the_new_lists_state_without_a_download(
    tmp_path: Path, server: RealPretix, tickets: TicketPool
) -> None:
    in_main, in_vip, mine = tickets.take(3, vip=True)
    entered = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    with client_for(server) as other_door:  # other doors, before this door's download
        assert other_door.redeem(scan(server, in_main.secret, scanned_at=entered, force=True)).ok
        vip_scan = scan(
            server, in_vip.secret, list_id=server.vip_list, scanned_at=entered, force=True
        )
        assert other_door.redeem(vip_scan).ok
    door = open_door(tmp_path, server, server.main_list)
    door.engine.close()  # from here on the door has no server: everything below is offline
    service = CheckInService(StoreCheckInRepository(door.store), lambda: "Door A")
    assert service.scan(door.event_id, mine.secret, Mode.CHECK_IN).verdict is Verdict.CHECKED_IN
    assert door.attendee(in_main).is_checked_in and not door.attendee(in_vip).is_checked_in

    choose(door.store, door.event_id, server.vip_list)

    # The VIP lounge's own state: who entered there, nobody else.
    assert not door.attendee(in_main).is_checked_in
    assert not door.attendee(mine).is_checked_in  # this door's scan was at the main entrance
    vip = door.attendee(in_vip)
    assert vip.is_checked_in and [_at(t) for t in vip.checkin_times] == [entered]
    # ...and the door judges by it: admitted once at the lounge, refused a second time.
    again = service.scan(door.event_id, in_vip.secret, Mode.CHECK_IN)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
    first = service.scan(door.event_id, in_main.secret, Mode.CHECK_IN)
    assert first.verdict is Verdict.CHECKED_IN

    choose(door.store, door.event_id, server.main_list)

    # Back at the main entrance: the server's entry and this door's queued scan, and not the
    # lounge scan just made (it waits to go up to the lounge's list).
    back = door.attendee(in_main)
    assert back.is_checked_in and [_at(t) for t in back.checkin_times] == [entered]
    assert door.attendee(mine).is_checked_in
    assert not door.attendee(in_vip).is_checked_in
    with door.store.read() as conn:  # no download was asked for: none was needed
        info = event_queries.get(conn, door.event_id)
    assert info is not None and info.last_full_download_at is not None


def test_a_store_without_every_lists_state_asks_for_a_download(
    tmp_path: Path, server: RealPretix
) -> None:
    """A store filled before it kept every list's check-ins (schema v11) cannot know the new
    list's state: the switch leaves the rows alone and makes a full download due."""
    door = open_door(tmp_path, server, server.main_list)
    door.engine.close()
    with door.store.write() as conn:  # as a download before v11 left it
        conn.exec_driver_sql("DELETE FROM list_checkin")
        conn.exec_driver_sql("UPDATE event SET list_checkins_complete = 0")
    choose(door.store, door.event_id, server.vip_list)
    with door.store.read() as conn:
        info = event_queries.get(conn, door.event_id)
    assert info is not None and info.last_full_download_at is None


def choose(store: Store, event_id: str, list_id: int) -> None:
    with store.write() as conn:
        door_lists.choose_door_list(conn, event_id, list_id, Direction.ENTRY)


def _at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
