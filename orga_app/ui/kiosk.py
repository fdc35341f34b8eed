"""Kiosk mode (`orga-app gui --kiosk`): a full-screen self check-in window.

Attendees see a welcoming idle screen, hold their ticket up to the camera (or scan it on the USB
scanner) and get a HUGE verdict that returns to idle after `kiosk_return_seconds`. They see
nothing but their first name and ticket type, and cannot reach any other screen: closing, Esc and
Alt+F4 are ignored, and a kiosk that a window-manager shortcut hid, minimised or covered (Super+D,
another desktop, the window menu) comes back by itself within a second (see docs/kiosk.md for a
session without such shortcuts). Only the operator's PIN, or a signal from the OS (SIGTERM),
ends it. Ctrl+Shift+Q or five quick taps in the top-right corner open the operator
PIN pad (exit, settings, change PIN). With no PIN stored the operator sets one at first start.

Scans go through the same CheckInService (Source.KIOSK), CameraController and wedge filter as
the door's scanner: a camera that fails or is unplugged is retried every few seconds, and
stopping one never blocks the GUI (only the kiosk's shutdown waits for its thread). Staying in
front is FrontGuard's job (kiosk_guard.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.scan.decoders import Decoder, make_decoder
from orga_app.scan.sources import FrameSource, open_source
from orga_app.settings import Settings
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.ui.accessible import name_controls
from orga_app.ui.badge_door import BadgeDoor
from orga_app.ui.camera_control import CameraController
from orga_app.ui.i18n import switch_language, tr
from orga_app.ui.kiosk_guard import FrontGuard
from orga_app.ui.kiosk_pin import PinAttempts
from orga_app.ui.kiosk_screens import (
    IdleScreen,
    OperatorScreen,
    PinScreen,
    VerdictScreen,
    camera_lost_text,
)
from orga_app.ui.preview import PreviewView
from orga_app.ui.scanner_setup_dialog import scanner_corrector
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import SoundPlayer
from orga_app.ui.speech import SilentSpeaker, Speaker
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import Lane, TaskRunner
from orga_app.ui.wedge_filter import WedgeFilter

log = logging.getLogger("orga_app.ui")

CAMERA_RETRY_MS = 3000
PIN_IDLE_MS = 60_000  # an open PIN pad nobody uses goes back to the idle screen
CORNER_PX = 100
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0


class KioskWindow(QWidget):
    """Needs the store (event name), settings, check-in service, task runner and sound."""

    IDLE, VERDICT, PIN, OPERATOR = 0, 1, 2, 3

    result_shown = Signal(object)  # ScanResult, once on screen
    exited = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        checkin: CheckInService,
        tasks: TaskRunner,
        sound: SoundPlayer,
        *,
        sync: SyncController | None = None,
        source_factory: Callable[[str], FrameSource] = open_source,
        decoder_factory: Callable[[str], Decoder] = make_decoder,
        return_ms: int | None = None,
        retry_ms: int = CAMERA_RETRY_MS,
        pin_clock: Callable[[], float] = time.monotonic,
        pin_iterations: int | None = None,
        install_wedge: bool = True,
        speaker: Speaker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # off unless the launcher passes one (tests and a door without speech stay silent)
        self.speaker = speaker or SilentSpeaker(self)
        self.store = store
        self.settings = settings
        self.checkin = checkin
        self.tasks = tasks
        self.sound = sound
        self.sync = sync
        self._return_ms = return_ms
        self._clock = pin_clock
        self.event_id: str | None = None
        # Prints a badge by the mode after each self check-in (set up by ui/launch.py).
        self.badges: BadgeDoor | None = None
        self.cameras = CameraController(
            source_factory=source_factory,
            decoder_factory=decoder_factory,
            retry_ms=retry_ms,
            parent=self,
        )
        self.camera_spec = str(settings.get("camera"))
        self.camera_ok = False
        self.attempts = PinAttempts(clock=pin_clock)
        self._taps: list[float] = []
        self._exit_allowed = False
        self.setWindowTitle(tr("Orga App — self check-in"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.timeout.connect(self.show_idle)
        self.pin_timer = QTimer(self)
        self.pin_timer.setSingleShot(True)
        self.pin_timer.setInterval(PIN_IDLE_MS)
        self.pin_timer.timeout.connect(self.show_idle)
        self.guard = FrontGuard(self)  # a window manager's shortcuts must not hide the kiosk

        self._build(pin_iterations)
        self.cameras.frame.connect(self._frame)
        self.cameras.code.connect(self.submit)  # a ticket read is a ticket read
        self.cameras.trouble.connect(self._camera_gone)
        self.cameras.failed.connect(self._camera_gone)
        self.cameras.ended.connect(self._video_ended)

        self.wedge = WedgeFilter(self, scope=self)  # dialogs get their keys as typed
        self.wedge.scanned.connect(self.submit)
        self.wedge.corrector = scanner_corrector(settings)  # the USB scanner set-up's
        self._wedge_installed = install_wedge
        if install_wedge:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.wedge)
        self.shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.open_pin_pad)

    def _build(self, pin_iterations: int | None) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.idle = IdleScreen()
        self.verdict = VerdictScreen()
        self.pin = PinScreen(self.settings, self.attempts, pin_iterations)
        self.pin.unlocked.connect(self._unlocked)
        self.pin.pin_set.connect(self._pin_set)
        self.pin.cancelled.connect(self.show_idle)
        self.pin.activity.connect(self._pin_activity)
        self.operator = OperatorScreen()
        self.operator.back.connect(self.show_idle)
        self.operator.exit_kiosk.connect(self.exit_kiosk)
        self.operator.change_pin.connect(lambda: self._open_pin(set_new=True))
        self.operator.open_settings.connect(self.open_settings)
        for page in (self.idle, self.verdict, self.pin, self.operator):
            self.stack.addWidget(page)
        name_controls(self)

    def present(self) -> None:
        """Full screen over the whole primary screen, and kept there."""
        self.guard.present()

    @property
    def preview(self) -> PreviewView:
        return self.idle.preview

    # -- start ----------------------------------------------------------------------------

    def start(self, event_id: str | None = None) -> None:
        """Pick the event (given, else the last one used, else the only one) and begin."""
        self.guard.start()
        wanted = event_id or str(self.settings.get("last_event_id"))
        store = self.store
        self.tasks.run(
            lambda: store_events.read_all_events(store),
            lambda found: self._start_with(found, wanted),
            self._start_failed,
        )

    def _start_with(self, found: list[store_events.EventInfo], wanted: str) -> None:
        event = next((e for e in found if e.id == wanted), None)
        if event is None and len(found) == 1:
            event = found[0]
        if event is None:
            self.idle.set_event(None)
            log.warning("kiosk: no event chosen (open the normal app and pick one)")
        else:
            self.event_id = event.id
            self.idle.set_event(event.name)
            if self.sync is not None:
                self.sync.open_event(event.id)
        self.show_idle()  # or the first-start PIN set-up
        self._log_started()
        self.start_camera()

    def _start_failed(self, exc: BaseException) -> None:
        log.error("kiosk start failed: %r", exc)
        self.idle.set_event(None)
        self.show_idle()
        self._log_started()

    def _log_started(self) -> None:
        # the operator's (and the service tests') sign that the kiosk is up
        log.info("kiosk shows %s", "the PIN set-up" if self._pin_missing() else "idle")

    # -- screens --------------------------------------------------------------------------

    def _pin_missing(self) -> bool:
        return not str(self.settings.get("kiosk_pin_hash"))

    def show_idle(self) -> None:
        """The welcome screen; while no PIN is stored, the PIN set-up instead (see _open_pin)."""
        if self._pin_missing():
            self._open_pin(set_new=True, first_run=True)
            return
        self.return_timer.stop()
        self.pin_timer.stop()
        self.pin.clear()
        self.stack.setCurrentIndex(self.IDLE)
        self.wedge.enabled = True
        self.setFocus()

    def return_ms(self) -> int:
        if self._return_ms is not None:
            return self._return_ms
        return int(float(self.settings.get("kiosk_return_seconds")) * 1000)

    # -- scanning -------------------------------------------------------------------------

    def submit(self, raw: str) -> None:
        """Every kiosk scan (camera or USB scanner) lands here; checked on the task pool."""
        event_id = self.event_id
        if event_id is None or self.stack.currentIndex() not in (self.IDLE, self.VERDICT):
            return
        checkin = self.checkin
        self.tasks.run(
            lambda: checkin.scan(event_id, raw, Mode.CHECK_IN, Source.KIOSK),
            self.show_result,
            self._scan_failed,
            lane=Lane.STORE,  # two quick self check-ins answer in the order made
        )

    def show_result(self, result: ScanResult) -> None:
        if self.stack.currentIndex() not in (self.IDLE, self.VERDICT):
            return  # the operator opened the PIN pad meanwhile; the scan is saved anyway
        self.verdict.show_result(result, now=datetime.now(UTC))
        self.stack.setCurrentIndex(self.VERDICT)
        self.sound.play(result.verdict.family)
        self.speaker.say(self.verdict.headline.text())  # "Welcome, Anna!" in the UI language
        self.return_timer.start(self.return_ms())
        # No push from here: the check-in service told the sync when it queued the row.
        self.result_shown.emit(result)

    def _scan_failed(self, exc: BaseException) -> None:
        log.error("kiosk scan failed: %r", exc)
        self.verdict.show_trouble()
        self.stack.setCurrentIndex(self.VERDICT)
        self.sound.play("error")
        self.return_timer.start(self.return_ms())

    # -- camera ---------------------------------------------------------------------------

    def start_camera(self) -> None:
        """Open the camera from the settings (a retiring one is let go without waiting)."""
        if not self.camera_spec:
            # nothing to retry: the operator sets a camera in the settings behind the PIN
            self.stop_camera()
            self._show_camera_lost()
            return
        self.cameras.decoder_name = str(self.settings.get("decoder"))
        self.cameras.repeat_after = float(self.settings.get("repeat_after"))
        self.cameras.start(self.camera_spec)

    def stop_camera(self) -> None:
        """Let the camera go without waiting: the thread ends its open or read by itself."""
        self.cameras.stop()

    def _frame(self, image: QImage) -> None:
        if not self.camera_ok:
            self.camera_ok = True
            self.idle.set_camera_ok(True)
        self.preview.set_image(image)

    def _video_ended(self) -> None:
        self.cameras.retry_later()  # a kiosk plays its video (a demo's camera) again
        self._camera_gone(tr("the video ended"))

    def _camera_gone(self, detail: str) -> None:
        log.warning("kiosk camera unavailable: %s", detail)
        self._show_camera_lost()

    def _show_camera_lost(self) -> None:
        self.camera_ok = False
        self.idle.set_camera_ok(False)
        self.preview.set_message(camera_lost_text())

    # -- operator -------------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        if self._pin_missing():
            self._open_pin(set_new=True, first_run=True)
        else:
            self._open_pin(set_new=False)

    def _open_pin(self, *, set_new: bool, first_run: bool = False) -> None:
        """first_run: no PIN is stored, so anyone reaching the pad could set one and leave.
        Setting it is then the only way on: no Cancel, no time-out, no idle screen, no scans."""
        if first_run and self.stack.currentIndex() == self.PIN and self.pin.first_run:
            return  # already there: keep what the operator has typed
        self.return_timer.stop()
        self.pin_timer.stop()
        self.wedge.enabled = False
        self.pin.begin(set_new=set_new, first_run=first_run)
        self.stack.setCurrentIndex(self.PIN)
        if not first_run:
            self.pin_timer.start()

    def _pin_activity(self) -> None:
        if not self.pin.first_run:
            self.pin_timer.start()

    def _unlocked(self) -> None:
        self.pin_timer.start()
        self.stack.setCurrentIndex(self.OPERATOR)

    def _pin_set(self) -> None:
        self.show_idle()

    def open_settings(self) -> None:
        """The normal settings dialog; a changed camera is opened at once."""
        self.pin_timer.stop()
        dialog = SettingsDialog(self.settings, [], self)
        if dialog.exec():
            if switch_language(str(self.settings.get("language"))):
                self.idle.show_words_again()
            self.camera_spec = str(self.settings.get("camera"))
            self.start_camera()
            if self.sync is not None:  # the running scheduler takes a new interval, no restart
                self.sync.set_pull_interval(float(self.settings.get("sync_interval")))
        self.pin_timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        # Children pass unhandled presses up here; map to this window to find the corner.
        pos: QPoint = self.mapFromGlobal(event.globalPosition().toPoint())
        if pos.x() >= self.width() - CORNER_PX and pos.y() <= CORNER_PX:
            self.corner_tap()
        super().mousePressEvent(event)

    def corner_tap(self) -> None:
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS and self.stack.currentIndex() in (
            self.IDLE,
            self.VERDICT,
        ):
            self._taps.clear()
            self.open_pin_pad()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc never leaves the kiosk
            return
        super().keyPressEvent(event)

    def exit_kiosk(self) -> None:
        self._exit_allowed = True
        self.guard.release()
        self.exited.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._exit_allowed:
            event.ignore()  # Alt+F4 or the window manager: only the PIN ends the kiosk
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers, cameras (this waits for retiring threads), tasks and sync; idempotent."""
        self.guard.release()
        for timer in (self.return_timer, self.pin_timer):
            timer.stop()
        self.wedge.flush()
        if self._wedge_installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.wedge)
            self._wedge_installed = False
        self.cameras.shutdown()
        if self.badges is not None:
            self.badges.stop()  # the badge in hand finishes; queued ones wait for next start
        self.tasks.shutdown()
        if self.sync is not None:
            self.sync.shutdown()
            self.sync = None
