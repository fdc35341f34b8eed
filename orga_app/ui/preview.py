"""The camera preview: the latest frame scaled to fit, detected codes outlined in green, or a
message (camera off, looking for cameras, unavailable) in its place. Used by the door's scanner
and the kiosk's idle screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from orga_app.ui.i18n import tr


class PreviewView(QWidget):
    """Draws the latest camera frame, scaled to fit, with detected codes outlined in green."""

    # The size in device pixels: the camera scales frames to it off the GUI thread.
    resized = Signal(int, int)

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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        ratio = self.devicePixelRatioF()
        self.resized.emit(round(self.width() * ratio), round(self.height() * ratio))

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
        if fit < 0.999 or fit > 1.001:  # a frame scaled for another size: scale it here
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.setPen(QPen(QColor("#32d74b"), 4))
        factor = fit * self._scale
        for polygon in self.polygons:
            points = [QPointF(target.x() + x * factor, target.y() + y * factor) for x, y in polygon]
            painter.drawPolygon(QPolygonF(points))
