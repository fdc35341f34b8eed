"""Outbox replay (DESIGN.md "Sync protocol", upload half).

One attendee's rows go in order; different attendees go in parallel. A row is marked `sending`
and its attempt counted durably BEFORE its request leaves, so after a lost answer or a crash
any row that was ever tried is first checked with the backend's `RowSender.already_sent`: a
check-in is never re-sent blindly (on Open Event a repeated time replaces the whole check-in
history, docs/open-event-api.md PATCH rule 4). This module knows no server type: the backend's
sender carries a row, and says what happened through the `sync.errors` family (sync/backend.py).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE, OutboxState
from orga_app.store.outbox import OutboxRow
from orga_app.sync.backend import EventSync, RowSender
from orga_app.sync.errors import (
    ApiError,
    AuthError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    RowHeldError,
    TransientNetworkError,
)
from orga_app.sync.group_commit import GroupCommitter

log = logging.getLogger("orga_app.sync")

# Requests in flight at once, one attendee each. With 50 ms of server latency 8 connections
# cap the rate at 160 check-ins/s; 16 reach the 200/s goal and stay gentle on a server.
UPLOAD_CONCURRENCY = 16


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass
class UploadResult:
    uploaded: int = 0
    failed: int = 0
    transient_error: str | None = None
    retry_after: float | None = None
    paused: str | None = None
    # Why some rows wait for a person (RowHeldError) while the others went.
    held: str | None = None
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Outcome:
    kind: str  # "done", "failed", "transient", "held" or "taken"
    message: str = ""
    retry_after: float | None = None
    # The network is gone or the server asks us to slow down (429): every other row would meet
    # the same, so the whole run stops instead of waiting out a timeout per attendee.
    stop_all: bool = False


_DONE = _Outcome("done")
# Another uploader (a second process on the same store) claimed the row first.
_TAKEN = _Outcome("taken")


class _QueueStoppedError(Exception):
    """The whole queue must stop (login needed, account not allowed)."""


class Uploader:
    def __init__(
        self,
        store: Store,
        sync: EventSync,
        *,
        workers: int = UPLOAD_CONCURRENCY,
        clock: Callable[[], str] = _now,
    ) -> None:
        self._store = store
        self._sync = sync
        self._workers = workers
        self._clock = clock
        self._lock = threading.Lock()
        self._writes: GroupCommitter  # set for the length of each run

    def run(self, event_id: str, cancel: threading.Event | None = None) -> UploadResult:
        cancel = cancel or threading.Event()
        with self._store.read() as conn:
            rows = outbox.unsent(conn, event_id)
        groups: OrderedDict[int, list[OutboxRow]] = OrderedDict()
        for row in rows:
            groups.setdefault(row.attendee_id, []).append(row)
        result = UploadResult()
        if not groups:
            return result
        sender, result.paused = self._sync.row_sender(event_id)
        if sender is None:
            return result
        stop = threading.Event()
        # Leaving this block waits until every outbox change is committed (group_commit.py).
        with (
            GroupCommitter(self._store) as self._writes,
            ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="upload") as pool,
        ):
            futures = [
                pool.submit(self._replay_attendee, sender, group, result, stop, cancel)
                for group in groups.values()
            ]
            for future in futures:
                future.result()
        return result

    def _replay_attendee(
        self,
        sender: RowSender,
        rows: Sequence[OutboxRow],
        result: UploadResult,
        stop: threading.Event,
        cancel: threading.Event,
    ) -> None:
        for row in rows:
            if stop.is_set() or cancel.is_set():
                return
            try:
                outcome = self._send(sender, row)
            except _QueueStoppedError as exc:
                with self._lock:
                    result.paused = str(exc)
                stop.set()
                return
            with self._lock:
                if outcome.kind == "done":
                    result.uploaded += 1
                elif outcome.kind == "failed":
                    result.failed += 1
                    result.errors.append(outcome.message)
                elif outcome.kind == "taken":
                    return  # its owner sends this attendee's later rows, in order
                elif outcome.kind == "held":
                    result.held = outcome.message
                    return  # this attendee's later rows wait behind the held one, in order
                else:  # transient: later rows of this attendee must wait for this one
                    result.transient_error = outcome.message
                    if outcome.retry_after is not None:
                        result.retry_after = max(result.retry_after or 0.0, outcome.retry_after)
                    if outcome.stop_all:
                        stop.set()
                    return

    def _claim(self, row: OutboxRow) -> bool:
        """Mark the row `sending` and count the attempt, durably, before its request leaves;
        False when another uploader changed it since it was read."""
        return self._writes.apply(lambda conn: outbox.claim(conn, row.id, row.state, row.attempts))

    def _mark(
        self,
        row: OutboxRow,
        state: OutboxState,
        *,
        error: str | None = None,
        at: str | None = None,
        count_attempt: bool = False,
    ) -> None:
        """Hand the row's outcome to the writer without waiting: nothing this worker does next
        depends on it being on disk (a row left `sending` by a crash is verified before it is
        sent again), and the run does not return before it is committed."""
        self._writes.submit(
            lambda conn: outbox.set_state(
                conn, row.id, state, error=error, at=at, count_attempt=count_attempt
            )
        )

    def _send(self, sender: RowSender, row: OutboxRow) -> _Outcome:
        try:
            # A row tried before may have reached the server, whatever its state says now (a
            # failed verify read, a retry by a person): look before sending it again.
            if (row.attempts > 0 or row.state is OutboxState.SENDING) and sender.already_sent(row):
                self._mark(row, OutboxState.DONE, at=self._clock())
                return _DONE
            if not self._claim(row):
                return _TAKEN
            sender.send(row)
            self._mark(row, OutboxState.DONE, at=self._clock())
            return _DONE
        except RowHeldError as exc:
            # Nothing was sent: the row waits, queued, with the reason for the person to act on.
            self._mark(row, OutboxState.QUEUED, error=str(exc))
            return _Outcome("held", str(exc))
        except (AuthError, ForbiddenError) as exc:
            # Nothing this account sends can succeed now; the row waits, untouched in meaning.
            self._mark(row, OutboxState.QUEUED, error=str(exc))
            raise _QueueStoppedError(str(exc)) from exc
        except NotFoundError as exc:
            self._fail(row, str(exc))
            # The server no longer has this attendee: the door must not admit them either.
            self._writes.submit(
                lambda conn: conn.execute(
                    ATTENDEE.update().where(ATTENDEE.c.id == row.attendee_id).values(deleted=True)
                )
            )
            return _Outcome("failed", str(exc))
        except TransientNetworkError as exc:
            # Sent but unanswered: stay `sending` so the next attempt verifies first.
            state = OutboxState.SENDING if exc.maybe_applied else OutboxState.QUEUED
            self._mark(row, state, error=str(exc))
            # No connection at all, or a timeout: every other row would wait out the same
            # timeout, so the run stops. A single dropped connection only stops this attendee.
            unreachable = not exc.maybe_applied or "Timeout" in (exc.detail or "")
            return _Outcome("transient", str(exc), stop_all=unreachable)
        except RateLimitedError as exc:
            self._mark(row, OutboxState.QUEUED, error=str(exc))
            return _Outcome("transient", str(exc), exc.retry_after, stop_all=True)
        except ApiError as exc:
            if exc.transient:
                # A 5xx may come after the server stored the change: verify before resending.
                self._mark(row, OutboxState.SENDING, error=str(exc))
                return _Outcome("transient", str(exc), exc.retry_after)
            self._fail(row, str(exc))
            return _Outcome("failed", str(exc))

    def _fail(self, row: OutboxRow, reason: str) -> None:
        log.warning("outbox row %s (attendee %s) failed: %s", row.id, row.attendee_id, reason)
        self._mark(row, OutboxState.FAILED, error=reason)
