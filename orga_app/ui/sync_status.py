"""Sync in the GUI: a controller that bridges the sync scheduler's thread to Qt signals, and the
status-bar widgets (online/offline, pending count, last sync, download progress).

The UI works without sync (a CSV-imported door, or before sync is wired): pass `sync=None`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from orga_app.app import AppContext, NotSignedInError
from orga_app.core.times import human_time
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncReport
from orga_app.sync.errors import is_no_answer
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label, tooltip_text
from orga_app.ui.tasks import Lane, TaskRunner
from orga_app.ui.theme import STATUS_LOOKS

log = logging.getLogger("orga_app.ui")


class SchedulerLike(Protocol):
    """What the UI calls on sync.scheduler.SyncScheduler."""

    def start(self, event_id: str | None = None) -> None: ...

    def follow(self, event_id: str) -> None: ...

    def network_back(self) -> None: ...

    def set_pull_interval(self, seconds: float) -> None: ...

    def shutdown(self, wait: bool = True) -> None: ...


class EngineLike(Protocol):
    def run(
        self,
        event_id: str,
        progress: Callable[[str, int, int], None] | None = None,
        cancel: threading.Event | None = None,
        *,
        download: bool = True,
        resume: bool = False,
    ) -> Any: ...


SchedulerFactory = Callable[[Callable[[Any], None]], SchedulerLike]


class SyncController(QObject):
    """Sync for the GUI: the account's scheduler (pushes of every queued check-in, periodic
    pull of the open event) and "sync now" (a full run with progress). Scheduler callbacks come
    from sync threads and only emit signals, which Qt queues to the GUI thread. Its own work
    runs on a TaskRunner: scheduler start/follow/interval changes one after another on the
    store lane (they write the job table), "sync now" on the parallel lane."""

    report_ready = Signal(object)  # SyncReport
    progress = Signal(str, int, int)  # stage, done, total
    running_changed = Signal(bool)

    def __init__(
        self,
        engine: EngineLike,
        make_scheduler: SchedulerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._make_scheduler = make_scheduler
        self.scheduler: SchedulerLike | None = None
        self._cancel = threading.Event()
        self._tasks = TaskRunner(parallel_threads=1, parent=self)
        self._running = False

    # called from sync threads
    def on_report(self, report: Any) -> None:
        self.report_ready.emit(report)

    def on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)

    def open_event(self, event_id: str) -> None:
        """The door opened this event: its attendees are pulled periodically from now on.

        One scheduler for the account, started at the first event: it keeps pushing the
        check-ins of every event (a scan of the event just left still goes out). Off the GUI
        thread: starting and following write the job table in SQLite.
        """
        if self._make_scheduler is None:
            return
        scheduler = self.scheduler
        if scheduler is None:
            started = self._make_scheduler(self.on_report)
            self.scheduler = started  # pushes before it runs are dropped; start() sends them
            self._in_order(lambda: started.start(event_id), "start sync")
        else:
            self._in_order(lambda: scheduler.follow(event_id), "follow the open event")

    def set_pull_interval(self, seconds: float) -> None:
        """A changed sync_interval reaches the running scheduler, no restart needed. Off the GUI
        thread (rescheduling writes the job table in SQLite) and after a start under way, so
        the scheduler has started when its pull job is rescheduled."""
        scheduler = self.scheduler
        if scheduler is not None:
            self._in_order(lambda: scheduler.set_pull_interval(seconds), "change the interval")

    def _in_order(self, work: Callable[[], None], what: str) -> None:
        # A locked job table: the door keeps working; the pull job and the pusher carry on.
        def failed(exc: BaseException) -> None:
            log.error("sync: could not %s: %r", what, exc)

        self._tasks.run(work, None, failed, lane=Lane.STORE)

    def network_back(self) -> None:
        if self.scheduler is not None:
            self.scheduler.network_back()

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self, event_id: str) -> bool:
        """Upload, then download everything, with progress. False if one is already running."""
        if self._running:
            return False
        self._cancel.clear()
        engine, cancel = self._engine, self._cancel

        def work() -> Any:
            try:
                return engine.run(event_id, self.on_progress, cancel, download=True, resume=True)
            except Exception as exc:  # a locked or full store, a bug: the person who asked sees
                log.exception("sync of %s failed", event_id)  # it in the status bar
                return SyncReport(event_id, error=user_message(exc))

        def done(report: Any) -> None:
            self._running = False
            self.running_changed.emit(False)
            self.on_report(report)

        self._running = True
        self.running_changed.emit(True)
        self._tasks.run(work, done, lane=Lane.PARALLEL)
        return True

    def shutdown(self) -> None:
        """Stop by flag + bounded wait, never kill: a page being written completes first.
        Waits: call it off the GUI thread, or when the app is closing."""
        self._cancel.set()
        self._tasks.shutdown()
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=True)
        close = getattr(self._engine, "close", None)  # test doubles may have none
        if close is not None:
            close()


def controller_for(
    ctx: AppContext, credentials: CredentialStore | None = None, parent: QObject | None = None
) -> SyncController | None:
    """The real sync for a signed-in account; None for a local-only door (no account/tokens).

    `credentials` replaces the app's default credential store (tests use a file in tmp_path).
    """
    try:
        engine = ctx.sync_engine(credentials=credentials)
    except NotSignedInError:
        return None
    except ValueError as exc:  # plain http to another computer, not allowed this session
        log.warning("no sync: %s", exc)
        return None

    def make_scheduler(on_report: Callable[[Any], None]) -> SchedulerLike:
        # Built when the first event opens, with the interval as set then; it listens to the
        # account's check-ins (AppContext.queued) and sends each one soon.
        return ctx.sync_scheduler(engine, on_report)

    controller = SyncController(engine, make_scheduler, parent)
    NetworkWatch(controller.network_back, controller)
    return controller


class NetworkWatch(QObject):
    """Calls `on_back` when the OS reports the network reachable again (QNetworkInformation).

    Where no backend exists (headless kiosks, some Linux set-ups) the scheduler's light TCP
    probe does the same job, a few seconds later.
    """

    def __init__(self, on_back: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_back = on_back
        self.available = bool(QNetworkInformation.loadDefaultBackend())
        info = QNetworkInformation.instance() if self.available else None
        if info is not None:
            info.reachabilityChanged.connect(self._changed)

    def _changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            log.info("the OS reports the network is back")
            self._on_back()


def is_offline(report: SyncReport) -> bool:
    """No answer from the server at all (no network, connection refused, timed out). A server
    that answers with an error (5xx, 429, a proxy's page) is reachable: that is not "offline",
    and saying so sends people to check the Wi-Fi for nothing."""
    return is_no_answer(report.error)


class SyncStatusWidgets(QObject):
    """The status-bar part: `install(status_bar)` once, then feed it counts and reports."""

    problems_clicked = Signal()
    sync_clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = plain_label()
        self.pending = plain_label()
        self.last_sync = plain_label()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.problems = QPushButton()
        self.problems.setFlat(True)
        self.problems.clicked.connect(self.problems_clicked)
        self.problems.hide()
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(self.sync_clicked)
        self.unencrypted = plain_label()
        self.unencrypted.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.unencrypted.hide()
        self.paused_reason: str | None = None
        self._online: bool | None = None
        self._server_error: str | None = None
        self._sync_available = True
        self._failed = 0
        self.set_online(None)
        self.set_last_sync(None)
        self.set_counts(0, 0)

    def install(self, bar: QStatusBar) -> None:
        widgets: list[QWidget] = [
            self.unencrypted, self.online, self.pending, self.problems, self.last_sync,
        ]  # fmt: skip
        for widget in widgets:
            bar.addWidget(widget)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sync_button)

    def set_unencrypted(self, host: str | None) -> None:
        """Shown for as long as this session talks plain http to another computer."""
        self.unencrypted.setVisible(host is not None)
        if host is None:
            return
        self.unencrypted.setText(tr("⚠ Not encrypted: {host}").format(host=host))
        self.unencrypted.setToolTip(
            tooltip_text(
                tr(
                    "This session was allowed to use plain http to {host}: the password, the "
                    "session and attendee data can be read by anyone on the network."
                ).format(host=host)
            )
        )

    def set_sync_available(self, available: bool) -> None:
        """After every account switch: nothing of the previous account's state may stay."""
        self.sync_button.setVisible(available)
        self._sync_available = available
        self.paused_reason = None
        self.set_online(None)
        self._show_problems_button()

    def set_online(self, online: bool | None, server_error: str | None = None) -> None:
        """None: no sync yet; True: the last sync worked (or the server answered with an error,
        `server_error`); False: no answer from the server at all."""
        self._online, self._server_error = online, server_error
        if self.paused_reason:
            return  # paused outranks online/offline: nothing is uploaded either way
        self.online.setToolTip(tooltip_text(server_error or ""))
        if not self._sync_available:
            self._show_state("local", tr("Local only (no sync)"))
        elif online is None:
            self._show_state("unsynced", tr("Not synced yet"))
        elif not online:
            self._show_state(
                "offline", tr("Offline — no connection; scans are saved and sent later")
            )
        elif server_error:
            self._show_state("server_error", tr("Server error — scans are saved and sent later"))
        else:
            self._show_state("online", tr("Online"))

    def _show_state(self, state: str, words: str) -> None:
        """The connection state as symbol, words and colour (theme.STATUS_LOOKS): a colour-blind
        person or a screen reader gets the state from the first two alone."""
        symbol, colour, bold = STATUS_LOOKS[state]
        self.online.setText(f"{symbol} {words}")
        self.online.setAccessibleName(words)
        self.online.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if bold else ""))

    def set_counts(self, pending: int, failed: int) -> None:
        self.pending.setText(tr("{n} waiting to upload").format(n=pending))
        self._failed = failed
        self._show_problems_button()

    def _show_problems_button(self) -> None:
        if self.paused_reason:
            self.problems.setText(tr("⚠ Uploads paused — review"))
        else:
            self.problems.setText(tr("⚠ {n} failed — review").format(n=self._failed))
        self.problems.setVisible(self._failed > 0 or bool(self.paused_reason))

    def set_paused(self, reason: str | None) -> None:
        """Uploads stopped until a person acts (403: this account may not check people in;
        401: sign in again). The status bar cannot hold a server's reason: it says "paused"
        and where to look; the whole reason is in the tooltip and on the Problems page."""
        reason = reason or None
        if reason == self.paused_reason:
            return
        self.paused_reason = reason
        if reason:
            self._show_state("paused", tr("Uploads paused — nothing is sent to the server"))
            self.online.setToolTip(tooltip_text(tr("Uploads paused: {why}").format(why=reason)))
        else:
            self.set_online(self._online, self._server_error)
        self._show_problems_button()

    def set_last_sync(self, stamp: str | None) -> None:
        if stamp:
            self.last_sync.setText(
                tr("Last sync {when}").format(when=human_time(stamp, datetime.now(UTC)))
            )
        else:
            self.last_sync.setText(tr("Never synced"))

    def show_progress(self, stage: str, done: int, total: int) -> None:
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("{stage} %v / %m").format(stage=stage))
        self.progress.show()

    def show_report(self, report: SyncReport) -> None:
        self.progress.hide()
        self.set_paused(report.paused)
        if report.paused:
            return
        offline = is_offline(report)
        self.set_online(not offline, None if offline else report.error)
        if report.error is not None and not report.transient:
            # reachable, but the sync did not come out right (e.g. a list that looked
            # incomplete, so nobody was marked deleted): say what happened
            self._show_state("problem", tr("Sync problem: {why}").format(why=report.error))
        if report.skipped:
            self.online.setToolTip(tooltip_text(_report_details(report)))
        if report.error is None:
            self.set_last_sync(datetime.now(UTC).isoformat())


def _report_details(report: SyncReport) -> str:
    """The status label's tooltip: the whole error, and attendees the download had to skip."""
    lines = [report.error] if report.error else []
    if report.skipped:
        lines.append(
            tr(
                "%n attendee record(s) from the server could not be read and were skipped.",
                None,
                report.skipped,
            )
        )
    return "\n".join(lines)
