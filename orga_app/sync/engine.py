"""SyncEngine.run(event_id, progress, cancel) -> SyncReport: upload, then download.

A plain object with injected parts (store, API client); it never raises for expected trouble,
it reports. The scheduler decides when it runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from orga_app.core.codes import ticket_code
from orga_app.store import attendees as attendee_queries
from orga_app.store import events as event_queries
from orga_app.store import outbox
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store, begin_bulk_load, end_bulk_load
from orga_app.sync.errors import ApiError, AuthError, ForbiddenError
from orga_app.sync.openevent import AttendeeRecord, EventRecord, OpenEventClient
from orga_app.sync.upload import UPLOAD_CONCURRENCY, Uploader

log = logging.getLogger("orga_app.sync")

# progress(stage, done, total): stage is "upload" or "download".
Progress = Callable[[str, int, int], None]


def utc_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class SyncReport:
    event_id: str
    uploaded: int = 0
    failed: int = 0
    pending: int = 0
    downloaded: int = 0
    seconds: float = 0.0
    error: str | None = None
    # Set when uploads are paused until a person acts (login again, other account).
    paused: str | None = None
    # The failure is worth retrying by itself (network, 429, 5xx); drives the backoff.
    transient: bool = False
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.pending == 0

    def as_json(self) -> dict[str, object]:
        return {
            "event": self.event_id,
            "uploaded": self.uploaded,
            "failed": self.failed,
            "pending": self.pending,
            "downloaded": self.downloaded,
            "seconds": round(self.seconds, 3),
            "error": self.error,
            "paused": self.paused,
        }


def event_values(record: EventRecord) -> dict[str, object]:
    """An event from the server as the store's `event` table holds it."""
    return {
        "id": record.id,
        "identifier": record.identifier,
        "name": record.name,
        "starts_at": record.starts_at.isoformat() if record.starts_at else None,
        "ends_at": record.ends_at.isoformat() if record.ends_at else None,
        "timezone": record.timezone or "UTC",
    }


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
        is_checked_in=record.is_checked_in,
        is_checked_out=record.is_checked_out,
        checkin_times=record.checkin_times,
        checkout_times=record.checkout_times,
        device_name_checkin=record.device_name_checkin,
        deleted=record.deleted,
        server_seen_at=seen_at,
        code=code,
    )


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: OpenEventClient,
        *,
        workers: int = UPLOAD_CONCURRENCY,
        page_size: int = 1000,
    ) -> None:
        self._store = store
        self._client = client
        self._uploader = Uploader(store, client, workers=workers)
        self._page_size = page_size
        self._refresher = StatusRefresher(store, client)
        # One sync of one store at a time: push and pull jobs may fire together, and a status
        # refresh written after an upload it did not see would undo that upload's check-in.
        self._lock = threading.Lock()

    @property
    def client(self) -> OpenEventClient:
        return self._client

    def run(
        self,
        event_id: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        download: bool = True,
        resume: bool = False,
    ) -> SyncReport:
        """Upload the outbox, then (optionally) download the attendee list.

        `resume` lifts a pause (a person signed in again or asked for a sync).
        """
        cancel = cancel or threading.Event()
        start = time.monotonic()
        with self._lock:
            report = self._run_locked(event_id, progress, cancel, download, resume)
        return replace(report, seconds=time.monotonic() - start)

    def _run_locked(
        self,
        event_id: str,
        progress: Progress | None,
        cancel: threading.Event,
        download: bool,
        resume: bool,
    ) -> SyncReport:
        with self._store.read() as conn:
            state = event_queries.sync_state(conn, event_id)
        paused = None if resume else state["paused_reason"]
        uploaded = failed = downloaded = 0
        error: str | None = None
        transient = False
        retry_after: float | None = None
        if paused is None:
            result = self._uploader.run(event_id, cancel)
            uploaded, failed, paused = result.uploaded, result.failed, result.paused
            if result.transient_error:
                error, transient, retry_after = result.transient_error, True, result.retry_after
            now = utc_iso()
            with self._store.write() as conn:
                values: dict[str, object] = {"paused_reason": paused}
                if uploaded:
                    values["last_upload_at"] = now
                event_queries.update_sync_state(conn, event_id, **values)
        if paused:
            error = paused
        if download and not error and not cancel.is_set():
            try:
                downloaded = self.download(event_id, progress, cancel)
            except (AuthError, ForbiddenError) as exc:
                error = str(exc)
                paused = str(exc)
            except ApiError as exc:
                error, transient, retry_after = str(exc), exc.transient, exc.retry_after
        with self._store.write() as conn:
            pending = outbox.count_unsent(conn, event_id)
            event_queries.update_sync_state(conn, event_id, last_error=error, paused_reason=paused)
        if error:
            log.info("sync of event %s: %s", event_id, error)
        return SyncReport(
            event_id, uploaded, failed, pending, downloaded, 0.0, error, paused, transient,
            retry_after,
        )  # fmt: skip

    def refresh_status(self, event_id: str) -> int:
        """Other doors' check-ins (the cheap periodic refresh), under the sync lock so it never
        interleaves with an upload. Raises ApiError."""
        with self._lock:
            return self._refresher.run(event_id)

    def refresh_events(self) -> list[event_queries.EventInfo]:
        """The account's events, cached for offline use. Raises ApiError."""
        records = self._client.events()
        with self._store.write() as conn:
            event_queries.upsert_events(
                conn,
                (event_values(e) for e in records),
            )
            return [info for e in records if (info := event_queries.get(conn, e.id)) is not None]

    def download(
        self, event_id: str, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> int:
        """All attendees, one transaction per page; local pending state wins (store.upsert).

        Raises ApiError. Only a complete download marks vanished attendees as deleted.
        """
        seen_at = utc_iso()
        tickets = self._client.tickets(event_id)
        with self._store.write() as conn:
            if event_queries.get(conn, event_id) is None:
                record = self._client.event(event_id)
                event_queries.upsert_events(conn, [event_values(record)])
            event_queries.upsert_tickets(
                conn,
                (
                    {"id": t.id, "event_id": event_id, "name": t.name, "type": t.type or "",
                     "is_checkin_restricted": t.is_checkin_restricted,
                     "auto_checkin_enabled": t.auto_checkin_enabled}
                    for t in tickets
                ),
            )  # fmt: skip
        with self._store.write() as conn:
            # Bulk mode drops indexes for the whole table: only while no event has attendees
            # yet, so a first download of one event never slows the scans of another.
            first_download = attendee_queries.store_is_empty(conn)
            if first_download:
                begin_bulk_load(conn, seen_at)
        seen: set[int] = set()
        try:
            done = self._download_pages(event_id, seen_at, seen, progress, cancel)
        finally:
            if first_download:
                with self._store.write() as conn:
                    end_bulk_load(conn)
        if cancel is not None and cancel.is_set():
            return done
        with self._store.write() as conn:
            attendee_queries.mark_missing_deleted(conn, event_id, seen)
            event_queries.set_full_download(conn, event_id, seen_at)
            event_queries.update_sync_state(
                conn, event_id, last_download_at=utc_iso(), downloaded=done
            )
        return done

    def _download_pages(
        self,
        event_id: str,
        seen_at: str,
        seen: set[int],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> int:
        """Fetch the next page while this one is written (SQLite releases the GIL meanwhile).

        Keyset paging (ids greater than the last one seen), not page numbers: an attendee
        deleted on the server mid-download would shift every later page by one and hide an
        attendee, who would then be marked deleted here and turned away at the door.
        """
        done = 0
        total = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="download") as fetcher:
            pending = fetcher.submit(self._client.attendees_page, event_id, 1, self._page_size)
            while True:
                page = pending.result()
                if page.total is not None and not total:
                    total = page.total  # later pages count only what is left
                more = page.has_next and bool(page.items)
                if more and not (cancel is not None and cancel.is_set()):
                    pending = fetcher.submit(
                        self._client.attendees_page, event_id, 1, self._page_size,
                        after_id=page.items[-1].id,
                    )  # fmt: skip
                self._write_page(event_id, page.items, seen_at)
                seen.update(item.id for item in page.items)
                done += len(page.items)
                if progress is not None:
                    progress("download", done, max(total, done))
                if not more or (cancel is not None and cancel.is_set()):
                    return done

    def _write_page(self, event_id: str, items: Iterable[AttendeeRecord], seen_at: str) -> None:
        rows = [attendee_row(r, event_id, seen_at) for r in items]
        with self._store.write() as conn:
            attendee_queries.upsert(conn, rows)


# The columns a status refresh asks for: check-in state only, no names, no includes.
STATUS_FIELDS = (
    "is-checked-in",
    "checkin-times",
    "is-checked-out",
    "checkout-times",
    "device-name-checkin",
)


class StatusRefresher:
    """The cheap periodic refresh that shows other doors' check-ins.

    Sparse fieldsets keep pages small, and each page's ETag lets an unchanged page come back
    as a bodiless 304. Attendees with unsent local rows keep their local state.
    """

    def __init__(self, store: Store, client: OpenEventClient, page_size: int = 2000) -> None:
        self._store = store
        self._client = client
        self._page_size = page_size
        # (event, page number) → (ETag, whether a next page existed)
        self._pages: dict[tuple[str, int], tuple[str, bool]] = {}

    def run(self, event_id: str) -> int:
        """Returns how many attendees' check-in state was rewritten. Raises ApiError."""
        changed = 0
        for number in range(1, 10_000):
            key = (event_id, number)
            known = self._pages.get(key)
            page = self._client.attendees_page(
                event_id, number, self._page_size, fields=STATUS_FIELDS,
                etag=known[0] if known else None,
            )  # fmt: skip
            if page.not_modified and known is not None:
                has_next = known[1]
            else:
                has_next = page.has_next
                if page.items:
                    with self._store.write() as conn:
                        changed += attendee_queries.update_checkin_state(
                            conn,
                            [
                                (r.id, r.is_checked_in, r.is_checked_out, r.checkin_times,
                                 r.checkout_times, r.device_name_checkin)
                                for r in page.items
                            ],
                        )  # fmt: skip
            if page.etag:
                # An unchanged page answers 304 without a body, so remember whether it had a
                # successor: the refresh must stop where the list ends, not probe beyond.
                self._pages[key] = (page.etag, has_next)
            if not has_next:
                break
        return changed
