"""A pretix event's store for the benchmarks: N order positions (secrets of 32 characters, as
pretix makes them; 15 % VIP) and two check-in lists, the door scanning for "Main entrance"
(all products, pending orders admitted); "VIP lounge" admits VIP only.

Used by bench_checkin.py (not a benchmark of its own).
"""

from __future__ import annotations

import random
import string
from pathlib import Path

from orga_app.core.list_rules import CheckinListRules, ServerKind
from orga_app.store import attendees, door_lists
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.door_lists import CheckinListRow, pretix_event_id
from orga_app.store.events import upsert_events, upsert_tickets

EVENT = pretix_event_id("bench", "door2026")
STANDARD, VIP = 1, 2
MAIN, LOUNGE = 1, 2
_SECRET_CHARS = string.ascii_lowercase + string.digits


def make_positions(n: int, rng: random.Random) -> tuple[list[AttendeeRow], list[str]]:
    """N positions and the secrets of the Standard ones."""
    rows: list[AttendeeRow] = []
    standard: list[str] = []
    for i in range(1, n + 1):
        secret = "".join(rng.choice(_SECRET_CHARS) for _ in range(32))
        item = VIP if rng.random() < 0.15 else STANDARD
        if item == STANDARD:
            standard.append(secret)
        rows.append(
            AttendeeRow(
                id=i,
                event_id=EVENT,
                identifier=None,
                order_identifier=f"{rng.getrandbits(25):07X}"[:5],
                ticket_id=item,
                firstname=f"Given{i}",
                lastname=f"Family{i % 997}",
                email=f"person{i}@example.org",
                code=secret,
                order_status="paid",
            )
        )
    return rows, standard


def make_pretix_store(path: Path, n: int) -> tuple[Store, str, list[str]]:
    """The store, the event id and the Standard tickets' secrets; the door's list is MAIN."""
    store = Store(path)
    rows, standard = make_positions(n, random.Random(11))
    with store.write() as conn:
        upsert_events(conn, [{"id": EVENT, "name": "Bench", "timezone": "UTC"}])
        upsert_tickets(
            conn,
            [
                {"id": STANDARD, "event_id": EVENT, "name": "Standard"},
                {"id": VIP, "event_id": EVENT, "name": "VIP"},
            ],
        )
        door_lists.set_server_kind(conn, EVENT, ServerKind.PRETIX)
        door_lists.replace_checkin_lists(
            conn,
            EVENT,
            [
                CheckinListRow(CheckinListRules(MAIN, "Main entrance", include_pending=True)),
                CheckinListRow(
                    CheckinListRules(
                        LOUNGE, "VIP lounge", all_products=False, products=frozenset({VIP})
                    )
                ),
            ],
        )
        door_lists.choose_door_list(conn, EVENT, MAIN)
    for start in range(0, len(rows), 5000):
        with store.write() as conn:
            attendees.upsert(conn, rows[start : start + 5000])
    return store, EVENT, standard
