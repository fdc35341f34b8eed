"""Badges printed through a real CUPS queue (a private cupsd with a cups-pdf printer, cups.py):
the printed page is the badge's size, its text holds name and company in four scripts, its QR
reads back; a stopped printer takes no job and says so."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from orga_app.badges.layout import default_layout, size_by_key
from orga_app.badges.outcome import PrintProblem
from orga_app.badges.printer import print_badges, printer_names
from tests.badges.cups import CupsQueue
from tests.badges.pdf_tools import need_poppler, page_sizes_mm, page_text, qr_codes
from tests.badges.test_render import NAMES


def _title() -> str:
    return f"orgatest-{uuid.uuid4().hex[:12]}"


def test_badges_print_at_badge_size_with_text_and_qr(
    qapp: QApplication, cups_queue: CupsQueue, tmp_path: Path
) -> None:
    need_poppler()
    assert cups_queue.name in printer_names()
    scripts = ("latin", "cjk", "arabic", "devanagari")
    size = size_by_key("a6")
    title = _title()
    outcome = print_badges(
        cups_queue.name, default_layout(size), [NAMES[s] for s in scripts], title
    )
    assert outcome.ok, outcome.problem
    pdf = cups_queue.wait_for_pdf(title)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == len(scripts)
    for width, height in sizes:  # the whole chain keeps whole points: ±0.36 mm
        assert width == pytest.approx(size.width_mm, abs=0.36)
        assert height == pytest.approx(size.height_mm, abs=0.36)
    for page, script in enumerate(scripts, start=1):
        content = NAMES[script]
        text = page_text(pdf, page)
        assert f"{content.firstname} {content.lastname}" in text, script
        assert content.company in text, script
        assert qr_codes(pdf, tmp_path, page) == [content.code], script


def test_a_landscape_badge_comes_out_on_its_own_label(
    qapp: QApplication, cups_queue: CupsQueue
) -> None:
    """cups-pdf's PostScript step feeds a landscape page as a portrait sheet of the same label
    (the badge turned a quarter): the sheet is still exactly the badge, never A4 or Letter."""
    need_poppler()
    size = size_by_key("4x3in")
    title = _title()
    assert print_badges(cups_queue.name, default_layout(size), [NAMES["latin"]], title).ok
    pdf = cups_queue.wait_for_pdf(title)
    [(width, height)] = page_sizes_mm(pdf)
    assert sorted((width, height)) == [
        pytest.approx(min(size.width_mm, size.height_mm), abs=0.36),
        pytest.approx(max(size.width_mm, size.height_mm), abs=0.36),
    ]
    assert "Zoë Ångström" in page_text(pdf)


def test_a_stopped_printer_takes_no_job_and_says_why(
    qapp: QApplication, cups_queue: CupsQueue
) -> None:
    cups_queue.disable()
    try:
        before = cups_queue.jobs("all")
        outcome = print_badges(cups_queue.name, default_layout(), [NAMES["latin"]], _title())
        assert outcome.problem is PrintProblem.PRINTER_STOPPED
        assert cups_queue.jobs("all") == before
    finally:
        cups_queue.enable()
    missing = print_badges("NoSuchPrinter", default_layout(), [NAMES["latin"]])
    assert missing.problem is PrintProblem.PRINTER_MISSING
    assert print_badges("", default_layout(), [NAMES["latin"]]).problem is (
        PrintProblem.NO_PRINTER_CHOSEN
    )
