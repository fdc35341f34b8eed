"""Composition root: builds store, check-in service, API client and sync from settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from orga_app import paths
from orga_app.core.checkin import CheckInService
from orga_app.settings import Settings
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair
from orga_app.sync.upload import UPLOAD_CONCURRENCY

log = logging.getLogger("orga_app")


class NotSignedInError(RuntimeError):
    """No server account, or no tokens for it: `orga-app login` first."""


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

    def sync_engine(self, client: OpenEventClient | None = None) -> SyncEngine:
        return SyncEngine(self.store, OpenEventBackend(client or self.client()))


def account_store_path(data_dir: Path, settings: Settings) -> Path:
    slug = paths.account_slug(settings.get("server_url"), settings.get("account_email"))
    return paths.database_path(data_dir, slug)


def open_app(data_dir_override: str | None = None) -> AppContext:
    data_dir = paths.data_dir(data_dir_override)
    settings = Settings(data_dir)
    store = Store(account_store_path(data_dir, settings))
    service = CheckInService(StoreCheckInRepository(store), lambda: settings.device_name)
    return AppContext(data_dir, settings, store, service)
