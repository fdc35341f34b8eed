"""SyncScheduler: its jobs live in the store's SQLite file, pending rows get pushed at start-up
even without them, and check-ins made offline go out by themselves once the server is back."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from orga_app.core.checkin import CheckInService
from orga_app.demo.server import DemoServer
from orga_app.store import attendees as attendee_queries
from orga_app.store import events as event_queries
from orga_app.store import outbox
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.engine import SyncReport
from orga_app.sync.scheduler import JOB_TABLE, Backoff, SyncScheduler, tcp_probe
from tests.integration.test_sync_engine import (
    DEVICE,
    EVENT,
    FIRST_SCAN,
    Door,
    iso,
    open_door,
    pick_attendees,
    server_row,
)


def wait_until(condition: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what or condition}"
        time.sleep(0.05)


def stored_job_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [str(r[0]) for r in conn.execute(f"SELECT id FROM {JOB_TABLE} ORDER BY id")]
    finally:
        conn.close()


def pending(door: Door) -> int:
    with door.store.read() as conn:
        return outbox.count_unsent(conn, EVENT)


class NoRetryBackoff(Backoff):
    """Backoff that would retry only after the test is over: whatever delivers the check-ins
    in time must be the network-back probe, not the backoff timer."""

    def next_delay(self, retry_after: float | None = None) -> float:
        self.failures += 1
        return 600.0


def test_push_job_survives_a_restart_in_the_store_file(door: Door) -> None:
    first = SyncScheduler(door.engine, door.store, pull_interval=3600)
    first.start(EVENT)
    try:
        first.push_later(EVENT, 60)  # a retry at the backoff time, kept in the job store
        deadline = time.monotonic() + 10
        while f"push:{EVENT}" not in first.pending_job_ids() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert f"push:{EVENT}" in first.pending_job_ids()
    finally:
        first.shutdown()
    assert f"push:{EVENT}" in stored_job_ids(door.store.path)

    second = SyncScheduler(door.engine, door.store, pull_interval=3600)
    second.start(EVENT)
    try:
        assert f"push:{EVENT}" in second.pending_job_ids()
        assert f"pull:{EVENT}" in second.pending_job_ids()
    finally:
        second.shutdown()


def test_pending_rows_are_pushed_at_startup_even_without_stored_jobs(
    door: Door, demo_server: DemoServer
) -> None:
    # A scheduler ran once (the table exists), then its jobs were lost.
    once = SyncScheduler(door.engine, door.store, pull_interval=3600)
    once.start(EVENT)
    once.shutdown()
    conn = sqlite3.connect(door.store.path)
    with conn:
        conn.execute(f"DELETE FROM {JOB_TABLE}")
    conn.close()
    assert stored_job_ids(door.store.path) == []

    ((aid, code),) = pick_attendees(demo_server, 1)
    when = door.scan(code, FIRST_SCAN)  # no scheduler running: nothing pushes it yet
    reports: list[SyncReport] = []
    scheduler = SyncScheduler(door.engine, door.store, pull_interval=3600, on_report=reports.append)
    scheduler.start(EVENT)
    try:
        wait_until(lambda: pending(door) == 0, what="the start-up push")
    finally:
        scheduler.shutdown()
    assert server_row(demo_server, aid)["checkin_times"] == when
    assert any(r.uploaded == 1 for r in reports)
    assert demo_server.stats == {aid: 1}


def test_offline_checkins_go_out_by_themselves_when_the_server_is_back(
    door: Door, demo_server: DemoServer
) -> None:
    reports: list[SyncReport] = []
    scheduler = SyncScheduler(
        door.engine,
        door.store,
        pull_interval=3600,
        on_report=reports.append,
        backoff=NoRetryBackoff(),
        probe=lambda: tcp_probe(demo_server.url, timeout=0.2),
        probe_interval=0.1,
    )
    # The same door, its service now telling the scheduler about each queued check-in.
    door.service = CheckInService(
        StoreCheckInRepository(door.store),
        lambda: DEVICE,
        clock=door.clock,
        on_queued=scheduler.push_now,
    )
    scheduler.start(EVENT)
    try:
        demo_server.stop()
        picked = pick_attendees(demo_server, 4)
        scanned = {
            aid: door.scan(code, FIRST_SCAN + timedelta(seconds=n))
            for n, (aid, code) in enumerate(picked)
        }
        wait_until(lambda: scheduler.offline, what="the scheduler to notice it is offline")
        assert pending(door) == len(picked)

        demo_server.start()
        wait_until(lambda: pending(door) == 0, what="the push after the network came back")
        # the run that drained the outbox reports back just after its last row is marked done
        wait_until(lambda: not scheduler.offline, what="the scheduler to be online again")
    finally:
        scheduler.shutdown()
    for aid, when in scanned.items():
        row = server_row(demo_server, aid)
        assert (row["checkin_times"], row["device_name_checkin"]) == (when, DEVICE)
    assert demo_server.stats == dict.fromkeys(scanned, 1)
    assert reports[-1].error is None


def test_pull_job_refreshes_other_doors_without_a_full_download(
    door: Door, demo_server: DemoServer
) -> None:
    """The periodic pull job, between full downloads, runs the cheap status refresh: another
    door's check-in shows here and the full download stays where it was."""
    with door.store.read() as conn:
        downloaded_at = event_queries.get(conn, EVENT)
    assert downloaded_at is not None and downloaded_at.last_full_download_at is not None
    ((aid, _),) = pick_attendees(demo_server, 1)
    other = open_door(door.store.path.parent.parent / "other", demo_server, download=False)
    try:
        other.client.patch_checkin(aid, iso(FIRST_SCAN), "door-east")
    finally:
        other.close()
    scheduler = SyncScheduler(door.engine, door.store)
    report = scheduler.run_now("pull", EVENT)
    assert report.error is None and report.downloaded == 0
    with door.store.read() as conn:
        shown = attendee_queries.get(conn, aid)
        after = event_queries.get(conn, EVENT)
    assert shown is not None and shown.is_checked_in
    assert after is not None
    assert after.last_full_download_at == downloaded_at.last_full_download_at
