"""pretix-type events in the store: check-in lists, the door's chosen list, revoked secrets.

An event on a pretix or eventyay-tickets server (`event.server_kind`) is judged against one
check-in list per door (core/list_rules.py). The download (sync/pretix) writes the lists and
the revoked secrets here; sign-in writes the door's choice; a scan reads all of it in its own
transaction through `scan_context` and `ticket_facts` (plain SQL: the scan is the hot path).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from orga_app.core.list_checkin import DoorList
from orga_app.core.list_rules import (
    CheckinListRules,
    Direction,
    ServerKind,
    TicketFacts,
    parse_products,
)
from orga_app.store import list_state
from orga_app.store.models import CHECKIN_LIST, DOOR_LIST, EVENT, REVOKED_SECRET

log = logging.getLogger("orga_app.store")

# A server sends at most this many product ids per list worth keeping; more is hostile.
MAX_LIST_PRODUCTS = 10_000


def pretix_event_id(organizer: str, event_slug: str) -> str:
    """The local id of a pretix event: organizer and event slug (slugs are unique per
    organizer only, and one account may reach several organizers)."""
    return f"{organizer}/{event_slug}"


def split_event_id(event_id: str) -> tuple[str, str]:
    """(organizer, event slug) of a pretix event id; ValueError for any other id."""
    organizer, sep, slug = event_id.partition("/")
    if not sep or not organizer or not slug or "/" in slug:
        raise ValueError(f"not a pretix event id: {event_id!r}")
    return organizer, slug


@dataclass(frozen=True, slots=True)
class CheckinListRow:
    """A check-in list as the store keeps it (see models.CheckinList)."""

    rules: CheckinListRules
    subevent_id: int | None = None

    def values(self, event_id: str) -> dict[str, object]:
        r = self.rules
        products = ",".join(str(p) for p in sorted(r.products)[:MAX_LIST_PRODUCTS])
        return {
            "event_id": event_id,
            "id": r.id,
            "name": r.name,
            "all_products": r.all_products,
            "limit_products": products,
            "include_pending": r.include_pending,
            "allow_multiple_entries": r.allow_multiple_entries,
            "allow_entry_after_exit": r.allow_entry_after_exit,
            "has_rules": r.has_rules,
            "subevent_id": self.subevent_id,
        }


def _rules(row: Mapping[Any, Any]) -> CheckinListRules:
    return CheckinListRules(
        id=int(row["id"]),
        name=str(row["name"]),
        all_products=bool(row["all_products"]),
        products=parse_products(str(row["limit_products"])),
        include_pending=bool(row["include_pending"]),
        allow_multiple_entries=bool(row["allow_multiple_entries"]),
        allow_entry_after_exit=bool(row["allow_entry_after_exit"]),
        has_rules=bool(row["has_rules"]),
    )


def server_kind(conn: Connection, event_id: str) -> ServerKind:
    value = conn.execute(select(EVENT.c.server_kind).where(EVENT.c.id == event_id)).scalar()
    return ServerKind.parse(value)


def set_server_kind(conn: Connection, event_id: str, kind: ServerKind) -> None:
    conn.execute(EVENT.update().where(EVENT.c.id == event_id).values(server_kind=kind.value))


def replace_checkin_lists(conn: Connection, event_id: str, lists: Iterable[CheckinListRow]) -> None:
    """The event's lists as the server has them now: lists gone from the server are dropped
    (a door whose list vanished must choose again rather than judge by a stale copy)."""
    rows = [row.values(event_id) for row in lists]
    keep = [int(str(r["id"])) for r in rows]
    conn.execute(
        delete(CHECKIN_LIST).where(
            CHECKIN_LIST.c.event_id == event_id, CHECKIN_LIST.c.id.not_in(keep)
        )
    )
    if rows:
        stmt = sqlite_insert(CHECKIN_LIST)
        fields = [c for c in rows[0] if c not in ("event_id", "id")]
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[CHECKIN_LIST.c.event_id, CHECKIN_LIST.c.id],
                set_={f: stmt.excluded[f] for f in fields},
            ),
            rows,
        )
    door = conn.execute(
        select(DOOR_LIST.c.list_id).where(DOOR_LIST.c.event_id == event_id)
    ).scalar()
    if door is not None and door not in keep:
        log.warning("check-in list %s of event %s is gone from the server", door, event_id)
        conn.execute(delete(DOOR_LIST).where(DOOR_LIST.c.event_id == event_id))


def checkin_lists(conn: Connection, event_id: str) -> list[CheckinListRules]:
    rows = conn.execute(
        select(CHECKIN_LIST)
        .where(CHECKIN_LIST.c.event_id == event_id)
        .order_by(CHECKIN_LIST.c.name, CHECKIN_LIST.c.id)
    ).all()
    return [_rules(r._mapping) for r in rows]


def choose_door_list(
    conn: Connection, event_id: str, list_id: int, direction: Direction = Direction.ENTRY
) -> DoorList:
    """This door scans for `list_id` (one of the event's stored lists) in `direction`.

    Raises LookupError for a list the store does not hold for the event.
    """
    found = conn.execute(
        select(CHECKIN_LIST).where(
            CHECKIN_LIST.c.event_id == event_id, CHECKIN_LIST.c.id == list_id
        )
    ).first()
    if found is None:
        raise LookupError(f"event {event_id} has no check-in list {list_id}")
    before = door_list_id(conn, event_id)
    stmt = sqlite_insert(DOOR_LIST).values(
        event_id=event_id, list_id=list_id, direction=direction.value
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[DOOR_LIST.c.event_id],
            set_={"list_id": list_id, "direction": direction.value},
        )
    )
    if (
        before is not None
        and before != list_id
        and not list_state.show_list(conn, event_id, list_id)
    ):
        # The store holds only the old list's state (downloaded before schema v11): the rows
        # would show it as the new list's. A full download is due at once (the pull job's rule).
        log.warning("event %s switched to list %s: a full download is needed", event_id, list_id)
        conn.execute(
            EVENT.update().where(EVENT.c.id == event_id).values(last_full_download_at=None)
        )
    return DoorList(_rules(found._mapping), direction)


_DOOR_SQL = (
    "SELECT l.id, l.name, l.all_products, l.limit_products, l.include_pending,"
    " l.allow_multiple_entries, l.allow_entry_after_exit, l.has_rules, d.direction"
    " FROM door_list d JOIN checkin_list l ON l.event_id = d.event_id AND l.id = d.list_id"
    " WHERE d.event_id = ?"
)


def door_list(conn: Connection, event_id: str) -> DoorList | None:
    """The list this door scans for in the event, or None while none is chosen."""
    row = conn.exec_driver_sql(_DOOR_SQL, (event_id,)).first()
    if row is None:
        return None
    m = row._mapping
    try:
        direction = Direction(m["direction"])
    except ValueError:
        direction = Direction.ENTRY
    return DoorList(_rules(m), direction)


def door_list_id(conn: Connection, event_id: str) -> int | None:
    """The id of the list this door scans for (what a pretix download and upload need)."""
    value = conn.execute(
        select(DOOR_LIST.c.list_id).where(DOOR_LIST.c.event_id == event_id)
    ).scalar()
    return int(value) if value is not None else None


def replace_revoked_secrets(conn: Connection, event_id: str, secrets: Iterable[str]) -> int:
    """The event's revoked secrets, as a complete list from the server."""
    conn.execute(delete(REVOKED_SECRET).where(REVOKED_SECRET.c.event_id == event_id))
    return add_revoked_secrets(conn, event_id, secrets)


def add_revoked_secrets(conn: Connection, event_id: str, secrets: Iterable[str]) -> int:
    """Add secrets revoked since the last download (an incremental refresh)."""
    rows = [{"event_id": event_id, "secret": s} for s in {s for s in secrets if s}]
    if rows:
        conn.execute(sqlite_insert(REVOKED_SECRET).on_conflict_do_nothing(), rows)
    return len(rows)


# One query for what a scan needs of the event: its server type and the door's list, if any
# (store/repository.py reads the same row with a few more event columns in front).
SCAN_CONTEXT_COLUMNS_SQL = (
    "e.server_kind, l.id, l.name, l.all_products, l.limit_products, l.include_pending,"
    " l.allow_multiple_entries, l.allow_entry_after_exit, l.has_rules, d.direction"
)
SCAN_CONTEXT_FROM_SQL = (
    " FROM event e LEFT JOIN door_list d ON d.event_id = e.id"
    " LEFT JOIN checkin_list l ON l.event_id = d.event_id AND l.id = d.list_id WHERE e.id = ?"
)
_SCAN_SQL = "SELECT " + SCAN_CONTEXT_COLUMNS_SQL + SCAN_CONTEXT_FROM_SQL
REVOKED_SQL = "SELECT 1 FROM revoked_secret WHERE event_id = ? AND secret = ?"
_FACTS_SQL = (
    "SELECT ticket_id, order_status, blocked, valid_from, valid_until, checkin_times,"
    " is_checked_in FROM attendee WHERE id = ?"
)


def scan_context(conn: Connection, event_id: str) -> tuple[ServerKind, DoorList | None]:
    """The event's server type and the door's chosen list (None: none chosen, or Open Event)."""
    row = conn.exec_driver_sql(_SCAN_SQL, (event_id,)).first()
    return scan_context_of(None if row is None else row._mapping)


def scan_context_of(m: Mapping[Any, Any] | None) -> tuple[ServerKind, DoorList | None]:
    """scan_context from a row holding SCAN_CONTEXT_COLUMNS_SQL (None: no such event)."""
    if m is None:
        return ServerKind.OPEN_EVENT, None
    kind = ServerKind.parse(m["server_kind"])
    if not kind.uses_checkin_lists or m["id"] is None:
        return kind, None
    try:
        direction = Direction(m["direction"])
    except ValueError:
        direction = Direction.ENTRY
    return kind, DoorList(_rules(m), direction)


def is_revoked(conn: Connection, event_id: str, secret: str) -> bool:
    # Secrets are case-sensitive on the server: an exact match only.
    return conn.exec_driver_sql(REVOKED_SQL, (event_id, secret)).first() is not None


def _instant(value: str | None) -> datetime | None:
    """A stored ISO time; an unreadable one counts as none (the server judges at upload)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def ticket_facts(conn: Connection, attendee_id: int) -> TicketFacts | None:
    row = conn.exec_driver_sql(_FACTS_SQL, (attendee_id,)).first()
    if row is None:
        return None
    return ticket_facts_of(*row)


def ticket_facts_of(
    item: int | None,
    status: str | None,
    blocked: object,
    valid_from: str | None,
    valid_until: str | None,
    entries: str | None,
    inside: object,
) -> TicketFacts:
    """TicketFacts from the attendee columns _FACTS_SQL reads, in that order."""
    return TicketFacts(
        item_id=item,
        order_status=status or "",
        blocked=bool(blocked),
        valid_from=_instant(valid_from),
        valid_until=_instant(valid_until),
        has_entered=bool(entries),
        inside=bool(inside),
    )
