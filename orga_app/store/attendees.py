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
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from orga_app.core.codes import CodeKind, TicketCode
from orga_app.core.text import fold
from orga_app.core.verdict import AttendeeSummary
from orga_app.store.db import search_text_of
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
    )


def get(conn: Connection, attendee_id: int) -> AttendeeSummary | None:
    row = conn.execute(_summary_select().where(A.id == attendee_id)).first()
    return to_summary(row) if row else None


def find_by_code(conn: Connection, code: TicketCode) -> list[AttendeeSummary]:
    """Every live attendee, in any event, that a scanned or typed code may mean.

    The printed code is tried first (it covers imported lists too); then what the code's
    parts say: order + identifier-or-id, a bare id, an e-mail, or a whole order.
    """
    base = _summary_select().where(A.deleted.is_(False))
    rows = conn.execute(base.where(A.code == literal(code.text).collate("NOCASE"))).all()
    if rows:
        return [to_summary(r) for r in rows]
    condition: ColumnElement[bool] | None = None
    if code.kind is CodeKind.ORDER_ATTENDEE and code.order:
        by_suffix: list[ColumnElement[bool]] = []
        if code.identifier:
            by_suffix.append(A.identifier == code.identifier)
        if code.attendee_id is not None:
            by_suffix.append(A.id == code.attendee_id)
        if by_suffix:
            condition = and_(
                A.order_identifier == literal(code.order).collate("NOCASE"), or_(*by_suffix)
            )
    elif code.kind in (CodeKind.LEGACY, CodeKind.ATTENDEE_ID) and code.attendee_id is not None:
        condition = A.id == code.attendee_id
    elif code.kind is CodeKind.EMAIL and code.email:
        condition = A.email == literal(code.email).collate("NOCASE")
    elif code.kind is CodeKind.ORDER_ONLY and code.order:
        condition = A.order_identifier == literal(code.order).collate("NOCASE")
    if condition is None:
        return []
    return [to_summary(r) for r in conn.execute(base.where(condition).order_by(A.id)).all()]


def _unsent_exists(attendee_id: Any, states: Sequence[str] = UNSENT) -> ColumnElement[bool]:
    return exists().where(OUTBOX.c.attendee_id == attendee_id, OUTBOX.c.state.in_(states))


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _text_condition(query: str) -> tuple[ColumnElement[bool] | None, str]:
    """Substring search: trigram index for tokens of 3+ characters, LIKE for 2-character ones."""
    folded = fold(query)
    tokens = [t for t in folded.split(" ") if len(t) >= 2]
    if not tokens:
        return None, folded
    long_tokens = [t for t in tokens if len(t) >= 3]
    parts: list[ColumnElement[bool]] = []
    if long_tokens:
        match = " AND ".join(_fts_phrase(t) for t in long_tokens)
        parts.append(
            A.id.in_(
                select(text("rowid"))
                .select_from(text("attendee_fts"))
                .where(text("attendee_fts MATCH :fts_query").bindparams(fts_query=match))
            )
        )
    for token in tokens:
        if len(token) < 3:
            escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            parts.append(A.search_text.like(f"%{escaped}%", escape="\\"))
    return and_(*parts), folded


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


def _where(event_id: str, query: str, status: StatusFilter) -> tuple[list[Any], str]:
    conditions: list[Any] = [A.event_id == event_id, A.deleted.is_(False)]
    text_condition, folded = _text_condition(query)
    if text_condition is not None:
        conditions.append(text_condition)
    status_condition = _status_condition(status)
    if status_condition is not None:
        conditions.append(status_condition)
    return conditions, folded


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
    """One page of attendees; exact code or e-mail matches come first."""
    conditions, folded = _where(event_id, query, status)
    order: list[Any] = []
    if folded:
        exact = query.strip()
        order.append(
            case(
                (
                    or_(
                        A.code == literal(exact).collate("NOCASE"),
                        A.email == literal(exact).collate("NOCASE"),
                    ),
                    0,
                ),
                else_=1,
            )
        )
    sort_columns: dict[SortKey, list[Any]] = {
        SortKey.NAME: [A.lastname, A.firstname],
        SortKey.EMAIL: [A.email],
        SortKey.TICKET: [TICKET.c.name, A.lastname],
        SortKey.STATUS: [A.is_checked_in, A.lastname],
        SortKey.LAST_CHECKIN: [A.checkin_times, A.lastname],
    }
    for column in sort_columns[sort]:
        order.append(column.desc() if descending else column)
    order.append(A.id)
    stmt = _summary_select().where(*conditions).order_by(*order).offset(offset).limit(limit)
    return [to_summary(r) for r in conn.execute(stmt).all()]


def count(
    conn: Connection, event_id: str, query: str = "", status: StatusFilter = StatusFilter.ALL
) -> int:
    conditions, _ = _where(event_id, query, status)
    return int(
        conn.execute(select(func.count()).select_from(ATTENDEE).where(*conditions)).scalar_one()
    )


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
)


def _complete(row: AttendeeRow) -> dict[str, Any]:
    values: dict[str, Any] = {
        "identifier": None,
        "order_identifier": None,
        "ticket_id": None,
        "firstname": "",
        "lastname": "",
        "email": "",
        "company": "",
        "job_title": "",
        "is_checked_in": False,
        "is_checked_out": False,
        "checkin_times": "",
        "checkout_times": "",
        "device_name_checkin": "",
        "deleted": False,
        "server_seen_at": None,
        "code": "",
    }
    values.update(row)
    values["search_text"] = search_text_of(
        values["firstname"],
        values["lastname"],
        values["email"],
        values["order_identifier"],
        values["code"],
    )
    return values


def upsert(conn: Connection, rows: Iterable[AttendeeRow]) -> int:
    """Insert or update attendees in one executemany.

    The server wins for every field, except that an attendee with unsent outbox rows keeps
    its local check-in state until those rows are done (a download must never overwrite a
    check-in the server has not yet seen).
    """
    values = [_complete(r) for r in rows]
    if not values:
        return 0
    stmt = sqlite_insert(ATTENDEE)
    # Literal SQL: in ON CONFLICT ... DO UPDATE, `attendee` is the existing row, and executemany
    # allows no expanding IN parameters.
    keep_local = text(
        "EXISTS (SELECT 1 FROM outbox WHERE outbox.attendee_id = attendee.id"
        " AND outbox.state IN ('queued', 'sending'))"
    )
    set_: dict[str, Any] = {name: stmt.excluded[name] for name in _OTHER_FIELDS}
    for name in _CHECKIN_FIELDS:
        set_[name] = case((keep_local, ATTENDEE.c[name]), else_=stmt.excluded[name])
    conn.execute(stmt.on_conflict_do_update(index_elements=[ATTENDEE.c.id], set_=set_), values)
    return len(values)


def mark_missing_deleted(conn: Connection, event_id: str, seen_since: str) -> int:
    """After a complete download: attendees the server no longer returned are deleted,
    unless they have unsent check-ins (those stay until a person decides)."""
    result = conn.execute(
        update(ATTENDEE)
        .where(
            A.event_id == event_id,
            A.deleted.is_(False),
            or_(A.server_seen_at.is_(None), A.server_seen_at < seen_since),
            ~_unsent_exists(A.id),
        )
        .values(deleted=True)
    )
    return int(result.rowcount)


def event_is_local(conn: Connection, event_id: str) -> bool:
    return bool(conn.execute(select(EVENT.c.is_local).where(EVENT.c.id == event_id)).scalar())
