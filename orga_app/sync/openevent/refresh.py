"""The cheap periodic refresh that shows other doors' check-ins (DESIGN.md "Download").

A full attendee download of a large event takes seconds (5,000 attendees: about 5 s on the real
server), too slow to run every few seconds. The refresh asks only for who is checked in, with
sparse fields (the real server answers the 300 checked-in of 5,000 in about 0.3 s), and each
page's ETag lets an unchanged page come back as a bodiless 304. People this door shows as inside
whom that list no longer holds (checked out at another door) are then read by id, a handful at
a time. Attendees with unsent local rows keep their local state (store.update_checkin_state).

The answers are awaited without the sync lock, so a slow server never holds back a push of new
check-ins; they are written under it, leaving out attendees whose check-in was uploaded after
the reading began (store.uploaded_since): the answer may show them as before that upload.

Station check-ins (stations.py) set ``is-registered``, not ``is-checked-in``: on a server
that told this app the account's role (the real one) the refresh also asks for registrations
and counts them as checked in, as a download does; a server without those fields refuses the
request (400), and is then asked without them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from orga_app.store import attendees as attendee_queries
from orga_app.store.db import Store
from orga_app.sync.errors import ClientDataError, IncompleteListError
from orga_app.sync.openevent import access
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.records import AttendeeRecord
from orga_app.sync.openevent.stations import checkin_lists, counts_as_checked_in

# The columns a status refresh asks for: check-in state only, no names, no includes.
STATUS_FIELDS = (
    "is-checked-in",
    "checkin-times",
    "is-checked-out",
    "checkout-times",
    "device-name-checkin",
)
CHECKED_IN: Sequence[Mapping[str, object]] = ({"name": "is_checked_in", "op": "eq", "val": True},)
REGISTRATION_FIELDS = ("is-registered", "register-times")
CHECKED_IN_OR_REGISTERED: Sequence[Mapping[str, object]] = (
    {"or": [dict(CHECKED_IN[0]), {"name": "is_registered", "op": "eq", "val": True}]},
)
# Ids per request when reading people who left the checked-in list: keeps URLs short.
_IDS_PER_REQUEST = 100
# A server whose "next" link never ends must not keep a refresh running forever.
_MAX_PAGES = 1000


class StatusRefresher:
    def __init__(
        self,
        store: Store,
        client: OpenEventClient,
        page_size: int = 2000,
        write_lock: threading.Lock | None = None,
    ) -> None:
        self._store = store
        self._client = client
        self._page_size = page_size
        # The engine's upload lock, held only while the answers are written.
        self._write_lock = write_lock or threading.Lock()
        # (event, page number) → (ETag, whether a next page existed, the page's attendees)
        self._pages: dict[tuple[str, int], tuple[str, bool, tuple[AttendeeRecord, ...]]] = {}
        self._registrations = True  # False once the server refused the registration fields

    def _asks_registrations(self, event_id: str) -> bool:
        if not self._registrations:
            return False
        # A server that told this app the account's role knows registrations; so does one whose
        # list carried a registration (else the by-id re-read below would undo it).
        with self._store.read() as conn:
            if access.stored_role(conn, event_id) is not None:
                return True
            registered = conn.exec_driver_sql(
                "SELECT 1 FROM attendee WHERE event_id = ? AND is_registered = 1 LIMIT 1",
                (event_id,),
            ).first()
            return registered is not None

    def run(self, event_id: str) -> int:
        """Returns how many attendees' check-in state was rewritten. Raises ApiError."""
        if not self._asks_registrations(event_id):
            return self._run(event_id, STATUS_FIELDS, CHECKED_IN)
        try:
            return self._run(
                event_id, STATUS_FIELDS + REGISTRATION_FIELDS, CHECKED_IN_OR_REGISTERED
            )
        except ClientDataError:
            self._registrations = False
            self._pages.clear()
            return self._run(event_id, STATUS_FIELDS, CHECKED_IN)

    def _run(
        self,
        event_id: str,
        fields: Sequence[str],
        inside_filter: Sequence[Mapping[str, object]],
    ) -> int:
        started = datetime.now(UTC).isoformat(timespec="microseconds")  # before any request
        found = self._checked_in(event_id, fields, inside_filter)
        with self._store.read() as conn:
            shown_inside = attendee_queries.checked_in_ids(conn, event_id)
        left = sorted(shown_inside - {r.id for r in found})
        for start in range(0, len(left), _IDS_PER_REQUEST):
            ids = left[start : start + _IDS_PER_REQUEST]
            page = self._client.attendees_page(
                event_id, 1, len(ids), fields=fields,
                filters=[{"name": "id", "op": "in_", "val": ids}],
            )  # fmt: skip
            found.extend(page.items)
        return self._apply(found, started)

    def _checked_in(
        self,
        event_id: str,
        fields: Sequence[str],
        inside_filter: Sequence[Mapping[str, object]],
    ) -> list[AttendeeRecord]:
        """Every attendee the server has checked in, page by page, 304s answered from memory."""
        found: list[AttendeeRecord] = []
        seen: set[int] = set()
        for number in range(1, _MAX_PAGES + 1):
            key = (event_id, number)
            known = self._pages.get(key)
            page = self._client.attendees_page(
                event_id, number, self._page_size, fields=fields, filters=inside_filter,
                etag=known[0] if known else None,
            )  # fmt: skip
            if page.not_modified and known is not None:
                has_next, items = known[1], known[2]
            else:
                has_next, items = page.has_next, page.items
            ids = {r.id for r in items}
            if number > 1 and ids and ids <= seen:
                # the same page again (page[number] ignored): it would loop to _MAX_PAGES
                # every few seconds, and a cached ETag must not keep the loop alive either
                self._pages.pop(key, None)
                raise IncompleteListError(detail=f"page {number} repeats earlier pages")
            seen |= ids
            if page.etag:
                self._pages[key] = (page.etag, has_next, items)
            found.extend(items)
            if not has_next:
                break
        return found

    def _apply(self, records: Sequence[AttendeeRecord], started: str) -> int:
        if not records:
            return 0
        with self._write_lock, self._store.write() as conn:
            fresh = attendee_queries.uploaded_since(conn, [r.id for r in records], started)
            # the same state a download writes: a station registration counts as checked in
            states = [_state(r) for r in records if r.id not in fresh]
            return attendee_queries.update_checkin_state(conn, states) if states else 0


def _state(r: AttendeeRecord) -> tuple[int, bool, bool, str, str, str]:
    times, devices = checkin_lists(r)
    return (r.id, counts_as_checked_in(r), r.is_checked_out, times, r.checkout_times, devices)
