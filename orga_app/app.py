"""Composition root: builds store, check-in service, API client and sync from settings."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from orga_app import paths
from orga_app.core.checkin import CheckInService
from orga_app.core.list_rules import ServerKind
from orga_app.core.online import OnlineCheck
from orga_app.settings import Settings
from orga_app.signin_pretix import NoStoredTokenError, PretixAccount, stored_client
from orga_app.store import door_lists
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.backend import Backend
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncEngine, SyncReport
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair
from orga_app.sync.pretix.backend import PretixBackend
from orga_app.sync.scheduler import SyncScheduler, tcp_probe
from orga_app.sync.upload import UPLOAD_CONCURRENCY

log = logging.getLogger("orga_app")


class NotSignedInError(RuntimeError):
    """No server account, or no tokens for it: `orga-app login` first."""


class QueuedBell:
    """ "A check-in was queued for this event": rung by the check-in service right after the
    durable write (on whichever thread made it), heard by the account's running sync, which
    sends it soon. Nobody listening (the command line, a door without an account) is fine:
    the row waits in the outbox for the next sync."""

    def __init__(self) -> None:
        self._listener: Callable[[str], None] | None = None

    def listen(self, listener: Callable[[str], None] | None) -> None:
        self._listener = listener  # one assignment: atomic, no lock for the ringing threads

    def __call__(self, event_id: str) -> None:
        listener = self._listener
        if listener is not None:
            listener(event_id)


class OnlineSwitch:
    """The online check of the signed-in pretix-type account, for the check-in service:
    set when the account's sync is built (sync_engine), None until then and for Open Event,
    so that every scan path (GUI scanner, list, kiosk, command line) asks the same way."""

    def __init__(self) -> None:
        self._source: Callable[[str], OnlineCheck | None] | None = None

    def use(self, source: Callable[[str], OnlineCheck | None] | None) -> None:
        self._source = source  # one assignment: atomic for the scanning threads

    def __call__(self, event_id: str) -> OnlineCheck | None:
        source = self._source
        return source(event_id) if source is not None else None


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    store: Store
    checkin: CheckInService
    # Plain http to a non-loopback server, allowed for this process only (`--insecure`, or a
    # person said yes in the GUI). Never stored: a door's password and attendee data crossing
    # shared event Wi-Fi unencrypted must be a choice made each time, not a leftover from an
    # earlier command that the next run (or the GUI) reuses without a word.
    insecure: bool = False
    # Rung by `checkin` (see open_app) after each queued check-in; the sync scheduler listens.
    queued: QueuedBell = field(default_factory=QueuedBell)
    # The account's online check (pretix-type servers), wired by sync_engine.
    online: OnlineSwitch = field(default_factory=OnlineSwitch)

    def close(self) -> None:
        self.store.close()

    @property
    def server_url(self) -> str:
        return str(self.settings.get("server_url"))

    @property
    def account_email(self) -> str:
        return str(self.settings.get("account_email"))

    def credentials(self) -> CredentialStore:
        return CredentialStore(self.data_dir)

    def client(
        self, timeout: float = 10.0, credentials: CredentialStore | None = None
    ) -> OpenEventClient:
        """An API client with the stored tokens; refreshed tokens are saved back.

        `credentials` replaces the default credential store (tests keep tokens in tmp_path).
        """
        server, email = self.server_url, self.account_email
        if not server or not email:
            raise NotSignedInError("not signed in: run `orga-app login --server URL --email E`")
        credentials = credentials or self.credentials()
        tokens = credentials.load(server, email)
        if tokens is None:
            raise NotSignedInError(f"no stored session for {email} on {server}: sign in again")

        def save(new: TokenPair) -> None:
            credentials.save(server, email, new)

        return OpenEventClient(
            server,
            tokens=tokens,
            on_tokens_changed=save,
            timeout=timeout,
            insecure=self.insecure,
            max_connections=UPLOAD_CONCURRENCY,
        )

    @property
    def server_type(self) -> ServerKind:
        return ServerKind.parse(str(self.settings.get("server_type")))

    def pretix_account(self) -> PretixAccount | None:
        """The signed-in pretix-type account (pretix, eventyay-tickets); None for Open Event."""
        if not self.server_type.uses_checkin_lists or not self.server_url:
            return None
        return PretixAccount.parse(self.server_url, self.account_email, self.server_type)

    def backend(
        self, client: OpenEventClient | None = None, credentials: CredentialStore | None = None
    ) -> Backend:
        """The signed-in account's server, by its type. Raises NotSignedInError, ValueError."""
        account = self.pretix_account()
        if account is None:
            return OpenEventBackend(client or self.client(credentials=credentials))
        try:
            pretix = stored_client(
                credentials or self.credentials(), account, insecure=self.insecure
            )
        except NoStoredTokenError as exc:
            raise NotSignedInError(str(exc)) from exc
        # Uploads and downloads follow the check-in list this door chose per event.
        return PretixBackend(
            pretix,
            account.organizer,
            door_lists.door_list_id,
            online_budget=float(self.settings.get("online_budget")),
        )

    def sync_engine(
        self, client: OpenEventClient | None = None, credentials: CredentialStore | None = None
    ) -> SyncEngine:
        """The account's sync; from now on scans of its pretix-type events ask the server
        first (the engine's online check)."""
        engine = SyncEngine(self.store, self.backend(client, credentials))
        self.online.use(engine.online_check)
        return engine

    @contextmanager
    def online_session(self) -> Iterator[None]:
        """For one command-line verb: scans of the account's pretix-type events ask the
        server first, as in the GUI. Nothing changes for Open Event, a local door, or an
        account without stored tokens (then verdicts are local, as before)."""
        if self.pretix_account() is None:
            yield
            return
        try:
            engine = self.sync_engine()
        except (NotSignedInError, ValueError) as exc:
            log.info("no online check: %s", exc)
            yield
            return
        try:
            yield
        finally:
            self.online.use(None)
            engine.close()

    def sync_scheduler(
        self, engine: SyncEngine, on_report: Callable[[SyncReport], None] | None = None
    ) -> SyncScheduler:
        """Background sync for this account, listening to its check-ins: every queued row is
        sent soon, whichever event it belongs to. The pull interval is the setting as it is
        now; the TCP probe notices a returning network where the OS cannot tell."""
        server = self.server_url
        scheduler = SyncScheduler(
            engine,
            self.store,
            pull_interval=float(self.settings.get("sync_interval")),
            on_report=on_report,
            probe=lambda: tcp_probe(server),
        )
        self.queued.listen(scheduler.push_now)
        return scheduler


def account_store_path(data_dir: Path, settings: Settings) -> Path:
    slug = paths.account_slug(settings.get("server_url"), settings.get("account_email"))
    return paths.database_path(data_dir, slug)


def open_app(data_dir_override: str | None = None) -> AppContext:
    data_dir = paths.data_dir(data_dir_override)
    settings = Settings(data_dir)
    store = Store(account_store_path(data_dir, settings))
    queued = QueuedBell()
    online = OnlineSwitch()
    service = CheckInService(
        StoreCheckInRepository(store),
        lambda: settings.device_name,
        on_queued=queued,
        online=online,
    )
    return AppContext(data_dir, settings, store, service, queued=queued, online=online)
