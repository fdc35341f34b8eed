"""Badge screenshots (issue 12) for docs/screenshots, run by `make screenshots`:

- badge-settings.png: the Badges… dialog with its live preview of a real attendee of a store.
- badges-printed.png: four badges (Latin, Chinese, Arabic, Hindi names) as they came out of a
  printer: printed through a private CUPS scheduler with a cups-pdf queue (as tests/badges do),
  the PDF it wrote rendered to PNG by pdftoppm. Without root (no cupsd) the badges' own PDF is
  rendered instead, and the script says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.helpers, tests.badges.cups

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from orga_app.badges.layout import BadgeContent, default_layout, size_by_key  # noqa: E402
from orga_app.badges.printer import print_badges, printer_names  # noqa: E402
from orga_app.badges.render import write_pdf  # noqa: E402
from orga_app.settings import Settings  # noqa: E402
from orga_app.ui import theme  # noqa: E402
from orga_app.ui.badge_settings import BadgeSettingsDialog  # noqa: E402
from orga_app.ui.tasks import TaskRunner  # noqa: E402
from tests.badges.cups import private_cups, why_not  # noqa: E402
from tests.helpers import EVENT_ID, add_attendees, add_event, attendee_row, open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PEOPLE = (
    BadgeContent("Zoë", "Ångström-Lindqvist", "Café Øresund AB", ticket="Speaker", code="A1-7Q2"),
    BadgeContent("美咲", "佐藤", "株式会社東京電子", ticket="VIP", code="C2-9X1"),
    BadgeContent("فاطمة", "الزهراء", "شركة النور", ticket="Standard", code="R3-3K8"),
    BadgeContent("प्रिया", "शर्मा", "भारत टेक्नोलॉजी", ticket="Standard", code="D4-5M4"),
)


def settings_shot(app: QApplication, tmp: Path) -> None:
    store = open_store(tmp)
    add_event(store, ticket_name="Speaker")
    first = PEOPLE[0]
    add_attendees(store, [attendee_row(1, first.firstname, first.lastname, company=first.company,
                                       code=first.code)])  # fmt: skip
    settings = Settings(tmp)
    settings.set("badge_mode", "once")
    settings.set("badge_ticket_modes", "VIP=always")
    tasks = TaskRunner()
    dialog = BadgeSettingsDialog(settings, store, tasks, EVENT_ID, lambda: ["Front desk label"])
    dialog.resize(980, 560)
    dialog.show()
    deadline = time.monotonic() + 10
    while dialog.attendee_id is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    dialog.grab().save(str(OUT / "badge-settings.png"))
    dialog.close()
    tasks.shutdown()
    store.close()


def printed_pdf(tmp: Path) -> tuple[Path, str]:
    layout = default_layout(size_by_key("4x3in"))
    reason = why_not()
    if reason is None:
        with private_cups() as queue:
            title = f"orga-screenshot-{os.getpid()}"
            seen = queue.pdfs(title)
            assert queue.name in printer_names()
            outcome = print_badges(queue.name, layout, list(PEOPLE), title)
            assert outcome.ok, outcome.problem
            return queue.wait_for_pdf(title, seen=seen), "printed through CUPS (cups-pdf)"
    pdf = tmp / "badges.pdf"
    write_pdf(pdf, layout, list(PEOPLE))
    return pdf, f"the app's own PDF (not printed: {reason})"


def printed_shot(tmp: Path) -> str:
    pdf, how = printed_pdf(tmp)
    prefix = tmp / "page"
    subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(prefix)], check=True)
    pages = [QImage(str(p)) for p in sorted(tmp.glob("page*.png"))]
    desk_sheet(pages).save(str(OUT / "badges-printed.png"))
    return how


def desk_sheet(pages: list[QImage]) -> QImage:
    """The printed pages side by side, 24 px apart, on the grey of a desk under white labels."""
    gap = 24
    width = sum(p.width() for p in pages) + gap * (len(pages) + 1)
    height = max(p.height() for p in pages) + 2 * gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(0x8A8F98)
    painter = QPainter(sheet)
    x = gap
    for page in pages:
        painter.drawImage(x, gap, page)
        x += page.width() + gap
    painter.end()
    return sheet


def main() -> int:
    app = QApplication(["screenshots"])
    theme.apply(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "settings").mkdir()
        settings_shot(app, Path(tmp) / "settings")
        how = printed_shot(Path(tmp))
    print(f"wrote {OUT / 'badge-settings.png'} and {OUT / 'badges-printed.png'} ({how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
