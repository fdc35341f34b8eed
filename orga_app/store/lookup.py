"""The scan path's questions: which attendees a code may mean, was it cancelled, is the
attendee's check-in on the server yet. Plain pre-written SQL (summaries.LIVE_SUMMARY_SQL)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from orga_app.core.codes import CodeKind, TicketCode
from orga_app.core.verdict import AttendeeSummary
from orga_app.store.models import EVENT
from orga_app.store.outbox import NOT_ON_SERVER, REFUSED, WAITING, states_sql
from orga_app.store.summaries import LIVE_SUMMARY_SQL, to_summary

# The conditions a code is matched by, after LIVE_SUMMARY_SQL (or the scan's wider select in
# store/repository.py, which reads the same rows with a few more columns).
CODE_MATCH = "a.code = ? COLLATE NOCASE"
_ORDER_AND_IDENT = "a.order_identifier = ? COLLATE NOCASE AND (a.identifier = ? OR a.id = ?)"
# Pre-2017 tickets, "<order identifier>/<attendee id>": the order must match too.
_ORDER_AND_ID = "a.order_identifier = ? COLLATE NOCASE AND a.id = ?"
_ONE_ID = "a.id = ?"
EMAIL_MATCH = "a.email = ? COLLATE NOCASE ORDER BY a.id"
_WHOLE_ORDER = "a.order_identifier = ? COLLATE NOCASE ORDER BY a.id"
BY_CODE = LIVE_SUMMARY_SQL + CODE_MATCH
BY_EMAIL = LIVE_SUMMARY_SQL + EMAIL_MATCH
HAS_UNSENT_SQL = (
    f"SELECT 1 FROM outbox WHERE attendee_id = ? AND state IN ({states_sql(NOT_ON_SERVER)}) LIMIT 1"
)
_UNSENT_COUNTS = (
    f"SELECT coalesce(sum(state IN ({states_sql(WAITING)})), 0),"
    f" coalesce(sum(state IN ({states_sql(REFUSED)})), 0)"
    " FROM outbox WHERE attendee_id = ?"
)


CANCELLED_SQL = "SELECT 1 FROM attendee WHERE code = ? COLLATE NOCASE AND deleted = 1 LIMIT 1"


def cancelled(conn: Connection, code: TicketCode) -> bool:
    """Was this printed code an attendee the server has since removed (cancelled, refunded)?"""
    row = conn.exec_driver_sql(CANCELLED_SQL, (code.text,)).first()
    return row is not None


def fallback_match(code: TicketCode, *, typed: bool) -> tuple[str, tuple[object, ...]] | None:
    """When the printed code matched nobody: the condition (after LIVE_SUMMARY_SQL) and its
    parameters that the code's parts call for, or None when there is nothing more to try."""
    if code.kind is CodeKind.ORDER_ATTENDEE and code.order:
        attendee_id = code.attendee_id if code.attendee_id is not None else 0
        return _ORDER_AND_IDENT, (code.order, code.identifier or "", attendee_id)
    if code.kind is CodeKind.LEGACY and code.order and code.attendee_id is not None:
        return _ORDER_AND_ID, (code.order, code.attendee_id)
    if code.kind is CodeKind.ORDER_ONLY and code.order:
        return _WHOLE_ORDER, (code.order,)
    if typed and code.kind is CodeKind.ATTENDEE_ID and code.attendee_id is not None:
        return _ONE_ID, (code.attendee_id,)
    if typed and code.kind is CodeKind.EMAIL and code.email:
        return EMAIL_MATCH, (code.email,)
    return None


def find_by_code(
    conn: Connection, code: TicketCode, *, typed: bool = True
) -> list[AttendeeSummary]:
    """Every live attendee, in any event, that a scanned or typed code may mean.

    The printed code is tried first (it covers imported lists too); then what the code's
    parts say: order + identifier-or-id, or a whole order. A bare attendee id or e-mail
    address is looked up only when a person `typed` it: attendee ids are sequential and
    e-mails are no secret, so a QR code made of either must not open the door.
    """
    rows = conn.exec_driver_sql(BY_CODE, (code.text,)).all()
    if not rows:
        fallback = fallback_match(code, typed=typed)
        if fallback is not None:
            condition, params = fallback
            rows = conn.exec_driver_sql(LIVE_SUMMARY_SQL + condition, params).all()
    return [to_summary(r) for r in rows]


def has_unsent(conn: Connection, attendee_id: int) -> bool:
    """Does the attendee have a check-in or check-out the server does not have (outbox
    NOT_ON_SERVER)? Refused rows count: a verdict must not claim the server has them."""
    return conn.exec_driver_sql(HAS_UNSENT_SQL, (attendee_id,)).first() is not None


def unsent_counts(conn: Connection, attendee_id: int) -> tuple[int, int]:
    """The attendee's rows not on the server: (waiting to upload, refused by the server)."""
    waiting, refused = conn.exec_driver_sql(_UNSENT_COUNTS, (attendee_id,)).one()
    return int(waiting), int(refused)


def event_is_local(conn: Connection, event_id: str) -> bool:
    return bool(conn.execute(select(EVENT.c.is_local).where(EVENT.c.id == event_id)).scalar())
