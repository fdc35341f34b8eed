"""PretixBackend under the neutral SyncEngine, with a real SQLite store, against both real
servers: download, refresh, upload of offline scans."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import Direction
from orga_app.core.verdict import AttendeeSummary, Mode, Verdict
from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists, outbox
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, OUTBOX, OutboxAction, OutboxState
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.pretix.backend import NO_LIST, PretixBackend
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.download import list_row
from orga_app.sync.pretix.records import CheckinType, Position
from tests.real_pretix.conftest import TicketPool, client_for
from tests.real_pretix.proxy import ForwardingProxy
from tests.real_pretix.servers import RealPretix
from tests.real_pretix.test_client_real import position_now, scan


@dataclass
class Door:
    store: Store
    engine: SyncEngine
    event_id: str

    def attendee(self, ticket: Position) -> AttendeeSummary:
        with self.store.read() as conn:
            found = attendee_queries.get(conn, ticket.id)
        assert found is not None
        return found

    def queue(self, attendee_id: int, action: OutboxAction, scanned_at: datetime) -> str:
        with self.store.write() as conn:
            return outbox.enqueue(
                conn, self.event_id, attendee_id, action, scanned_at.isoformat(), "Door A"
            )

    def rows(self) -> list[tuple[int, str, str | None]]:
        """(id, state, last error) of every outbox row."""
        with self.store.read() as conn:
            found = conn.execute(
                select(OUTBOX.c.id, OUTBOX.c.state, OUTBOX.c.last_error).order_by(OUTBOX.c.id)
            ).all()
        return [(int(r[0]), str(r[1]), r[2]) for r in found]

    def attendee_by_code(self, code: str) -> tuple[int, bool]:
        """(id, deleted) of the attendee with this ticket code."""
        with self.store.read() as conn:
            found = conn.execute(
                select(ATTENDEE.c.id, ATTENDEE.c.deleted).where(ATTENDEE.c.code == code)
            ).one()
        return int(found[0]), bool(found[1])


def open_door(
    directory: Path,
    server: RealPretix,
    list_id: int | None,
    *,
    download: bool = True,
    url: str | None = None,
) -> Door:
    """A door as sign-in leaves it: the event and its lists stored, `list_id` chosen."""
    store = Store(directory / "door.sqlite")
    engine = SyncEngine(store, PretixBackend(client_for(server, url), server.organizer))
    event_id = door_lists.pretix_event_id(server.organizer, server.event)
    assert event_id in {e.id for e in engine.refresh_events()}
    with client_for(server) as reader:
        lists = reader.checkin_lists(server.event)
    with store.write() as conn:
        door_lists.replace_checkin_lists(conn, event_id, [list_row(x) for x in lists])
        if list_id is not None:
            door_lists.choose_door_list(conn, event_id, list_id)
    door = Door(store, engine, event_id)
    if download:
        result = engine.download(event_id)
        assert result.incomplete is None, result
    return door


@pytest.fixture
def door(tmp_path: Path, server: RealPretix) -> Iterator[Door]:
    found = open_door(tmp_path, server, server.main_list)
    try:
        yield found
    finally:
        found.engine.close()


def test_download_of_1000_tickets_into_the_store(server: RealPretix, door: Door) -> None:
    with door.store.read() as conn:
        counts = attendee_queries.counts(conn, door.event_id)
        lists = {x.id: x for x in door_lists.checkin_lists(conn, door.event_id)}
        kind = door_lists.server_kind(conn, door.event_id)
        revoked = door_lists.is_revoked(conn, door.event_id, server.sample("revoked_old_secret"))
        current = door_lists.is_revoked(conn, door.event_id, server.sample("reissued_current"))
    assert counts.attendees >= 1000
    # what the door needs to judge offline: the lists' settings, revoked codes, the server type
    assert kind.value == server.kind.value
    assert lists[server.vip_list].products == {int(server.info["items"]["VIP"])}
    assert not lists[server.vip_list].all_products and lists[server.main_list].include_pending
    assert revoked and not current
    info = server.info["samples"]["standard_paid"]
    with door.store.read() as conn:
        [row] = [
            a
            for a in attendee_queries.search(conn, door.event_id, info["order"])
            if a.code == info["secret"]
        ]
    assert row.full_name == info["attendee_name"]
    assert row.order_status == "paid"


def test_refresh_shows_another_doors_checkin(
    server: RealPretix, door: Door, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    assert not door.attendee(ticket).is_checked_in
    with client_for(server) as other_door:
        assert other_door.redeem(scan(server, ticket.secret)).ok
    began = time.monotonic()
    changed = door.engine.refresh_status(door.event_id)
    took = time.monotonic() - began
    assert changed == 1  # that ticket, and nothing the download already had
    assert door.attendee(ticket).is_checked_in
    print(f"refresh after another door's check-in: {took:.2f} s")


def test_refresh_after_a_restart_asks_only_for_changes(
    tmp_path: Path, server: RealPretix, door: Door, tickets: TicketPool, proxy: ForwardingProxy
) -> None:
    """The watermark lives in memory: a new engine on the same store (the app restarted)
    refreshes from a day before its last full download, not the whole event again."""
    door.engine.close()
    again = open_door(tmp_path, server, server.main_list, download=False, url=proxy.url)
    try:
        [ticket] = tickets.take(1)
        with client_for(server) as other_door:
            assert other_door.redeem(scan(server, ticket.secret)).ok
        assert again.engine.refresh_status(again.event_id) >= 1
        assert again.attendee(ticket).is_checked_in
        asked = [path for method, path in proxy.requests if "/orders/" in path]
        assert asked and all("modified_since=" in path for path in asked)
    finally:
        again.engine.close()


def test_offline_scans_go_up_with_their_scan_time_entry_and_exit(
    server: RealPretix, door: Door, tickets: TicketPool
) -> None:
    [ticket] = tickets.take(1)
    entered = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    left = entered + timedelta(minutes=20)
    door.queue(ticket.id, OutboxAction.CHECK_IN, entered)
    door.queue(ticket.id, OutboxAction.CHECK_OUT, left)
    report = door.engine.run(door.event_id, download=False)
    assert (report.uploaded, report.failed, report.pending) == (2, 0, 0), report
    with client_for(server) as reader:
        checkins = position_now(reader, server, ticket.secret).checkins
    assert sorted((c.at, c.type) for c in checkins if c.at) == [
        (entered, CheckinType.ENTRY),
        (left, CheckinType.EXIT),
    ]


def test_a_row_resent_after_a_lost_answer_is_one_checkin(
    server: RealPretix, door: Door, tickets: TicketPool
) -> None:
    """A row left `sending` (its answer lost, or the app killed mid-request) is sent again on
    the next run with its nonce; the server keeps one check-in."""
    [ticket] = tickets.take(1)
    nonce = door.queue(ticket.id, OutboxAction.CHECK_IN, datetime.now(UTC))
    with client_for(server) as first_try:
        assert first_try.redeem(
            scan(server, ticket.secret, nonce=nonce, force=True, scanned_at=datetime.now(UTC))
        ).ok
    [(row_id, state, _)] = door.rows()
    with door.store.write() as conn:
        # as if sent, the answer lost: `sending`, one attempt
        assert outbox.claim(conn, row_id, OutboxState(state), 0)
    report = door.engine.run(door.event_id, download=False)
    assert report.uploaded == 1, report
    with client_for(server) as reader:
        assert len(position_now(reader, server, ticket.secret).checkins) == 1


def test_an_upload_the_server_cannot_place_stays_under_problems(
    server: RealPretix, door: Door
) -> None:
    """A ticket cancelled on its own is gone from the server (404 even with force): the scan
    a door made offline is kept under Problems, not lost."""
    attendee_id, deleted = door.attendee_by_code(server.sample("canceled_position"))
    assert deleted  # the download knew it was cancelled
    door.queue(attendee_id, OutboxAction.CHECK_IN, datetime.now(UTC))
    report = door.engine.run(door.event_id, download=False)
    assert report.failed == 1, report
    [(_, state, error)] = door.rows()
    assert state == OutboxState.FAILED.value
    assert error and "unknown ticket" in error.lower()


def test_a_scan_queued_on_one_list_goes_up_to_it_after_the_door_switches_lists(
    server: RealPretix, tickets: TicketPool, tmp_path: Path
) -> None:
    """Scanned offline at the VIP lounge; the door then moves to the main entrance before the
    upload. The server must record the check-in on the VIP list (the one the door judged it
    against), not on the main list."""
    door = open_door(tmp_path, server, server.vip_list)
    try:
        [ticket] = tickets.take(1, vip=True)
        service = CheckInService(StoreCheckInRepository(door.store), lambda: "Door A")
        admitted = service.scan(door.event_id, ticket.secret, Mode.CHECK_IN)
        assert admitted.verdict is Verdict.CHECKED_IN and admitted.pending, admitted
        with door.store.write() as conn:
            door_lists.choose_door_list(conn, door.event_id, server.main_list, Direction.ENTRY)
        report = door.engine.run(door.event_id, download=False)
        assert (report.uploaded, report.failed, report.pending) == (1, 0, 0), report
        with client_for(server) as reader:
            found = position_now(reader, server, ticket.secret)
        assert [c.type for c in found.checkins_on(server.vip_list)] == [CheckinType.ENTRY]
        assert found.checkins_on(server.main_list) == ()
    finally:
        door.engine.close()


def test_uploads_wait_while_no_list_is_chosen(
    tmp_path: Path, server: RealPretix, tickets: TicketPool
) -> None:
    door = open_door(tmp_path, server, None, download=False)
    try:
        [ticket] = tickets.take(1)
        door.engine.download(door.event_id)
        door.queue(ticket.id, OutboxAction.CHECK_IN, datetime.now(UTC))
        report = door.engine.run(door.event_id, download=False)
        assert report.paused == NO_LIST and report.pending == 1
    finally:
        door.engine.close()


def test_two_doors_on_one_list(tmp_path: Path, server: RealPretix, tickets: TicketPool) -> None:
    """Each door uploads its offline scans; after a refresh each sees the other's."""
    a = open_door(tmp_path / "a", server, server.main_list)
    b = open_door(tmp_path / "b", server, server.main_list)
    try:
        mine, theirs = tickets.take(2)
        now = datetime.now(UTC)
        a.queue(mine.id, OutboxAction.CHECK_IN, now)
        b.queue(theirs.id, OutboxAction.CHECK_IN, now)
        assert a.engine.run(a.event_id, download=False).uploaded == 1
        assert b.engine.run(b.event_id, download=False).uploaded == 1
        a.engine.refresh_status(a.event_id)
        b.engine.refresh_status(b.event_id)
        assert a.attendee(theirs).is_checked_in and b.attendee(mine).is_checked_in
    finally:
        a.engine.close()
        b.engine.close()


def test_client_of_the_backend_is_closed_with_the_engine(server: RealPretix, door: Door) -> None:
    backend = door.engine.backend
    assert isinstance(backend, PretixBackend)
    assert isinstance(backend.client, PretixClient)
    assert backend.kind == server.kind.value
