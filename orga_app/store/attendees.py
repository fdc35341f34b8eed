"""Attendee queries: code lookup, search as you type, counts, and bulk upsert from downloads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypedDict

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    text,
)

from orga_app.core.codes import CodeKind, TicketCode
from orga_app.core.text import fold, fold_name
from orga_app.core.verdict import AttendeeSummary
from orga_app.store.db import name_key_of, search_text_of
from orga_app.store.models import ATTENDEE, EVENT, OUTBOX, TICKET, OutboxState

A = ATTENDEE.c
UNSENT = (OutboxState.QUEUED.value, OutboxState.SENDING.value)


class StatusFilter(StrEnum):
    ALL = "all"
    CHECKED_IN = "checked_in"
    NOT_CHECKED_IN = "not_checked_in"
    PENDING = "pending"
    FAILED = "failed"


class SortKey(StrEnum):
    NAME = "name"
    EMAIL = "email"
    TICKET = "ticket"
    STATUS = "status"
    LAST_CHECKIN = "last_checkin"


class AttendeeRow(TypedDict, total=False):
    """One attendee as the download or the CSV import supplies it."""

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


@dataclass(frozen=True, slots=True)
class Counts:
    attendees: int
    checked_in: int
    pending: int
    failed: int


def split_list(value: str | None) -> tuple[str, ...]:
    """The server keeps times and devices as ONE comma-separated string."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


_SUMMARY_COLUMNS = (
    A.id,
    A.event_id,
    A.firstname,
    A.lastname,
    A.email,
    A.checkin_times,
    A.device_name_checkin,
    A.checkout_times,
    A.is_checked_in,
    A.order_identifier,
    A.code,
    A.order_status,
    func.coalesce(TICKET.c.name, "").label("ticket_name"),
)


def _summary_select() -> Any:
    return select(*_SUMMARY_COLUMNS).select_from(
        ATTENDEE.outerjoin(TICKET, TICKET.c.id == A.ticket_id)
    )


def to_summary(row: Row[Any]) -> AttendeeSummary:
    m = row._mapping
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


def get(conn: Connection, attendee_id: int) -> AttendeeSummary | None:
    row = conn.execute(_summary_select().where(A.id == attendee_id)).first()
    return to_summary(row) if row else None


_SUMMARY_SQL = (
    "SELECT a.id, a.event_id, a.firstname, a.lastname, a.email, a.checkin_times,"
    " a.device_name_checkin, a.checkout_times, a.is_checked_in, a.order_identifier, a.code,"
    " a.order_status, coalesce(t.name, '') AS ticket_name"
    " FROM attendee a LEFT JOIN ticket t ON t.id = a.ticket_id WHERE a.deleted = 0 AND "
)
# The scan hot path runs plain, pre-written SQL: building SQLAlchemy expressions cost more
# than the whole SQLite lookup (see bench/RESULTS.md).
_BY_CODE = _SUMMARY_SQL + "a.code = ? COLLATE NOCASE"
_BY_ORDER_AND_IDENT = (
    _SUMMARY_SQL + "a.order_identifier = ? COLLATE NOCASE AND (a.identifier = ? OR a.id = ?)"
)
_BY_ID = _SUMMARY_SQL + "a.id = ?"
# Pre-2017 tickets, "<order identifier>/<attendee id>": the order must match too.
_BY_ORDER_AND_ID = _SUMMARY_SQL + "a.order_identifier = ? COLLATE NOCASE AND a.id = ?"
_BY_EMAIL = _SUMMARY_SQL + "a.email = ? COLLATE NOCASE ORDER BY a.id"
_BY_ORDER = _SUMMARY_SQL + "a.order_identifier = ? COLLATE NOCASE ORDER BY a.id"


def cancelled(conn: Connection, code: TicketCode) -> bool:
    """Was this printed code an attendee the server has since removed (cancelled, refunded)?"""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM attendee WHERE code = ? COLLATE NOCASE AND deleted = 1 LIMIT 1",
        (code.text,),
    ).first()
    return row is not None


