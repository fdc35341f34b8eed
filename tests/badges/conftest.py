"""Fixtures of the badge tests: a real CUPS queue (cups.py) and the demo server."""

from tests.badges.cups import cups_queue
from tests.integration.conftest import demo_server

__all__ = ["cups_queue", "demo_server"]
