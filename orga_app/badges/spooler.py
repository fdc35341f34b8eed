"""The door's badge print queue: one worker thread that renders and prints, so a check-in never
waits for a printer and the GUI thread never touches one.

A check-in asks for a badge (`after_check_in`); the worker applies the print mode, records a job,
prints it and records the outcome: printed (with the server's print log through the outbox, in
the same transaction) or held with the printer's problem. Held jobs wait for a person
(`retry_held`); queued jobs left by a closed app are printed at the next start.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from orga_app.badges.layout import BadgeContent, BadgeLayout
from orga_app.badges.modes import PrintMode, mode_for, should_print
from orga_app.badges.outcome import PrintOutcome, PrintProblem
from orga_app.badges.printer import print_badges
from orga_app.badges.server_layouts import layout_for
from orga_app.store import badge_jobs
from orga_app.store.badge_jobs import BadgeSubject, JobState
from orga_app.store.badge_layouts import choice_for_ticket
from orga_app.store.db import Store

log = logging.getLogger("orga_app.badges")

PRINT_LOG_SERVERS = frozenset({"openevent", "pretix"})


@dataclass(frozen=True, slots=True)
class PrintConfig:
    """The door's badge settings as the worker reads them for each job."""

    printer: str
    layout: BadgeLayout
    default_mode: PrintMode = PrintMode.NEVER
    ticket_modes: dict[str, PrintMode] = field(default_factory=dict)
    device_name: str = "door"
    # Print with the server's layout of the ticket type where the event has one (Open Event
    # badge forms, pretix badge layouts); `layout` is for the rest, and for all when False.
    server_layouts: bool = True


@dataclass(frozen=True, slots=True)
class BadgeNotice:
    """What happened to one badge, for the door's status line and the CLI."""

    job_id: int
    attendee_id: int
    name: str
    state: JobState
    printer: str
    problem: PrintProblem | None = None
    # time.perf_counter() when the spooler had the job (before it was recorded), for timing
    spooled_at: float | None = None


@dataclass(frozen=True, slots=True)
class _Work:
    kind: str  # "check_in", "reprint", "job", "retry"
    ident: int = 0  # the attendee (check_in, reprint) or the job
    event_id: str | None = None  # retry: that event's held jobs, None for all


Printer = Callable[[str, BadgeLayout, list[BadgeContent], str], PrintOutcome]


def content_of(subject: BadgeSubject) -> BadgeContent:
    return BadgeContent(
        firstname=subject.firstname,
        lastname=subject.lastname,
        company=subject.company,
        job_title=subject.job_title,
        ticket=subject.ticket_name,
        email=subject.email,
        code=subject.code,
        event=subject.event_name,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class BadgeSpooler:
    def __init__(
        self,
        store: Store,
        config: Callable[[], PrintConfig],
        notify: Callable[[BadgeNotice], None] = lambda _notice: None,
        *,
        logged: Callable[[str], None] = lambda _event_id: None,
        printer: Printer = print_badges,
    ) -> None:
        self._store = store
        self._config = config
        self._notify = notify
        self._logged = logged  # an outbox row was queued for this event: push it
        self._print = printer
        self._work: queue.Queue[_Work | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    # ----- asked from any thread (the GUI's, the check-in worker's): never blocks

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="badge-spooler", daemon=True)
        self._thread.start()
        with self._store.read() as conn:
            for job in badge_jobs.unfinished(conn):
                self._work.put(_Work("job", job.id))

    def after_check_in(self, attendee_id: int) -> None:
        """A check-in went through: print by the ticket's mode."""
        self._work.put(_Work("check_in", attendee_id))

    def reprint(self, attendee_id: int) -> None:
        """A person asked for this attendee's badge (again), whatever the mode says."""
        self._work.put(_Work("reprint", attendee_id))

    def retry_held(self, event_id: str | None = None) -> None:
        """Print the held badges again (a person fixed the printer)."""
        self._work.put(_Work("retry", event_id=event_id))

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the badge in hand (a printer job must not be cut in half), then stop; jobs
        still queued stay queued in the store for the next start."""
        if self._thread is None:
            return
        self._work.put(None)
        self._thread.join(timeout)
        self._thread = None

    def wait_idle(self) -> None:
        """Until everything asked so far is done (tests, the CLI and the bench)."""
        self._work.join()

    # ----- the worker thread

    def _run(self) -> None:
        while True:
            item = self._work.get()
            try:
                if item is None:
                    return
                self._handle(item)
            except Exception:  # one bad badge must not stop the queue for the rest
                log.exception("badge job %s failed", item)
            finally:
                self._work.task_done()

    def _handle(self, work: _Work) -> None:
        kind, ident = work.kind, work.ident
        if kind == "retry":
            with self._store.write() as conn:
                job_ids = badge_jobs.requeue_held(conn, work.event_id)
            for job_id in job_ids:
                self._print_job(job_id)
            return
        if kind == "job":
            self._print_job(ident)
            return
        config = self._config()
        never = PrintMode.NEVER
        if (
            kind == "check_in"
            and config.default_mode is never
            and not any(mode is not never for mode in config.ticket_modes.values())
        ):
            return  # the usual door: not even a read beside the scans
        # Decided on a read: a check-in that prints nothing never takes the store's write
        # lock, which the next scan may be waiting for.
        with self._store.read() as conn:
            subject = badge_jobs.subject(conn, ident)
            no_badge = (
                subject is not None
                and config.server_layouts
                and choice_for_ticket(conn, subject.event_id, subject.ticket_id).no_badge
            )
        if subject is None:
            return
        if kind == "check_in":
            if no_badge:
                return  # the server's layouts say this ticket type gets no badge
            mode = mode_for(subject.ticket_name, config.default_mode, config.ticket_modes)
            if not should_print(mode, subject.printed_before):
                return
        with self._store.write() as conn:
            job_id = badge_jobs.add_job(conn, subject.event_id, ident, config.printer, _now())
        self._print_job(job_id)

    def _print_job(self, job_id: int) -> None:
        config = self._config()
        with self._store.read() as conn:
            job = badge_jobs.job(conn, job_id)
            subject = badge_jobs.subject(conn, job.attendee_id) if job is not None else None
            choice = (
                choice_for_ticket(conn, subject.event_id, subject.ticket_id)
                if subject is not None
                else None
            )
        if job is None or subject is None or choice is None or job.state is not JobState.QUEUED:
            return
        content = content_of(subject)
        layout = layout_for(choice, config.layout, config.server_layouts)
        outcome = self._print(config.printer, layout, [content], f"badge-{subject.attendee_id}")
        spooled_at = time.perf_counter() if outcome.ok else None
        # Servers with a print log: Open Event's attendee flag, pretix's print log (eventyay-
        # tickets has none: its door's own badge_job record keeps "once" there).
        log_on_server = subject.server_kind in PRINT_LOG_SERVERS and not subject.is_local_event
        with self._store.write() as conn:
            if outcome.ok:
                badge_jobs.record_printed(
                    conn, job_id, _now(), config.device_name, log_on_server=log_on_server
                )
            else:
                assert outcome.problem is not None
                badge_jobs.hold(conn, job_id, outcome.printer, outcome.problem.value)
        if outcome.ok and log_on_server:
            self._logged(subject.event_id)
        name = f"{subject.firstname} {subject.lastname}".strip()
        state = JobState.PRINTED if outcome.ok else JobState.HELD
        self._notify(
            BadgeNotice(
                job_id,
                subject.attendee_id,
                name,
                state,
                outcome.printer,
                outcome.problem,
                spooled_at,
            )
        )
