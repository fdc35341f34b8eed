"""Send soon: the one place that turns "a check-in was queued" into an upload.

The check-in service rings `request(event_id)` after each durable write (from whichever thread
made the check-in); the pusher's own thread uploads that event's outbox. Requests that arrive
while an upload runs are folded into one more run afterwards, so a burst of scans at a busy
door costs one or two uploads, never one per scan. `request` never waits: it only puts an item
on a queue, so a scan's verdict is never held up by the network or by a database lock.

Retrying later is not done here: the SyncScheduler owns backoff and keeps retry times in its
persistent job store, and asks this pusher again when a retry is due.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger("orga_app.sync")


class _EveryPendingEvent:
    """Queue item: "push every event that has rows waiting" (start-up, network back)."""


_EVERY_PENDING = _EveryPendingEvent()
_STOP = None

_Item = str | _EveryPendingEvent | None


class Pusher:
    """One thread that runs `push(event_id)` for every event asked for, one at a time."""

    def __init__(
        self,
        push: Callable[[str], None],
        pending_events: Callable[[], list[str]],
        name: str = "sync-push",
    ) -> None:
        self._push = push
        self._pending_events = pending_events
        self._name = name
        self._items: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
        self._thread.start()

    def request(self, event_id: str) -> None:
        """Upload this event's outbox soon. Never blocks; safe from any thread."""
        if not self._stopping.is_set():
            self._items.put(event_id)

    def request_every_pending(self) -> None:
        """Upload every event whose outbox has rows waiting (read on the pusher's thread)."""
        if not self._stopping.is_set():
            self._items.put(_EVERY_PENDING)

    def stop(self, timeout: float | None = None) -> bool:
        """Ask the thread to end after the upload under way; True once it has ended.

        Requests still queued are dropped: their rows stay in the outbox, and the next start
        pushes every pending event."""
        self._stopping.set()
        self._items.put(_STOP)
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            first = self._items.get()
            for event_id in self._gather(first):
                if self._stopping.is_set():
                    return
                try:
                    self._push(event_id)
                except Exception:  # one bad run must not end the thread that sends every scan
                    log.exception("push of %s failed", event_id)

    def _gather(self, first: _Item) -> list[str]:
        """`first` and whatever else is queued now, each event once, in the order asked."""
        items = [first]
        while True:
            try:
                items.append(self._items.get_nowait())
            except queue.Empty:
                break
        wanted: dict[str, None] = {}
        for item in items:
            if item is _STOP:
                self._stopping.set()
            elif isinstance(item, _EveryPendingEvent):
                try:
                    wanted.update(dict.fromkeys(self._pending_events()))
                except Exception:  # a locked store: the pull job uploads them later
                    log.exception("could not read which events have check-ins waiting")
            elif isinstance(item, str):
                wanted[item] = None
        return list(wanted)
