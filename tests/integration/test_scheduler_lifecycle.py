"""SyncScheduler across stops and starts: shutting down stops a long download instead of waiting
it out, a retry stored before a restart still fires, and job rows an older version stored (whose
function no longer exists) neither break the start nor keep check-ins from going out."""

from __future__ import annotations

import pickle
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from orga_app.demo.server import DemoServer
from orga_app.store import events as event_queries
from orga_app.store.models import ATTENDEE
from orga_app.sync.scheduler import JOB_TABLE, SyncScheduler
from tests.integration.test_scheduler import NoRetryBackoff, pending, stored_job_ids, wait_until
from tests.integration.test_sync_engine import EVENT, FIRST_SCAN, Door, open_door, pick_attendees

SYNC_THREADS = ("sync-job", "sync-push", "upload")


def attendees_held(door: Door) -> int:
    with door.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(ATTENDEE)).scalar_one())


def sync_threads_alive() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(SYNC_THREADS)]


def test_shutdown_stops_a_running_full_download_instead_of_waiting_it_out(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    # A door that has never downloaded its event: the first pull is a full download, here 40
    # pages of 5 from a slow server (several seconds in all).
    door = open_door(tmp_path / "slow", demo_server, page_size=5, download=False)
    try:
        demo_server.set_faults(latency=0.2)
        scheduler = SyncScheduler(door.engine, door.store, pull_interval=0.2)
        scheduler.start(EVENT)
        try:
            wait_until(lambda: attendees_held(door) > 0, what="the pull's download to begin")
        finally:
            scheduler.shutdown()
        # Nothing of the scheduler is still running once shutdown returns: the window closes
        # the store right after it.
        assert sync_threads_alive() == []
        with door.store.read() as conn:
            info = event_queries.get(conn, EVENT)
        assert info is not None
        # The download stopped at a page boundary; it was not waited out page by page.
        assert info.last_full_download_at is None
        assert attendees_held(door) < 200
    finally:
        door.close()


def test_a_retry_stored_before_a_restart_fires_after_it(
    door: Door, demo_server: DemoServer
) -> None:
    """A `push:<event>` row due while the app was closed runs at the next start (missed runs
    are not dropped), and runs through the new scheduler's own executor."""
    first = SyncScheduler(door.engine, door.store, pull_interval=3600)
    first.start(EVENT)
    first.push_later(EVENT, 0.5)
    first.shutdown()
    assert f"push:{EVENT}" in stored_job_ids(door.store.path)

    ((aid, code),) = pick_attendees(demo_server, 1)
    door.scan(code, FIRST_SCAN)
    second = SyncScheduler(door.engine, door.store, pull_interval=3600, backoff=NoRetryBackoff())
    second.start(EVENT)
    try:
        wait_until(lambda: pending(door) == 0, what="the start-up push")
        # the stored retry came due while closed: it runs once and is gone
        wait_until(
            lambda: f"push:{EVENT}" not in stored_job_ids(door.store.path),
            what="the stored retry to run",
        )
    finally:
        second.shutdown()
    assert demo_server.stats == {aid: 1}


def plant_old_version_job(path: Path, job_id: str, args: list[str]) -> None:
    """A job row as the version before the Pusher stored it: it named `run_job`, which no
    longer exists in orga_app.sync.scheduler."""
    state = {
        "version": 1,
        "id": job_id,
        "func": "orga_app.sync.scheduler:run_job",
        "trigger": None,
        "executor": "default",
        "args": tuple(args),
        "kwargs": {},
        "name": "run_job",
        "misfire_grace_time": None,
        "coalesce": True,
        "max_instances": 1,
        "next_run_time": None,
    }
    due = (datetime.now(UTC) - timedelta(minutes=5)).timestamp()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            f"INSERT OR REPLACE INTO {JOB_TABLE} (id, next_run_time, job_state) VALUES (?, ?, ?)",
            (job_id, due, pickle.dumps(state, pickle.HIGHEST_PROTOCOL)),
        )
    conn.close()


def test_job_rows_of_an_older_version_are_harmless(door: Door, demo_server: DemoServer) -> None:
    once = SyncScheduler(door.engine, door.store, pull_interval=3600)
    once.start(EVENT)  # creates the job table as this version has it
    once.shutdown()
    plant_old_version_job(door.store.path, f"push:{EVENT}", ["old-key", "push", EVENT])
    plant_old_version_job(door.store.path, "pull:999", ["old-key", "pull", "999"])

    ((aid, code),) = pick_attendees(demo_server, 1)
    door.scan(code, FIRST_SCAN)
    scheduler = SyncScheduler(door.engine, door.store, pull_interval=3600)
    scheduler.start(EVENT)
    try:
        wait_until(lambda: pending(door) == 0, what="the start-up push")
        wait_until(
            lambda: stored_job_ids(door.store.path) == [f"pull:{EVENT}"],
            what="the unreadable rows to be dropped",
        )
        # and the scheduler still schedules retries afterwards
        scheduler.push_later(EVENT, 600)
        assert f"push:{EVENT}" in scheduler.pending_job_ids()
    finally:
        scheduler.shutdown()
    assert demo_server.stats == {aid: 1}


def test_rows_waiting_at_start_go_out_even_if_the_pull_job_could_not_be_stored(
    door: Door, demo_server: DemoServer
) -> None:
    """Another program (`orga-app sync`, a backup) holds the store's write lock while the app
    starts: storing the pull job fails, but the check-ins already waiting (a scan from the
    command line, one made just before the last quit) are still sent once the lock is gone."""
    once = SyncScheduler(door.engine, door.store, pull_interval=3600)
    once.start(EVENT)  # the job table exists, as on every start after the first
    once.shutdown()
    ((aid, code),) = pick_attendees(demo_server, 1)
    door.scan(code, FIRST_SCAN)
    scheduler = SyncScheduler(door.engine, door.store, pull_interval=3600)
    blocker = sqlite3.connect(door.store.path, isolation_level=None, check_same_thread=False)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(OperationalError):
            scheduler.start(EVENT)
        blocker.rollback()
        wait_until(lambda: pending(door) == 0, what="the rows waiting at start to go out")
    finally:
        blocker.close()
        scheduler.shutdown()
    assert demo_server.stats == {aid: 1}
