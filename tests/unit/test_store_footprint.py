"""What opening a door costs the store: the count line is read from a small covering index, not
from every attendee row, and reading the file does not map it into memory once per pooled
connection (issue 13: cold start and peak memory, bench/bench_startup.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from orga_app.core.verdict import Mode, Source
from orga_app.store import attendees
from orga_app.store.db import Store
from tests.helpers import EVENT_ID, add_attendees, add_event, numbered_rows, seeded_store


def counts_statements(store: Store) -> list[tuple[str, Any]]:
    """The SQL (and parameters) `attendees.counts` sends to SQLite for the open event."""
    sent: list[tuple[str, Any]] = []

    def record(_c: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.read() as conn:
            attendees.counts(conn, EVENT_ID)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return [(sql, params) for sql, params in sent if "FROM attendee" in sql]


def test_the_count_line_reads_a_covering_index_only(tmp_path: Path) -> None:
    seeded = seeded_store(tmp_path, 50)
    try:
        statements = counts_statements(seeded.store)
        assert statements, "counts reads the attendee table"
        with seeded.store.read() as conn:
            for sql, params in statements:
                plan = " ".join(
                    str(row[-1])
                    for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                # A plain (non-covering) index or a table scan reads every attendee row: at
                # 100,000 attendees that was 150-250 ms and 25 MB at each start.
                assert "COVERING INDEX ix_attendee_event_state" in plan, plan
    finally:
        seeded.store.close()


def test_the_count_line_counts_live_and_checked_in_attendees_of_the_event(
    tmp_path: Path,
) -> None:
    seeded = seeded_store(tmp_path, 6)
    store = seeded.store
    try:
        add_event(store, "202", "Another event")
        add_attendees(store, numbered_rows(4, event_id="202", first_id=100))
        for row in seeded.rows[:2]:
            result = seeded.service.scan(EVENT_ID, str(row["code"]), Mode.CHECK_IN, Source.MANUAL)
            assert result.verdict.accepted
        with store.write() as conn:  # one attendee the server no longer has
            conn.exec_driver_sql(
                "UPDATE attendee SET deleted = 1 WHERE id = ?", (seeded.rows[5]["id"],)
            )
        with store.read() as conn:
            counts = attendees.counts(conn, EVENT_ID)
            other = attendees.counts(conn, "202")
        assert (counts.attendees, counts.checked_in, counts.pending) == (5, 2, 2)
        assert (other.attendees, other.checked_in) == (4, 0)
    finally:
        store.close()


def store_mappings(path: Path) -> list[str]:
    """The lines of /proc/self/maps that map the store file into this process."""
    maps = Path("/proc/self/maps").read_text(encoding="utf-8").splitlines()
    return [line for line in maps if line.rstrip().endswith(str(path))]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_reading_the_store_on_many_connections_maps_no_file_into_memory(
    tmp_path: Path,
) -> None:
    seeded = seeded_store(tmp_path, 300)
    store = seeded.store
    held = []
    try:
        # Several pooled connections at once, as the door's pages read at start-up.
        for _ in range(4):
            context = store.read()
            conn = context.__enter__()
            held.append(context)
            assert conn.exec_driver_sql("SELECT count(*), max(search_text) FROM attendee").one()
        # Memory-mapped I/O put a copy of every page read into each connection's own mapping
        # (4 x 44 MB of the app's memory at 100,000 attendees).
        assert store_mappings(store.path) == []
    finally:
        for context in held:
            context.__exit__(None, None, None)
        store.close()
