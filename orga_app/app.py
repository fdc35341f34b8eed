"""Composition root: builds the store, the check-in service and (later) sync from settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from orga_app import paths
from orga_app.core.checkin import CheckInService
from orga_app.settings import Settings
from orga_app.store.db import Store
from orga_app.store.repository import StoreCheckInRepository

log = logging.getLogger("orga_app")


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    store: Store
    checkin: CheckInService

    def close(self) -> None:
        self.store.close()


def account_store_path(data_dir: Path, settings: Settings) -> Path:
    slug = paths.account_slug(settings.get("server_url"), settings.get("account_email"))
    return paths.database_path(data_dir, slug)


def open_app(data_dir_override: str | None = None) -> AppContext:
    data_dir = paths.data_dir(data_dir_override)
    settings = Settings(data_dir)
    store = Store(account_store_path(data_dir, settings))
    service = CheckInService(StoreCheckInRepository(store), lambda: settings.device_name)
    return AppContext(data_dir, settings, store, service)
