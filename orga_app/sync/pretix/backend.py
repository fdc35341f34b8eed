"""A pretix or eventyay-tickets organizer account as a `sync.backend.Backend`.

Events get the local id "organizer/slug" (slugs are unique per organizer only). A scan goes up to
the check-in list it was judged against (outbox list_id); a row without one (queued before schema
v9) to the door's chosen list (store/door_lists.py), and waits while none is chosen.
"""

from __future__ import annotations

import threading

from orga_app.store.db import Store
from orga_app.store.door_lists import pretix_event_id
from orga_app.sync.backend import DownloadResult, EventRecord, Progress, RowSender
from orga_app.sync.errors import ApiError
from orga_app.sync.pretix.client import PretixClient, ServerKind
from orga_app.sync.pretix.download import ListChoice, PretixDownloader, chosen_list, event_slug
from orga_app.sync.pretix.online import DEFAULT_BUDGET, PretixOnlineCheck
from orga_app.sync.pretix.records import PretixEvent
from orga_app.sync.pretix.sender import NO_LIST, PretixSender

__all__ = ["NO_LIST", "PretixBackend", "PretixSync", "event_record"]


def event_record(organizer: str, event: PretixEvent) -> EventRecord:
    return EventRecord(
        id=pretix_event_id(organizer, event.slug),
        identifier=event.slug,
        name=event.name,
        starts_at=event.date_from,
        ends_at=event.date_to,
        timezone=event.timezone,
        state="live" if event.live else "draft",
        location_name=None,
    )


class PretixBackend:
    """One signed-in pretix-type account (one organizer). `list_choice` reads the door's
    chosen check-in list of an event from the store (the one sign-in stored, by default)."""

    def __init__(
        self,
        client: PretixClient,
        organizer: str,
        list_choice: ListChoice = chosen_list,
        *,
        online_budget: float = DEFAULT_BUDGET,
    ) -> None:
        self._client = client
        self._organizer = organizer
        self._list_choice = list_choice
        self._online_budget = online_budget

    @property
    def kind(self) -> str:
        # The server's dialect is read from its answers (client.server_kind); offline, say
        # the family name.
        try:
            return self._client.server_kind().value
        except ApiError:
            return "pretix"

    @property
    def client(self) -> PretixClient:
        return self._client

    def server_kind(self) -> ServerKind:
        return self._client.server_kind()

    def close(self) -> None:
        self._client.close()

    def events(self) -> list[EventRecord]:
        return [event_record(self._organizer, e) for e in self._client.events()]

    def bind(self, store: Store, write_lock: threading.Lock, *, page_size: int) -> PretixSync:
        # page_size is Open Event's; pretix's pages are always 50 orders.
        online = PretixOnlineCheck(self._client, store, budget=self._online_budget)
        return PretixSync(store, self._client, write_lock, self._list_choice, online)


class PretixSync:
    def __init__(
        self,
        store: Store,
        client: PretixClient,
        write_lock: threading.Lock,
        list_choice: ListChoice,
        online: PretixOnlineCheck | None = None,
    ) -> None:
        self._store = store
        self._client = client
        self._downloader = PretixDownloader(store, client, write_lock, list_choice)
        self._online = online or PretixOnlineCheck(client, store)

    def online_check(self, event_id: str) -> PretixOnlineCheck:
        # One check for the account: a dead Wi-Fi is dead for every event of the server.
        return self._online

    def row_sender(self, event_id: str) -> tuple[RowSender | None, str | None]:
        # Without a door list (never chosen, or gone from the server) rows that carry their
        # own list still go; the sender holds only those that need the door's (NO_LIST).
        list_id = self._downloader.door_list(event_id)
        return PretixSender(self._client, self._store, event_slug(event_id), list_id), None

    def download(
        self,
        event_id: str,
        progress: Progress | None,
        cancel: threading.Event,
        accept_deletions: bool,
    ) -> DownloadResult:
        return self._downloader.full(event_id, progress, cancel, accept_deletions)

    def refresh_status(self, event_id: str) -> int:
        return self._downloader.refresh(event_id)
