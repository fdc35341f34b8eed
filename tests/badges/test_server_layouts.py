"""Badges printed with the server's layout (issue 12): an Open Event badge form (the real
server's recorded answer) with a turned field, a QR field and a background image, and a pretix
badge layout (libpretixprint areas on a background PDF), each checked where it lands on the
page: pdftotext -bbox for the words, the app's decoder on that area of the rendered page for the
QR code, pixels for the background. Hostile backgrounds and layouts draw nothing, never crash.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QApplication

from orga_app.badges import background
from orga_app.badges.layout import DEFAULT_SIZE, BadgeContent, FieldKind
from orga_app.badges.openevent_forms import layout_from_form
from orga_app.badges.pretix_layouts import PRETIX_DEFAULT_SIZE, layout_from_pretix
from orga_app.badges.render import write_pdf
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text
from tests.badges.server_forms import (
    background_pdf,
    codes_in,
    colour_at,
    page_pixels,
    png,
    recorded_form,
    word_boxes_mm,
)

ZOE = BadgeContent("Zoë", "Ångström", "Café Øresund AB", code="OE-1")


def _turned_form(rotation: int = 90) -> dict[str, Any]:
    form = recorded_form()
    fields = [dict(f) for f in form["badge-fields"]]
    fields[0]["text_rotation"] = rotation  # the first name, turned
    return {**form, "badge-fields": fields}


def _near(actual: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - w) <= 8 for a, w in zip(actual, wanted, strict=True))


def test_a_turned_field_prints_turned_on_the_badge_and_the_qr_below(
    qapp: QApplication, tmp_path: Path
) -> None:
    need_poppler()
    layout = layout_from_form(_turned_form(90), DEFAULT_SIZE)
    assert layout is not None and layout.fields[0].rotation_deg == 90
    pdf = tmp_path / "turned.pdf"
    write_pdf(pdf, layout, [ZOE])
    [(width, height)] = page_sizes_mm(pdf)
    boxes = word_boxes_mm(pdf)
    _, top, word_w, word_h = boxes["ZOË"]
    assert word_h > 1.2 * word_w  # turned: the name runs down the badge (across: 0.7)
    assert top >= -1 and top + word_h <= height + 1  # and stays on it
    _, _, last_w, last_h = boxes["Ångström"]
    assert last_w > 2 * last_h  # the field after it is not turned
    # The QR field takes the lower part of the column, where the form puts it.
    pixels = page_pixels(pdf, tmp_path)
    assert codes_in(pixels, (0, height * 0.45, width, height * 0.55)) == ["OE-1"]
    assert codes_in(pixels, (0, 0, width, height * 0.3)) == []


def test_a_field_turned_upside_down_still_reads(qapp: QApplication, tmp_path: Path) -> None:
    need_poppler()
    layout = layout_from_form(_turned_form(180), DEFAULT_SIZE)
    assert layout is not None
    pdf = tmp_path / "upside.pdf"
    write_pdf(pdf, layout, [ZOE])
    assert "ZOË" in page_text(pdf) and "Café Øresund AB" in page_text(pdf)


def test_the_background_image_is_drawn_under_the_fields(qapp: QApplication, tmp_path: Path) -> None:
    need_poppler()
    plain = layout_from_form(recorded_form(), DEFAULT_SIZE)
    pictured = layout_from_form(recorded_form(), DEFAULT_SIZE, png("#00a0ff"))
    assert plain is not None and pictured is not None
    for name, layout, corner in (
        ("plain", plain, (0xFF, 0xF8, 0xE7)),  # the form's badge colour
        ("pictured", pictured, (0x00, 0xA0, 0xFF)),
    ):
        pdf = tmp_path / f"{name}.pdf"
        write_pdf(pdf, layout, [ZOE])
        pixels = page_pixels(pdf, tmp_path)
        assert _near(colour_at(pixels, 2, 2), corner), name
        assert _near(colour_at(pixels, 99, 74), corner), name
        assert "ZOË" in page_text(pdf)  # the fields are on top


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge picture (a decompression bomb's header), with valid CRCs."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


@pytest.mark.parametrize(
    "data",
    [
        b"<html>not an image</html>",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 100,  # a PNG signature, then nothing
        _png_header(60_000, 60_000),  # 3.6 gigapixels declared
        b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 10,  # a broken PDF
        b"\xff\xd8\xff" + b"\0" * (background.MAX_BACKGROUND_BYTES + 1),  # too large
    ],
    ids=["html", "empty-png", "png-bomb", "broken-pdf", "too-large"],
)
def test_hostile_backgrounds_draw_nothing_and_never_crash(
    qapp: QApplication, tmp_path: Path, data: bytes
) -> None:
    need_poppler()
    assert background.decode(data, QSizeF(800, 600)) is None
    assert background.pdf_page_mm(data) is None
    layout = layout_from_form(recorded_form(), DEFAULT_SIZE, data)
    assert layout is not None
    pdf = tmp_path / "hostile.pdf"
    write_pdf(pdf, layout, [ZOE])
    assert _near(colour_at(page_pixels(pdf, tmp_path), 2, 2), (0xFF, 0xF8, 0xE7))
    assert "ZOË" in page_text(pdf)


# libpretixprint areas as the pretix badge editor saves them (mm from the page's bottom-left).
PRETIX_AREAS: list[dict[str, Any]] = [
    {"type": "textarea", "left": "10.00", "bottom": "80.00", "fontsize": "20.0",
     "color": [0, 0, 0, 1], "fontfamily": "Open Sans", "bold": True, "italic": False,
     "width": "100.00", "content": "attendee_name", "text": "Max Mustermann", "align": "left",
     "rotation": 0},
    {"type": "textarea", "left": "10.00", "bottom": "60.00", "fontsize": "12.0",
     "color": [200, 0, 0, 1], "fontfamily": "Open Sans", "bold": False, "italic": False,
     "width": "80.00", "content": "attendee_company", "text": "ACME", "align": "left"},
    {"type": "textarea", "left": "135.00", "bottom": "95.00", "fontsize": "10.0",
     "color": [0, 0, 0, 1], "width": "80.00", "content": "other", "text": "STAFF",
     "align": "left", "rotation": 90, "downward": True},
    {"type": "textarea", "left": "10.00", "bottom": "40.00", "fontsize": "12.0",
     "color": [0, 0, 0, 1], "width": "80.00", "content": "question_17", "text": "Sample",
     "align": "left"},
    {"type": "barcodearea", "left": "95.00", "bottom": "10.00", "size": "35.00",
     "content": "secret"},
    {"type": "imagearea", "left": "0", "bottom": "0", "width": "20", "height": "20",
     "content": "event_logo"},
    {"type": "textarea", "left": "10", "bottom": "10", "fontsize": "12", "width": "50",
     "content": "attendee_name", "page": 2},
]  # fmt: skip


def test_a_pretix_layout_prints_each_area_where_it_says(qapp: QApplication, tmp_path: Path) -> None:
    need_poppler()
    pdf_background = background_pdf(148.0, 105.0, "#e8f4ff")
    page = background.pdf_page_mm(pdf_background)
    assert page is not None and page == pytest.approx((148.0, 105.0), abs=0.5)
    layout = layout_from_pretix(PRETIX_AREAS, "Speakers", page, pdf_background)
    assert layout is not None
    kinds = [(f.kind, f.source) for f in layout.fields]
    assert kinds == [
        (FieldKind.TEXT, "name"),
        (FieldKind.TEXT, "company"),
        (FieldKind.TEXT, "pretix:other"),
        (FieldKind.TEXT, "pretix:question_17"),  # an answer this door does not hold
        (FieldKind.QR, "code"),
    ]  # the image area and the second page's area are left out
    pdf = tmp_path / "pretix.pdf"
    write_pdf(pdf, layout, [BadgeContent("Max", "Muster", "Umbrella GmbH", code="SECRET-42")])
    [(width, height)] = page_sizes_mm(pdf)
    assert (round(width), round(height)) == (148, 105)
    boxes = word_boxes_mm(pdf)
    assert "Sample" not in boxes  # the question's sample text is never printed
    name_left, name_top, _, name_h = boxes["Max"]
    assert name_left == pytest.approx(10, abs=1.5)
    assert name_top + name_h == pytest.approx(105 - 80, abs=3)  # its bottom at bottom=80 mm
    company_left, company_top, _, company_h = boxes["Umbrella"]
    assert company_left == pytest.approx(10, abs=1.5)
    assert company_top + company_h == pytest.approx(105 - 60, abs=2.5)
    staff_left, staff_top, staff_w, staff_h = boxes["STAFF"]
    assert staff_h > 2 * staff_w  # turned by 90°, hanging from its anchor at (135, 10) mm
    assert staff_left < 135 and staff_top == pytest.approx(10, abs=2)
    pixels = page_pixels(pdf, tmp_path)
    # The QR code is in its area (left 95, bottom 10, 35 mm square) and nowhere else.
    assert codes_in(pixels, (93, 105 - 10 - 37, 39, 39)) == ["SECRET-42"]
    assert codes_in(pixels, (0, 0, 90, 105)) == []
    assert _near(colour_at(pixels, 140, 100), (0xE8, 0xF4, 0xFF))  # the background PDF


def test_hostile_pretix_layouts() -> None:
    assert layout_from_pretix("nope", "x", None) is None
    assert layout_from_pretix([None, 3, {"type": "imagearea"}], "x", None) is None
    weird = [
        {"type": "textarea", "left": "nan", "bottom": "1e99", "fontsize": "-3", "width": None,
         "color": "red", "content": {"x": 1}, "rotation": "inf"},
        {"type": "barcodearea", "left": [], "bottom": {}, "size": "0"},
    ] * 100  # fmt: skip
    layout = layout_from_pretix(weird, "w" * 500, (9999.0, 1.0))
    assert layout is not None
    assert layout.size == PRETIX_DEFAULT_SIZE and len(layout.fields) == 30
    assert all(abs(f.rotation_deg) <= 360 for f in layout.fields)
    assert len(layout.name) <= 60
