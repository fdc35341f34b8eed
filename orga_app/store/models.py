"""The tables of the local store (DESIGN.md "Data model").

The schema itself is created and upgraded by the migrations in `db.py`; these classes give the
rest of the code typed column objects for SQLAlchemy Core queries. `test_schema` checks that the
two agree, so they cannot drift apart silently.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Table
from sqlmodel import Field, SQLModel


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


class Event(SQLModel, table=True):
    id: str = Field(primary_key=True)
    identifier: str | None = None
    name: str
    starts_at: str | None = None
    ends_at: str | None = None
    timezone: str = "UTC"
    # A door can run from a CSV list with no server at all: nothing is ever uploaded for it.
    is_local: bool = False
    last_full_download_at: str | None = None
    # The signed-in account's role for this event (schema v7; openevent/access.py), NULL unknown.
    access_role: str | None = None
    # Schema v8: the server type the event lives on ('openevent', 'pretix'); see ServerKind.
    server_kind: str = "openevent"
    # Schema v11: list_checkin holds every list's check-ins from a complete full download.
    list_checkins_complete: bool = False


class Ticket(SQLModel, table=True):
    id: int = Field(primary_key=True)
    event_id: str = Field(foreign_key="event.id")
    name: str = ""
    type: str = ""
    is_checkin_restricted: bool = False
    auto_checkin_enabled: bool = False


# Column roles of the attendee, kept in each column's `info` (read back below).
# The door's check-in state: a download leaves it alone while the attendee has check-ins the
# server does not have yet (store/attendees.py upsert).
_DOOR_STATE: dict[str, Any] = {"info": {"door_state": True}}
# Computed by the store from other columns (db.search_text_of, db.name_key_of), never supplied.
_DERIVED: dict[str, Any] = {"info": {"derived": True}}


class Attendee(SQLModel, table=True):
    """THE declaration of the attendee: the upsert's columns, defaults and keep-local rule derive
    from it; the migrations (db.py), AttendeeRow, AttendeeSummary's columns and the backends'
    row mappers are checked against it (tests/unit/test_attendee_declaration.py)."""

    id: int = Field(primary_key=True)
    event_id: str = Field(foreign_key="event.id")
    identifier: str | None = None
    order_identifier: str | None = None
    ticket_id: int | None = None
    firstname: str = ""
    lastname: str = ""
    email: str = ""
    company: str = ""
    job_title: str = ""
    is_checked_in: bool = Field(default=False, sa_column_kwargs=_DOOR_STATE)
    is_checked_out: bool = Field(default=False, sa_column_kwargs=_DOOR_STATE)
    checkin_times: str = Field(default="", sa_column_kwargs=_DOOR_STATE)
    checkout_times: str = Field(default="", sa_column_kwargs=_DOOR_STATE)
    device_name_checkin: str = Field(default="", sa_column_kwargs=_DOOR_STATE)
    deleted: bool = False
    server_seen_at: str | None = None
    code: str = ""
    # Folded names, email, order and code: what the trigram index covers (schema v2).
    search_text: str = Field(default="", sa_column_kwargs=_DERIVED)
    # Name order as an integer: the trigram index's rowid (schema v4, db.name_key_of).
    name_key: int | None = Field(default=None, sa_column_kwargs=_DERIVED)
    # Schema v7: the order's status on the server ('' when unknown, e.g. a CSV import), and the
    # server's station registration (a check-in made through POST /v1/user-check-in).
    order_status: str = ""
    is_registered: bool = Field(default=False, sa_column_kwargs=_DOOR_STATE)
    register_times: str = Field(default="", sa_column_kwargs=_DOOR_STATE)
    # Schema v8 (pretix positions): blocked by the organizer, and the ticket's own validity
    # window (ISO times, NULL for none).
    blocked: bool = False
    valid_from: str | None = None
    valid_until: str | None = None
    # Schema v12 (badges): the badge was printed, here or at another door (the server's flag);
    # door state, so a download does not undo a print whose log entry waits to upload.
    is_badge_printed: bool = Field(default=False, sa_column_kwargs=_DOOR_STATE)
    badge_printed_at: str | None = Field(default=None, sa_column_kwargs=_DOOR_STATE)


class Outbox(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    nonce: str
    event_id: str = Field(foreign_key="event.id")
    attendee_id: int
    action: str
    scanned_at: str
    device_name: str
    state: str = OutboxState.QUEUED
    attempts: int = 0
    next_attempt_at: str | None = None
    last_error: str | None = None
    created_at: str
    done_at: str | None = None
    # Schema v9: the pretix check-in list the scan was judged against (NULL: Open Event, or
    # queued before v9). The direction is the action (check_out = exit).
    list_id: int | None = None


class ScanLog(SQLModel, table=True):
    __tablename__ = "scan_log"
    id: int | None = Field(default=None, primary_key=True)
    at: str
    event_id: str
    raw: str
    verdict: str
    attendee_id: int | None = None
    device: str
    source: str
    mode: str = "in"
    # Schema v10: milliseconds from the code reaching the check-in service to its verdict.
    verdict_ms: float | None = None


class SyncSample(SQLModel, table=True):
    """Schema v10: one per sync run (at most one a minute while nothing changes): did the
    server answer, and how many check-ins waited to upload. Minutes offline come from these."""

    __tablename__ = "sync_sample"
    id: int | None = Field(default=None, primary_key=True)
    event_id: str
    at: str
    reachable: bool
    waiting: int = 0


class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"
    event_id: str = Field(primary_key=True)
    last_upload_at: str | None = None
    last_download_at: str | None = None
    last_error: str | None = None
    uploaded: int = 0
    downloaded: int = 0
    # Why uploads are paused (403, login needed); NULL while they may run.
    paused_reason: str | None = None


class Station(SQLModel, table=True):
    """The server's registration station this computer checks people in through (schema v7)."""

    event_id: str = Field(primary_key=True, foreign_key="event.id")
    name: str = Field(primary_key=True)
    station_id: int


