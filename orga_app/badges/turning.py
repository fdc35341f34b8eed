"""Turned fields (a form's text rotation): the painter turned about a pivot, and the geometry
that keeps a turned field on the badge.

The Open Event server turns a field about the centre of its place in the column without moving
anything else (CSS `transform: rotate()`); a name turned by 90° in a column as wide as the badge
would then stick out above and below a landscape badge and be cut off by the printer. So a
turned field is fitted to the length the badge has in the turned direction, and its pivot is
moved in from an edge it would cross: it prints where the form says as far as the badge allows.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter


def is_turned(degrees: float) -> bool:
    return bool(degrees % 360)


@contextmanager
def turned(painter: QPainter, degrees: float, pivot: QPointF) -> Iterator[None]:
    """Draw turned clockwise by `degrees` about `pivot` (nothing changes for 0)."""
    if not is_turned(degrees):
        yield
        return
    painter.save()
    try:
        painter.translate(pivot)
        painter.rotate(degrees)  # y points down: a positive angle turns clockwise
        painter.translate(-pivot)
        yield
    finally:
        painter.restore()


def _sin_cos(degrees: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return abs(math.sin(radians)), abs(math.cos(radians))


def turned_extent(width: float, height: float, degrees: float) -> tuple[float, float]:
    """The width and height of a width × height box turned by `degrees`."""
    sin, cos = _sin_cos(degrees)
    return width * cos + height * sin, width * sin + height * cos


def width_limit(column: float, line: float, page: QRectF, degrees: float) -> float:
    """The longest line a field turned by `degrees` may have: its column's width when not
    turned, and no longer than the badge is in the turned direction (a line `line` high)."""
    sin, cos = _sin_cos(degrees)
    limit = column
    if sin > 1e-3:
        limit = min(limit, (page.height() - line * cos) / sin)
    if cos > 1e-3:
        limit = min(limit, (page.width() - line * sin) / cos)
    return max(limit, line)


def kept_on_page(
    pivot: QPointF, width: float, height: float, degrees: float, page: QRectF
) -> QPointF:
    """The pivot, moved in just far enough that the turned width × height box about it stays
    on the page (centred where it cannot fit)."""
    extent_x, extent_y = turned_extent(width, height, degrees)

    def clamp_axis(value: float, low: float, high: float, half: float) -> float:
        if high - low <= 2 * half:
            return (low + high) / 2
        return min(max(value, low + half), high - half)

    return QPointF(
        clamp_axis(pivot.x(), page.left(), page.right(), extent_x / 2),
        clamp_axis(pivot.y(), page.top(), page.bottom(), extent_y / 2),
    )
