"""The attendee list's total is counted after its rows, and a newer query stops an old count
(counting every match of a broad query over 100,000 attendees takes hundreds of ms)."""

from __future__ import annotations

from pathlib import Path

from orga_app.store import queries
from tests.helpers import EVENT_ID, add_attendees, add_event, numbered_rows, open_store


def test_a_count_gives_the_total_up_to_the_cap(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add_event(store)
    add_attendees(store, numbered_rows(3000))
    try:
        assert queries.attendee_count(store, EVENT_ID, "") == 3000
        assert queries.attendee_count(store, EVENT_ID, "Number12", cap=5) == 5
        assert queries.attendee_count(store, EVENT_ID, "", stale=lambda: False) == 3000
    finally:
        store.close()


def test_a_stale_count_stops_and_the_connection_counts_again_afterwards(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add_event(store)
    add_attendees(store, numbered_rows(3000))
    asked: list[int] = []

    def stale() -> bool:
        asked.append(1)
        return True  # the person typed on before this count finished

    try:
        # A typed query that matches everyone: the unfiltered total comes from a small
        # covering index and is done before SQLite first asks.
        assert queries.attendee_count(store, EVENT_ID, "number", stale=stale) is None
        assert asked  # SQLite asked while counting, and stopped
        # the pooled connection forgot the handler: the next count is whole
        assert queries.attendee_count(store, EVENT_ID, "number") == 3000
    finally:
        store.close()
