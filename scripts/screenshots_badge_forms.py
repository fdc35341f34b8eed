"""Badges printed with the server's layout (issue 12) for docs/screenshots, run by
`make screenshots`:

- badges-server-layouts.png: left, the Open Event badge form the real server answered
  (tests/fixtures/open_event/badge_forms.json, "door-form": the first name turned by 90°, the
  last name, the QR field) on a background image as an organizer uploads one; right, a pretix
  badge layout (libpretixprint areas: the name, a turned STAFF label, the QR area) on its
  background PDF. Printed through a private CUPS scheduler with a cups-pdf queue (as
  tests/badges do) and rendered to PNG by pdftoppm; without root the badges' own PDF is
  rendered instead, and the script says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.badges

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots_badges import desk_sheet  # noqa: E402

from orga_app.badges import background  # noqa: E402
from orga_app.badges.layout import DEFAULT_SIZE, BadgeContent, BadgeLayout  # noqa: E402
from orga_app.badges.openevent_forms import layout_from_form  # noqa: E402
from orga_app.badges.pretix_layouts import layout_from_pretix  # noqa: E402
from orga_app.badges.printer import print_badges  # noqa: E402
from orga_app.badges.render import write_pdf  # noqa: E402
from tests.badges.cups import private_cups, why_not  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
FORMS = ROOT / "tests" / "fixtures" / "open_event" / "badge_forms.json"
PERSON = BadgeContent("Zoë", "Ångström-Lindqvist", "Café Øresund AB", ticket="Speaker",
                      code="7713b1ee-c2f8-4d93-9beb-9fcc16652afa")  # fmt: skip
PRETIX_AREAS = [
    {"type": "textarea", "left": "12", "bottom": "62", "fontsize": "26", "color": [20, 33, 61, 1],
     "bold": True, "width": "120", "content": "attendee_name", "align": "left"},
    {"type": "textarea", "left": "12", "bottom": "50", "fontsize": "14", "color": [60, 60, 60, 1],
     "width": "80", "content": "attendee_company", "align": "left"},
    {"type": "textarea", "left": "141", "bottom": "100", "fontsize": "14",
     "color": [255, 255, 255, 1], "bold": True, "width": "60", "content": "other",
     "text": "STAFF", "align": "left", "rotation": 90, "downward": True},
    {"type": "barcodearea", "left": "92", "bottom": "8", "size": "40", "content": "secret"},
]  # fmt: skip


def _encoded(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def form_background() -> bytes:
    """A background as an organizer uploads one: a band for the turned name, a soft wash."""
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    wash = QLinearGradient(0, 0, 1200, 900)
    wash.setColorAt(0, QColor("#fff8e7"))
    wash.setColorAt(1, QColor("#e7f3f1"))
    painter.fillRect(image.rect(), wash)
    painter.fillRect(QRectF(0, 0, 300, 900), QColor("#2a9d8f"))
    painter.setPen(QColor("#2a9d8f"))
    painter.setFont(QFont("Noto Sans", 34, QFont.Weight.Bold))
    painter.drawText(QRectF(330, 20, 850, 80), Qt.AlignmentFlag.AlignRight, "DOOR CONF 2026")
    painter.end()
    return _encoded(image)


def pretix_background() -> bytes:
    """A background PDF of A6 landscape as pretix keeps one: a header band and a side strip."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(148, 105), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    mm = writer.width() / 148
    painter.fillRect(QRectF(0, 0, 148 * mm, 105 * mm), QColor("#eef4fb"))
    painter.fillRect(QRectF(0, 0, 148 * mm, 14 * mm), QColor("#14213d"))
    painter.fillRect(QRectF(136 * mm, 0, 12 * mm, 105 * mm), QColor("#fca311"))
    painter.setPen(QColor("white"))
    font = QFont("Noto Sans")
    font.setPixelSize(round(6 * mm))
    painter.setFont(font)
    painter.drawText(QRectF(6 * mm, 2 * mm, 120 * mm, 10 * mm), "pretix door 2026")
    painter.end()
    buffer.close()
    return bytes(data.data())


def layouts() -> list[BadgeLayout]:
    document = json.loads(FORMS.read_text("utf-8"))
    form = next(f["attributes"] for f in document["data"]
                if f["attributes"]["badge-id"] == "door-form")  # fmt: skip
    open_event = layout_from_form(form, DEFAULT_SIZE, form_background())
    pdf = pretix_background()
    pretix = layout_from_pretix(PRETIX_AREAS, "Door badge", background.pdf_page_mm(pdf), pdf)
    assert open_event is not None and pretix is not None
    return [open_event, pretix]


def pdfs(tmp: Path) -> tuple[list[Path], str]:
    reason = why_not()
    if reason is None:
        found: list[Path] = []
        with private_cups() as queue:
            for index, layout in enumerate(layouts()):
                title = f"orga-server-layout-{os.getpid()}-{index}"
                seen = queue.pdfs(title)
                outcome = print_badges(queue.name, layout, [PERSON], title)
                assert outcome.ok, outcome.problem
                found.append(queue.wait_for_pdf(title, seen=seen))
        return found, "printed through CUPS (cups-pdf)"
    own: list[Path] = []
    for index, layout in enumerate(layouts()):
        own.append(tmp / f"layout{index}.pdf")
        write_pdf(own[-1], layout, [PERSON])
    return own, f"the app's own PDF (not printed: {reason})"


def main() -> int:
    QApplication(["screenshots"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        found, how = pdfs(tmp)
        pages: list[QImage] = []
        for index, pdf in enumerate(found):
            prefix = tmp / f"page{index}"
            subprocess.run(
                ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(prefix)],
                check=True,
            )
            pages.append(QImage(str(prefix.with_suffix(".png"))))
        desk_sheet(pages).save(str(OUT / "badges-server-layouts.png"))
    print(f"wrote {OUT / 'badges-server-layouts.png'} ({how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
