"""Digits other than 0-9 in text from a server, a file or a person.

str.isdigit() is True for superscripts and other Unicode digits ("¹", "²", "①") that int()
refuses, and int() reads Arabic-Indic and other decimal digits ("٣") that no server meant as an
id. Every place that reads a number from text accepts ASCII digits only, so such text is
"not a number" instead of a crash (hypothesis found "¹" as an attendee id in a page).
"""

from __future__ import annotations

import pytest

from orga_app.core.list_rules import parse_products
from orga_app.scan.sources import OpenCvCaptureSource, SourceUnavailable
from orga_app.sync.openevent.jsonapi import error_from_payload
from orga_app.sync.openevent.records import int_or_none

ODD_DIGITS = ("¹", "²3", "①", "٣", "७", "1¹")


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_a_numeric_field_with_odd_digits_is_not_a_number(text: str) -> None:
    assert int_or_none(text) is None
    assert int_or_none(" 42 ") == 42


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_an_error_status_with_odd_digits_is_left_out(text: str) -> None:
    error = error_from_payload(422, {"errors": [{"status": text, "detail": "bad"}]})
    assert error.status == 422  # the answer's own HTTP status stands
    assert error.detail == "bad"


def test_item_ids_keep_only_ascii_numbers() -> None:
    assert parse_products("1, ¹, ²3, ٣, 7") == frozenset({1, 7})


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_a_source_with_odd_digits_is_a_file_name_not_a_camera(text: str) -> None:
    # A clear "no such video file", not a ValueError from int() on the camera path.
    with pytest.raises(SourceUnavailable, match="no such video file"):
        OpenCvCaptureSource(text)
