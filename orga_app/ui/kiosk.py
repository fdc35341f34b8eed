"""Kiosk mode (`orga-app gui --kiosk`): a full-screen self check-in window.

Attendees see a welcoming idle screen, hold their ticket up to the camera (or scan it on the USB
scanner) and get a HUGE verdict that returns to idle after `kiosk_return_seconds`. They see
nothing but their first name and ticket type, and cannot reach any other screen: closing, Esc and
Alt+F4 are ignored. Ctrl+Shift+Q or five quick taps in the top-right corner open the operator
PIN pad (exit, settings, change PIN). With no PIN stored the operator sets one at first start.

Scans go through the same CheckInService (Source.KIOSK), camera worker and wedge filter as the
door's scanner. A camera that fails or is unplugged is retried every few seconds.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.checkin import CheckInService, human_time
from orga_app.core.verdict import Mode, ScanResult, Source, Verdict
from orga_app.scan.decoders import Decoder, DecoderError, make_decoder
from orga_app.scan.sources import FrameSource, open_source
from orga_app.settings import Settings
from orga_app.store import events as store_events
from orga_app.store.db import Store
from orga_app.ui.camera import CameraWorker
from orga_app.ui.kiosk_pin import PinAttempts, hash_pin, is_valid_pin, verify_pin
from orga_app.ui.scanner import PreviewView
from orga_app.ui.settings_dialog import SettingsDialog
from orga_app.ui.sounds import SoundPlayer
from orga_app.ui.sync_status import SyncController
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.theme import VERDICT_COLOURS
from orga_app.ui.wedge_filter import WedgeFilter

log = logging.getLogger("orga_app.ui")

CAMERA_RETRY_MS = 3000
PIN_IDLE_MS = 60_000  # an open PIN pad nobody uses goes back to the idle screen
CORNER_PX = 100
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def camera_lost_text() -> str:
    return tr("Camera unavailable — you can still use the scanner at the desk")


def _big_label(name: str, size: int, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    # an object-name rule beats the app stylesheet's font size for every QWidget
    label.setStyleSheet(
        f"QLabel#{name} {{ font-size: {size}pt; font-weight: {'bold' if bold else 'normal'};"
        " background: transparent; }"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _paint(frame: QFrame, family: str) -> None:
    background, text = VERDICT_COLOURS[family]
    frame.setStyleSheet(
        f"QFrame#{frame.objectName()} {{ background: {background}; }}"
        f"QFrame#{frame.objectName()} QLabel {{ color: {text}; }}"
    )


class IdleScreen(QFrame):
    """Welcome, how to scan, the camera preview to aim with, and camera trouble if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskIdle")
        _paint(self, "idle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        self.title = _big_label("kioskTitle", 44, bold=True)
        self.instruction = _big_label("kioskInstruction", 30)
        self.preview = PreviewView()
        self.preview.setMinimumSize(480, 300)
        self.preview.set_message(tr("Starting camera…"))
        self.camera_line = _big_label("kioskCamera", 20, bold=True)
        self.camera_line.setStyleSheet(
            self.camera_line.styleSheet() + " QLabel#kioskCamera { color: #f2b705; }"
        )
        self.camera_line.setText(camera_lost_text())
        self.camera_line.setVisible(False)
        self.hint = _big_label("kioskHint", 18)
        self.hint.setText(tr("Paper or phone — both work. Staff at the desk are happy to help."))
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview, 4)
        row.addStretch(1)
        layout.addLayout(row, 1)
        layout.addWidget(self.camera_line)
        layout.addWidget(self.hint)
        self._has_event = False
        self._camera_ok = True
        self.set_event(None)

    def set_event(self, name: str | None) -> None:
        self._has_event = bool(name)
        self.title.setText(tr("Welcome to {event}!").format(event=name) if name else tr("Welcome!"))
        self._instruct()

    def _instruct(self) -> None:
        if not self._has_event:
            self.instruction.setText(tr("Self check-in is not set up yet — please see the desk"))
        elif self._camera_ok:
            self.instruction.setText(tr("Hold your ticket's QR code up to the camera"))
        else:
            self.instruction.setText(tr("Please scan your ticket"))

    def set_camera_ok(self, ok: bool) -> None:
        # without a camera the dark preview only confuses: the amber line says what to do
        self._camera_ok = ok
        self.camera_line.setVisible(not ok)
        self.preview.setVisible(ok)
        self._instruct()


