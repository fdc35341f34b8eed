"""Orga App: an offline-first check-in app for event doors."""

__version__ = "0.1.0"
