"""The camera QThread: reads frames from a source, hands each to a ScanPipeline (latest frame
wins) and sends a preview image plus detected codes to the GUI by signal.

Stops by flag, never terminate(): `request_stop()` returns at once (opening a camera or a read on
an unplugged one can take seconds, and the GUI must not freeze meanwhile); a `RetiringWorkers`
list keeps stopped threads alive until they end and joins the rest at shutdown. Video files go
through the same OpenCV capture path as cameras (tests and demos use them as a fake camera) and
are paced at their frame rate.
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


def to_qimage(
    image: np.ndarray, max_width: int = PREVIEW_MAX_WIDTH, fit: tuple[int, int] | None = None
) -> tuple[QImage, float]:
    """A BGR frame as a QImage for the preview and the scale used: scaled down to fit within
    `fit` (the preview's size in pixels) when given, else to `max_width`.

    Scaling happens here, on the camera thread, so the GUI thread only copies the pixels: a
    smooth scale of a 960-pixel frame at paint time cost the GUI 4.6 ms per preview frame
    (bench_scan_paint.py --profile), time a verdict waited for.
    """
    height, width = image.shape[:2]
    if not width or not height:
        return QImage(), 1.0
    if fit is not None and fit[0] > 0 and fit[1] > 0:
        scale = min(1.0, fit[0] / width, fit[1] / height)
    else:
        scale = min(1.0, max_width / width)
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    # 32-bit pixels (B, G, R, 255 in memory = QImage.Format_RGB32): the raster painter copies
    # them without converting each pixel, as it must for 24-bit RGB.
    code = cv2.COLOR_GRAY2BGRA if image.ndim == 2 else cv2.COLOR_BGR2BGRA
    bgra = np.ascontiguousarray(cv2.cvtColor(image, code))
    h, w = bgra.shape[:2]
    # .copy(): the QImage must own its pixels, the numpy buffer is gone after this call
    return QImage(bgra.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy(), w / width


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
        self._pipeline: ScanPipeline | None = None
        # The preview's size in pixels (set from the GUI thread; one tuple, read whole here).
        self.preview_size: tuple[int, int] | None = None

    def request_stop(self) -> None:
        """Ask the thread to finish without waiting for it (a read in progress completes first)."""
        self._stop.set()

    def stop(self) -> None:
        """Ask the thread to finish and wait for it (shutdown only: this blocks)."""
        self.request_stop()
        self.wait()

    def forget(self, code: str) -> None:
        """Let `code` fire again at once (its scan failed: the ticket held up must retry)."""
        pipeline = self._pipeline
        if pipeline is not None:
            pipeline.forget(code)

    def _on_code(self, event: CodeEvent) -> None:  # pipeline worker thread
        self.code_detected.emit(event.text)

    def _on_decoded(self, _frame: Frame, detections: list[Detection]) -> None:
        self.outline.emit([list(d.polygon) for d in detections], self._scale)

    def run(self) -> None:
        try:
            source = self._source_factory(self.spec)
        except SourceError as exc:
            if not self._stop.is_set():
                self.unavailable.emit(str(exc))
            return
        if self._stop.is_set():  # stopped while the (slow) open was under way
            source.close()
            return
        pipeline = ScanPipeline(
            self._decoder,
            self._on_code,
            repeat_after=self._repeat_after,
            on_frame_decoded=self._on_decoded,
        )
        pipeline.start()
        self._pipeline = pipeline
        try:
            self._loop(source, pipeline)
        finally:
            self._pipeline = None
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
                if not self._stop.is_set():  # trouble after a stop request is nobody's concern
                    self.lost.emit(str(exc))
                return
            if frame is None:
                if not self._stop.is_set():
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
                image, self._scale = to_qimage(frame.image, fit=self.preview_size)
                self.frame_ready.emit(image)


class RetiringWorkers(QObject):
    """Camera threads asked to stop but maybe still inside a slow open or read.

    Each is kept (a QThread must not be destroyed while it runs) until it finishes, then deleted.
    Only `join()` at shutdown waits for them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers: list[CameraWorker] = []

    def retire(self, worker: CameraWorker) -> None:
        worker.request_stop()
        if not worker.isRunning():
            worker.deleteLater()
            return
        self.workers.append(worker)
        # a slot of this GUI-thread object, so `finished` is queued here, not run on the worker
        worker.finished.connect(self._finished)

    def _finished(self) -> None:
        worker = self.sender()
        if isinstance(worker, CameraWorker) and worker in self.workers:
            self.workers.remove(worker)
            worker.deleteLater()

    def join(self) -> None:
        """Wait for every retiring thread (window closing only: this blocks).

        No time limit: destroying a QThread that still runs would abort the whole app.
        """
        for worker in self.workers:
            worker.wait()
            worker.deleteLater()
        self.workers.clear()
