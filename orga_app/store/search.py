"""Search as you type over one event's attendees: substring, case- and accent-insensitive, through
the FTS5 trigram index (schema v2/v4), with status filters, sorting and pages.

The keystroke path (name order, the attendee page's default) runs plain SQL on the driver's
connection and builds summaries by position: SQLAlchemy's statement building and by-name row
mapping cost more than SQLite's own work for a page of 200 (bench/bench_search.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, literal, select, text

from orga_app.core.text import fold, fold_name
from orga_app.core.verdict import AttendeeSummary
from orga_app.store.lookup import BY_CODE, BY_EMAIL
from orga_app.store.models import ATTENDEE, OUTBOX, TICKET
from orga_app.store.outbox import REFUSED, WAITING, states_sql
from orga_app.store.summaries import (
    SUMMARY_SELECT_SQL,
    summary_of_tuple,
    summary_select,
    to_summary,
)

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


def _tokens(query: str) -> list[str]:
    """The query's words that filter: folded, 2+ characters (one character filters nothing)."""
    return [t for t in fold(query).split(" ") if len(t) >= 2]


def _match_expression(conn: Connection, query: str) -> str | None:
    """The FTS5 MATCH for a query (substring search, any token of 2+ characters, case- and
    accent-insensitive); None when the query filters nothing. Raises _NoMatchError."""
    return _match_of_tokens(conn, _tokens(query))


def _match_of_tokens(conn: Connection, tokens: Sequence[str]) -> str | None:
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
# Every live attendee in name order, for a query that filters nothing (empty, one character):
# the same order as the SQLAlchemy path's (lastname, firstname, id), on ix_attendee_event_name.
_BY_NAME_ALL = (
    SUMMARY_SELECT_SQL + " FROM attendee a LEFT JOIN ticket t ON t.id = a.ticket_id"
    " WHERE a.event_id = ? AND a.deleted = 0{status}{exclude}"
    " ORDER BY a.lastname {direction}, a.firstname {direction}, a.id {direction}"
    " LIMIT ? OFFSET ?"
)
# A two-character word cannot be looked up in a trigram index: it becomes the OR of every
# indexed trigram that starts with it, and listing those (fts5vocab) counts each one's documents,
# 2-5 ms for a common pair ('an', 'le', 'ex') over 100,000 attendees. A common pair is
# cheaper to find by walking the first NAME_WINDOW attendees in name_key order (the trigram
# index's own rowid order, so the page is the same) and testing each one's search text. A
# window with a full page is the answer; otherwise the pair is rare and its terms are cheap
# to list. Break-even measured on 100,000 attendees: a window row ~0.7 us, a counted document
# ~50 ns, so a pair in fewer than ~15% of attendees goes to the index.
NAME_WINDOW = 1500
# Which pairs try the window first (see _common): vocab counting costs ~45 ns a document, a
# window row ~0.5 us, so a pair in under a fifth of the attendees is cheaper from the index.
SAMPLE_ROWS = 300
COMMON_SHARE = 0.2
_WINDOW_EDGE = "SELECT name_key FROM attendee ORDER BY name_key {direction} LIMIT 1 OFFSET ?"
_BY_NAME_IN_WINDOW = (
    SUMMARY_SELECT_SQL + " FROM attendee a INDEXED BY ix_attendee_name_key"
    " LEFT JOIN ticket t ON t.id = a.ticket_id"
    " WHERE {window}a.event_id = ? AND a.deleted = 0{contains}{status}{exclude}"
    " ORDER BY a.name_key {direction} LIMIT ? OFFSET ?"
)
_INDEX_PAUSED = "SELECT 1 FROM search_index_paused"
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


def _exact_matches(db: sqlite3.Connection, event_id: str, needle: str) -> list[AttendeeSummary]:
    rows = [*db.execute(BY_CODE, (needle,)), *db.execute(BY_EMAIL, (needle,))]
    found: dict[int, AttendeeSummary] = {}
    for row in rows:
        summary = summary_of_tuple(row)
        if summary.event_id == event_id:
            found.setdefault(summary.id, summary)
    return list(found.values())


