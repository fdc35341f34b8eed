"""Fixtures of the badge tests: a real CUPS queue (cups.py)."""

from tests.badges.cups import cups_queue

__all__ = ["cups_queue"]