def find_by_code(
    conn: Connection, code: TicketCode, *, typed: bool = True
) -> list[AttendeeSummary]:
    """Every live attendee, in any event, that a scanned or typed code may mean.

    The printed code is tried first (it covers imported lists too); then what the code's
    parts say: order + identifier-or-id, or a whole order. A bare attendee id or e-mail
    address is looked up only when a person `typed` it: attendee ids are sequential and
    e-mails are no secret, so a QR code made of either must not open the door.
    """
    rows = conn.exec_driver_sql(_BY_CODE, (code.text,)).all()
    if not rows:
        if code.kind is CodeKind.ORDER_ATTENDEE and code.order:
            ident = code.identifier or ""
            rows = conn.exec_driver_sql(
                _BY_ORDER_AND_IDENT,
                (code.order, ident, code.attendee_id if code.attendee_id is not None else 0),
            ).all()
        elif code.kind is CodeKind.LEGACY and code.order and code.attendee_id is not None:
            rows = conn.exec_driver_sql(_BY_ORDER_AND_ID, (code.order, code.attendee_id)).all()
        elif code.kind is CodeKind.ORDER_ONLY and code.order:
            rows = conn.exec_driver_sql(_BY_ORDER, (code.order,)).all()
        elif typed and code.kind is CodeKind.ATTENDEE_ID and code.attendee_id is not None:
            rows = conn.exec_driver_sql(_BY_ID, (code.attendee_id,)).all()
        elif typed and code.kind is CodeKind.EMAIL and code.email:
            rows = conn.exec_driver_sql(_BY_EMAIL, (code.email,)).all()
    return [to_summary(r) for r in rows]


def has_unsent(conn: Connection, attendee_id: int) -> bool:
    """Does the attendee have a check-in or check-out the server does not have yet? Failed rows
    count: the server refused them, so a verdict must not claim the server has it."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM outbox WHERE attendee_id = ? AND state IN ('queued', 'sending', 'failed')"
        " LIMIT 1",
        (attendee_id,),
    ).first()
    return row is not None


def _unsent_exists(attendee_id: Any, states: Sequence[str] = UNSENT) -> ColumnElement[bool]:
    return exists().where(OUTBOX.c.attendee_id == attendee_id, OUTBOX.c.state.in_(states))


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _token_query(conn: Connection, token: str) -> str | None:
    """The FTS5 query for one folded token; None when nothing can contain it.

    Trigrams cannot hold a 2-character token, so it becomes the OR of the indexed trigrams
    that start with it (the search text ends with a space, so every pair has a successor).
    """
    if len(token) >= 3:
        return _fts_phrase(token)
    terms = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT term FROM attendee_fts_vocab WHERE term >= ? AND term < ?",
            (token, token + "\U0010ffff"),
        )
    ]
    if not terms:
        return None
    return "(" + " OR ".join(_fts_phrase(t) for t in terms) + ")"


class _NoMatchError(Exception):
    """A token that no attendee's text can contain: the search is empty."""


def _match_expression(conn: Connection, query: str) -> str | None:
    """The FTS5 MATCH for a query (substring search, any token of 2+ characters, case- and
    accent-insensitive); None when the query filters nothing. Raises _NoMatchError."""
    tokens = [t for t in fold(query).split(" ") if len(t) >= 2]
    if not tokens:
        return None
    parts = [_token_query(conn, t) for t in tokens]
    if any(part is None for part in parts):
        raise _NoMatchError
    return " AND ".join(part for part in parts if part)


# SQL for the status filters, on the attendee alias `a` (outbox states are constants).
_STATUS_SQL: dict[StatusFilter, str] = {
    StatusFilter.ALL: "",
    StatusFilter.CHECKED_IN: " AND a.is_checked_in = 1",
    StatusFilter.NOT_CHECKED_IN: " AND a.is_checked_in = 0",
    StatusFilter.PENDING: " AND EXISTS (SELECT 1 FROM outbox o WHERE o.attendee_id = a.id"
    " AND o.state IN ('queued', 'sending'))",
    StatusFilter.FAILED: " AND EXISTS (SELECT 1 FROM outbox o WHERE o.attendee_id = a.id"
    " AND o.state = 'failed')",
}
# Hits in name order straight from the index (its rowid is attendee.name_key): SQLite walks
# the index's own order and stops once the page is full, however many attendees match.
_BY_NAME_FROM_INDEX = (
    "SELECT a.id, a.event_id, a.firstname, a.lastname, a.email, a.checkin_times,"
    " a.device_name_checkin, a.checkout_times, a.is_checked_in, a.order_identifier, a.code,"
    " a.order_status, coalesce(t.name, '') AS ticket_name"
    " FROM attendee_fts f CROSS JOIN attendee a ON a.name_key = f.rowid"
    " LEFT JOIN ticket t ON t.id = a.ticket_id"
    " WHERE f.attendee_fts MATCH ? AND a.event_id = ? AND a.deleted = 0{status}{exclude}"
    " ORDER BY f.rowid {direction} LIMIT ? OFFSET ?"
)
_COUNT_FROM_INDEX = (
    "SELECT count(*) FROM (SELECT 1 FROM attendee_fts f CROSS JOIN attendee a"
    " ON a.name_key = f.rowid WHERE f.attendee_fts MATCH ? AND a.event_id = ?"
    " AND a.deleted = 0{status} LIMIT ?)"
)


