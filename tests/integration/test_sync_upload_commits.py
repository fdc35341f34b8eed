"""The parallel upload writes its outbox changes by group commit (sync/group_commit.py).

Sixteen workers once opened two write transactions per check-in (claim, outcome) and queued for
SQLite's one write lock; under load one waited past the busy timeout and the upload stopped with
"database is locked". Real demo server on loopback with latency, real SQLite files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, event, text

from orga_app.core.verdict import Mode
from orga_app.demo.server import DemoServer
from orga_app.store.db import Store
from orga_app.sync.group_commit import GroupCommitter
from tests.integration.test_sync_engine import (
    FIRST_SCAN,
    Door,
    open_door,
    outbox_states,
    pick_attendees,
    server_row,
    times_of,
)

WORKERS = 16


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[Door]:
    opened = open_door(tmp_path / "door", demo_server, workers=WORKERS)
    try:
        yield opened
    finally:
        opened.close()


def count_write_transactions(store: Store) -> list[int]:
    """A one-item list that counts every BEGIN IMMEDIATE (store.write) from now on."""
    counter = [0]

    def on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("immediate"):
            counter[0] += 1

    event.listen(store.engine, "begin", on_begin)
    return counter


def test_sixteen_workers_write_fewer_transactions_than_rows(
    door: Door, demo_server: DemoServer
) -> None:
    rows = 64
    for n, (_, code) in enumerate(pick_attendees(demo_server, rows)):
        door.scan(code, FIRST_SCAN + timedelta(seconds=n))
    demo_server.set_faults(latency=0.05)  # answers come back in bursts, as over a slow link
    writes = count_write_transactions(door.store)

    report = door.engine.run("1", download=False)

    assert (report.uploaded, report.failed, report.pending) == (rows, 0, 0)
    assert set(outbox_states(door.store).values()) == {"done"}
    # One claim and one outcome per row were 2 * 64 transactions, plus the engine's own few
    # (131 before the group commit). How many changes share a commit depends on how the 16
    # workers' answers arrive, so the bound is the old code's count, not an ideal batch size.
    assert writes[0] < 2 * rows, writes[0]


def test_check_in_then_out_of_many_attendees_arrive_in_order_under_parallel_upload(
    door: Door, demo_server: DemoServer
) -> None:
    people = pick_attendees(demo_server, 24)
    checked_in_at: dict[int, str] = {}
    for n, (attendee_id, code) in enumerate(people):
        checked_in_at[attendee_id] = door.scan(code, FIRST_SCAN + timedelta(minutes=n))
        door.scan(code, FIRST_SCAN + timedelta(minutes=n, seconds=30), Mode.CHECK_OUT)
    demo_server.set_faults(latency=0.02)

    report = door.engine.run("1", download=False)

    assert (report.uploaded, report.failed, report.pending) == (2 * len(people), 0, 0)
    for attendee_id, scanned_in in checked_in_at.items():
        on_server = server_row(demo_server, attendee_id)
        # The check-out came after its check-in: out, with the check-in time kept and one
        # check-out time (a check-out that overtook its check-in would leave them inside).
        assert times_of(on_server) == [scanned_in], on_server
        assert (on_server["is_checked_in"], on_server["is_checked_out"]) == (0, 1), on_server
        assert len(on_server["checkout_times"].split(",")) == 1, on_server


def test_changes_handed_in_during_a_commit_share_the_next_transaction(tmp_path: Path) -> None:
    store = Store(tmp_path / "door.sqlite")
    store_writes = count_write_transactions(store)
    inside_first = threading.Event()
    release_first = threading.Event()

    def first(conn: Connection) -> int:
        inside_first.set()
        release_first.wait(30)
        return 1

    def later(n: int) -> Callable[[Connection], tuple[int, int]]:
        return lambda conn: (n, int(conn.execute(text("SELECT 1")).scalar_one()))

    with GroupCommitter(store) as writer:
        blocked = writer.submit(first)
        assert inside_first.wait(30)
        handed = [writer.submit(later(n)) for n in range(5)]
        release_first.set()
        assert blocked.wait() == 1
        assert [p.wait() for p in handed] == [(n, 1) for n in range(5)]
    assert writer.transactions == 2
    assert store_writes[0] == 2
    store.close()


def test_a_failing_change_fails_its_whole_batch_and_commits_none_of_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "door.sqlite")
    with store.write() as conn:
        conn.execute(text("CREATE TABLE probe (n INTEGER)"))
    inside_first = threading.Event()
    release_first = threading.Event()

    def first(conn: Connection) -> None:
        inside_first.set()
        release_first.wait(30)

    def insert(conn: Connection) -> None:
        conn.execute(text("INSERT INTO probe VALUES (1)"))

    def broken(conn: Connection) -> None:
        raise RuntimeError("disk on fire")

    with GroupCommitter(store) as writer:
        writer.submit(first)
        assert inside_first.wait(30)
        kept_out = writer.submit(insert)
        failing = writer.submit(broken)
        release_first.set()
        with pytest.raises(RuntimeError, match="disk on fire"):
            failing.wait()
        with pytest.raises(RuntimeError, match="disk on fire"):
            kept_out.wait()
        after = writer.apply(
            lambda conn: conn.execute(text("SELECT COUNT(*) FROM probe")).scalar_one()
        )
        assert after == 0
    store.close()
