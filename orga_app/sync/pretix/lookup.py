"""Look one ticket code up on a pretix or eventyay-tickets server now (a ticket sold after the
last download): the server's search on the door's check-in list (client.search_positions), the
position whose secret is exactly the scanned code stored like a downloaded one, and the door
scans the code again from the store as usual.

The search matches secrets by prefix (and names, e-mails, order codes): only an exact secret is
kept, so a partial or guessed code finds nobody.
"""

from __future__ import annotations

from orga_app.store import attendees as attendee_queries
from orga_app.store import door_lists, list_state
from orga_app.store.db import Store
from orga_app.sync.lookup import LookupOutcome
from orga_app.sync.pretix.client import PretixClient
from orga_app.sync.pretix.download import event_slug, utc_iso
from orga_app.sync.pretix.rows import attendee_row, passages

# The servers search only from 3 characters on (pretix/API.md); real secrets are far longer.
MIN_QUERY = 3


def look_up_code(client: PretixClient, store: Store, event_id: str, code: str) -> LookupOutcome:
    """Ask the server for the position with this secret on the door's list and keep it.
    Raises the client's ApiError subclasses for network and server trouble."""
    with store.read() as conn:
        list_id = door_lists.door_list_id(conn, event_id)
    code = code.strip()
    if list_id is None or len(code) < MIN_QUERY:
        return LookupOutcome.CANNOT_LOOK_UP
    # Secrets are case-sensitive on the server: an exact match only.
    found = [
        p
        for p in client.search_positions(event_slug(event_id), list_id, code)
        if p.secret == code and not p.canceled
    ]
    if not found:
        return LookupOutcome.NOT_ON_SERVER
    rows = [attendee_row(p, event_id=event_id, list_id=list_id) for p in found]
    seen_at = utc_iso()
    for row in rows:
        row["server_seen_at"] = seen_at
    with store.write() as conn:
        attendee_queries.upsert(conn, rows)
        # The search shows the door's list's check-ins only: that list's passages are known.
        list_state.replace_passages(conn, event_id, {p.id: passages(p) for p in found})
    return LookupOutcome.FOUND
