"""The outbox: check-ins and check-outs waiting for the server. Rows are never deleted silently."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from orga_app.store.models import ATTENDEE, OUTBOX, OutboxAction, OutboxState

OB = OUTBOX.c

# What an outbox row's state says about the server, declared once: the door's "pending" tick,
# the attendee page, the counts, the filters and the download's "keep the local state" rule all
# use these, so no two views can disagree about whether the server has a check-in.
# WAITING rows go up on their own (queued, or in flight when a crash may have cut them off).
WAITING: tuple[str, ...] = (OutboxState.QUEUED.value, OutboxState.SENDING.value)
# REFUSED rows stay until a person retries or discards them (the problems list).
REFUSED: tuple[str, ...] = (OutboxState.FAILED.value,)
# The server does not have these: a verdict must not say "synced", a download must not
# overwrite the local check-in state, signing out would leave them behind.
NOT_ON_SERVER: tuple[str, ...] = WAITING + REFUSED


def states_sql(states: Sequence[str]) -> str:
    """The states as an SQL list for plain, pre-written statements: `'queued', 'sending'`.
    Only OutboxState values ever reach it, so quoting them is safe."""
    return ", ".join(f"'{OutboxState(state).value}'" for state in states)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    nonce: str
    event_id: str
    attendee_id: int
    action: OutboxAction
    scanned_at: str
    device_name: str
    state: OutboxState
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    created_at: str
    done_at: str | None
    # The check-in list the door judged the scan against (pretix-type events), None otherwise.
    list_id: int | None = None


def _row(m: Any) -> OutboxRow:
    return OutboxRow(
        m["id"],
        m["nonce"],
        m["event_id"],
        m["attendee_id"],
        OutboxAction(m["action"]),
        m["scanned_at"],
        m["device_name"],
        OutboxState(m["state"]),
        m["attempts"],
        m["next_attempt_at"],
        m["last_error"],
        m["created_at"],
        m["done_at"],
        m["list_id"],
    )


def enqueue(
    conn: Connection,
    event_id: str,
    attendee_id: int,
    action: OutboxAction,
    scanned_at: str,
    device_name: str,
    *,
    list_id: int | None = None,
    nonce: str | None = None,
) -> str:
    """Queue one scan; `list_id` is the check-in list it was judged against (pretix-type
    events), so that it goes up to that list even if the door switches lists meanwhile.
    `nonce`: the scan's own when it was sent once already (an online check that got no
    answer): the upload must be the same scan for the server, never a second one."""
    nonce = nonce or str(uuid.uuid4())
    conn.execute(
        OUTBOX.insert().values(
            nonce=nonce,
            event_id=event_id,
            attendee_id=attendee_id,
            action=action.value,
            scanned_at=scanned_at,
            device_name=device_name,
            state=OutboxState.QUEUED.value,
            created_at=scanned_at,
            list_id=list_id,
        )
    )
    return nonce


def unsent(conn: Connection, event_id: str | None = None) -> list[OutboxRow]:
    """Queued and in-flight rows, oldest first (a crash can leave rows in `sending`)."""
    stmt = select(OUTBOX).where(OB.state.in_(WAITING))
    if event_id is not None:
        stmt = stmt.where(OB.event_id == event_id)
    return [_row(r._mapping) for r in conn.execute(stmt.order_by(OB.id)).all()]


def set_state(
    conn: Connection,
    row_id: int,
    state: OutboxState,
    *,
    error: str | None = None,
    at: str | None = None,
    next_attempt_at: str | None = None,
    count_attempt: bool = False,
) -> None:
    values: dict[str, Any] = {
        "state": state.value,
        "last_error": error,
        "next_attempt_at": next_attempt_at,
    }
    if state is OutboxState.DONE:
        values["done_at"] = at
    if count_attempt:
        values["attempts"] = OB.attempts + 1
    conn.execute(update(OUTBOX).where(OB.id == row_id).values(**values))


def claim(conn: Connection, row_id: int, state: OutboxState, attempts: int) -> bool:
    """Take a row for sending: only if it is still as it was read (state and attempts), so two
    uploaders on one store can never both send it."""
    result = conn.execute(
        update(OUTBOX)
        .where(OB.id == row_id, OB.state == state.value, OB.attempts == attempts)
        .values(state=OutboxState.SENDING.value, attempts=OB.attempts + 1)
    )
    return result.rowcount == 1


def retry(conn: Connection, row_ids: Sequence[int]) -> int:
    """A person decided to send failed rows again."""
    result = conn.execute(
        update(OUTBOX)
        .where(OB.id.in_(row_ids), OB.state == OutboxState.FAILED.value)
        .values(state=OutboxState.QUEUED.value, next_attempt_at=None)
    )
    return int(result.rowcount)


def discard(conn: Connection, row_ids: Sequence[int]) -> int:
    """A person decided a failed row will never be sent. It stays, marked discarded."""
    result = conn.execute(
        update(OUTBOX)
        .where(OB.id.in_(row_ids), OB.state == OutboxState.FAILED.value)
        .values(state=OutboxState.DISCARDED.value)
    )
    return int(result.rowcount)


def pending_events(conn: Connection) -> list[str]:
    stmt = select(OB.event_id).where(OB.state.in_(WAITING)).distinct()
    return [r[0] for r in conn.execute(stmt).all()]


def count_unsent(conn: Connection, event_id: str) -> int:
    """Rows of the event WAITING to upload (not the refused ones: those wait for a person)."""
    stmt = (
        select(func.count())
        .select_from(OUTBOX)
        .where(OB.event_id == event_id, OB.state.in_(WAITING))
    )
    return int(conn.execute(stmt).scalar_one())


def count_not_uploaded(conn: Connection) -> int:
    """Check-ins of any event in this store that the server does not have: waiting, being
    sent, or refused and not yet discarded (what signing out would leave behind)."""
    stmt = select(func.count()).select_from(OUTBOX).where(OB.state.in_(NOT_ON_SERVER))
    return int(conn.execute(stmt).scalar_one())


def problems(conn: Connection, event_id: str) -> list[tuple[OutboxRow, str]]:
    """Failed rows with the attendee's name, for the problems view."""
    stmt = (
        select(OUTBOX, (ATTENDEE.c.firstname + " " + ATTENDEE.c.lastname).label("who"))
        .select_from(OUTBOX.outerjoin(ATTENDEE, ATTENDEE.c.id == OB.attendee_id))
        .where(OB.event_id == event_id, OB.state == OutboxState.FAILED.value)
        .order_by(OB.id)
    )
    return [(_row(r._mapping), r._mapping["who"] or "") for r in conn.execute(stmt).all()]
