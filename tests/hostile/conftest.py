"""Fixtures for the hostile-server suite: a hostile server on loopback and one door syncing
with it through the real client, engine and SQLite store, with small bounds to stay fast."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from orga_app.store.db import Store
from orga_app.store.models import ATTENDEE
from orga_app.sync.engine import SyncEngine
from orga_app.sync.openevent import OpenEventBackend, OpenEventClient, TokenPair
from orga_app.sync.transport import AnswerLimits
from tests.hostile.server import HostileServer

# Small on purpose: a real page of this suite is a few kB; 2 s is long for loopback.
LIMITS = AnswerLimits(deadline=2.0, max_body_bytes=256 * 1024)
PAGE_SIZE = 10


@dataclass
class Door:
    store: Store
    client: OpenEventClient
    engine: SyncEngine

    def live_attendees(self) -> int:
        """Attendees the door would admit (not marked deleted)."""
        with self.store.read() as conn:
            found = conn.execute(
                select(func.count()).select_from(ATTENDEE).where(ATTENDEE.c.deleted.is_(False))
            ).scalar_one()
        return int(found)


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    server.start()
    try:
        yield server
    finally:
        server.close()


def open_door(directory: Path, server: HostileServer, limits: AnswerLimits = LIMITS) -> Door:
    store = Store(directory / "door.sqlite")
    client = OpenEventClient(
        server.url, tokens=TokenPair("access", "refresh"), timeout=5.0, limits=limits
    )
    return Door(store, client, SyncEngine(store, OpenEventBackend(client), page_size=PAGE_SIZE))


@pytest.fixture
def door(tmp_path: Path, hostile: HostileServer) -> Iterator[Door]:
    """A door that has already downloaded the server's 30 attendees once."""
    opened = open_door(tmp_path, hostile)
    report = opened.engine.run("1")
    assert report.error is None and report.downloaded == 30, report
    try:
        yield opened
    finally:
        opened.client.close()
        opened.store.close()