class CheckinList(SQLModel, table=True):
    """A pretix check-in list of an event with what a door needs to judge offline (schema v8)."""

    __tablename__ = "checkin_list"
    event_id: str = Field(primary_key=True, foreign_key="event.id")
    id: int = Field(primary_key=True)
    name: str = ""
    all_products: bool = True
    # The item (product) ids on the list, comma-separated; only read when not all_products.
    limit_products: str = ""
    include_pending: bool = False
    allow_multiple_entries: bool = False
    allow_entry_after_exit: bool = True
    # The list has custom entry rules (JSON logic) this app does not evaluate offline.
    has_rules: bool = False
    subevent_id: int | None = None


class DoorList(SQLModel, table=True):
    """The check-in list this computer scans for in an event, and entry or exit (schema v8)."""

    __tablename__ = "door_list"
    event_id: str = Field(primary_key=True, foreign_key="event.id")
    list_id: int
    direction: str = "entry"


class RevokedSecret(SQLModel, table=True):
    """A ticket secret the server revoked (the ticket was re-issued; schema v8)."""

    __tablename__ = "revoked_secret"
    event_id: str = Field(primary_key=True, foreign_key="event.id")
    secret: str = Field(primary_key=True)


class ListCheckin(SQLModel, table=True):
    """One entry or exit of a pretix position on one check-in list, as the server has it
    (schema v11; store/list_state.py). `type` is 'entry' or 'exit', `at` an ISO time."""

    __tablename__ = "list_checkin"
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(foreign_key="event.id")
    attendee_id: int
    list_id: int
    type: str
    at: str
    device: str = ""


class BadgeJob(SQLModel, table=True):
    """A badge this door was asked to print (schema v12): queued, printed, or held with the
    printer's problem until a person retries it. Also this door's own print record, which a
    download cannot reset (a pretix event's attendee has no server print flag here)."""

    __tablename__ = "badge_job"
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(foreign_key="event.id")
    attendee_id: int
    state: str = "queued"
    printer: str = ""
    problem: str | None = None
    requested_at: str
    printed_at: str | None = None
    attempts: int = 0


class BadgeLayoutRow(SQLModel, table=True):
    """A badge layout of the server (schema v13): an Open Event badge form (`key` = its
    badge-id) or a pretix badge layout (`key` = its id), as the server sent it (`form`, JSON),
    with its background image or PDF downloaded once from `background_url`."""

    __tablename__ = "badge_layout"
    event_id: str = Field(primary_key=True, foreign_key="event.id")
    key: str = Field(primary_key=True)
    origin: str
    name: str = ""
    is_default: bool = False
    form: str
    background_url: str | None = None
    background: bytes | None = None


class BadgeLayoutTicket(SQLModel, table=True):
    """The layout a ticket type (pretix: product) prints with (schema v13); a NULL key: the
    server says this ticket type gets no badge."""

    __tablename__ = "badge_layout_ticket"
    event_id: str = Field(primary_key=True, foreign_key="event.id")
    ticket_id: int = Field(primary_key=True)
    layout_key: str | None = None


class SearchIndexPaused(SQLModel, table=True):
    """A row here while a first bulk download skips trigram-index upkeep (schema v3)."""

    __tablename__ = "search_index_paused"
    since: str = Field(primary_key=True)


class BulkLoadDroppedIndex(SQLModel, table=True):
    """An attendee index dropped for a bulk load, kept here until it is rebuilt (schema v5)."""

    __tablename__ = "bulk_load_dropped_index"
    name: str = Field(primary_key=True)
    sql: str


def table(name: str) -> Table:
    """The SQLAlchemy Table for a model, typed for Core queries."""
    return SQLModel.metadata.tables[name]


EVENT = table("event")
TICKET = table("ticket")
ATTENDEE = table("attendee")
OUTBOX = table("outbox")
SCAN_LOG = table("scan_log")
SYNC_STATE = table("sync_state")
STATION = table("station")
CHECKIN_LIST = table("checkin_list")
DOOR_LIST = table("door_list")
REVOKED_SECRET = table("revoked_secret")
LIST_CHECKIN = table("list_checkin")
BADGE_JOB = table("badge_job")
BADGE_LAYOUT = table("badge_layout")
BADGE_LAYOUT_TICKET = table("badge_layout_ticket")
SYNC_SAMPLE = table("sync_sample")

# The attendee's columns by role, in table order (from the declaration above).
ATTENDEE_COLUMNS: tuple[str, ...] = tuple(c.name for c in ATTENDEE.columns)
ATTENDEE_DOOR_STATE: tuple[str, ...] = tuple(
    c.name for c in ATTENDEE.columns if c.info.get("door_state")
)
ATTENDEE_DERIVED: tuple[str, ...] = tuple(c.name for c in ATTENDEE.columns if c.info.get("derived"))
# What a download or an import supplies (AttendeeRow's keys), and the default of each column a
# row may leave out.
ATTENDEE_SUPPLIED: tuple[str, ...] = tuple(c for c in ATTENDEE_COLUMNS if c not in ATTENDEE_DERIVED)
ATTENDEE_DEFAULTS: dict[str, Any] = {
    name: field.default
    for name, field in Attendee.model_fields.items()
    if not field.is_required() and name not in ATTENDEE_DERIVED
}