def _status_condition(status: StatusFilter) -> ColumnElement[bool] | None:
    if status is StatusFilter.CHECKED_IN:
        return A.is_checked_in.is_(True)
    if status is StatusFilter.NOT_CHECKED_IN:
        return A.is_checked_in.is_(False)
    if status is StatusFilter.PENDING:
        return _unsent_exists(A.id)
    if status is StatusFilter.FAILED:
        return _unsent_exists(A.id, (OutboxState.FAILED.value,))
    return None


def _where(event_id: str, match: str | None, status: StatusFilter) -> list[Any]:
    conditions: list[Any] = [A.event_id == event_id, A.deleted.is_(False)]
    if match is not None:
        # Every hit, then sorted: for orders other than by name.
        conditions.append(
            A.name_key.in_(
                select(text("rowid"))
                .select_from(text("attendee_fts"))
                .where(text("attendee_fts MATCH :fts_query").bindparams(fts_query=match))
            )
        )
    status_condition = _status_condition(status)
    if status_condition is not None:
        conditions.append(status_condition)
    return conditions


_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NAME: (A.lastname, A.firstname),
    SortKey.EMAIL: (A.email,),
    SortKey.TICKET: (TICKET.c.name, A.lastname),
    SortKey.STATUS: (A.is_checked_in, A.lastname),
    SortKey.LAST_CHECKIN: (A.checkin_times, A.lastname),
}


def _exact_matches(conn: Connection, event_id: str, needle: str) -> list[AttendeeSummary]:
    rows = [*conn.exec_driver_sql(_BY_CODE, (needle,)), *conn.exec_driver_sql(_BY_EMAIL, (needle,))]
    found: dict[int, AttendeeSummary] = {}
    for row in rows:
        summary = to_summary(row)
        if summary.event_id == event_id:
            found.setdefault(summary.id, summary)
    return list(found.values())


