"""Server badge layouts as the tests need them: a form with a turned field and a QR field, a
background PNG and PDF made with Qt, and where a word or a QR code landed on a printed page."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import cv2
import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from orga_app.scan.decoders import make_decoder
from tests.badges.pdf_tools import POINTS_PER_MM

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "open_event" / "badge_forms.json"


def recorded_form(badge_id: str = "speaker-badge") -> dict[str, Any]:
    """One form's attributes from the real server's recorded answer."""
    document = json.loads(FIXTURE.read_text("utf-8"))
    return next(
        form["attributes"]
        for form in document["data"]
        if form["attributes"]["badge-id"] == badge_id
    )


def png(colour: str, width: int = 200, height: int = 140) -> bytes:
    """A PNG of one colour (`#rrggbb`), encoded by OpenCV."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    ok, encoded = cv2.imencode(".png", np.full((height, width, 3), (blue, green, red), np.uint8))
    assert ok
    return bytes(encoded.tobytes())


def background_pdf(width_mm: float, height_mm: float, colour: str) -> bytes:
    """A one-page PDF of that size filled with the colour (a pretix badge background)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    painter.fillRect(0, 0, writer.width(), writer.height(), QColor(colour))
    painter.end()
    buffer.close()
    return bytes(data.data())


def word_boxes_mm(pdf: Path) -> dict[str, tuple[float, float, float, float]]:
    """Each word of page 1 → (left, top, width, height) in mm, by pdftotext -bbox."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for word in ElementTree.fromstring(out).iter("{http://www.w3.org/1999/xhtml}word"):
        x0, y0, x1, y1 = (
            float(word.attrib[k]) / POINTS_PER_MM for k in ("xMin", "yMin", "xMax", "yMax")
        )
        boxes[word.text or ""] = (x0, y0, x1 - x0, y1 - y0)
    return boxes


def page_pixels(pdf: Path, tmp: Path, dpi: int = 200) -> np.ndarray:
    prefix = tmp / "pixels"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
         str(prefix)],
        check=True, timeout=60,
    )  # fmt: skip
    frame = cv2.imread(str(prefix.with_suffix(".png")))
    assert frame is not None, "pdftoppm wrote no image"
    return np.asarray(frame, dtype=np.uint8)


def codes_in(
    pixels: np.ndarray, box_mm: tuple[float, float, float, float], dpi: int = 200
) -> list[str]:
    """The codes the app's decoder reads in that area of the page (left, top, width, height
    in mm): a code found there was printed there."""
    scale = dpi / 25.4
    left, top, width, height = (round(v * scale) for v in box_mm)
    crop = np.ascontiguousarray(pixels[max(0, top) : top + height, max(0, left) : left + width])
    return [d.text for d in make_decoder().decode(crop)]


def colour_at(pixels: np.ndarray, x_mm: float, y_mm: float, dpi: int = 200) -> tuple[int, int, int]:
    """The RGB colour at that point of the rendered page."""
    scale = dpi / 25.4
    blue, green, red = pixels[round(y_mm * scale), round(x_mm * scale)]
    return int(red), int(green), int(blue)
