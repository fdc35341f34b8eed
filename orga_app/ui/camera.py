"""The camera QThread: reads frames from a source, hands each to a ScanPipeline (latest frame
wins) and sends a preview image plus detected codes to the GUI by signal.

Stops by flag + wait(), never terminate(). Video files go through the same OpenCV capture path as
cameras (tests and demos use them as a fake camera) and are paced at their frame rate.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from orga_app.scan.decoders import Decoder, Detection
from orga_app.scan.pipeline import CodeEvent, ScanPipeline
from orga_app.scan.sources import Frame, FrameSource, SourceError, open_source

log = logging.getLogger("orga_app.scan")

PREVIEW_MAX_WIDTH = 960
PREVIEW_FPS = 15.0

SourceFactory = Callable[[str], FrameSource]


def to_qimage(image: np.ndarray, max_width: int = PREVIEW_MAX_WIDTH) -> tuple[QImage, float]:
    """A BGR frame as an RGB QImage (scaled down for the preview) and the scale used."""
    height, width = image.shape[:2]
    scale = min(1.0, max_width / width) if width else 1.0
    if scale < 1.0:
        image = cv2.resize(image, (int(width * scale), int(height * scale)))
    rgb = (
        cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
        if image.ndim == 2
        else cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    )
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    # .copy(): the QImage must own its pixels, the numpy buffer is gone after this call
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy(), scale


class CameraWorker(QThread):
    """One camera (or video file) session. Create, connect signals, start(); stop() to end."""

    frame_ready = Signal(QImage)  # preview, at most PREVIEW_FPS a second
    outline = Signal(list, float)  # polygons (frame px) of the last decoded frame, preview scale
    code_detected = Signal(str)  # a debounced code (queued to the GUI thread)
    unavailable = Signal(str)  # could not open: message
    lost = Signal(str)  # a live camera stopped delivering
    ended = Signal()  # a video file reached its end

    def __init__(
        self,
        spec: str,
        decoder: Decoder,
        *,
        repeat_after: float = 3.0,
        pace: bool = True,
        source_factory: SourceFactory = open_source,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._decoder = decoder
        self._repeat_after = repeat_after
        self._pace = pace
        self._source_factory = source_factory
        self._stop = threading.Event()
        self._scale = 1.0

    def stop(self) -> None:
        """Ask the thread to finish and wait for it (a read in progress completes first)."""
        self._stop.set()
        self.wait()

    def _on_code(self, event: CodeEvent) -> None:  # pipeline worker thread
        self.code_detected.emit(event.text)

    def _on_decoded(self, _frame: Frame, detections: list[Detection]) -> None:
        self.outline.emit([list(d.polygon) for d in detections], self._scale)

    def run(self) -> None:
        try:
            source = self._source_factory(self.spec)
        except SourceError as exc:
            self.unavailable.emit(str(exc))
            return
        pipeline = ScanPipeline(
            self._decoder,
            self._on_code,
            repeat_after=self._repeat_after,
            on_frame_decoded=self._on_decoded,
        )
        pipeline.start()
        try:
            self._loop(source, pipeline)
        finally:
            pipeline.stop()
            source.close()

    def _loop(self, source: FrameSource, pipeline: ScanPipeline) -> None:
        live = bool(getattr(source, "live", False))
        started = time.monotonic()
        last_preview = 0.0
        while not self._stop.is_set():
            try:
                frame = source.read()
            except SourceError as exc:
                self.lost.emit(str(exc))
                return
            if frame is None:
                self.ended.emit()
                return
            if self._pace and not live:
                # a file plays at its own speed, like a camera would deliver it
                ahead = frame.t - (time.monotonic() - started)
                if ahead > 0 and self._stop.wait(ahead):
                    return
            pipeline.submit(frame)
            now = time.monotonic()
            if now - last_preview >= 1.0 / PREVIEW_FPS:
                last_preview = now
                image, self._scale = to_qimage(frame.image)
                self.frame_ready.emit(image)
