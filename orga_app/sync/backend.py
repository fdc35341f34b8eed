"""The seam between the backend-neutral sync (engine, outbox replay, scheduler) and one server type.

A server type (``sync/openevent/``, later pretix) is a package that provides a `Backend`: what the
account sees (its events), and, bound to one local store, an `EventSync` that downloads and
refreshes an event's attendees and hands out the `RowSender` that carries one outbox row to the
server. Everything else (which rows go when, in which order, what a failure means for the row,
backoff, pauses) is the neutral engine's; a backend only says what happened by raising the
`orga_app.sync.errors` family:

- `AuthError` / `ForbiddenError`: nothing this account sends can succeed now; uploads pause.
- `TransientNetworkError` (``maybe_applied`` when the request may have reached the server),
  `RateLimitedError`, a transient `ApiError` (5xx): try again later, with backoff.
- `NotFoundError`: the server no longer has this attendee; the row fails and the door stops
  admitting them.
- `ClientDataError` or any other `ApiError`: this row can never succeed as it is; it fails and
  shows under Problems with the server's reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from orga_app.core.online import OnlineCheck
from orga_app.store.db import Store
from orga_app.store.outbox import OutboxRow

# progress(stage, done, total): stage is "upload" or "download".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class EventRecord:
    """An event as any server type describes it (the store's `event` row is made from this)."""

    id: str
    identifier: str | None
    name: str
    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str
    state: str | None
    location_name: str | None


def event_values(record: EventRecord) -> dict[str, object]:
    """An event from the server as the store's `event` table holds it (a missing time zone is
    stored as UTC)."""
    return {
        "id": record.id,
        "identifier": record.identifier,
        "name": record.name,
        "starts_at": record.starts_at.isoformat() if record.starts_at else None,
        "ends_at": record.ends_at.isoformat() if record.ends_at else None,
        "timezone": record.timezone or "UTC",
    }


@dataclass(frozen=True)
class DownloadResult:
    downloaded: int = 0
    skipped: int = 0
    deleted: int = 0
    # Why nobody was marked deleted (None: the list was complete, deletions applied).
    incomplete: str | None = None


class RowSender(Protocol):
    """Carries one event's outbox rows to the server during one upload run."""

    def already_sent(self, row: OutboxRow) -> bool:
        """For a row tried before (its answer may have been lost): is it on the server already?
        A server that is idempotent on the row's nonce may answer False and let it be re-sent."""
        ...

    def send(self, row: OutboxRow) -> None:
        """Send the row; return when the server has it. Raises the `sync.errors` family."""
        ...


class EventSync(Protocol):
    """A backend's work on one local store. `write_lock` (given at `Backend.bind`) is held while
    results are written, so a refresh never writes over an upload it did not see."""

    def row_sender(self, event_id: str) -> tuple[RowSender | None, str | None]:
        """The sender for this event's rows, or (None, why uploads must pause until a person
        acts, e.g. an account without the right to check people in)."""
        ...

    def download(
        self,
        event_id: str,
        progress: Progress | None,
        cancel: threading.Event,
        accept_deletions: bool,
    ) -> DownloadResult:
        """The event's whole attendee list into the store. Raises `ApiError`."""
        ...

    def refresh_status(self, event_id: str) -> int:
        """Other doors' check-ins since the last look (cheap, periodic); how many attendees
        changed. Raises `ApiError`."""
        ...

    def online_check(self, event_id: str) -> OnlineCheck | None:
        """The server's verdict for each scan of this event before the local one (pretix-type
        servers, core/online.py), or None: the door judges locally and uploads later."""
        ...


class Backend(Protocol):
    """One signed-in account on one server."""

    # Names the server type in the UI and in logs ("Open Event", "pretix", "eventyay-tickets").
    @property
    def kind(self) -> str: ...

    def close(self) -> None: ...

    def events(self) -> list[EventRecord]:
        """The events this account may work on. Raises `ApiError`."""
        ...

    def bind(self, store: Store, write_lock: threading.Lock, *, page_size: int) -> EventSync: ...
