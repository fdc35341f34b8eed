"""The server's badge layouts of an event and which ticket type prints with which (schema v13).

Layouts are kept as the server sent them (JSON text) and parsed when a badge is printed, so the
door prints offline and a better parser needs no new download. A background (an image, or a PDF
on pretix) is downloaded once: a download that finds the same address keeps the stored bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select

from orga_app.store.db import Store
from orga_app.store.models import BADGE_LAYOUT, BADGE_LAYOUT_TICKET

L = BADGE_LAYOUT.c
T = BADGE_LAYOUT_TICKET.c

# Bounds on what a server can make this door keep (the sync layer checks before it stores).
MAX_FORM_CHARS = 256 * 1024
MAX_BACKGROUND_BYTES = 4 * 1024 * 1024
MAX_LAYOUTS = 200


@dataclass(frozen=True, slots=True)
class StoredLayout:
    key: str
    origin: str  # "openevent", "pretix"
    form: str  # the server's JSON
    name: str = ""
    is_default: bool = False
    background_url: str | None = None
    background: bytes | None = None


@dataclass(frozen=True, slots=True)
class LayoutChoice:
    """What a ticket type prints with: a server layout, or None for the door's own layout;
    `no_badge` when the server says this ticket type gets no badge at all."""

    layout: StoredLayout | None
    no_badge: bool = False


def _stored(m: Any) -> StoredLayout:
    background = m["background"]
    return StoredLayout(
        key=str(m["key"]),
        origin=str(m["origin"]),
        form=str(m["form"]),
        name=str(m["name"] or ""),
        is_default=bool(m["is_default"]),
        background_url=m["background_url"] if isinstance(m["background_url"], str) else None,
        background=bytes(background) if isinstance(background, bytes | memoryview) else None,
    )


def backgrounds(conn: Connection, event_id: str) -> dict[str, bytes]:
    """The backgrounds held for the event, by the address they came from (not fetched again)."""
    rows = conn.execute(
        select(L.background_url, L.background).where(
            L.event_id == event_id, L.background_url.is_not(None), L.background.is_not(None)
        )
    ).all()
    return {str(url): bytes(data) for url, data in rows}


def replace_layouts(
    conn: Connection,
    event_id: str,
    layouts: Iterable[StoredLayout],
    ticket_layouts: Mapping[int, str | None],
) -> int:
    """The event's layouts and ticket assignments become these (one download's answer, in the
    caller's transaction: a badge printed meanwhile sees the old set or the new, never half)."""
    kept = [
        layout
        for layout in list(layouts)[:MAX_LAYOUTS]
        if len(layout.form) <= MAX_FORM_CHARS
        and (layout.background is None or len(layout.background) <= MAX_BACKGROUND_BYTES)
    ]
    conn.execute(delete(BADGE_LAYOUT).where(L.event_id == event_id))
    conn.execute(delete(BADGE_LAYOUT_TICKET).where(T.event_id == event_id))
    if kept:
        conn.execute(
            BADGE_LAYOUT.insert(),
            [
                {
                    "event_id": event_id,
                    "key": layout.key,
                    "origin": layout.origin,
                    "name": layout.name,
                    "is_default": layout.is_default,
                    "form": layout.form,
                    "background_url": layout.background_url,
                    "background": layout.background,
                }
                for layout in {layout.key: layout for layout in kept}.values()
            ],
        )
    if ticket_layouts:
        conn.execute(
            BADGE_LAYOUT_TICKET.insert(),
            [
                {"event_id": event_id, "ticket_id": ticket_id, "layout_key": key}
                for ticket_id, key in ticket_layouts.items()
            ],
        )
    return len(kept)


def layouts(conn: Connection, event_id: str) -> list[StoredLayout]:
    rows = conn.execute(select(BADGE_LAYOUT).where(L.event_id == event_id).order_by(L.key)).all()
    return [_stored(r._mapping) for r in rows]


def choice_for_ticket(conn: Connection, event_id: str, ticket_id: int | None) -> LayoutChoice:
    """The ticket type's own layout; else the event's default layout (pretix prints a product
    without an assignment with the default); else the door's own layout (None)."""
    if ticket_id is not None:
        assigned = conn.execute(
            select(T.layout_key).where(T.event_id == event_id, T.ticket_id == ticket_id)
        ).first()
        if assigned is not None:
            if assigned[0] is None:
                return LayoutChoice(None, no_badge=True)
            row = conn.execute(
                select(BADGE_LAYOUT).where(L.event_id == event_id, L.key == assigned[0])
            ).first()
            if row is not None:
                return LayoutChoice(_stored(row._mapping))
    row = conn.execute(
        select(BADGE_LAYOUT).where(L.event_id == event_id, L.is_default.is_(True)).limit(1)
    ).first()
    return LayoutChoice(_stored(row._mapping) if row is not None else None)


# ----- for the UI and the command line: each call is its own transaction (the query layer)


def read_choice(store: Store, event_id: str, ticket_id: int | None) -> LayoutChoice:
    with store.read() as conn:
        return choice_for_ticket(conn, event_id, ticket_id)


def read_layouts(store: Store, event_id: str) -> list[StoredLayout]:
    with store.read() as conn:
        return layouts(conn, event_id)
