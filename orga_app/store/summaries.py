"""The attendee as the door and the lists show it (core's AttendeeSummary), read from the store.

The columns a summary needs are declared once here; both the SQLAlchemy select and the plain
SQL of the hot paths (scan lookup, search by name) are built from that one list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, func, select

from orga_app.core.verdict import AttendeeSummary
from orga_app.store.models import ATTENDEE, TICKET

A = ATTENDEE.c

# Each AttendeeSummary field and the attendee column it is read from (None: the ticket's name,
# from the ticket table). test_attendee_declaration checks this against AttendeeSummary and the
# attendee table, so a field added to either side without the other fails there.
SUMMARY_SOURCES: dict[str, str | None] = {
    "id": "id",
    "event_id": "event_id",
    "firstname": "firstname",
    "lastname": "lastname",
    "email": "email",
    "ticket": None,
    "checkin_times": "checkin_times",
    "checkin_devices": "device_name_checkin",
    "checkout_times": "checkout_times",
    "is_checked_in": "is_checked_in",
    "order_identifier": "order_identifier",
    "code": "code",
    "order_status": "order_status",
}
# The attendee columns behind an AttendeeSummary.
SUMMARY_COLUMNS: tuple[str, ...] = tuple(c for c in SUMMARY_SOURCES.values() if c is not None)
# Plain SQL over the aliases `a` (attendee) and `t` (ticket): the SELECT list of a summary.
SUMMARY_SELECT_SQL = (
    "SELECT "
    + ", ".join(f"a.{column}" for column in SUMMARY_COLUMNS)
    + ", coalesce(t.name, '') AS ticket_name"
)
# The scan hot path runs plain, pre-written SQL: building SQLAlchemy expressions cost more
# than the whole SQLite lookup (see bench/RESULTS.md).
LIVE_SUMMARY_SQL = (
    SUMMARY_SELECT_SQL
    + " FROM attendee a LEFT JOIN ticket t ON t.id = a.ticket_id WHERE a.deleted = 0 AND "
)


def split_list(value: str | None) -> tuple[str, ...]:
    """The server keeps times and devices as ONE comma-separated string."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def summary_select() -> Any:
    """A Core select of summaries (add `.where(...)`), for queries built at run time."""
    columns = [A[column] for column in SUMMARY_COLUMNS]
    return select(*columns, func.coalesce(TICKET.c.name, "").label("ticket_name")).select_from(
        ATTENDEE.outerjoin(TICKET, TICKET.c.id == A.ticket_id)
    )


def to_summary(row: Row[Any]) -> AttendeeSummary:
    return summary_of(row._mapping)


def summary_of(m: Mapping[Any, Any]) -> AttendeeSummary:
    """A summary from any mapping of the SUMMARY_SELECT_SQL columns (an sqlite3.Row too)."""
    return AttendeeSummary(
        id=m["id"],
        event_id=m["event_id"],
        firstname=m["firstname"],
        lastname=m["lastname"],
        email=m["email"],
        ticket=m["ticket_name"],
        checkin_times=split_list(m["checkin_times"]),
        checkin_devices=split_list(m["device_name_checkin"]),
        checkout_times=split_list(m["checkout_times"]),
        is_checked_in=bool(m["is_checked_in"]),
        order_identifier=m["order_identifier"] or "",
        code=m["code"],
        order_status=m["order_status"],
    )


# Positions in a SUMMARY_SELECT_SQL row, for summary_of_tuple.
_AT = {column: index for index, column in enumerate(SUMMARY_COLUMNS)}
_ID, _EVENT, _FIRST, _LAST, _EMAIL = (
    _AT["id"], _AT["event_id"], _AT["firstname"], _AT["lastname"], _AT["email"]
)  # fmt: skip
_TIMES, _DEVICES, _OUT = _AT["checkin_times"], _AT["device_name_checkin"], _AT["checkout_times"]
_IN, _ORDER, _CODE, _STATUS = (
    _AT["is_checked_in"], _AT["order_identifier"], _AT["code"], _AT["order_status"]
)  # fmt: skip
_TICKET = len(SUMMARY_COLUMNS)  # ticket_name comes after the attendee's columns


def summary_of_tuple(row: Sequence[Any]) -> AttendeeSummary:
    """`summary_of` for a plain driver row of SUMMARY_SELECT_SQL, by position: the search's
    page of 200 spent more time in the by-name mapping (0.6 ms) than in SQLite (bench_search)."""
    return AttendeeSummary(
        id=row[_ID],
        event_id=row[_EVENT],
        firstname=row[_FIRST],
        lastname=row[_LAST],
        email=row[_EMAIL],
        ticket=row[_TICKET],
        checkin_times=split_list(row[_TIMES]),
        checkin_devices=split_list(row[_DEVICES]),
        checkout_times=split_list(row[_OUT]),
        is_checked_in=bool(row[_IN]),
        order_identifier=row[_ORDER] or "",
        code=row[_CODE],
        order_status=row[_STATUS],
    )


def get(conn: Connection, attendee_id: int) -> AttendeeSummary | None:
    """One attendee by id, deleted or not (the details pane shows what it was)."""
    row = conn.execute(summary_select().where(A.id == attendee_id)).first()
    return to_summary(row) if row else None
