"""A badge painted with QPainter: onto a PDF page of exactly the badge size, a printer page or an
image for the settings preview. The same `paint_badge` draws all three, so the preview is what
the printer gets.

Text is shaped by Qt (HarfBuzz): Arabic joins, Devanagari conjuncts form, and a right-to-left
name is laid out right to left when its first strong character says so. Fonts come from an
explicit family list so a CJK, Thai or Devanagari name never depends on the system's fallback
order (the Makefile installs the Noto families; DejaVu is the last resort).
Painting works off the GUI thread: Qt allows QPainter on QImage, QPdfWriter and QPrinter in
any thread, which is where the print queue runs it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import zxingcpp
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QRawFont,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from orga_app.badges import background as backgrounds
from orga_app.badges.layout import (
    MAX_FIELDS,
    MAX_FONT_PT,
    MAX_MARGIN_MM,
    MIN_FONT_PT,
    Align,
    BadgeContent,
    BadgeField,
    BadgeLayout,
    BadgeSize,
    FieldKind,
    clamp,
    field_text,
    is_right_to_left,
)
from orga_app.badges.turning import is_turned, kept_on_page, turned, width_limit

# Latin/Greek/Cyrillic first, then the scripts Noto splits into their own families.
FONT_FAMILIES: tuple[str, ...] = (
    "Noto Sans",
    "Noto Sans CJK SC",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Thai",
    "DejaVu Sans",
)
# Room above and below a text's glyphs, as a share of its font size.
INK_PADDING = 0.12
# A long name shrinks to this share of its font size before it wraps to a second line.
SHRINK_LIMIT = 0.45
PDF_DPI = 600
# The quiet zone around a QR code, in modules (the QR standard's minimum).
QR_QUIET_MODULES = 4


# Unicode character-name prefixes of the scripts with their own Noto family. A name's own
# script goes first in the family list: Qt then takes its glyphs and line metrics from that font
# (not from Noto Sans, which lacks them and would make Qt warn and measure the wrong height).
_SCRIPT_FAMILIES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH"), "Noto Sans CJK SC"),
    (("ARABIC",), "Noto Sans Arabic"),
    (("HEBREW",), "Noto Sans Hebrew"),
    (("DEVANAGARI",), "Noto Sans Devanagari"),
    (("THAI",), "Noto Sans Thai"),
)


def families_for(text: str) -> list[str]:
    first: list[str] = []
    for ch in text:
        if ord(ch) < 0x0370:
            continue  # Latin: Noto Sans has it
        name = unicodedata.name(ch, "")
        for prefixes, family in _SCRIPT_FAMILIES:
            if family not in first and name.startswith(prefixes):
                first.append(family)
    return first + [family for family in FONT_FAMILIES if family not in first]


def qr_modules(code: str) -> list[list[bool]]:
    """The QR code's modules, dark = True, without the quiet zone (error correction M).
    zxing-cpp's encoder (C++, under 1 ms) rather than segno's (10-30 ms of Python mask
    scoring), which was a tenth of the time from a scan to the printer."""
    barcode = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False))
    return [[bool(v < 128) for v in row] for row in pixels]


def badge_font(point_size: float, bold: bool, text: str = "") -> QFont:
    font = QFont()
    font.setFamilies(families_for(text))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


@dataclass(frozen=True, slots=True)
class _Placed:
    """A text field measured for its width: the font to draw with and the height it takes."""

    badge_field: BadgeField
    text: str
    font: QFont
    option: QTextOption
    height: float  # device units, without margins
    top: float  # where the drawn part starts below the layout's own top (device units)
    width: float  # the line width it was fitted to (device units)
    ink_width: float  # how wide its glyphs are


class _Painter:
    def __init__(self, painter: QPainter, px_per_mm: float) -> None:
        self.p = painter
        self.mm = px_per_mm
        self.raw_fonts: dict[tuple[str, bool, float], QRawFont] = {}
        self.background = QColor("white")

    def option(self, badge_field: BadgeField, text: str, wrap: bool) -> QTextOption:
        rtl = is_right_to_left(text)
        # A layout's "left" is the start of the line: the right edge for a right-to-left name.
        # QTextLayout does not mirror it (only QPainter.drawText's flags path does), so here.
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if rtl:
            start, end = end, start
        horizontal = {
            Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
            Align.LEFT: start,
            Align.RIGHT: end,
        }[badge_field.align]
        option = QTextOption(horizontal | Qt.AlignmentFlag.AlignTop)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if wrap
            else QTextOption.WrapMode.NoWrap
        )
        return option

    def text_layout(self, font: QFont, text: str, option: QTextOption, width: float) -> QTextLayout:
        """Qt's shaped, line-broken layout of the text (lines at y = 0, 1 line height, ...)."""
        layout = QTextLayout(text, font, self.p.device())
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def fit(self, badge_field: BadgeField, text: str, width: float, max_height: float) -> _Placed:
        """The largest size up to the field's own at which the text fits one line, down to
        SHRINK_LIMIT of it; past that it wraps at the smallest size. A box also bounds the
        height."""
        size = clamp(badge_field.font_pt, MIN_FONT_PT, MAX_FONT_PT)
        smallest = max(MIN_FONT_PT, size * SHRINK_LIMIT)
        font = badge_font(size, badge_field.bold, text)
        one_line = self.option(badge_field, text, wrap=False)
        for _ in range(6):  # shaping is not linear in size: measure again after each guess
            measured = self.text_layout(font, text, one_line, width)
            advance = measured.lineAt(0).naturalTextWidth()
            height = measured.boundingRect().height()
            if (advance <= width and height <= max_height) or size <= smallest:
                break
            ratio = min(width / advance if advance > 0 else 1.0, max_height / height)
            size = max(smallest, size * min(ratio, 0.97))
            font.setPointSizeF(size)
        option = self.option(badge_field, text, wrap=True)
        layout = self.text_layout(font, text, option, width)
        # The height the glyphs take, not the font's line height: Noto Sans Arabic's line is
        # about twice its letters, and the space went missing from the QR code below.
        ink = self.outlines(layout, QPointF(0, 0)).boundingRect()
        if ink.isEmpty():
            box = layout.boundingRect()
            return _Placed(badge_field, text, font, option, box.height(), 0.0, width, box.width())
        pad = INK_PADDING * size * self.p.device().logicalDpiY() / 72.0
        return _Placed(
            badge_field, text, font, option, ink.height() + 2 * pad, ink.top() - pad, width,
            ink.width(),
        )  # fmt: skip

    def outlines(self, layout: QTextLayout, origin: QPointF) -> QPainterPath:
        """The shaped glyphs of the layout as one path, its top-left at `origin`."""
        path = QPainterPath()
        for index in range(layout.lineCount()):
            for run in layout.lineAt(index).glyphRuns():
                raw = run.rawFont()
                for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
                    outline = raw.pathForGlyph(glyph)
                    outline.translate(origin + position)
                    path.addPath(outline)
        return path

    def draw_text(self, placed: _Placed, rect: QRectF) -> None:
        """The shaped glyphs as filled outlines over the same characters unshaped, in the
        badge's background colour. Qt's PDF writer maps a glyph back to text only through the
        font's character map, so a shaped Devanagari conjunct or an Arabic joining form would
        copy out of the PDF as nothing or as presentation forms; the hidden layer (one nominal
        glyph per character, in reading order) is what text extraction, search and screen
        readers get instead, as OCR'd scans do it. It is background-coloured, not transparent:
        a CUPS filter chain through PostScript drops fully transparent text."""
        color = QColor(placed.badge_field.color)
        color = color if color.isValid() else QColor("black")
        layout = self.text_layout(placed.font, placed.text, placed.option, rect.width())
        origin = rect.topLeft() - QPointF(0, placed.top)
        for index in range(layout.lineCount()):
            self.draw_hidden_text(placed, layout.lineAt(index), origin)
        self.p.fillPath(self.outlines(layout, origin), color)  # on top of the hidden text

    def draw_hidden_text(self, placed: _Placed, line: QTextLine, origin: QPointF) -> None:
        utf16 = placed.text.encode("utf-16-le")
        start, length = line.textStart(), line.textLength()
        text = utf16[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")
        glyphs: list[tuple[QRawFont, int, float]] = []
        for ch in text:
            found = self.raw_font_for(placed.font, ch)
            if found is not None:
                raw, glyph = found
                glyphs.append((raw, glyph, raw.advancesForGlyphIndexes([glyph])[0].x()))
        total = sum(advance for _, _, advance in glyphs)
        box = line.naturalTextRect()
        if not glyphs or total <= 0:
            return
        # Spread over the visible line's extent; a right-to-left line runs from its right
        # edge, so extraction (which orders by position and script) reads it in order.
        # Never wider than the nominal advances: gaps would read as word breaks.
        step = min(1.0, box.width() / total)
        rtl = is_right_to_left(placed.text)
        x = box.right() if rtl else box.left()
        baseline = line.y() + line.ascent()
        self.p.setPen(self.background)
        for raw, glyph, advance in glyphs:
            if rtl:
                x -= advance * step
            run = QGlyphRun()
            run.setRawFont(raw)
            run.setGlyphIndexes([glyph])
            run.setPositions([QPointF(0, 0)])
            self.p.drawGlyphRun(origin + QPointF(x, baseline), run)
            if not rtl:
                x += advance * step

    def raw_font_for(self, font: QFont, ch: str) -> tuple[QRawFont, int] | None:
        """The first family of the font's list that has the character, and its glyph there
        (QRawFont.supportsCharacter answers wrongly for str arguments: the character map
        decides)."""
        for family in font.families():
            key = (family, font.bold(), font.pointSizeF())
            raw = self.raw_fonts.get(key)
            if raw is None:
                single = QFont(font)
                single.setFamilies([family])
                single.setPointSizeF(font.pointSizeF())
                raw = QRawFont.fromFont(single)
                # fromFont sizes for the screen; the glyphs must be the device's size
                raw.setPixelSize(font.pointSizeF() * self.p.device().logicalDpiY() / 72.0)
                self.raw_fonts[key] = raw
            glyphs = raw.glyphIndexesForString(ch) if raw.isValid() else []
            if glyphs and glyphs[0]:
                return raw, glyphs[0]
        return None

    def draw_qr(self, code: str, rect: QRectF) -> None:
        """A square QR centred in the rect, drawn as vector modules (sharp at any printer
        resolution), on white with its quiet zone even on a coloured badge."""
        side = min(rect.width(), rect.height())
        if side <= 0 or not code:
            return
        matrix = qr_modules(code)
        count = len(matrix) + 2 * QR_QUIET_MODULES
        module = side / count
        left = rect.x() + (rect.width() - side) / 2
        top = rect.y() + (rect.height() - side) / 2
        self.p.fillRect(QRectF(left, top, side, side), QColor("white"))
        path = QPainterPath()
        for row, line in enumerate(matrix):
            col = 0
            while col < len(line):
                if not line[col]:
                    col += 1
                    continue
                start = col
                while col < len(line) and line[col]:
                    col += 1  # one rectangle per run: a smaller PDF, no hairline gaps
                path.addRect(
                    QRectF(
                        left + (start + QR_QUIET_MODULES) * module,
                        top + (row + QR_QUIET_MODULES) * module,
                        (col - start) * module,
                        module,
                    )
                )
        self.p.fillPath(path, QColor("black"))


def _margins(badge_field: BadgeField, mm: float) -> tuple[float, float, float, float]:
    return tuple(  # type: ignore[return-value]
        clamp(value, 0.0, MAX_MARGIN_MM) * mm
        for value in (
            badge_field.margin_top_mm,
            badge_field.margin_right_mm,
            badge_field.margin_bottom_mm,
            badge_field.margin_left_mm,
        )
    )


def paint_badge(
    painter: QPainter, layout: BadgeLayout, content: BadgeContent, page: QRectF
) -> None:
    """Paint one badge into `page` (device units; its width is the badge's width)."""
    draw = _Painter(painter, page.width() / layout.size.width_mm)
    mm = draw.mm
    background = QColor(layout.background)
    if background.isValid():
        draw.background = background
    painter.fillRect(page, draw.background)
    image = backgrounds.decode(layout.background_image, page.size())
    if image is not None:
        painter.drawImage(page, image)
    fields = layout.fields[:MAX_FIELDS]
    column: list[_Placed | BadgeField] = []  # measured text fields and QR fields, in order
    used = 0.0
    for badge_field in fields:
        top, right, bottom, left = _margins(badge_field, mm)
        if badge_field.box is not None:
            _paint_in_box(draw, badge_field, content, page)
            continue
        if badge_field.kind is FieldKind.QR:
            column.append(badge_field)
            used += top + bottom
            continue
        text = field_text(badge_field, content)
        if not text:
            continue  # no company: no gap where it would be
        width = page.width() - left - right
        if is_turned(badge_field.rotation_deg):
            line = (
                clamp(badge_field.font_pt, MIN_FONT_PT, MAX_FONT_PT)
                * painter.device().logicalDpiY()
                / 72.0
            )
            width = width_limit(width, line, page, badge_field.rotation_deg)
        placed = draw.fit(badge_field, text, width, page.height())
        column.append(placed)
        used += top + bottom + placed.height
    qr_count = sum(1 for item in column if isinstance(item, BadgeField))
    qr_height = max(0.0, (page.height() - used) / qr_count) if qr_count else 0.0
    y = page.y()
    for item in column:
        badge_field = item if isinstance(item, BadgeField) else item.badge_field
        top, right, bottom, left = _margins(badge_field, mm)
        width = page.width() - left - right
        if isinstance(item, BadgeField):
            code = content.value(item.source) or item.text
            rect = QRectF(page.x() + left, y + top, width, qr_height)
            with turned(painter, item.rotation_deg, rect.center()):
                draw.draw_qr(code, rect)
            y += top + qr_height + bottom
        else:
            # The field's place in the column, turned about its centre; a turned field
            # crossing an edge moves in (turning.py).
            degrees = badge_field.rotation_deg
            centre = QPointF(page.x() + left + width / 2, y + top + item.height / 2)
            pivot = kept_on_page(centre, item.ink_width, item.height, degrees, page)
            rect = QRectF(
                pivot.x() - item.width / 2, pivot.y() - item.height / 2, item.width, item.height
            )
            with turned(painter, degrees, pivot):
                draw.draw_text(item, rect)
            y += top + item.height + bottom


def _paint_in_box(
    draw: _Painter, badge_field: BadgeField, content: BadgeContent, page: QRectF
) -> None:
    box = badge_field.box
    assert box is not None
    mm = draw.mm
    rect = QRectF(
        page.x() + box.x_mm * mm, page.y() + box.y_mm * mm, box.width_mm * mm, box.height_mm * mm
    )
    with turned(draw.p, badge_field.rotation_deg, rect.topLeft()):
        if badge_field.kind is FieldKind.QR:
            draw.draw_qr(content.value(badge_field.source) or badge_field.text, rect)
            return
        text = field_text(badge_field, content)
        if text:
            draw.draw_text(draw.fit(badge_field, text, rect.width(), rect.height()), rect)


def page_size(size: BadgeSize) -> QPageSize:
    return QPageSize(
        QSizeF(size.width_mm, size.height_mm),
        QPageSize.Unit.Millimeter,
        f"Badge {size.width_mm:g}x{size.height_mm:g}mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def page_layout(size: BadgeSize) -> QPageLayout:
    """The badge as the whole page, no margins, portrait as given (a landscape badge is a page
    wider than high, not a rotated portrait one)."""
    return QPageLayout(
        page_size(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(painter: QPainter, layout: BadgeLayout, contents: Sequence[BadgeContent]) -> None:
    """One badge per page on a device whose pages are the badge size (a PDF, a printer)."""
    device = painter.device()
    page = QRectF(0, 0, device.width(), device.height())
    for index, content in enumerate(contents):
        if index:
            new_page = getattr(device, "newPage", None)
            if new_page is not None:
                new_page()
        paint_badge(painter, layout, content, page)


def pdf_bytes(layout: BadgeLayout, contents: Sequence[BadgeContent], title: str = "Badge") -> bytes:
    """The badges as a PDF, one page of exactly the badge size each."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(layout.size))
    writer.setTitle(title)
    writer.setCreator("Orga App")
    painter = QPainter(writer)
    try:
        paint_pages(painter, layout, contents)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path, layout: BadgeLayout, contents: Sequence[BadgeContent], title: str = "Badge"
) -> None:
    path.write_bytes(pdf_bytes(layout, contents, title))


def badge_image(layout: BadgeLayout, content: BadgeContent, dpi: float) -> QImage:
    """The badge as an image at `dpi` (the settings preview, screenshots)."""
    px_per_mm = dpi / 25.4
    width = max(1, round(layout.size.width_mm * px_per_mm))
    height = max(1, round(layout.size.height_mm * px_per_mm))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)  # so point sizes come out at their printed size
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_badge(painter, layout, content, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image
