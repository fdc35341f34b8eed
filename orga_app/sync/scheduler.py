"""When sync runs: APScheduler with a persistent job store in the app's SQLite file, and the
Pusher (sync.pusher) for "send soon".

A queued check-in asks the pusher for an upload at once (no job row: the check-in service rings
`push_now`). While the server cannot be reached, the retry waits in a persistent `push:<event>`
job at the backoff time; a pull job runs periodically for the open event. Jobs live in the
store's own file, so a restart finds them; and at start-up pending rows are pushed even if the
jobs were lost.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import ThreadPoolExecutor as FuturePool
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from apscheduler.executors.base import BaseExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from orga_app.store import events as event_queries
from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.sync.engine import SyncEngine, SyncReport
from orga_app.sync.errors import ApiError
from orga_app.sync.pusher import Pusher

log = logging.getLogger("orga_app.sync")

JOB_TABLE = "apscheduler_jobs"
# A full download at most this often; in between the pull job (every `pull_interval`, the
# sync_interval setting) only refreshes check-in state, cheaply (sync/openevent/refresh.py).
FULL_DOWNLOAD_EVERY = timedelta(minutes=30)
# Seconds shutting down waits for an upload under way (a request within its timeout).
PUSHER_STOP_WAIT = 15.0


class Backoff:
    """Exponential backoff with full jitter: base 2 s, ×2, cap 5 min; Retry-After honoured."""

    def __init__(
        self,
        base: float = 2.0,
        factor: float = 2.0,
        cap: float = 300.0,
        rng: random.Random | None = None,
    ) -> None:
        self.base, self.factor, self.cap = base, factor, cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * self.factor**self.failures)
        self.failures += 1
        delay = self._rng.uniform(0.0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def reset(self) -> None:
        self.failures = 0


def tcp_probe(server_url: str, timeout: float = 1.5) -> bool:
    """A light "is the network back?" check: can we open a TCP connection to the server?"""
    parts = urlsplit(server_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "localhost", port), timeout=timeout):
            return True
    except OSError:
        return False


def sync_job(kind: str, event_id: str) -> None:
    """What a persisted job row names. A row holds only plain data (what to do, for which
    event); the scheduler that loads it runs it with its own executor (`_OwnJobs`), so no
    global table has to lead a stored job back to the live scheduler."""
    raise RuntimeError(f"sync job {kind}:{event_id} runs only through a SyncScheduler")


class _OwnJobs(BaseExecutor):  # type: ignore[misc]  # APScheduler has no type hints
    """APScheduler executor bound to one SyncScheduler: a `sync_job` row becomes a call of
    `dispatch(kind, event_id)`; any other job (the in-memory probe) is called as it is."""

    def __init__(self, dispatch: Callable[[str, str], None], threads: int = 2) -> None:
        super().__init__()
        self._dispatch = dispatch
        self._pool = FuturePool(threads, thread_name_prefix="sync-job")

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        if job.func is sync_job:
            kind, event_id = job.args
            future = self._pool.submit(self._dispatch, kind, event_id)
        else:
            future = self._pool.submit(job.func, *job.args, **job.kwargs)

        def finished(done: Future[None]) -> None:
            exc = done.exception()
            if exc is None:
                self._run_job_success(job.id, [])
            else:
                log.error("sync job %s failed", job.id, exc_info=exc)
                self._run_job_error(job.id, exc, exc.__traceback__)

        future.add_done_callback(finished)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait)


class SyncScheduler:
    """Background sync of one account's store: pushes for every event with check-ins waiting,
    the periodic pull of the open event (`follow`), backoff, and "network is back"."""

    def __init__(
        self,
        engine: SyncEngine,
        store: Store,
        *,
        pull_interval: float = 10.0,
        on_report: Callable[[SyncReport], None] | None = None,
        backoff: Backoff | None = None,
        probe: Callable[[], bool] | None = None,
        probe_interval: float = 5.0,
    ) -> None:
        self._engine = engine
        self._store = store
        self._pull_interval = pull_interval
        self._on_report = on_report
        self._backoff = backoff or Backoff()
        self._probe = probe
        self._probe_interval = probe_interval
        self._offline = False
        self._event_id: str | None = None
        # Set by shutdown: a download or upload under way stops at its next page or row, so
        # closing the app never waits out a whole download from a slow server.
        self._stopping = threading.Event()
        self._pusher = Pusher(lambda event_id: self._run("push", event_id), self._pending_events)
        self._scheduler = BackgroundScheduler(
            jobstores={
                "default": SQLAlchemyJobStore(url=f"sqlite:///{store.path}", tablename=JOB_TABLE)
            },
            executors={"default": _OwnJobs(self._dispatch)},
            # A run missed while the app was closed runs once when it starts again.
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
        )

    @property
    def offline(self) -> bool:
        return self._offline

    def start(self, event_id: str | None = None) -> None:
        """Start the job store and the pusher, push every event with rows waiting (even if
        the stored jobs were lost), and pull `event_id` periodically. Writes the job table:
        not for the GUI thread."""
        self._scheduler.add_jobstore("memory", alias="volatile")
        self._scheduler.start()
        self._pusher.start()
        # Asked first: storing the pull job below may fail (another program holds the store's
        # write lock), and rows left from the last run or the command line must go out anyway.
        self._pusher.request_every_pending()
        if self._probe is not None:
            # Not persisted: a probe only makes sense while this process runs.
            self._scheduler.add_job(
                self._probe_tick,
                IntervalTrigger(seconds=self._probe_interval),
                id="probe",
                jobstore="volatile",
            )
        if event_id is not None:
            self.follow(event_id)

    def follow(self, event_id: str) -> None:
        """The event now open at this door gets the periodic pull; the one before stops.
        Pushes are not tied to it: a check-in of any event is sent. Writes the job table."""
        self._event_id = event_id
        if not self._scheduler.running:
            return
        self._scheduler.add_job(
            sync_job,
            IntervalTrigger(seconds=self._pull_interval),
            args=["pull", event_id],
            id=f"pull:{event_id}",
            replace_existing=True,
        )
        for job in self._scheduler.get_jobs(jobstore="default"):
            if job.id.startswith("pull:") and job.id != f"pull:{event_id}":
                job.remove()

    def push_now(self, event_id: str) -> None:
        """Upload this event's outbox soon (the check-in service calls this after each queued
        check-in). Never blocks and writes nothing: safe from any thread, the GUI's too."""
        if self._scheduler.running:
            self._pusher.request(event_id)

    def push_later(self, event_id: str, delay: float) -> None:
        """A retry at the backoff time, kept in the persistent job store so that a restart
        still knows it. Writes the job table: not for the GUI thread."""
        if not self._scheduler.running:
            return
        self._scheduler.add_job(
            sync_job,
            DateTrigger(run_date=datetime.now(UTC) + timedelta(seconds=delay)),
            args=["push", event_id],
            id=f"push:{event_id}",
            replace_existing=True,
        )

    def set_pull_interval(self, seconds: float) -> None:
        """A changed sync_interval setting: the running pull job takes it at once (its next run
        is `seconds` from now), no restart. Writes the job table: not for the GUI thread."""
        if seconds == self._pull_interval:
            return  # saving the settings unchanged must not push the next refresh back
        self._pull_interval = seconds
        if self._event_id is not None and self._scheduler.running:
            self._scheduler.reschedule_job(
                f"pull:{self._event_id}", trigger=IntervalTrigger(seconds=seconds)
            )

    def pull_job_interval(self) -> float | None:
        """Seconds between runs of the live pull job, as the job store holds it; None if none."""
        if self._event_id is None:
            return None
        job = self._scheduler.get_job(f"pull:{self._event_id}")
        trigger = job.trigger if job is not None else None
        return float(trigger.interval_length) if isinstance(trigger, IntervalTrigger) else None

    def network_back(self) -> None:
        """The OS (or the probe) says the network is back: push what waits, at once. Never
        blocks: the pusher reads which events have rows waiting."""
        self._backoff.reset()
        if self._scheduler.running:
            self._pusher.request_every_pending()

    def pending_job_ids(self) -> list[str]:
        return [job.id for job in self._scheduler.get_jobs()]

    def shutdown(self, wait: bool = True) -> None:
        """Stop the pusher and the job store. Runs under way end at their next page or row
        (their rows stay in the outbox); with `wait`, return once they have ended, so nothing
        writes to the store after its owner closes it."""
        self._stopping.set()
        self._pusher.stop(PUSHER_STOP_WAIT if wait else 0.0)
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)

    def _dispatch(self, kind: str, event_id: str) -> None:
        """A stored job came due (on the executor's thread)."""
        if kind == "push":
            self._pusher.request(event_id)  # pushes run on the pusher, one at a time
        elif kind == "pull":
            self._run("pull", event_id)
        else:
            log.warning("unknown sync job %s:%s skipped", kind, event_id)

    def _pending_events(self) -> list[str]:
        with self._store.read() as conn:
            return outbox.pending_events(conn)

    def _run(self, kind: str, event_id: str) -> None:
        self.run_now(kind, event_id)

    def run_now(self, kind: str, event_id: str) -> SyncReport:
        """Run one push or pull in the calling thread and schedule the retry it needs."""
        try:
            if kind == "pull":
                report = self._pull(event_id)
            else:
                report = self._engine.run(event_id, cancel=self._stopping, download=False)
        except Exception as exc:  # a full disk or a locked store: report it and retry later
            log.exception("sync of %s failed", event_id)
            report = SyncReport(event_id, error=f"local database: {exc}")
            self._retry(event_id, self._backoff.next_delay())
            if self._on_report is not None:
                self._on_report(report)
            return report
        self._offline = report.transient
        if report.transient or (report.pending and not report.paused and report.error):
            delay = self._backoff.next_delay(report.retry_after)
            log.info("sync of %s will retry in %.1f s: %s", event_id, delay, report.error)
            self._retry(event_id, delay)
        elif report.error is None:
            self._backoff.reset()
            if report.pending:  # check-ins made while this run was under way
                self.push_now(event_id)
        if self._on_report is not None:
            self._on_report(report)
        return report

    def _retry(self, event_id: str, delay: float) -> None:
        try:
            self.push_later(event_id, delay)
        except Exception:  # a locked job table: the pull job uploads these rows later
            log.exception("could not schedule a retry for %s", event_id)

    def _pull(self, event_id: str) -> SyncReport:
        with self._store.read() as conn:
            info = event_queries.get(conn, event_id)
        last_full = info.last_full_download_at if info else None
        due = last_full is None or datetime.fromisoformat(last_full) < (
            datetime.now(UTC) - FULL_DOWNLOAD_EVERY
        )
        report = self._engine.run(event_id, cancel=self._stopping, download=due)
        if due or report.error or self._stopping.is_set():
            return report
        try:
            self._engine.refresh_status(event_id)
        except ApiError as exc:
            return SyncReport(
                event_id, report.uploaded, report.failed, report.pending, 0, report.seconds,
                str(exc), report.paused, exc.transient, exc.retry_after,
            )  # fmt: skip
        return report

    def _probe_tick(self) -> None:
        if self._offline and self._probe is not None and self._probe():
            log.info("network is back; pushing pending check-ins")
            self.network_back()
