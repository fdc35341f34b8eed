"""The main window, a shell: sign-in → event picker → workspace (scanner, attendees, problems,
dashboard), the toolbar, the sync status bar and the keyboard-wedge filter.

The pages own their state and refresh themselves: whoever finishes an operation (a scan, a
retry, a sync report) announces a `Changes` on the window's one ChangeHub (ui/changes.py). The
window hands pages the event to show (`set_event`) and the account to work on (`set_context`,
from AccountSession); it never sets their fields. Starting the app (and the kiosk) is
ui/launch.py's job."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QStackedWidget

from orga_app import logs
from orga_app.app import AppContext
from orga_app.badges.printer import printer_names
from orga_app.core.list_rules import ServerKind
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.readiness.local import readiness_due
from orga_app.scan.sources import list_cameras
from orga_app.signin_pretix import PretixAccount, refresh_events
from orga_app.store import events as store_events
from orga_app.sync.credentials import CredentialStore
from orga_app.sync.engine import SyncReport
from orga_app.sync.http import needs_insecure
from orga_app.sync.lookup import LookupOutcome
from orga_app.ui import theme
from orga_app.ui.accessible import name_controls
from orga_app.ui.account_session import (
    AccountSession,
    ContextFactory,
    SyncFactory,
    find_failure_text,
    reopen_context,
    unsent_question,
)
from orga_app.ui.attendees import Confirm
from orga_app.ui.badge_door import BadgeDoor
from orga_app.ui.badge_settings import BadgeSettingsDialog
from orga_app.ui.changes import ChangeHub, Changes
from orga_app.ui.door_status import DoorStatus
from orga_app.ui.errors import user_message
from orga_app.ui.events import EventsPage, can_check_in
from orga_app.ui.export_dialog import CsvExporter, ExportKind, ask_export_target
from orga_app.ui.i18n import current_language, switch_language, tr
from orga_app.ui.log_view import LogView
from orga_app.ui.login import LoginPage, SignedIn, unencrypted_question
from orga_app.ui.plain import confirm_plain, make_labels_plain
from orga_app.ui.readiness import ReadinessDialog, event_checker
from orga_app.ui.scanner_setup_dialog import ScannerSetupDialog, scanner_corrector
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import SoundPlayer, make_sound_player
from orga_app.ui.speech import Speaker, make_speaker
from orga_app.ui.sync_status import SyncController, SyncStatusWidgets, is_offline
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.unknown_help import look_up, lookup_words
from orga_app.ui.wedge_filter import WedgeFilter
from orga_app.ui.work_toolbar import WorkToolbar
from orga_app.ui.workspace import Workspace

log = logging.getLogger("orga_app.ui")


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
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__()
        self._confirm: Confirm = confirm or (lambda title, text: confirm_plain(self, title, text))
        self.tasks = tasks or TaskRunner(parent=self)
        self.session = AccountSession(
            ctx, self.tasks, sync_factory=sync_factory, context_factory=context_factory, parent=self
        )
        if sound is None:
            sound = make_sound_player(bool(ctx.settings.get("sound")), self)
        self.sound = sound
        self.speaker = speaker or self._make_speaker(ctx)
        self._credentials = credentials or (lambda: CredentialStore(self.ctx.data_dir))
        self._camera_lister = camera_lister
        self.changes = ChangeHub(self)
        self.auto_camera = auto_camera
        self.event_id: str | None = None
        self._can_look_up = False  # the open event's codes can be looked up on its server
        self.setWindowTitle(tr("Orga App — check-in"))
        icon = theme.icon_path("app")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1280, 800)
        self._build(confirm)
        self.wedge = WedgeFilter(self, scope=self)  # dialogs get their keys as typed
        self.wedge.scanned.connect(self._wedge_scan)
        self.wedge.scanned_elsewhere.connect(self._scanned_into_dialog)
        self.wedge.corrector = scanner_corrector(ctx.settings)  # the USB scanner set-up's
        self.wedge.enabled = False
        if install_wedge:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.wedge)
        self.door_status = DoorStatus(
            self.ctx.store, self.tasks, self.changes, self.status, self.scanner, self._show_error,
            self,
        )  # fmt: skip
        self.changes.changed.connect(self._changed)
        self.session.report_ready.connect(self._sync_report)
        self.session.progress.connect(self.status.show_progress)
        self.session.context_changed.connect(self._context_changed)
        self._make_sync()

    @property
    def ctx(self) -> AppContext:
        return self.session.ctx

    @property
    def sync(self) -> SyncController | None:
        return self.session.sync

    def _ask_plain_http(self) -> None:
        """An account on a plain-http server elsewhere syncs only when the person agrees, once
        per session (never remembered), and the status bar says so for as long as it lasts."""
        server = self.ctx.server_url
        remote_http = needs_insecure(server) and bool(self.ctx.account_email)
        if remote_http and not self.ctx.insecure and self.session.can_sync:
            self.ctx.insecure = self._confirm(
                tr("Unencrypted server"), unencrypted_question(server)
            )
        self.login.insecure = self.ctx.insecure
        shown = remote_http and self.ctx.insecure
        self.status.set_unencrypted(urlsplit(server).hostname or server if shown else None)

    def _make_sync(self) -> None:
        """Build sync for the current account; None keeps the door local-only."""
        self._ask_plain_http()
        self.status.set_sync_available(self.session.start_sync() is not None)

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
        self.events.readiness_requested.connect(self.open_readiness)
        self.tabs = Workspace(
            self.ctx, self.tasks, self.sound, self.changes,
            confirm=confirm, camera_lister=self._camera_lister,
        )  # fmt: skip
        self.scanner, self.attendees = self.tabs.scanner, self.tabs.attendees
        self.scanner.result_shown.connect(self._speak)
        self.problems, self.dashboard = self.tabs.problems, self.tabs.dashboard
        self.scanner.mode_changed.connect(lambda mode: self.ctx.settings.set("scan_mode", mode))
        for page in (self.login, self.events, self.tabs):
            self.stack.addWidget(page)

        self.toolbar = WorkToolbar()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.event_label = self.toolbar.event_label
        self.export_action = self.toolbar.export
        self.toolbar.change_event.triggered.connect(self.show_events)
        self.toolbar.export.triggered.connect(self.ask_export)
        self.toolbar.settings.triggered.connect(self.open_settings)
        self.toolbar.log.triggered.connect(self.open_log)
        self.toolbar.readiness.triggered.connect(lambda: self.open_readiness(self.event_id or ""))
        self.toolbar.scanner_setup.triggered.connect(self.open_scanner_setup)
        help_ = self.scanner.unknown_help
        help_.search_requested.connect(self.search_by_name)
        help_.lookup_requested.connect(self._look_up_code)

        self.status = SyncStatusWidgets(self)
        self.status.install(self.statusBar())
        self.status.problems_clicked.connect(lambda: self.tabs.setCurrentWidget(self.problems))
        self.status.sync_clicked.connect(self.sync_now)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote a scanned code
        self.statusBar().addWidget(self.notice, 1)
        self.scanner.trouble.connect(self.notice.setText)
        # Badges (issue 12): printed after check-ins by the mode, reprinted from the list.
        self.badges = BadgeDoor(self.ctx.store, self.ctx.settings, logged=self.ctx.queued)
        self.badges.watch(self.scanner.result_shown)
        self.badges.watch(self.attendees.checked)  # a check-in at the desk is a check-in
        self.attendees.badge_requested.connect(self.badges.reprint)
        self.badges.notice.connect(self.notice.setText)
        self.retry_badges = QPushButton(tr("Retry badges"))
        self.retry_badges.setAccessibleName(tr("Retry badges"))  # named while hidden too
        self.retry_badges.hide()
        self.retry_badges.clicked.connect(self.badges.retry)
        self.badges.held.connect(self._badges_held)
        self.statusBar().addPermanentWidget(self.retry_badges)
        self.toolbar.badges.triggered.connect(self.open_badges)
        self.badges.start()
        self.exporter = CsvExporter(self.ctx.store, self.tasks, self)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self.notice.setText)
        make_labels_plain(self)  # event names, account and server errors: text, never markup
        name_controls(self)  # what a screen reader says for each control

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
        self.door_status.set_event(None)
        self.dashboard.set_event(None)
        self.toolbar.set_work(False)
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
        self.toolbar.set_work(False)
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

    def _door_direction(self, mode: str) -> None:
        self.scanner.set_mode(Mode(mode))

    def open_event(self, event_id: str) -> None:
        log.info("event %s open", event_id)
        self.event_id = event_id
        self.ctx.settings.set("last_event_id", event_id)
        name = next((e.name for e in self.events.events if e.id == event_id), event_id)
        self.event_label.setText(name)
        self.scanner.verdict.event_names = {e.id: e.name for e in self.events.events}
        event = next((e for e in self.events.events if e.id == event_id), None)
        kind = ServerKind.parse(event.server_kind if event else None)
        self.scanner.unknown_help.server_kind = kind
        # an online look-up of a code not in the list: the account's own server events (a
        # pretix-type one searches on the door's check-in list, sync/pretix/lookup.py)
        self._can_look_up = self.session.can_sync and not (event and event.is_local)
        self.scanner.unknown_help.can_look_up = self._can_look_up
        self.toolbar.set_work(True)
        self.tabs.set_event(event_id)
        self.stack.setCurrentIndex(self.WORK)
        self.wedge.enabled = True
        self.door_status.set_event(event_id)
        if self.auto_camera:
            self.scanner.refresh_cameras(str(self.ctx.settings.get("camera")))
        if self.sync is not None:
            self.sync.open_event(event_id)
            if not self._has_full_download(event_id):
                self.sync.sync_now(event_id)  # first visit: fetch the attendee list
        event = next((e for e in self.events.events if e.id == event_id), None)
        if event is not None and readiness_due(event, datetime.now(UTC)):
            self.open_readiness(event_id)  # an old list: is this door still ready?

    def _has_full_download(self, event_id: str) -> bool:
        event = next((e for e in self.events.events if e.id == event_id), None)
        return event is None or event.is_local or bool(event.last_full_download_at)

    # -- accounts -------------------------------------------------------------------------

    def _switch_context(self) -> None:
        """Open the store of the account now in the settings (one SQLite file per account);
        the pages get it from AccountSession.context_changed."""
        self.session.switch()
        self._make_sync()

    def _context_changed(self, ctx: AppContext) -> None:
        for part in (self.tabs, self.door_status, self.exporter, self.badges):
            part.set_context(ctx)

    def _signed_in(self, result: SignedIn) -> None:
        self.session.remember_sign_in(result)
        self._switch_context()
        self.notice.setText(tr("Signed in. %n event(s) available.", None, result.events))
        self.events.sign_in_notice = result.notice_in(tr)
        self.show_events()

    def not_uploaded(self) -> int:
        return self.session.not_uploaded()

    def _leave_unsent_ok(self, title: str, consequence: str) -> bool:
        """Ask before leaving check-ins behind; True when there are none or the user agrees."""
        n = self.not_uploaded()
        question = unsent_question(n, self.status.paused_reason, consequence)
        return n == 0 or self._confirm(title, question)

    def find_event(self, key: str) -> None:
        """An event by number or identifier from the server (an admin's way to any event),
        cached and selected in the list."""
        find = self.session.event_finder(key, self._credentials())

        def found(event: store_events.EventInfo) -> None:
            self.events.find_field.clear()
            self.events.load(self.ctx.store, event.id)

        def failed(exc: BaseException) -> None:
            self.events.message.setText(find_failure_text(key, exc))

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
        self.session.forget_account(self._credentials())
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

    # -- status ---------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.events:  # names and downloads, for the list and the verdict panel
            self._reload_events_quietly()

    def refresh_counts(self) -> None:
        self.door_status.refresh()

    def _sync_report(self, report: SyncReport) -> None:
        self.door_status.show_report(report)  # shown, then announced to every page
        if report.event_id == self.event_id:  # offline: no "Look up online" button
            self.scanner.unknown_help.can_look_up = self._can_look_up and not is_offline(report)

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

    # -- codes not recognised ---------------------------------------------------------------

    def search_by_name(self) -> None:
        """The attendee search, ready to type a name into."""
        self.tabs.setCurrentWidget(self.attendees)
        self.attendees.search.selectAll()
        self.attendees.search.setFocus()

    def _look_up_code(self, code: str, source: str) -> None:
        """Ask the server for a code the list lacks; when it knows the ticket, scan it again."""
        event_id, ctx, credentials = self.event_id, self.ctx, self._credentials()
        if event_id is None:
            return
        help_ = self.scanner.unknown_help

        def done(outcome: LookupOutcome) -> None:
            if outcome is LookupOutcome.FOUND and event_id == self.event_id:
                self.scanner.submit(code, Source(source))
            else:
                help_.show_lookup_answer(lookup_words(outcome))

        self.tasks.run(
            lambda: look_up(ctx, credentials, event_id, code),
            done,
            lambda exc: help_.show_lookup_answer(user_message(exc)),
            key="look-up-code",
        )

    def sync_now(self) -> None:
        if self.sync is not None and self.event_id is not None:
            self.sync.sync_now(self.event_id)

    def _show_error(self, exc: BaseException) -> None:
        self.notice.setText(user_message(exc))

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
        dialog = SettingsDialog(self.ctx.settings, self.scanner.chooser.known(), self)
        if dialog.exec():
            self.apply_settings()

    def open_badges(self) -> BadgeSettingsDialog:
        dialog = BadgeSettingsDialog(
            self.ctx.settings, self.ctx.store, self.tasks, self.event_id, printer_names,
            test_print=self.badges.reprint, parent=self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _badges_held(self, count: int) -> None:
        self.retry_badges.setText(tr("Retry badges ({n})").format(n=count))
        self.retry_badges.setVisible(count > 0)

    def open_readiness(self, event_id: str) -> ReadinessDialog | None:
        """The readiness check of an event (not modal: the door keeps scanning meanwhile)."""
        if not event_id:
            return None
        for shown in self.findChildren(ReadinessDialog, f"readiness-{event_id}"):
            if shown.isVisible():  # one screen per event: asked again, it checks again
                shown.raise_()
                shown.check()
                return shown
        name = next((e.name for e in self.events.events if e.id == event_id), event_id)
        # The open event's camera runs in the scanner: the check watches it there.
        cameras = self.scanner.cameras if event_id == self.event_id else None
        checker = event_checker(self.ctx, event_id, self._credentials)
        dialog = ReadinessDialog(self.tasks, checker, name, cameras, self)
        dialog.setObjectName(f"readiness-{event_id}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.check()
        return dialog

    def open_scanner_setup(self) -> ScannerSetupDialog:
        """The USB scanner set-up; what it learns corrects the door's scans from then on."""
        dialog = ScannerSetupDialog(self.ctx.settings, self)
        dialog.analysed.connect(
            lambda _result: setattr(self.wedge, "corrector", scanner_corrector(self.ctx.settings))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _make_speaker(self, ctx: AppContext) -> Speaker:
        setting = str(ctx.settings.get("speech"))
        return make_speaker(setting, kiosk=False, language=current_language(), parent=self)

    def _speak(self, result: ScanResult) -> None:
        first = result.attendee.firstname if result.attendee else ""
        self.speaker.say_verdict(self.scanner.verdict.headline.text(), first)

    def apply_settings(self) -> None:
        settings = self.ctx.settings
        if switch_language(str(settings.get("language"))):
            self.scanner.show_words_again()
        self.sound = make_sound_player(bool(settings.get("sound")), self)
        self.speaker = self._make_speaker(self.ctx)
        probe = self.event_id is not None and self.auto_camera
        self.scanner.apply_settings(settings, self.sound, probe=probe)
        if self.sync is not None:  # the running scheduler takes a new interval, no restart
            self.sync.set_pull_interval(float(settings.get("sync_interval")))

    # -- closing --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop every worker (flag + wait) and the sync scheduler; idempotent."""
        self.door_status.set_event(None)
        self.dashboard.stop()
        self.wedge.flush()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        self.scanner.shutdown()
        self.badges.stop()  # the badge in hand finishes; queued ones stay for the next start
        self.tasks.shutdown()  # bounded wait: the window is closing
        self.session.stop_sync()

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
