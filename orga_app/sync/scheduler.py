"""When sync runs: APScheduler with a persistent job store in the app's SQLite file.

A push job runs right after each local check-in and again at the backoff time while the
server cannot be reached; a pull job runs periodically. Jobs live in the store's own file, so a
restart finds them; and at start-up pending rows schedule a push even if the jobs were lost.
"""

from __future__ import annotations

import logging
import queue
import random
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from orga_app.store import events as event_queries
from orga_app.store import outbox
from orga_app.store.db import Store
from orga_app.sync.engine import SyncEngine, SyncReport
from orga_app.sync.errors import ApiError

log = logging.getLogger("orga_app.sync")

JOB_TABLE = "apscheduler_jobs"
# A full download at most this often; in between the pull job (every `pull_interval`, the
# sync_interval setting) only refreshes check-in state, cheaply (sync/openevent/refresh.py).
FULL_DOWNLOAD_EVERY = timedelta(minutes=30)
# The push job also fires by itself this often, in case a wake-up was ever missed.
PUSH_SAFETY_INTERVAL = 300.0


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


# Persisted jobs name a module-level function and plain arguments; this registry leads them
# back to the live scheduler of the store they belong to.
_REGISTRY: dict[str, SyncScheduler] = {}
_REGISTRY_LOCK = threading.Lock()


def run_job(key: str, kind: str, event_id: str) -> None:
    with _REGISTRY_LOCK:
        scheduler = _REGISTRY.get(key)
    if scheduler is None:
        log.info("no live scheduler for %s; job %s skipped", key, kind)
        return
    scheduler.run_now(kind, event_id)


