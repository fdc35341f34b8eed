"""Every check-in list's state of a pretix-type event, so a door can switch lists offline.

pretix keeps an append-only log of entries and exits per check-in list; an attendee row holds
the door's list only (its check-in columns, see sync/pretix/rows.py). The download also keeps
each position's passages on EVERY list here (`list_checkin`, schema v11). When the door then
switches lists, `show_list` rebuilds the attendee rows' check-in columns for the new list from
those passages plus this door's own scans on that list (the outbox rows carry their list):
at once, without the network. Until a complete full download has filled the table the store
cannot know the other lists' state, and the switch asks for a full download instead.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from orga_app.core.times import parse_stamp
from orga_app.store.models import (
    ATTENDEE,
    EVENT,
    LIST_CHECKIN,
    OUTBOX,
    OutboxAction,
    OutboxState,
)

log = logging.getLogger("orga_app.store")

ENTRY = "entry"
EXIT = "exit"
_EARLIEST = datetime.min.replace(tzinfo=UTC)
# SQLite's variable limit: ids go in chunks.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Passage:
    """One entry or exit on one list (`at` None: the server gave no readable time)."""

    type: str  # ENTRY or EXIT
    at: datetime | None
    device: str


def door_state(passages: Iterable[Passage]) -> dict[str, Any]:
    """The attendee's check-in columns for one list: inside when the last passage is an
    entry; that list's entry and exit times (oldest first) and the entries' devices."""
    ordered = sorted(passages, key=lambda p: p.at or _EARLIEST)
    entries = [p for p in ordered if p.type == ENTRY and p.at is not None]
    exits = [p for p in ordered if p.type == EXIT and p.at is not None]
    last = ordered[-1] if ordered else None
    return {
        "is_checked_in": last is not None and last.type == ENTRY,
        "is_checked_out": last is not None and last.type == EXIT,
        "checkin_times": ",".join(p.at.isoformat() for p in entries if p.at is not None),
        "checkout_times": ",".join(p.at.isoformat() for p in exits if p.at is not None),
        "device_name_checkin": ",".join(p.device for p in entries),
    }


def replace_passages(
    conn: Connection, event_id: str, by_attendee: Mapping[int, Sequence[tuple[int, Passage]]]
) -> None:
    """These attendees' passages on every list, as the server sent them now: (list id,
    passage) each. Attendees not in the mapping keep theirs."""
    ids = list(by_attendee)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        conn.execute(delete(LIST_CHECKIN).where(LIST_CHECKIN.c.attendee_id.in_(chunk)))
    rows = [
        {
            "event_id": event_id,
            "attendee_id": attendee_id,
            "list_id": list_id,
            "type": p.type,
            "at": p.at.isoformat(),
            "device": p.device,
        }
        for attendee_id, passages in by_attendee.items()
        for list_id, p in passages
        if p.at is not None  # the table keeps times; a timeless passage counts for nothing
    ]
    if rows:
        conn.execute(LIST_CHECKIN.insert(), rows)


def set_complete(conn: Connection, event_id: str) -> None:
    """A complete full download filled every position's passages."""
    conn.execute(EVENT.update().where(EVENT.c.id == event_id).values(list_checkins_complete=True))


def is_complete(conn: Connection, event_id: str) -> bool:
    found = conn.execute(
        select(EVENT.c.list_checkins_complete).where(EVENT.c.id == event_id)
    ).scalar()
    return bool(found)


def _server_passages(conn: Connection, event_id: str, list_id: int) -> dict[int, list[Passage]]:
    found: dict[int, list[Passage]] = defaultdict(list)
    c = LIST_CHECKIN.c
    rows = conn.execute(
        select(c.attendee_id, c.type, c.at, c.device).where(
            c.event_id == event_id, c.list_id == list_id
        )
    ).all()
    for attendee_id, kind, at, device in rows:
        found[int(attendee_id)].append(Passage(str(kind), parse_stamp(str(at)), str(device)))
    return found


def _second(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


def _add_own_scans(
    conn: Connection, event_id: str, list_id: int, passages: dict[int, list[Passage]]
) -> None:
    """This door's scans on the list: those the server does not have yet, and uploaded ones a
    download has not brought back yet (an uploaded scan keeps its scan time on the server, so
    one already there is recognised by type and second)."""
    rows = conn.execute(
        select(OUTBOX.c.attendee_id, OUTBOX.c.action, OUTBOX.c.scanned_at, OUTBOX.c.device_name)
        .where(
            OUTBOX.c.event_id == event_id,
            OUTBOX.c.list_id == list_id,
            OUTBOX.c.state != OutboxState.DISCARDED.value,
        )
        .order_by(OUTBOX.c.id)
    ).all()  # fmt: skip
    for attendee_id, action, scanned_at, device in rows:
        kind = EXIT if action == OutboxAction.CHECK_OUT.value else ENTRY
        at = parse_stamp(str(scanned_at))
        known = passages[int(attendee_id)]
        if any(p.type == kind and _second(p.at) == _second(at) for p in known):
            continue
        known.append(Passage(kind, at, str(device)))


def show_list(conn: Connection, event_id: str, list_id: int) -> bool:
    """Rebuild every attendee row's check-in columns for `list_id`; False (nothing changed)
    while the store does not hold every list's passages (see module text)."""
    if not is_complete(conn, event_id):
        return False
    passages = _server_passages(conn, event_id, list_id)
    _add_own_scans(conn, event_id, list_id, passages)
    conn.execute(
        ATTENDEE.update()
        .where(ATTENDEE.c.event_id == event_id)
        .values(door_state(()))
    )  # fmt: skip
    # Bound names differ from the columns' (SQLAlchemy reserves those for its own SET).
    updates = [
        {"attendee": a, **{f"new_{k}": v for k, v in door_state(p).items()}}
        for a, p in passages.items()
        if p
    ]
    if updates:
        conn.execute(
            ATTENDEE.update()
            .where(ATTENDEE.c.id == bindparam("attendee"), ATTENDEE.c.event_id == event_id)
            .values({k: bindparam(f"new_{k}") for k in door_state(())}),
            updates,
        )
    log.info("door of %s now shows list %s (%d attendees with passages)", event_id, list_id,
             len(updates))  # fmt: skip
    return True
