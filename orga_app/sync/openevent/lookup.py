"""Look one ticket code up on an Open Event server now (issue 15: "a ticket sold after the last
download"). The door offers it when a code shaped like this event's tickets is not in the local
list and the server is reachable: one filtered attendee request, the match (if any) stored like
a downloaded attendee, and the door scans the code again from the store as usual.

Only an attendee whose own ticket code is exactly the scanned one is kept: the filter narrows
by the attendee part, the code's order part must match too (a guessed suffix finds nobody).
"""

from __future__ import annotations

from orga_app.core.codes import CodeKind, MalformedCode, parse_code, ticket_code
from orga_app.store import attendees as attendee_queries
from orga_app.store.db import Store
from orga_app.sync.lookup import LookupOutcome
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.download import attendee_row, utc_iso
from orga_app.sync.openevent.records import AttendeeRecord

# A code names one attendee; a few rows leave room for legacy ids that repeat across events.
_PAGE = 5


def _filters(code: str) -> list[dict[str, object]] | None:
    try:
        parsed = parse_code(code)
    except MalformedCode:
        return None
    if parsed.kind is CodeKind.ORDER_ATTENDEE and parsed.identifier:
        return [{"name": "identifier", "op": "eq", "val": parsed.identifier}]
    if parsed.kind in (CodeKind.ORDER_ATTENDEE, CodeKind.LEGACY) and parsed.attendee_id:
        return [{"name": "id", "op": "eq", "val": parsed.attendee_id}]
    return None


def _code_of(record: AttendeeRecord) -> str:
    if not record.order_identifier:
        return ""
    return ticket_code(record.order_identifier, record.identifier, record.id).lower()


def _matches(record: AttendeeRecord, code: str) -> bool:
    parsed = parse_code(code)
    if parsed.kind is CodeKind.LEGACY:
        order = (record.order_identifier or "").lower()
        return record.id == parsed.attendee_id and order == (parsed.order or "").lower()
    return _code_of(record) == parsed.text.lower()


def look_up_code(client: OpenEventClient, store: Store, event_id: str, code: str) -> LookupOutcome:
    """Ask the server for the event's attendee with this ticket code and keep it locally.
    Raises the client's ApiError subclasses for network and server trouble."""
    filters = _filters(code)
    if filters is None:
        return LookupOutcome.CANNOT_LOOK_UP
    page = client.attendees_page(event_id, 1, _PAGE, filters=filters)
    found = [r for r in page.items if _matches(r, code) and not r.deleted]
    if not found:
        return LookupOutcome.NOT_ON_SERVER
    seen_at = utc_iso()
    with store.write() as conn:
        attendee_queries.upsert(conn, [attendee_row(r, event_id, seen_at) for r in found])
    return LookupOutcome.FOUND
