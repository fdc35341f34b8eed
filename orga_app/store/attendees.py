"""Attendees as the server or a CSV list supplies them: the row shape, bulk upsert, the status
refresh's updates, deletions after a complete download, and event-wide counts.

Reading attendees lives beside this module: summaries.py (one attendee as the door shows it),
lookup.py (the scan path), search.py (search as you type); queries.py is what the pages and
the command line call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from sqlalchemy import Connection, and_, case, func, select

from orga_app.store.db import name_key_of, search_text_of
from orga_app.store.lookup import cancelled, event_is_local, find_by_code, has_unsent
from orga_app.store.models import (
    ATTENDEE,
    ATTENDEE_COLUMNS,
    ATTENDEE_DEFAULTS,
    ATTENDEE_DERIVED,
    ATTENDEE_DOOR_STATE,
    OUTBOX,
    OutboxState,
)
from orga_app.store.outbox import NOT_ON_SERVER, REFUSED, WAITING, states_sql
from orga_app.store.search import SortKey, StatusFilter, count, search
from orga_app.store.summaries import get, split_list, to_summary

# Older callers (the sync engines, the scan transaction, tests, benchmarks) import these here.
__all__ = [
    "AttendeeRow",
    "Counts",
    "SortKey",
    "StatusFilter",
    "cancelled",
    "checked_in_ids",
    "count",
    "counts",
    "event_is_local",
    "find_by_code",
    "get",
    "has_unsent",
    "mark_missing_deleted",
    "search",
    "split_list",
    "store_is_empty",
    "to_summary",
    "update_checkin_state",
    "uploaded_since",
    "upsert",
    "upsert_changed",
]

A = ATTENDEE.c


class AttendeeRow(TypedDict, total=False):
    """One attendee as the download or the CSV import supplies it: models.ATTENDEE_SUPPLIED,
    typed for mypy (a TypedDict cannot be built from the model; test_attendee_declaration
    checks that the two agree, key by key and type by type)."""

    id: int
    event_id: str
    identifier: str | None
    order_identifier: str | None
    ticket_id: int | None
    firstname: str
    lastname: str
    email: str
    company: str
    job_title: str
    is_checked_in: bool
    is_checked_out: bool
    checkin_times: str
    checkout_times: str
    device_name_checkin: str
    deleted: bool
    server_seen_at: str | None
    code: str
    order_status: str
    is_registered: bool
    register_times: str
    blocked: bool
    valid_from: str | None
    valid_until: str | None
    is_badge_printed: bool
    badge_printed_at: str | None


@dataclass(frozen=True, slots=True)
class Counts:
    attendees: int
    checked_in: int
    pending: int
    failed: int


def counts(conn: Connection, event_id: str) -> Counts:
    live = and_(A.event_id == event_id, A.deleted.is_(False))
    total, checked_in = conn.execute(
        select(
            func.count(), func.coalesce(func.sum(case((A.is_checked_in.is_(True), 1), else_=0)), 0)
        ).where(live)
    ).one()
    pending, failed = conn.execute(
        select(
            func.coalesce(func.sum(case((OUTBOX.c.state.in_(WAITING), 1), else_=0)), 0),
            func.coalesce(func.sum(case((OUTBOX.c.state.in_(REFUSED), 1), else_=0)), 0),
        ).where(OUTBOX.c.event_id == event_id)
    ).one()
    return Counts(int(total), int(checked_in), int(pending), int(failed))


# Every column comes from the one declaration (models.ATTENDEE): a column added there is written
# here too, its default filled in, and kept local when it is door state.
_CHECKIN_FIELDS = ATTENDEE_DOOR_STATE
_OTHER_FIELDS = tuple(c for c in ATTENDEE_COLUMNS if c != "id" and c not in ATTENDEE_DOOR_STATE)
_COLUMNS = ("id", *_OTHER_FIELDS, *_CHECKIN_FIELDS)
# Plain SQL through the driver's executemany: the download writes 100,000 rows and SQLAlchemy's
# per-row parameter processing would cost more than SQLite itself (bench/RESULTS.md).
# In DO UPDATE, `attendee` is the stored row and `excluded` the new one. An attendee with outbox
# rows not yet on the server keeps its local check-in state; unchanged rows are not rewritten.
# Failed rows count too: until a person retries or discards one, the door must keep answering
# "already checked in" rather than admit the ticket a second time.
_KEEP_LOCAL = (
    "EXISTS (SELECT 1 FROM outbox WHERE outbox.attendee_id = attendee.id"
    f" AND outbox.state IN ({states_sql(NOT_ON_SERVER)}))"
)
_UPSERT_SQL = (
    f"INSERT INTO attendee ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
    " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _OTHER_FIELDS)
    + ", "
    + ", ".join(
        f"{c} = CASE WHEN {_KEEP_LOCAL} THEN attendee.{c} ELSE excluded.{c} END"
        for c in _CHECKIN_FIELDS
    )
    + " WHERE "
    + " OR ".join(
        f"attendee.{c} IS NOT excluded.{c}" for c in _COLUMNS[1:] if c != "server_seen_at"
    )
)


def _as_params(row: AttendeeRow) -> tuple[Any, ...]:
    values = {**ATTENDEE_DEFAULTS, **row}
    values["name_key"] = name_key_of(values["lastname"], values["firstname"], values["id"])
    values["search_text"] = search_text_of(
        values["firstname"],
        values["lastname"],
        values["email"],
        values["order_identifier"],
        values["code"],
    )
    return tuple(values[c] for c in _COLUMNS)


def upsert(conn: Connection, rows: Iterable[AttendeeRow]) -> int:
    """Insert or update attendees in one executemany.

    The server wins for every field, except that an attendee with unsent outbox rows keeps
    its local check-in state until those rows are done (a download must never overwrite a
    check-in the server has not yet seen).
    """
    params = [_as_params(r) for r in rows]
    if params:
        conn.exec_driver_sql(_UPSERT_SQL, params)
    return len(params)


# What a download compares with the stored row before writing it: every supplied column but the
# id and the "seen" stamp (which the upsert leaves alone on unchanged rows too). The derived
# columns (name_key, search_text) follow from these.
_COMPARED = tuple(
    c for c in _COLUMNS if c not in ("id", "server_seen_at") and c not in ATTENDEE_DERIVED
)
_STORED_SQL = (
    f"SELECT id, {', '.join(_COMPARED)} FROM attendee WHERE id IN (SELECT value FROM json_each(?))"
)


def upsert_changed(conn: Connection, rows: Sequence[AttendeeRow]) -> int:
    """`upsert` for the rows that are new or differ from the stored copy; returns how many
    were written. A later download of a large event sends mostly unchanged attendees: one
    indexed read of the page's stored rows costs less than the name key, search text and
    conflict path of an upsert that would change nothing (bench/bench_sync.py, added rows).

    Same outcome as `upsert` of every row: its WHERE clause already leaves unchanged rows
    alone, and a row kept local (unsent outbox rows) differs from the server's and goes on
    to the upsert, whose CASE keeps its door state.
    """
    if not rows:
        return 0
    # A page that names an attendee twice: the last copy wins, as in an upsert of all of them.
    latest = {row["id"]: row for row in rows}
    ids = "[" + ",".join(str(int(i)) for i in latest) + "]"
    stored = {values[0]: values[1:] for values in conn.exec_driver_sql(_STORED_SQL, (ids,))}
    changed = []
    for row in latest.values():
        held = stored.get(row["id"])
        if held is not None:
            values = {**ATTENDEE_DEFAULTS, **row}
            if tuple(values[c] for c in _COMPARED) == held:
                continue
        changed.append(row)
    return upsert(conn, changed)


_STATE_SQL = (
    "UPDATE attendee SET is_checked_in = :ci, is_checked_out = :co, checkin_times = :t,"
    " checkout_times = :ot, device_name_checkin = :d WHERE id = :id AND NOT "
    + _KEEP_LOCAL
    + " AND (is_checked_in IS NOT :ci OR is_checked_out IS NOT :co OR checkin_times IS NOT :t"
    " OR checkout_times IS NOT :ot OR device_name_checkin IS NOT :d)"
)


def update_checkin_state(
    conn: Connection, states: Sequence[tuple[int, bool, bool, str, str, str]]
) -> int:
    """Apply other doors' check-ins from a status refresh: (id, in, out, times, out times,
    devices). Attendees with unsent local rows are left alone. Returns rows changed."""
    before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
    conn.exec_driver_sql(
        _STATE_SQL,
        [{"id": i, "ci": ci, "co": co, "t": t, "ot": ot, "d": d} for i, ci, co, t, ot, d in states],
    )
    return int(conn.exec_driver_sql("SELECT total_changes()").scalar_one() - before)


def mark_missing_deleted(conn: Connection, event_id: str, seen_ids: Iterable[int]) -> int:
    """After a complete download: attendees the server no longer returned are deleted,
    unless they have unsent check-ins (those stay until a person decides).

    The ids seen go through a temporary table: a download leaves unchanged rows unwritten,
    so no per-row "seen at" stamp could tell them from vanished ones.
    """
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM temp.seen_ids")
    ids = [(i,) for i in seen_ids]
    if ids:
        conn.exec_driver_sql("INSERT OR IGNORE INTO temp.seen_ids(id) VALUES (?)", ids)
    result = conn.exec_driver_sql(
        "UPDATE attendee SET deleted = 1 WHERE event_id = ? AND deleted = 0"
        " AND id NOT IN (SELECT id FROM temp.seen_ids) AND NOT " + _KEEP_LOCAL,
        (event_id,),
    )
    conn.exec_driver_sql("DELETE FROM temp.seen_ids")
    return int(result.rowcount)


def uploaded_since(conn: Connection, attendee_ids: Sequence[int], since: str) -> set[int]:
    """Of these attendees, those with an upload done at or after `since` (UTC ISO text): a page
    of the server's list requested before then may not show that upload yet."""
    found: set[int] = set()
    for start in range(0, len(attendee_ids), 500):  # stay under SQLite's variable limit
        chunk = attendee_ids[start : start + 500]
        found.update(
            conn.execute(
                select(OUTBOX.c.attendee_id).where(
                    OUTBOX.c.attendee_id.in_(chunk),
                    OUTBOX.c.state == OutboxState.DONE.value,
                    OUTBOX.c.done_at >= since,
                )
            ).scalars()
        )
    return found


def stored_rows(conn: Connection) -> int:
    """Attendee rows of every event, deleted ones too: what a search-index rebuild reads."""
    return int(conn.exec_driver_sql("SELECT count(*) FROM attendee").scalar_one())


def store_is_empty(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM attendee LIMIT 1").first() is None


def checked_in_ids(conn: Connection, event_id: str) -> set[int]:
    """Attendees this store shows as inside (for the status refresh to confirm or correct)."""
    rows = conn.execute(
        select(A.id).where(A.event_id == event_id, A.is_checked_in.is_(True), A.deleted.is_(False))
    )
    return {int(r[0]) for r in rows}
