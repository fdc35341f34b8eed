"""The demo server's resource types: attributes and columns, and SQL rows → JSON:API resources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orga_app.demo.query import Collection, PageRequest

# (JSON:API attribute, column, kind, writable); kinds: s = string, b = boolean, i = id as string
ATTENDEE_ATTRS: list[tuple[str, str, str, bool]] = [
    ("firstname", "firstname", "s", True),
    ("lastname", "lastname", "s", True),
    ("email", "email", "s", True),
    ("company", "company", "s", True),
    ("job-title", "job_title", "s", True),
    ("city", "city", "s", True),
    ("country", "country", "s", True),
    ("identifier", "identifier", "s", False),
    ("ticket-id", "ticket_id", "i", False),
    ("is-checked-in", "is_checked_in", "b", True),
    ("checkin-times", "checkin_times", "s", True),
    ("is-checked-out", "is_checked_out", "b", True),
    ("checkout-times", "checkout_times", "s", True),
    ("device-name-checkin", "device_name_checkin", "s", True),
    ("attendee-notes", "attendee_notes", "s", True),
    ("is-registered", "is_registered", "b", True),
    ("register-times", "register_times", "s", False),
    ("is-badge-printed", "is_badge_printed", "b", True),
    ("badge-printed-at", "badge_printed_at", "s", True),
    ("deleted-at", "deleted_at", "s", False),
]
ORDER_ATTRS = [
    ("identifier", "identifier", "s"),
    ("status", "status", "s"),
    ("amount", "amount", "n"),
    ("created-at", "created_at", "s"),
    ("completed-at", "completed_at", "s"),
]
TICKET_ATTRS = [
    ("name", "name", "s"),
    ("type", "type", "s"),
    ("price", "price", "n"),
    ("quantity", "quantity", "n"),
    ("is-checkin-restricted", "is_checkin_restricted", "b"),
    ("auto-checkin-enabled", "auto_checkin_enabled", "b"),
    ("position", "position", "n"),
]
EVENT_ATTRS = [
    ("identifier", "identifier", "s"),
    ("name", "name", "s"),
    ("starts-at", "starts_at", "s"),
    ("ends-at", "ends_at", "s"),
    ("timezone", "timezone", "s"),
    ("state", "state", "s"),
    ("location-name", "location_name", "s"),
    ("logo-url", "logo_url", "s"),
    ("deleted-at", "deleted_at", "s"),
]
_ATTENDEE_COLUMNS = {dashed: column for dashed, column, _, _ in ATTENDEE_ATTRS} | {"id": "id"}
ATTENDEES = Collection(
    "attendee",
    "attendees",
    _ATTENDEE_COLUMNS,
    relationships={
        "order": ("orders", "order_id", {d: c for d, c, _ in ORDER_ATTRS} | {"id": "id"}),
        "ticket": ("tickets", "ticket_id", {d: c for d, c, _ in TICKET_ATTRS} | {"id": "id"}),
    },
    attribute_names=[d for d, _, _, _ in ATTENDEE_ATTRS] + ["pdf-url"],
    relationship_names=["event", "ticket", "order", "user"],
    includable=["order", "ticket", "event"],
)
EVENTS = Collection(
    "event",
    "events",
    {d: c for d, c, _ in EVENT_ATTRS} | {"id": "id"},
    attribute_names=[d for d, _, _ in EVENT_ATTRS],
    relationship_names=["tickets", "attendees"],
)
STATION_ATTRS = [
    ("station-name", "station_name", "s"),
    ("station-type", "station_type", "s"),
]
STATIONS = Collection(
    "station",
    "stations",
    {d: c for d, c, _ in STATION_ATTRS} | {"id": "id"},
    attribute_names=[d for d, _, _ in STATION_ATTRS],
    relationship_names=["event", "microlocation"],
)
TICKETS = Collection(
    "ticket",
    "tickets",
    {d: c for d, c, _ in TICKET_ATTRS} | {"id": "id"},
    attribute_names=[d for d, _, _ in TICKET_ATTRS],
    relationship_names=["event"],
)
_A_COLS = ", ".join(f"a.{c}" for _, c, _, _ in ATTENDEE_ATTRS)
_O_COLS = ", ".join(f"o.{c}" for _, c, _ in ORDER_ATTRS)
_T_COLS = ", ".join(f"t.{c}" for _, c, _ in TICKET_ATTRS)
# row layout: a.id, a.event_id, a.order_id, attendee attrs..., o.id, order attrs..., t attrs...
# (*_START: the index where each part's attributes begin in such a row)
ATTENDEE_SELECT = f"a.id, a.event_id, a.order_id, {_A_COLS}, o.id, {_O_COLS}, {_T_COLS}"
ATTENDEE_START = 3
ORDER_START = ATTENDEE_START + len(ATTENDEE_ATTRS) + 1
TICKET_START = ORDER_START + len(ORDER_ATTRS)


def _value(kind: str, raw: Any) -> Any:
    if kind == "b":
        return bool(raw)
    if kind == "i":
        return None if raw is None else str(raw)
    return raw


def plain_resource(
    kind: str, rid: Any, attrs: list[tuple[str, str, str]], row: tuple[Any, ...], start: int
) -> dict[str, Any]:
    return {
        "type": kind,
        "id": str(rid),
        "attributes": {name: _value(k, row[start + i]) for i, (name, _, k) in enumerate(attrs)},
        "links": {"self": f"/v1/{kind}s/{rid}"},
    }


ATTENDEE_RELATIONSHIPS = ["event", "ticket", "order", "user"]


def attendee_builder(page: PageRequest, base_url: str) -> Callable[[Any], dict[str, Any]]:
    """A fast row → resource function for one request (fields and includes decided once)."""
    keep = page.fields.get("attendee")
    picks = [
        (name, ATTENDEE_START + i, kind)
        for i, (name, _, kind, _) in enumerate(ATTENDEE_ATTRS)
        if keep is None or name in keep
    ]
    want_pdf = keep is None or "pdf-url" in keep
    rels = [r for r in ATTENDEE_RELATIONSHIPS if keep is None or r in keep]
    include = set(page.include)

    def build(row: Any) -> dict[str, Any]:
        rid = row[0]
        attributes = {}
        for name, index, kind in picks:
            raw = row[index]
            attributes[name] = (
                bool(raw) if kind == "b" else (str(raw) if kind == "i" and raw is not None else raw)
            )
        if want_pdf:
            attributes["pdf-url"] = f"{base_url}/v1/attendees/{row[ATTENDEE_START + 7] or rid}.pdf"
        relationships = {}
        for rel in rels:
            entry: dict[str, Any] = {
                "links": {
                    "self": f"/v1/attendees/{rid}/relationships/{rel}",
                    "related": f"/v1/attendees/{rid}/{rel}",
                }
            }
            if rel in include:
                target = {"order": row[2], "ticket": row[ATTENDEE_START + 8], "event": row[1]}[rel]
                entry["data"] = {"type": rel, "id": str(target)}
            relationships[rel] = entry
        return {
            "type": "attendee",
            "id": str(rid),
            "attributes": attributes,
            "relationships": relationships,
            "links": {"self": f"/v1/attendees/{rid}"},
        }

    return build
