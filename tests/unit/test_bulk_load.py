"""A first bulk download pauses index upkeep (trigram index and the attendee table's secondary
indexes) and rebuilds once at the end; a crash in between is repaired when the store opens."""

from __future__ import annotations

from pathlib import Path

from orga_app.core.verdict import Source, Verdict
from orga_app.store import attendees
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load
from tests.helpers import (
    EVENT_ID,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
    raw_query,
    seeded_store,
    store_path,
)

INDEX_SQL = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendee'"


def indexes(path: Path) -> set[tuple[str, str]]:
    return {(name, sql) for name, sql in raw_query(path, INDEX_SQL) if sql}


def names() -> list[AttendeeRow]:
    return [
        attendee_row(i, first, last)
        for i, (first, last) in enumerate(
            [("Ana", "Ødegaard"), ("Jürgen", "Müller"), ("Zoë", "Léger"), ("Kwame", "Mensah")],
            start=1,
        )
    ]


def test_bulk_load_restores_every_index_and_search(tmp_path: Path) -> None:
    seeded = seeded_store(tmp_path, n_attendees=0)
    path = store_path(tmp_path)
    before = indexes(path)
    assert {"ix_attendee_code", "ix_attendee_email"} <= {n for n, _ in before}
    with seeded.store.write() as conn:
        begin_bulk_load(conn, "2026-11-27T09:00:00+00:00")
    assert {n for n, _ in indexes(path)} == {"ix_attendee_name_key"}
    add_attendees(seeded.store, names())
    # scanning works while the indexes are away (a table scan instead)
    result = seeded.service.scan(EVENT_ID, names()[1]["code"], source=Source.CAMERA)
    assert result.verdict is Verdict.CHECKED_IN
    with seeded.store.write() as conn:
        assert end_bulk_load(conn)
        assert not end_bulk_load(conn)  # once only
    assert indexes(path) == before
    with seeded.store.read() as conn:
        assert [a.lastname for a in attendees.search(conn, EVENT_ID, "muller")] == ["Müller"]
        assert [a.lastname for a in attendees.search(conn, EVENT_ID, "ød")] == ["Ødegaard"]
    seeded.store.close()


def test_a_crash_during_a_bulk_load_is_repaired_at_open(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    path = store_path(tmp_path)
    before = indexes(path)
    add_event(store)
    with store.write() as conn:
        begin_bulk_load(conn, "2026-11-27T09:00:00+00:00")
    add_attendees(store, names())
    store.close()  # the process died before end_bulk_load

    reopened = Store(path)
    try:
        assert indexes(path) == before
        with reopened.read() as conn:
            found = attendees.search(conn, EVENT_ID, "kwa")
            assert [a.firstname for a in found] == ["Kwame"]
            assert raw_query(path, "SELECT count(*) FROM bulk_load_dropped_index") == [(0,)]
    finally:
        reopened.close()
