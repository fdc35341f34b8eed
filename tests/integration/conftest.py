"""Integration fixtures: a real demo server on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orga_app.demo.server import DemoServer


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[DemoServer]:
    """A running demo server with a small sample event (200 attendees) in a fresh database."""
    server = DemoServer(tmp_path / "demo-server.db", port=0, attendees=200, seed=7)
    server.start()
    try:
        yield server
    finally:
        server.stop()
