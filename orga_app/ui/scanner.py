"""The scanner: the door's home screen. Camera preview with the detected code outlined, a large
verdict panel, the mode switch, manual code entry and the camera chooser.

Every scan (camera, USB wedge, typed) goes through `submit()`, which runs CheckInService.scan on
the task pool and shows the verdict when it comes back. A scan that takes longer than BUSY_AFTER_MS
(it can wait seconds behind a sync write) shows "Checking…" instead of the previous verdict; a
verdict goes back to the idle prompt after IDLE_AFTER_MS; a result for an event that is no longer
open is dropped.

The camera is a CameraController (shared with the kiosk): it never blocks the GUI, and a camera
that is lost or cannot be opened is tried again every CAMERA_RETRY_MS. This page only chooses
the camera and says what it is doing.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orga_app.core.checkin import CheckInService
from orga_app.core.verdict import Mode, ScanResult, Source
from orga_app.scan.decoders import Decoder, make_decoder
from orga_app.scan.sources import FrameSource, list_cameras, open_source
from orga_app.settings import Settings
from orga_app.store import queries
from orga_app.store.db import Store
from orga_app.ui.camera_chooser import CameraChooser
from orga_app.ui.camera_control import CAMERA_RETRY_MS, CameraController
from orga_app.ui.changes import ChangeHub, Changes, PageContext
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.mode_band import ModeBand, idle_prompt
from orga_app.ui.online_hint import OnlineHint
from orga_app.ui.preview import PreviewView
from orga_app.ui.sounds import SoundPlayer
from orga_app.ui.tasks import Lane, TaskRunner
from orga_app.ui.unknown_help import UnknownHelp
from orga_app.ui.unpaid_confirm import UnpaidConfirm
from orga_app.ui.verdict_panel import VerdictPanel, look

log = logging.getLogger("orga_app.ui")

BUSY_AFTER_MS = 150  # a fast scan goes straight to its verdict: no "Checking…" flicker
IDLE_AFTER_MS = 20_000  # an old verdict must not greet the next person
# The scan mode from the keyboard (the mode buttons take no focus).
MODE_KEYS = {Mode.CHECK_IN: "F2", Mode.CHECK_OUT: "F3", Mode.VALIDATE: "F4"}


class ScannerPage(QWidget):
    """Needs the check-in service, the task runner, a sound player and the scanner settings."""

    result_shown = Signal(object)  # ScanResult, after it is on screen
    mode_changed = Signal(str)
    trouble = Signal(str)  # a background read failed: words for the status bar

    def __init__(
        self,
        checkin: CheckInService,
        tasks: TaskRunner,
        sound: SoundPlayer,
        *,
        mode: Mode = Mode.CHECK_IN,
        decoder_name: str = "zxing",
        repeat_after: float = 3.0,
        camera: str = "",
        camera_lister: Callable[[], list[int]] = list_cameras,
        source_factory: Callable[[str], FrameSource] = open_source,
        decoder_factory: Callable[[str], Decoder] = make_decoder,
        busy_after_ms: int = BUSY_AFTER_MS,
        idle_after_ms: int = IDLE_AFTER_MS,
        camera_retry_ms: int = CAMERA_RETRY_MS,
        store: Store | None = None,
        changes: ChangeHub | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.checkin = checkin
        self.store = store  # only to tell when a shown check-in reached the server
        self.changes = changes or ChangeHub(self)
        self.changes.changed.connect(self.apply_changes)
        self._tasks = tasks
        # Scans go to the runner's store lane (one thread): a verdict never waits behind an
        # export or the dashboard (parallel lane), and two quick scans answer in the order
        # they were made.
        self.sound = sound
        self.event_id: str | None = None
        self._camera_lister = camera_lister
        self._applied_camera = (camera, decoder_name)  # as the settings said when last applied
        self.cameras = CameraController(
            decoder_name=decoder_name,
            repeat_after=repeat_after,
            source_factory=source_factory,
            decoder_factory=decoder_factory,
            retry_ms=camera_retry_ms,
            parent=self,
        )
        # event id of every scan still being saved: "Checking…" only for the open event's scans
        self._in_flight: Counter[str] = Counter()
        self.busy_timer = self._single_shot(busy_after_ms, self._show_busy)
        self.idle_timer = self._single_shot(idle_after_ms, self._back_to_idle)
        self._build(mode)
        self.cameras.frame.connect(self.preview.set_image)
        self.preview.resized.connect(self.cameras.set_preview_size)
        self.cameras.outline.connect(self.preview.set_outline)
        self.cameras.code.connect(self._camera_code)

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
            # The buttons take no focus (an Enter from a USB scanner must never press one), so
            # the keyboard reaches them by function keys: no scanner sends those.
            key = MODE_KEYS[value]
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(tr("Keyboard: {key}").format(key=key))
            self.mode_group.addButton(button)
            self.mode_buttons[value] = button
            modes.addWidget(button)
            button.toggled.connect(self._mode_toggled)
        self.mode_buttons[mode].setChecked(True)
        modes.addStretch(1)
        left.addLayout(modes)

        self.preview = PreviewView()
        left.addWidget(self.preview, 1)

        self.chooser = CameraChooser(self.cameras, self.preview, self._tasks, self._camera_lister)
        self.camera_choice = self.chooser.choice
        left.addWidget(self.chooser)

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
        self.mode_band = ModeBand()
        right.addWidget(self.mode_band)
        self.verdict = VerdictPanel()
        right.addWidget(self.verdict, 1)
        self.unknown_help = UnknownHelp()  # a code not recognised: why, and what next
        right.addWidget(self.unknown_help)
        # "Not paid: admit anyway?" under a pending order that the door's list admits
        self.unpaid = UnpaidConfirm(self.code_entry)
        self.unpaid.admit.connect(self._admit_unpaid)
        self.unpaid.refuse.connect(self._refuse_unpaid)
        right.addWidget(self.unpaid)
        self.online_hint = OnlineHint()  # "offline verdicts" at a pretix-type door
        right.addWidget(self.online_hint)
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
        self.mode_band.show_mode(self.mode)
        if self.verdict.family == "idle":
            self.verdict.show_idle(idle_prompt(self.mode))

    # -- scanning -------------------------------------------------------------------------

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.unpaid.withdraw()
        self.busy_timer.stop()
        self.idle_timer.stop()
        self.verdict.show_idle(idle_prompt(self.mode))

    def _submit_typed(self) -> None:
        raw = self.code_entry.text().strip()
        if raw:
            self.code_entry.clear()
            self.submit(raw, Source.MANUAL)

    def submit(self, raw: str, source: Source, *, admit_unpaid: bool = False) -> None:
        """Check one code off the GUI thread and show the verdict when it is back.
        `admit_unpaid`: the door person said yes to "Not paid: admit anyway?"."""
        event_id = self.event_id
        if event_id is None:
            return
        self.unpaid.withdraw()  # the next scan ends an unanswered question
        mode = self.mode
        checkin = self.checkin
        self._in_flight[event_id] += 1
        if not self.busy_timer.isActive():
            self.busy_timer.start()
        self._tasks.run(
            # the keyword only for a confirmed unpaid admission: a plain scan is the plain call
            (
                (lambda: checkin.scan(event_id, raw, mode, source, admit_unpaid=True))
                if admit_unpaid
                else (lambda: checkin.scan(event_id, raw, mode, source))
            ),
            lambda result: self._scan_done(event_id, result, source, raw),
            lambda exc: self._scan_failed(event_id, raw, source, exc),
            lane=Lane.STORE,  # saved and answered in the order scanned
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

    def _scan_done(self, event_id: str, result: ScanResult, source: Source, raw: str) -> None:
        if self._finish(event_id):
            self.show_result(result, source, raw)
        # saved even when its event is no longer open: the pages of that event must know
        self.changes.announce(Changes.after_scan(event_id, result))

    def _show_busy(self) -> None:
        if self.event_id in self._in_flight:
            self.verdict.show_busy()

    def show_words_again(self) -> None:
        """After a language switch: the mode band and the verdict on screen in the new words."""
        self.mode_band.show_mode(self.mode)
        result = self.verdict.result
        if result is not None:
            self.verdict.show_result(result)
        elif self.verdict.family == "idle":
            self.verdict.show_idle(idle_prompt(self.mode))

    def _back_to_idle(self) -> None:
        self.unpaid.withdraw()
        self.verdict.show_idle(idle_prompt(self.mode))
        self.unknown_help.hide()

    def show_result(
        self, result: ScanResult, source: Source = Source.MANUAL, raw: str = ""
    ) -> None:
        self.verdict.show_result(result)
        other = result.attendee.event_id if result.attendee else ""
        self.unknown_help.show_for(result, source, self.verdict.event_names.get(other, ""), raw)
        self.online_hint.show_state(result.online)
        if result.may_admit_unpaid:
            self.unpaid.offer(result)
        self.idle_timer.start()
        self.sound.play(look(result).family)  # check-out and validate sound unlike check-in
        self.result_shown.emit(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        # Enter/Space/Esc answer "admit anyway?" wherever on the page the focus is
        if not self.unpaid.handles(event):
            super().keyPressEvent(event)

    def _admit_unpaid(self, asked: ScanResult) -> None:
        # the ticket's own code: the person may have been found by an order code
        code = asked.attendee.code if asked.attendee and asked.attendee.code else asked.code
        if code:
            self.submit(code, Source.MANUAL, admit_unpaid=True)

    def _refuse_unpaid(self, asked: ScanResult) -> None:
        self.show_result(replace(asked, may_admit_unpaid=False))

    def _scan_failed(self, event_id: str, raw: str, source: Source, exc: BaseException) -> None:
        log.error("scan failed: %r", exc)
        if source is Source.CAMERA:
            # the ticket may still be held up: let the camera report it again at once
            self.cameras.forget(raw)
        if not self._finish(event_id):
            return
        self.verdict.show_message("error", tr("NOT SAVED"), user_message(exc))
        self.idle_timer.start()
        self.sound.play("error")

    def shutdown(self) -> None:
        """Stop the camera and join stopped camera threads (the window's runner finishes the
        scan being saved when it shuts down)."""
        for timer in (self.busy_timer, self.idle_timer):
            timer.stop()
        self.stop_camera()
        self.cameras.shutdown()

    def apply_settings(self, settings: Settings, sound: SoundPlayer, *, probe: bool) -> None:
        """Mode, decoder and sound as now set. Re-probing stops the door's camera: only when
        the camera or the decoder changed (and `probe`: an event is open, cameras are on)."""
        self.set_mode(Mode(settings.get("scan_mode")))
        self.decoder_name = str(settings.get("decoder"))
        self.sound = sound
        camera = (str(settings.get("camera")), self.decoder_name)
        changed, self._applied_camera = camera != self._applied_camera, camera
        if changed and probe:
            self.refresh_cameras(camera[0])

    def set_context(self, context: PageContext) -> None:
        self.checkin = context.checkin
        self.store = context.store

    def apply_changes(self, changes: Changes) -> None:
        """A shown check-in waiting to upload gets its "on the server" tick once it is sent."""
        shown, store = self.verdict.result, self.store
        if not changes.uploads or changes.event_id != self.event_id or store is None:
            return
        if shown is None or not shown.pending or shown.attendee is None:
            return
        attendee_id = shown.attendee.id
        self._tasks.run(
            lambda: queries.on_server(store, attendee_id),
            lambda done: self.verdict.mark_synced(attendee_id) if done else None,
            lambda exc: self.trouble.emit(user_message(exc)),
        )

    def set_counts(self, checked_in: int, total: int) -> None:
        self.counts.setText(tr("{n} of {total} checked in").format(n=checked_in, total=total))

    # -- camera ---------------------------------------------------------------------------

    @property
    def decoder_name(self) -> str:
        return self.cameras.decoder_name

    @decoder_name.setter
    def decoder_name(self, name: str) -> None:
        self.cameras.decoder_name = name  # the next camera started decodes with it

    def refresh_cameras(self, preferred: str = "") -> None:
        self.chooser.refresh(preferred)

    def start_camera(self, spec: str, *, pace: bool = True) -> None:
        self.chooser.start(spec, pace=pace)

    def stop_camera(self) -> None:
        self.chooser.stop()

    def _camera_code(self, code: str) -> None:
        self.submit(code, Source.CAMERA)
