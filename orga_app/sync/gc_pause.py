"""Python's cyclic garbage collector paused while a download turns pages into rows.

A page of 1,000 attendees decodes into some 30,000 dicts, lists and records that live until
the page is written, so they survive into the collector's oldest generation and set off a full
collection every page or two, each walking every object of the app. That was about a third of
a download's CPU time: 100,000 attendees from cached pages, decode + JSON:API parse 75 us a row
with the collector, 41 without (tmp stage profile, 2026-12-01; bench/bench_sync.py measures the
whole download). The pages themselves are freed by reference counting as before; only garbage
in reference cycles (from any thread) waits until the last download ends, seconds to minutes.

Process-wide, as the collector is: the first of several concurrent downloads pauses it, the
last one to finish resumes it, and only when it was running before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.resume = False


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    with _PAUSE.lock:
        if _PAUSE.holders == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.holders += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.holders -= 1
            if _PAUSE.holders == 0 and _PAUSE.resume:
                gc.enable()
