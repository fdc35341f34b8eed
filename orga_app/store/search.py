"""Search as you type over one event's attendees: substring, case- and accent-insensitive, through
the FTS5 trigram index (schema v2/v4), with status filters, sorting and pages."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, literal, select, text

from orga_app.core.text import fold, fold_name
from orga_app.core.verdict import AttendeeSummary
from orga_app.store.lookup import BY_CODE, BY_EMAIL
from orga_app.store.models import ATTENDEE, OUTBOX, TICKET
from orga_app.store.outbox import REFUSED, WAITING, states_sql
from orga_app.store.summaries import SUMMARY_SELECT_SQL, summary_select, to_summary

A = ATTENDEE.c


class StatusFilter(StrEnum):
    ALL = "all"
    CHECKED_IN = "checked_in"
    NOT_CHECKED_IN = "not_checked_in"
    PENDING = "pending"  # a row WAITING to upload
    FAILED = "failed"  # a row the server REFUSED


class SortKey(StrEnum):
    NAME = "name"
    EMAIL = "email"
    TICKET = "ticket"
    STATUS = "status"
    LAST_CHECKIN = "last_checkin"
    ORDER = "order"


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


def _outbox_sql(states: tuple[str, ...]) -> str:
    return (
        " AND EXISTS (SELECT 1 FROM outbox o WHERE o.attendee_id = a.id"
        f" AND o.state IN ({states_sql(states)}))"
    )


# SQL for the status filters, on the attendee alias `a`.
_STATUS_SQL: dict[StatusFilter, str] = {
    StatusFilter.ALL: "",
    StatusFilter.CHECKED_IN: " AND a.is_checked_in = 1",
    StatusFilter.NOT_CHECKED_IN: " AND a.is_checked_in = 0",
    StatusFilter.PENDING: _outbox_sql(WAITING),
    StatusFilter.FAILED: _outbox_sql(REFUSED),
}
# Hits in name order straight from the index (its rowid is attendee.name_key): SQLite walks
# the index's own order and stops once the page is full, however many attendees match.
_BY_NAME_FROM_INDEX = (
    SUMMARY_SELECT_SQL + " FROM attendee_fts f CROSS JOIN attendee a ON a.name_key = f.rowid"
    " LEFT JOIN ticket t ON t.id = a.ticket_id"
    " WHERE f.attendee_fts MATCH ? AND a.event_id = ? AND a.deleted = 0{status}{exclude}"
    " ORDER BY f.rowid {direction} LIMIT ? OFFSET ?"
)
_COUNT_FROM_INDEX = (
    "SELECT count(*) FROM (SELECT 1 FROM attendee_fts f CROSS JOIN attendee a"
    " ON a.name_key = f.rowid WHERE f.attendee_fts MATCH ? AND a.event_id = ?"
    " AND a.deleted = 0{status} LIMIT ?)"
)


def _outbox_exists(states: tuple[str, ...]) -> ColumnElement[bool]:
    return exists().where(OUTBOX.c.attendee_id == A.id, OUTBOX.c.state.in_(states))


def _status_condition(status: StatusFilter) -> ColumnElement[bool] | None:
    if status is StatusFilter.CHECKED_IN:
        return A.is_checked_in.is_(True)
    if status is StatusFilter.NOT_CHECKED_IN:
        return A.is_checked_in.is_(False)
    if status is StatusFilter.PENDING:
        return _outbox_exists(WAITING)
    if status is StatusFilter.FAILED:
        return _outbox_exists(REFUSED)
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
    SortKey.ORDER: (A.order_identifier, A.lastname),
}


def _exact_matches(conn: Connection, event_id: str, needle: str) -> list[AttendeeSummary]:
    rows = [*conn.exec_driver_sql(BY_CODE, (needle,)), *conn.exec_driver_sql(BY_EMAIL, (needle,))]
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
        summary_select().where(*conditions).order_by(*order).offset(rest_offset).limit(rest_limit)
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
