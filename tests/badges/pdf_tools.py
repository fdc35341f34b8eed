"""Reading a produced badge PDF the way a person checks a print: poppler's pdfinfo (page size),
pdftotext (what the text says) and pdftoppm (the page as pixels, for the project's QR decoder)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pytest

from orga_app.scan.decoders import make_decoder

POINTS_PER_MM = 72 / 25.4
POPPLER = ("pdfinfo", "pdftotext", "pdftoppm")


def need_poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"poppler-utils not installed ({', '.join(missing)}); `make system` installs it"
        )


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Every page's size in millimetres (pdfinfo -l prints one `Page N size:` line each)."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w) / POINTS_PER_MM, float(h) / POINTS_PER_MM) for w, h in sizes]


def page_text(pdf: Path, page: int = 1) -> str:
    """The page's text as extracted, NFKC-normalised and without the bidi marks pdftotext puts
    round right-to-left runs, whitespace collapsed."""
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    text = unicodedata.normalize("NFKC", out)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def qr_codes(pdf: Path, tmp: Path, page: int = 1, dpi: int = 300) -> list[str]:
    """The page rendered to PNG by pdftoppm, decoded by the app's default decoder."""
    prefix = tmp / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
         str(pdf), str(prefix)],
        check=True, timeout=60,
    )  # fmt: skip
    frame = cv2.imread(str(prefix.with_suffix(".png")))
    assert frame is not None, "pdftoppm wrote no image"
    return [d.text for d in make_decoder().decode(np.asarray(frame, dtype=np.uint8))]
