"""Open Event badge forms → layouts, from the real server's recorded answer
(tests/fixtures/open_event/badge_forms.json, made by tests/real/test_badge_forms_real.py), and
from hostile answers: nothing in a form can crash the door or print what the door does not know."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import (
    DEFAULT_SIZE,
    BadgeContent,
    FieldKind,
    TextCase,
    field_text,
    size_by_key,
)
from orga_app.badges.openevent_forms import badge_size, layout_from_form, layouts_by_badge_id
from orga_app.badges.render import write_pdf
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text, qr_codes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "open_event" / "badge_forms.json"


def _recorded() -> dict[str, Any]:
    data = json.loads(FIXTURE.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_recorded_form_becomes_the_layout_it_describes() -> None:
    layout = layouts_by_badge_id(_recorded(), DEFAULT_SIZE)["speaker-badge"]
    assert layout.origin == "openevent"
    assert layout.background == "#fff8e7"
    assert (layout.size.width_mm, layout.size.height_mm) == (101.6, 76.2)  # 4x3 in, landscape
    # the deleted field left out; the unknown one kept, printing nothing (not the sample text)
    first, last, company, address, qr = layout.fields
    assert (address.source, field_text(address, BadgeContent("A", "B", "C"))) == ("homeAddress", "")
    assert field_text(address, BadgeContent(extra={"homeAddress": "Main St 1"})) == "Main St 1"
    assert (first.source, first.bold, first.case, first.font_pt) == (
        "firstname", True, TextCase.UPPER, 30.0  # 40 CSS px
    )  # fmt: skip
    assert (last.source, company.source, qr.kind) == ("lastname", "company", FieldKind.QR)
    assert first.color == "#1a1a1a" and first.margin_top_mm == 2 and first.margin_left_mm == 3


def test_the_recorded_form_prints(qapp: QApplication, tmp_path: Path) -> None:
    need_poppler()
    layout = layouts_by_badge_id(_recorded(), DEFAULT_SIZE)["speaker-badge"]
    pdf = tmp_path / "form.pdf"
    write_pdf(pdf, layout, [BadgeContent("Zoë", "Ångström", "Café Øresund AB", code="OE-1")])
    text = page_text(pdf)
    assert text.index("ZOË") < text.index("Ångström") < text.index("Café Øresund AB")
    [(width, height)] = page_sizes_mm(pdf)
    assert (round(width), round(height)) == (102, 76)
    assert qr_codes(pdf, tmp_path) == ["OE-1"]


@pytest.mark.parametrize(
    ("text", "orientation", "expected"),
    [
        ("4x3", "Landscape", (101.6, 76.2)),
        ("4x3", "Portrait", (76.2, 101.6)),
        ("100 x 70 mm", None, (100.0, 70.0)),
        ("10.5cm x 14.8cm", "portrait", (105.0, 148.0)),
        ("9999x1", None, None),  # not a badge
        ("huge", None, None),
        (42, None, None),
    ],
)
def test_badge_sizes(
    text: object, orientation: object, expected: tuple[float, float] | None
) -> None:
    fallback = size_by_key("cr80")
    size = badge_size(text, orientation, fallback)
    if expected is None:
        assert size == fallback
    else:
        assert (size.width_mm, size.height_mm) == pytest.approx(expected)


def test_hostile_forms_are_bounded_and_never_crash() -> None:
    assert layouts_by_badge_id({"data": "nope"}, DEFAULT_SIZE) == {}
    assert layouts_by_badge_id({"data": [None, 3, {"attributes": []}]}, DEFAULT_SIZE) == {}
    many = [{"field_identifier": "company", "font_size": "1e9", "font_color": "red;x"}] * 500
    layout = layout_from_form({"badge-id": "x" * 10_000, "badge-fields": many}, DEFAULT_SIZE)
    assert layout is not None
    assert len(layout.fields) == 30 and len(layout.name) <= 60
    assert layout.fields[0].font_pt == 150.0 and layout.fields[0].color == "#000000"
    only_unknown = {"badge-fields": [{"field_identifier": "homeAddress", "sample_text": "X"}]}
    unknown = layout_from_form(only_unknown, DEFAULT_SIZE)
    assert unknown is not None
    assert [field_text(f, BadgeContent("Ann", "Lee")) for f in unknown.fields] == [""]