class VerdictScreen(QFrame):
    """The answer in huge type: green welcome, amber already-in, red please-see-the-desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskVerdict")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        self.symbol = _big_label("kioskSymbol", 150, bold=True)
        self.headline = _big_label("kioskHeadline", 60, bold=True)
        self.detail = _big_label("kioskDetail", 30)
        layout.addStretch(1)
        for label in (self.symbol, self.headline, self.detail):
            layout.addWidget(label)
        layout.addStretch(2)
        self.kind = ""
        self.family = "idle"

    def _show(self, kind: str, family: str, symbol: str, headline: str, detail: str) -> None:
        self.kind, self.family = kind, family
        _paint(self, family)
        self.symbol.setText(symbol)
        self.headline.setText(headline)
        self.detail.setText(detail)

    def show_result(self, result: ScanResult, now: datetime) -> None:
        kind = verdict_kind(result)
        attendee = result.attendee
        if kind == "welcome" and attendee is not None:
            # first name only: the people in the queue behind can read this screen too
            first = attendee.firstname.strip()
            headline = tr("Welcome, {name}!").format(name=first) if first else tr("Welcome!")
            self._show(kind, "success", "✓", headline, attendee.ticket)
        elif kind == "already":
            self._show(
                kind, "warning", "!", already_text(result, now),
                tr("You are already in. If something is wrong, please see the desk."),
            )  # fmt: skip
        else:
            self._show(
                "not_recognised", "error", "✕",
                tr("Ticket not recognised — please see the desk"), "",
            )  # fmt: skip

    def show_trouble(self) -> None:
        self._show(
            "trouble", "error", "✕", tr("Sorry, that did not work — please see the desk"), ""
        )


class PinScreen(QFrame):
    """A PIN pad: unlock the operator menu, or set a new PIN (entered twice)."""

    unlocked = Signal()
    pin_set = Signal()
    cancelled = Signal()
    activity = Signal()

    def __init__(
        self,
        settings: Settings,
        attempts: PinAttempts,
        iterations: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPin")
        _paint(self, "idle")
        self._settings = settings
        self._attempts = attempts
        self._iterations = iterations
        self.setting_new = False
        self._first: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.prompt = _big_label("pinPrompt", 28, bold=True)
        self.message = _big_label("pinMessage", 18)
        self.entry = QLineEdit()
        self.entry.setObjectName("pinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(8)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setStyleSheet("QLineEdit#pinEntry { font-size: 32pt; padding: 8px; }")
        self.entry.setMaximumWidth(360)
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(lambda _t: self.activity.emit())
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.message)
        layout.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignHCenter)
        pad = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setFixedSize(110, 80)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("QPushButton { font-size: 24pt; font-weight: bold; }")
            button.clicked.connect(lambda _c=False, k=key: self._key(k))
            pad.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addLayout(pad)
        pad_row.addStretch(1)
        layout.addLayout(pad_row)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setStyleSheet("QPushButton { font-size: 16pt; }")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def begin(self, *, set_new: bool, first_run: bool = False) -> None:
        self.setting_new = set_new
        self._first = None
        self.clear()
        self.cancel_button.setVisible(not first_run)
        if set_new:
            self.prompt.setText(
                tr("Set the operator PIN for this kiosk")
                if first_run
                else tr("Choose a new operator PIN")
            )
            self.message.setText(tr("4 to 8 digits. You need it to leave kiosk mode."))
        else:
            self.prompt.setText(tr("Operator PIN"))
            self.message.setText("")
        self.entry.setFocus()

    def clear(self) -> None:
        self.entry.clear()

    def _key(self, key: str) -> None:
        self.activity.emit()
        if key == "OK":
            self.submit()
        elif key == "⌫":
            self.entry.backspace()
        else:
            self.entry.insert(key)

    def submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        self.activity.emit()
        if self.setting_new:
            self._set_step(pin)
        else:
            self._unlock_step(pin)

    def _unlock_step(self, pin: str) -> None:
        wait = self._attempts.locked_for()
        if wait > 0:
            self.message.setText(
                tr("Too many wrong tries. Please wait {n} seconds.").format(n=math.ceil(wait))
            )
            return
        # Hashing takes a fraction of a second, on purpose; it runs only when a PIN is typed.
        if verify_pin(pin, str(self._settings.get("kiosk_pin_hash"))):
            self._attempts.succeeded()
            self.message.setText("")
            self.unlocked.emit()
            return
        self._attempts.failed()
        wait = self._attempts.locked_for()
        if wait > 0:
            self.message.setText(
                tr("Too many wrong tries. Please wait {n} seconds.").format(n=math.ceil(wait))
            )
        else:
            self.message.setText(tr("That PIN is not right. Please try again."))

    def _set_step(self, pin: str) -> None:
        if self._first is None:
            if not is_valid_pin(pin):
                self.message.setText(tr("A PIN is 4 to 8 digits. Please try again."))
                return
            self._first = pin
            self.prompt.setText(tr("Enter the same PIN again"))
            self.message.setText("")
            return
        if pin != self._first:
            self._first = None
            self.prompt.setText(tr("Choose a new operator PIN"))
            self.message.setText(tr("The two PINs were different. Please start again."))
            return
        stored = (
            hash_pin(pin)
            if self._iterations is None
            else hash_pin(pin, iterations=self._iterations)
        )
        self._settings.set("kiosk_pin_hash", stored)
        self._first = None
        self.pin_set.emit()


class OperatorScreen(QFrame):
    """Behind the PIN: back to the kiosk, settings, a new PIN, or leave kiosk mode."""

    back = Signal()
    open_settings = Signal()
    change_pin = Signal()
    exit_kiosk = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOperator")
        _paint(self, "idle")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = _big_label("operatorTitle", 28, bold=True)
        title.setText(tr("Operator"))
        layout.addWidget(title)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, signal in (
            ("back", tr("Back to self check-in"), self.back),
            ("settings", tr("Settings…"), self.open_settings),
            ("pin", tr("Change PIN"), self.change_pin),
            ("exit", tr("Exit kiosk mode"), self.exit_kiosk),
        ):
            button = QPushButton(text)
            button.setMinimumSize(360, 64)
            button.setStyleSheet("QPushButton { font-size: 18pt; }")
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[name] = button
        layout.addStretch(1)


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.checkin = checkin
        self.tasks = tasks
        self.sound = sound
        self.sync = sync
        self._source_factory = source_factory
        self._decoder_factory = decoder_factory
        self._return_ms = return_ms
        self._clock = pin_clock
        self.event_id: str | None = None
        self.camera: CameraWorker | None = None
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
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.start_camera)
        self.pin_timer = QTimer(self)
        self.pin_timer.setSingleShot(True)
        self.pin_timer.setInterval(PIN_IDLE_MS)
        self.pin_timer.timeout.connect(self.show_idle)

        self._build(pin_iterations)

        self.wedge = WedgeFilter(self)
        self.wedge.scanned.connect(self.submit)
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
        self.pin.activity.connect(self.pin_timer.start)
        self.operator = OperatorScreen()
        self.operator.back.connect(self.show_idle)
        self.operator.exit_kiosk.connect(self.exit_kiosk)
        self.operator.change_pin.connect(lambda: self._open_pin(set_new=True))
        self.operator.open_settings.connect(self.open_settings)
        for page in (self.idle, self.verdict, self.pin, self.operator):
            self.stack.addWidget(page)

    @property
    def preview(self) -> PreviewView:
        return self.idle.preview

    # -- start ----------------------------------------------------------------------------

    def start(self, event_id: str | None = None) -> None:
        """Pick the event (given, else the last one used, else the only one) and begin."""
        wanted = event_id or str(self.settings.get("last_event_id"))
        store = self.store

        def read() -> list[store_events.EventInfo]:
            with store.read() as conn:
                return store_events.all_events(conn)

        self.tasks.run(read, lambda found: self._start_with(found, wanted), self._start_failed)

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
        if not str(self.settings.get("kiosk_pin_hash")):
            self._open_pin(set_new=True, first_run=True)
        else:
            self.show_idle()
        self.start_camera()

    def _start_failed(self, exc: BaseException) -> None:
        log.error("kiosk start failed: %r", exc)
        self.idle.set_event(None)
        self.show_idle()

    # -- screens --------------------------------------------------------------------------

    def show_idle(self) -> None:
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
        )

    def show_result(self, result: ScanResult) -> None:
        if self.stack.currentIndex() not in (self.IDLE, self.VERDICT):
            return  # the operator opened the PIN pad meanwhile; the scan is saved anyway
        self.verdict.show_result(result, now=datetime.now(UTC))
        self.stack.setCurrentIndex(self.VERDICT)
        self.sound.play(result.verdict.family)
        self.return_timer.start(self.return_ms())
        if result.pending and self.sync is not None and self.event_id is not None:
            self.sync.push_now(self.event_id)
        self.result_shown.emit(result)

    def _scan_failed(self, exc: BaseException) -> None:
        log.error("kiosk scan failed: %r", exc)
        self.verdict.show_trouble()
        self.stack.setCurrentIndex(self.VERDICT)
        self.sound.play("error")
        self.return_timer.start(self.return_ms())

    # -- camera ---------------------------------------------------------------------------

    def start_camera(self) -> None:
        self.stop_camera()
        if not self.camera_spec:
            # nothing to retry: the operator sets a camera in the settings behind the PIN
            self.idle.set_camera_ok(False)
            self.preview.set_message(camera_lost_text())
            return
        try:
            decoder = self._decoder_factory(str(self.settings.get("decoder")))
        except DecoderError as exc:
            self._camera_gone(str(exc))
            return
        worker = CameraWorker(
            self.camera_spec,
            decoder,
            repeat_after=float(self.settings.get("repeat_after")),
            source_factory=self._source_factory,
        )
        worker.frame_ready.connect(self._frame)
        worker.code_detected.connect(self.submit)
        worker.unavailable.connect(self._camera_gone)
        worker.lost.connect(self._camera_gone)
        worker.ended.connect(lambda: self._camera_gone(tr("the video ended")))
        self.camera = worker
        worker.start()

    def _frame(self, image: object) -> None:
        if not self.camera_ok:
            self.camera_ok = True
            self.idle.set_camera_ok(True)
        self.preview.set_image(image)  # type: ignore[arg-type]

    def _camera_gone(self, detail: str) -> None:
        log.warning("kiosk camera unavailable: %s", detail)
        self.stop_camera()
        self.camera_ok = False
        self.idle.set_camera_ok(False)
        self.preview.set_message(camera_lost_text())
        self.retry_timer.start()

    def stop_camera(self) -> None:
        worker, self.camera = self.camera, None
        if worker is not None:
            worker.stop()
            worker.deleteLater()

    # -- operator -------------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        self._open_pin(set_new=not str(self.settings.get("kiosk_pin_hash")))

    def _open_pin(self, *, set_new: bool, first_run: bool = False) -> None:
        self.return_timer.stop()
        self.wedge.enabled = False
        self.pin.begin(set_new=set_new, first_run=first_run)
        self.stack.setCurrentIndex(self.PIN)
        if not first_run:  # the operator is standing here at first start: no time-out
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
            self.camera_spec = str(self.settings.get("camera"))
            self.start_camera()
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
        self.exited.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._exit_allowed:
            event.ignore()  # Alt+F4 or the window manager: only the PIN ends the kiosk
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers, camera (flag + wait), tasks and sync; idempotent."""
        for timer in (self.return_timer, self.retry_timer, self.pin_timer):
            timer.stop()
        self.wedge.flush()
        if self._wedge_installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.wedge)
            self._wedge_installed = False
        self.stop_camera()
        self.tasks.shutdown()
        if self.sync is not None:
            self.sync.shutdown()
            self.sync = None


def verdict_kind(result: ScanResult) -> str:
    """welcome | already | not_recognised: the only three answers a kiosk gives."""
    if result.verdict is Verdict.CHECKED_IN:
        return "welcome"
    if result.verdict is Verdict.ALREADY_CHECKED_IN:
        return "already"
    return "not_recognised"


def already_text(result: ScanResult, now: datetime) -> str:
    return tr("Already checked in at {when}").format(
        when=human_time(result.previous_checkin_at, now)
    )
