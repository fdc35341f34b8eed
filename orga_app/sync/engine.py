"""SyncEngine.run(event_id, progress, cancel) -> SyncReport: upload, then download.

A plain object with injected parts (the store, and the server type's `Backend`, sync/backend.py);
it knows no server type, and never raises for expected trouble: it reports. The scheduler
decides when it runs.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from orga_app.core.online import OnlineCheck
from orga_app.store import events as event_queries
from orga_app.store import outbox, throughput
from orga_app.store.db import Store
from orga_app.sync.backend import Backend, DownloadResult, Progress, event_values
from orga_app.sync.errors import ApiError, AuthError, ForbiddenError, is_no_answer
from orga_app.sync.upload import UPLOAD_CONCURRENCY, Uploader

log = logging.getLogger("orga_app.sync")

__all__ = ["SyncEngine", "SyncReport"]


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
    # Attendees the download left out because their record could not be kept (odd id, ...).
    skipped: int = 0

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
            "skipped": self.skipped,
        }


class SyncEngine:
    def __init__(
        self,
        store: Store,
        backend: Backend,
        *,
        workers: int = UPLOAD_CONCURRENCY,
        page_size: int = 1000,
    ) -> None:
        self._store = store
        self._backend = backend
        # One upload of one store at a time: push and pull jobs may fire together, and a status
        # refresh written after an upload it did not see would undo that upload's check-in.
        # Downloads take it only to write a page, and one download at a time.
        self._lock = threading.Lock()
        self._download_lock = threading.Lock()
        self._sync = backend.bind(store, self._lock, page_size=page_size)
        self._uploader = Uploader(store, self._sync, workers=workers)

    @property
    def backend(self) -> Backend:
        return self._backend

    def close(self) -> None:
        """Close the backend's connections (the engine's owner calls this once it stops)."""
        self._backend.close()

    def run(
        self,
        event_id: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        download: bool = True,
        resume: bool = False,
        accept_deletions: bool = False,
    ) -> SyncReport:
        """Upload the outbox, then (optionally) download the attendee list.

        `resume` lifts a pause (a person signed in again or asked for a sync);
        `accept_deletions` lets a download mark more than half of the list deleted (download.py).
        The upload holds the sync lock; the download only while it writes a page, so a slow or
        hung server during a download never holds back the next push of new check-ins.
        """
        cancel = cancel or threading.Event()
        start = time.monotonic()
        with self._lock:
            report = self._upload_locked(event_id, cancel, resume)
        if download and not report.error and not cancel.is_set():
            with self._download_lock:
                report = self._download_into(report, progress, cancel, accept_deletions)
        with self._store.write() as conn:
            pending = outbox.count_unsent(conn, event_id)
            event_queries.update_sync_state(
                conn, event_id, last_error=report.error, paused_reason=report.paused
            )
            # for the dashboard's minutes offline and its "uploads stuck" alert
            throughput.record_sample(
                conn, event_id, datetime.now(UTC), not is_no_answer(report.error), pending
            )
        if report.error:
            log.info("sync of event %s: %s", event_id, report.error)
        return replace(report, pending=pending, seconds=time.monotonic() - start)

    def _upload_locked(self, event_id: str, cancel: threading.Event, resume: bool) -> SyncReport:
        with self._store.read() as conn:
            state = event_queries.sync_state(conn, event_id)
        paused = None if resume else state["paused_reason"]
        uploaded = failed = 0
        error: str | None = None
        transient = False
        retry_after: float | None = None
        if paused is None:
            result = self._uploader.run(event_id, cancel)
            uploaded, failed, paused = result.uploaded, result.failed, result.paused
            if result.transient_error:
                error, transient, retry_after = result.transient_error, True, result.retry_after
            elif paused is None and result.held:
                # Every row that could go went; the rest wait for a person (RowHeldError).
                paused = result.held
            now = utc_iso()
            with self._store.write() as conn:
                values: dict[str, object] = {"paused_reason": paused}
                if uploaded:
                    values["last_upload_at"] = now
                event_queries.update_sync_state(conn, event_id, **values)
        if paused:
            error = paused
        return SyncReport(
            event_id, uploaded, failed, 0, 0, 0.0, error, paused, transient, retry_after
        )

    def _download_into(
        self,
        report: SyncReport,
        progress: Progress | None,
        cancel: threading.Event,
        accept_deletions: bool,
    ) -> SyncReport:
        try:
            result = self.download(report.event_id, progress, cancel, accept_deletions)
        except (AuthError, ForbiddenError) as exc:
            return replace(report, error=str(exc), paused=str(exc))
        except ApiError as exc:
            return replace(
                report, error=str(exc), transient=exc.transient, retry_after=exc.retry_after
            )
        error = None if result.incomplete == "cancelled" else result.incomplete
        return replace(report, downloaded=result.downloaded, skipped=result.skipped, error=error)

    def online_check(self, event_id: str) -> OnlineCheck | None:
        """The backend's online check for scans of this event (None: local verdicts only)."""
        return self._sync.online_check(event_id)

    def refresh_status(self, event_id: str) -> int:
        """Other doors' check-ins (the cheap periodic refresh). It holds the sync lock only to
        write, and leaves out what an upload changed meanwhile. Raises ApiError."""
        return self._sync.refresh_status(event_id)

    def refresh_events(self) -> list[event_queries.EventInfo]:
        """The account's events, cached for offline use. Raises ApiError."""
        records = self._backend.events()
        with self._store.write() as conn:
            event_queries.upsert_events(
                conn,
                (event_values(e) for e in records),
            )
            return [info for e in records if (info := event_queries.get(conn, e.id)) is not None]

    def download(
        self,
        event_id: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        accept_deletions: bool = False,
    ) -> DownloadResult:
        """The event's whole attendee list (and what the backend needs with it); local pending
        state wins (store.upsert). Raises ApiError. Only a download shown complete marks
        vanished attendees as deleted (the backend says when)."""
        return self._sync.download(
            event_id, progress, cancel or threading.Event(), accept_deletions
        )
