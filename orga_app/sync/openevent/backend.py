"""The Open Event server (legacy eventyay) as a `sync.backend.Backend`."""

from __future__ import annotations

import threading

from orga_app.store import events as event_queries
from orga_app.store.db import Store
from orga_app.sync.backend import DownloadResult, EventRecord, Progress, RowSender, event_values
from orga_app.sync.openevent.badge_forms import download_badge_forms
from orga_app.sync.openevent.client import OpenEventClient
from orga_app.sync.openevent.download import Downloader
from orga_app.sync.openevent.refresh import StatusRefresher
from orga_app.sync.openevent.sender import OpenEventSender
from orga_app.sync.openevent.stations import choose_route


class OpenEventBackend:
    """One signed-in account on an Open Event server; the client is the caller's to close
    unless the backend is closed."""

    def __init__(self, client: OpenEventClient) -> None:
        self._client = client

    @property
    def kind(self) -> str:
        return "Open Event"

    @property
    def client(self) -> OpenEventClient:
        return self._client

    def close(self) -> None:
        self._client.close()

    def events(self) -> list[EventRecord]:
        return self._client.events()

    def bind(self, store: Store, write_lock: threading.Lock, *, page_size: int) -> OpenEventSync:
        return OpenEventSync(store, self._client, write_lock, page_size=page_size)


class OpenEventSync:
    """Downloads, refreshes and uploads of one store's Open Event events."""

    def __init__(
        self,
        store: Store,
        client: OpenEventClient,
        write_lock: threading.Lock,
        *,
        page_size: int,
    ) -> None:
        self._store = store
        self._client = client
        self._write_lock = write_lock
        self._downloader = Downloader(store, client, write_lock, page_size=page_size)
        self._refresher = StatusRefresher(store, client, write_lock=write_lock)

    def online_check(self, event_id: str) -> None:
        # Open Event doors always judge locally and upload later (DESIGN.md).
        return None

    def row_sender(self, event_id: str) -> tuple[RowSender | None, str | None]:
        stations, paused = choose_route(self._store, self._client, event_id)
        if paused:
            return None, paused
        return OpenEventSender(self._client, stations), None

    def download(
        self,
        event_id: str,
        progress: Progress | None,
        cancel: threading.Event,
        accept_deletions: bool,
    ) -> DownloadResult:
        """Tickets (and the event itself when the store does not know it yet) with the badge
        forms they print with, then all attendees, one transaction per page (download.py says
        when vanished attendees count as deleted)."""
        tickets = self._client.tickets(event_id)
        record = self._client.event(event_id) if self._event_unknown(event_id) else None
        with self._write_lock, self._store.write() as conn:
            if record is not None:
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
        download_badge_forms(self._client, self._store, event_id, tickets)
        return self._downloader.run(event_id, progress, cancel, accept_deletions=accept_deletions)

    def refresh_status(self, event_id: str) -> int:
        return self._refresher.run(event_id)

    def _event_unknown(self, event_id: str) -> bool:
        with self._store.read() as conn:
            return event_queries.get(conn, event_id) is None
