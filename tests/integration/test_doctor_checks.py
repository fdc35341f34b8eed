"""The readiness check on a real SQLite store: a disk made full by SQLite's page limit, a damaged
file, a server that takes requests and never answers (the check still ends, within its budget)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from orga_app.readiness.lines import Level
from orga_app.readiness.local import disk_line, integrity_line, store_room
from orga_app.readiness.run import DoctorOptions, ServerAccess, check_event
from orga_app.settings import Settings
from orga_app.store import events as event_queries
from orga_app.store.db import Store
from orga_app.sync.openevent import OpenEventClient, TokenPair
from tests.clock_proxy import SkewedClockProxy
from tests.helpers import EVENT_ID, add_attendees, add_event, numbered_rows, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path)
    add_event(opened)
    add_attendees(opened, numbered_rows(40))
    with opened.write() as conn:
        event_queries.set_full_download(conn, EVENT_ID, datetime.now(UTC).isoformat())
    try:
        yield opened
    finally:
        opened.close()


def test_a_disk_full_under_sqlites_page_limit_is_red(tmp_path: Path, store: Store) -> None:
    assert disk_line(store_room(store)).level is Level.GREEN

    # SQLite's page limit stops new pages with SQLITE_FULL, as a full disk does.
    def no_room(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", no_room)
    store.engine.dispose()

    report = check_event(store, Settings(tmp_path), EVENT_ID, None, DoctorOptions(camera="none"))

    line = report.line("disk")
    assert line.level is Level.RED and not report.ready
    assert str(line.detail).startswith("0 MB left") and "disk space" in str(line.fix)
    with pytest.raises(Exception, match="full"):  # and the store really takes no more
        add_attendees(store, numbered_rows(400, first_id=1000))


def test_a_damaged_store_is_red(tmp_path: Path, store: Store) -> None:
    assert integrity_line(store).level is Level.GREEN
    store.close()
    path = store.path
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    (root,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'attendee'").fetchone()
    raw.close()
    with path.open("r+b") as f:  # scribble over the attendee table's first page
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 64)

    damaged = Store(path)
    try:
        line = integrity_line(damaged)
    finally:
        damaged.close()
    assert line.level is Level.RED
    assert "fresh data folder" in str(line.fix)


def test_a_server_that_never_answers_ends_within_the_budget(tmp_path: Path, store: Store) -> None:
    proxy = SkewedClockProxy("http://127.0.0.1:9")  # never forwards: silent below
    proxy.silent = True
    try:
        report = check_event(
            store,
            Settings(tmp_path),
            EVENT_ID,
            ServerAccess(
                open_event=lambda: OpenEventClient(
                    proxy.url, tokens=TokenPair("a", "r"), timeout=30.0
                )
            ),
            DoctorOptions(camera="none", server_budget_s=1.0),
        )
    finally:
        proxy.close()
    for key in ("rights", "attendees", "clock"):
        assert report.line(key).level is Level.AMBER
        assert "no answer within 1 s" in str(report.line(key).detail)
    assert report.ready  # a door with a fresh list works offline


def test_a_probe_that_breaks_unexpectedly_still_leaves_its_lines(
    tmp_path: Path, store: Store
) -> None:
    def broken_client() -> OpenEventClient:
        raise KeyError("no such field")  # what no parser of the server's answers expected

    report = check_event(
        store,
        Settings(tmp_path),
        EVENT_ID,
        ServerAccess(open_event=broken_client),
        DoctorOptions(camera="none", server_budget_s=30.0),
    )
    for key in ("rights", "attendees", "clock"):
        assert report.line(key).level is Level.AMBER
        assert "unexpected answer (KeyError" in str(report.line(key).detail)
