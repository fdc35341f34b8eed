"""Badge print jobs and the attendee's printed flag (schema v12, issue 12).

A print is recorded like a check-in: the attendee's flag, the job's state and (for an Open Event
event) an outbox row for the server's print log are written in ONE transaction, so "printed"
can never be on the badge and missing from the store, or the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, exists, func, select, update

from orga_app.core.codes import TicketCode
from orga_app.store import lookup, outbox
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, BADGE_JOB, EVENT, TICKET, OutboxAction

J = BADGE_JOB.c
A = ATTENDEE.c


class JobState(StrEnum):
    QUEUED = "queued"  # asked for, not yet handed to the printer
    PRINTED = "printed"  # the spooler took it
    HELD = "held"  # the printer could not take it: waits for a person to retry
    CANCELLED = "cancelled"  # a person gave up on it; kept, like discarded outbox rows


@dataclass(frozen=True, slots=True)
class BadgeJobRow:
    id: int
    event_id: str
    attendee_id: int
    state: JobState
    printer: str
    problem: str | None
    requested_at: str
    printed_at: str | None
    attempts: int


@dataclass(frozen=True, slots=True)
class BadgeSubject:
    """What a badge shows and what decides whether it prints, read in one query."""

    attendee_id: int
    event_id: str
    event_name: str
    firstname: str
    lastname: str
    company: str
    job_title: str
    email: str
    code: str
    ticket_id: int | None
    ticket_name: str
    printed_before: bool
    server_kind: str
    is_local_event: bool


def _job(m: Any) -> BadgeJobRow:
    return BadgeJobRow(
        m["id"],
        m["event_id"],
        m["attendee_id"],
        JobState(m["state"]),
        m["printer"],
        m["problem"],
        m["requested_at"],
        m["printed_at"],
        m["attempts"],
    )


def _printed_here(event_id: Any, attendee_id: Any) -> Any:
    return exists().where(
        J.event_id == event_id, J.attendee_id == attendee_id, J.state == JobState.PRINTED.value
    )


def subject(conn: Connection, attendee_id: int) -> BadgeSubject | None:
    stmt = (
        select(
            A.id,
            A.event_id,
            EVENT.c.name.label("event_name"),
            A.firstname,
            A.lastname,
            A.company,
            A.job_title,
            A.email,
            A.code,
            A.ticket_id,
            func.coalesce(TICKET.c.name, "").label("ticket_name"),
            (A.is_badge_printed | _printed_here(A.event_id, A.id)).label("printed_before"),
            EVENT.c.server_kind,
            EVENT.c.is_local,
        )
        .select_from(
            ATTENDEE.join(EVENT, EVENT.c.id == A.event_id).outerjoin(
                TICKET, TICKET.c.id == A.ticket_id
            )
        )
        .where(A.id == attendee_id)
    )
    row = conn.execute(stmt).first()
    if row is None:
        return None
    m = row._mapping
    return BadgeSubject(
        m["id"],
        m["event_id"],
        m["event_name"] or "",
        m["firstname"] or "",
        m["lastname"] or "",
        m["company"] or "",
        m["job_title"] or "",
        m["email"] or "",
        m["code"] or "",
        m["ticket_id"],
        m["ticket_name"] or "",
        bool(m["printed_before"]),
        m["server_kind"],
        bool(m["is_local"]),
    )


def add_job(conn: Connection, event_id: str, attendee_id: int, printer: str, at: str) -> int:
    result = conn.execute(
        BADGE_JOB.insert().values(
            event_id=event_id,
            attendee_id=attendee_id,
            state=JobState.QUEUED.value,
            printer=printer,
            requested_at=at,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def job(conn: Connection, job_id: int) -> BadgeJobRow | None:
    row = conn.execute(select(BADGE_JOB).where(J.id == job_id)).first()
    return _job(row._mapping) if row is not None else None


def record_printed(
    conn: Connection,
    job_id: int,
    at: str,
    device_name: str,
    *,
    log_on_server: bool,
) -> None:
    """The printer took the badge: the job, the attendee's flag and (where the server keeps a
    print log) the outbox row that tells it, in the caller's one transaction."""
    current = job(conn, job_id)
    if current is None:
        return
    conn.execute(
        update(BADGE_JOB)
        .where(J.id == job_id)
        .values(state=JobState.PRINTED.value, printed_at=at, problem=None, attempts=J.attempts + 1)
    )
    conn.execute(
        update(ATTENDEE)
        .where(A.id == current.attendee_id)
        .values(is_badge_printed=True, badge_printed_at=at)
    )
    if log_on_server:
        outbox.enqueue(
            conn, current.event_id, current.attendee_id, OutboxAction.BADGE_PRINTED, at, device_name
        )


def hold(conn: Connection, job_id: int, printer: str, problem: str) -> None:
    conn.execute(
        update(BADGE_JOB)
        .where(J.id == job_id)
        .values(
            state=JobState.HELD.value, printer=printer, problem=problem, attempts=J.attempts + 1
        )
    )


def requeue_held(conn: Connection, event_id: str | None = None) -> list[int]:
    """A person asked to retry: held jobs go back to queued; their ids, oldest first."""
    stmt = select(J.id).where(J.state == JobState.HELD.value)
    if event_id is not None:
        stmt = stmt.where(J.event_id == event_id)
    ids = [int(r[0]) for r in conn.execute(stmt.order_by(J.id)).all()]
    if ids:
        conn.execute(update(BADGE_JOB).where(J.id.in_(ids)).values(state=JobState.QUEUED.value))
    return ids


def cancel_held(conn: Connection, job_ids: list[int]) -> int:
    result = conn.execute(
        update(BADGE_JOB)
        .where(J.id.in_(job_ids), J.state == JobState.HELD.value)
        .values(state=JobState.CANCELLED.value)
    )
    return int(result.rowcount)


def jobs(conn: Connection, event_id: str, *states: JobState) -> list[BadgeJobRow]:
    stmt = select(BADGE_JOB).where(J.event_id == event_id)
    if states:
        stmt = stmt.where(J.state.in_([s.value for s in states]))
    return [_job(r._mapping) for r in conn.execute(stmt.order_by(J.id)).all()]


def unfinished(conn: Connection) -> list[BadgeJobRow]:
    """Jobs left queued (the app closed before the printer took them): the spooler starts
    with these."""
    stmt = select(BADGE_JOB).where(J.state == JobState.QUEUED.value).order_by(J.id)
    return [_job(r._mapping) for r in conn.execute(stmt).all()]


# ----- for the UI and the command line: each call is its own transaction (the query layer)


def subjects_by_code(store: Store, event_id: str, code: TicketCode) -> list[BadgeSubject]:
    """The badge subjects of this event that a typed ticket code means (the CLI's argument)."""
    with store.read() as conn:
        found = [a.id for a in lookup.find_by_code(conn, code) if a.event_id == event_id]
        subjects = [subject(conn, attendee_id) for attendee_id in found]
    return [s for s in subjects if s is not None]


def subject_of(store: Store, attendee_id: int) -> BadgeSubject | None:
    with store.read() as conn:
        return subject(conn, attendee_id)


def event_jobs(store: Store, event_id: str, *states: JobState) -> list[BadgeJobRow]:
    with store.read() as conn:
        return jobs(conn, event_id, *states)
