"""SyncEngine against the demo server over loopback HTTP, with real SQLite files.

Offline check-ins arrive exactly once with the scan time and device; a check-in/check-out/
check-in sequence arrives in order; a download reports progress, lets local pending state win
and marks server-side deletions; the status refresh sees other doors and gets 304s.

The small helpers at the top are shared with the other sync test files of this directory.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.demo.data import DEMO_EMAIL, DEMO_PASSWORD
from orga_app.demo.server import DemoServer
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, OUTBOX
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient
from orga_app.sync.openevent.refresh import StatusRefresher

EVENT = "1"
DEVICE = "door-north"
# Scan times carry microseconds so the server's strings are compared to the last digit.
FIRST_SCAN = datetime(2026, 11, 27, 9, 0, 1, 123456, tzinfo=UTC)


def iso(moment: datetime) -> str:
    """The text CheckInService stores and the uploader sends for a scan at `moment`."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class SettableClock:
    """The check-in service's clock; each scan sets the exact time it should carry."""

    def __init__(self) -> None:
        self.now = FIRST_SCAN

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Door:
    """One door: its own store file, API client, engine and check-in service."""

    store: Store
    client: OpenEventClient
    engine: SyncEngine
    service: CheckInService
    clock: SettableClock
    device: str

    def scan(self, code: str, when: datetime, mode: Mode = Mode.CHECK_IN) -> str:
        """Scan `code` at `when`; returns the stored scan time. Fails the test unless accepted."""
        self.clock.now = when
        result = self.service.scan(EVENT, code, mode, Source.CAMERA)
        wanted = Verdict.CHECKED_IN if mode is Mode.CHECK_IN else Verdict.CHECKED_OUT
        assert result.verdict is wanted, result
        assert result.pending
        return iso(when)

    def close(self) -> None:
        self.client.close()
        self.store.close()


def open_door(
    directory: Path,
    server: DemoServer,
    *,
    email: str = DEMO_EMAIL,
    device: str = DEVICE,
    workers: int = 8,
    page_size: int = 1000,
    timeout: float = 5.0,
    download: bool = True,
) -> Door:
    """Sign in, cache the events and (by default) download the main event's attendees."""
    directory.mkdir(parents=True, exist_ok=True)
    store = Store(directory / "door.sqlite")
    client = OpenEventClient(server.url, timeout=timeout)
    client.login(email, DEMO_PASSWORD)
    engine = SyncEngine(store, OpenEventBackend(client), workers=workers, page_size=page_size)
    engine.refresh_events()
    if download:
        engine.download(EVENT)
    clock = SettableClock()
    service = CheckInService(StoreCheckInRepository(store), lambda: device, clock=clock)
    return Door(store, client, engine, service, clock, device)


def server_row(server: DemoServer, attendee_id: int) -> dict[str, Any]:
    """The attendee exactly as the server stores it (test hook, never faulty)."""
    response = httpx.get(
        f"{server.url}/_demo/attendees/{attendee_id}", headers=server.hook_headers, timeout=5
    )
    response.raise_for_status()
    row = response.json()
    assert isinstance(row, dict)
    return row


