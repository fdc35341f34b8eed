"""A badge's background from a server: a PNG or JPEG image (Open Event badge forms) or the first
page of a PDF (pretix badge layouts), decoded with bounds. The bytes came from a server, so they
are hostile: a file that is not one of these, too large, a decompression bomb or a broken PDF
gives no background (the badge prints on its plain colour), never an exception or a stalled
print queue.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtPdf import QPdfDocument

MAX_BACKGROUND_BYTES = 4 * 1024 * 1024
# Pixels a background image may declare before it is decoded (8000 × 8000 is 256 MB as RGBA).
MAX_SOURCE_PIXELS = 40_000_000
# The longest side a background is drawn with: about 200 dpi on an A6 badge, plenty under text;
# each print embeds it in the job, and at 1800 px that alone took a few hundred ms.
MAX_DRAWN_SIDE = 1200
PDF_MAGIC = b"%PDF-"
IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
POINTS_PER_MM = 72 / 25.4


def kind_of(data: bytes | None) -> str | None:
    """'pdf', 'image' or None (not a background this door draws)."""
    if not data or len(data) > MAX_BACKGROUND_BYTES:
        return None
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if data.startswith(IMAGE_MAGICS):
        return "image"
    return None


def _pdf(data: bytes) -> QPdfDocument | None:
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # synchronous for a device that holds the whole file
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    return document


def pdf_page_mm(data: bytes | None) -> tuple[float, float] | None:
    """The size of a PDF background's first page in millimetres (a pretix badge's size)."""
    if kind_of(data) != "pdf":
        return None
    assert data is not None
    document = _pdf(data)
    if document is None:
        return None
    points = document.pagePointSize(0)
    if points.width() <= 0 or points.height() <= 0:
        return None
    return points.width() / POINTS_PER_MM, points.height() / POINTS_PER_MM


def _fit(target: QSize) -> QSize:
    """The target size no larger than MAX_DRAWN_SIDE on its longest side (the page's ratio)."""
    width, height = max(1, target.width()), max(1, target.height())
    scale = min(1.0, MAX_DRAWN_SIDE / max(width, height))
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def decode(data: bytes | None, page: QSizeF) -> QImage | None:
    """The background as an image of the page's shape (stretched over the whole badge, as the
    organizer drew it for that size), or None when there is none to draw. Kept for the next
    badge of the same layout and size (a door prints the same background all day)."""
    if data is None:
        return None
    return _decoded(data, round(page.width()), round(page.height()))


@lru_cache(maxsize=8)
def _decoded(data: bytes, width: int, height: int) -> QImage | None:
    page = QSizeF(width, height)
    kind = kind_of(data)
    if kind is None:
        return None
    assert data is not None
    target = _fit(QSize(round(page.width()), round(page.height())))
    if kind == "pdf":
        document = _pdf(data)
        if document is None:
            return None
        image = document.render(0, target)
        return None if image.isNull() else image
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    declared = reader.size()
    if (
        not declared.isValid()
        or declared.width() * declared.height() > MAX_SOURCE_PIXELS
        or reader.format().data() not in (b"png", b"jpeg", b"jpg")
    ):
        return None
    reader.setScaledSize(target)  # decoded straight to the drawn size
    image = reader.read()
    return None if image.isNull() else image
