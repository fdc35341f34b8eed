"""What the pages and the command line ask of the store, one call each.

Every function here opens its own transaction (a read snapshot, or BEGIN IMMEDIATE for a
write) and returns plain data, so the UI and the CLI never hold a connection or write SQL:
the rules (what "not on the server" means, which rows a person may retry) live in store/ only.
The UI calls these off the GUI thread (ui/tasks.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from orga_app.core.list_checkin import DoorList
from orga_app.core.verdict import AttendeeSummary
from orga_app.store import (
    attendees,
    csvio,
    door_lists,
    events,
    lookup,
    outbox,
    search,
    stats,
    summaries,
)
from orga_app.store.attendees import AttendeeRow, Counts
from orga_app.store.db import Store
from orga_app.store.events import EventInfo
from orga_app.store.outbox import OutboxRow
from orga_app.store.search import SortKey, StatusFilter
from orga_app.store.stats import DashboardStats, DoubleAdmission
from orga_app.store.throughput import Throughput, throughput

# -- events ---------------------------------------------------------------------------------


def event(store: Store, event_id: str) -> EventInfo | None:
    with store.read() as conn:
        return events.get(conn, event_id)


def all_events(store: Store) -> list[EventInfo]:
    return events.read_all_events(store)


def add_local_event(
    store: Store, event_row: Mapping[str, Any], rows: Sequence[AttendeeRow]
) -> None:
    """An event with its attendees, written as a download would (the offscreen self-check)."""
    with store.write() as conn:
        events.upsert_events(conn, [event_row])
        attendees.upsert(conn, rows)


# -- attendee list and details -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendeePage:
    rows: list[AttendeeSummary]
    total: int  # how many match, counted up to the cap asked for


def attendee_page(
    store: Store,
    event_id: str,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    *,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    count_cap: int | None = None,
) -> AttendeePage:
    """A page of matching attendees and how many match, from one read snapshot."""
    with store.read() as conn:
        rows = search.search(
            conn, event_id, query, status, sort=sort, descending=descending,
            offset=offset, limit=limit,
        )  # fmt: skip
        total = search.count(conn, event_id, query, status, cap=count_cap)
    return AttendeePage(rows, total)


def door_list(store: Store, event_id: str) -> DoorList | None:
    """The pretix check-in list (and direction) whose state the attendee rows show; None for
    Open Event or while none is chosen."""
    with store.read() as conn:
        return door_lists.door_list(conn, event_id)


def attendee_count(
    store: Store,
    event_id: str,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    *,
    cap: int | None = None,
    stale: Callable[[], bool] | None = None,
) -> int | None:
    """How many attendees match, counted up to `cap` (the list's total, asked after its rows).

    Counting every match of a broad query takes hundreds of ms; when `stale()` turns true
    (the person typed on) SQLite stops counting and the answer is None.
    """
    with store.read() as conn:
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        if stale is not None:
            # asked every 10,000 virtual-machine steps: ~0.1 ms apart (a non-zero answer
            # interrupts the statement)
            driver.set_progress_handler(lambda: 1 if stale() else 0, 10_000)
        try:
            return search.count(conn, event_id, query, status, cap=cap)
        except DBAPIError as exc:
            if stale is not None and stale() and "interrupted" in str(exc.orig):
                return None
            raise
        finally:
            if stale is not None:
                driver.set_progress_handler(None, 0)


def attendees_after(
    store: Store,
    event_id: str,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    *,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[AttendeeSummary]:
    """The next page of a list already counted (scrolling down)."""
    with store.read() as conn:
        return search.search(
            conn, event_id, query, status, sort=sort, descending=descending,
            offset=offset, limit=limit,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class AttendeeDetails:
    attendee: AttendeeSummary
    waiting: int  # check-ins/outs waiting to upload (outbox WAITING)
    refused: int  # refused by the server, waiting for a person (outbox REFUSED)

    @property
    def on_server(self) -> bool:
        """The same answer as the door's verdict (`ScanResult.pending` is its negation)."""
        return self.waiting == 0 and self.refused == 0


def attendee_details(store: Store, attendee_id: int) -> AttendeeDetails | None:
    with store.read() as conn:
        found = summaries.get(conn, attendee_id)
        if found is None:
            return None
        waiting, refused = lookup.unsent_counts(conn, attendee_id)
    return AttendeeDetails(found, waiting, refused)


def on_server(store: Store, attendee_id: int) -> bool:
    """Has the server every check-in and check-out of this attendee made here?"""
    with store.read() as conn:
        return not lookup.has_unsent(conn, attendee_id)


def attendee_names(store: Store, attendee_ids: Iterable[int]) -> dict[int, str]:
    with store.read() as conn:
        found = (summaries.get(conn, i) for i in attendee_ids)
        return {a.id: a.full_name for a in found if a is not None}


# -- counts, status, dashboard -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventStatus:
    counts: Counts
    last_upload: str | None
    last_download: str | None
    last_error: str | None
    paused: str | None  # why uploads stopped for this account, if they did


def event_status(store: Store, event_id: str) -> EventStatus:
    with store.read() as conn:
        counts = attendees.counts(conn, event_id)
        state = events.sync_state(conn, event_id)
    return EventStatus(
        counts,
        state["last_upload_at"],
        state["last_download_at"],
        state["last_error"],
        state["paused_reason"],
    )


def dashboard(store: Store, event_id: str) -> DashboardStats:
    with store.read() as conn:
        return stats.dashboard(conn, event_id)


def not_uploaded(store: Store) -> int:
    """Check-ins of any event in this store the server does not have (signing out leaves them)."""
    with store.read() as conn:
        return outbox.count_not_uploaded(conn)


# -- problems -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problems:
    rows: list[tuple[OutboxRow, str]]  # refused check-ins with the attendee's name
    paused: str | None  # why uploads stopped for this account, if they did
    not_on_server: int  # check-ins of the event the server does not have (waiting or refused)
    doubles: list[DoubleAdmission]  # tickets two doors let in before they synced


def problems(store: Store, event_id: str) -> Problems:
    with store.read() as conn:
        paused = events.sync_state(conn, event_id)["paused_reason"]
        counts = attendees.counts(conn, event_id)
        return Problems(
            outbox.problems(conn, event_id),
            str(paused) if paused else None,
            counts.pending + counts.failed,
            stats.double_admissions(conn, event_id),
        )


def retry_problems(store: Store, event_id: str, row_ids: Sequence[int] | None = None) -> int:
    """Queue refused rows again: these ids, or every refused row of the event."""
    with store.write() as conn:
        ids = row_ids if row_ids is not None else [r.id for r, _ in outbox.problems(conn, event_id)]
        return outbox.retry(conn, ids)


def discard_problems(store: Store, event_id: str, row_ids: Sequence[int] | None = None) -> int:
    """Never send these refused rows (or every refused row of the event); they stay, marked."""
    with store.write() as conn:
        ids = row_ids if row_ids is not None else [r.id for r, _ in outbox.problems(conn, event_id)]
        return outbox.discard(conn, ids)


def refused_rows(store: Store, event_id: str) -> list[tuple[OutboxRow, str]]:
    with store.read() as conn:
        return outbox.problems(conn, event_id)


# -- files --------------------------------------------------------------------------------------


def export_attendees(
    store: Store,
    event_id: str,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    with store.read() as conn:
        return csvio.export_attendees(conn, event_id, path, progress=progress)


def export_scan_log(store: Store, event_id: str, path: Path) -> int:
    with store.read() as conn:
        return csvio.export_scan_log(conn, event_id, path)


def import_csv(store: Store, path: Path, event_name: str) -> csvio.ImportReport:
    """A serverless event from a CSV list, in one transaction. Raises csvio.CsvImportError."""
    with store.write() as conn:
        return csvio.import_csv(conn, path, event_name)


# -- door throughput (issue 15) ----------------------------------------------------------------


def door_throughput(store: Store, event_id: str, now: datetime | None = None) -> Throughput:
    """Today's throughput of the event: rates per door, verdict p95, offline minutes, waits."""
    with store.read() as conn:
        return throughput(conn, event_id, now or datetime.now(UTC))
