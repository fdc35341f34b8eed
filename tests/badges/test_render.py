"""Badges rendered to PDF on this machine, checked with poppler and the app's QR decoder: the
page is exactly the badge, the text holds name and company in any script, the QR reads back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import (
    BADGE_SIZES,
    Align,
    BadgeContent,
    BadgeField,
    BadgeSize,
    FieldKind,
    bounded,
    default_layout,
    is_right_to_left,
    size_by_key,
)
from orga_app.badges.render import badge_image, write_pdf
from orga_app.scan.decoders import make_decoder
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text, qr_codes

NAMES = {
    "latin": BadgeContent(
        "Zoë", "Ångström", "Café Øresund AB", ticket="Standard", code="OE-LAT-7Q2"
    ),
    "cjk": BadgeContent("美咲", "佐藤", "株式会社東京電子", ticket="VIP", code="OE-CJK-9X1"),
    "arabic": BadgeContent("فاطمة", "الزهراء", "شركة النور", ticket="Speaker", code="OE-ARB-3K8"),
    "devanagari": BadgeContent("प्रिया", "शर्मा", "भारत टेक्नोलॉजी", code="OE-DEV-5M4"),
    "hebrew": BadgeContent("נועה", "כהן", "חברת אור", code="OE-HEB-2P6"),
    "thai": BadgeContent("สมชาย", "ใจดี", "บริษัท ไทย", code="OE-THA-8R3"),
}


@pytest.mark.parametrize("script", sorted(NAMES))
def test_pdf_holds_name_company_and_a_readable_qr(
    qapp: QApplication, tmp_path: Path, script: str
) -> None:
    need_poppler()
    content = NAMES[script]
    pdf = tmp_path / "badge.pdf"
    write_pdf(pdf, default_layout(size_by_key("4x3in")), [content])
    text = page_text(pdf)
    assert f"{content.firstname} {content.lastname}" in text
    assert content.company in text
    assert qr_codes(pdf, tmp_path) == [content.code]


@pytest.mark.parametrize("size", BADGE_SIZES, ids=[s.key for s in BADGE_SIZES])
def test_every_page_is_exactly_the_badge_size(
    qapp: QApplication, tmp_path: Path, size: BadgeSize
) -> None:
    need_poppler()
    pdf = tmp_path / "badges.pdf"
    write_pdf(pdf, default_layout(size), [NAMES["latin"], NAMES["cjk"]])
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 2
    # Qt writes the page box in whole points: up to 1 pt (0.35 mm) below the size asked for.
    for width, height in sizes:
        assert width == pytest.approx(size.width_mm, abs=0.36)
        assert height == pytest.approx(size.height_mm, abs=0.36)


def _ink_columns(image: QImage) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns holding anything darker than light grey."""
    columns = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 200 for y in range(0, image.height(), 2))
    ]
    return min(columns), max(columns)


def test_a_long_name_shrinks_to_stay_inside_the_margins(qapp: QApplication) -> None:
    long_name = BadgeContent("Maximiliane-Annabelle", "von Hohenzollern-Sigmaringen-Lüdenscheidt")
    layout = default_layout(size_by_key("cr80"))
    name_only = replace(layout, fields=layout.fields[:1])  # margins 3 mm left and right
    dpi = 200
    left, right = _ink_columns(badge_image(name_only, long_name, dpi))
    margin_px = 3 * dpi / 25.4
    assert left >= margin_px - 2
    assert right <= badge_image(name_only, long_name, dpi).width() - margin_px + 2
    short = _ink_columns(badge_image(name_only, BadgeContent("Li", "Wu"), dpi))
    assert short[1] - short[0] < right - left  # the short name is not blown up to the width


def test_a_right_to_left_name_starts_at_the_right(qapp: QApplication) -> None:
    """A start-aligned field: a Latin name hugs the left edge, an Arabic one the right."""
    field = BadgeField(FieldKind.TEXT, "name", font_pt=14, align=Align.LEFT)
    layout = replace(default_layout(size_by_key("a6")), fields=(field,))
    latin = badge_image(layout, NAMES["latin"], 100)
    arabic = badge_image(layout, NAMES["arabic"], 100)
    middle = latin.width() // 2
    assert _ink_columns(latin)[1] < middle
    assert _ink_columns(arabic)[0] > middle


def test_text_from_a_server_cannot_rearrange_the_badge() -> None:
    # A bidi override would print the name backwards; a newline would push the QR down.
    assert bounded("Eve\u202e lanretni\nX\x1b[2J") == "Eve lanretni X [2J"
    assert len(bounded("A" * 10_000)) == 200
    assert is_right_to_left("  \u05e0\u05d5\u05e2\u05d4 Cohen")
    assert not is_right_to_left("Noa \u05db\u05d4\u05df")


def _qr_side(image: QImage) -> float:
    """The decoded QR code's width in pixels (from the decoder's corner points)."""
    ptr = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = ptr.width(), ptr.height()
    pixels = np.frombuffer(ptr.constBits(), dtype=np.uint8).reshape(height, ptr.bytesPerLine())
    [found] = make_decoder().decode(np.ascontiguousarray(pixels[:, :width]))
    xs = [x for x, _ in found.polygon]
    return float(max(xs) - min(xs))


def test_a_tall_script_leaves_the_qr_code_its_room(qapp: QApplication) -> None:
    """Noto Sans Arabic's line height is about twice its letters: measured by line height, an
    Arabic badge's name and company took the QR code's room and it came out about half the
    size of a Latin badge's (98 vs 150 px at 150 dpi); measured by the glyphs they are alike."""
    layout = default_layout(size_by_key("4x3in"))
    latin = _qr_side(badge_image(layout, NAMES["latin"], 150))
    arabic = _qr_side(badge_image(layout, NAMES["arabic"], 150))
    assert arabic >= 0.85 * latin