def _driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under `conn`, inside the same transaction (snapshot)."""
    db = conn.connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    return db


def _id_list(ids: Sequence[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


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
    db = _driver(conn)
    tokens = _tokens(query)
    needle = query.strip()
    exact = (
        _exact_matches(db, event_id, needle)
        if len(needle) >= 3 and status is StatusFilter.ALL
        else []
    )
    head = exact[offset : offset + limit]
    rest_offset, rest_limit = max(0, offset - len(exact)), limit - len(head)
    if rest_limit <= 0:
        return head
    excluded = [a.id for a in exact]
    if sort is SortKey.NAME:
        try:
            rows = _by_name(
                conn, db, event_id, tokens, status, excluded, descending, rest_offset, rest_limit
            )
        except _NoMatchError:
            return []
        page = [summary_of_tuple(r) for r in rows]
        if tokens:
            # The index orders by the first 6 letters of the name; finish the page's order here.
            page.sort(key=_name_order, reverse=descending)
        return head + page
    try:
        match = _match_of_tokens(conn, tokens)
    except _NoMatchError:
        return []
    conditions = _where(event_id, match, status)
    if excluded:
        conditions.append(A.id.not_in(excluded))
    order = [c.desc() if descending else c for c in _SORT_COLUMNS[sort]]
    order.append(A.id.desc() if descending else A.id)
    stmt = (
        summary_select().where(*conditions).order_by(*order).offset(rest_offset).limit(rest_limit)
    )
    return head + [to_summary(r) for r in conn.execute(stmt).all()]


def _by_name(
    conn: Connection,
    db: sqlite3.Connection,
    event_id: str,
    tokens: list[str],
    status: StatusFilter,
    excluded: list[int],
    descending: bool,
    offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """A page in name order as driver rows (SUMMARY_SELECT_SQL). Raises _NoMatchError."""
    direction = "DESC" if descending else "ASC"
    exclude = f" AND a.id NOT IN ({_id_list(excluded)})" if excluded else ""
    filters = {"status": _STATUS_SQL[status], "exclude": exclude, "direction": direction}
    if not tokens:
        sql = _BY_NAME_ALL.format(**filters)
        return db.execute(sql, (event_id, limit, offset)).fetchall()
    if (
        any(len(t) < 3 for t in tokens)
        and db.execute(_INDEX_PAUSED).fetchone() is None
        and _common(db, tokens)
    ):
        rows = _by_name_in_window(db, event_id, tokens, filters, offset, limit)
        if rows is not None:
            return rows
    match = _match_of_tokens(conn, tokens)
    sql = _BY_NAME_FROM_INDEX.format(**filters)
    return db.execute(sql, (match, event_id, limit, offset)).fetchall()


def _common(db: sqlite3.Connection, tokens: list[str]) -> bool:
    """Do the words look common enough for the window? Tested on the first SAMPLE_ROWS
    attendees in id (download) order, which unlike name order does not cluster a surname:
    a pair in fewer than COMMON_SHARE of them is cheap to list from the index (few documents
    to count) and would rarely fill a page from the window ('jo', 'mu', 'pe' spent 1,500 window
    rows and then the index: 5-7 ms of CPU in bench_search at load 10)."""
    contains = " AND ".join("instr(search_text, ?) > 0" for _ in tokens)
    hits, seen = db.execute(
        f"SELECT coalesce(sum({contains}), 0), count(*)"
        " FROM (SELECT search_text FROM attendee LIMIT ?)",
        (*tokens, SAMPLE_ROWS),
    ).fetchone()
    return bool(seen) and hits >= COMMON_SHARE * seen


def _by_name_in_window(
    db: sqlite3.Connection,
    event_id: str,
    tokens: list[str],
    filters: dict[str, str],
    offset: int,
    limit: int,
) -> list[tuple[Any, ...]] | None:
    """The page from the first NAME_WINDOW attendees in name_key order, or None when they do
    not fill it (the rest of the list may hold more hits: the caller asks the index).

    The window is a prefix of the index's rowid order and each row is tested for every word
    as a substring of the same search text the index holds, so a full page here is the page
    the index gives. Not while the index is paused (a bulk download): it misses new rows then,
    and a page from here followed by one from the index would skip or repeat attendees.
    """
    direction = filters["direction"]
    edge = db.execute(_WINDOW_EDGE.format(direction=direction), (NAME_WINDOW - 1,)).fetchone()
    window = "" if edge is None else f"a.name_key {'>=' if direction == 'DESC' else '<='} ? AND "
    contains = "".join(" AND instr(a.search_text, ?) > 0" for _ in tokens)
    sql = _BY_NAME_IN_WINDOW.format(window=window, contains=contains, **filters)
    params: list[Any] = [] if edge is None else [edge[0]]
    params += [event_id, *tokens, limit, offset]
    rows = db.execute(sql, params).fetchall()
    if len(rows) < limit and edge is not None:
        return None
    return rows


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
