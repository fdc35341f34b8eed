"""Fixtures of the badge tests: the demo server (the CUPS queue is in tests/conftest.py)."""

from tests.integration.conftest import demo_server

__all__ = ["demo_server"]
