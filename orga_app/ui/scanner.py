"""The scanner: the door's home screen. Camera preview with the detected code outlined, a large
verdict panel, the mode switch, manual code entry and the camera chooser.

Every scan (camera, USB wedge, typed) goes through `submit()`, which runs CheckInService.scan on
the task pool and shows the verdict when it comes back. A scan that takes longer than BUSY_AFTER_MS
(it can wait seconds behind a sync write) shows "Checking…" instead of the previous verdict; a
verdict goes back to the idle prompt after IDLE_AFTER_MS; a result for an event that is no longer
open is dropped.

The camera never blocks the GUI: a stopped camera thread retires on its own; a camera that is
lost or cannot be opened is tried again every CAMERA_RETRY_MS.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.scan.decoders import Decoder, DecoderError, make_decoder
from orga_app.scan.sources import FrameSource, list_cameras, open_source
from orga_app.ui.camera import CameraWorker, RetiringWorkers
from orga_app.ui.errors import user_message
from orga_app.ui.plain import plain_label
from orga_app.ui.sounds import SoundPlayer
from orga_app.ui.tasks import TaskRunner
from orga_app.ui.theme import VERDICT_COLOURS
from orga_app.ui.verdict_panel import VerdictPanel, look

log = logging.getLogger("orga_app.ui")

BUSY_AFTER_MS = 150  # a fast scan goes straight to its verdict: no "Checking…" flicker
IDLE_AFTER_MS = 20_000  # an old verdict must not greet the next person
CAMERA_RETRY_MS = 3_000  # as the kiosk: an unplugged camera comes back by itself


def tr(text: str) -> str:
    return QCoreApplication.translate("ScannerPage", text)


MODE_TINTS = {"success": "#e6f2ea", "checkout": "#efe8f6", "valid": "#e0f0ee"}


def mode_band(mode: Mode) -> tuple[str, str]:
    """The band's words and colour family: each mode in the colour of its verdicts."""
    if mode is Mode.CHECK_OUT:
        return tr("CHECK-OUT MODE — a scan lets the person leave"), "checkout"
    if mode is Mode.VALIDATE:
        return tr("VALIDATE ONLY — nothing is recorded"), "valid"
    return tr("CHECK-IN MODE — a scan admits the person"), "success"


def idle_prompt(mode: Mode) -> str:
    if mode is Mode.CHECK_OUT:
        return tr("Ready to check out")
    if mode is Mode.VALIDATE:
        return tr("Ready to validate")
    return tr("Ready to check in")


