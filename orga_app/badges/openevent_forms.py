"""Open Event badge forms → the app's badge layout (pure; the answer is hostile input).

The server keeps one badge form per badge (`GET /v1/events/{id}/badge-forms`; a ticket names
its form by `badge-id`): a size, a colour, an orientation, a background image and a column of
fields, each a text field of the attendee (`field-identifier`, camelCase attendee attributes or
the identifier of a custom form answer) or the QR field (`custom-field` "QR"), with a font size
in CSS px, a colour, bold, upper/lower case, a rotation in degrees and margins in mm. The server
renders it as HTML: fields stacked, centred, each turned about its own centre. That is the shape
of `BadgeLayout`, so the mapping is direct. What this door cannot honour is left out, never
guessed: a field of an attendee attribute the door does not have prints nothing (never the
form's sample text), and the QR holds the ticket code the doors scan (the server's own QR holds
a vCard of chosen fields).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from orga_app.badges.layout import (
    MAX_FIELDS,
    MAX_MARGIN_MM,
    Align,
    BadgeField,
    BadgeLayout,
    BadgeSize,
    FieldKind,
    TextCase,
    bounded,
    clamp,
)

PX_TO_PT = 0.75  # CSS px are 1/96 in, points 1/72 in
MM_PER_INCH = 25.4
# Attendee attributes (as the badge form names them) → the door's content keys.
FIELD_KEYS: Mapping[str, str] = {
    "firstname": "firstname",
    "lastname": "lastname",
    "fullname": "name",
    "name": "name",
    "company": "company",
    "jobtitle": "job_title",
    "email": "email",
    "ticketname": "ticket",
    "ticket": "ticket",
    "tickettype": "ticket",
}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(mm|in|cm)?\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|in|cm)?", re.I)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")


def _get(item: Mapping[str, Any], name: str) -> Any:
    """An attribute under its dasherized or snake_case name (the list answer nests the fields
    in snake_case inside dasherized attributes)."""
    return item.get(name, item.get(name.replace("-", "_")))


def _number(value: Any, default: float, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        return clamp(float(value), low, high)
    except ValueError:
        return default


def _colour(value: Any, default: str) -> str:
    return value if isinstance(value, str) and _COLOUR.fullmatch(value.strip()) else default


def badge_size(text: Any, orientation: Any, fallback: BadgeSize) -> BadgeSize:
    """`4x3` (inches when both numbers are small and no unit is given), `100 x 70 mm`, turned
    to the orientation; the door's own size when the form's cannot be read."""
    match = _SIZE.search(text) if isinstance(text, str) else None
    if match is None:
        return fallback
    first, second = float(match.group(1)), float(match.group(3))
    unit = (match.group(2) or match.group(4) or "").lower()
    factor = {"mm": 1.0, "cm": 10.0, "in": MM_PER_INCH}.get(unit)
    if factor is None:
        factor = MM_PER_INCH if max(first, second) <= 20 else 1.0
    width, height = first * factor, second * factor
    if not (20 <= width <= 300 and 20 <= height <= 300):
        return fallback  # not a badge: a typo or a hostile value
    long, short = max(width, height), min(width, height)
    if isinstance(orientation, str) and orientation.lower().startswith("land"):
        width, height = long, short
    elif isinstance(orientation, str) and orientation.lower().startswith("port"):
        width, height = short, long
    label = f"{width:g} × {height:g} mm"
    return BadgeSize(f"server:{width:g}x{height:g}", label, round(width, 2), round(height, 2))


def _weights(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, Sequence) and not isinstance(value, str):
        for item in value[:8]:
            if isinstance(item, Mapping):
                found.update(str(v).lower() for v in item.values() if isinstance(v, str))
    return found


def badge_field(item: Mapping[str, Any]) -> BadgeField | None:
    """One field of the form, or None when this door cannot print it honestly."""
    if _get(item, "is-deleted") is True:
        return None
    margins = {
        side: _number(_get(item, f"margin-{side}"), 0.0, 0.0, MAX_MARGIN_MM)
        for side in ("top", "bottom", "left", "right")
    }
    custom = _get(item, "custom-field")
    if isinstance(custom, str) and custom.strip().lower() == "qr":
        return BadgeField(
            FieldKind.QR, "code",
            margin_top_mm=margins["top"], margin_bottom_mm=margins["bottom"],
            margin_left_mm=margins["left"], margin_right_mm=margins["right"],
        )  # fmt: skip
    identifier = _get(item, "field-identifier")
    if not isinstance(identifier, str):
        return None
    # An attribute the door does not keep (a custom form answer) is looked up among the
    # attendee's extra values by its identifier, and prints nothing when it is not there:
    # never the form's sample text.
    key = FIELD_KEYS.get(re.sub(r"[^a-z]", "", identifier.lower())) or bounded(identifier)[:60]
    weights = _weights(_get(item, "font-weight"))
    text_type = str(_get(item, "text-type") or "").lower()
    case = {
        "uppercase": TextCase.UPPER,
        "lowercase": TextCase.LOWER,
        "capitalize": TextCase.CAPITALIZE,
    }.get(text_type, TextCase.AS_IS)
    alignment = str(_get(item, "text-alignment") or "").lower()
    align = {"left": Align.LEFT, "right": Align.RIGHT}.get(alignment, Align.CENTER)
    return BadgeField(
        FieldKind.TEXT,
        key,
        font_pt=_number(_get(item, "font-size"), 16.0, 4.0, 200.0) * PX_TO_PT,
        bold="bold" in weights,
        color=_colour(_get(item, "font-color"), "#000000"),
        case=case,
        align=align,
        margin_top_mm=margins["top"],
        margin_bottom_mm=margins["bottom"],
        margin_left_mm=margins["left"],
        margin_right_mm=margins["right"],
        rotation_deg=_number(_get(item, "text-rotation"), 0.0, -360.0, 360.0),
    )


def layout_from_form(
    attributes: Mapping[str, Any], fallback: BadgeSize, background: bytes | None = None
) -> BadgeLayout | None:
    """The layout of one badge form's attributes; None when it has nothing printable."""
    raw_fields = _get(attributes, "badge-fields")
    if not isinstance(raw_fields, Sequence) or isinstance(raw_fields, str):
        return None
    fields = tuple(
        f
        for f in (badge_field(i) for i in raw_fields[: MAX_FIELDS * 4] if isinstance(i, Mapping))
        if f is not None
    )[:MAX_FIELDS]
    if not fields:
        return None
    name = bounded(str(_get(attributes, "badge-id") or "badge form"))[:60]
    return BadgeLayout(
        name=name,
        size=badge_size(
            _get(attributes, "badge-size"), _get(attributes, "badge-orientation"), fallback
        ),
        fields=fields,
        background=_colour(_get(attributes, "badge-color"), "#ffffff"),
        origin="openevent",
        background_image=background,
    )


def layouts_by_badge_id(document: Mapping[str, Any], fallback: BadgeSize) -> dict[str, BadgeLayout]:
    """Every usable form of a `GET /v1/events/{id}/badge-forms` answer, by its badge id (the
    value a ticket's `badge-id` names)."""
    data = document.get("data")
    found: dict[str, BadgeLayout] = {}
    if not isinstance(data, list):
        return found
    for resource in data[:200]:
        attributes = resource.get("attributes") if isinstance(resource, Mapping) else None
        if not isinstance(attributes, Mapping):
            continue
        badge_id = _get(attributes, "badge-id")
        layout = layout_from_form(attributes, fallback)
        if isinstance(badge_id, str) and layout is not None:
            found[badge_id[:100]] = layout
    return found
