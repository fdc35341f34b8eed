"""Review findings on the store and the check-in service, each pinned by a test."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.cli_words import scan_message
from orga_app.core.verdict import Mode, Source, Verdict
from orga_app.store import attendees, outbox
from orga_app.store.db import SCHEMA_VERSION, Store, StoreError, name_key_of
from orga_app.store.models import OutboxState
from tests.helpers import (
    EVENT_ID,
    FIXED_NOW,
    Seeded,
    add_attendees,
    attendee_row,
    raw_query,
    seeded_store,
    store_path,
)
from tests.unit.test_store_schema import write_v1_file


@pytest.fixture
def door(tmp_path: Path) -> Iterator[Seeded]:
    seeded = seeded_store(tmp_path, n_attendees=3)
    try:
        yield seeded
    finally:
        seeded.store.close()


def test_name_keys_never_collide_across_local_and_large_server_ids(door: Seeded) -> None:
    assert name_key_of("Meyer", "Jo", -1) != name_key_of("Meyer", "Jo", 2**28 - 1)
    assert name_key_of("Meyer", "Jo", 1) != name_key_of("Meyer", "Jo", 2**28 + 1)
    # and the store takes all of them side by side
    add_attendees(
        door.store,
        [attendee_row(i, "Jo", "Meyer") for i in (-1, 2**28 - 1, 2**28 + 1, 1_000_000_001)],
    )
    with door.store.read() as conn:
        found = attendees.search(conn, EVENT_ID, "meyer", limit=10)
    assert sorted(a.id for a in found) == [-1, 2**28 - 1, 2**28 + 1, 1_000_000_001]
    with pytest.raises(StoreError):
        name_key_of("Meyer", "Jo", 2**33)


def test_name_keys_follow_name_order() -> None:
    names = [("Åberg", "Zoë"), ("Baker", "Al"), ("de Vries", "Jan"), ("Zimmer", "Ann")]
    keys = [name_key_of(last, first, 10 - n) for n, (last, first) in enumerate(names)]
    assert keys == sorted(keys)


def test_two_processes_upgrading_an_old_file_at_once_both_open_it(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    write_v1_file(path)
    errors: list[BaseException] = []
    opened: list[Store] = []
    start = threading.Barrier(2)

    def open_it() -> None:
        start.wait()
        try:
            opened.append(Store(path))
        except BaseException as exc:  # the test reports whatever went wrong
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for store in opened:
        store.close()
    assert errors == []
    assert raw_query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_opening_waits_out_another_process_upgrading_for_longer_than_a_scan_would(
    tmp_path: Path,
) -> None:
    # Another process (the GUI, started with this CLI call right after an update) holds the
    # write lock for a long upgrade step: longer than the 5 s a scan's statement would wait.
    path = store_path(tmp_path)
    write_v1_file(path)
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("PRAGMA journal_mode=WAL")  # as the first process's connection left it
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(6.5, lambda: blocker.execute("COMMIT"))
    release.start()
    try:
        store = Store(path)  # before: "database is locked" after 5 s
        store.close()
    finally:
        release.join()
        blocker.close()
    assert raw_query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_a_refused_upload_is_not_reported_as_on_the_server(door: Seeded) -> None:
    code = door.rows[0]["code"]
    assert door.service.scan(EVENT_ID, code, source=Source.CAMERA).pending
    with door.store.write() as conn:
        (row,) = outbox.unsent(conn, EVENT_ID)
        outbox.set_state(conn, row.id, OutboxState.FAILED, error="422")
    again = door.service.scan(EVENT_ID, code, source=Source.CAMERA)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
    assert again.pending  # the server does not have it


def test_a_cancelled_ticket_says_so(door: Seeded) -> None:
    row = door.rows[1]
    with door.store.write() as conn:
        conn.exec_driver_sql("UPDATE attendee SET deleted = 1 WHERE id = ?", (row["id"],))
    result = door.service.scan(EVENT_ID, row["code"], source=Source.CAMERA)
    assert result.verdict is Verdict.UNKNOWN
    assert "cancelled" in scan_message(result)


def test_validate_mode_shows_a_readable_time(door: Seeded) -> None:
    code = door.rows[2]["code"]
    door.service.scan(EVENT_ID, code, source=Source.CAMERA)
    result = door.service.scan(EVENT_ID, code, Mode.VALIDATE, Source.CAMERA)
    assert result.verdict is Verdict.VALID
    local = FIXED_NOW.astimezone().strftime("%H:%M")
    assert f"checked in at {local}" in scan_message(result)
    assert "+00:00" not in scan_message(result)
