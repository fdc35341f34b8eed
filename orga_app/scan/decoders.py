"""Barcode decoders behind one protocol: zxing-cpp (default), pyzbar (libzbar) and OpenCV.

Each backend takes a BGR or grayscale uint8 frame and returns `Detection`s with the decoded text,
the raw bytes when the backend gives them, and the corner points for drawing an outline. Colour
frames are turned into grayscale once here, so every backend works on the same single channel.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray

log = logging.getLogger("orga_app.scan")

Image = NDArray[np.uint8]
Polygon = tuple[tuple[int, int], ...]

QR_CODE = "QR_CODE"


@dataclass(frozen=True, slots=True)
class Detection:
    """One decoded symbol in a frame."""

    text: str
    raw: bytes | None
    polygon: Polygon  # corner points in frame pixel coordinates
    symbology: str  # normalised upper-case name, e.g. "QR_CODE"


class Decoder(Protocol):
    name: str

    def decode(self, frame: Image) -> list[Detection]: ...


class DecoderError(Exception):
    """Base class for decoder set-up problems."""


class DecoderUnavailable(DecoderError):  # noqa: N818 - the name the rest of the app uses
    """The backend exists but cannot run here (library missing, old OpenCV, ...)."""


class UnknownDecoder(DecoderError, ValueError):  # noqa: N818 - reads best at call sites
    """No backend of that name."""


def to_gray(frame: Image) -> Image:
    """A single-channel version of a BGR/BGRA/grayscale uint8 frame (no copy if already gray)."""
    if frame.dtype != np.uint8:
        raise ValueError(f"frames must be uint8, got {frame.dtype}")
    if frame.ndim == 2:
        return frame
    if frame.ndim == 3 and frame.shape[2] == 1:
        return frame[:, :, 0]
    if frame.ndim == 3 and frame.shape[2] == 3:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
    raise ValueError(f"unsupported frame shape {frame.shape}")


def _text_of(raw: bytes) -> str:
    # Ticket codes are ASCII; anything else still shows up (and is judged malformed later).
    return raw.decode("utf-8", errors="replace")


def _int_polygon(points: Any) -> Polygon:
    return tuple((round(float(x)), round(float(y))) for x, y in points)


class _GrayBuffer(threading.local):
    """One grey image per thread, reused frame after frame (see GrayConverter)."""

    image: Image | None = None


class GrayConverter:
    """`to_gray` into a buffer that each thread keeps: a fresh 2 MB array per 1080p frame
    cost more than the conversion itself (its new pages are faulted in one by one; conversion
    and zxing decode of a 1080p frame took 4.9 ms with a fresh array, 2.2 ms into a kept one,
    best of 40). The returned image is overwritten by the thread's next call: use, then drop.
    """

    def __init__(self) -> None:
        self._buffer = _GrayBuffer()

    def __call__(self, frame: Image) -> Image:
        if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] not in (3, 4):
            return to_gray(frame)  # already grey (no copy), or an error to raise
        height, width = frame.shape[:2]
        image = self._buffer.image
        if image is None or image.shape != (height, width):
            image = self._buffer.image = np.empty((height, width), dtype=np.uint8)
        code = cv2.COLOR_BGR2GRAY if frame.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        cv2.cvtColor(frame, code, dst=image)
        return image


class ZxingDecoder:
    """zxing-cpp: the fastest and most forgiving backend here (tilt, blur, low contrast)."""

    name = "zxing"

    def __init__(self, *, qr_only: bool = True) -> None:
        # Restricting to QR skips the linear-barcode scans, which cost time on every frame.
        fmt = zxingcpp.BarcodeFormat.QRCode if qr_only else zxingcpp.BarcodeFormat.All
        self._formats = zxingcpp.BarcodeFormats(fmt)
        self._gray = GrayConverter()

    def decode(self, frame: Image) -> list[Detection]:
        gray = self._gray(frame)
        found = zxingcpp.read_barcodes(gray, formats=self._formats)
        detections: list[Detection] = []
        for barcode in found:
            pos = barcode.position
            corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
            raw = bytes(barcode.bytes)
            detections.append(
                Detection(
                    text=barcode.text,
                    raw=raw,
                    polygon=tuple((int(p.x), int(p.y)) for p in corners),
                    symbology=str(barcode.format).upper().replace(" ", "_"),
                )
            )
        return detections


class PyzbarDecoder:
    """ZBar through pyzbar; needs the system library (Debian: libzbar0)."""

    name = "pyzbar"

    def __init__(self, *, qr_only: bool = True) -> None:
        try:
            # Imported here, not at the top: it fails without libzbar, and the other
            # backends must still work then.
            pyzbar = importlib.import_module("pyzbar.pyzbar")
        except (ImportError, OSError) as exc:
            # pyzbar raises ImportError when libzbar.so is not found.
            raise DecoderUnavailable(
                f"pyzbar cannot load the ZBar library (install libzbar0): {exc}"
            ) from exc
        self._pyzbar = pyzbar
        self._symbols = [pyzbar.ZBarSymbol.QRCODE] if qr_only else None

    def decode(self, frame: Image) -> list[Detection]:
        gray = np.ascontiguousarray(to_gray(frame))
        found = self._pyzbar.decode(gray, symbols=self._symbols)
        detections: list[Detection] = []
        for symbol in found:
            kind = QR_CODE if symbol.type == "QRCODE" else str(symbol.type)
            detections.append(
                Detection(
                    text=_text_of(symbol.data),
                    raw=bytes(symbol.data),
                    polygon=tuple((int(p.x), int(p.y)) for p in symbol.polygon),
                    symbology=kind,
                )
            )
        return detections


class OpenCvDecoder:
    """OpenCV's own QR reader: no extra library, but slower and less forgiving than zxing."""

    name = "opencv"

    def __init__(self, *, variant: str = "auto") -> None:
        detector = self._make_detector(variant)
        self._detector = detector
        self.variant = variant

    @staticmethod
    def _make_detector(variant: str) -> Any:
        # The ArUco-based detector (OpenCV >= 4.8) finds tilted and small codes more reliably;
        # older builds only have the classic one.
        aruco = getattr(cv2, "QRCodeDetectorAruco", None)
        classic = getattr(cv2, "QRCodeDetector", None)
        if variant in ("auto", "aruco") and aruco is not None:
            return aruco()
        if variant in ("auto", "classic") and classic is not None:
            return classic()
        raise DecoderUnavailable(f"this OpenCV ({cv2.__version__}) has no {variant} QR detector")

    def decode(self, frame: Image) -> list[Detection]:
        gray = to_gray(frame)
        try:
            ok, texts, points, _ = self._detector.detectAndDecodeMulti(gray)
        except cv2.error as exc:
            # Rare internal assertion failures on odd inputs must not kill a scanning thread.
            log.debug("OpenCV QR decode failed: %s", exc)
            return []
        if not ok or points is None:
            return []
        detections: list[Detection] = []
        for text, corners in zip(texts, points, strict=False):
            if not text:  # detected but not decoded
                continue
            detections.append(
                Detection(
                    text=text,
                    raw=None,  # OpenCV hands back text only
                    polygon=_int_polygon(corners),
                    symbology=QR_CODE,
                )
            )
        return detections


_BACKENDS: dict[str, Callable[[], Decoder]] = {
    "zxing": ZxingDecoder,
    "pyzbar": PyzbarDecoder,
    "opencv": OpenCvDecoder,
}

DEFAULT_DECODER = "zxing"


def available_decoders() -> list[str]:
    """Names of the backends that can be constructed on this machine, default first."""
    names: list[str] = []
    for name, factory in _BACKENDS.items():
        try:
            factory()
        except DecoderUnavailable as exc:
            log.info("decoder %s unavailable: %s", name, exc)
            continue
        names.append(name)
    return names


def make_decoder(name: str = DEFAULT_DECODER) -> Decoder:
    """Build a backend by name; raise UnknownDecoder or DecoderUnavailable with a clear reason."""
    key = name.strip().lower()
    factory = _BACKENDS.get(key)
    if factory is None:
        known = ", ".join(_BACKENDS)
        raise UnknownDecoder(f"unknown decoder {name!r}; known decoders: {known}")
    return factory()