class PreviewView(QWidget):
    """Draws the latest camera frame, scaled to fit, with detected codes outlined in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.polygons: list[list[tuple[int, int]]] = []
        self._scale = 1.0
        self.message = tr("Camera off")

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_outline(self, polygons: list[list[tuple[int, int]]], scale: float) -> None:
        self.polygons = polygons
        self._scale = scale
        self.update()

    def set_message(self, message: str) -> None:
        self.image = None
        self.polygons = []
        self.message = message
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101418"))
        if self.image is None or self.image.isNull():
            painter.setPen(QColor("#c9d1d9"))
            font = painter.font()
            font.setPointSize(14)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        iw, ih = self.image.width(), self.image.height()
        fit = min(self.width() / iw, self.height() / ih)
        target = QRectF(
            (self.width() - iw * fit) / 2, (self.height() - ih * fit) / 2, iw * fit, ih * fit
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.setPen(QPen(QColor("#32d74b"), 4))
        factor = fit * self._scale
        for polygon in self.polygons:
            points = [QPointF(target.x() + x * factor, target.y() + y * factor) for x, y in polygon]
            painter.drawPolygon(QPolygonF(points))


class ScannerPage(QWidget):
    """Needs the check-in service, the task runner, a sound player and the scanner settings."""

    result_shown = Signal(object)  # ScanResult, after it is on screen
    mode_changed = Signal(str)
    camera_changed = Signal(str)

    def __init__(
        self,
        checkin: CheckInService,
        tasks: TaskRunner,
        sound: SoundPlayer,
        *,
        mode: Mode = Mode.CHECK_IN,
        decoder_name: str = "zxing",
        repeat_after: float = 3.0,
        camera_lister: Callable[[], list[int]] = list_cameras,
        source_factory: Callable[[str], FrameSource] = open_source,
        decoder_factory: Callable[[str], Decoder] = make_decoder,
        busy_after_ms: int = BUSY_AFTER_MS,
        idle_after_ms: int = IDLE_AFTER_MS,
        camera_retry_ms: int = CAMERA_RETRY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.checkin = checkin
        self._tasks = tasks
        # Scans get a thread of their own: a verdict never waits behind an export or the
        # dashboard, and two quick scans answer in the order they were made.
        self.scan_tasks = TaskRunner(max_threads=1, parent=self)
        self.sound = sound
        self.event_id: str | None = None
        self.decoder_name = decoder_name
        self.repeat_after = repeat_after
        self._camera_lister = camera_lister
        self._source_factory = source_factory
        self._decoder_factory = decoder_factory
        self.camera: CameraWorker | None = None
        self.retiring = RetiringWorkers(self)
        self._probe_generation = 0
        # event id of every scan still being saved: "Checking…" only for the open event's scans
        self._in_flight: Counter[str] = Counter()
        self.busy_timer = self._single_shot(busy_after_ms, self._show_busy)
        self.idle_timer = self._single_shot(idle_after_ms, self._back_to_idle)
        self.retry_timer = self._single_shot(camera_retry_ms, self._retry_camera)
        self._retry_spec: str | None = None
        self._build(mode)

    def _single_shot(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    # -- layout ---------------------------------------------------------------------------

    def _build(self, mode: Mode) -> None:
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        root.addLayout(left, 2)

        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QPushButton] = {}
        for value, label in (
            (Mode.CHECK_IN, tr("Check in")),
            (Mode.CHECK_OUT, tr("Check out")),
            (Mode.VALIDATE, tr("Validate only")),
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("mode", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_group.addButton(button)
            self.mode_buttons[value] = button
            modes.addWidget(button)
            button.toggled.connect(self._mode_toggled)
        self.mode_buttons[mode].setChecked(True)
        modes.addStretch(1)
        left.addLayout(modes)

        self.preview = PreviewView()
        left.addWidget(self.preview, 1)

        cameras = QHBoxLayout()
        cameras.addWidget(QLabel(tr("Camera:")))
        self.camera_choice = QComboBox()
        self.camera_choice.setMinimumContentsLength(14)
        cameras.addWidget(self.camera_choice, 1)
        self.camera_button = QPushButton(tr("Start camera"))
        self.camera_button.clicked.connect(self._toggle_camera)
        cameras.addWidget(self.camera_button)
        left.addLayout(cameras)

        manual = QHBoxLayout()
        self.code_entry = QLineEdit()
        self.code_entry.setPlaceholderText(tr("Type a ticket code, e-mail or order number"))
        self.code_entry.returnPressed.connect(self._submit_typed)
        manual.addWidget(self.code_entry, 1)
        self.check_button = QPushButton(tr("Check"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self._submit_typed)
        manual.addWidget(self.check_button)
        left.addLayout(manual)

        right = QVBoxLayout()
        root.addLayout(right, 3)
        # The mode in a colour band with words over the verdict: a door checking people OUT
        # by mistake is the costliest slip, and a small checked button is easy to miss.
        self.mode_band = plain_label()
        self.mode_band.setObjectName("modeBand")
        self.mode_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.mode_band)
        self.verdict = VerdictPanel()
        right.addWidget(self.verdict, 1)
        self.counts = QLabel()
        self.counts.setObjectName("hint")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.counts)
        self._show_mode()

    # -- mode -----------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        for value, button in self.mode_buttons.items():
            if button.isChecked():
                return value
        return Mode.CHECK_IN

    def set_mode(self, mode: Mode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _mode_toggled(self, checked: bool) -> None:
        if checked:
            self._show_mode()
            self.mode_changed.emit(self.mode.value)

    def _show_mode(self) -> None:
        if not hasattr(self, "mode_band"):
            return  # the buttons toggle while the page is still being built
        words, family = mode_band(self.mode)
        colour = VERDICT_COLOURS[family][0]
        # The mode's colour as text and frame on a pale tint of it: never mistaken for a
        # verdict, which fills the panel below with the full colour.
        self.mode_band.setText(words)
        self.mode_band.setStyleSheet(
            f"QLabel#modeBand {{ background: {MODE_TINTS[family]}; color: {colour};"
            f" border: 3px solid {colour}; font-size: 16pt; font-weight: bold; padding: 6px;"
            " border-radius: 6px; }"
        )
        if self.verdict.family == "idle":
            self.verdict.show_idle(idle_prompt(self.mode))

    # -- scanning -------------------------------------------------------------------------

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.busy_timer.stop()
        self.idle_timer.stop()
        self.verdict.show_idle(idle_prompt(self.mode))

    def _submit_typed(self) -> None:
        raw = self.code_entry.text().strip()
        if raw:
            self.code_entry.clear()
            self.submit(raw, Source.MANUAL)

    def submit(self, raw: str, source: Source) -> None:
        """Check one code off the GUI thread and show the verdict when it is back."""
        event_id = self.event_id
        if event_id is None:
            return
        mode = self.mode
        checkin = self.checkin
        self._in_flight[event_id] += 1
        if not self.busy_timer.isActive():
            self.busy_timer.start()
        self.scan_tasks.run(
            lambda: checkin.scan(event_id, raw, mode, source),
            lambda result: self._scan_done(event_id, result),
            lambda exc: self._scan_failed(event_id, raw, source, exc),
        )

    def _finish(self, event_id: str) -> bool:
        """Book one scan as answered; True when its event is still the open one."""
        self._in_flight[event_id] -= 1
        if self._in_flight[event_id] <= 0:
            del self._in_flight[event_id]
        current = event_id == self.event_id
        if current:
            self.busy_timer.stop()
        if self.event_id in self._in_flight:
            self.busy_timer.start()  # the next scan is still being saved
        elif not current:
            self.busy_timer.stop()
        if not current:
            log.info("result for event %s dropped: event %s is open now", event_id, self.event_id)
        return current

    def _scan_done(self, event_id: str, result: ScanResult) -> None:
        if self._finish(event_id):
            self.show_result(result)

    def _show_busy(self) -> None:
        if self.event_id in self._in_flight:
            self.verdict.show_busy()

    def _back_to_idle(self) -> None:
        self.verdict.show_idle(idle_prompt(self.mode))

    def show_result(self, result: ScanResult) -> None:
        self.verdict.show_result(result)
        self.idle_timer.start()
        self.sound.play(look(result).family)  # check-out and validate sound unlike check-in
        self.result_shown.emit(result)

    def _scan_failed(self, event_id: str, raw: str, source: Source, exc: BaseException) -> None:
        log.error("scan failed: %r", exc)
        if source is Source.CAMERA and self.camera is not None:
            # the ticket may still be held up: let the camera report it again at once
            self.camera.forget(raw)
        if not self._finish(event_id):
            return
        self.verdict.show_message("error", tr("NOT SAVED"), user_message(exc))
        self.idle_timer.start()
        self.sound.play("error")

    def shutdown(self) -> None:
        """Stop the camera, finish the scan being saved and join stopped camera threads."""
        for timer in (self.busy_timer, self.idle_timer, self.retry_timer):
            timer.stop()
        self.stop_camera()
        self.scan_tasks.shutdown()
        self.retiring.join()

    def set_counts(self, checked_in: int, total: int) -> None:
        self.counts.setText(tr("{n} of {total} checked in").format(n=checked_in, total=total))

    # -- camera ---------------------------------------------------------------------------

    def refresh_cameras(self, preferred: str = "") -> None:
        """Probe cameras off the GUI thread (opening devices can take a second).

        The running camera is stopped first (a probe must not fight it for the device) and kept
        in the list even if the probe misses it while its thread is still letting go.
        """
        running = self.camera.spec if self.camera is not None else None
        self.stop_camera()
        self._probe_generation += 1
        generation = self._probe_generation
        self.preview.set_message(tr("Looking for cameras…"))
        self._tasks.run(
            self._camera_lister,
            lambda found: self._cameras_found(generation, found, preferred, running),
            lambda exc: self._probe_failed(generation, exc),
            key=f"cameras-{id(self)}",
        )

    def _probe_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._probe_generation:
            return
        log.warning("camera probe failed: %r", exc)
        self.preview.set_message(
            tr("Could not look for cameras: {detail}\nType the code below or use a USB scanner.")
            .format(detail=user_message(exc))
        )  # fmt: skip

    def _cameras_found(
        self, generation: int, found: list[int], preferred: str, running: str | None
    ) -> None:
        if generation != self._probe_generation:
            return  # the camera was stopped (or probed again) meanwhile
        specs = [str(index) for index in found]
        if running is not None and running.isdigit() and running not in specs:
            specs.append(running)
        self.camera_choice.clear()
        for spec in specs:
            self.camera_choice.addItem(tr("Camera {n}").format(n=spec), spec)
        if preferred and not preferred.isdigit():
            self.camera_choice.addItem(tr("File: {name}").format(name=preferred), preferred)
        if self.camera_choice.count() == 0:
            self.camera_button.setEnabled(False)
            self.preview.set_message(
                tr(
                    "No camera found.\nType the code below, or use a USB barcode scanner: "
                    "it works anywhere in this window."
                )
            )
            return
        self.camera_button.setEnabled(True)
        wanted = self.camera_choice.findData(preferred)
        if wanted < 0 and running is not None:
            wanted = self.camera_choice.findData(running)
        self.camera_choice.setCurrentIndex(max(0, wanted))
        self.start_camera(str(self.camera_choice.currentData()))

    def _toggle_camera(self) -> None:
        if self.camera is not None or self.retry_timer.isActive():
            self.stop_camera()
            self.preview.set_message(tr("Camera off"))
        else:
            spec = self.camera_choice.currentData()
            if spec is not None:
                self.start_camera(str(spec))

    def start_camera(self, spec: str, *, pace: bool = True) -> None:
        self.stop_camera()
        try:
            decoder = self._decoder_factory(self.decoder_name)
        except DecoderError as exc:
            self.preview.set_message(user_message(exc))
            return
        worker = CameraWorker(
            spec,
            decoder,
            repeat_after=self.repeat_after,
            pace=pace,
            source_factory=self._source_factory,
        )
        # Every slot checks that the signal comes from the current camera: a retiring thread's
        # queued frame or "lost" must not reach the preview or stop its successor.
        worker.frame_ready.connect(self._camera_frame)
        worker.outline.connect(self._camera_outline)
        worker.code_detected.connect(self._camera_code)
        worker.unavailable.connect(self._camera_trouble)
        worker.lost.connect(self._camera_trouble)
        worker.ended.connect(self._camera_ended)
        self.camera = worker
        self._retry_spec = spec
        self.preview.set_message(tr("Starting camera…"))
        self.camera_button.setText(tr("Stop camera"))
        worker.start()
        self.camera_changed.emit(spec)

    def stop_camera(self) -> None:
        """Stop without waiting: the thread finishes its open or read on its own."""
        self._probe_generation += 1  # a probe still running must not start a camera now
        self.retry_timer.stop()
        worker, self.camera = self.camera, None
        if worker is not None:
            self.retiring.retire(worker)
        self.camera_button.setText(tr("Start camera"))

    def _from_current_camera(self) -> bool:
        sender = self.sender()
        return sender is None or sender is self.camera

    def _camera_frame(self, image: QImage) -> None:
        if self._from_current_camera():
            self.preview.set_image(image)

    def _camera_outline(self, polygons: list[list[tuple[int, int]]], scale: float) -> None:
        if self._from_current_camera():
            self.preview.set_outline(polygons, scale)

    def _camera_code(self, text: str) -> None:
        if self._from_current_camera():
            self.submit(text, Source.CAMERA)

    def _camera_trouble(self, message: str) -> None:
        if not self._from_current_camera():
            return
        spec = self._retry_spec
        self.stop_camera()
        log.warning("camera %s unavailable: %s", spec, message)
        self.preview.set_message(
            tr("Camera unavailable — trying again…\n{detail}\n"
               "Meanwhile type the code below or use a USB scanner.").format(detail=message)
        )  # fmt: skip
        if spec is not None:
            self._retry_spec = spec
            self.retry_timer.start()
            self.camera_button.setText(tr("Stop camera"))

    def _retry_camera(self) -> None:
        if self._retry_spec is not None:
            self.start_camera(self._retry_spec)

    def _camera_ended(self) -> None:
        if not self._from_current_camera():
            return
        self.stop_camera()
        self.preview.set_message(tr("The video has ended."))
