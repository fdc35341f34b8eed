"""Integration fixtures: a real demo server on a free loopback port, and a door signed in to it
that has downloaded the main event (test_sync_engine.py's Door: store file, client, engine,
check-in service)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.demo.server import DemoServer
from tests.integration.test_sync_engine import Door, open_door


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[DemoServer]:
    """A running demo server with a small sample event (200 attendees) in a fresh database."""
    server = DemoServer(tmp_path / "demo-server.db", port=0, attendees=200, seed=7)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def door(tmp_path: Path, demo_server: DemoServer) -> Iterator[Door]:
    """A door with its own store file, signed in to the demo server, main event downloaded."""
    opened = open_door(tmp_path / "door", demo_server)
    try:
        yield opened
    finally:
        opened.close()
