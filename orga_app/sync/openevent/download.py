"""The full attendee download, and when it may mark attendees the server did not send as deleted.

A door that deletes on a short list turns valid tickets red until the next download, so a
vanished attendee is marked deleted only on evidence that the list was complete:

1. every page carried ``meta.count`` (the Open Event server always sends it; a proxy or cache
   answering ``{"data": []}`` does not, and then nothing can be checked);
2. paging advanced: each page holds only ids above the previous page's last one (keyset paging);
   a page that repeats ids, or that cannot be continued, ends the download as incomplete;
3. the list ended where the server said it does: the last page (no ``links.next``) held all the
   attendees its ``meta.count`` announced. An empty page with ``count: 296``, or a first page
   without ``links.next`` while the count says more follow, is incomplete;
4. the drop is plausible: a complete-looking list that would delete more than half of the
   event's attendees (and more than a handful) is far likelier a server or proxy fault (wrong
   event, a filter ignored) than an organizer's act at door time; it deletes nothing unless a
   person confirms it (``orga-app sync --accept-deletions``).

A download that fails any of these still keeps every attendee it received (they are the
server's word) and says in its result why nobody was marked deleted; it is not counted as a
full download, so the next pull tries again. Odd attendees (an id out of range, another event's
attendee) are skipped and counted; their ids, when usable, count as seen.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from orga_app.core.codes import ticket_code
from orga_app.store import attendees as attendee_queries
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load, pause_search_index
from orga_app.sync.backend import DownloadResult, Progress
from orga_app.sync.deletions import finish_full_download
from orga_app.sync.errors import IncompleteListError
from orga_app.sync.gc_pause import collector_paused
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.id_pages import FetchedPage, pages_by_id
from orga_app.sync.openevent.records import AttendeePage, AttendeeRecord
from orga_app.sync.openevent.stations import checkin_lists, counts_as_checked_in

log = logging.getLogger("orga_app.sync")

# A new attendee's search-index triggers cost about what rebuilding the index costs for this
# many stored attendees (190 us vs 15 us per row, bench_store.py on 100,000 attendees).
NEW_ROW_COST_IN_REBUILT_ROWS = 12


def utc_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def attendee_row(record: AttendeeRecord, event_id: str, seen_at: str) -> AttendeeRow:
    code = (
        ticket_code(record.order_identifier, record.identifier, record.id)
        if record.order_identifier
        else ""
    )
    return AttendeeRow(
        id=record.id,
        event_id=record.event_id or event_id,
        identifier=record.identifier,
        order_identifier=record.order_identifier,
        ticket_id=record.ticket_id,
        firstname=record.firstname,
        lastname=record.lastname,
        email=record.email,
        company=record.company or "",
        job_title=record.job_title or "",
        # A station registration (a non-admin door) counts as checked in.
        is_checked_in=counts_as_checked_in(record),
        is_checked_out=record.is_checked_out,
        checkin_times=checkin_lists(record)[0],
        checkout_times=record.checkout_times,
        device_name_checkin=checkin_lists(record)[1],
        deleted=record.deleted,
        server_seen_at=seen_at,
        code=code,
        order_status=record.order_status or "",
        is_registered=record.is_registered,
        register_times=record.register_times,
        is_badge_printed=record.is_badge_printed,
        badge_printed_at=record.badge_printed_at,
    )


@dataclass
class _Tally:
    """What the pages of one download said, for the completeness rules above."""

    written: int = 0
    skipped: int = 0
    announced: int | None = None  # the first page's meta.count
    problem: str | None = None  # the first rule broken

    def broke(self, rule: str) -> None:
        if self.problem is None:
            self.problem = rule


class Downloader:
    """Downloads one event's attendees into the store; see the module text for deletions.

    `write_lock` is the engine's upload lock, held only while a page is written: a download
    waiting on a slow server never delays an upload, and an upload never interleaves with a
    page write (see `_write_page` for attendees uploaded while a page was on its way).
    """

    def __init__(
        self,
        store: Store,
        client: OpenEventClient,
        write_lock: threading.Lock,
        *,
        page_size: int = 1000,
    ) -> None:
        self._store = store
        self._client = client
        self._write_lock = write_lock
        self._page_size = page_size
        self._index_paused = False  # by this download: it rebuilds the index at its end

    def run(
        self,
        event_id: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        accept_deletions: bool = False,
    ) -> DownloadResult:
        """Raises ApiError (including IncompleteListError for paging that does not advance);
        the pages written before it stay."""
        seen_at = utc_iso()
        with self._store.write() as conn:
            # Bulk mode drops indexes for the whole table: only while no event has attendees
            # yet, so a first download of one event never slows the scans of another.
            first_download = attendee_queries.store_is_empty(conn)
            if first_download:
                begin_bulk_load(conn, seen_at)
        seen: set[int] = set()
        tally = _Tally()
        self._index_paused = first_download
        try:
            with collector_paused():
                self._pages(event_id, seen_at, seen, tally, progress, cancel)
        finally:
            if self._index_paused:
                with self._store.write() as conn:
                    end_bulk_load(conn)
        if cancel is not None and cancel.is_set():
            return DownloadResult(tally.written, tally.skipped, 0, "cancelled")
        return self._finish(event_id, seen_at, seen, tally, accept_deletions)

    def _finish(
        self, event_id: str, seen_at: str, seen: set[int], tally: _Tally, accept_deletions: bool
    ) -> DownloadResult:
        with self._write_lock, self._store.write() as conn:
            return finish_full_download(
                conn, event_id, seen, seen_at=seen_at, written=tally.written,
                skipped=tally.skipped, problem=tally.problem,
                accept_deletions=accept_deletions, what="attendee list",
            )  # fmt: skip

    def _fetch(self, event_id: str, after_id: int | None) -> FetchedPage:
        started = utc_iso()  # before the request: see _write_page
        page = self._client.attendees_page(event_id, 1, self._page_size, after_id=after_id)
        return FetchedPage(after_id, started, page)

    def _pages(
        self,
        event_id: str,
        seen_at: str,
        seen: set[int],
        tally: _Tally,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        """Pages come a few at a time (id_pages.py) and are written in id order while the next
        ones travel (SQLite releases the GIL while it writes).

        Keyset paging (ids greater than the last one seen), not page numbers: an attendee
        deleted on the server mid-download would shift every later page by one and hide an
        attendee, who would then be marked deleted here and turned away at the door.
        """
        pages = pages_by_id(
            lambda after_id: self._fetch(event_id, after_id), self._client.max_pages
        )
        with contextlib.closing(pages):
            for number, (fetched, after_id) in enumerate(pages, start=1):
                page = fetched.page
                _check_page(page, after_id, number, tally)
                if number == 1 and not self._index_paused:
                    self._pause_index_for_many_new(event_id, tally.announced, seen_at)
                more = page.has_next and page.last_id is not None
                if page.has_next and page.last_id is None:
                    tally.broke("a page that cannot be continued")
                stop = cancel is not None and cancel.is_set()
                self._write_page(event_id, page.items, seen_at, fetched.started)
                seen.update(page.ids)
                tally.written += len(page.items)
                tally.skipped += len(page.skipped)
                if progress is not None:
                    progress("download", tally.written, max(tally.announced or 0, tally.written))
                if not more or stop:
                    return

    def _pause_index_for_many_new(self, event_id: str, announced: int | None, seen_at: str) -> None:
        """Pause the search index for the rest of this download when the list the server
        announced brings more new attendees than a rebuild of the whole index costs
        (store.db.pause_search_index: a new row's triggers cost what the rebuild of about 12
        held rows does). New attendees have the highest ids, so they come in the last pages."""
        if announced is None:
            return
        with self._write_lock, self._store.write() as conn:
            held = attendee_queries.count(conn, event_id)
            stored = attendee_queries.stored_rows(conn)
            if (announced - held) * NEW_ROW_COST_IN_REBUILT_ROWS > stored + announced - held:
                pause_search_index(conn, seen_at)
                self._index_paused = True

    def _write_page(
        self, event_id: str, items: Iterable[AttendeeRecord], seen_at: str, fetched_since: str
    ) -> None:
        """Write a page under the upload lock, leaving out attendees whose check-in was uploaded
        after the page was requested: the page shows them as before that upload, and writing it
        would undo a check-in the server already has until the next download."""
        rows = [attendee_row(r, event_id, seen_at) for r in items]
        with self._write_lock, self._store.write() as conn:
            fresh = attendee_queries.uploaded_since(
                conn, [row["id"] for row in rows], fetched_since
            )
            # Most attendees of a later download are unchanged: upsert_changed leaves them be.
            attendee_queries.upsert_changed(conn, [row for row in rows if row["id"] not in fresh])


def _check_page(page: AttendeePage, after_id: int | None, number: int, tally: _Tally) -> None:
    """Apply rules 1-3 to one page; paging that does not advance ends the download."""
    ids = list(page.ids)
    if after_id is not None and any(ident <= after_id for ident in ids):
        raise IncompleteListError(detail=f"page {number} did not advance past id {after_id}")
    if sorted(ids) != ids or len(set(ids)) != len(ids):
        # keyset paging relies on the order asked for; without it pages may skip attendees
        tally.broke("the server did not sort the list by id")
    if page.total is None:
        tally.broke("the server did not say how many attendees there are")
        return
    if tally.announced is None:
        tally.announced = page.total
    if not page.has_next and page.received < page.total:
        tally.broke(
            f"the server announced {page.total} more attendee(s) but sent {page.received}"
            if number > 1
            else f"the server announced {page.total} attendee(s) but sent {page.received}"
        )
