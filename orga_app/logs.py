"""Logging: one named logger per area (orga_app.sync, orga_app.scan, ...), a rotating file in
the data dir, a ring buffer for the in-app log view, and warnings on stderr for the CLI.

Never log tokens or passwords: the sync layer logs error classes and server details only.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import threading
from pathlib import Path

from orga_app.paths import log_dir

LOG_FILE = "orga-app.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RingBufferHandler(logging.Handler):
    """Keeps the last `capacity` formatted records in memory for the in-app log view."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lock = threading.Lock()
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a broken record must not break the caller
            self.handleError(record)
            return
        with self._lock:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._lock:
            return list(self._lines)


_ring: RingBufferHandler | None = None


def ring_buffer() -> RingBufferHandler | None:
    """The in-memory handler installed by `setup`, if any."""
    return _ring


def setup(data_dir: Path, *, console_level: int = logging.WARNING) -> Path:
    """Install the handlers once per process; returns the log file's path."""
    global _ring  # noqa: PLW0603 - one ring buffer per process, shared by every window
    root = logging.getLogger("orga_app")
    path = log_dir(data_dir) / LOG_FILE
    if _ring is not None:
        return path
    root.setLevel(logging.INFO)
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    console = logging.StreamHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("orga-app: %(message)s"))
    _ring = RingBufferHandler()
    for handler in (file_handler, console, _ring):
        root.addHandler(handler)
    # APScheduler reports every job run at INFO; keep its warnings only.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return path