def search(
    conn: Connection,
    event_id: str,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    *,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[AttendeeSummary]:
    """One page of attendees. An exact code or e-mail match comes first."""
    try:
        match = _match_expression(conn, query)
    except _NoMatchError:
        return []
    needle = query.strip()
    exact = (
        _exact_matches(conn, event_id, needle)
        if len(needle) >= 3 and status is StatusFilter.ALL
        else []
    )
    head = exact[offset : offset + limit]
    rest_offset, rest_limit = max(0, offset - len(exact)), limit - len(head)
    if rest_limit <= 0:
        return head
    excluded = [a.id for a in exact]
    if match is not None and sort is SortKey.NAME:
        exclude = f" AND a.id NOT IN ({', '.join(str(i) for i in excluded)})" if excluded else ""
        sql = _BY_NAME_FROM_INDEX.format(
            status=_STATUS_SQL[status], exclude=exclude, direction="DESC" if descending else "ASC"
        )
        rows = conn.exec_driver_sql(sql, (match, event_id, rest_limit, rest_offset)).all()
        # The index orders by the first 7 letters of the name; finish the page's order here.
        page = sorted((to_summary(r) for r in rows), key=_name_order, reverse=descending)
        return head + page
    conditions = _where(event_id, match, status)
    if excluded:
        conditions.append(A.id.not_in(excluded))
    order = [c.desc() if descending else c for c in _SORT_COLUMNS[sort]]
    order.append(A.id.desc() if descending else A.id)
    stmt = (
        _summary_select().where(*conditions).order_by(*order).offset(rest_offset).limit(rest_limit)
    )
    return head + [to_summary(r) for r in conn.execute(stmt).all()]


def _name_order(a: AttendeeSummary) -> tuple[str, str, int]:
    # The same folding as the index's name key, so a page keeps the index's order.
    return (fold_name(a.lastname), fold_name(a.firstname), a.id)


def count(
    conn: Connection,
    event_id: str,
    query: str = "",
    status: StatusFilter = StatusFilter.ALL,
    *,
    cap: int | None = None,
) -> int:
    """How many attendees match; with `cap`, counting stops there (the UI shows "1,000+")."""
    try:
        match = _match_expression(conn, query)
    except _NoMatchError:
        return 0
    if match is not None:
        sql = _COUNT_FROM_INDEX.format(status=_STATUS_SQL[status])
        limit = cap if cap is not None else -1  # LIMIT -1: no limit
        return int(conn.exec_driver_sql(sql, (match, event_id, limit)).scalar_one())
    inner = select(literal(1)).select_from(ATTENDEE).where(*_where(event_id, None, status))
    if cap is not None:
        inner = inner.limit(cap)
    return int(conn.execute(select(func.count()).select_from(inner.subquery())).scalar_one())


def counts(conn: Connection, event_id: str) -> Counts:
    live = and_(A.event_id == event_id, A.deleted.is_(False))
    total, checked_in = conn.execute(
        select(
            func.count(), func.coalesce(func.sum(case((A.is_checked_in.is_(True), 1), else_=0)), 0)
        ).where(live)
    ).one()
    pending, failed = conn.execute(
        select(
            func.coalesce(func.sum(case((OUTBOX.c.state.in_(UNSENT), 1), else_=0)), 0),
            func.coalesce(
                func.sum(case((OUTBOX.c.state == OutboxState.FAILED.value, 1), else_=0)), 0
            ),
        ).where(OUTBOX.c.event_id == event_id)
    ).one()
    return Counts(int(total), int(checked_in), int(pending), int(failed))


_CHECKIN_FIELDS = (
    "is_checked_in",
    "is_checked_out",
    "checkin_times",
    "checkout_times",
    "device_name_checkin",
    "is_registered",
    "register_times",
)
_OTHER_FIELDS = (
    "event_id",
    "identifier",
    "order_identifier",
    "ticket_id",
    "firstname",
    "lastname",
    "email",
    "company",
    "job_title",
    "deleted",
    "server_seen_at",
    "code",
    "search_text",
    "name_key",
    "order_status",
    "blocked",
    "valid_from",
    "valid_until",
)


_COLUMNS = ("id", *_OTHER_FIELDS, *_CHECKIN_FIELDS)
_DEFAULTS: dict[str, Any] = {
    "identifier": None, "order_identifier": None, "ticket_id": None, "firstname": "",
    "lastname": "", "email": "", "company": "", "job_title": "", "is_checked_in": False,
    "is_checked_out": False, "checkin_times": "", "checkout_times": "",
    "device_name_checkin": "", "deleted": False, "server_seen_at": None, "code": "",
    "order_status": "", "is_registered": False, "register_times": "", "blocked": False,
    "valid_from": None, "valid_until": None,
}  # fmt: skip
# Plain SQL through the driver's executemany: the download writes 100,000 rows and SQLAlchemy's
# per-row parameter processing would cost more than SQLite itself (bench/RESULTS.md).
# In DO UPDATE, `attendee` is the stored row and `excluded` the new one. An attendee with outbox
# rows not yet on the server keeps its local check-in state; unchanged rows are not rewritten.
# Failed rows count too: until a person retries or discards one, the door must keep answering
# "already checked in" rather than admit the ticket a second time.
_KEEP_LOCAL = (
    "EXISTS (SELECT 1 FROM outbox WHERE outbox.attendee_id = attendee.id"
    " AND outbox.state IN ('queued', 'sending', 'failed'))"
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
    values = {**_DEFAULTS, **row}
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


def store_is_empty(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM attendee LIMIT 1").first() is None


def event_is_local(conn: Connection, event_id: str) -> bool:
    return bool(conn.execute(select(EVENT.c.is_local).where(EVENT.c.id == event_id)).scalar())


def checked_in_ids(conn: Connection, event_id: str) -> set[int]:
    """Attendees this store shows as inside (for the status refresh to confirm or correct)."""
    rows = conn.execute(
        select(A.id).where(A.event_id == event_id, A.is_checked_in.is_(True), A.deleted.is_(False))
    )
    return {int(r[0]) for r in rows}
