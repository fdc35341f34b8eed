"""Group commit: many small outbox changes from the upload workers, one transaction at a time.

Sixteen upload workers used to open a write transaction each for every change they made (the
claim before a request, the outcome after it): two fsyncs per check-in (synchronous=FULL), and
sixteen threads queueing for SQLite's one write lock. SQLite's busy handler is not fair: under a
load average of 5 one worker waited past the 5 s busy timeout and the whole upload stopped with
"database is locked" (bench/bench_sync.py, 2026-12-01). Here one writer thread commits whatever
the workers handed it since its last commit in one transaction, so the uploader holds at most
one write lock, and a burst of 16 answers costs one fsync, not 16.

A worker that needs its change durable before it goes on (a claim must be on disk before its
request leaves) waits for it; a change nobody needs to wait for (the row is done) is only handed
over, and the writer is drained before the upload returns.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

from sqlalchemy import Connection

from orga_app.store.db import Store

log = logging.getLogger("orga_app.sync")

T = TypeVar("T")


class Pending(Generic[T]):
    """One change handed to the writer; `wait()` returns its result once it is committed."""

    def __init__(self, change: Callable[[Connection], T]) -> None:
        self.change = change
        self._committed = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None

    def finish(self, value: T) -> None:
        self._value = value
        self._committed.set()

    def fail(self, error: BaseException) -> None:
        self._error = error
        self._committed.set()

    def wait(self) -> T:
        """The change's result once committed; raises what made its transaction fail."""
        self._committed.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by finish() before the event


class GroupCommitter:
    """One writer thread for the length of a `with` block. Changes run in the order handed in,
    each batch in one write transaction; a failure fails every change of its batch (none of
    them was committed)."""

    def __init__(self, store: Store, name: str = "outbox-writer") -> None:
        self._store = store
        self._items: queue.SimpleQueue[Pending[object] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.transactions = 0  # how many commits it took (tests and benchmarks read it)

    def __enter__(self) -> GroupCommitter:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._items.put(None)  # after every change handed in: the writer drains them first
        self._thread.join()

    def submit(self, change: Callable[[Connection], T]) -> Pending[T]:
        pending = Pending(change)
        self._items.put(pending)  # type: ignore[arg-type]  # the queue holds any result type
        return pending

    def apply(self, change: Callable[[Connection], T]) -> T:
        """Run `change` in the next transaction and wait until it is committed."""
        return self.submit(change).wait()

    def _loop(self) -> None:
        stopping = False
        while not stopping:
            batch: list[Pending[object]] = []
            item = self._items.get()
            while True:
                if item is None:
                    stopping = True
                else:
                    batch.append(item)
                try:
                    item = self._items.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._commit(batch)

    def _commit(self, batch: list[Pending[object]]) -> None:
        try:
            with self._store.write() as conn:
                values = [pending.change(conn) for pending in batch]
        except Exception as exc:
            log.warning("%d outbox change(s) not written: %s", len(batch), exc)
            for pending in batch:
                pending.fail(exc)
            return
        self.transactions += 1
        for pending, value in zip(batch, values, strict=True):
            pending.finish(value)
