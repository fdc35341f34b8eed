"""Dashboard numbers against a store seeded with known attendees, times, devices and tickets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from orga_app.core.checkin import CheckInService
from orga_app.store import events, outbox, stats
from orga_app.store.db import Store
from orga_app.store.models import OutboxState
from orga_app.store.repository import StoreCheckInRepository
from tests.helpers import (
    EVENT_ID,
    OTHER_EVENT_ID,
    FixedClock,
    add_attendees,
    add_event,
    attendee_row,
    open_store,
)

SPEAKER = 8


def utc(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path)
    add_event(store)
    add_event(store, OTHER_EVENT_ID, "Other", ticket_id=99)
    with store.write() as conn:
        events.upsert_tickets(conn, [{"id": SPEAKER, "event_id": EVENT_ID, "name": "Speaker"}])
    add_attendees(store, [
        attendee_row(1, "Ana", "A", is_checked_in=True,
                     checkin_times="2026-11-26T09:02:00+00:00", device_name_checkin="door-1"),
        attendee_row(2, "Ben", "B", is_checked_in=True,
                     checkin_times="2026-11-26T09:14:59+00:00", device_name_checkin="door-2"),
        # an offset: 10:20+01:00 is 09:20 UTC
        attendee_row(3, "Cem", "C", is_checked_in=True,
                     checkin_times="2026-11-26T10:20:00+01:00", device_name_checkin="door-1"),
        # re-entry: arrived 08:50, again at 09:50 on another door
        attendee_row(4, "Dia", "D", ticket_id=SPEAKER, is_checked_in=True,
                     checkin_times="2026-11-26T08:50:00+00:00,2026-11-26T09:50:00+00:00",
                     device_name_checkin="door-2,door-1"),
        attendee_row(5, "Eva", "E", ticket_id=SPEAKER),
        # came and went: an arrival, not inside now
        attendee_row(6, "Fay", "F", is_checked_out=True,
                     checkin_times="2026-11-26T10:05:00+00:00", device_name_checkin="door-3",
                     checkout_times="2026-11-26 11:00:00"),
        attendee_row(7, "Gus", "G", ticket_id=None),
        attendee_row(8, "Hal", "H", deleted=True, is_checked_in=True,
                     checkin_times="2026-11-26T09:05:00+00:00", device_name_checkin="door-1"),
        # the server's naive UTC form, and no device recorded
        attendee_row(9, "Ivy", "I", is_checked_in=True, checkin_times="2026-11-26 09:40:00"),
        attendee_row(50, "Oli", "O", event_id=OTHER_EVENT_ID, ticket_id=99, is_checked_in=True,
                     checkin_times="2026-11-26T09:00:00+00:00", device_name_checkin="door-1"),
    ])  # fmt: skip
    try:
        yield store
    finally:
        store.close()


def test_totals_and_per_ticket(store: Store) -> None:
    with store.read() as conn:
        result = stats.dashboard(conn, EVENT_ID)
    assert (result.counts.attendees, result.counts.checked_in) == (8, 5)
    assert (result.counts.pending, result.counts.failed) == (0, 0)
    assert result.tickets == (
        stats.TicketStats("Regular", 4, 5),
        stats.TicketStats("Speaker", 1, 2),
        stats.TicketStats("", 0, 1),
    )


def test_arrivals_per_quarter_hour_count_first_check_ins_with_empty_buckets(store: Store) -> None:
    with store.read() as conn:
        buckets = stats.arrivals(conn, EVENT_ID)
        last_two = stats.arrivals(conn, EVENT_ID, max_buckets=2)
        hourly = stats.arrivals(conn, EVENT_ID, minutes=60)
    assert [(b.start, b.count) for b in buckets] == [
        (utc(8, 45), 1),  # Dia (her 09:50 re-entry is not an arrival)
        (utc(9, 0), 2),  # Ana, Ben (09:14:59 is still the 09:00 quarter)
        (utc(9, 15), 1),  # Cem
        (utc(9, 30), 1),  # Ivy
        (utc(9, 45), 0),
        (utc(10, 0), 1),  # Fay
    ]
    assert [(b.start, b.count) for b in last_two] == [(utc(9, 45), 0), (utc(10, 0), 1)]
    assert [(b.start, b.count) for b in hourly] == [(utc(8, 0), 1), (utc(9, 0), 4), (utc(10, 0), 1)]


def test_check_ins_per_device_count_every_entry(store: Store) -> None:
    with store.read() as conn:
        devices = stats.checkins_per_device(conn, EVENT_ID)
    assert devices == [("door-1", 3), ("door-2", 2), ("", 1), ("door-3", 1)]


def test_pending_failed_and_verdicts_follow_scans(store: Store) -> None:
    clock = FixedClock(utc(9, 41))
    service = CheckInService(StoreCheckInRepository(store), lambda: "kiosk", clock=clock)
    eva, gus = attendee_row(5, "Eva", "E"), attendee_row(7, "Gus", "G")
    service.scan(EVENT_ID, eva["code"])
    service.scan(EVENT_ID, eva["code"])
    service.scan(EVENT_ID, "no-such-ticket")
    service.scan(EVENT_ID, gus["code"])
    with store.write() as conn:
        gus_row = next(r for r in outbox.unsent(conn, EVENT_ID) if r.attendee_id == 7)
        outbox.set_state(conn, gus_row.id, OutboxState.FAILED, error="restricted")
    with store.read() as conn:
        result = stats.dashboard(conn, EVENT_ID)
    assert (result.counts.checked_in, result.counts.pending, result.counts.failed) == (7, 1, 1)
    assert result.scans == {"checked_in": 2, "already_checked_in": 1, "unknown": 1}
    assert dict((b.start, b.count) for b in result.arrivals)[utc(9, 30)] == 3
    assert dict(result.devices)["kiosk"] == 2
    assert stats.TicketStats("", 1, 1) in result.tickets


def test_an_empty_event_has_no_buckets(tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty")
    try:
        add_event(store)
        with store.read() as conn:
            result = stats.dashboard(conn, EVENT_ID)
        assert result.arrivals == () and result.devices == () and result.scans == {}
        assert result.counts.attendees == 0
    finally:
        store.close()


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-11-26T10:20:00+01:00", utc(9, 20)),
        ("2026-11-26 09:40:00", utc(9, 40)),
        ("2026-11-26T09:40:00Z", utc(9, 40)),
        ("not a time", None),
    ],
)
def test_parse_time(stamp: str, expected: datetime | None) -> None:
    assert stats.parse_time(stamp) == expected
