"""Shared test helpers: real SQLite stores in tmp_path with an event, tickets and attendees.

Everything here goes through the store's public functions (events.upsert_events,
attendees.upsert), the same way a download or an import fills the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from orga_app.core.checkin import CheckInService
from orga_app.store import attendees, events
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.models import OUTBOX, SCAN_LOG
from orga_app.store.repository import StoreCheckInRepository

EVENT_ID = "101"
OTHER_EVENT_ID = "202"
TICKET_ID = 7
DEVICE = "door-1"
# A fixed scan time with microseconds, so the stored text is checked to the last digit.
FIXED_NOW = datetime(2026, 11, 26, 9, 41, 5, 123456, tzinfo=UTC)
FIXED_NOW_TEXT = "2026-11-26T09:41:05.123456+00:00"
ORDER = "6f9619ff-8b86-4011-b42d-00c04fc964ff"


class FixedClock:
    """An injectable clock; tests move it on with `advance_to`."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance_to(self, now: datetime) -> None:
        self.now = now


def store_path(directory: Path) -> Path:
    return directory / "store-test.sqlite"


def open_store(directory: Path) -> Store:
    return Store(store_path(directory))


def add_event(
    store: Store,
    event_id: str = EVENT_ID,
    name: str = "Test Conference",
    *,
    is_local: bool = False,
    ticket_id: int | None = TICKET_ID,
    ticket_name: str = "Regular",
) -> None:
    """A server-like event (is_local False) with one ticket, as a download would cache it."""
    with store.write() as conn:
        events.upsert_events(
            conn,
            [
                {
                    "id": event_id,
                    "identifier": f"ev{event_id}",
                    "name": name,
                    "starts_at": "2026-11-26T08:00:00+00:00",
                    "ends_at": "2026-11-27T18:00:00+00:00",
                    "timezone": "UTC",
                    "is_local": is_local,
                }
            ],
        )
        if ticket_id is not None:
            events.upsert_tickets(
                conn, [{"id": ticket_id, "event_id": event_id, "name": ticket_name}]
            )


def attendee_row(
    attendee_id: int,
    firstname: str,
    lastname: str,
    *,
    event_id: str = EVENT_ID,
    email: str | None = None,
    order: str | None = None,
    identifier: str | None = None,
    code: str | None = None,
    ticket_id: int | None = TICKET_ID,
    **extra: Any,
) -> AttendeeRow:
    """One attendee as a download supplies it; the code defaults to the Open Event QR text."""
    ident = identifier if identifier is not None else f"{attendee_id:06x}"
    order_identifier = order if order is not None else f"{ORDER[:-6]}{attendee_id:06d}"
    row = AttendeeRow(
        id=attendee_id,
        event_id=event_id,
        identifier=ident,
        order_identifier=order_identifier,
        ticket_id=ticket_id,
        firstname=firstname,
        lastname=lastname,
        email=email if email is not None else f"{firstname}.{lastname}@example.org".lower(),
        code=code if code is not None else f"{order_identifier}-{ident}",
    )
    row.update(extra)  # type: ignore[typeddict-item]
    return row


def changed(row: AttendeeRow, **changes: Any) -> AttendeeRow:
    """A copy of `row` with some fields replaced, as a later download would send it."""
    copy = AttendeeRow(**row)
    copy.update(changes)  # type: ignore[typeddict-item]
    return copy


def add_attendees(store: Store, rows: Sequence[AttendeeRow]) -> None:
    with store.write() as conn:
        attendees.upsert(conn, rows)


def numbered_rows(n: int, event_id: str = EVENT_ID, first_id: int = 1) -> list[AttendeeRow]:
    return [
        attendee_row(first_id + i, f"Person{i}", f"Number{i}", event_id=event_id) for i in range(n)
    ]


@dataclass
class Seeded:
    store: Store
    service: CheckInService
    clock: FixedClock
    rows: list[AttendeeRow]


def seeded_store(
    directory: Path, n_attendees: int = 3, *, is_local: bool = False, device: str = DEVICE
) -> Seeded:
    """A store with one event, one ticket, N attendees and a check-in service on a fixed clock."""
    store = open_store(directory)
    add_event(store, is_local=is_local)
    rows = numbered_rows(n_attendees)
    add_attendees(store, rows)
    clock = FixedClock()
    service = CheckInService(StoreCheckInRepository(store), lambda: device, clock=clock)
    return Seeded(store, service, clock, rows)


def outbox_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(OUTBOX).order_by(OUTBOX.c.id))]


def scan_log_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(SCAN_LOG).order_by(SCAN_LOG.c.id))]


def raw_query(path: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Read a database file with the plain sqlite3 module, bypassing the app's engine."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()
