"""Events and tickets held locally: cached from the server, or created from a CSV list."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from orga_app.store.db import Store
from orga_app.store.models import EVENT, SYNC_STATE, TICKET


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: str
    identifier: str | None
    name: str
    starts_at: str | None
    ends_at: str | None
    timezone: str
    is_local: bool
    last_full_download_at: str | None
    # The signed-in account's role for the event (sync/openevent/access.py), None when not known.
    access_role: str | None = None
    # The server type the event lives on (core.list_rules.ServerKind value, schema v8).
    server_kind: str = "openevent"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "identifier": self.identifier,
            "name": self.name,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
            "local": self.is_local,
            "role": self.access_role,
            "server_type": self.server_kind,
        }


def _info(m: Any) -> EventInfo:
    return EventInfo(
        m["id"],
        m["identifier"],
        m["name"],
        m["starts_at"],
        m["ends_at"],
        m["timezone"],
        bool(m["is_local"]),
        m["last_full_download_at"],
        m["access_role"],
        m["server_kind"],
    )


def get(conn: Connection, event_id: str) -> EventInfo | None:
    row = conn.execute(select(EVENT).where(EVENT.c.id == event_id)).first()
    return _info(row._mapping) if row else None


def all_events(conn: Connection) -> list[EventInfo]:
    rows = conn.execute(select(EVENT).order_by(EVENT.c.starts_at.desc(), EVENT.c.name)).all()
    return [_info(r._mapping) for r in rows]


def read_all_events(store: Store) -> list[EventInfo]:
    """Every event held locally, in its own read transaction (for work run off the GUI thread)."""
    with store.read() as conn:
        return all_events(conn)


def _upsert(
    conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]], fields: tuple[str, ...]
) -> None:
    """Insert or update by primary key `id`, the server's values winning for `fields`."""
    values = [dict(r) for r in rows]
    if not values:
        return
    stmt = sqlite_insert(table)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[table.c.id], set_={f: stmt.excluded[f] for f in fields}
        ),
        values,
    )


def upsert_events(conn: Connection, events: Iterable[Mapping[str, Any]]) -> None:
    _upsert(conn, EVENT, events, ("identifier", "name", "starts_at", "ends_at", "timezone"))


def upsert_tickets(conn: Connection, tickets: Iterable[Mapping[str, Any]]) -> None:
    fields = ("event_id", "name", "type", "is_checkin_restricted", "auto_checkin_enabled")
    _upsert(conn, TICKET, tickets, fields)


def create_local_event(conn: Connection, name: str) -> str:
    """A serverless event (from a CSV list). Its id can never collide with a server's ids."""
    event_id = f"local-{secrets.token_hex(4)}"
    conn.execute(EVENT.insert().values(id=event_id, name=name, is_local=True))
    return event_id


def set_full_download(conn: Connection, event_id: str, at: str) -> None:
    conn.execute(EVENT.update().where(EVENT.c.id == event_id).values(last_full_download_at=at))


def sync_state(conn: Connection, event_id: str) -> dict[str, Any]:
    row = conn.execute(select(SYNC_STATE).where(SYNC_STATE.c.event_id == event_id)).first()
    if row is None:
        return {
            "event_id": event_id,
            "last_upload_at": None,
            "last_download_at": None,
            "last_error": None,
            "uploaded": 0,
            "downloaded": 0,
            "paused_reason": None,
        }
    return dict(row._mapping)


def update_sync_state(conn: Connection, event_id: str, **values: Any) -> None:
    stmt = sqlite_insert(SYNC_STATE).values(event_id=event_id, **values)
    conn.execute(
        stmt.on_conflict_do_update(index_elements=[SYNC_STATE.c.event_id], set_=values)
        if values
        else stmt.on_conflict_do_nothing()
    )
