"""Frame sources for the GUI camera thread and the headless `scan` command.

Cameras and video files go through the SAME `cv2.VideoCapture` path, so a video file can stand in
for a camera in tests (`live=True` makes it behave like one, end of file = camera unplugged).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from numpy.typing import NDArray

log = logging.getLogger("orga_app.scan")

Image = NDArray[np.uint8]

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"})
# A camera may drop the odd frame; only this many failed reads in a row mean it is gone.
LOST_AFTER_FAILED_READS = 10
DEFAULT_CAMERA_FPS = 30.0


@dataclass(frozen=True, slots=True)
class Frame:
    image: Image
    index: int  # 0-based position in the stream
    t: float  # seconds since the stream started (file: from the frame rate; camera: clock)


class FrameSource(Protocol):
    @property
    def fps(self) -> float: ...

    @property
    def size(self) -> tuple[int, int]:  # (width, height)
        ...

    def read(self) -> Frame | None:
        """The next frame, or None at the end of the stream; raises SourceLost for a camera."""
        ...

    def close(self) -> None: ...


class SourceError(Exception):
    """Base class for frame-source trouble the user can act on."""


class SourceUnavailable(SourceError):  # noqa: N818 - the name the rest of the app uses
    """The camera or file could not be opened."""


class SourceLost(SourceError):  # noqa: N818 - the name the rest of the app uses
    """A live source stopped delivering frames (camera unplugged or taken by another app)."""


@contextmanager
def quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's own logging (camera probes print warnings to stderr otherwise)."""
    previous = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    try:
        yield
    finally:
        cv2.utils.logging.setLogLevel(previous)


def _is_camera_spec(spec: str) -> bool:
    return spec.isascii() and spec.strip().isdigit()


class OpenCvCaptureSource:
    """A camera index ("0", 1) or a video file, read through cv2.VideoCapture."""

    def __init__(
        self,
        spec: str | int,
        *,
        live: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        lost_after: int = LOST_AFTER_FAILED_READS,
    ) -> None:
        text = str(spec).strip()
        self.is_camera = _is_camera_spec(text)
        # A live source reports SourceLost when frames stop; a file just ends.
        self.live = self.is_camera if live is None else live
        self._clock = clock
        self._lost_after = max(1, lost_after)
        self._index = 0
        self._failed_reads = 0
        self._started: float | None = None
        if not self.is_camera and not Path(text).is_file():
            raise SourceUnavailable(f"no such video file: {text}")
        with quiet_opencv():
            capture = cv2.VideoCapture(int(text)) if self.is_camera else cv2.VideoCapture(text)
        if not capture.isOpened():
            capture.release()
            what = f"camera {text}" if self.is_camera else f"video file {text}"
            raise SourceUnavailable(f"cannot open {what} (in use, missing or unsupported)")
        self._capture: cv2.VideoCapture | None = capture
        reported = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        self._fps = reported if reported > 0 else DEFAULT_CAMERA_FPS
        self._size = (
            int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        self.spec = text

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    def read(self) -> Frame | None:
        if self._capture is None:
            return None
        while True:
            ok, image = self._capture.read()
            if ok and image is not None:
                break
            if not self.live:
                return None
            self._failed_reads += 1
            if self._failed_reads >= self._lost_after:
                raise SourceLost(f"camera {self.spec} stopped delivering frames")
        self._failed_reads = 0
        now = self._clock()
        if self._started is None:
            self._started = now
        # Files get exact, repeatable times from the frame rate; cameras get real elapsed time.
        t = now - self._started if self.live else self._index / self._fps
        frame = Frame(image=np.asarray(image, dtype=np.uint8), index=self._index, t=t)
        self._index += 1
        return frame

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ImageFolderSource:
    """Still images (a list of files or every image in a folder, sorted), one frame each."""

    def __init__(self, images: Path | Sequence[Path], *, fps: float = 1.0) -> None:
        if isinstance(images, Path):
            if not images.is_dir():
                raise SourceUnavailable(f"no such folder: {images}")
            paths = sorted(p for p in images.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        else:
            paths = list(images)
        if not paths:
            raise SourceUnavailable(f"no images (png/jpg) found in {images}")
        self._paths = paths
        self._fps = fps
        self._index = 0
        first = self._load(paths[0])
        if first is None:
            raise SourceUnavailable(f"cannot read image {paths[0]}")
        self._size = (int(first.shape[1]), int(first.shape[0]))

    @staticmethod
    def _load(path: Path) -> Image | None:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        return None if image is None else np.asarray(image, dtype=np.uint8)

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    def read(self) -> Frame | None:
        while self._index < len(self._paths):
            path = self._paths[self._index]
            index = self._index
            self._index += 1
            image = self._load(path)
            if image is None:
                log.warning("skipping unreadable image %s", path)
                continue
            return Frame(image=image, index=index, t=index / self._fps)
        return None

    def close(self) -> None:
        self._index = len(self._paths)


def open_source(spec: str) -> FrameSource:
    """Digits → camera; folder → its images; image file → one still; any other file → video."""
    text = spec.strip()
    if not text:
        raise SourceUnavailable("no camera or file given")
    if _is_camera_spec(text):
        return OpenCvCaptureSource(text)
    path = Path(text).expanduser()
    if path.is_dir():
        return ImageFolderSource(path)
    if not path.is_file():
        raise SourceUnavailable(f"no such camera, file or folder: {spec}")
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageFolderSource([path])
    return OpenCvCaptureSource(str(path))


def list_cameras(max_index: int = 4) -> list[int]:
    """Indexes 0..max_index-1 of cameras that open and deliver a frame, probed quietly."""
    found: list[int] = []
    with quiet_opencv():
        for index in range(max_index):
            capture = cv2.VideoCapture(index)
            try:
                if capture.isOpened() and capture.read()[0]:
                    found.append(index)
            finally:
                capture.release()
    return found
