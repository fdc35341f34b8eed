"""The main window: sign-in → event picker → workspace (scanner, attendees, problems), the sync
status bar and the keyboard-wedge filter. `run_gui(ctx)` is the desktop entry point."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from orga_app import logs, paths
from orga_app.app import AppContext, NotSignedInError, open_app
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.scan.sources import list_cameras
from orga_app.signin import find_event
from orga_app.signin_pretix import PretixAccount, refresh_events
from orga_app.store import events as store_events
from orga_app.store import queries
from orga_app.store.queries import EventStatus
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncReport
from orga_app.sync.errors import NotFoundError
from orga_app.sync.http import needs_insecure
from orga_app.ui import theme
from orga_app.ui.attendees import AttendeesPage, Confirm
from orga_app.ui.dashboard import DashboardPage
from orga_app.ui.errors import ExceptHook, user_message
from orga_app.ui.events import EventsPage, can_check_in
from orga_app.ui.export_dialog import CsvExporter, ExportKind, ask_export_target
from orga_app.ui.kiosk import KioskWindow
from orga_app.ui.log_view import LogView
from orga_app.ui.login import LoginPage, SignedIn, unencrypted_question
from orga_app.ui.plain import confirm_plain, make_labels_plain
from orga_app.ui.problems import ProblemsPage
from orga_app.ui.scanner import ScannerPage
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import SoundPlayer, make_sound_player
from orga_app.ui.sync_status import (
    SyncController,
    SyncStatusWidgets,
    controller_for,
)
from orga_app.ui.tasks import Lane, TaskRunner
from orga_app.ui.wedge_filter import WedgeFilter

log = logging.getLogger("orga_app.ui")

COUNTS_REFRESH_MS = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


ContextFactory = Callable[[Path], AppContext]
SyncFactory = Callable[[AppContext], SyncController | None]


def reopen_context(data_dir: Path) -> AppContext:
    return open_app(str(data_dir))


class MainWindow(QMainWindow):
    LOGIN, EVENTS, WORK = 0, 1, 2

    def __init__(
        self,
        ctx: AppContext,
        *,
        tasks: TaskRunner | None = None,
        sound: SoundPlayer | None = None,
        credentials: Callable[[], CredentialStore] | None = None,
        sync_factory: SyncFactory | None = None,
        camera_lister: Callable[[], list[int]] = list_cameras,
        context_factory: ContextFactory = reopen_context,
        confirm: Confirm | None = None,
        auto_camera: bool = True,
        install_wedge: bool = True,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._confirm: Confirm = confirm or (lambda title, text: confirm_plain(self, title, text))
        self.tasks = tasks or TaskRunner(parent=self)
        if sound is None:
            sound = make_sound_player(bool(ctx.settings.get("sound")), self)
        self.sound = sound
        self._credentials = credentials or (lambda: CredentialStore(self.ctx.data_dir))
        self._sync_factory = sync_factory
        self.sync: SyncController | None = None
        self._context_factory = context_factory
        self._camera_lister = camera_lister
        self.auto_camera = auto_camera
        self.event_id: str | None = None
        self.setWindowTitle(tr("Orga App — check-in"))
        icon = theme.icon_path("app")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 800)
        self._build(confirm)
        self.wedge = WedgeFilter(self, scope=self)  # dialogs get their keys as typed
        self.wedge.scanned.connect(self._wedge_scan)
        self.wedge.scanned_elsewhere.connect(self._scanned_into_dialog)
        self.wedge.enabled = False
        if install_wedge:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.wedge)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._applied_camera = self._camera_settings()
        self._make_sync()

    def _ask_plain_http(self) -> None:
        """An account on a plain-http server elsewhere syncs only when the person agrees, once
        per session (never remembered), and the status bar says so for as long as it lasts."""
        server = self.ctx.server_url
        remote_http = needs_insecure(server) and bool(self.ctx.account_email)
        if remote_http and not self.ctx.insecure and self._sync_factory is not None:
            self.ctx.insecure = self._confirm(
                tr("Unencrypted server"), unencrypted_question(server)
            )
        self.login.insecure = self.ctx.insecure
        shown = remote_http and self.ctx.insecure
        self.status.set_unencrypted(urlsplit(server).hostname or server if shown else None)

    def _stop_sync(self) -> None:
        """Stop sync now, waiting for it (bounded): only at exit. Switching accounts retires
        the old sync off the GUI thread instead (_switch_context)."""
        sync = self._detach_sync()
        if sync is not None:
            sync.shutdown()
            sync.deleteLater()

    def _detach_sync(self) -> SyncController | None:
        """Take the current sync out of the window: its late reports no longer reach it."""
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.report_ready.disconnect(self._sync_report)
            sync.progress.disconnect(self.status.show_progress)
        return sync

    def _make_sync(self) -> None:
        """Build sync for the current account; None keeps the door local-only."""
        self._ask_plain_http()
        self.sync = self._sync_factory(self.ctx) if self._sync_factory is not None else None
        if self.sync is not None:
            self.sync.report_ready.connect(self._sync_report)
            self.sync.progress.connect(self.status.show_progress)
        self.status.set_sync_available(self.sync is not None)

    # -- building -------------------------------------------------------------------------

    def _build(self, confirm: Confirm | None) -> None:
        settings = self.ctx.settings
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login = LoginPage(
            self.tasks,
            self.ctx.data_dir,
            self._credentials,
            server=str(settings.get("server_url")),
            email=str(settings.get("account_email")),
            insecure=self.ctx.insecure,
            confirm=self._confirm,
        )
        self.login.signed_in.connect(self._signed_in)
        self.login.back_requested.connect(self.show_events)
        self.events = EventsPage(self.tasks)
        self.events.event_chosen.connect(self.open_event)
        # A pretix-type event opened for its list's exit door scans check-outs (and back).
        self.events.direction_chosen.connect(self._door_direction)
        self.events.refresh_requested.connect(self._refresh_events_from_server)
        self.events.find_requested.connect(self.find_event)
        self.events.sign_out_requested.connect(self.sign_out)
        self.scanner = ScannerPage(
            self.ctx.checkin,
            self.tasks,
            self.sound,
            mode=Mode(settings.get("scan_mode")),
            decoder_name=str(settings.get("decoder")),
            repeat_after=float(settings.get("repeat_after")),
            camera_lister=self._camera_lister,
        )
        self.scanner.result_shown.connect(self._scan_result)
        self.scanner.mode_changed.connect(lambda mode: self.ctx.settings.set("scan_mode", mode))
        self.attendees = AttendeesPage(
            self.ctx.store, self.ctx.checkin, self.tasks, confirm=confirm
        )
        self.attendees.checked.connect(self._scan_result)
        self.problems = ProblemsPage(
            self.ctx.store, self.tasks, confirm=confirm, on_queued=self.ctx.queued
        )
        self.problems.changed.connect(self._problems_changed)
        self.dashboard = DashboardPage(self.ctx.store, self.tasks)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scanner, tr("Scanner"))
        self.tabs.addTab(self.attendees, tr("Attendees"))
        self.tabs.addTab(self.problems, tr("Problems"))
        self.tabs.addTab(self.dashboard, tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for page in (self.login, self.events, self.tabs):
            self.stack.addWidget(page)

        self.toolbar = QToolBar(tr("Main"))
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.event_label = QLabel()
        self.event_label.setStyleSheet("font-weight: bold; font-size: 13pt; padding: 0 12px;")
        self.toolbar.addWidget(self.event_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.change_event_action = QAction(tr("Change event"), self)
        self.change_event_action.triggered.connect(self.show_events)
        self.toolbar.addAction(self.change_event_action)
        self.export_action = QAction(tr("Export…"), self)
        self.export_action.setToolTip(tr("Save the attendee list or the scan log as CSV"))
        self.export_action.triggered.connect(self.ask_export)
        self.toolbar.addAction(self.export_action)
        self.settings_action = QAction(tr("Settings"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.toolbar.addAction(self.settings_action)
        self.log_action = QAction(tr("Log"), self)
        self.log_action.setToolTip(tr("What the app did recently (for support)"))
        self.log_action.triggered.connect(self.open_log)
        self.toolbar.addAction(self.log_action)

        self.status = SyncStatusWidgets(self)
        self.status.install(self.statusBar())
        self.status.problems_clicked.connect(lambda: self.tabs.setCurrentWidget(self.problems))
        self.status.sync_clicked.connect(self.sync_now)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote a scanned code
        self.statusBar().addWidget(self.notice, 1)
        self.exporter = CsvExporter(self.ctx.store, self.tasks, self)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self.notice.setText)
        make_labels_plain(self)  # event names, account and server errors: text, never markup

    # -- navigation -----------------------------------------------------------------------

    def start(self) -> None:
        """Offline-first: with cached events go straight to them (and the last event)."""
        store = self.ctx.store
        self.tasks.run(
            lambda: store_events.read_all_events(store),
            self._start_with,
            self._show_error,
            key="start",
        )

    def _start_with(self, found: list[store_events.EventInfo]) -> None:
        if not found:
            self.show_login(can_go_back=False)
            return
        last = str(self.ctx.settings.get("last_event_id"))
        # Never straight into the scanner of an event this account cannot check people in to.
        if last and any(e.id == last and can_check_in(e) for e in found):
            self.events.show_events(found, last)
            self.open_event(last)
        else:
            self.show_events()

    def show_events(self) -> None:
        self.scanner.stop_camera()
        self.wedge.enabled = False
        self._counts_timer.stop()
        self.dashboard.set_event(None)
        self._set_work_actions(False)
        email = str(self.ctx.settings.get("account_email"))
        server = str(self.ctx.settings.get("server_url"))
        self.events.account.setText(
            tr("Signed in as {email} on {server}").format(email=email, server=server)
            if email
            else tr("Not signed in (local lists only)")
        )
        self.events.load(self.ctx.store, str(self.ctx.settings.get("last_event_id")))
        self.stack.setCurrentIndex(self.EVENTS)

    def show_login(self, *, can_go_back: bool) -> None:
        """The sign-in page; with `can_go_back` (cached events exist) it offers a way back."""
        self.login.set_can_go_back(can_go_back)
        self._set_work_actions(False)
        self.stack.setCurrentIndex(self.LOGIN)

    def _refresh_events_from_server(self) -> None:
        account = self.ctx.pretix_account()
        if account is not None:
            # A paired device has no password to sign in with again (its pairing token is
            # spent): the stored device token reads the events, lists and products anew.
            self._refresh_pretix_events(account)
            return
        # offline, signing in fails: the cached events must stay one click away
        self.show_login(can_go_back=bool(self.events.events))

    def _refresh_pretix_events(self, account: PretixAccount) -> None:
        ctx, credentials = self.ctx, self._credentials()
        self.events.message.setText(tr("Asking the server for the events…"))
        self.tasks.run(
            lambda: refresh_events(ctx.store, credentials, account, insecure=ctx.insecure),
            lambda _found: self.events.load(self.ctx.store, self.event_id or ""),
            lambda exc: self.events.message.setText(user_message(exc)),
            key="refresh-events",
        )

    def _set_work_actions(self, on: bool) -> None:
        self.change_event_action.setVisible(on)
        self.export_action.setVisible(on)
        self.event_label.setVisible(on)

    def _door_direction(self, mode: str) -> None:
        self.scanner.set_mode(Mode(mode))

    def open_event(self, event_id: str) -> None:
        log.info("event %s open", event_id)
        self.event_id = event_id
        self.ctx.settings.set("last_event_id", event_id)
        name = next((e.name for e in self.events.events if e.id == event_id), event_id)
        self.event_label.setText(name)
        self.scanner.verdict.event_names = {e.id: e.name for e in self.events.events}
        self._set_work_actions(True)
        self.scanner.set_event(event_id)
        self.attendees.set_event(event_id)
        self.problems.set_event(event_id)
        self.dashboard.set_event(event_id)
        self.tabs.setCurrentWidget(self.scanner)
        self.stack.setCurrentIndex(self.WORK)
        self.wedge.enabled = True
        self.refresh_counts()
        self._counts_timer.start()
        if self.auto_camera:
            self.scanner.refresh_cameras(str(self.ctx.settings.get("camera")))
        if self.sync is not None:
            self.sync.open_event(event_id)
            if not self._has_full_download(event_id):
                self.sync.sync_now(event_id)  # first visit: fetch the attendee list

    def _has_full_download(self, event_id: str) -> bool:
        event = next((e for e in self.events.events if e.id == event_id), None)
        return event is None or event.is_local or bool(event.last_full_download_at)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.problems:
            self.problems.reload()

    # -- accounts -------------------------------------------------------------------------

    def _switch_context(self) -> None:
        """Open the store of the account now in the settings (one SQLite file per account)."""
        old = self.ctx
        old_sync = self._detach_sync()
        self.ctx = self._context_factory(old.data_dir)
        if self.ctx is not old:
            self.ctx.insecure = old.insecure  # a permission of this session, not of a store
        self._retire(old_sync, old if self.ctx is not old else None)
        self.scanner.checkin = self.ctx.checkin
        self.attendees.checkin = self.ctx.checkin
        self.attendees.model.store = self.ctx.store
        self.problems.store = self.ctx.store
        self.problems.on_queued = self.ctx.queued
        self.dashboard.store = self.ctx.store
        self.exporter.store = self.ctx.store
        self._make_sync()

    def _retire(self, sync: SyncController | None, ctx: AppContext | None) -> None:
        """Stop the old account's sync, then close its store, without the GUI thread waiting:
        first the store lane finishes what was queued against the old store (a scan being
        saved), then a parallel task stops sync (a request may run until its timeout) and
        closes the store, so no job still running hits a closed store."""

        def stop_and_close() -> None:
            if sync is not None:
                sync.shutdown()
            if ctx is not None:
                ctx.close()

        def after_store_lane(_: object) -> None:
            self.tasks.run(
                stop_and_close,
                lambda _: sync.deleteLater() if sync is not None else None,
                lambda exc: log.warning("closing the previous account failed: %r", exc),
            )

        self.tasks.run(lambda: None, after_store_lane, lane=Lane.STORE)

    def _signed_in(self, result: SignedIn) -> None:
        settings = self.ctx.settings
        settings.set("server_url", result.server)
        settings.set("account_email", result.email)
        settings.set("server_type", result.server_type)
        self.ctx.insecure = self.ctx.insecure or result.insecure
        self._switch_context()
        self.notice.setText(tr("Signed in. {n} event(s) available.").format(n=result.events))
        self.events.sign_in_notice = tr(result.notice) if result.notice else ""
        self.show_events()

    def not_uploaded(self) -> int:
        """Check-ins in this account's store the server does not have. Read on the GUI thread
        on purpose: one count over the outbox's state index, and the answer decides whether
        the window may close right now."""
        try:
            return queries.not_uploaded(self.ctx.store)
        except Exception as exc:  # a damaged store must not stop the app from closing
            log.warning("could not count unsent check-ins: %r", exc)
            return 0

    def _leave_unsent_ok(self, title: str, consequence: str) -> bool:
        """Ask before leaving check-ins behind; True when there are none or the user agrees."""
        n = self.not_uploaded()
        if n == 0:
            return True
        paused = self.status.paused_reason
        why = (
            tr("Uploads are paused: {why}").format(why=paused)
            if paused
            else tr("They have not reached the server yet.")
        )
        question = tr("{n} check-in(s) made on this computer are not on the server.").format(n=n)
        return self._confirm(title, f"{question}\n{why}\n\n{consequence}")

    def find_event(self, key: str) -> None:
        """An event by number or identifier from the server (an admin's way to any event),
        cached and selected in the list."""
        ctx, credentials = self.ctx, self._credentials()

        def find() -> store_events.EventInfo:
            with ctx.client(credentials=credentials) as client:
                return find_event(ctx.store, client, key)

        def found(event: store_events.EventInfo) -> None:
            self.events.find_field.clear()
            self.events.load(self.ctx.store, event.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFoundError):
                text = tr("No event “{key}” on this server.").format(key=key)
            elif isinstance(exc, NotSignedInError):
                text = tr("Sign in first.")
            else:
                text = user_message(exc)
            self.events.message.setText(text)

        self.tasks.run(find, found, failed, key="find-event")

    def sign_out(self) -> None:
        if not self._leave_unsent_ok(
            tr("Sign out"),
            tr(
                "They stay saved under this account and are uploaded only after signing in "
                "with it again. Another account does not see them and would admit the same "
                "people again. Sign out anyway?"
            ),
        ):
            return
        server = str(self.ctx.settings.get("server_url"))
        email = str(self.ctx.settings.get("account_email"))
        if email:
            try:
                self._credentials().delete(server, email)
            except Exception as exc:  # keyring trouble must not block signing out
                log.warning("could not delete tokens: %s", type(exc).__name__)
        self.ctx.settings.set("account_email", "")
        self.ctx.settings.set("last_event_id", "")
        self._switch_context()
        self.show_login(can_go_back=False)

    # -- scans ----------------------------------------------------------------------------

    def _wedge_scan(self, code: str) -> None:
        if self.event_id is None or self.stack.currentIndex() != self.WORK:
            return
        self.tabs.setCurrentWidget(self.scanner)
        self.scanner.submit(code, Source.WEDGE)

    def _scanned_into_dialog(self, code: str) -> None:
        """A scan went to an open dialog as text: never checked in behind it; say so plainly."""
        self.notice.setText(
            tr(
                "A ticket ({code}) was scanned while a window was open: nobody was checked in. "
                "Close the window and scan again."
            ).format(code=code[:40])
        )
        self.sound.play("error")

    def _scan_result(self, result: ScanResult) -> None:
        if result.verdict.family == "success" and result.attendee is not None:
            self.attendees.model.replace_attendee(result.attendee)
        # No push from here: the check-in service told the account's sync when it queued
        # the row (AppContext.queued), for whichever event the scan belonged to.
        self.refresh_counts()
        self._refresh_dashboard()

    def _problems_changed(self) -> None:
        self.refresh_counts()
        self._refresh_dashboard()
        self.attendees.model.reload()

    # -- status ---------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        store = self.ctx.store

        self.tasks.run(
            lambda: queries.event_status(store, event_id),
            self._show_counts,
            self._show_error,
            key="counts",
        )

    def _show_counts(self, status: EventStatus) -> None:
        counts = status.counts
        self.scanner.set_counts(counts.checked_in, counts.attendees)
        self.status.set_counts(counts.pending, counts.failed)
        self.status.set_last_sync(status.last_upload or status.last_download)
        self.status.set_paused(status.paused)

    def _sync_report(self, report: SyncReport) -> None:
        self.status.show_report(report)
        shown = self.scanner.verdict.result
        if report.uploaded and shown and shown.pending and shown.attendee:
            attendee_id, store = shown.attendee.id, self.ctx.store

            self.tasks.run(
                lambda: queries.on_server(store, attendee_id),
                lambda done: self.scanner.verdict.mark_synced(attendee_id) if done else None,
                self._show_error,
            )
        if report.downloaded:
            self._reload_events_quietly()
        self.refresh_counts()
        self._refresh_dashboard()
        if report.failed or report.downloaded:
            self.problems.reload()  # refused check-ins; tickets two doors both let in
        if report.downloaded:
            self.attendees.model.reload()
        if report.uploaded or report.downloaded:
            self.attendees.refresh_details()  # "1 change waiting to upload" may be over

    def _reload_events_quietly(self) -> None:
        store = self.ctx.store
        self.tasks.run(
            lambda: store_events.read_all_events(store),
            self._events_reloaded,
            self._show_error,
            key="events-quiet",
        )

    def _events_reloaded(self, found: list[store_events.EventInfo]) -> None:
        self.events.events = found
        self.scanner.verdict.event_names = {e.id: e.name for e in found}

    def sync_now(self) -> None:
        if self.sync is not None and self.event_id is not None:
            self.sync.sync_now(self.event_id)

    def _show_error(self, exc: BaseException) -> None:
        self.notice.setText(user_message(exc))

    def _refresh_dashboard(self) -> None:
        # A hidden dashboard refreshes when it is shown; no queries for nobody.
        if self.dashboard.isVisible():
            self.dashboard.refresh()

    # -- export ---------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.event_id is None:
            return
        suggested = Path.home() / f"attendees-{self.event_id}.csv"
        target = ask_export_target(self, suggested)
        if target is not None:
            self.export_csv(*target)

    def export_csv(self, kind: ExportKind, path: Path) -> bool:
        """Export off the GUI thread; False when no event is open or an export is running."""
        if self.event_id is None:
            return False
        return self.exporter.start(self.event_id, kind, path)

    def _exported(self, kind: str, path: str, rows: int) -> None:
        what = tr("attendees") if kind == ExportKind.ATTENDEES.value else tr("scans")
        self.notice.setText(
            tr("Exported {n} {what} to {path}").format(n=rows, what=what, path=path)
        )

    # -- settings -------------------------------------------------------------------------

    def open_log(self) -> None:
        path = logs.setup(self.ctx.data_dir)
        LogView(logs.ring_buffer(), str(path), self).show()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self._known_cameras(), self)
        if dialog.exec():
            self.apply_settings()

    def _camera_settings(self) -> tuple[str, str]:
        settings = self.ctx.settings
        return str(settings.get("camera")), str(settings.get("decoder"))

    def _known_cameras(self) -> list[int]:
        data = [
            self.scanner.camera_choice.itemData(i)
            for i in range(self.scanner.camera_choice.count())
        ]
        return [int(d) for d in data if isinstance(d, str) and d.isdigit()]

    def apply_settings(self) -> None:
        settings = self.ctx.settings
        self.scanner.set_mode(Mode(settings.get("scan_mode")))
        self.scanner.decoder_name = str(settings.get("decoder"))
        self.sound = make_sound_player(bool(settings.get("sound")), self)
        self.scanner.sound = self.sound
        if self.sync is not None:  # the running scheduler takes a new interval, no restart
            self.sync.set_pull_interval(float(settings.get("sync_interval")))
        camera = self._camera_settings()
        changed, self._applied_camera = camera != self._applied_camera, camera
        # Re-probing stops the door's camera: only when the camera or the decoder changed.
        if changed and self.event_id is not None and self.auto_camera:
            self.scanner.refresh_cameras(camera[0])

    # -- closing --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop every worker (flag + wait) and the sync scheduler; idempotent."""
        self._counts_timer.stop()
        self.dashboard.stop()
        self.wedge.flush()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        self.scanner.shutdown()
        self.tasks.shutdown()  # bounded wait: the window is closing
        self._stop_sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # Only a close the user asked for (window button, Alt+F4) asks; SIGTERM, logout and
        # app.quit() send a non-spontaneous close and must never hang on a dialog.
        if event.spontaneous() and not self._leave_unsent_ok(
            tr("Close"),
            tr(
                "They stay saved on this computer and are uploaded when the app runs again "
                "with this account and the server is reachable. Close anyway?"
            ),
        ):
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (system shutdown, `systemctl stop`, `kill`) and Ctrl-C end the app with exit code
    0 through its normal exit, so cameras, scheduler and store close in order (run_gui's
    clean-up). The OS may always end the app: the signal does not ask the windows (the kiosk
    refuses every close, the door may ask about unsent check-ins); it ends every running event
    loop, a dialog's too. The exit is posted, so a signal that comes during start-up, before the
    event loop runs, still ends it. Python runs signal handlers only between bytecodes, so a
    timer wakes the interpreter while Qt's event loop waits."""

    def end(signum: int, _frame: object) -> None:
        log.info("%s received: exiting", signal.Signals(signum).name)
        QTimer.singleShot(0, app, lambda: app.exit(0))

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, end)
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()