def server_sql(server: DemoServer, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Read or change the server's SQLite file directly (like an admin on the server would)."""
    conn = sqlite3.connect(server.db_path, timeout=10)
    try:
        with conn:
            return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def pick_attendees(
    server: DemoServer, count: int, where: str = "a.checkin_times IS NULL"
) -> list[tuple[int, str]]:
    """(id, ticket code) of visible main-event attendees matching `where`, lowest ids first;
    only attendees whose order admits them (the door turns pending and cancelled orders away)."""
    rows = server_sql(
        server,
        "SELECT a.id, o.identifier || '-' || COALESCE(a.identifier, a.id) FROM attendees a"
        " JOIN orders o ON o.id = a.order_id"
        f" WHERE a.event_id = ? AND a.deleted_at IS NULL AND ({where})"
        " AND o.status NOT IN ('pending', 'cancelled', 'expired', 'initializing')"
        " ORDER BY a.id LIMIT ?",
        (int(EVENT), count),
    )
    assert len(rows) == count, f"the sample has only {len(rows)} attendees where {where}"
    return [(int(i), str(code)) for i, code in rows]


def outbox_states(store: Store) -> dict[int, str]:
    """Outbox row id → state."""
    with store.read() as conn:
        return {r.id: r.state for r in conn.execute(select(OUTBOX.c.id, OUTBOX.c.state))}


def outbox_by_attendee(store: Store, attendee_id: int) -> list[dict[str, Any]]:
    with store.read() as conn:
        stmt = select(OUTBOX).where(OUTBOX.c.attendee_id == attendee_id).order_by(OUTBOX.c.id)
        return [dict(r._mapping) for r in conn.execute(stmt)]


def local_attendee(store: Store, attendee_id: int) -> dict[str, Any]:
    with store.read() as conn:
        row = conn.execute(select(ATTENDEE).where(ATTENDEE.c.id == attendee_id)).one()
        return dict(row._mapping)


def times_of(row: dict[str, Any]) -> list[str]:
    text = row["checkin_times"]
    return text.split(",") if text else []


# --------------------------------------------------------------------------- upload


def test_checkins_made_while_server_answers_503_arrive_once_with_scan_time_and_device(
    door: Door, demo_server: DemoServer
) -> None:
    picked = pick_attendees(demo_server, 5)
    demo_server.set_faults(down=True)
    scanned = {
        aid: door.scan(code, FIRST_SCAN + timedelta(seconds=7 * n, microseconds=n))
        for n, (aid, code) in enumerate(picked)
    }

    offline = door.engine.run(EVENT)
    assert offline.uploaded == 0
    assert offline.pending == len(picked)
    assert offline.transient and offline.error
    assert demo_server.stats == {}

    demo_server.set_faults(down=False)
    back = door.engine.run(EVENT)
    assert (back.uploaded, back.failed, back.pending, back.error) == (len(picked), 0, 0, None)
    for aid, when in scanned.items():
        row = server_row(demo_server, aid)
        assert row["checkin_times"] == when
        assert row["device_name_checkin"] == DEVICE
        assert row["is_checked_in"] == 1
    assert demo_server.stats == dict.fromkeys(scanned, 1)

    again = door.engine.run(EVENT, download=False)
    assert (again.uploaded, again.pending) == (0, 0)
    assert demo_server.stats == dict.fromkeys(scanned, 1)


def test_checkins_made_while_server_is_stopped_arrive_once_after_restart(
    door: Door, demo_server: DemoServer
) -> None:
    picked = pick_attendees(demo_server, 3)
    demo_server.stop()
    scanned = {
        aid: door.scan(code, FIRST_SCAN + timedelta(minutes=n))
        for n, (aid, code) in enumerate(picked)
    }
    offline = door.engine.run(EVENT)
    assert offline.transient and offline.pending == len(picked) and offline.uploaded == 0
    # Refused connections never reached the server: the rows wait as plain `queued`.
    assert set(outbox_states(door.store).values()) == {"queued"}

    demo_server.start()
    back = door.engine.run(EVENT)
    assert (back.uploaded, back.pending, back.error) == (len(picked), 0, None)
    for aid, when in scanned.items():
        row = server_row(demo_server, aid)
        assert (row["checkin_times"], row["device_name_checkin"]) == (when, DEVICE)
    assert demo_server.stats == dict.fromkeys(scanned, 1)


def test_offline_checkin_checkout_checkin_arrive_in_order_and_keep_history(
    door: Door, demo_server: DemoServer
) -> None:
    ((aid, code),) = pick_attendees(demo_server, 1)
    demo_server.set_faults(down=True)
    first = door.scan(code, FIRST_SCAN)
    door.scan(code, FIRST_SCAN + timedelta(hours=1), Mode.CHECK_OUT)
    second = door.scan(code, FIRST_SCAN + timedelta(hours=2, microseconds=5))
    assert door.engine.run(EVENT, download=False).pending == 3

    demo_server.set_faults(down=False)
    report = door.engine.run(EVENT)
    assert (report.uploaded, report.pending, report.failed) == (3, 0, 0)
    row = server_row(demo_server, aid)
    assert times_of(row) == [first, second]
    assert row["device_name_checkin"] == f"{DEVICE},{DEVICE}"
    assert row["is_checked_in"] == 1
    # Re-entry clears the checked-out state (else the next check-out gets no time; issue 8).
    assert row["is_checked_out"] == 0
    assert row["checkout_times"] and len(row["checkout_times"].split(",")) == 1
    assert demo_server.stats == {aid: 3}
    assert [r["state"] for r in outbox_by_attendee(door.store, aid)] == ["done"] * 3


# --------------------------------------------------------------------------- download


def test_download_progress_reaches_the_servers_count(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    door = open_door(tmp_path / "paged", demo_server, page_size=37, download=False)
    try:
        calls: list[tuple[str, int, int]] = []
        report = door.engine.run(EVENT, progress=lambda *call: calls.append(call))
        total = demo_server.info.attendees
        assert report.downloaded == total
        assert len(calls) == -(-total // 37)
        assert all(stage == "download" and t == total for stage, _, t in calls)
        done = [d for _, d, _ in calls]
        assert done == sorted(done) and done[-1] == total
    finally:
        door.close()


def test_download_keeps_local_pending_state_and_takes_the_server_for_the_rest(
    door: Door, demo_server: DemoServer, tmp_path: Path
) -> None:
    (mine, code), (theirs, _) = pick_attendees(demo_server, 2)
    # Queued here, not yet sent (the upload half is skipped by calling download() alone).
    when = door.scan(code, FIRST_SCAN)
    other = open_door(tmp_path / "other", demo_server, device="door-south", download=False)
    try:
        elsewhere = iso(FIRST_SCAN + timedelta(seconds=30))
        other.client.patch_checkin(theirs, elsewhere, "door-south")
    finally:
        other.close()

    door.engine.download(EVENT)
    local_mine = local_attendee(door.store, mine)
    assert local_mine["is_checked_in"] and local_mine["checkin_times"] == when
    assert server_row(demo_server, mine)["checkin_times"] is None
    local_theirs = local_attendee(door.store, theirs)
    assert local_theirs["is_checked_in"]
    assert (local_theirs["checkin_times"], local_theirs["device_name_checkin"]) == (
        elsewhere,
        "door-south",
    )


def test_complete_download_marks_server_deletions_unless_pending(
    door: Door, demo_server: DemoServer
) -> None:
    (gone, _), (gone_but_scanned, code) = pick_attendees(demo_server, 2)
    door.scan(code, FIRST_SCAN)
    server_sql(
        demo_server,
        "UPDATE attendees SET deleted_at = '2026-11-26T10:00:00+00:00' WHERE id IN (?, ?)",
        (gone, gone_but_scanned),
    )
    door.engine.download(EVENT)
    assert local_attendee(door.store, gone)["deleted"]
    # Its check-in has not reached the server yet: a person decides, the download does not.
    assert not local_attendee(door.store, gone_but_scanned)["deleted"]


class RecordingTransport(httpx.HTTPTransport):
    """A real HTTP transport that remembers each response's path and status."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.seen.append((request.url.path, response.status_code))
        return response

    def attendee_list_statuses(self) -> list[int]:
        statuses = [s for path, s in self.seen if path.endswith("/attendees")]
        self.seen.clear()
        return statuses


def recording_door(directory: Path, server: DemoServer) -> tuple[Door, RecordingTransport]:
    door = open_door(directory, server)
    transport = RecordingTransport()
    tokens = door.client.tokens
    door.client.close()
    door.client = OpenEventClient(server.url, tokens=tokens, transport=transport)
    return door, transport


def test_status_refresh_shows_another_doors_checkin_then_gets_304s(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    door, transport = recording_door(tmp_path / "door", demo_server)
    try:
        refresher = StatusRefresher(door.store, door.client, page_size=50)
        refresher.run(EVENT)
        first = transport.attendee_list_statuses()
        assert first and set(first) == {200}

        ((aid, _),) = pick_attendees(demo_server, 1)
        when = iso(FIRST_SCAN + timedelta(minutes=3))
        with OpenEventClient(demo_server.url) as other_door:
            other_door.login(DEMO_EMAIL, DEMO_PASSWORD)
            other_door.patch_checkin(aid, when, "door-east")

        assert refresher.run(EVENT) == 1
        local = local_attendee(door.store, aid)
        assert (local["checkin_times"], local["device_name_checkin"]) == (when, "door-east")
        assert local["is_checked_in"]
        # Only the checked-in list is asked for (sync/openevent/refresh.py): one page, changed.
        assert transport.attendee_list_statuses() == [200]

        assert refresher.run(EVENT) == 0
        assert 304 in transport.attendee_list_statuses()
    finally:
        door.close()


def test_status_refresh_of_an_unchanged_list_does_not_grow(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    door, transport = recording_door(tmp_path / "door", demo_server)
    try:
        refresher = StatusRefresher(door.store, door.client, page_size=50)
        counts = []
        for _ in range(5):
            refresher.run(EVENT)
            counts.append(len(transport.attendee_list_statuses()))
        pages = -(-demo_server.info.attendees // 50)
        assert max(counts) <= pages + 1, counts
    finally:
        door.close()
