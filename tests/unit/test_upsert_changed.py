"""A download leaves unchanged attendees unwritten (store.attendees.upsert_changed), and every
change of any supplied field still reaches the store, the search index and the door."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from orga_app.core.verdict import Source, Verdict
from orga_app.store import attendees
from orga_app.store.attendees import AttendeeRow
from orga_app.store.models import ATTENDEE_SUPPLIED
from tests.helpers import EVENT_ID, add_event, changed, raw_query, seeded_store, store_path

OTHER_EVENT = "2"

# One different value for every column a download supplies (but the id and the "seen" stamp,
# which an unchanged row keeps as before). A new column fails the coverage test below until
# it is added here, so the comparison cannot silently miss it.
CHANGES: dict[str, Any] = {
    "event_id": OTHER_EVENT,
    "identifier": "beef01",
    "order_identifier": "ORDER-CHANGED",
    "ticket_id": 77,
    "firstname": "Renamed",
    "lastname": "Otherwise",
    "email": "renamed@example.org",
    "company": "New Co",
    "job_title": "Chief",
    "is_checked_in": True,
    "is_checked_out": True,
    "checkin_times": "2026-11-26T09:00:00+00:00",
    "checkout_times": "2026-11-26T10:00:00+00:00",
    "device_name_checkin": "door 2",
    "deleted": True,
    "code": "NEWCODE-beef01",
    "order_status": "cancelled",
    "is_registered": True,
    "register_times": "2026-11-26T09:00:00",
    "blocked": True,
    "valid_from": "2026-11-26T08:00:00+00:00",
    "valid_until": "2026-11-27T08:00:00+00:00",
    "is_badge_printed": True,
    "badge_printed_at": "2026-11-26T09:01:00+00:00",
}


def stored(path: Path, attendee_id: int, column: str) -> Any:
    return raw_query(path, f"SELECT {column} FROM attendee WHERE id = ?", (attendee_id,))[0][0]


def test_every_supplied_column_has_a_change() -> None:
    assert set(CHANGES) == set(ATTENDEE_SUPPLIED) - {"id", "server_seen_at"}


@pytest.mark.parametrize("column", sorted(CHANGES))
def test_a_change_of_any_one_field_is_written(tmp_path: Path, column: str) -> None:
    seeded = seeded_store(tmp_path, n_attendees=3)
    add_event(seeded.store, OTHER_EVENT, ticket_id=None)
    target = seeded.rows[1]
    later = [changed(r, server_seen_at="later") for r in seeded.rows]
    later[1] = changed(later[1], **{column: CHANGES[column]})
    with seeded.store.write() as conn:
        written = attendees.upsert_changed(conn, later)
    assert written == 1
    value = stored(store_path(tmp_path), target["id"], column)
    assert value == CHANGES[column]
    seeded.store.close()


def test_unchanged_rows_are_left_as_they_are_and_new_ones_written(tmp_path: Path) -> None:
    seeded = seeded_store(tmp_path, n_attendees=3)
    path = store_path(tmp_path)
    seen_before = stored(path, 1, "server_seen_at")
    new = AttendeeRow(**{**seeded.rows[0], "id": 9, "code": "NEW-9", "firstname": "Nina"})
    with seeded.store.write() as conn:
        assert attendees.upsert_changed(conn, [*seeded.rows, new]) == 1
        assert attendees.upsert_changed(conn, [*seeded.rows, new]) == 0
        assert attendees.upsert_changed(conn, []) == 0
    assert stored(path, 1, "server_seen_at") == seen_before
    with seeded.store.read() as conn:
        assert [a.id for a in attendees.search(conn, EVENT_ID, "nina")] == [9]
    seeded.store.close()


def test_a_renamed_attendee_is_found_by_the_new_name_only(tmp_path: Path) -> None:
    seeded = seeded_store(tmp_path, n_attendees=3)
    renamed = changed(
        seeded.rows[2], firstname="Þórunn", lastname="Sigurðardóttir", email="thorunn@example.is"
    )
    with seeded.store.write() as conn:
        assert attendees.upsert_changed(conn, [*seeded.rows[:2], renamed]) == 1
    with seeded.store.read() as conn:
        assert [a.id for a in attendees.search(conn, EVENT_ID, "sigurdar")] == [renamed["id"]]
        assert attendees.search(conn, EVENT_ID, seeded.rows[2]["lastname"]) == []
    seeded.store.close()


def test_a_door_state_not_yet_uploaded_stays_local(tmp_path: Path) -> None:
    """The server still shows the attendee outside; the door's check-in waits in the outbox."""
    seeded = seeded_store(tmp_path, n_attendees=3)
    code = seeded.rows[0]["code"]
    assert seeded.service.scan(EVENT_ID, code, source=Source.CAMERA).verdict is Verdict.CHECKED_IN
    server_says = changed(seeded.rows[0], company="Renamed Co")  # still not checked in
    with seeded.store.write() as conn:
        assert attendees.upsert_changed(conn, [server_says]) == 1
    path = store_path(tmp_path)
    assert stored(path, 1, "company") == "Renamed Co"
    assert stored(path, 1, "is_checked_in") == 1
    again = seeded.service.scan(EVENT_ID, code, source=Source.CAMERA)
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
    seeded.store.close()


def test_an_attendee_named_twice_ends_as_the_last_copy(tmp_path: Path) -> None:
    """As an upsert of every row: a server page with one attendee twice, the first copy
    changed and the last one as stored, leaves the stored row as the last copy says."""
    seeded = seeded_store(tmp_path, n_attendees=2)
    first_copy = changed(seeded.rows[0], company="Interim Co")
    with seeded.store.write() as conn:
        attendees.upsert_changed(conn, [first_copy, seeded.rows[1], seeded.rows[0]])
    assert stored(store_path(tmp_path), 1, "company") == seeded.rows[0].get("company", "")
    seeded.store.close()
