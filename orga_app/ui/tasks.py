"""The ONE helper that runs work off the GUI thread and hands the result (or the exception)
back to the GUI thread by signal.

The work function must not touch widgets. Callbacks run on the GUI thread. A task started with a
`key` replaces earlier tasks of the same key: their results are dropped ("latest query wins").
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("orga_app.ui")

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    key: str | None


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a pool thread is queued to it."""

    finished = Signal(int, object, object)  # task id, result, exception


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
    """Runs callables on a private thread pool. Create it on the GUI thread."""

    #: the number of tasks still running changed (for a busy indicator and for tests)
    busy_changed = Signal(int)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closed = False

    @property
    def active(self) -> int:
        return len(self._pending)

    @property
    def max_threads(self) -> int:
        return int(self._pool.maxThreadCount())

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Start `fn()` on the pool; returns the task id."""
        if self._closed:
            # window closing: late signals (a sync report) may still ask for work; drop it
            log.debug("task dropped: runner is shut down")
            return 0
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_done, on_error, key)
        if key is not None:
            self._latest[key] = task_id
        self._pool.start(_Job(task_id, fn, self._relay))
        self.busy_changed.emit(len(self._pending))
        return task_id

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

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the pool is empty (shutdown and tests only, never in a GUI handler)."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self) -> None:
        """Wait for running work and drop every callback still due (window closing)."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        self._pending.clear()