class SyncScheduler:
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
        self._key = str(store.path)
        self._pull_interval = pull_interval
        self._on_report = on_report
        self._backoff = backoff or Backoff()
        self._probe = probe
        self._probe_interval = probe_interval
        self._offline = False
        self._event_id: str | None = None
        self._jobs_lock = threading.Lock()
        self._pushing: set[str] = set()
        self._again: set[str] = set()
        self._wakes: queue.SimpleQueue[tuple[str, float] | None] = queue.SimpleQueue()
        self._waker: threading.Thread | None = None
        self._scheduler = BackgroundScheduler(
            jobstores={
                "default": SQLAlchemyJobStore(url=f"sqlite:///{store.path}", tablename=JOB_TABLE)
            },
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            # Several instances may queue up: the engine's lock runs them one after another, and
            # a push that arrives while one runs must not be dropped.
            job_defaults={"coalesce": True, "max_instances": 4, "misfire_grace_time": None},
            timezone=UTC,
        )

    @property
    def offline(self) -> bool:
        return self._offline

    def start(self, event_id: str) -> None:
        with _REGISTRY_LOCK:
            _REGISTRY[self._key] = self
        self._event_id = event_id
        self._scheduler.start()
        self._waker = threading.Thread(target=self._wake_loop, name="sync-waker", daemon=True)
        self._waker.start()
        self._scheduler.add_job(
            run_job,
            IntervalTrigger(seconds=self._pull_interval),
            args=[self._key, "pull", event_id],
            id=f"pull:{event_id}",
            replace_existing=True,
        )
        if self._probe is not None:
            # Not persisted: a probe only makes sense while this process runs.
            self._scheduler.add_jobstore("memory", alias="volatile")
            self._scheduler.add_job(
                self._probe_tick,
                IntervalTrigger(seconds=self._probe_interval),
                args=[event_id],
                id="probe",
                jobstore="volatile",
            )
        with self._store.read() as conn:
            pending = outbox.pending_events(conn)
        for pending_event in pending:
            self.push_now(pending_event)

    def push_now(self, event_id: str, delay: float = 0.0) -> None:
        """Schedule an upload (called after each local check-in, and for backoff).

        Returns at once: the job table lives in the store's SQLite file, and the GUI thread,
        which calls this after every scan, must never wait for a database lock. The waker
        thread moves the job.
        """
        if not self._scheduler.running:
            return
        with self._jobs_lock:
            if delay == 0 and event_id in self._pushing:
                # A push is under way: it pushes again when it ends instead of piling up runs.
                self._again.add(event_id)
                return
        self._wakes.put((event_id, delay))

    def _wake_loop(self) -> None:
        while (item := self._wakes.get()) is not None:
            event_id, delay = item
            try:
                self._move_push_job(event_id, delay)
            except Exception:  # a locked job table must not end the waker; the job's own
                log.exception("could not schedule a push for %s", event_id)  # interval retries

    def _move_push_job(self, event_id: str, delay: float) -> None:
        """The push job is a persistent interval job (a safety net) whose next run time is
        moved forward: modifying a job is safe while APScheduler's own thread updates it,
        whereas replacing or re-adding a one-off job races with its removal after it fired."""
        when = datetime.now(UTC) + timedelta(seconds=delay)
        job_id = f"push:{event_id}"
        if self._scheduler.get_job(job_id) is None:
            self._scheduler.add_job(
                run_job,
                IntervalTrigger(seconds=PUSH_SAFETY_INTERVAL),
                args=[self._key, "push", event_id],
                id=job_id,
                replace_existing=True,
                next_run_time=when,
            )
        else:
            self._scheduler.modify_job(job_id, next_run_time=when)

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
        """The OS (or the probe) says the network is back: push what waits, at once."""
        self._backoff.reset()
        with self._store.read() as conn:
            pending = outbox.pending_events(conn)
        for event_id in pending:
            self.push_now(event_id)

    def pending_job_ids(self) -> list[str]:
        return [job.id for job in self._scheduler.get_jobs()]

    def shutdown(self, wait: bool = True) -> None:
        if self._waker is not None:  # pushes asked for before now still reach the job table
            self._wakes.put(None)
            self._waker.join()
            self._waker = None
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)
        with _REGISTRY_LOCK:
            if _REGISTRY.get(self._key) is self:
                del _REGISTRY[self._key]

    def run_now(self, kind: str, event_id: str) -> SyncReport:
        """Run one push or pull in the calling thread and schedule what follows."""
        again = False
        try:
            if kind == "pull":
                report = self._pull(event_id)
            else:
                with self._jobs_lock:
                    self._pushing.add(event_id)
                try:
                    report = self._engine.run(event_id, download=False)
                finally:
                    with self._jobs_lock:
                        self._pushing.discard(event_id)
                        again = event_id in self._again
                        self._again.discard(event_id)
        except Exception as exc:  # a full disk or a locked store: report it and retry later
            log.exception("sync of %s failed", event_id)
            report = SyncReport(event_id, error=f"local database: {exc}")
            self.push_now(event_id, self._backoff.next_delay())
            if self._on_report is not None:
                self._on_report(report)
            return report
        if again and not report.transient:
            self.push_now(event_id)
        self._offline = report.transient
        if report.transient or (report.pending and not report.paused and report.error):
            delay = self._backoff.next_delay(report.retry_after)
            log.info("sync of %s will retry in %.1f s: %s", event_id, delay, report.error)
            self.push_now(event_id, delay)
        elif report.error is None:
            self._backoff.reset()
            if report.pending:  # check-ins made while this run was under way
                self.push_now(event_id)
        if self._on_report is not None:
            self._on_report(report)
        return report

    def _pull(self, event_id: str) -> SyncReport:
        with self._store.read() as conn:
            info = event_queries.get(conn, event_id)
        last_full = info.last_full_download_at if info else None
        due = last_full is None or datetime.fromisoformat(last_full) < (
            datetime.now(UTC) - FULL_DOWNLOAD_EVERY
        )
        report = self._engine.run(event_id, download=due)
        if due or report.error:
            return report
        try:
            self._engine.refresh_status(event_id)
        except ApiError as exc:
            return SyncReport(
                event_id, report.uploaded, report.failed, report.pending, 0, report.seconds,
                str(exc), report.paused, exc.transient, exc.retry_after,
            )  # fmt: skip
        return report

    def _probe_tick(self, event_id: str) -> None:
        if self._offline and self._probe is not None and self._probe():
            log.info("network is back; pushing pending check-ins")
            self.network_back()