def run_gui(ctx: AppContext, *, kiosk: bool = False) -> int:
    """The desktop app; with `kiosk` the full-screen self check-in window instead."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Orga App")
    theme.apply(app)
    hook = ExceptHook(paths.log_dir(ctx.data_dir))
    hook.install()
    quit_on_signals(app)
    if kiosk:
        return _run_kiosk(app, ctx, hook)
    window = MainWindow(ctx, sync_factory=controller_for)
    window.show()
    if os.environ.get("ORGA_APP_EXIT_WHEN_READY"):  # start-up benchmark: quit once scan-ready
        from orga_app.ui.ready_probe import exit_when_ready

        exit_when_ready(window)
    window.start()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        hook.uninstall()
        window.ctx.close()


def make_kiosk_window(ctx: AppContext, *, sync: SyncController | None) -> KioskWindow:
    # Its check-ins go through the runner's one-thread store lane: two quick self check-ins
    # answer in the order they were made, never the first person's verdict after the second's.
    return KioskWindow(
        ctx.store,
        ctx.settings,
        ctx.checkin,
        TaskRunner(),
        make_sound_player(bool(ctx.settings.get("sound"))),
        sync=sync,
    )


def _run_kiosk(app: QApplication, ctx: AppContext, hook: ExceptHook) -> int:
    # The kiosk reuses the door's background sync (push after each check-in, periodic pull),
    # so self check-ins reach the server like any other; without an account it stays local.
    kiosk = make_kiosk_window(ctx, sync=controller_for(ctx))
    kiosk.present()
    kiosk.start()
    try:
        return int(app.exec())
    finally:
        kiosk.shutdown()
        hook.uninstall()
        ctx.close()
