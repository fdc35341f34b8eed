"""The ONE way the UI runs work off the GUI thread (modelled on Anki's aqt/taskman.py).

Two lanes:
- `Lane.STORE`, one thread: every write to the local store (check-ins, problem actions) and
  work that must follow it in order. Two quick scans are saved and answered in the order they
  were made, so a screen never shows the first person's verdict after the second's.
- `Lane.PARALLEL`, a few threads: network calls, camera probing and reads. SQLite in WAL mode
  lets readers run beside the writer, so a long search or export never holds up a scan.

`run()` hands the result (or the exception) back on the GUI thread; `run_on_main()` lets any
thread post a closure to the GUI thread. The work function must not touch widgets. A task
started with a `key` replaces earlier tasks of the same key: their results are dropped
("latest query wins"). The GUI thread never waits here: only `shutdown()` waits, bounded, when
the window closes (queued store writes still run then; queued reads are dropped).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger("orga_app.ui")

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
Closure = Callable[[], None]

# How long closing the window may wait for work under way (a request within its timeout).
SHUTDOWN_WAIT_MS = 15_000


class Lane(Enum):
    STORE = "store"
    PARALLEL = "parallel"


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    key: str | None


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a pool thread is queued to it."""

    finished = Signal(int, object, object)  # task id, result, exception
    closure = Signal(object)  # a callable to run on the GUI thread


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.finished.emit(self._task_id, None, exc)
            return
        self._relay.finished.emit(self._task_id, result, None)


class TaskRunner(QObject):
    """Runs callables on its two lanes. Create it on the GUI thread."""

    #: the number of tasks still running changed (for a busy indicator and for tests)
    busy_changed = Signal(int)

    def __init__(self, parallel_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {lane: QThreadPool(self) for lane in Lane}
        self._pools[Lane.STORE].setMaxThreadCount(1)
        self._pools[Lane.PARALLEL].setMaxThreadCount(parallel_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.closure.connect(self._run_closure, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closed = False

    @property
    def active(self) -> int:
        return len(self._pending)

    def lane_threads(self, lane: Lane) -> int:
        return int(self._pools[lane].maxThreadCount())

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        key: str | None = None,
        lane: Lane = Lane.PARALLEL,
    ) -> int:
        """Start `fn()` on `lane`; returns the task id. Call on the GUI thread."""
        if self._closed:
            # window closing: late signals (a sync report) may still ask for work; drop it
            log.debug("task dropped: runner is shut down")
            return 0
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_done, on_error, key)
        if key is not None:
            self._latest[key] = task_id
        self._pools[lane].start(_Job(task_id, fn, self._relay))
        self.busy_changed.emit(len(self._pending))
        return task_id

    def run_on_main(self, closure: Closure) -> None:
        """Run `closure` on the GUI thread soon. Safe from any thread; never waits."""
        self._relay.closure.emit(closure)

    @Slot(object)
    def _run_closure(self, closure: Closure) -> None:
        if not self._closed:
            closure()

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(task_id, None)
        self.busy_changed.emit(len(self._pending))
        if pending is None or self._closed:
            return
        if pending.key is not None and self._latest.get(pending.key) != task_id:
            return  # a newer task of the same key was started: this answer is stale
        if error is not None:
            if pending.on_error is not None:
                pending.on_error(error)
            else:
                # No handler: a bug. Re-raise on the GUI thread so the excepthook reports it.
                raise error
        elif pending.on_done is not None:
            pending.on_done(result)

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """The window is closing: drop every callback still due and the parallel lane's
        queued work, and wait (at most `wait_ms` per lane) for the rest. The store lane's queued
        work still runs: a scan made just before closing is saved (and sent at the next start),
        never dropped; its verdict is not shown. True when every lane is idle."""
        self._closed = True
        idle = True
        self._pools[Lane.PARALLEL].clear()
        for pool in self._pools.values():
            idle = bool(pool.waitForDone(wait_ms)) and idle
        self._pending.clear()
        return idle
