"""Demo ticket material: images, PNG files, a PDF and a fake-camera video."""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
import pytest

from orga_app.demo.tickets import (
    EFFECTS,
    TicketInfo,
    make_ticket_video,
    render_effect,
    ticket_image,
    write_ticket_pngs,
    write_tickets_pdf,
)
from orga_app.scan.decoders import ZxingDecoder

CODES = [
    "a1b2c3d4-e5f6-4711-8a9b-0123456789ab-1a2b3c",
    "b2c3d4e5-f6a7-4822-9bac-123456789abc-2b3c4d",
    "c3d4e5f6-a7b8-4933-acbd-23456789abcd-3c4d5e",
]


def test_ticket_image_is_bgr_of_requested_size_and_decodes() -> None:
    image = ticket_image(CODES[0], "Open Summit", "Zoë Ångström", size=(500, 760))

    assert image.shape == (760, 500, 3)
    assert [d.text for d in ZxingDecoder().decode(image)] == [CODES[0]]


def test_write_ticket_pngs_writes_one_readable_file_per_code(tmp_path: Path) -> None:
    paths = write_ticket_pngs(CODES, tmp_path / "out")

    assert [p.parent for p in paths] == [tmp_path / "out"] * 3
    decoder = ZxingDecoder()
    read_back = []
    for path in paths:
        image = cv2.imread(str(path))
        assert image is not None
        read_back.append([d.text for d in decoder.decode(np.asarray(image, dtype=np.uint8))])
    assert read_back == [[code] for code in CODES]


def test_write_tickets_pdf_has_one_page_per_ticket(tmp_path: Path) -> None:
    path = tmp_path / "tickets.pdf"

    write_tickets_pdf(
        [TicketInfo(code, "Summit", f"Guest {i}") for i, code in enumerate(CODES)], path
    )

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == len(CODES)


def test_write_tickets_pdf_refuses_empty_list(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no tickets"):
        write_tickets_pdf([], tmp_path / "empty.pdf")


def test_video_layout_matches_returned_ranges(tmp_path: Path) -> None:
    path = tmp_path / "doors.avi"

    shown = make_ticket_video(
        path, CODES, width=320, height=240, fps=10, seconds_per_ticket=1.0, gap_seconds=0.5
    )

    assert [t.code for t in shown] == CODES
    assert [t.effect for t in shown] == list(EFFECTS[: len(CODES)])
    # 5 gap frames, then each ticket (10 frames) followed by 5 gap frames.
    assert [(t.first_frame, t.last_frame) for t in shown] == [(5, 14), (20, 29), (35, 44)]
    capture = cv2.VideoCapture(str(path))
    try:
        assert capture.isOpened()
        assert int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) == 50
        assert (capture.get(cv2.CAP_PROP_FRAME_WIDTH), capture.get(cv2.CAP_PROP_FRAME_HEIGHT)) == (
            320,
            240,
        )
    finally:
        capture.release()


def test_video_effects_cycle(tmp_path: Path) -> None:
    shown = make_ticket_video(
        tmp_path / "v.avi", CODES, width=160, height=120, fps=5, effects=("dim",)
    )
    assert {t.effect for t in shown} == {"dim"}


def test_unknown_effect_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown effect"):
        render_effect(CODES[0], "sepia", 320, 240)
