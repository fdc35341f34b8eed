"""The scanner's camera row: which camera, Start/Stop, and what the camera is doing.

Probing cameras opens devices and can take a second, so it runs on the task runner. The running
camera is stopped first (a probe must not fight it for the device) and kept in the list even if
the probe misses it while its thread is still letting go. A probe that comes back after the
camera was stopped or probed again starts nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from orga_app.ui.camera_control import CameraController
from orga_app.ui.errors import user_message
from orga_app.ui.i18n import tr
from orga_app.ui.preview import PreviewView
from orga_app.ui.tasks import TaskRunner

log = logging.getLogger("orga_app.ui")


class CameraChooser(QWidget):
    """Drives `cameras` and says on `preview` what they are doing."""

    def __init__(
        self,
        cameras: CameraController,
        preview: PreviewView,
        tasks: TaskRunner,
        lister: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cameras = cameras
        self._preview = preview
        self._tasks = tasks
        self._lister = lister
        self._generation = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Camera:")))
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Camera"))
        self.choice.setMinimumContentsLength(14)
        row.addWidget(self.choice, 1)
        self.button = QPushButton(tr("Start camera"))
        self.button.clicked.connect(self._toggle)
        row.addWidget(self.button)
        cameras.starting.connect(self._starting)
        cameras.trouble.connect(self._trouble)
        cameras.failed.connect(self._failed)
        cameras.ended.connect(self._ended)

    def refresh(self, preferred: str = "") -> None:
        """Probe cameras off the GUI thread, then start `preferred` (or the first one)."""
        worker = self.cameras.worker
        running = worker.spec if worker is not None else None
        self.stop()
        generation = self._generation
        self._preview.set_message(tr("Looking for cameras…"))
        self._tasks.run(
            self._lister,
            lambda found: self._found(generation, found, preferred, running),
            lambda exc: self._probe_failed(generation, exc),
            key=f"cameras-{id(self)}",
        )

    def start(self, spec: str, *, pace: bool = True) -> None:
        self.cameras.start(spec, pace=pace)

    def stop(self) -> None:
        """Stop without waiting: the thread finishes its open or read on its own."""
        self._generation += 1  # a probe still running must not start a camera now
        self.cameras.stop()
        self.button.setText(tr("Start camera"))

    def known(self) -> list[int]:
        """The camera numbers in the list (the settings dialog offers them)."""
        data = [self.choice.itemData(i) for i in range(self.choice.count())]
        return [int(d) for d in data if isinstance(d, str) and d.isascii() and d.isdigit()]

    def _probe_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("camera probe failed: %r", exc)
        self._preview.set_message(
            tr("Could not look for cameras: {detail}\nType the code below or use a USB scanner.")
            .format(detail=user_message(exc))
        )  # fmt: skip

    def _found(
        self, generation: int, found: list[int], preferred: str, running: str | None
    ) -> None:
        if generation != self._generation:
            return  # the camera was stopped (or probed again) meanwhile
        specs = [str(index) for index in found]
        if running is not None and running.isascii() and running.isdigit() and running not in specs:
            specs.append(running)
        self.choice.clear()
        for spec in specs:
            self.choice.addItem(tr("Camera {n}").format(n=spec), spec)
        if preferred and not (preferred.isascii() and preferred.isdigit()):
            self.choice.addItem(tr("File: {name}").format(name=preferred), preferred)
        if self.choice.count() == 0:
            self.button.setEnabled(False)
            self._preview.set_message(
                tr(
                    "No camera found.\nType the code below, or use a USB barcode scanner: "
                    "it works anywhere in this window."
                )
            )
            return
        self.button.setEnabled(True)
        wanted = self.choice.findData(preferred)
        if wanted < 0 and running is not None:
            wanted = self.choice.findData(running)
        self.choice.setCurrentIndex(max(0, wanted))
        self.start(str(self.choice.currentData()))

    def _toggle(self) -> None:
        if self.cameras.active:
            self.stop()
            self._preview.set_message(tr("Camera off"))
        else:
            spec = self.choice.currentData()
            if spec is not None:
                self.start(str(spec))

    def _starting(self, _spec: str) -> None:
        self._preview.set_message(tr("Starting camera…"))
        self.button.setText(tr("Stop camera"))

    def _trouble(self, message: str) -> None:
        # the controller tries this camera again: the button stops that too
        self._preview.set_message(
            tr("Camera unavailable — trying again…\n{detail}\n"
               "Meanwhile type the code below or use a USB scanner.").format(detail=message)
        )  # fmt: skip
        self.button.setText(tr("Stop camera"))

    def _failed(self, message: str) -> None:
        self._preview.set_message(message)
        self.button.setText(tr("Start camera"))

    def _ended(self) -> None:
        self.button.setText(tr("Start camera"))
        self._preview.set_message(tr("The video has ended."))
