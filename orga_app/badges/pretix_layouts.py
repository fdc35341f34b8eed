"""pretix badge layouts → the app's badge layout (pure; the answer is hostile input).

The badges plugin (`GET /api/v1/organizers/{o}/events/{e}/badgelayouts/`) gives each layout as
libpretixprint's list of areas on a background PDF, in millimetres from the page's BOTTOM-left
corner: `textarea` (left, bottom, width, fontsize in pt, color as 0-255 RGBA, bold, align,
rotation in degrees clockwise about the area's top-left corner, `downward` when `bottom` is the
text's top), `barcodearea` (left, bottom, size: the QR of the ticket's secret) and `imagearea`
(pictures of the event or the attendee this door does not hold: left out). The badge's size is
the background PDF's first page (pretix's own default is A6 landscape).

Text is taken from the variables the door holds (the attendee's name and its parts, company,
e-mail, product, event, the secret); any other variable (an answer to a question, an invoice
address, a meta value) prints nothing rather than a guess.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from orga_app.badges.layout import (
    MAX_FIELDS,
    Align,
    BadgeField,
    BadgeLayout,
    BadgeSize,
    Box,
    FieldKind,
    bounded,
    clamp,
)

# pretix's own default background: A6 landscape.
PRETIX_DEFAULT_SIZE = BadgeSize("pretix:a6l", "A6 landscape (148 × 105 mm)", 148.0, 105.0)
PT_TO_MM = 25.4 / 72
# A line of text takes its font size times this (reportlab's leading of 1.15, with room for
# descenders): the height of the area a text is fitted into.
LINE_HEIGHT = 1.2
# libpretixprint variables → the door's content keys.
VARIABLES: Mapping[str, str] = {
    "attendee_name": "name",
    "attendee_name_full": "name",
    "attendee_name_given_name": "firstname",
    "attendee_name_family_name": "lastname",
    "attendee_company": "company",
    "attendee_email": "email",
    "item": "ticket",
    "itemvar": "ticket",
    "event_name": "event",
    "secret": "code",
}


def _number(value: Any, default: float, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return default if math.isnan(number) else clamp(number, low, high)


def _colour(value: Any) -> str:
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) >= 3:
        parts = [round(_number(v, 0.0, 0.0, 255.0)) for v in value[:3]]
        return "#{:02x}{:02x}{:02x}".format(*parts)
    return "#000000"


def _fixed_text(area: Mapping[str, Any]) -> str:
    """The organizer's own words of an `other` / `other_i18n` area (English first)."""
    if area.get("content") == "other_i18n":
        texts = area.get("text_i18n")
        if isinstance(texts, Mapping):
            for language in ("en", *sorted(k for k in texts if isinstance(k, str))):
                if isinstance(texts.get(language), str) and texts[language]:
                    return bounded(texts[language])
        return ""
    text = area.get("text")
    return bounded(text) if isinstance(text, str) else ""


def _text_field(area: Mapping[str, Any], page_height: float) -> BadgeField:
    content = area.get("content")
    content = content if isinstance(content, str) else ""
    font_pt = _number(area.get("fontsize"), 12.0, 4.0, 200.0)
    line_mm = font_pt * PT_TO_MM * LINE_HEIGHT * _number(area.get("lineheight"), 1.0, 0.5, 3.0)
    left = _number(area.get("left"), 0.0, -50.0, 400.0)
    bottom = _number(area.get("bottom"), 0.0, -50.0, 400.0)
    width = _number(area.get("width"), 50.0, 1.0, 400.0)
    top = page_height - bottom if area.get("downward") is True else page_height - bottom - line_mm
    if content in ("other", "other_i18n"):
        source, text = "", _fixed_text(area)  # no such content key: the fixed text shows
    else:
        source, text = VARIABLES.get(content, "pretix:" + bounded(content)[:60]), ""
    align = {"left": Align.LEFT, "right": Align.RIGHT}.get(str(area.get("align")), Align.CENTER)
    return BadgeField(
        FieldKind.TEXT,
        source=source or "pretix:other",
        text=text,
        font_pt=font_pt,
        bold=area.get("bold") is True,
        color=_colour(area.get("color")),
        align=align,
        box=Box(left, top, width, line_mm),
        rotation_deg=_number(area.get("rotation"), 0.0, -360.0, 360.0),
    )


def _barcode_field(area: Mapping[str, Any], page_height: float) -> BadgeField:
    size = _number(area.get("size"), 30.0, 5.0, 300.0)
    left = _number(area.get("left"), 0.0, -50.0, 400.0)
    bottom = _number(area.get("bottom"), 0.0, -50.0, 400.0)
    content = area.get("content")
    # The door's QR always holds the code the doors scan (pretix's default content, "secret").
    source = "code" if content in (None, "secret") else "pretix:" + bounded(str(content))[:60]
    return BadgeField(
        FieldKind.QR, source=source, box=Box(left, page_height - bottom - size, size, size)
    )


def badge_size(page_mm: tuple[float, float] | None) -> BadgeSize:
    if page_mm is None:
        return PRETIX_DEFAULT_SIZE
    width, height = page_mm
    if not (20 <= width <= 400 and 20 <= height <= 400):
        return PRETIX_DEFAULT_SIZE
    width, height = round(width, 2), round(height, 2)
    return BadgeSize(f"server:{width:g}x{height:g}", f"{width:g} × {height:g} mm", width, height)


def layout_from_pretix(
    areas: Any,
    name: str,
    page_mm: tuple[float, float] | None,
    background: bytes | None = None,
) -> BadgeLayout | None:
    """The layout of one badge layout's `layout` list (first page only: a badge is one page);
    None when it has nothing printable."""
    if not isinstance(areas, Sequence) or isinstance(areas, str):
        return None
    size = badge_size(page_mm)
    fields: list[BadgeField] = []
    for area in areas[: MAX_FIELDS * 4]:
        if not isinstance(area, Mapping) or _number(area.get("page"), 1.0, 0.0, 1e6) != 1.0:
            continue
        if area.get("type") == "textarea":
            fields.append(_text_field(area, size.height_mm))
        elif area.get("type") == "barcodearea":
            fields.append(_barcode_field(area, size.height_mm))
    if not fields:
        return None
    return BadgeLayout(
        name=bounded(name)[:60] or "pretix",
        size=size,
        fields=tuple(fields[:MAX_FIELDS]),
        origin="pretix",
        background_image=background,
    )
