"""The tables of the local store (DESIGN.md "Data model").

The schema itself is created and upgraded by the migrations in `db.py`; these declarations give
the rest of the code typed column objects for SQLAlchemy Core queries. `test_schema` checks that
the two agree, so they cannot drift apart silently.

Plain SQLAlchemy Core tables: the app only ever queries through Core, and declaring them as
SQLModel classes imported SQLModel and pydantic at every start for nothing but these column
objects (190 ms of CPU and 26 MB, bench/bench_startup.py).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
)


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    DISCARDED = "discarded"


class OutboxAction(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    # The attendee's badge came out of a printer here (issue 12): the server's print log
    # (Open Event is-badge-printed / badge-printed-at), so "print once" holds across doors.
    BADGE_PRINTED = "badge_printed"


METADATA = MetaData()

_SQL_TYPES: dict[type, Any] = {
    str: String, int: Integer, bool: Boolean, float: Float, bytes: LargeBinary,
}  # fmt: skip


class _Required:
    """The default of a column every row must supply."""


REQUIRED: Any = _Required()


def col(
    name: str,
    kind: type,
    default: Any = REQUIRED,
    *,
    key: bool = False,
    refers: str | None = None,
    info: dict[str, Any] | None = None,
) -> Column[Any]:
    """A column of Python type `kind`: NOT NULL unless its default is None; without a default
    every insert must supply it; `key` for (part of) the primary key; `refers` "table.column"."""
    args: list[Any] = [_SQL_TYPES[kind]()]
    if refers is not None:
        args.append(ForeignKey(refers))
    extra: dict[str, Any] = {}
    if default is not REQUIRED and default is not None:
        extra["default"] = default
    return Column(
        name,
        *args,
        primary_key=key,
        nullable=default is None and not key,
        info=info or {},
        **extra,
    )


def python_type(column: Column[Any]) -> Any:
    """What a row holds in `column`: its Python type, `| None` when the column is nullable."""
    kind = column.type.python_type
    return kind | None if column.nullable else kind


EVENT = Table(
    "event",
    METADATA,
    col("id", str, key=True),
    col("identifier", str, None),
    col("name", str),
    col("starts_at", str, None),
    col("ends_at", str, None),
    col("timezone", str, "UTC"),
    # A door can run from a CSV list with no server at all: nothing is ever uploaded for it.
    col("is_local", bool, False),
    col("last_full_download_at", str, None),
    # The signed-in account's role for this event (schema v7; openevent/access.py), NULL unknown.
    col("access_role", str, None),
    # Schema v8: the server type the event lives on ('openevent', 'pretix'); see ServerKind.
    col("server_kind", str, "openevent"),
    # Schema v11: list_checkin holds every list's check-ins from a complete full download.
    col("list_checkins_complete", bool, False),
)

TICKET = Table(
    "ticket",
    METADATA,
    col("id", int, key=True),
    col("event_id", str, refers="event.id"),
    col("name", str, ""),
    col("type", str, ""),
    col("is_checkin_restricted", bool, False),
    col("auto_checkin_enabled", bool, False),
)

# Column roles of the attendee, kept in each column's `info` (read back below).
# The door's check-in state: a download leaves it alone while the attendee has check-ins the
# server does not have yet (store/attendees.py upsert).
_DOOR_STATE: dict[str, Any] = {"door_state": True}
# Computed by the store from other columns (db.search_text_of, db.name_key_of), never supplied.
_DERIVED: dict[str, Any] = {"derived": True}

# THE declaration of the attendee: the upsert's columns, defaults and keep-local rule derive
# from it; the migrations (db.py), AttendeeRow, AttendeeSummary's columns and the backends'
# row mappers are checked against it (tests/unit/test_attendee_declaration.py).
ATTENDEE = Table(
    "attendee",
    METADATA,
    col("id", int, key=True),
    col("event_id", str, refers="event.id"),
    col("identifier", str, None),
    col("order_identifier", str, None),
    col("ticket_id", int, None),
    col("firstname", str, ""),
    col("lastname", str, ""),
    col("email", str, ""),
    col("company", str, ""),
    col("job_title", str, ""),
    col("is_checked_in", bool, False, info=_DOOR_STATE),
    col("is_checked_out", bool, False, info=_DOOR_STATE),
    col("checkin_times", str, "", info=_DOOR_STATE),
    col("checkout_times", str, "", info=_DOOR_STATE),
    col("device_name_checkin", str, "", info=_DOOR_STATE),
    col("deleted", bool, False),
    col("server_seen_at", str, None),
    col("code", str, ""),
    # Folded names, email, order and code: what the trigram index covers (schema v2).
    col("search_text", str, "", info=_DERIVED),
    # Name order as an integer: the trigram index's rowid (schema v4, db.name_key_of).
    col("name_key", int, None, info=_DERIVED),
    # Schema v7: the order's status on the server ('' when unknown, e.g. a CSV import), and the
    # server's station registration (a check-in made through POST /v1/user-check-in).
    col("order_status", str, ""),
    col("is_registered", bool, False, info=_DOOR_STATE),
    col("register_times", str, "", info=_DOOR_STATE),
    # Schema v8 (pretix positions): blocked by the organizer, and the ticket's own validity
    # window (ISO times, NULL for none).
    col("blocked", bool, False),
    col("valid_from", str, None),
    col("valid_until", str, None),
    # Schema v12 (badges): the badge was printed, here or at another door (the server's flag);
    # door state, so a download does not undo a print whose log entry waits to upload.
    col("is_badge_printed", bool, False, info=_DOOR_STATE),
    col("badge_printed_at", str, None, info=_DOOR_STATE),
)

OUTBOX = Table(
    "outbox",
    METADATA,
    col("id", int, key=True),
    col("nonce", str),
    col("event_id", str, refers="event.id"),
    col("attendee_id", int),
    col("action", str),
    col("scanned_at", str),
    col("device_name", str),
    col("state", str, OutboxState.QUEUED),
    col("attempts", int, 0),
    col("next_attempt_at", str, None),
    col("last_error", str, None),
    col("created_at", str),
    col("done_at", str, None),
    # Schema v9: the pretix check-in list the scan was judged against (NULL: Open Event, or
    # queued before v9). The direction is the action (check_out = exit).
    col("list_id", int, None),
)

SCAN_LOG = Table(
    "scan_log",
    METADATA,
    col("id", int, key=True),
    col("at", str),
    col("event_id", str),
    col("raw", str),
    col("verdict", str),
    col("attendee_id", int, None),
    col("device", str),
    col("source", str),
    col("mode", str, "in"),
    # Schema v10: milliseconds from the code reaching the check-in service to its verdict.
    col("verdict_ms", float, None),
)

# Schema v10: one per sync run (at most one a minute while nothing changes): did the server
# answer, and how many check-ins waited to upload. Minutes offline come from these.
SYNC_SAMPLE = Table(
    "sync_sample",
    METADATA,
    col("id", int, key=True),
    col("event_id", str),
    col("at", str),
    col("reachable", bool),
    col("waiting", int, 0),
)

SYNC_STATE = Table(
    "sync_state",
    METADATA,
    col("event_id", str, key=True),
    col("last_upload_at", str, None),
    col("last_download_at", str, None),
    col("last_error", str, None),
    col("uploaded", int, 0),
    col("downloaded", int, 0),
    # Why uploads are paused (403, login needed); NULL while they may run.
    col("paused_reason", str, None),
)

# The server's registration station this computer checks people in through (schema v7).
STATION = Table(
    "station",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("name", str, key=True),
    col("station_id", int),
)

# A pretix check-in list of an event with what a door needs to judge offline (schema v8).
CHECKIN_LIST = Table(
    "checkin_list",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("id", int, key=True),
    col("name", str, ""),
    col("all_products", bool, True),
    # The item (product) ids on the list, comma-separated; only read when not all_products.
    col("limit_products", str, ""),
    col("include_pending", bool, False),
    col("allow_multiple_entries", bool, False),
    col("allow_entry_after_exit", bool, True),
    # The list has custom entry rules (JSON logic) this app does not evaluate offline.
    col("has_rules", bool, False),
    col("subevent_id", int, None),
)

# The check-in list this computer scans for in an event, and entry or exit (schema v8).
DOOR_LIST = Table(
    "door_list",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("list_id", int),
    col("direction", str, "entry"),
)

# A ticket secret the server revoked (the ticket was re-issued; schema v8).
REVOKED_SECRET = Table(
    "revoked_secret",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("secret", str, key=True),
)

# One entry or exit of a pretix position on one check-in list, as the server has it (schema
# v11; store/list_state.py). `type` is 'entry' or 'exit', `at` an ISO time.
LIST_CHECKIN = Table(
    "list_checkin",
    METADATA,
    col("id", int, key=True),
    col("event_id", str, refers="event.id"),
    col("attendee_id", int),
    col("list_id", int),
    col("type", str),
    col("at", str),
    col("device", str, ""),
)

# A badge this door was asked to print (schema v12): queued, printed, or held with the printer's
# problem until a person retries it. Also this door's own print record, which a download cannot
# reset (a pretix event's attendee has no server print flag here).
BADGE_JOB = Table(
    "badge_job",
    METADATA,
    col("id", int, key=True),
    col("event_id", str, refers="event.id"),
    col("attendee_id", int),
    col("state", str, "queued"),
    col("printer", str, ""),
    col("problem", str, None),
    col("requested_at", str),
    col("printed_at", str, None),
    col("attempts", int, 0),
)

# A badge layout of the server (schema v13): an Open Event badge form (`key` = its badge-id) or
# a pretix badge layout (`key` = its id), as the server sent it (`form`, JSON), with its
# background image or PDF downloaded once from `background_url`.
BADGE_LAYOUT = Table(
    "badge_layout",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("key", str, key=True),
    col("origin", str),
    col("name", str, ""),
    col("is_default", bool, False),
    col("form", str),
    col("background_url", str, None),
    col("background", bytes, None),
)

# The layout a ticket type (pretix: product) prints with (schema v13); a NULL key: the server
# says this ticket type gets no badge.
BADGE_LAYOUT_TICKET = Table(
    "badge_layout_ticket",
    METADATA,
    col("event_id", str, key=True, refers="event.id"),
    col("ticket_id", int, key=True),
    col("layout_key", str, None),
)

# A row here while a first bulk download skips trigram-index upkeep (schema v3).
SEARCH_INDEX_PAUSED = Table(
    "search_index_paused",
    METADATA,
    col("since", str, key=True),
)

# An attendee index dropped for a bulk load, kept here until it is rebuilt (schema v5).
BULK_LOAD_DROPPED_INDEX = Table(
    "bulk_load_dropped_index",
    METADATA,
    col("name", str, key=True),
    col("sql", str),
)

# The attendee's columns by role, in table order (from the declaration above).
ATTENDEE_COLUMNS: tuple[str, ...] = tuple(c.name for c in ATTENDEE.columns)
ATTENDEE_DOOR_STATE: tuple[str, ...] = tuple(
    c.name for c in ATTENDEE.columns if c.info.get("door_state")
)
ATTENDEE_DERIVED: tuple[str, ...] = tuple(c.name for c in ATTENDEE.columns if c.info.get("derived"))
# What a download or an import supplies (AttendeeRow's keys), and the default of each column a
# row may leave out (a nullable column's is None).
ATTENDEE_SUPPLIED: tuple[str, ...] = tuple(c for c in ATTENDEE_COLUMNS if c not in ATTENDEE_DERIVED)
ATTENDEE_DEFAULTS: dict[str, Any] = {
    c.name: getattr(c.default, "arg", None)
    for c in ATTENDEE.columns
    if (c.default is not None or c.nullable) and c.name not in ATTENDEE_DERIVED
}
# What a row holds in each attendee column: column name → Python type.
ATTENDEE_TYPES: dict[str, Any] = {c.name: python_type(c) for c in ATTENDEE.columns}
